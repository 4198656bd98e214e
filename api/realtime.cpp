#include "realtime.h"

#include "contract.h"

#include "apiclient.h"
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

QString typeOf(const QJsonObject &f)
{
    return f.value(QStringLiteral("type")).toString();
}

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
    : QObject(parent), m_client(client), m_outbox(outbox)
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
    case State::Offline: return tr("Chat offline");
    case State::Connecting: return tr("Connecting to chat…");
    case State::Connected: return tr("Chat connected");
    case State::Polling: {
        const int s = pollIntervalMs() / 1000;
        return tr("This server has no live chat: messages are refreshed every %n s and cannot be sent from the app",
                  nullptr, s);
    }
    case State::Reconnecting: {
        const int s = (nextAttemptInMs() + 999) / 1000;
        return s > 0 ? tr("Chat disconnected: reconnecting in %n s", nullptr, s) : tr("Chat disconnected: reconnecting…");
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
    const int delay = std::max(0, base + (jitter > 0 ? int(QRandomGenerator::global()->bounded(2 * jitter + 1)) - jitter : 0));
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
    QJsonObject f{{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("roomId"), roomId}};
    if (m_rooms.value(roomId) >= 0)
        f.insert(QStringLiteral("afterSequence"), m_rooms.value(roomId));
    sendFrame(f);
}

void RealtimeConnection::leave(const QString &roomId)
{
    m_rooms.remove(roomId);
    m_resyncing.remove(roomId);
    sendFrame({{QStringLiteral("type"), QStringLiteral("leave")}, {QStringLiteral("roomId"), roomId}});
}

void RealtimeConnection::resync(const QString &roomId)
{
    if (m_resyncing.contains(roomId))
        return;
    m_resyncing.insert(roomId);
    QJsonObject f{{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("roomId"), roomId}};
    f.insert(QStringLiteral("afterSequence"), std::max<qint64>(0, m_rooms.value(roomId)));
    sendFrame(f);
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
        QJsonObject f{{QStringLiteral("type"), QStringLiteral("send")},
                      {QStringLiteral("roomId"), i.roomId},
                      {QStringLiteral("clientMessageId"), i.clientMessageId},
                      {QStringLiteral("messageType"), i.messageType},
                      {QStringLiteral("content"), i.content}};
        if (!i.replyTo.isEmpty())
            f.insert(QStringLiteral("replyTo"), i.replyTo);
        if (!sendFrame(f))
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
    sendFrame({{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("t"), QDateTime::currentMSecsSinceEpoch()}});
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
    const QString type = typeOf(f);
    const QString roomId = f.value(QStringLiteral("roomId")).toString();
    if (type == QLatin1String("hello")) {
        m_hello = f;
        m_attempt = 0;
        const int hb = m_heartbeatOverrideMs > 0 ? m_heartbeatOverrideMs : f.value(QStringLiteral("heartbeatInterval")).toInt(kDefaultHeartbeatMs);
        m_heartbeatTimer->start(std::max(100, hb));
        setState(State::Connected);
        // Resync every joined room, then send the outbox.
        const auto rooms = m_rooms.keys();
        for (const QString &room : rooms) {
            QJsonObject j{{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("roomId"), room}};
            if (m_rooms.value(room) >= 0)
                j.insert(QStringLiteral("afterSequence"), m_rooms.value(room));
            sendFrame(j);
        }
        emit helloReceived(f);
        pump();
    } else if (type == QLatin1String("backlog")) {
        const QJsonArray msgs = f.value(QStringLiteral("messages")).toArray();
        auto it = m_rooms.find(roomId);
        if (it != m_rooms.end() && *it < 0 && !msgs.isEmpty())
            *it = sequenceOf(msgs.first().toObject()) - 1; // first open: the page starts the sequence
        for (const QJsonValue &m : msgs)
            deliver(roomId, m.toObject());
        if (f.value(QStringLiteral("done")).toBool())
            m_resyncing.remove(roomId);
    } else if (type == QLatin1String("message")) {
        if (!m_resyncing.contains(roomId))
            deliver(roomId, f.value(QStringLiteral("message")).toObject());
    } else if (type == QLatin1String("ack")) {
        const QString cid = f.value(QStringLiteral("clientMessageId")).toString();
        const QJsonObject msg = f.value(QStringLiteral("message")).toObject();
        m_inFlight.remove(cid);
        if (m_outbox)
            m_outbox->remove(cid); // changed() pumps the next one
        if (!m_resyncing.contains(roomId))
            deliver(roomId, msg);
        emit messageAcknowledged(cid, msg);
    } else if (type == QLatin1String("messageEdited") || type == QLatin1String("messageDeleted")) {
        emit messageChanged(roomId, f.value(QStringLiteral("message")).toObject());
    } else if (type == QLatin1String("notification")) {
        emit notificationReceived(f.value(QStringLiteral("notification")).toObject());
    } else if (type == QLatin1String("left") && f.value(QStringLiteral("reason")).toString() == QLatin1String("blocked")) {
        m_rooms.remove(roomId);
    } else if (type == QLatin1String("error")) {
        const QString cid = f.value(QStringLiteral("clientMessageId")).toString();
        const int status = f.value(QStringLiteral("status")).toInt();
        const ApiError error(ApiError::Kind::Http, status, f.value(QStringLiteral("code")).toString(),
                             f.value(QStringLiteral("message")).toString());
        if (!cid.isEmpty() && m_outbox && m_outbox->contains(cid)) {
            m_inFlight.remove(cid);
            if (isFinalRefusal(status)) {
                m_outbox->markFailed(cid, error.code, error.detail);
                emit messageRefused(cid, error);
            }
        } else {
            if (f.value(QStringLiteral("frame")).toString() == QLatin1String("join"))
                m_resyncing.remove(roomId);
            emit errorReceived(f);
        }
    }
    emit frameReceived(f);
}

} // namespace tutorhub::api
