#include "realtime.h"

#include "contract.h"

#include "apiclient.h"
#include "hubprotocol.h"
#include "outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QWebSocket>

namespace tutorhub::api {

namespace {

constexpr int kDefaultHeartbeatMs = 20000;

qint64 sequenceOf(const QJsonObject &message)
{
    return message.value(QStringLiteral("sequence")).toInteger(-1);
}

// A refusal the client must not retry as is (validation, permission, closed room ...).
bool isFinalRefusal(int status)
{
    return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
}

} // namespace

RealtimeConnection::RealtimeConnection(ApiClient *client, Outbox *outbox, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_outbox(outbox)
{
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &RealtimeConnection::openSocket);
    m_heartbeatTimer = new QTimer(this);
    connect(m_heartbeatTimer, &QTimer::timeout, this, &RealtimeConnection::heartbeat);
    m_pumpTimer = new QTimer(this);
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &RealtimeConnection::pump);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(20000);
    connect(m_pollTimer, &QTimer::timeout, this, &RealtimeConnection::pollJoinedRooms);
    // A new token (relogin, sign-in after 4401): reconnect with it.
    connect(m_client, &ApiClient::accessTokenChanged, this, [this] {
        if (!m_wanted)
            return;
        if (!m_client->hasAccessToken()) { // signed out
            stop();
            emit sessionEnded();
        } else if (m_state != State::Connecting && m_state != State::Polling) {
            dropConnection();
        }
    });
    if (m_outbox)
        connect(m_outbox, &Outbox::changed, this, [this] {
            if ((m_state == State::Connected || m_state == State::Polling) && !m_pumpTimer->isActive())
                m_pumpTimer->start(0);
        });
}

RealtimeConnection::~RealtimeConnection()
{
    stop();
}

QUrl RealtimeConnection::hubUrl() const
{
    QUrl u = m_client->environment().serviceUrl(Service::Messaging);
    u.setScheme(u.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    u.setPath(u.path() + routePath(Route::realtimeHub, {}));
    return u;
}

QString RealtimeConnection::userId() const
{
    return m_hello.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
}

void RealtimeConnection::start()
{
    if (m_wanted)
        return;
    m_wanted = true;
    m_attempt = 0;
    if (!m_hubAvailable) {
        startPolling();
        return;
    }
    setState(State::Connecting);
    openSocket();
}

void RealtimeConnection::stop()
{
    m_wanted = false;
    m_reconnectTimer->stop();
    m_heartbeatTimer->stop();
    m_pumpTimer->stop();
    m_pollTimer->stop();
    ++m_pollGeneration;
    m_polled.clear();
    if (m_ws) {
        QWebSocket *ws = std::exchange(m_ws, nullptr);
        ws->disconnect(this);
        ws->close(QWebSocketProtocol::CloseCodeNormal);
        ws->deleteLater();
    }
    m_inFlight.clear();
    setState(State::Offline);
}

void RealtimeConnection::dropConnection()
{
    if (m_ws)
        m_ws->abort(); // -> disconnected -> reconnect
    else if (m_wanted && m_state == State::Reconnecting) {
        m_reconnectTimer->stop();
        openSocket();
    }
}

void RealtimeConnection::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

QString RealtimeConnection::stateText() const
{
    switch (m_state) {
    case State::Offline:
        return tr("Chat offline");
    case State::Connecting:
        return tr("Connecting to chat…");
    case State::Connected:
        return tr("Chat connected");
    case State::Polling: {
        const int s = pollIntervalMs() / 1000;
        return tr("This server has no live chat: messages are refreshed every %n s and cannot be sent from the app",
                  nullptr, s);
    }
    case State::Reconnecting: {
        const int s = (nextAttemptInMs() + 999) / 1000;
        return s > 0 ? tr("Chat disconnected: reconnecting in %n s", nullptr, s)
                     : tr("Chat disconnected: reconnecting…");
    }
    }
    return {};
}

int RealtimeConnection::nextAttemptInMs() const
{
    return m_reconnectTimer->isActive() ? m_reconnectTimer->remainingTime() : 0;
}

void RealtimeConnection::openSocket()
{
    if (!m_wanted)
        return;
    if (m_ws) {
        m_ws->disconnect(this);
        m_ws->deleteLater();
    }
    m_ws = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_ws, &QWebSocket::connected, this, &RealtimeConnection::onConnected);
    connect(m_ws, &QWebSocket::disconnected, this, &RealtimeConnection::onDisconnected);
    connect(m_ws, &QWebSocket::textMessageReceived, this, &RealtimeConnection::onText);
    QNetworkRequest req(hubUrl());
    if (m_client->hasAccessToken())
        req.setRawHeader("Authorization", "Bearer " + m_client->accessToken().toUtf8());
    m_lastFrame.start();
    m_ws->open(req);
}

void RealtimeConnection::onConnected()
{
    m_lastFrame.start();
    // Connected at the WebSocket level; "Connected" once hello arrives.
}

void RealtimeConnection::onDisconnected()
{
    QWebSocket *ws = qobject_cast<QWebSocket *>(sender());
    if (ws != m_ws)
        return;
    const int code = m_ws->closeCode();
    m_ws->disconnect(this);
    m_ws->deleteLater();
    m_ws = nullptr;
    m_heartbeatTimer->stop();
    m_pumpTimer->stop();
    m_inFlight.clear();
    m_resyncing.clear();
    if (!m_wanted)
        return;
    if (code == 4401) {
        m_wanted = false;
        setState(State::Offline);
        emit sessionEnded();
        return;
    }
    scheduleReconnect();
}

void RealtimeConnection::scheduleReconnect()
{
    const int base = m_backoff.isEmpty() ? 1000 : m_backoff.at(std::min<qsizetype>(m_attempt, m_backoff.size() - 1));
    ++m_attempt;
    const int jitter = base / 5;
    const int delay
        = std::max(0, base + (jitter > 0 ? int(QRandomGenerator::global()->bounded(2 * jitter + 1)) - jitter : 0));
    m_reconnectTimer->start(delay);
    setState(State::Reconnecting);
    emit stateChanged(m_state); // the countdown text changed
}

void RealtimeConnection::join(const QString &roomId, qint64 afterSequence)
{
    const qint64 known = m_rooms.value(roomId, -1);
    m_rooms.insert(roomId, std::max(known, afterSequence));
    if (m_state == State::Polling) {
        pollRoom(roomId);
        return;
    }
    if (m_state != State::Connected)
        return; // joined after hello
    hub::Join f;
    f.roomId = roomId;
    if (m_rooms.value(roomId) >= 0)
        f.afterSequence = m_rooms.value(roomId);
    send(f);
}

void RealtimeConnection::leave(const QString &roomId)
{
    m_rooms.remove(roomId);
    m_resyncing.remove(roomId);
    hub::Leave f;
    f.roomId = roomId;
    send(f);
}

void RealtimeConnection::resync(const QString &roomId)
{
    if (m_resyncing.contains(roomId))
        return;
    m_resyncing.insert(roomId);
    hub::Join f;
    f.roomId = roomId;
    f.afterSequence = std::max<qint64>(0, m_rooms.value(roomId));
    send(f);
}

QString RealtimeConnection::sendMessage(const QString &roomId, const QString &messageType, const QJsonObject &content,
                                        const QJsonObject &replyTo)
{
    if (!m_outbox)
        return {};
    return m_outbox->enqueue(roomId, messageType, content, replyTo); // changed() -> pump()
}

bool RealtimeConnection::sendFrame(const QJsonObject &frame)
{
    if (m_state == State::Polling)
        return emulateFrame(frame);
    if (!m_ws || m_state != State::Connected)
        return false;
    m_ws->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    m_lastSend.start();
    return true;
}

// Sends outbox items in order: at most m_maxInFlight unacknowledged, at most one per
// m_minSendIntervalMs (the hub closes floods, R7).
void RealtimeConnection::pump()
{
    if (m_state == State::Polling) {
        refusePending();
        return;
    }
    if (m_state != State::Connected || !m_outbox)
        return;
    const QList<OutboxItem> items = m_outbox->pending();
    for (const OutboxItem &i : items) {
        if (m_inFlight.contains(i.clientMessageId))
            continue;
        if (m_inFlight.size() >= m_maxInFlight)
            return; // the next ack pumps again
        if (m_lastSend.isValid() && m_lastSend.elapsed() < m_minSendIntervalMs) {
            m_pumpTimer->start(int(m_minSendIntervalMs - m_lastSend.elapsed()));
            return;
        }
        hub::Send f;
        f.roomId = i.roomId;
        f.clientMessageId = i.clientMessageId;
        f.messageType = i.messageType;
        f.content = i.content;
        if (!i.replyTo.isEmpty())
            f.replyTo = i.replyTo;
        if (!send(f))
            return;
        m_inFlight.insert(i.clientMessageId);
    }
}

void RealtimeConnection::heartbeat()
{
    if (!m_ws)
        return;
    const int interval = m_heartbeatTimer->interval();
    if (m_lastFrame.elapsed() > 2 * interval) {
        m_ws->abort(); // dead connection: reconnect
        return;
    }
    hub::Ping ping;
    ping.t = QJsonValue(QDateTime::currentMSecsSinceEpoch());
    send(ping);
}

void RealtimeConnection::deliver(const QString &roomId, const QJsonObject &message)
{
    auto it = m_rooms.find(roomId);
    if (it == m_rooms.end())
        return; // not a joined room
    const qint64 seq = sequenceOf(message);
    if (seq <= *it)
        return; // already delivered
    if (*it >= 0 && seq > *it + 1) {
        resync(roomId); // a gap: the backlog brings the missing ones in order
        return;
    }
    *it = seq;
    emit messageReceived(roomId, message);
}

void RealtimeConnection::onText(const QString &text)
{
    m_lastFrame.start();
    const QJsonObject f = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = hub::typeOf(f);
    QString why;
    // Each frame is read through its type of contract/hub.def (K42); one that does not match is logged and
    // dropped (a newer server's additions are extra keys, which are ignored).
    auto bad = [&] {
        qWarning("tutorhub: ignoring an invalid '%s' hub frame: %s", qPrintable(type.left(64)), qPrintable(why));
    };
    if (type == QLatin1String(hub::Hello::type)) {
        const auto hello = hub::Hello::fromJson(f, &why);
        if (!hello)
            return bad();
        m_hello = f;
        m_attempt = 0;
        const int hb = m_heartbeatOverrideMs > 0      ? m_heartbeatOverrideMs
                       : hello->heartbeatInterval > 0 ? int(hello->heartbeatInterval)
                                                      : kDefaultHeartbeatMs;
        m_heartbeatTimer->start(std::max(100, hb));
        setState(State::Connected);
        // Resync every joined room, then send the outbox.
        const auto rooms = m_rooms.keys();
        for (const QString &room : rooms) {
            hub::Join j;
            j.roomId = room;
            if (m_rooms.value(room) >= 0)
                j.afterSequence = m_rooms.value(room);
            send(j);
        }
        emit helloReceived(f);
        pump();
    } else if (type == QLatin1String(hub::Backlog::type)) {
        const auto backlog = hub::Backlog::fromJson(f, &why);
        if (!backlog)
            return bad();
        auto it = m_rooms.find(backlog->roomId);
        if (it != m_rooms.end() && *it < 0 && !backlog->messages.isEmpty())
            *it = sequenceOf(backlog->messages.first().toObject()) - 1; // first open: the page starts the sequence
        for (const QJsonValue &m : backlog->messages)
            deliver(backlog->roomId, m.toObject());
        if (backlog->done)
            m_resyncing.remove(backlog->roomId);
    } else if (type == QLatin1String(hub::Message::type)) {
        const auto message = hub::Message::fromJson(f, &why);
        if (!message)
            return bad();
        if (!m_resyncing.contains(message->roomId))
            deliver(message->roomId, message->message);
    } else if (type == QLatin1String(hub::Ack::type)) {
        const auto ack = hub::Ack::fromJson(f, &why);
        if (!ack)
            return bad();
        m_inFlight.remove(ack->clientMessageId);
        if (m_outbox)
            m_outbox->remove(ack->clientMessageId); // changed() pumps the next one
        if (!m_resyncing.contains(ack->roomId))
            deliver(ack->roomId, ack->message);
        emit messageAcknowledged(ack->clientMessageId, ack->message);
    } else if (type == QLatin1String(hub::MessageEdited::type)) {
        const auto edited = hub::MessageEdited::fromJson(f, &why);
        if (!edited)
            return bad();
        emit messageChanged(edited->roomId, edited->message);
    } else if (type == QLatin1String(hub::MessageDeleted::type)) {
        const auto deleted = hub::MessageDeleted::fromJson(f, &why);
        if (!deleted)
            return bad();
        emit messageChanged(deleted->roomId, deleted->message);
    } else if (type == QLatin1String(hub::Notification::type)) {
        const auto push = hub::Notification::fromJson(f, &why);
        if (!push)
            return bad();
        emit notificationReceived(push->notification);
    } else if (type == QLatin1String(hub::Left::type)) {
        const auto left = hub::Left::fromJson(f, &why);
        if (!left)
            return bad();
        if (left->reason.value_or(QString()) == QLatin1String("blocked"))
            m_rooms.remove(left->roomId);
    } else if (type == QLatin1String(hub::Error::type)) {
        const auto e = hub::Error::fromJson(f, &why);
        if (!e)
            return bad();
        const QString cid = e->clientMessageId.value_or(QString());
        const ApiError error(ApiError::Kind::Http, int(e->status), e->code, e->message);
        if (!cid.isEmpty() && m_outbox && m_outbox->contains(cid)) {
            m_inFlight.remove(cid);
            if (isFinalRefusal(int(e->status))) {
                m_outbox->markFailed(cid, error.code, error.detail);
                emit messageRefused(cid, error);
            }
        } else {
            if (e->frame.value_or(QString()) == QLatin1String(hub::Join::type))
                m_resyncing.remove(e->roomId.value_or(QString()));
            emit errorReceived(f);
        }
    } else if (!hub::serverFrameTypes().contains(type)) {
        why = QStringLiteral("unknown type");
        return bad();
    }
    emit frameReceived(f);
}

} // namespace tutorhub::api
