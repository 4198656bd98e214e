// /verification-services (API.md §2.4, D12): e-mail verification, password reset by e-mail and
// e-mail 2FA. Codes are delivered as .eml files in the data directory's mail folder (SEC1); only a
// server started with --dev-codes also returns `secretCode`. Codes are stored hashed, live 10
// minutes (2FA: 5), die after 5 wrong tries, and the checks are throttled (SEC2, SEC3).
#include "auth/authroutes.h"

#include "auth/codemail.h"
#include "auth/crypto.h"
#include "auth/throttle.h"
#include "auth/userschema.h"
#include "core/util.h"
#include "http/envelope.h"
#include "core/handler.h"

#include <QDateTime>

namespace tutorhub::server {

namespace {

constexpr int kResendSecs = 60;
constexpr int kCodeTtl = 600; // e-mail verification and password reset: 10 minutes (SEC2)
constexpr int k2faTtl = 300;
constexpr int kMaxAttempts = 5; // the 5th wrong code deletes it
const QString kCodeScope = QStringLiteral("code");

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
        throw HttpError(unknownStatus, QStringLiteral("errMsg_UserNotFound"),
                        QStringLiteral("No account uses this e-mail address."));
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
    QSqlQuery q
        = ctx.repo->exec(QStringLiteral("SELECT createdAt FROM verificationCodes WHERE userId = ? AND purpose = ? "
                                        "AND coalesce(sessionId, '') = ? ORDER BY createdAt DESC LIMIT 1"),
                         {userId, purpose, sessionId});
    if (q.next() && q.value(0).toString() > isoTime(now.addSecs(-kResendSecs)))
        throw HttpError(403, QStringLiteral("errMsg_CodeResendTooFrequent"),
                        QStringLiteral("A code was sent less than %1 seconds ago.").arg(kResendSecs));
    ctx.repo->exec(
        QStringLiteral(
            "DELETE FROM verificationCodes WHERE userId = ? AND purpose = ? AND coalesce(sessionId, '') = ?"),
        {userId, purpose, sessionId});
    const Started s {randomDigits(6), isoTime(now)};
    ctx.repo->exec(
        QStringLiteral("INSERT INTO verificationCodes (id, userId, purpose, sessionId, code, createdAt, expiresAt) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {newId(), userId, purpose, sessionId, crypto::hashCode(s.code), s.date, isoTime(now.addSecs(ttl))});
    return s;
}

// 403 NoOngoingVerification / CodeExpired / CodeMismatch; the code is used up on success.
void completeCode(const Context &ctx, const QString &userId, const QString &purpose, const QString &sid,
                  const QString &code)
{
    const QString sessionId = sid.isNull() ? QStringLiteral("") : sid;
    QSqlQuery q = ctx.repo->exec(
        QStringLiteral("SELECT id, code, expiresAt, attempts FROM verificationCodes WHERE userId = ? "
                       "AND purpose = ? AND coalesce(sessionId, '') = ? ORDER BY createdAt DESC LIMIT 1"),
        {userId, purpose, sessionId});
    if (!q.next())
        throw HttpError(403, QStringLiteral("errMsg_NoOngoingVerification"),
                        QStringLiteral("No code was requested, or it was used up."));
    const QString id = q.value(0).toString();
    if (q.value(2).toString() <= isoNow()) {
        ctx.repo->exec(QStringLiteral("DELETE FROM verificationCodes WHERE id = ?"), {id});
        throw HttpError(403, QStringLiteral("errMsg_CodeExpired"),
                        QStringLiteral("The code has expired; request a new one."));
    }
    if (!crypto::verifyCode(code, q.value(1).toString())) {
        if (q.value(3).toInt() + 1 >= kMaxAttempts)
            ctx.repo->exec(QStringLiteral("DELETE FROM verificationCodes WHERE id = ?"), {id});
        else
            ctx.repo->exec(QStringLiteral("UPDATE verificationCodes SET attempts = attempts + 1 WHERE id = ?"), {id});
        throw HttpError(403, QStringLiteral("errMsg_CodeMismatch"), QStringLiteral("The code does not match."));
    }
    ctx.repo->exec(QStringLiteral("DELETE FROM verificationCodes WHERE id = ?"), {id});
}

// Wrong, expired or missing codes count against the account and the client address; over the
// limit every check answers 429 with Retry-After, even a right code (SEC3).
template<typename F>
void throttledCheck(const Context &ctx, const Request &req, const QString &account, F check)
{
    if (ctx.throttle)
        ctx.throttle->check(kCodeScope, account, req.clientAddress);
    try {
        check();
    } catch (const HttpError &e) {
        if (ctx.throttle && (e.status() == 403 || e.status() == 404))
            ctx.throttle->failed(kCodeScope, account, req.clientAddress);
        throw;
    }
    if (ctx.throttle)
        ctx.throttle->succeeded(kCodeScope, account);
}

// SEC1: the code goes out as a message file; the response carries it only with --dev-codes.
QJsonObject deliver(const Context &ctx, const QVariantMap &user, const QString &purpose, const Started &s, int ttl)
{
    CodeMail mail;
    mail.to = user.value(QStringLiteral("email")).toString();
    mail.toName = user.value(QStringLiteral("fullname")).toString();
    mail.purpose = purpose;
    mail.code = s.code;
    mail.validMinutes = ttl / 60;
    try {
        codemail::write(ctx.mailDir, mail);
    } catch (const std::exception &e) {
        qWarning("tutorhub-server: %s", e.what()); // never the code itself
        throw HttpError(500, QStringLiteral("errMsg_CodeNotDelivered"),
                        QStringLiteral("The code could not be delivered; try again."));
    }
    QJsonObject o {{QStringLiteral("userId"), user.value(QStringLiteral("id")).toString()},
                   {QStringLiteral("email"), user.value(QStringLiteral("email")).toString()},
                   {QStringLiteral("expireTime"), ttl},
                   {QStringLiteral("date"), s.date}};
    if (ctx.devCodes)
        o.insert(QStringLiteral("secretCode"), s.code);
    return o;
}

QJsonObject completeBody(const QVariantMap &user)
{
    return QJsonObject {{QStringLiteral("userId"), user.value(QStringLiteral("id")).toString()},
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

namespace {

Response emailVerificationStart(const Context &ctx, Request &req)
{
    const QVariantMap user = userByEmail(ctx, requireString(req.json(), QStringLiteral("email")));
    if (user.value(QStringLiteral("emailVerified")).toBool())
        throw HttpError(400, QStringLiteral("errMsg_AlreadyVerified"),
                        QStringLiteral("This e-mail address is already verified."));
    const Started s
        = startCode(ctx, user.value(QStringLiteral("id")).toString(), QStringLiteral("email"), {}, kCodeTtl);
    return Response::json(deliver(ctx, user, QStringLiteral("email-verification"), s, kCodeTtl));
}

Response emailVerificationComplete(const Context &ctx, Request &req)
{
    const QJsonObject body = req.json();
    const QString email = requireString(body, QStringLiteral("email"));
    const QString code = requireString(body, QStringLiteral("secretCode"), 32);
    QVariantMap user;
    throttledCheck(ctx, req, email, [&] {
        user = userByEmail(ctx, email);
        if (user.value(QStringLiteral("emailVerified")).toBool())
            throw HttpError(400, QStringLiteral("errMsg_AlreadyVerified"),
                            QStringLiteral("This e-mail address is already verified."));
        completeCode(ctx, user.value(QStringLiteral("id")).toString(), QStringLiteral("email"), {}, code);
    });
    const QVariantMap row = ctx.repo->update(userSchema(), user.value(QStringLiteral("id")).toString(),
                                             {{QStringLiteral("emailVerified"), 1}});
    return Response::json(completeBody(row));
}

Response passwordResetByEmailStart(const Context &ctx, Request &req)
{
    // API.md §2.4: an unknown e-mail is 401 here.
    const QVariantMap user = userByEmail(ctx, requireString(req.json(), QStringLiteral("email")), 401);
    const Started s
        = startCode(ctx, user.value(QStringLiteral("id")).toString(), QStringLiteral("reset"), {}, kCodeTtl);
    return Response::json(deliver(ctx, user, QStringLiteral("password-reset"), s, kCodeTtl));
}

Response passwordResetByEmailComplete(const Context &ctx, Request &req)
{
    const QJsonObject body = req.json();
    const QString email = requireString(body, QStringLiteral("email"));
    const QString code = requireString(body, QStringLiteral("secretCode"), 32);
    const QString password = requireString(body, QStringLiteral("password"), 1000);
    checkPassword(body.value(QStringLiteral("password")).toString());
    QVariantMap user;
    throttledCheck(ctx, req, email, [&] {
        user = userByEmail(ctx, email);
        completeCode(ctx, user.value(QStringLiteral("id")).toString(), QStringLiteral("reset"), {}, code);
    });
    const QString id = user.value(QStringLiteral("id")).toString();
    const QVariantMap row = ctx.repo->update(
        userSchema(), id,
        {{QStringLiteral("password"), crypto::hashPassword(body.value(QStringLiteral("password")).toString())},
         {QStringLiteral("emailVerified"), 1}});
    // SEC5: a reset ends every session but the one it was made from, if any.
    ctx.sessions->removeAllOf(id, req.auth && req.auth->userId == id ? req.auth->sessionId : QString());
    Q_UNUSED(password);
    return Response::json(completeBody(row));
}

Response email2FactorStart(const Context &ctx, Request &req)
{
    const QJsonObject body = req.json();
    const QString userId = requireString(body, QStringLiteral("userId"), 64);
    const QString sessionId = requireString(body, QStringLiteral("sessionId"), 64);
    const QVariantMap user = userOfSession(ctx, userId, sessionId);
    const Started s = startCode(ctx, userId, QStringLiteral("email2fa"), sessionId, k2faTtl);
    QJsonObject o = deliver(ctx, user, QStringLiteral("email-2fa"), s, k2faTtl);
    o.insert(QStringLiteral("sessionId"), sessionId);
    return Response::json(o);
}

Response email2FactorComplete(const Context &ctx, Request &req)
{
    const QJsonObject body = req.json();
    const QString userId = requireString(body, QStringLiteral("userId"), 64);
    const QString sessionId = requireString(body, QStringLiteral("sessionId"), 64);
    const QString code = requireString(body, QStringLiteral("secretCode"), 32);
    QVariantMap user;
    throttledCheck(ctx, req, userId, [&] {
        user = userOfSession(ctx, userId, sessionId);
        completeCode(ctx, userId, QStringLiteral("email2fa"), sessionId, code);
    });
    const QString token = ctx.sessions->tokenFor(sessionId, user);
    return Response::json(Sessions::sessionObject(user, sessionId, token, req.baseUrl));
}

} // namespace

QList<Route> verificationRoutes(Context ctx)
{
    QList<Route> r;

    r.append(route(R::emailVerificationStart, ctx, emailVerificationStart));
    r.append(route(R::emailVerificationComplete, ctx, emailVerificationComplete));

    r.append(route(R::passwordResetByEmailStart, ctx, passwordResetByEmailStart));
    r.append(route(R::passwordResetByEmailComplete, ctx, passwordResetByEmailComplete));

    r.append(route(R::email2FactorStart, ctx, email2FactorStart));
    r.append(route(R::email2FactorComplete, ctx, email2FactorComplete));

    // D12: the user object has no mobile number, so every mobile route is refused.
    for (const R id : {R::mobileVerificationStart, R::mobileVerificationComplete, R::mobile2FactorStart,
                       R::mobile2FactorComplete, R::passwordResetByMobileStart, R::passwordResetByMobileComplete}) {
        r.append({id, [](Request &) -> Response {
                      throw HttpError(
                          400, QStringLiteral("errMsg_MobileNotSupported"),
                          QStringLiteral("TutorHub accounts have no mobile number; use the e-mail routes."));
                  }});
    }
    return r;
}

} // namespace tutorhub::server
