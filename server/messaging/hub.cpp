// The realtime hub: connections, authentication, limits, frame dispatch and the deferred pushes of
// the observers. The frame handlers are in hubframes.cpp.
#include "messaging/hub.h"

#include "auth/userschema.h"
#include "core/util.h"
#include "db/dialect.h"
#include "db/walsync.h"
#include "http/contract.h"
#include "http/envelope.h"
#include "messaging/messaging.h"
#include "notification/notify.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSqlDriver>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <memory>

namespace tutorhub::server {

namespace {

constexpr qint64 kQtMessageLimit = 1024 * 1024; // beyond this Qt itself closes with 1009

Request requestOf(const QNetworkRequest &nr)
{
    Request req;
    req.method = "GET";
    req.path = nr.url().path(QUrl::FullyEncoded);
    req.query = QUrlQuery(nr.url());
    for (const QByteArray &h : nr.rawHeaderList())
        req.headers.insert(h.toLower(), nr.rawHeader(h));
    return req;
}

// message, messageEdited, messageDeleted: a room and a chatMessage.
template<class Out>
QJsonObject roomMessage(const QString &roomId, const QJsonObject &message)
{
    Out frame;
    frame.roomId = roomId;
    frame.message = message;
    return frame.toJson();
}

} // namespace

Hub::Hub(Context ctx, HubOptions options, QObject *parent) : QObject(parent), m_ctx(ctx), m_options(options)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &Hub::tick);
    m_timer->start();
    m_syncer = WalSyncer::forDatabase(m_ctx.repo->db(), this);
    if (m_syncer)
        connect(m_syncer, &WalSyncer::synced, this, &Hub::onSynced);
    messaging::setChatObserver(m_ctx.repo,
                               [this](const QString &event, const QVariantMap &row) { onChatEvent(event, row); });
    setNotificationObserver(m_ctx.repo,
                            [this](const QString &userId, const QVariantMap &row) { onNotification(userId, row); });
    // DB12: what the other instances on the same PostgreSQL database write, announced when it commits. Our own
    // announcements come back as the driver's SelfSource and are skipped: this hub pushed those itself.
    if (QSqlDriver *driver = m_ctx.repo->db().driver();
        driver && sql::isPostgres(m_ctx.repo->db()) && driver->subscribeToNotification(QLatin1String(kPeerChannel)))
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    if (name == QLatin1String(kPeerChannel) && source != QSqlDriver::SelfSource)
                        onPeerEvent(payload.toString());
                });
    // Queued: the route that changed the account answers first, and its transaction has ended.
    m_ctx.sessions->setAccountObserver([this](const QString &userId) {
        QMetaObject::invokeMethod(
            this, [this, userId] { recheckUser(userId); }, Qt::QueuedConnection);
    });
}

Hub::~Hub()
{
    m_ctx.sessions->setAccountObserver({});
    messaging::setChatObserver(m_ctx.repo, {});
    setNotificationObserver(m_ctx.repo, {});
    closeAll();
}

QString Hub::path()
{
    return contract::path(contract::R::realtimeHub);
}

void Hub::attach(QAbstractHttpServer *http)
{
    connect(http, &QAbstractHttpServer::newWebSocketConnection, this, [this, http] { onNewConnection(http); });
}

std::optional<Response> Hub::verifyUpgrade(const Request &req) const
{
    if (Sessions::extractToken(req).isEmpty()) {
        const HttpError e = HttpError::loginRequired();
        return envelope::error(e.status(), e.code(), e.detail());
    }
    const auto resolved = m_ctx.sessions->resolve(Sessions::extractToken(req));
    if (!resolved) {
        const HttpError e = HttpError::loginRequired(QStringLiteral("The access token is invalid or has expired."));
        return envelope::error(e.status(), e.code(), e.detail());
    }
    if (const auto blocked = accountBlocked(resolved->user))
        return envelope::error(blocked->status(), blocked->code(), blocked->detail());
    return std::nullopt;
}

void Hub::onNewConnection(QAbstractHttpServer *http)
{
    while (http->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> owned = http->nextPendingWebSocketConnection();
        if (!owned)
            continue;
        QWebSocket *ws = owned.release();
        ws->setParent(this);
        ws->setMaxAllowedIncomingMessageSize(kQtMessageLimit);
        ws->setMaxAllowedIncomingFrameSize(kQtMessageLimit);
        // The upgrade was verified by verifyUpgrade(); a session that ended in between is refused here.
        const auto auth = m_ctx.sessions->authenticate(requestOf(ws->request()));
        auto *c = new Conn;
        c->ws = ws;
        c->clock.start();
        c->lastFullCheckMs = 0;
        c->tokens = m_options.frameBurst;
        m_conns.insert(ws, c);
        // Dropped from the event loop: `disconnected` can fire inside close() while a handler still uses the Conn.
        connect(ws, &QWebSocket::disconnected, this, [this, ws] {
            QMetaObject::invokeMethod(
                this,
                [this, ws] {
                    if (Conn *conn = m_conns.value(ws))
                        drop(conn);
                },
                Qt::QueuedConnection);
        });
        if (!auth) {
            closeConn(*c, 4401, QStringLiteral("errMsg_LoginRequired"));
            continue;
        }
        c->auth = *auth;
        m_byUser[c->auth.userId].insert(c);
        connect(ws, &QWebSocket::textMessageReceived, this, [this, ws](const QString &text) {
            if (Conn *conn = m_conns.value(ws))
                onText(*conn, text);
        });
        connect(ws, &QWebSocket::binaryMessageReceived, this, [this, ws](const QByteArray &) {
            if (Conn *conn = m_conns.value(ws))
                sendError(*conn,
                          HttpError(400, QStringLiteral("errMsg_UnknownFrameType"),
                                    QStringLiteral("Frames are JSON text frames.")),
                          {});
        });
        hub::Hello hello;
        hello.protocol = 1;
        hello.user = briefUserToJson(c->auth.user, m_baseUrl);
        hello.serverTime = isoNow();
        hello.heartbeatInterval = m_options.heartbeatSeconds * 1000;
        hello.idleTimeout = m_options.idleTimeoutSeconds * 1000;
        hello.maxFrameBytes = m_options.maxFrameBytes;
        hello.framesPerSecond = m_options.framesPerSecond;
        hello.rooms = roomSummaries(*c);
        sendFrame(*c, hello.toJson());
    }
}

void Hub::onText(Conn &c, const QString &text)
{
    if (c.closing)
        return;
    // Token bucket: framesPerSecond sustained, frameBurst at once.
    const qint64 now = c.clock.elapsed();
    c.tokens = std::min(m_options.frameBurst, c.tokens + (now - c.lastRefillMs) * m_options.framesPerSecond / 1000.0);
    c.lastRefillMs = now;
    c.lastFrameMs = now;
    if (c.tokens < 1) {
        sendError(c,
                  HttpError(429, QStringLiteral("errMsg_RateLimited"),
                            QStringLiteral("Too many frames; the connection is closed.")),
                  {});
        closeConn(c, 1008, QStringLiteral("errMsg_RateLimited"));
        return;
    }
    c.tokens -= 1;
    if (text.size() > m_options.maxFrameBytes || text.toUtf8().size() > m_options.maxFrameBytes) {
        sendError(c,
                  HttpError(400, QStringLiteral("errMsg_FrameTooLarge"),
                            QStringLiteral("A frame may have at most %1 bytes.").arg(m_options.maxFrameBytes)),
                  {});
        closeConn(c, 1009, QStringLiteral("errMsg_FrameTooLarge"));
        return;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        sendError(
            c, HttpError(400, QStringLiteral("errMsg_InvalidJson"), QStringLiteral("A frame must be one JSON object.")),
            {});
        return;
    }
    const QJsonObject frame = doc.object();
    const QString type = frame.value(QStringLiteral("type")).toString();
    const Handler h = handlers().value(type);
    if (!h) {
        sendError(c,
                  HttpError(400, QStringLiteral("errMsg_UnknownFrameType"),
                            QStringLiteral("Unknown frame type '%1'.").arg(type.left(64))),
                  frame);
        return;
    }
    try {
        h(*this, c, frame);
    } catch (const HttpError &e) {
        sendError(c, e, frame);
    } catch (const std::exception &e) {
        qWarning("tutorhub-server hub: %s frame failed: %s", qPrintable(type), e.what());
        sendError(c,
                  HttpError(500, QStringLiteral("errMsg_ServerError"),
                            QStringLiteral("The server could not process this frame.")),
                  frame);
    }
}

void Hub::sendFrame(Conn &c, const QJsonObject &frame)
{
    if (c.closing || !c.ws)
        return;
    c.ws->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void Hub::sendError(Conn &c, const HttpError &e, const QJsonObject &frame)
{
    // The frame may be invalid: only what can be copied safely is (the raw JSON, never the typed frame).
    hub::Error o;
    o.code = e.code();
    o.status = e.status();
    o.message = e.detail();
    o.ref = hub::refOf(frame);
    const QString type = frame.value(QStringLiteral("type")).toString();
    if (!type.isEmpty())
        o.frame = type.left(64);
    const QJsonValue room = frame.value(QStringLiteral("roomId"));
    if (room.isString())
        o.roomId = room.toString().left(64);
    const QJsonValue cid = frame.value(QStringLiteral("clientMessageId"));
    if (cid.isString())
        o.clientMessageId = cid.toString();
    sendFrame(c, o.toJson());
}

void Hub::toRoom(const QString &roomId, const QJsonObject &frame, const Conn *except)
{
    const QSet<Conn *> members = m_rooms.value(roomId);
    for (Conn *m : members)
        if (m != except)
            sendFrame(*m, frame);
}

void Hub::toUser(const QString &userId, const QJsonObject &frame)
{
    const QSet<Conn *> conns = m_byUser.value(userId);
    for (Conn *m : conns)
        sendFrame(*m, frame);
}

void Hub::closeConn(Conn &c, int code, const QString &reason)
{
    if (c.closing)
        return;
    c.closing = true;
    for (const QString &room : std::as_const(c.rooms)) {
        auto it = m_rooms.find(room);
        if (it != m_rooms.end()) {
            it->remove(&c);
            if (it->isEmpty())
                m_rooms.erase(it);
        }
    }
    c.rooms.clear();
    c.ws->close(QWebSocketProtocol::CloseCode(code), reason);
    // The disconnected signal drops it; a peer that never answers the close is dropped by tick().
}

void Hub::drop(Conn *c)
{
    for (const QString &room : std::as_const(c->rooms)) {
        auto it = m_rooms.find(room);
        if (it != m_rooms.end()) {
            it->remove(c);
            if (it->isEmpty())
                m_rooms.erase(it);
        }
    }
    auto u = m_byUser.find(c->auth.userId);
    if (u != m_byUser.end()) {
        u->remove(c);
        if (u->isEmpty())
            m_byUser.erase(u);
    }
    m_conns.remove(c->ws);
    c->ws->disconnect(this);
    c->ws->deleteLater();
    delete c;
}

void Hub::closeAll()
{
    const auto conns = m_conns.values();
    for (Conn *c : conns) {
        c->ws->disconnect(this);
        closeConn(*c, 1001, QStringLiteral("server stopping"));
        c->ws->abort();
        drop(c);
    }
}

void Hub::tick()
{
    const auto conns = m_conns.values();
    for (Conn *c : conns) {
        const qint64 now = c->clock.elapsed();
        if (c->closing) {
            if (now - c->lastFrameMs > 5000) { // the peer never completed the close
                c->ws->abort();
                drop(c);
            }
            continue;
        }
        if (now - c->lastFrameMs > qint64(m_options.idleTimeoutSeconds) * 1000) {
            closeConn(*c, 4408, QStringLiteral("heartbeat timeout"));
            c->lastFrameMs = now;
            continue;
        }
        // A session that ended ends its connections: logout/relogin/expiry (a cheap lookup every
        // second), an account blocked meanwhile (the full token check every 30 s).
        bool valid = m_ctx.sessions->exists(c->auth.sessionId, c->auth.userId);
        if (valid && now - c->lastFullCheckMs >= 30000) {
            c->lastFullCheckMs = now;
            const auto resolved = m_ctx.sessions->resolve(c->auth.token);
            valid = resolved && !accountBlocked(resolved->user);
        }
        if (!valid) {
            sendError(*c,
                      HttpError(401, QStringLiteral("errMsg_LoginRequired"), QStringLiteral("The session has ended.")),
                      {});
            closeConn(*c, 4401, QStringLiteral("errMsg_LoginRequired"));
            c->lastFrameMs = now;
        }
    }
}

void Hub::recheckUser(const QString &userId)
{
    const QSet<Conn *> conns = m_byUser.value(userId);
    for (Conn *c : conns) {
        if (c->closing)
            continue;
        const auto resolved = m_ctx.sessions->resolve(c->auth.token);
        std::optional<HttpError> why;
        if (resolved) {
            why = accountBlocked(resolved->user);
        } else {
            // Suspend and ban delete the sessions first: tell the reason when that is why (D13).
            if (const auto owner = m_ctx.sessions->userOfSignedToken(c->auth.token))
                why = accountBlocked(*owner);
            if (!why)
                why = HttpError(401, QStringLiteral("errMsg_LoginRequired"), QStringLiteral("The session has ended."));
        }
        if (why) {
            sendError(*c, *why, {});
            closeConn(*c, 4401, QStringLiteral("errMsg_LoginRequired"));
            c->lastFrameMs = c->clock.elapsed();
            continue;
        }
        c->auth.user = resolved->user;
        c->auth.roleId = resolved->user.value(QStringLiteral("roleId")).toString();
    }
}

void Hub::onChatEvent(const QString &event, const QVariantMap &row)
{
    if (m_inHubWrite)
        return; // the hub handler that wrote it broadcasts it itself
    m_pending.append({event, str(row, "id"), {}});
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &Hub::flushPending, Qt::QueuedConnection);
    }
}

void Hub::onNotification(const QString &userId, const QVariantMap &row)
{
    if (!m_byUser.contains(userId))
        return;
    m_pending.append({QStringLiteral("notification"), str(row, "id"), userId});
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &Hub::flushPending, Qt::QueuedConnection);
    }
}

void Hub::onPeerEvent(const QString &payload)
{
    const QStringList parts = payload.split(QLatin1Char('\x1f'));
    if (parts.size() != 3)
        return;
    if (parts[0] == QLatin1String("notification"))
        onNotification(parts[2], {{QStringLiteral("id"), parts[1]}});
    else if (!m_inHubWrite)
        onChatEvent(parts[0], {{QStringLiteral("id"), parts[1]}});
    else // arrived while this hub writes (its handler would skip it as its own): pushed after the write
        QMetaObject::invokeMethod(
            this, [this, payload] { onPeerEvent(payload); }, Qt::QueuedConnection);
}

void Hub::flushPending()
{
    m_flushQueued = false;
    QList<Pending> pending = std::exchange(m_pending, {});
    if (pending.isEmpty())
        return;
    if (!m_awaiting.isEmpty()) { // behind hub messages stored before them: sent with those (F60)
        m_awaiting.append({m_awaiting.last().ticket, {}, {}, std::move(pending)});
        return;
    }
    sendPushes(pending);
}

void Hub::sendPushes(const QList<Pending> &pending)
{
    for (const Pending &p : pending) {
        try {
            if (p.kind == QLatin1String("notification")) {
                const auto row = m_ctx.repo->get(notificationSchema(), p.id);
                if (!row)
                    continue; // rolled back
                QJsonObject n = notificationSchema().toJson(*row);
                n.insert(QStringLiteral("refs"),
                         QJsonDocument::fromJson(row->value(QStringLiteral("refs")).toByteArray()).object());
                hub::Notification push;
                push.notification = n;
                toUser(p.userId, push.toJson());
                continue;
            }
            const auto row = m_ctx.repo->get(chatMessageSchema(), p.id);
            if (!row)
                continue;
            const QString roomId = str(*row, "roomId");
            const QJsonObject msg = messageJson(*row);
            if (p.kind == QLatin1String("messageEdited"))
                toRoom(roomId, roomMessage<hub::MessageEdited>(roomId, msg));
            else if (p.kind == QLatin1String("messageDeleted"))
                toRoom(roomId, roomMessage<hub::MessageDeleted>(roomId, msg));
            else
                toRoom(roomId, roomMessage<hub::Message>(roomId, msg));
        } catch (const std::exception &e) {
            qWarning("tutorhub-server hub: push failed: %s", e.what());
        }
    }
}

} // namespace tutorhub::server
