// The signed-in state of the app: sign in, restore at start-up (relogin with the remembered token),
// relogin on demand for ApiClient, sign out. Services are passed in (no globals).
//
// AppSettings holds only non-secret values: last environment id (+ custom host), last e-mail and the
// "remember me" flag. The token lives in the TokenStore (keychain) or only in memory (decision 3).
#pragma once

#include "apierror.h"
#include "knownuser.h"
#include "result.h"
#include "types.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace tutorhub::api {

class ApiClient;
class AppSettings;
class AuthApi;
class TokenStore;

class Session : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, Restoring, SignedIn };
    Q_ENUM(State)

    Session(ApiClient *client, AuthApi *auth, TokenStore *store, AppSettings *settings, QObject *parent = nullptr);
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
    // Starting offline (U70): where the signed-in user is kept beside the offline cache. With it, a restore whose
    // relogin cannot reach the server (connectivity, not an HTTP answer) signs in from the user last known for the
    // remembered e-mail, if any: restoreFinished(true) + signedIn(user), isRestoredOffline() true, the client
    // keeping the remembered token and the server's extensions as last known. Default: none (no offline start).
    void setKnownUsers(const KnownUsers &known);
    // Signed in from what was known while the server could not be reached; false again once the server has
    // accepted the session (U71: relogin when the client is online again, then sessionConfirmed()).
    bool isRestoredOffline() const { return m_offline; }

    // POST /logout, remove the stored token, clear the client token (even if the network fails).
    void signOut();
    // Re-read the user after a profile change (emits userChanged).
    void refreshUser();

    // Two-step sign-in (C33): when the login answer says sessionNeedsEmail2FA or
    // sessionNeedsMobile2FA, signIn() stops in SigningIn and emits secondFactorRequired(pending)
    // instead of signing in; the pending token is never attached to requests nor remembered. The
    // caller sends and checks the code (AuthApi …2FAStart/…2FAComplete with the pending session's
    // userId and sessionId) and hands the completed session to completeSecondFactor(): it signs in
    // as signIn() would (signedIn or signInFailed), or asks for the next factor when one remains.
    const SessionInfo &pendingSecondFactor() const { return m_pending; }
    void completeSecondFactor(const SessionInfo &completed);
    // Abandons a pending two-step sign-in (back to SignedOut; the server forgets it after 10 minutes).
    void cancelSecondFactor();

signals:
    void stateChanged(tutorhub::api::Session::State state);
    void signedIn(const tutorhub::api::User &user);
    void signedOut();
    void signInFailed(const tutorhub::api::ApiError &error);
    void secondFactorRequired(const tutorhub::api::SessionInfo &pending);
    void restoreFinished(bool signedIn);
    void restoreFailed(const tutorhub::api::ApiError &error);
    // The token cannot be remembered (no keyring); `reason` is a sentence for the user.
    void rememberUnavailable(const QString &reason);
    // The server no longer accepts the session and relogin failed: sign in again.
    void sessionExpired();
    void userChanged(const tutorhub::api::User &user);
    // A session started offline was accepted by the server again: fresh token, user and extensions (U71).
    void sessionConfirmed();
    // A session started offline was refused by the server when it answered again (signed out elsewhere, password
    // changed, expired): the token is forgotten, the user has to sign in (U72).
    void restoredSessionRefused(const tutorhub::api::ApiError &error);

private:
    void setState(State state);
    void installReloginHandler();
    void adoptSession(const SessionInfo &info, bool storeToken, State from);
    void fetchUserAndFinish(State from);
    // Fills user.tutorProfileId when the user is a tutor by the seeds' rules (C50).
    void resolveTutor(User user, std::function<void(const Result<User> &)> done);
    void failSignIn(const ApiError &error);
    void failRestore(const ApiError &error, bool removeToken);
    bool startOffline();
    void confirmOffline(std::function<void(const ApiError &)> done);
    void refreshAfterOffline();
    void refuseRestored(const ApiError &error);
    void rememberKnownUser();
    void clearLocal();
    QString storeKey() const;
    void storeToken(const QString &token);

    QPointer<ApiClient> m_client;
    AuthApi *m_auth;
    TokenStore *m_store;
    AppSettings *m_settings;
    State m_state = State::SignedOut;
    User m_user;
    SessionInfo m_info;
    SessionInfo m_pending; // a sign-in waiting for its 2FA code
    QString m_email;
    bool m_remember = false;
    quint64 m_generation = 0; // invalidates answers of an abandoned sign-in/restore
    KnownUsers m_known {QString()};
    bool m_offline = false; // signed in from what was known (U70), not yet confirmed by the server
    bool m_confirming = false; // the relogin of confirmOffline() is on its way
    QList<std::function<void(const ApiError &)>> m_confirmWaiters;
};

} // namespace tutorhub::api
