#include "jsonapi.h"

#include "listfilter.h"

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
    // A filter the route does not declare, to a server without undeclaredFilters: every row, selected here (C44).
    ApiRequest sent = request;
    const LocalSelection selection = takeUndeclaredFilters(sent, client->serverFeatures());
    ApiReply *reply = client->send(sent);
    QObject *receiver = context ? context : client;
    QObject::connect(reply, &ApiReply::finished, receiver, [reply, selection, done = std::move(done)] {
        if (!reply->ok()) {
            done(Result<JsonAnswer>::failure(reply->error()));
            return;
        }
        JsonAnswer answer;
        answer.payload = reply->payload();
        answer.envelope = reply->envelope();
        answer.httpStatus = reply->httpStatus();
        if (reply->isFromCache())
            answer.cachedAt = reply->cachedAt();
        if (!selection.isEmpty() && answer.payload.isArray()) {
            QJsonArray kept;
            for (const QJsonValue &row : answer.payload.toArray())
                if (selection.matches(row.toObject()))
                    kept.append(row);
            answer.payload = kept;
            if (!reply->dataName().isEmpty())
                answer.envelope.insert(reply->dataName(), kept);
            answer.envelope.remove(QLatin1String("paging")); // paging() now counts the selected rows
        }
        done(Result<JsonAnswer>::success(answer));
    });
    return reply;
}

QString pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace tutorhub::api
