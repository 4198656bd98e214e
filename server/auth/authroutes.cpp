#include "auth/authroutes.h"

#include "auth/crypto.h"
#include "auth/userschema.h"
#include "core/util.h"
#include "http/envelope.h"

namespace tutorhub::server {

QVariantMap loadUser(const Repository &repo, const QString &id)
{
    const auto u = repo.get(userSchema(), id);
    if (!u)
        throw HttpError(404, QStringLiteral("errMsg_UserNotFound"), QStringLiteral("No user with id '%1'.").arg(id.left(100)));
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

// A hash of a random password, so that unknown e-mails cost the same scrypt time as wrong passwords.
static const QString &dummyHash()
{
    static const QString h = crypto::hashPassword(randomHex(16));
    return h;
}

QList<Route> authSessionRoutes(Context ctx)
{
    QList<Route> r;

    // POST /login — username (or email) + password -> session object (D7), cookie and header (D6).
    r.append({"POST", QStringLiteral("auth-api"), QStringLiteral("/login"), Access::Public, [ctx](Request &req) {
                  const QJsonObject body = req.json();
                  // username wins over email; a value of the wrong JSON type is 400 InvalidParameter.
                  for (const char *key : {"username", "email", "password"}) {
                      const QJsonValue v = body.value(QLatin1String(key));
                      if (!v.isUndefined() && !v.isNull() && !v.isString())
                          throw HttpError::invalid(QLatin1String(key), QStringLiteral("'%1' must be a string.").arg(QLatin1String(key)));
                  }
                  QJsonValue name = body.value(QStringLiteral("username"));
                  if (name.toString().trimmed().isEmpty())
                      name = body.value(QStringLiteral("email"));
                  if (name.toString().trimmed().isEmpty())
                      throw HttpError::missing(QStringLiteral("username"));
                  const QJsonValue pw = body.value(QStringLiteral("password"));
                  if (pw.toString().isEmpty())
                      throw HttpError::missing(QStringLiteral("password"));
                  if (name.toString().size() > 254 || pw.toString().size() > 128)
                      throw HttpError(401, QStringLiteral("errMsg_InvalidCredentials"), QStringLiteral("Wrong e-mail or password."));
                  const auto user = findUserByEmail(*ctx.repo, name.toString());
                  const bool good = crypto::verifyPassword(pw.toString(), user ? user->value(QStringLiteral("password")).toString() : dummyHash());
                  if (!user || !good)
                      throw HttpError(401, QStringLiteral("errMsg_InvalidCredentials"), QStringLiteral("Wrong e-mail or password."));
                  if (const auto blocked = accountBlocked(*user))
                      throw *blocked;
                  if (!user->value(QStringLiteral("emailVerified")).toBool())
                      throw HttpError(403, QStringLiteral("errMsg_EmailVerificationNeeded"),
                                      QStringLiteral("The e-mail address must be verified before signing in."));
                  const Sessions::Issued s = ctx.sessions->create(*user);
                  Response res = Response::json(Sessions::sessionObject(*user, s.sessionId, s.token, req.baseUrl));
                  addTokenHeaders(res, s.token);
                  return res;
              }});

    // POST /logout — always 200; ends the session of the presented token, if any.
    r.append({"POST", QStringLiteral("auth-api"), QStringLiteral("/logout"), Access::Public, [ctx](Request &req) {
                  if (const auto s = ctx.sessions->resolve(Sessions::extractToken(req)))
                      ctx.sessions->remove(s->sessionId);
                  Response res = Response::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("OK")},
                                                            {QStringLiteral("message"), QStringLiteral("Logged out")}});
                  res.headers.append({QByteArrayLiteral("Set-Cookie"),
                                      QByteArrayLiteral("tutorhub-access-token=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0")});
                  return res;
              }});

    // GET /relogin — replaces the session: new sessionId and token, the old token dies (D6).
    r.append({"GET", QStringLiteral("auth-api"), QStringLiteral("/relogin"), Access::Public, [ctx](Request &req) {
                  const auto s = ctx.sessions->resolve(Sessions::extractToken(req));
                  if (!s)
                      return envelope::shortError(QStringLiteral("Cannot relogin"));
                  if (const auto blocked = accountBlocked(s->user))
                      throw *blocked; // D13: the reason, every time
                  ctx.sessions->remove(s->sessionId);
                  const Sessions::Issued fresh = ctx.sessions->create(s->user);
                  Response res = Response::json(Sessions::sessionObject(s->user, fresh.sessionId, fresh.token, req.baseUrl));
                  addTokenHeaders(res, fresh.token);
                  return res;
              }});

    // GET /publickey?keyId= — {keyId, keyData}; 404 for another key id.
    r.append({"GET", QStringLiteral("auth-api"), QStringLiteral("/publickey"), Access::Public, [ctx](Request &req) {
                  const QString kid = req.queryValue(QStringLiteral("keyId"));
                  if (!kid.isEmpty() && kid != ctx.keys->keyId())
                      throw HttpError(404, QStringLiteral("errMsg_KeyNotFound"), QStringLiteral("No public key with id '%1'.").arg(kid.left(100)));
                  return Response::json(QJsonObject{{QStringLiteral("keyId"), ctx.keys->keyId()},
                                                    {QStringLiteral("keyData"), QString::fromLatin1(ctx.keys->publicPem())}});
              }});
    return r;
}

} // namespace tutorhub::server
