// Envelopes of API.md §1.4 / §1.5 as settled in D1 (numbers) and D2 (error shape).
#pragma once

#include "http/request.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace tutorhub::server {

struct Paging
{
    int pageNumber = 1;
    int pageRowCount = 25;
    int totalRowCount = 0;
    int pageCount = 0;
    QJsonObject toJson() const;
};

namespace envelope {

// The service version reported as appVersion for a segment (API.md §1.1).
QString appVersion(const QString &segment);

// Success: {status:"OK", statusCode, elapsedMs, ssoTime, source, cacheKey, userId, sessionId, requestId,
// dataName, method, action, appVersion, rowCount, <dataName>: payload} + extra keys.
Response ok(const Request &req, const QString &dataName, const QString &action, const QJsonValue &payload,
            int status = 200, const QJsonObject &extra = {});
// Lists add paging, filters and uiPermissions; rowCount is the number of rows in this page.
Response list(const Request &req, const QString &dataName, const QJsonArray &rows, const Paging &paging,
              const QJsonObject &extra = {});

// The same list envelope around rows already written as a JSON array (F20): the bytes list() would
// write for the QJsonArray of those rows.
Response listRaw(const Request &req, const QString &dataName, const QByteArray &rowsJson, int rowCount,
                 const Paging &paging);

// D2: {result:"ERR", status, message:<code>, errCode, date, detail}
QJsonObject errorBody(int status, const QString &code, const QString &detail);
Response error(int status, const QString &code, const QString &detail);
// The short session-route shape {status:"ERR", message, errCode, date} (D2).
Response shortError(const QString &message, int status = 401);

} // namespace envelope
} // namespace tutorhub::server
