// GuardedTcpServer: the QTcpServer the HTTP front is bound to (QAbstractHttpServer::bind). It owns the
// connection limits QAbstractHttpServer does not have (SEC20-SEC22):
//  - a cap on concurrent connections per client address (429 and close beyond it);
//  - every connection's bytes are read by a RequestFramer *before* QAbstractHttpServer sees them (its
//    readyRead slot is connected first), so a body over the route's limit is answered 413 from its
//    head (Content-Length) or as soon as a chunked body grows past it, and the connection is closed
//    without the body ever being buffered (Qt 6.4 buffers a whole body before handleRequest);
//  - idle and slow-loris timeouts: a connection silent between requests or inside a body for
//    idleTimeoutMs is closed; a request head must arrive within headTimeoutMs (408).
// WebSocket upgrades are left alone once their head is complete (the hub has its own heartbeats);
// they still count toward the per-address cap.
#pragma once

#include "http/requestframer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

namespace tutorhub::server {

struct ConnectionLimits
{
    int maxConnectionsPerAddress = 64;
    int idleTimeoutMs = 60 * 1000; // silence between requests or inside a body
    int headTimeoutMs = 10 * 1000; // from the first byte of a request head to its end
    int lingerMs = 2000; // after a refusal: read and discard the rest for at most this long
    RequestFramer::Limits head;
};

class ConnectionGuard;

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(ConnectionLimits limits, RequestFramer::BodyLimit bodyLimit, QObject *parent = nullptr);

    // The QAbstractHttpServer this server is bound to: its hold on a refused connection is released.
    void setHttpServer(QObject *http) { m_http = http; }
    void setLogging(bool on) { m_log = on; }
    const ConnectionLimits &limits() const { return m_limits; }
    // Open connections (HTTP and WebSocket) from `address`.
    int connectionCount(const QHostAddress &address);

protected:
    void incomingConnection(qintptr handle) override;

private:
    friend class ConnectionGuard;
    static QString addressKey(const QHostAddress &a);
    void log(const QByteArray &line) const;

    ConnectionLimits m_limits;
    RequestFramer::BodyLimit m_bodyLimit;
    QPointer<QObject> m_http;
    bool m_log = true;
    QHash<QString, QList<QPointer<QTcpSocket>>> m_byAddress;
};

// One connection's watcher (a child of its socket).
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket *socket, GuardedTcpServer *server);

    void attachAfterHttp(); // connects the slot that runs after QAbstractHttpServer's readyRead
    // Answers `status` with the D2 envelope, releases the socket from the HTTP server, discards
    // what the client still sends for a short while and closes.
    void refuse(int status, const QString &code, const QString &detail, const QByteArray &extraHeaders = {});

private:
    void beforeHttp();
    void afterHttp();
    void armTimer();
    void onTimeout();
    void discard();

    QTcpSocket *m_socket;
    QPointer<GuardedTcpServer> m_server;
    RequestFramer m_framer;
    QTimer *m_timer;
    QElapsedTimer m_headClock; // running while a head is incomplete
    QElapsedTimer m_lingerClock;
    qint64 m_seen = 0; // bytes at the front of the socket's unread buffer already fed to the framer
    bool m_inert = false; // upgraded: the bytes are WebSocket frames now
    bool m_refused = false;
};

// The raw HTTP/1.1 error answer (D2 envelope, Connection: close) the guard writes itself.
QByteArray rawErrorResponse(int status, const QString &code, const QString &detail,
                            const QByteArray &extraHeaders = {});

} // namespace tutorhub::server
