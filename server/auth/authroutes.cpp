#include "auth/authroutes.h"

#include "auth/crypto.h"
#include "auth/throttle.h"
#include "auth/twofactor.h"
#include "auth/userschema.h"
#include "core/util.h"
#include "http/envelope.h"
#include "core/handler.h"

#include <QDateTime>

namespace tutorhub::server {

QVariantMap loadUser(const Repository &repo, const QString &id)
{
    const auto u = repo.get(userSchema(), id);
    if (!u)
        throw HttpError(404, QStringLiteral("errMsg_UserNotFound"),
                        QStringLiteral("No user with id '%1'.").arg(id.left(100)));
    return *u;
}

std::optional<QVariantMap> findUserByEmail(const Repository &repo, const QString &email)
{
    return repo.findOne(userSchema(), QStringLiteral("lower(email) = ?"), {email.trimmed().toLower()});
}

// The cookie is marked Secure: browsers on the loopback origin still keep it, while HTTP clients
// such as QNetworkAccessManager do not send it back over plain http, so a desktop client that
// drops its token is really signed out (the client attaches the token itself, api A2).
static void addTokenHeaders(Response &r, const QString &token)
{
    r.headers.append({QByteArrayLiteral("tutorhub-access-token"), token.toLatin1()});
    r.headers.append({QByteArrayLiteral("Set-Cookie"),
                      QByteArrayLiteral("tutorhub-access-token=") + token.toLatin1()
                          + QByteArrayLiteral("; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=86400")});
}

// A hash of a random password, so that unknown e-mails cost the same argon2id time as wrong passwords.
static const QString &dummyHash()
{
    static const QString h = crypto::hashPassword(randomHex(16));
    return h;
}

static const QString kLoginScope = QStringLiteral("login");

namespace {

Response login(const Context &ctx, Request &req)
{
    const QJsonObject body = req.json();
    // username wins over email; a value of the wrong JSON type is 400 InvalidParameter.
    for (const char *key : {"username", "email", "password"}) {
        const QJsonValue v = body.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            throw HttpError::invalid(QLatin1String(key),
                                     QStringLiteral("'%1' must be a string.").arg(QLatin1String(key)));
    }
    QJsonValue name = body.value(QStringLiteral("username"));
    if (name.toString().trimmed().isEmpty())
        name = body.value(QStringLiteral("email"));
    if (name.toString().trimmed().isEmpty())
        throw HttpError::missing(QStringLiteral("username"));
    const QJsonValue pw = body.value(QStringLiteral("password"));
    if (pw.toString().isEmpty())
        throw HttpError::missing(QStringLiteral("password"));
    // SEC3: too many failures for this account or from this address -> 429 before any hashing.
    const QString account = name.toString().left(254);
    if (ctx.throttle)
        ctx.throttle->check(kLoginScope, account, req.clientAddress);
    const auto wrong = [&] {
        if (ctx.throttle)
            ctx.throttle->failed(kLoginScope, account, req.clientAddress);
        return HttpError(401, QStringLiteral("errMsg_InvalidCredentials"), QStringLiteral("Wrong e-mail or password."));
    };
    if (name.toString().size() > 254 || pw.toString().size() > 128)
        throw wrong();
    auto user = findUserByEmail(*ctx.repo, name.toString());
    const QString stored = user ? user->value(QStringLiteral("password")).toString() : dummyHash();
    const bool good = crypto::verifyPassword(pw.toString(), stored);
    if (!user || !good)
        throw wrong();
    if (ctx.throttle)
        ctx.throttle->succeeded(kLoginScope, account);
    // SEC4: an older (scrypt) or weaker hash is replaced now that the password is at hand.
    if (crypto::needsRehash(stored))
        user = ctx.repo->update(userSchema(), user->value(QStringLiteral("id")).toString(),
                                {{QStringLiteral("password"), crypto::hashPassword(pw.toString())}});
    if (const auto blocked = accountBlocked(*user))
        throw *blocked;
    if (!user->value(QStringLiteral("emailVerified")).toBool())
        throw HttpError(403, QStringLiteral("errMsg_EmailVerificationNeeded"),
                        QStringLiteral("The e-mail address must be verified before signing in."));
    // C31: with e-mail 2FA on, the session waits for the code (its token can only finish it).
    const bool twoFactor = user->value(QStringLiteral("emailTwoFactor")).toBool();
    const Sessions::Issued s
        = twoFactor ? twofactor::createPending(*ctx.repo, *ctx.keys, *user) : ctx.sessions->create(*user);
    QJsonObject session = Sessions::sessionObject(*user, s.sessionId, s.token, req.baseUrl);
    if (twoFactor)
        session.insert(QStringLiteral("sessionNeedsEmail2FA"), true);
    Response res = Response::json(session);
    addTokenHeaders(res, s.token);
    return res;
}

Response logout(const Context &ctx, Request &req)
{
    const QString token = Sessions::extractToken(req);
    if (const auto s = ctx.sessions->resolve(token))
        ctx.sessions->remove(s->sessionId);
    else if (const QString pending = twofactor::pendingSession(*ctx.repo, *ctx.keys, token); !pending.isEmpty())
        ctx.sessions->remove(pending); // C31: a half-finished sign-in ends too
    Response res = Response::json(QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")},
                                               {QStringLiteral("message"), QStringLiteral("Logged out")}});
    res.headers.append(
        {QByteArrayLiteral("Set-Cookie"),
         QByteArrayLiteral("tutorhub-access-token=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0")});
    return res;
}

Response relogin(const Context &ctx, Request &req)
{
    const QString token = Sessions::extractToken(req);
    const auto s = ctx.sessions->resolve(token);
    if (!s) {
        // A blocked account's sessions were ended (SEC5); its own token still learns why (D13).
        if (const auto owner = ctx.sessions->userOfSignedToken(token))
            if (const auto blocked = accountBlocked(*owner))
                throw *blocked;
        return envelope::shortError(QStringLiteral("Cannot relogin"));
    }
    if (const auto blocked = accountBlocked(s->user))
        throw *blocked; // D13: the reason, every time
    ctx.sessions->remove(s->sessionId);
    if (QDateTime::currentSecsSinceEpoch() - s->authTime > Sessions::kAbsoluteLifetimeSecs)
        return envelope::shortError(QStringLiteral("Cannot relogin"));
    const Sessions::Issued fresh = ctx.sessions->create(s->user, s->authTime);
    Response res = Response::json(Sessions::sessionObject(s->user, fresh.sessionId, fresh.token, req.baseUrl));
    addTokenHeaders(res, fresh.token);
    return res;
}

Response publicKey(const Context &ctx, Request &req)
{
    const QString kid = req.queryValue(QStringLiteral("keyId"));
    if (!kid.isEmpty() && kid != ctx.keys->keyId())
        throw HttpError(404, QStringLiteral("errMsg_KeyNotFound"),
                        QStringLiteral("No public key with id '%1'.").arg(kid.left(100)));
    return Response::json(QJsonObject {{QStringLiteral("keyId"), ctx.keys->keyId()},
                                       {QStringLiteral("keyData"), QString::fromLatin1(ctx.keys->publicPem())}});
}

} // namespace

QList<Route> authSessionRoutes(Context ctx)
{
    QList<Route> r;

    // POST /login — username (or email) + password -> session object (D7), cookie and header (D6).
    r.append(route(R::login, ctx, login));

    // POST /logout — always 200; ends the session of the presented token, if any.
    r.append(route(R::logout, ctx, logout));

    // GET /relogin — replaces the session: new sessionId and token, the old token dies (D6); the
    // chain ends kAbsoluteLifetimeSecs after the password sign-in (SEC6).
    r.append(route(R::relogin, ctx, relogin));

    // GET /publickey?keyId= — {keyId, keyData}; 404 for another key id.
    r.append(route(R::publicKey, ctx, publicKey));
    return r;
}

} // namespace tutorhub::server
