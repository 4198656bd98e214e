#include "userdesk.h"

#include "adminlists.h"
#include "adminworkspace.h"

#include "api/authapi.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/pagedlistmodel.h"

namespace tutorhub::models::admin {

UserDesk::UserDesk(AdminWorkspace *workspace, QObject *parent)
    : QObject(parent),
      m_workspace(workspace),
      m_list(AdminLists::create(workspace->client(), AdminList::Users, this))
{ }

bool UserDesk::canManage(const QJsonObject &user) const
{
    const QString role = Format::str(user, "roleId");
    if (!m_workspace || user.isEmpty() || Format::str(user, "id") == m_workspace->myId()
        || role == QLatin1String("superAdmin"))
        return false;
    return role != QLatin1String("admin") || m_workspace->iAmSuperAdmin();
}

QString UserDesk::whyNot(const QJsonObject &user) const
{
    if (user.isEmpty() || !m_workspace)
        return {};
    if (Format::str(user, "id") == m_workspace->myId())
        return tr("This is your own account: its role and status are changed by another administrator.");
    const QString role = Format::str(user, "roleId");
    if (role == QLatin1String("superAdmin"))
        return tr("A super administrator cannot be demoted, suspended or banned.");
    if (role == QLatin1String("admin") && !m_workspace->iAmSuperAdmin())
        return tr("Only a super administrator manages administrators.");
    return {};
}

QStringList UserDesk::roleChoices(const QJsonObject &user) const
{
    QStringList roles {QStringLiteral("user"), QStringLiteral("tutor")};
    if (m_workspace && m_workspace->iAmSuperAdmin())
        roles << QStringLiteral("admin");
    roles.removeAll(Format::str(user, "roleId"));
    return roles;
}

std::optional<CascadePlan> UserDesk::moderationPlan(const QString &action, const QJsonObject &user)
{
    if (!canManage(user)) {
        if (m_workspace)
            m_workspace->say(user.isEmpty() ? tr("Select a user first.") : whyNot(user), true);
        return std::nullopt;
    }
    CascadePlan plan = CascadePlan::make(action, m_workspace->myId());
    plan.targetUserId = Format::str(user, "id");
    plan.targetUserName = Format::str(user, "fullname");
    plan.targetRoleId = Format::str(user, "roleId");
    return plan;
}

void UserDesk::changeRole(const QJsonObject &user, const QString &roleId)
{
    if (!m_workspace)
        return;
    if (!canManage(user) || roleId.isEmpty())
        return m_workspace->say(user.isEmpty() ? tr("Select a user first.") : whyNot(user), true);
    m_workspace->authApi()->updateUserRole(
        Format::str(user, "id"), roleId, this, [this](const api::Result<api::User> &r) {
            if (!r) {
                m_workspace->say(r.error().userMessage(), true);
                if (m_list)
                    m_list->refresh();
                return;
            }
            const QJsonObject updated = r.value().toJson();
            if (m_list)
                m_list->replaceObject(updated);
            emit userChanged(updated);
            m_workspace->say(
                tr("%1 is now: %2.")
                    .arg(r.value().fullname,
                         Labels::enumLabel(QStringLiteral("user"), QStringLiteral("roleId"), r.value().roleId)));
        });
}

ApplicationDesk::ApplicationDesk(AdminWorkspace *workspace, QObject *parent)
    : QObject(parent),
      m_workspace(workspace),
      m_list(AdminLists::create(workspace->client(), AdminList::TutorApplications, this))
{ }

void ApplicationDesk::review(const QJsonObject &row, bool approve, const QString &note)
{
    const QString id = Format::str(row, "id");
    if (id.isEmpty() || !m_workspace)
        return;
    const QString name = Format::str(row, "fullname");
    m_workspace->authApi()->reviewTutorApplication(
        id, approve, note.trimmed(), this, [this, id, name, approve](const api::Result<api::User> &r) {
            if (!r) {
                m_workspace->say(AdminWorkspace::failureSentence(r.error(), tr("This application")), true);
                if (m_list)
                    m_list->refresh();
                emit reviewed(false);
                return;
            }
            if (m_list)
                m_list->removeId(id);
            m_workspace->say(approve ? tr("%1 is now a tutor; their tutor profile was created.").arg(name)
                                     : tr("The application of %1 was rejected.").arg(name));
            emit reviewed(true);
        });
}

} // namespace tutorhub::models::admin
