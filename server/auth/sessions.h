// Server-side sessions (D6/D7): a token is valid only while its session row exists; logout
// deletes it, relogin replaces it (the old token dies) but keeps the time of the password sign-in
// (`auth_time` claim), and refuses once that is kAbsoluteLifetimeSecs old (SEC6). Password changes
// and blocked accounts end sessions (SEC5); an observer (the hub) hears of every account change.
// Also the token lookup in the four places of API.md §1.2.
#pragma once

#include "auth/jwt.h"
#include "db/repository.h"
#include "http/request.h"

#include <functional>

namespace tutorhub::server {

class Sessions
{
public:
    static constexpr int kLifetimeSecs = 86400;
    static constexpr qint64 kAbsoluteLifetimeSecs = 30 * 86400; // relogin chains end 30 days after sign-in

    Sessions(Repository *repo, const JwtKeys *keys) : m_repo(repo), m_keys(keys) { }

    struct Issued
    {
        QString sessionId;
        QString token;
    };
    // authTime: when the user proved their password (seconds since the epoch); 0 = now.
    Issued create(const QVariantMap &user, qint64 authTime = 0);
    // A token for an existing session (2FA completion); empty when the session is gone.
    QString tokenFor(const QString &sessionId, const QVariantMap &user) const;
    void remove(const QString &sessionId);
    // Ends every session of the user except `keep` (empty: all) and tells the observer.
    void removeAllOf(const QString &userId, const QString &keep = {});
    // The user's role or status changed: tells the observer (the hub re-checks open connections).
    void accountChanged(const QString &userId) const;
    using AccountObserver = std::function<void(const QString &userId)>;
    void setAccountObserver(AccountObserver observer) { m_observer = std::move(observer); }
    // --contract strict (C7): tokens carry the role "user" for a tutor, as the documented roles have no "tutor".
    void setHideTutorRole(bool hide) { m_hideTutorRole = hide; }
    bool exists(const QString &sessionId, const QString &userId) const;

    // D6 order: Authorization: Bearer, header and cookie tutorhub-access-token (never the query, SEC45).
    static QString extractToken(const Request &req);

    struct Resolved
    {
        QString token;
        QString sessionId;
        QVariantMap user;
        qint64 authTime = 0; // the password sign-in behind this session (auth_time, else iat)
    };
    // Signature, expiry, issuer, live session and existing user; account status is not checked.
    std::optional<Resolved> resolve(const QString &token) const;
    // resolve() + the account must be usable (D13); the router's authenticator.
    std::optional<AuthContext> authenticate(const Request &req) const;
    // The user a correctly signed, unexpired token names, even when its session has ended (relogin
    // then tells a blocked user why, D13). Nothing else may rely on it.
    std::optional<QVariantMap> userOfSignedToken(const QString &token) const;

    // D7 session object.
    static QJsonObject sessionObject(const QVariantMap &user, const QString &sessionId, const QString &token,
                                     const QString &baseUrl);

private:
    Repository *m_repo;
    const JwtKeys *m_keys;
    AccountObserver m_observer;
    bool m_hideTutorRole = false;
};

} // namespace tutorhub::server
