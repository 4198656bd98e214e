// Who may talk to the server (SEC23-SEC25): the Host of every request must name this computer's
// loopback (127.0.0.1 and the rest of 127/8, localhost, [::1]; any port) or the address the server
// listens on, which defeats DNS rebinding (a hostile name resolving to 127.0.0.1 still carries its own
// name in Host). State-changing requests (POST, PUT, PATCH, DELETE) and WebSocket upgrades may carry no
// Origin but the server's own (our Qt client sends none; a browser page elsewhere always sends its own).
// The Content-Type rule of JSON bodies is per route and lives in Router::dispatch.
#pragma once

#include "http/request.h"

#include <QHostAddress>

#include <optional>

namespace tutorhub::server {

class RequestPolicy
{
public:
    explicit RequestPolicy(const QHostAddress &listenAddress = QHostAddress(QHostAddress::LocalHost), quint16 port = 0);
    void setPort(quint16 port) { m_port = port; }

    // "127.0.0.1:8080", "localhost", "[::1]:80" ... true when it names this server.
    bool hostAllowed(const QByteArray &host) const;
    // "http://127.0.0.1:<port>" ... true when it is the server's own origin.
    bool originAllowed(const QByteArray &origin) const;

    // The refusal of a request (D2 envelope: 400 without Host, 403 for a foreign Host or Origin), or
    // nullopt. `headers` as received (names in any case; repeated Host/Origin headers are refused).
    std::optional<Response> check(const QByteArray &method, const QList<QPair<QByteArray, QByteArray>> &headers,
                                  bool upgrade) const;

    static bool isStateChanging(const QByteArray &method);

private:
    bool addressAllowed(const QHostAddress &a) const;

    QHostAddress m_listen;
    quint16 m_port;
};

} // namespace tutorhub::server
