// Request/Response as the dispatcher hands them to handlers (no QHttpServer types leak out).
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <QVariantMap>

#include <optional>

namespace tutorhub::server {

// The signed-in caller, filled by the dispatcher once the token checked out (D6).
struct AuthContext
{
    QString userId;
    QString sessionId;
    QString roleId;
    QString token;
    QVariantMap user; // the user row (no password hash exposure beyond the server)

    bool isAdmin() const { return roleId == QLatin1String("admin") || roleId == QLatin1String("superAdmin"); }
    bool isSuperAdmin() const { return roleId == QLatin1String("superAdmin"); }
};

struct Request
{
    QByteArray method; // "GET", "POST", ...
    QString path; // full decoded path, e.g. /auth-api/v1/users/1
    QString segment; // e.g. auth-api
    QString subPath; // path below the segment, e.g. /v1/users/1
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QHash<QString, QString> params; // path parameters (":userId" -> value)
    std::optional<AuthContext> auth;
    QString requestId;
    QString baseUrl; // http://127.0.0.1:<port>
    QString clientAddress; // the peer's IP address (throttling per address, SEC3); empty in-process
    QElapsedTimer timer;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QString param(const QString &name) const { return params.value(name); }
    QString queryValue(const QString &name) const; // first value, fully decoded; null if absent
    QStringList queryValues(const QString &name) const; // all values, fully decoded
    bool hasQuery(const QString &name) const { return query.hasQueryItem(name); }

    // The JSON object body. Empty body -> {}. Malformed or non-object -> HttpError 400 errMsg_InvalidJson.
    QJsonObject json() const;

    const AuthContext &caller() const; // throws 401 when not signed in

private:
    mutable std::optional<QJsonObject> m_json;
};

struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static Response json(const QJsonObject &o, int status = 200);
    static Response json(const QJsonArray &a, int status = 200);
    static Response raw(const QByteArray &data, const QByteArray &contentType, int status = 200);
};

} // namespace tutorhub::server
