// RealtimeConnection: the client end of the messaging hub (docs/realtime-protocol.md). One QWebSocket
// to {messaging-api base}/hub with the ApiClient's token; reconnects with backoff, pings, shows its
// state, re-joins the rooms it had joined with the last sequence it has (resync), and sends the
// persistent Outbox again with the same client ids. Incoming room messages are delivered once and in
// sequence order per joined room (duplicates dropped, a gap triggers a resync).
#pragma once

#include "apierror.h"
#include "hubprotocol.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>

class QTimer;
class QWebSocket;

namespace tutorhub::api {

class ApiClient;
class Outbox;

class RealtimeConnection : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Offline, // not started, stopped, or the session ended (4401)
        Connecting, // first attempt
        Connected, // hello received
        Reconnecting, // waiting for the next attempt (nextAttemptInMs())
        Polling, // C53: the server has no hub; rooms are read through listChatMessages, sending is off
    };
    Q_ENUM(State)

    RealtimeConnection(ApiClient *client, Outbox *outbox, QObject *parent = nullptr);
    ~RealtimeConnection() override;

    // ws(s)://<host>/messaging-api/hub of the client's environment.
    QUrl hubUrl() const;

    void start();
    void stop();

    // C53: whether the server offers our hub (a local extension: the seeds document no hub path). When it
    // does not, start() reads the joined rooms every pollIntervalMs() through the documented
    // listMyConversations and listChatMessages and answers join/history itself; messages cannot be sent
    // (the seeds have no REST route to post one): each stays in the outbox, refused with a sentence.
    void setHubAvailable(bool available);
    bool hubAvailable() const { return m_hubAvailable; }
    // The signed-in user, for the polling mode's hello (the hub's hello says it otherwise).
    void setUserId(const QString &userId) { m_pollUserId = userId; }
    void setPollIntervalMs(int ms);
    int pollIntervalMs() const;
    // Drops the socket as a network failure would (tests, "reconnect now").
    void dropConnection();

    State state() const { return m_state; }
    // Translated one-liner for the state ("Connected", "Reconnecting in 4 s", ...).
    QString stateText() const;
    int nextAttemptInMs() const;
    QJsonObject helloFrame() const { return m_hello; }
    QString userId() const;

    // Rooms: joined now and after every reconnect. `afterSequence` < 0: the newest page (first open).
    void join(const QString &roomId, qint64 afterSequence = -1);
    void leave(const QString &roomId);
    bool isJoined(const QString &roomId) const { return m_rooms.contains(roomId); }
    qint64 lastSequence(const QString &roomId) const { return m_rooms.value(roomId, -1); }

    // Puts the message into the outbox (saved before this returns) and sends it when connected.
    QString sendMessage(const QString &roomId, const QString &messageType, const QJsonObject &content,
                        const QJsonObject &replyTo = {});
    // A frame that is not kept when offline (typing, read, edit, delete, moderate, history): false
    // when it could not be sent now. The typed frames of contract/hub.def (api/hubprotocol.h, K42); sendFrame
    // takes the raw JSON (tests that speak the wire).
    template<class F>
    bool send(const F &frame)
    {
        static_assert(F::direction == hub::Direction::ToServer, "a client sends only ToServer frames");
        return sendFrame(frame.toJson());
    }
    bool sendFrame(const QJsonObject &frame);

    // Tuning (tests, bench): reconnect delays (last one repeats), ping interval, send pacing.
    void setBackoff(const QList<int> &delaysMs) { m_backoff = delaysMs; }
    void setHeartbeatMs(int ms) { m_heartbeatOverrideMs = ms; }
    void setMaxInFlight(int n) { m_maxInFlight = n; }
    void setMinSendIntervalMs(int ms) { m_minSendIntervalMs = ms; }

signals:
    void stateChanged(tutorhub::api::RealtimeConnection::State state);
    void helloReceived(const QJsonObject &hello);
    // Every frame as received (models pick typing, read, moderation, joined, history ...).
    void frameReceived(const QJsonObject &frame);
    // A room message, once and in order per joined room (backlog, broadcasts and own acks alike).
    void messageReceived(const QString &roomId, const QJsonObject &message);
    void messageChanged(const QString &roomId, const QJsonObject &message); // edited or deleted
    // The outbox message is stored on the server (it left the outbox).
    void messageAcknowledged(const QString &clientMessageId, const QJsonObject &message);
    // The server refused it for good (kept in the outbox as failed).
    void messageRefused(const QString &clientMessageId, const tutorhub::api::ApiError &error);
    void notificationReceived(const QJsonObject &notification);
    // An error frame that is not about an outbox message.
    void errorReceived(const QJsonObject &frame);
    // The session ended on the server (4401): sign in again.
    void sessionEnded();

private:
    void openSocket();
    void setState(State s);
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void scheduleReconnect();
    void pump();
    void deliver(const QString &roomId, const QJsonObject &message);
    void resync(const QString &roomId);
    void heartbeat();
    // Polling mode (realtimepolling.cpp).
    void startPolling();
    void pollRoom(const QString &roomId, std::function<void()> after = {});
    void pollJoinedRooms();
    bool emulateFrame(const QJsonObject &frame);
    void refusePending();

    ApiClient *m_client;
    QPointer<Outbox> m_outbox;
    QWebSocket *m_ws = nullptr;
    State m_state = State::Offline;
    bool m_wanted = false;
    QJsonObject m_hello;
    QHash<QString, qint64> m_rooms; // joined room -> last delivered sequence (-1 = none yet)
    QSet<QString> m_resyncing; // rooms waiting for a backlog after a gap
    QSet<QString> m_inFlight; // outbox ids sent on this connection, not acknowledged yet
    QList<int> m_backoff {500, 1000, 2000, 4000, 8000, 16000, 30000};
    int m_attempt = 0;
    QTimer *m_reconnectTimer;
    QTimer *m_heartbeatTimer;
    QTimer *m_pumpTimer;
    QElapsedTimer m_lastFrame;
    QElapsedTimer m_lastSend;
    int m_heartbeatOverrideMs = 0;
    int m_maxInFlight = 8;
    int m_minSendIntervalMs = 25;
    // Polling mode: per room, the messages seen so far under sequences of our own (C53).
    struct PolledRoom
    {
        QHash<QString, qint64> sequenceById;
        QHash<QString, QByteArray> digestById;
        QMap<qint64, QJsonObject> bySequence;
        qint64 last = 0;
        bool busy = false;
        QList<std::function<void()>> waiting;
    };
    bool m_hubAvailable = true;
    QString m_pollUserId;
    QTimer *m_pollTimer;
    QHash<QString, PolledRoom> m_polled;
    quint64 m_pollGeneration = 0;
};

} // namespace tutorhub::api
