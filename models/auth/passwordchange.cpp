#include "passwordchange.h"

#include "api/authapi.h"

namespace tutorhub::models::auth {

PasswordChange::PasswordChange(api::ApiClient *client, const QString &userId, QObject *parent)
    : QObject(parent),
      m_auth(new api::AuthApi(client, this)),
      m_userId(userId)
{ }

PasswordChange::Problem PasswordChange::check(const QString &current, const QString &fresh, const QString &confirm)
{
    if (current.isEmpty())
        return {Field::Current, tr("Enter your current password.")};
    if (fresh.size() < kMinLength || fresh.size() > kMaxLength)
        return {Field::New, tr("Choose a new password of 8 to 128 characters.")};
    if (confirm != fresh)
        return {Field::Confirm,
                tr("The two new passwords are not the same. Type the new password again in both fields.")};
    if (fresh == current)
        return {Field::New, tr("The new password is the same as the current one. Choose a different password.")};
    return {};
}

void PasswordChange::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

bool PasswordChange::submit(const QString &current, const QString &fresh, const QString &confirm)
{
    if (m_busy)
        return false;
    const Problem problem = check(current, fresh, confirm);
    if (!problem.sentence.isEmpty()) {
        emit failed(problem);
        return false;
    }
    setBusy(true);
    m_auth->updateUserPassword(m_userId, current, fresh, this, [this](const api::Result<api::User> &r) {
        setBusy(false);
        if (r.ok()) {
            emit changed();
            return;
        }
        const api::ApiError &e = r.error();
        Field field = Field::None;
        if (e.hasCode(QStringLiteral("errMsg_WrongOldPassword")))
            field = Field::Current;
        else if (e.hasCode(QStringLiteral("errMsg_WeakPassword")))
            field = Field::New;
        emit failed({field, e.userMessage()});
    });
    return true;
}

} // namespace tutorhub::models::auth
