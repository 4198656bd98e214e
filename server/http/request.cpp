#include "http/request.h"

#include "core/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace tutorhub::server {

QString Request::queryValue(const QString &name) const
{
    if (!query.hasQueryItem(name))
        return {};
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

QStringList Request::queryValues(const QString &name) const
{
    return query.allQueryItemValues(name, QUrl::FullyDecoded);
}

QJsonObject Request::json() const
{
    if (m_json)
        return *m_json;
    if (body.trimmed().isEmpty()) {
        m_json = QJsonObject();
        return *m_json;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        throw HttpError(
            400, QStringLiteral("errMsg_InvalidJson"),
            QStringLiteral("The body is not valid JSON: %1 at offset %2.").arg(err.errorString()).arg(err.offset));
    if (!doc.isObject())
        throw HttpError(400, QStringLiteral("errMsg_InvalidJson"), QStringLiteral("The body must be a JSON object."));
    m_json = doc.object();
    return *m_json;
}

const AuthContext &Request::caller() const
{
    if (!auth)
        throw HttpError::loginRequired();
    return *auth;
}

Response Response::json(const QJsonObject &o, int status)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::json(const QJsonArray &a, int status)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(a).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::raw(const QByteArray &data, const QByteArray &contentType, int status)
{
    Response r;
    r.status = status;
    r.body = data;
    r.contentType = contentType;
    return r;
}

} // namespace tutorhub::server
