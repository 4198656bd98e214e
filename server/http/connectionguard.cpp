#include "http/connectionguard.h"

#include "core/util.h"
#include "http/envelope.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

namespace tutorhub::server {

namespace {

constexpr int kLingerQuietMs = 500; // after a refusal: close once the client has been silent this long

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    default:
        return "Error";
    }
}

} // namespace

QByteArray rawErrorResponse(int status, const QString &code, const QString &detail, const QByteArray &extraHeaders)
{
    const QByteArray body = QJsonDocument(envelope::errorBody(status, code, detail)).toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
           + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
           + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
}

// ---------------------------------------------------------------------------------------------
// GuardedTcpServer

GuardedTcpServer::GuardedTcpServer(ConnectionLimits limits, RequestFramer::BodyLimit bodyLimit, QObject *parent)
    : QTcpServer(parent),
      m_limits(limits),
      m_bodyLimit(std::move(bodyLimit))
{ }

QString GuardedTcpServer::addressKey(const QHostAddress &a)
{
    bool v4 = false;
    const quint32 ip4 = a.toIPv4Address(&v4); // ::ffff:127.0.0.1 and 127.0.0.1 are one client
    return v4 ? QHostAddress(ip4).toString() : a.toString();
}

int GuardedTcpServer::connectionCount(const QHostAddress &address)
{
    auto it = m_byAddress.find(addressKey(address));
    if (it == m_byAddress.end())
        return 0;
    it->removeIf([](const QPointer<QTcpSocket> &s) { return !s || s->state() == QAbstractSocket::UnconnectedState; });
    return int(it->size());
}

void GuardedTcpServer::log(const QByteArray &line) const
{
    if (!m_log)
        return;
    const QByteArray out = isoNow().toUtf8() + ' ' + line + '\n';
    std::fputs(out.constData(), stderr);
    std::fflush(stderr);
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // F45: no Nagle delay. A response larger than one segment (a list page) otherwise waited for the
    // client's delayed ACK (~40 ms on Linux) before its last segment left.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QHostAddress peer = socket->peerAddress();
    const int open = connectionCount(peer);
    auto *guard = new ConnectionGuard(socket, this);
    if (open >= m_limits.maxConnectionsPerAddress) {
        // Never handed to the HTTP server: answered here and deleted once closed.
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        guard->refuse(
            429, QStringLiteral("errMsg_TooManyConnections"),
            QStringLiteral("This computer already has %1 open connections to the server; close some and try again.")
                .arg(m_limits.maxConnectionsPerAddress),
            "Retry-After: 1\r\n");
        return;
    }
    m_byAddress[addressKey(peer)].append(socket);
    // QAbstractHttpServer connects its readyRead slot in here (pendingConnectionAvailable), after the
    // guard's first slot and before its second one.
    addPendingConnection(socket);
    guard->attachAfterHttp();
}

// ---------------------------------------------------------------------------------------------
// ConnectionGuard

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, GuardedTcpServer *server)
    : QObject(socket),
      m_socket(socket),
      m_server(server),
      m_framer(server->m_bodyLimit, server->m_limits.head),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeHttp);
    // Writing a (large) response is activity too: the idle clock starts when it is sent.
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (!m_refused && !m_inert && m_framer.state() == RequestFramer::State::Idle)
            armTimer();
    });
    armTimer();
}

void ConnectionGuard::attachAfterHttp()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterHttp);
}

void ConnectionGuard::beforeHttp()
{
    // (A readyRead queued by the HTTP server can arrive after the socket closed.)
    if (m_inert || !m_socket->isOpen())
        return;
    if (m_refused) {
        discard();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    if (available > m_seen) {
        const qint64 completedBefore = m_framer.requestsCompleted();
        const QByteArray fresh = m_socket->peek(available).mid(m_seen);
        m_seen = available;
        const int heads = m_framer.feed(fresh);
        if (m_framer.requestsCompleted() != completedBefore)
            m_headClock.invalidate(); // a new request starts its own head clock
        switch (m_framer.state()) {
        case RequestFramer::State::Refused: {
            const RequestFramer::Refusal &r = m_framer.refusal();
            refuse(r.status, r.code, r.detail);
            return;
        }
        case RequestFramer::State::Upgraded:
            // The hub's WebSocket from here on (or the HTTP server refuses the upgrade and closes).
            m_inert = true;
            m_timer->stop();
            disconnect(m_socket, nullptr, this, nullptr);
            return;
        case RequestFramer::State::Body:
            if (heads > 0 && m_framer.lastHead().expectContinue && m_framer.bodyBytesSeen() == 0)
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            break;
        case RequestFramer::State::Idle:
        case RequestFramer::State::Head:
            break;
        }
    }
    armTimer();
}

void ConnectionGuard::afterHttp()
{
    // What QAbstractHttpServer left unread has been seen already.
    if (!m_inert && !m_refused)
        m_seen = m_socket->bytesAvailable();
}

void ConnectionGuard::armTimer()
{
    if (m_inert || m_refused || !m_server)
        return;
    const ConnectionLimits &l = m_server->limits();
    switch (m_framer.state()) {
    case RequestFramer::State::Head:
        if (!m_headClock.isValid())
            m_headClock.start();
        m_timer->start(int(qMax<qint64>(0, l.headTimeoutMs - m_headClock.elapsed())));
        break;
    case RequestFramer::State::Idle:
    case RequestFramer::State::Body:
        m_headClock.invalidate();
        m_timer->start(l.idleTimeoutMs);
        break;
    case RequestFramer::State::Upgraded:
    case RequestFramer::State::Refused:
        break;
    }
}

void ConnectionGuard::onTimeout()
{
    if (m_refused) {
        // Lingered long enough: close (abort when a graceful close did not finish either).
        if (m_socket->state() == QAbstractSocket::ConnectedState) {
            m_socket->disconnectFromHost();
            m_timer->start(1000);
        } else {
            m_socket->abort();
        }
        return;
    }
    if (m_inert || !m_server)
        return;
    const ConnectionLimits &l = m_server->limits();
    if (m_socket->bytesToWrite() > 0) { // still sending a response: not idle
        m_timer->start(l.idleTimeoutMs);
        return;
    }
    switch (m_framer.state()) {
    case RequestFramer::State::Head:
        refuse(408, QStringLiteral("errMsg_RequestTimeout"),
               QStringLiteral("The request head did not arrive within %1 ms.").arg(l.headTimeoutMs));
        break;
    case RequestFramer::State::Body:
        refuse(408, QStringLiteral("errMsg_RequestTimeout"),
               QStringLiteral("The request body stalled for %1 ms.").arg(l.idleTimeoutMs));
        break;
    case RequestFramer::State::Idle:
        m_socket->disconnectFromHost();
        break;
    case RequestFramer::State::Upgraded:
    case RequestFramer::State::Refused:
        break;
    }
}

void ConnectionGuard::refuse(int status, const QString &code, const QString &detail, const QByteArray &extraHeaders)
{
    if (m_refused)
        return;
    m_refused = true;
    m_timer->stop();
    // The HTTP server never reads this connection again; the transaction its parser may have
    // opened is closed so that what is buffered can be dropped.
    if (m_server && m_server->m_http)
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, m_server->m_http.data(), nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->write(rawErrorResponse(status, code, detail, extraHeaders));
    // One D16 log line like every answered request: "<time> <method> <path> <status> <ms>ms".
    if (m_server) {
        const RequestHead &head = m_framer.currentHead(); // empty before a request line (429, a bad line)
        const QByteArray method = head.method.isEmpty() ? QByteArray("UNKNOWN") : head.method;
        const QByteArray path = head.target.isEmpty() ? QByteArray("/") : head.path();
        m_server->log(method + ' ' + path + ' ' + QByteArray::number(status) + ' '
                      + QByteArray::number(m_headClock.isValid() ? m_headClock.elapsed() : 0) + "ms");
    }
    m_lingerClock.start();
    discard();
}

void ConnectionGuard::discard()
{
    // Read and drop what the client still sends (so the answer is not lost to a reset), for a while.
    m_socket->skip(m_socket->bytesAvailable());
    const int lingerMs = m_server ? m_server->limits().lingerMs : 0;
    const qint64 left = lingerMs - m_lingerClock.elapsed();
    m_timer->start(int(qBound(qint64(0), left, qint64(kLingerQuietMs))));
}

} // namespace tutorhub::server
