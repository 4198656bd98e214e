// /verification-services (API.md §2.4, D12): e-mail verification, password reset by e-mail and
// e-mail 2FA. The local server is a development environment: responses carry `secretCode`.
#include "auth/authroutes.h"

#include "auth/crypto.h"
#include "auth/userschema.h"
#include "core/util.h"
#include "http/envelope.h"

#include <QDateTime>

namespace tutorhub::server {

namespace {

constexpr int kResendSecs = 60;
constexpr int kLongTtl = 86400;
constexpr int k2faTtl = 300;
constexpr int kMaxAttempts = 5;

QString requireString(const QJsonObject &body, const QString &name, int maxLength = 254)
{
    const QJsonValue v = body.value(name);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        throw HttpError::missing(name);
    if (!v.isString())
        throw HttpError::invalid(name);
    if (v.toString().size() > maxLength)
        throw HttpError::tooLong(name, maxLength);
    return v.toString().trimmed();
}

QVariantMap userByEmail(const Context &ctx, const QString &email, int unknownStatus = 404)
{
    const auto u = findUserByEmail(*ctx.repo, email);
    if (!u)
        throw HttpError(unknownStatus, QStringLiteral("errMsg_UserNotFound"), QStringLiteral("No account uses this e-mail address."));
    return *u;
}

struct Started
{
    QString code;
    QString date;
};

// One active code per user and purpose (and session for 2FA); re-send within 60 s -> 403.
Started startCode(const Context &ctx, const QString &userId, const QString &purpose, const QString &sid, int ttl)
{
    const QString sessionId = sid.isNull() ? QStringLiteral("") : sid; // a null QString would bind as NULL
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q = ctx.repo->exec(QStringLiteral("SELECT createdAt FROM verificationCodes WHERE userId = ? AND purpose = ? "
                                                "AND coalesce(sessionId, '') = ? ORDER BY createdAt DESC LIMIT 1"),
                                 {userId, purpose, sessionId});
    if (q.next() && q.value(0).toString() > isoTime(now.addSecs(-kResendSecs)))
        throw HttpError(403, QStringLiteral("errMsg_CodeResendTooFrequent"),
                        QStringLiteral("A code was sent less than %1 seconds ago.").arg(kResendSecs));
    ctx.repo->exec(QStringLiteral("DELETE FROM verificationCodes WHERE userId = ? AND purpose = ? AND coalesce(sessionId, '') = ?"),
                   {userId, purpose, sessionId});
    const Started s{randomDigits(6), isoTime(now)};
    ctx.repo->exec(QStringLiteral("INSERT INTO verificationCodes (id, userId, purpose, sessionId, code, createdAt, expiresAt) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {newId(), userId, purpose, sessionId, s.code, s.date, isoTime(now.addSecs(ttl))});
    return s;
}

// 403 NoOngoingVerification / CodeExpired / CodeMismatch; the code is used up on success.
void completeCode(const Context &ctx, const QString &userId, const QString &purpose, const QString &sid, const QString &code)
{
    const QString sessionId = sid.isNull() ? QStringLiteral("") : sid;
    QSqlQuery q = ctx.repo->exec(QStringLiteral("SELECT id, code, expiresAt, attempts FROM verificationCodes WHERE userId = ? "
                                                "AND purpose = ? AND coalesce(sessionId, '') = ? ORDER BY createdAt DESC LIMIT 1"),
                                 {userId, purpose, sessionId});
    if (!q.next())
        throw HttpError(403, QStringLiteral("errMsg_NoOngoingVerification"), QStringLiteral("No code was requested, or it was used up."));
    const QString id = q.value(0).toString();
    if (q.value(2).toString() <= isoNow()) {
        ctx.repo->exec(QStringLiteral("DELETE FROM verificationCodes WHERE id = ?"), {id});
        throw HttpError(403, QStringLiteral("errMsg_CodeExpired"), QStringLiteral("The code has expired; request a new one."));
    }
    if (q.value(1).toString() != code) {
        if (q.value(3).toInt() + 1 >= kMaxAttempts)
            ctx.repo->exec(QStringLiteral("DELETE FROM verificationCodes WHERE id = ?"), {id});
        else
            ctx.repo->exec(QStringLiteral("UPDATE verificationCodes SET attempts = attempts + 1 WHERE id = ?"), {id});
        throw HttpError(403, QStringLiteral("errMsg_CodeMismatch"), QStringLiteral("The code does not match."));
    }
    ctx.repo->exec(QStringLiteral("DELETE FROM verificationCodes WHERE id = ?"), {id});
}

QJsonObject startBody(const QVariantMap &user, const Started &s, int ttl)
{
    return QJsonObject{{QStringLiteral("userId"), user.value(QStringLiteral("id")).toString()},
                       {QStringLiteral("email"), user.value(QStringLiteral("email")).toString()},
                       {QStringLiteral("secretCode"), s.code},
                       {QStringLiteral("expireTime"), ttl},
                       {QStringLiteral("date"), s.date}};
}

QJsonObject completeBody(const QVariantMap &user)
{
    return QJsonObject{{QStringLiteral("userId"), user.value(QStringLiteral("id")).toString()},
                       {QStringLiteral("email"), user.value(QStringLiteral("email")).toString()},
                       {QStringLiteral("isVerified"), true}};
}

QVariantMap userOfSession(const Context &ctx, const QString &userId, const QString &sessionId)
{
    const auto u = ctx.repo->get(userSchema(), userId);
    if (!u || !ctx.sessions->exists(sessionId, userId))
        throw HttpError::loginRequired(QStringLiteral("The session was not found."));
    return *u;
}

} // namespace

QList<Route> verificationRoutes(Context ctx)
{
    const QString A = QStringLiteral("auth-api");
    const QString V = QStringLiteral("/verification-services");
    QList<Route> r;

    r.append({"POST", A, V + QStringLiteral("/email-verification/start"), Access::Public, [ctx](Request &req) {
                  const QVariantMap user = userByEmail(ctx, requireString(req.json(), QStringLiteral("email")));
                  if (user.value(QStringLiteral("emailVerified")).toBool())
                      throw HttpError(400, QStringLiteral("errMsg_AlreadyVerified"), QStringLiteral("This e-mail address is already verified."));
                  const Started s = startCode(ctx, user.value(QStringLiteral("id")).toString(), QStringLiteral("email"), {}, kLongTtl);
                  return Response::json(startBody(user, s, kLongTtl));
              }});
    r.append({"POST", A, V + QStringLiteral("/email-verification/complete"), Access::Public, [ctx](Request &req) {
                  const QJsonObject body = req.json();
                  const QVariantMap user = userByEmail(ctx, requireString(body, QStringLiteral("email")));
                  const QString code = requireString(body, QStringLiteral("secretCode"), 32);
                  if (user.value(QStringLiteral("emailVerified")).toBool())
                      throw HttpError(400, QStringLiteral("errMsg_AlreadyVerified"), QStringLiteral("This e-mail address is already verified."));
                  completeCode(ctx, user.value(QStringLiteral("id")).toString(), QStringLiteral("email"), {}, code);
                  const QVariantMap row = ctx.repo->update(userSchema(), user.value(QStringLiteral("id")).toString(),
                                                           {{QStringLiteral("emailVerified"), 1}});
                  return Response::json(completeBody(row));
              }});

    r.append({"POST", A, V + QStringLiteral("/password-reset-by-email/start"), Access::Public, [ctx](Request &req) {
                  // API.md §2.4: an unknown e-mail is 401 here.
                  const QVariantMap user = userByEmail(ctx, requireString(req.json(), QStringLiteral("email")), 401);
                  const Started s = startCode(ctx, user.value(QStringLiteral("id")).toString(), QStringLiteral("reset"), {}, kLongTtl);
                  return Response::json(startBody(user, s, kLongTtl));
              }});
    r.append({"POST", A, V + QStringLiteral("/password-reset-by-email/complete"), Access::Public, [ctx](Request &req) {
                  const QJsonObject body = req.json();
                  const QVariantMap user = userByEmail(ctx, requireString(body, QStringLiteral("email")));
                  const QString code = requireString(body, QStringLiteral("secretCode"), 32);
                  const QString password = requireString(body, QStringLiteral("password"), 1000);
                  checkPassword(body.value(QStringLiteral("password")).toString());
                  const QString id = user.value(QStringLiteral("id")).toString();
                  completeCode(ctx, id, QStringLiteral("reset"), {}, code);
                  const QVariantMap row = ctx.repo->update(
                      userSchema(), id,
                      {{QStringLiteral("password"), crypto::hashPassword(body.value(QStringLiteral("password")).toString())},
                       {QStringLiteral("emailVerified"), 1}});
                  ctx.sessions->removeAllOf(id); // a reset ends every session
                  Q_UNUSED(password);
                  return Response::json(completeBody(row));
              }});

    r.append({"POST", A, V + QStringLiteral("/email-2factor-verification/start"), Access::Public, [ctx](Request &req) {
                  const QJsonObject body = req.json();
                  const QString userId = requireString(body, QStringLiteral("userId"), 64);
                  const QString sessionId = requireString(body, QStringLiteral("sessionId"), 64);
                  const QVariantMap user = userOfSession(ctx, userId, sessionId);
                  const Started s = startCode(ctx, userId, QStringLiteral("email2fa"), sessionId, k2faTtl);
                  QJsonObject o = startBody(user, s, k2faTtl);
                  o.insert(QStringLiteral("sessionId"), sessionId);
                  return Response::json(o);
              }});
    r.append({"POST", A, V + QStringLiteral("/email-2factor-verification/complete"), Access::Public, [ctx](Request &req) {
                  const QJsonObject body = req.json();
                  const QString userId = requireString(body, QStringLiteral("userId"), 64);
                  const QString sessionId = requireString(body, QStringLiteral("sessionId"), 64);
                  const QString code = requireString(body, QStringLiteral("secretCode"), 32);
                  const QVariantMap user = userOfSession(ctx, userId, sessionId);
                  completeCode(ctx, userId, QStringLiteral("email2fa"), sessionId, code);
                  const QString token = ctx.sessions->tokenFor(sessionId, user);
                  return Response::json(Sessions::sessionObject(user, sessionId, token, req.baseUrl));
              }});

    // D12: the user object has no mobile number, so every mobile route is refused.
    for (const char *path : {"/mobile-verification/start", "/mobile-verification/complete", "/mobile-2factor-verification/start",
                             "/mobile-2factor-verification/complete", "/password-reset-by-mobile/start",
                             "/password-reset-by-mobile/complete"}) {
        r.append({"POST", A, V + QLatin1String(path), Access::Public, [](Request &) -> Response {
                      throw HttpError(400, QStringLiteral("errMsg_MobileNotSupported"),
                                      QStringLiteral("TutorHub accounts have no mobile number; use the e-mail routes."));
                  }});
    }
    return r;
}

} // namespace tutorhub::server
