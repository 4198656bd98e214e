#include "jsonapi.h"

#include <QPointer>
#include <QUrl>

namespace tutorhub::api {

Paging JsonAnswer::paging() const
{
    if (envelope.contains(QLatin1String("paging")))
        return Paging::fromJson(envelope.value(QLatin1String("paging")).toObject());
    Paging p;
    p.pageNumber = 1;
    p.totalRowCount = payload.isArray() ? int(payload.toArray().size()) : 0;
    p.pageRowCount = p.totalRowCount;
    p.pageCount = 1;
    return p;
}

ApiReply *callJson(ApiClient *client, const ApiRequest &request, QObject *context, JsonCallback done)
{
    ApiReply *reply = client->send(request);
    QObject *receiver = context ? context : client;
    QObject::connect(reply, &ApiReply::finished, receiver, [reply, done = std::move(done)] {
        if (!reply->ok()) {
            done(Result<JsonAnswer>::failure(reply->error()));
            return;
        }
        JsonAnswer answer;
        answer.payload = reply->payload();
        answer.envelope = reply->envelope();
        answer.httpStatus = reply->httpStatus();
        done(Result<JsonAnswer>::success(answer));
    });
    return reply;
}

QString pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace tutorhub::api
