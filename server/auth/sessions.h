// Server-side sessions (D6/D7): a token is valid only while its session row exists; logout
// deletes it, relogin replaces it. Also the token lookup in the four places of API.md §1.2.
#pragma once

#include "auth/jwt.h"
#include "db/repository.h"
#include "http/request.h"

namespace tutorhub::server {

class Sessions
{
public:
    static constexpr int kLifetimeSecs = 86400;

    Sessions(Repository *repo, const JwtKeys *keys) : m_repo(repo), m_keys(keys) {}

    struct Issued
    {
        QString sessionId;
        QString token;
    };
    Issued create(const QVariantMap &user);
    // A token for an existing session (2FA completion); empty when the session is gone.
    QString tokenFor(const QString &sessionId, const QVariantMap &user) const;
    void remove(const QString &sessionId);
    void removeAllOf(const QString &userId);
    bool exists(const QString &sessionId, const QString &userId) const;

    // D6 order: Authorization: Bearer, header and cookie tutorhub-access-token (never the query, SEC45).
    static QString extractToken(const Request &req);

    struct Resolved
    {
        QString token;
        QString sessionId;
        QVariantMap user;
    };
    // Signature, expiry, issuer, live session and existing user; account status is not checked.
    std::optional<Resolved> resolve(const QString &token) const;
    // resolve() + the account must be usable (D13); the router's authenticator.
    std::optional<AuthContext> authenticate(const Request &req) const;

    // D7 session object.
    static QJsonObject sessionObject(const QVariantMap &user, const QString &sessionId, const QString &token,
                                     const QString &baseUrl);

private:
    Repository *m_repo;
    const JwtKeys *m_keys;
};

} // namespace tutorhub::server
