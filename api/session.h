// The signed-in state of the app: sign in, restore at start-up (relogin with the remembered token),
// relogin on demand for ApiClient, sign out. Services are passed in (no globals).
//
// QSettings holds only non-secret values: last environment id (+ custom host), last e-mail and the
// "remember me" flag. The token lives in the TokenStore (keychain) or only in memory (decision 3).
#pragma once

#include "apierror.h"
#include "result.h"
#include "types.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QSettings;

namespace tutorhub::api {

class ApiClient;
class AuthApi;
class TokenStore;

class Session : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, Restoring, SignedIn };
    Q_ENUM(State)

    // Settings keys (public for the app and tests).
    static QString settingsEnvironmentKey();  // "session/environment"
    static QString settingsCustomHostKey();   // "session/customHost"
    static QString settingsEmailKey();        // "session/email"
    static QString settingsRememberKey();     // "session/rememberMe"

    Session(ApiClient *client, AuthApi *auth, TokenStore *store, QSettings *settings,
            QObject *parent = nullptr);
    ~Session() override;

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    // Full user (from getUser) once signed in; invalid otherwise.
    const User &currentUser() const { return m_user; }
    const SessionInfo &sessionInfo() const { return m_info; }

    // Remembered, non-secret values (for prefilling the sign-in window).
    QString rememberedEnvironmentId() const;
    QUrl rememberedCustomHost() const;
    QString rememberedEmail() const;
    bool rememberMe() const;

    // Sign in on the client's current environment. rememberMe: store the token in the TokenStore;
    // when that is impossible, sign-in still succeeds and rememberUnavailable(reason) is emitted.
    void signIn(const QString &email, const QString &password, bool rememberMe);
    // At start-up: read the token remembered for (client environment, remembered e-mail), relogin.
    // Ends with restoreFinished(true) + signedIn(user), or restoreFinished(false) (+ restoreFailed
    // when there was a token that no longer works: it is removed).
    void restore();
    // POST /logout, remove the stored token, clear the client token (even if the network fails).
    void signOut();
    // Re-read the user after a profile change (emits userChanged).
    void refreshUser();

signals:
    void stateChanged(tutorhub::api::Session::State state);
    void signedIn(const tutorhub::api::User &user);
    void signedOut();
    void signInFailed(const tutorhub::api::ApiError &error);
    void restoreFinished(bool signedIn);
    void restoreFailed(const tutorhub::api::ApiError &error);
    // The token cannot be remembered (no keyring); `reason` is a sentence for the user.
    void rememberUnavailable(const QString &reason);
    // The server no longer accepts the session and relogin failed: sign in again.
    void sessionExpired();
    void userChanged(const tutorhub::api::User &user);

private:
    void setState(State state);
    void installReloginHandler();
    void adoptSession(const SessionInfo &info, bool storeToken, State from);
    void fetchUserAndFinish(State from);
    // Fills user.tutorProfileId when the user is a tutor by the seeds' rules (C50).
    void resolveTutor(User user, std::function<void(const Result<User> &)> done);
    void failSignIn(const ApiError &error);
    void failRestore(const ApiError &error, bool removeToken);
    void clearLocal();
    QString storeKey() const;
    void storeToken(const QString &token);

    QPointer<ApiClient> m_client;
    AuthApi *m_auth;
    TokenStore *m_store;
    QSettings *m_settings;
    State m_state = State::SignedOut;
    User m_user;
    SessionInfo m_info;
    QString m_email;
    bool m_remember = false;
    quint64 m_generation = 0; // invalidates answers of an abandoned sign-in/restore
};

} // namespace tutorhub::api
