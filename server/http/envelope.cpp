#include "http/envelope.h"

#include "core/util.h"

#include <QCryptographicHash>

#include <stdexcept>

namespace tutorhub::server {

QJsonObject Paging::toJson() const
{
    return QJsonObject {{QStringLiteral("pageNumber"), pageNumber},
                        {QStringLiteral("pageRowCount"), pageRowCount},
                        {QStringLiteral("totalRowCount"), totalRowCount},
                        {QStringLiteral("pageCount"), pageCount}};
}

namespace envelope {

QString appVersion(const QString &segment)
{
    static const QHash<QString, QString> versions {
        {QStringLiteral("auth-api"), QStringLiteral("1.0.52")},
        {QStringLiteral("tutorcatalog-api"), QStringLiteral("1.0.45")},
        {QStringLiteral("coursescheduling-api"), QStringLiteral("1.0.48")},
        {QStringLiteral("enrollmentmanagement-api"), QStringLiteral("1.0.76")},
        {QStringLiteral("platformadmin-api"), QStringLiteral("1.0.2")},
        {QStringLiteral("messaging-api"), QStringLiteral("1.0.15")},
        {QStringLiteral("agenthub-api"), QStringLiteral("1.0.0")},
        {QStringLiteral("bff-api"), QStringLiteral("1.0.21")},
        {QStringLiteral("notification-api"), QStringLiteral("1.0.111")},
    };
    return versions.value(segment, QStringLiteral("1.0.0"));
}

static QString methodName(const Request &req)
{
    return QString::fromLatin1(req.method);
}

namespace {

QJsonObject okObject(const Request &req, const QString &dataName, const QString &action, const QJsonValue &payload,
                     int status, const QJsonObject &extra, int rowCount)
{
    QJsonObject o {
        {QStringLiteral("status"), QStringLiteral("OK")},
        {QStringLiteral("statusCode"), status},
        {QStringLiteral("elapsedMs"), req.timer.isValid() ? double(req.timer.elapsed()) : 0.0},
        {QStringLiteral("ssoTime"), 0},
        {QStringLiteral("source"), QStringLiteral("db")},
        {QStringLiteral("cacheKey"),
         QString::fromLatin1(
             QCryptographicHash::hash(req.path.toUtf8() + '?' + req.query.toString().toUtf8(), QCryptographicHash::Md5)
                 .toHex())},
        {QStringLiteral("userId"), req.auth ? req.auth->userId : QString()},
        {QStringLiteral("sessionId"), req.auth ? req.auth->sessionId : QString()},
        {QStringLiteral("requestId"), req.requestId},
        {QStringLiteral("dataName"), dataName},
        {QStringLiteral("method"), methodName(req)},
        {QStringLiteral("action"), action},
        {QStringLiteral("appVersion"), appVersion(req.segment)},
        {QStringLiteral("rowCount"), rowCount},
    };
    o.insert(dataName, payload);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject listExtra(const Paging &paging, const QJsonObject &extra)
{
    QJsonObject more = extra;
    more.insert(QStringLiteral("paging"), paging.toJson());
    more.insert(QStringLiteral("filters"), QJsonArray());
    more.insert(QStringLiteral("uiPermissions"), QJsonArray());
    return more;
}

} // namespace

Response ok(const Request &req, const QString &dataName, const QString &action, const QJsonValue &payload, int status,
            const QJsonObject &extra)
{
    return Response::json(
        okObject(req, dataName, action, payload, status, extra, payload.isArray() ? int(payload.toArray().size()) : 1),
        status);
}

Response list(const Request &req, const QString &dataName, const QJsonArray &rows, const Paging &paging,
              const QJsonObject &extra)
{
    return ok(req, dataName, QStringLiteral("list"), rows, 200, listExtra(paging, extra));
}

Response listRaw(const Request &req, const QString &dataName, const QByteArray &rowsJson, int rowCount,
                 const Paging &paging)
{
    // The envelope with an empty array in the rows' place, which is then replaced by the rows: the
    // data key is unique in the envelope, so its `"<dataName>":[]` occurs once.
    Response r = Response::json(
        okObject(req, dataName, QStringLiteral("list"), QJsonArray(), 200, listExtra(paging, {}), rowCount), 200);
    const QByteArray slot = '"' + dataName.toUtf8() + "\":[]";
    const qsizetype at = r.body.indexOf(slot);
    if (at < 0)
        throw std::runtime_error("listRaw: no place for the rows");
    r.body.replace(at + slot.size() - 2, 2, rowsJson);
    return r;
}

QJsonObject errorBody(int status, const QString &code, const QString &detail)
{
    return QJsonObject {{QStringLiteral("result"), QStringLiteral("ERR")},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("message"), code},
                        {QStringLiteral("errCode"), status},
                        {QStringLiteral("date"), isoNow()},
                        {QStringLiteral("detail"), detail}};
}

Response error(int status, const QString &code, const QString &detail)
{
    return Response::json(errorBody(status, code, detail), status);
}

Response shortError(const QString &message, int status)
{
    return Response::json(QJsonObject {{QStringLiteral("status"), QStringLiteral("ERR")},
                                       {QStringLiteral("message"), message},
                                       {QStringLiteral("errCode"), status},
                                       {QStringLiteral("date"), isoNow()}},
                          status);
}

} // namespace envelope
} // namespace tutorhub::server
