// Generic asynchronous JSON calls over ApiClient, for the business services whose objects the
// client handles as JSON (the models read them through small named accessors, models/format.h).
//
//   api::callJson(client, ApiRequest::to(Route::getCoursePack, {id}), this,
//                   [](const api::Result<api::JsonAnswer> &r) { if (r) use(r.value().object()); });
//
// `done` is called exactly once, unless `context` is destroyed first (then never).
#pragma once

#include "apiclient.h"
#include "result.h"
#include "types.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>

namespace tutorhub::api {

// The answer of one call: the payload (envelope[dataName]) and the whole envelope for the extra
// keys some routes add (paymentResult, createdCount, unseenCount, ...).
struct JsonAnswer
{
    QJsonValue payload;
    QJsonObject envelope;
    int httpStatus = 0;
    // Valid when the server was out of reach and this is its last answer from the offline cache (U42).
    QDateTime cachedAt;

    QJsonObject object() const { return payload.toObject(); }
    QJsonArray array() const { return payload.toArray(); }
    // Business lists: paging {pageNumber,pageRowCount,totalRowCount,pageCount}; BFF lists the same
    // keys (D50). A list without paging counts its rows.
    Paging paging() const;
};

using JsonCallback = std::function<void(const Result<JsonAnswer> &)>;

// Sends `request`; a 2xx answer whose body is JSON is a success. Returns the reply (owned by the
// client, valid until finished) so callers can abort it.
ApiReply *callJson(ApiClient *client, const ApiRequest &request, QObject *context, JsonCallback done);

// Percent-encodes one path segment (ids, category names).
QString pathSegment(const QString &value);

} // namespace tutorhub::api
