// The change-password dialog's view-model (issue 17 item 1, decision K11): the rules the server enforces
// (API.md §2.6 updateUserPassword, C35: 8 to 128 characters, confirmation, not the same as the current one)
// checked before sending, then the request. Each problem is a sentence with the field the dialog focuses.
#pragma once

#include <QObject>
#include <QString>

namespace tutorhub::api {
class ApiClient;
class AuthApi;
} // namespace tutorhub::api

namespace tutorhub::models::auth {

class PasswordChange : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    static constexpr int kMinLength = 8; // D4, the server's errMsg_WeakPassword rule
    static constexpr int kMaxLength = 128;

    enum class Field { None, Current, New, Confirm };
    Q_ENUM(Field)
    struct Problem
    {
        Field field = Field::None;
        QString sentence; // empty: none
    };

    PasswordChange(api::ApiClient *client, const QString &userId, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    // The first problem of what the user typed (empty sentence: can be sent).
    static Problem check(const QString &current, const QString &fresh, const QString &confirm);
    // Checks, then sends; the answer comes as changed() or failed(). False when a problem stops it (failed()
    // has been emitted) or a change is under way.
    bool submit(const QString &current, const QString &fresh, const QString &confirm);

signals:
    void busyChanged(bool busy);
    void changed(); // the server ended the user's other sessions (SEC5)
    void failed(const tutorhub::models::auth::PasswordChange::Problem &problem);

private:
    void setBusy(bool busy);

    api::AuthApi *m_auth;
    QString m_userId;
    bool m_busy = false;
};

} // namespace tutorhub::models::auth

Q_DECLARE_METATYPE(tutorhub::models::auth::PasswordChange::Problem)
