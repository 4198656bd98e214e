#include "twofactorapi.h"

#include "contract.h"

namespace tutorhub::api::twofactor {

namespace {

ApiReply *send(ApiClient *client, Channel channel, const char *step, QJsonObject body)
{
    const bool email = channel == Channel::Email, starting = qstrcmp(step, "start") == 0;
    const Route route = email ? (starting ? Route::email2FactorStart : Route::email2FactorComplete)
                              : (starting ? Route::mobile2FactorStart : Route::mobile2FactorComplete);
    ApiRequest r = ApiRequest::to(route, {}, body);
    r.attachToken = false; // public routes: the pending token is never sent (C33)
    r.allowRelogin = false;
    r.idempotent = false; // a start sends a message, a complete uses the code up
    return client->send(r);
}

ApiError withHost(ApiError e, const QUrl &host)
{
    e.host = host;
    return e;
}

} // namespace

void start(ApiClient *client, Channel channel, const QString &userId, const QString &sessionId, QObject *context,
           std::function<void(const Result<VerificationStart> &, const QString &)> done)
{
    ApiReply *reply = send(client, channel, "start",
                           {{QStringLiteral("userId"), userId},
                            {QStringLiteral("sessionId"), sessionId},
                            {QStringLiteral("client"), QStringLiteral("tutorhub-desktop")},
                            {QStringLiteral("reason"), QStringLiteral("login")}});
    const QUrl host = client->environment().host;
    QObject::connect(reply, &ApiReply::finished, context, [reply, host, done = std::move(done)] {
        if (!reply->ok())
            return done(Result<VerificationStart>::failure(reply->error()), QString());
        const QJsonObject o = reply->envelope();
        const VerificationStart v = VerificationStart::fromJson(o);
        if (v.userId.isEmpty() && v.email.isEmpty())
            return done(Result<VerificationStart>::failure(
                            withHost(ApiError::invalidResponse(reply->httpStatus(),
                                                               QStringLiteral("unexpected answer shape: 2FA start")),
                                     host)),
                        QString());
        done(Result<VerificationStart>::success(v), o.value(QLatin1String("mobile")).toString());
    });
}

void complete(ApiClient *client, Channel channel, const QString &userId, const QString &sessionId, const QString &code,
              QObject *context, std::function<void(const Result<SessionInfo> &)> done)
{
    ApiReply *reply = send(client, channel, "complete",
                           {{QStringLiteral("userId"), userId},
                            {QStringLiteral("sessionId"), sessionId},
                            {QStringLiteral("secretCode"), code}});
    const QUrl host = client->environment().host;
    QObject::connect(reply, &ApiReply::finished, context, [reply, host, done = std::move(done)] {
        if (!reply->ok())
            return done(Result<SessionInfo>::failure(reply->error()));
        const SessionInfo s = SessionInfo::fromJson(reply->envelope());
        if (!s.isValid())
            return done(Result<SessionInfo>::failure(
                withHost(ApiError::invalidResponse(reply->httpStatus(),
                                                   QStringLiteral("unexpected answer shape: session object")),
                         host)));
        done(Result<SessionInfo>::success(s));
    });
}

} // namespace tutorhub::api::twofactor
