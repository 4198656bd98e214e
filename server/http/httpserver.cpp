#include "http/httpserver.h"

#include "core/util.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

#include <cstdio>

namespace tutorhub::server {

HttpServer::HttpServer(const Router *router, QObject *parent) : QAbstractHttpServer(parent), m_router(router) { }

static QByteArray methodOf(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

Request requestFromHttp(const QByteArray &method, const QUrl &url, const QUrlQuery &query,
                        const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                        const QString &baseUrl)
{
    Request req;
    req.timer.start();
    req.method = method;
    req.path = url.path(QUrl::FullyEncoded);
    req.query = query;
    for (const auto &h : headers)
        req.headers.insert(h.first.toLower(), h.second);
    req.body = body;
    req.baseUrl = baseUrl;
    req.requestId = req.queryValue(QStringLiteral("requestId"));
    if (req.requestId.isEmpty() || req.requestId.size() > 64)
        req.requestId = randomHex(16);
    return req;
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request req = requestFromHttp(methodOf(request.method()), request.url(), request.query(), request.headers(),
                                  request.body(), m_baseUrl);
    req.clientAddress = request.remoteAddress().toString();

    // A WebSocket upgrade (reached only for "Upgrade: websocket"): returning true without writing
    // hands the socket to the WebSocket handshake; returning false after writing an answer refuses it
    // (QAbstractHttpServer then calls missingHandler and disconnects).
    // (QAbstractHttpServer takes the upgrade path only with "Connection: upgrade" too.)
    const bool upgrade = request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0
                         && request.value("connection").toLower().contains("upgrade");
    std::optional<Response> refusal;
    if (m_policy)
        refusal = m_policy->check(req.method, request.headers(), upgrade);
    // A foreign Host or Origin is answered below; nothing else looks at such a request.
    if (!refusal && upgrade && m_wsVerify && req.path == m_wsPath)
        refusal = m_wsVerify(req);
    else if (!refusal && upgrade)
        refusal = m_router->dispatch(req);
    if (upgrade && !refusal) {
        if (m_log) {
            const QByteArray line = isoNow().toUtf8() + " GET " + req.path.toUtf8() + " 101 "
                                    + QByteArray::number(req.timer.elapsed()) + "ms\n";
            std::fputs(line.constData(), stderr);
            std::fflush(stderr);
        }
        return true;
    }
    const Response res = refusal ? *refusal : m_router->dispatch(req);

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(res.status));
    responder.writeHeader("Content-Type", res.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(res.body.size()));
    for (const auto &h : res.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(res.body);

    if (m_log) {
        const QByteArray line = isoNow().toUtf8() + ' ' + req.method + ' ' + req.path.toUtf8() + ' '
                                + QByteArray::number(res.status) + ' ' + QByteArray::number(req.timer.elapsed())
                                + "ms\n";
        std::fputs(line.constData(), stderr);
        std::fflush(stderr);
    }
    return !upgrade;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Reached after a refused WebSocket upgrade (already answered); otherwise handleRequest answers everything.
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return;
    handleRequest(request, socket);
}

} // namespace tutorhub::server
