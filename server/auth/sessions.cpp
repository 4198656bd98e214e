#include "auth/sessions.h"

#include "db/statementcache.h"

#include "auth/twofactor.h"
#include "auth/userschema.h"
#include "core/util.h"

#include <QDateTime>

namespace tutorhub::server {

static const QString kPendingClaim = QStringLiteral("p2fa"); // C31

static QJsonObject claimsFor(const QVariantMap &user, const QString &sessionId, qint64 iat, qint64 authTime,
                             bool hideTutorRole = false)
{
    QString role = user.value(QStringLiteral("roleId")).toString();
    if (hideTutorRole && role == QLatin1String("tutor"))
        role = QStringLiteral("user"); // C7
    return QJsonObject {{QStringLiteral("sub"), user.value(QStringLiteral("id")).toString()},
                        {QStringLiteral("sid"), sessionId},
                        {QStringLiteral("role"), role},
                        {QStringLiteral("iat"), iat},
                        {QStringLiteral("auth_time"), authTime},
                        {QStringLiteral("exp"), iat + Sessions::kLifetimeSecs},
                        {QStringLiteral("iss"), QLatin1String(JwtKeys::kIssuer)}};
}

Sessions::Issued Sessions::create(const QVariantMap &user, qint64 authTime)
{
    const QString sid = newId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_repo->exec(QStringLiteral("INSERT INTO sessions (id, userId, createdAt, expiresAt) VALUES (?, ?, ?, ?)"),
                 {sid, user.value(QStringLiteral("id")), isoTime(now), isoTime(now.addSecs(kLifetimeSecs))});
    const qint64 iat = now.toSecsSinceEpoch();
    return {sid, m_keys->sign(claimsFor(user, sid, iat, authTime > 0 ? authTime : iat, m_hideTutorRole))};
}

QString Sessions::tokenFor(const QString &sessionId, const QVariantMap &user) const
{
    if (!exists(sessionId, user.value(QStringLiteral("id")).toString()))
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // C31: a pending session is complete now that its code was given: it lives a full day.
    m_repo->exec(
        QStringLiteral("UPDATE sessions SET expiresAt = ?, pending2FA = NULL WHERE id = ? AND pending2FA IS NOT NULL"),
        {isoTime(now.addSecs(kLifetimeSecs)), sessionId});
    const qint64 t = now.toSecsSinceEpoch();
    return m_keys->sign(claimsFor(user, sessionId, t, t, m_hideTutorRole));
}

namespace twofactor {

Sessions::Issued createPending(Repository &repo, const JwtKeys &keys, const QVariantMap &user)
{
    const QString sid = newId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    repo.exec(QStringLiteral(
                  "INSERT INTO sessions (id, userId, createdAt, expiresAt, pending2FA) VALUES (?, ?, ?, ?, 'email')"),
              {sid, user.value(QStringLiteral("id")), isoTime(now), isoTime(now.addSecs(kPendingLifetimeSecs))});
    const qint64 iat = now.toSecsSinceEpoch();
    QJsonObject claims = claimsFor(user, sid, iat, iat);
    claims.insert(kPendingClaim, QStringLiteral("email"));
    return {sid, keys.sign(claims)};
}

QString pendingSession(const Repository &repo, const JwtKeys &keys, const QString &token)
{
    if (token.isEmpty() || token.size() > 8192)
        return {};
    const auto claims = keys.verify(token);
    if (!claims)
        return {};
    const QString sid = claims->value(QStringLiteral("sid")).toString();
    QSqlQuery q = repo.exec(QStringLiteral("SELECT expiresAt, pending2FA FROM sessions WHERE id = ? AND userId = ?"),
                            {sid, claims->value(QStringLiteral("sub")).toString()});
    if (!q.next() || q.value(0).toString() <= isoNow())
        return {};
    return !q.value(1).isNull() || claims->contains(kPendingClaim) ? sid : QString();
}

} // namespace twofactor

void Sessions::remove(const QString &sessionId)
{
    m_repo->exec(QStringLiteral("DELETE FROM sessions WHERE id = ?"), {sessionId});
}

void Sessions::removeAllOf(const QString &userId, const QString &keep)
{
    m_repo->exec(QStringLiteral("DELETE FROM sessions WHERE userId = ? AND id <> ?"),
                 {userId, keep.isNull() ? QStringLiteral("") : keep});
    accountChanged(userId);
}

void Sessions::accountChanged(const QString &userId) const
{
    if (m_observer)
        m_observer(userId);
}

bool Sessions::exists(const QString &sessionId, const QString &userId) const
{
    QSqlQuery q = m_repo->exec(QStringLiteral("SELECT expiresAt FROM sessions WHERE id = ? AND userId = ?"),
                               {sessionId, userId});
    return q.next() && q.value(0).toString() > isoNow();
}

QString Sessions::extractToken(const Request &req)
{
    // SEC45: the query string (API.md §1.2 location 1) is not a token location here; the router
    // refuses such requests and the hub's upgrade finds no token in them.
    const QByteArray authz = req.header("authorization").trimmed();
    if (authz.size() > 7 && authz.left(7).toLower() == "bearer ")
        return QString::fromLatin1(authz.mid(7).trimmed());
    const QByteArray h = req.header("tutorhub-access-token").trimmed();
    if (!h.isEmpty())
        return QString::fromLatin1(h);
    const QList<QByteArray> cookies = req.header("cookie").split(';');
    for (const QByteArray &c : cookies) {
        const QByteArray kv = c.trimmed();
        if (kv.startsWith("tutorhub-access-token="))
            return QString::fromLatin1(kv.mid(int(qstrlen("tutorhub-access-token="))));
    }
    return {};
}

std::optional<Sessions::Resolved> Sessions::resolve(const QString &token) const
{
    if (token.isEmpty() || token.size() > 8192)
        return std::nullopt;
    const auto claims = m_keys->verify(token);
    if (!claims)
        return std::nullopt;
    const QString sid = claims->value(QStringLiteral("sid")).toString();
    const QString uid = claims->value(QStringLiteral("sub")).toString();
    if (sid.isEmpty() || uid.isEmpty())
        return std::nullopt;
    // As exists() and the pending check in one kept statement (F21: every authenticated request asks).
    const QList<QVariantMap> session = statements::rows(
        m_repo->db(), QStringLiteral("SELECT expiresAt, pending2FA FROM sessions WHERE id = ? AND userId = ?"),
        {sid, uid});
    if (session.isEmpty() || !(session.first().value(QStringLiteral("expiresAt")).toString() > isoNow()))
        return std::nullopt;
    // C31: a pending token, or any token of a pending session, is nobody until the code is given.
    if (claims->contains(kPendingClaim))
        return std::nullopt;
    if (!session.first().value(QStringLiteral("pending2FA")).isNull())
        return std::nullopt;
    const auto user = m_repo->get(userSchema(), uid);
    if (!user)
        return std::nullopt;
    const QJsonValue at = claims->value(QStringLiteral("auth_time"));
    const qint64 authTime
        = at.isDouble() ? qint64(at.toDouble()) : qint64(claims->value(QStringLiteral("iat")).toDouble());
    return Resolved {token, sid, *user, authTime};
}

std::optional<QVariantMap> Sessions::userOfSignedToken(const QString &token) const
{
    if (token.isEmpty() || token.size() > 8192)
        return std::nullopt;
    const auto claims = m_keys->verify(token);
    if (!claims)
        return std::nullopt;
    return m_repo->get(userSchema(), claims->value(QStringLiteral("sub")).toString());
}

std::optional<AuthContext> Sessions::authenticate(const Request &req) const
{
    const auto r = resolve(extractToken(req));
    if (!r || accountBlocked(r->user))
        return std::nullopt;
    AuthContext c;
    c.userId = r->user.value(QStringLiteral("id")).toString();
    c.sessionId = r->sessionId;
    c.roleId = r->user.value(QStringLiteral("roleId")).toString();
    c.token = r->token;
    c.user = r->user;
    return c;
}

QJsonObject Sessions::sessionObject(const QVariantMap &user, const QString &sessionId, const QString &token,
                                    const QString &baseUrl)
{
    const QJsonObject u = userToJson(user, baseUrl);
    return QJsonObject {{QStringLiteral("sessionId"), sessionId},
                        {QStringLiteral("userId"), u.value(QStringLiteral("id"))},
                        {QStringLiteral("email"), u.value(QStringLiteral("email"))},
                        {QStringLiteral("fullname"), u.value(QStringLiteral("fullname"))},
                        {QStringLiteral("roleId"), u.value(QStringLiteral("roleId"))},
                        {QStringLiteral("avatar"), u.value(QStringLiteral("avatar"))},
                        {QStringLiteral("accountStatus"), u.value(QStringLiteral("accountStatus"))},
                        {QStringLiteral("emailVerified"), u.value(QStringLiteral("emailVerified"))},
                        {QStringLiteral("tutorApplicationStatus"), u.value(QStringLiteral("tutorApplicationStatus"))},
                        {QStringLiteral("accessToken"), token},
                        {QStringLiteral("expiresIn"), Sessions::kLifetimeSecs},
                        {QStringLiteral("sessionNeedsEmail2FA"), false},
                        {QStringLiteral("sessionNeedsMobile2FA"), false}};
}

} // namespace tutorhub::server
