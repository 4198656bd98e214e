// The HTTP front: a QAbstractHttpServer whose every request goes to the Router (no QHttpServer
// routes, so wrong methods become 405 and unknown paths 404 with our envelope) and is logged (D16).
#pragma once

#include "http/requestpolicy.h"
#include "http/router.h"

#include <QAbstractHttpServer>

#include <functional>
#include <optional>

namespace tutorhub::server {

// The Request the router sees for one HTTP request: percent-encoded path, query, lower-case header
// names, body, base URL and request id (used by HttpServer and by the fuzz target tests/fuzz).
Request requestFromHttp(const QByteArray &method, const QUrl &url, const QUrlQuery &query,
                        const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                        const QString &baseUrl);

class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpServer(const Router *router, QObject *parent = nullptr);

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    void setLogging(bool on) { m_log = on; }
    // Host and Origin rules (requestpolicy.h) checked before anything else, upgrades included.
    void setPolicy(const RequestPolicy &policy) { m_policy = policy; }
    // WebSocket upgrades to `path` (the realtime hub) are accepted when `verify` returns nullopt and
    // answered with its response otherwise; upgrades to other paths get the router's answer.
    using UpgradeVerifier = std::function<std::optional<Response>(const Request &)>;
    void setWebSocketPath(const QString &path, UpgradeVerifier verify)
    {
        m_wsPath = path;
        m_wsVerify = std::move(verify);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    const Router *m_router;
    QString m_baseUrl;
    bool m_log = true;
    std::optional<RequestPolicy> m_policy;
    QString m_wsPath;
    UpgradeVerifier m_wsVerify;
};

} // namespace tutorhub::server
