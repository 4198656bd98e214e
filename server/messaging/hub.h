// The realtime hub (ARCHITECTURE decision 10, issue 7): JSON text frames over a WebSocket at
// /messaging-api/hub on the HTTP port. Rooms are conversations. Messages are stored with
// messaging::postChatMessage() (the same rules and sequence as the REST twin) before they are
// acknowledged; REST posts, edits and deletes and notifyUser() notifications are pushed live through
// the observers of messaging.h and notify.h. The protocol is docs/realtime-protocol.md.
#pragma once

#include "core/apierror.h"
#include "core/context.h"
#include "http/request.h"
#include "messaging/messaging.h"
#include "messaging/hubprotocol.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

class QAbstractHttpServer;
class QTimer;
class QWebSocket;

namespace tutorhub::server {

class WalSyncer;

struct HubOptions
{
    qint64 maxFrameBytes = 64 * 1024; // larger text frames: error errMsg_FrameTooLarge, close 1009
    double framesPerSecond = 50; // sustained frame rate per connection (token bucket) ...
    double frameBurst = 100; // ... with this burst; beyond: error errMsg_RateLimited, close 1008
    int heartbeatSeconds = 20; // announced in hello; clients ping at least this often
    int idleTimeoutSeconds = 60; // no frame for this long: close 4408
    int backlogChunk = 500; // messages per backlog frame
};

class Hub : public QObject
{
    Q_OBJECT
public:
    Hub(Context ctx, HubOptions options = {}, QObject *parent = nullptr);
    ~Hub() override;

    static QString path(); // "/messaging-api/hub"

    // Takes the WebSocket connections `http` upgrades (call once, after listen).
    void attach(QAbstractHttpServer *http);
    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    // The check of an upgrade request to path(): nullopt accepts it, otherwise the error response
    // (401 errMsg_LoginRequired for a missing, forged or expired token; 403 for a blocked account).
    std::optional<Response> verifyUpgrade(const Request &req) const;
    // Closes every connection with 1001 (server going away).
    void closeAll();
    int connectionCount() const { return int(m_conns.size()); }
    // The WAL syncer of the group commit (F60); nullptr when the database has no WAL file.
    WalSyncer *walSyncer() const { return m_syncer; }

    struct Conn
    {
        QWebSocket *ws = nullptr;
        AuthContext auth;
        QSet<QString> rooms;
        double tokens = 0; // flood limit: token bucket
        QElapsedTimer clock; // since the connection opened
        qint64 lastRefillMs = 0;
        qint64 lastFrameMs = 0;
        qint64 lastFullCheckMs = 0; // last signature + account check of the token
        bool closing = false;
    };

private:
    // A client frame's handler: parses the typed frame of contract/hub.def (K41), then acts.
    using Handler = std::function<void(Hub &, Conn &, const QJsonObject &)>;
    static const QHash<QString, Handler> &handlers();
    template<class F>
    static std::pair<QString, Handler> entry(void (Hub::*handler)(Conn &, const F &));
    template<class F>
    static std::pair<QString, Handler> entry(void (Hub::*handler)(Conn &, const F &, const QJsonObject &));

    void onNewConnection(QAbstractHttpServer *http);
    void onText(Conn &c, const QString &text);
    void drop(Conn *c);
    void closeConn(Conn &c, int code, const QString &reason);
    void sendFrame(Conn &c, const QJsonObject &frame);
    void sendError(Conn &c, const HttpError &e, const QJsonObject &frame);
    void toRoom(const QString &roomId, const QJsonObject &frame, const Conn *except = nullptr);
    void toUser(const QString &userId, const QJsonObject &frame);
    void tick();

    // Frame handlers (hubframes.cpp).
    void onJoin(Conn &c, const hub::Join &f);
    void onLeave(Conn &c, const hub::Leave &f);
    void onHistory(Conn &c, const hub::History &f);
    void onSend(Conn &c, const hub::Send &f, const QJsonObject &raw);
    void onEdit(Conn &c, const hub::Edit &f);
    void onDelete(Conn &c, const hub::Delete &f);
    void onTyping(Conn &c, const hub::Typing &f);
    void onRead(Conn &c, const hub::Read &f);
    void onModerate(Conn &c, const hub::Moderate &f);
    void onPing(Conn &c, const hub::Ping &f);

    // Helpers (hubframes.cpp).
    QJsonObject messageJson(const QVariantMap &row) const;
    QVariantMap requireRoom(const Conn &c, const QString &roomId, bool mustBeJoined) const;
    QJsonArray roomSummaries(const Conn &c) const;
    // The active block/silence of `userId` in the room: nullopt when none, else its expiresAt ("" = until lifted).
    std::optional<QString> activeModeration(const QString &roomId, const QString &userId, const QString &action) const;
    qint64 lastSequence(const QString &roomId) const;
    qint64 readSequence(const QString &roomId, const QString &userId) const;
    QJsonArray messagesWhere(const QString &whereOrder, const QVariantList &binds) const;

    // Observers: REST/system posts, edits and deletes; notifications. Deferred to the event loop
    // (the writer's transaction may roll back) and re-read before they are sent.
    void onChatEvent(const QString &event, const QVariantMap &row);
    // Sessions::accountChanged (SEC5): the user's sessions ended, or their role or status changed.
    // Closes the connections whose session is gone or whose account is blocked; the others act
    // with the new role from their next frame on.
    void recheckUser(const QString &userId);
    void onNotification(const QString &userId, const QVariantMap &row);
    void onPeerEvent(const QString &payload); // another instance's write (DB12)
    void flushPending();

    Context m_ctx;
    HubOptions m_options;
    QString m_baseUrl;
    QHash<QWebSocket *, Conn *> m_conns;
    QHash<QString, QSet<Conn *>> m_rooms; // roomId -> joined connections
    QHash<QString, QSet<Conn *>> m_byUser; // userId -> connections
    QTimer *m_timer = nullptr;
    bool m_inHubWrite = false; // a hub handler is writing: it broadcasts itself
    struct Pending
    {
        QString kind; // message, messageEdited, messageDeleted, notification
        QString id;
        QString userId;
    };
    QList<Pending> m_pending;
    bool m_flushQueued = false;

    // Group commit (F11, F60): send frames checked by onSend() wait here until the end of the event-loop
    // turn; flushSends() stores them all in one transaction, and each is acknowledged once it is durable.
    struct QueuedSend
    {
        QWebSocket *ws = nullptr; // looked up again at the flush: the connection may be gone
        QJsonObject frame;
        QVariantMap room;
        QString clientMessageId;
        QString messageType;
        QJsonObject content;
        QJsonObject replyTo;
    };
    void flushSends();
    QList<QueuedSend> m_sends;
    bool m_sendFlushQueued = false;

    // F60: the batch is committed without an fsync and acknowledged when the WAL sync that followed its
    // commit has ended (hubcommit.cpp); the hub thread goes on reading and storing frames meanwhile.
    // Without a WAL file (m_syncer null) each batch is committed with synchronous=FULL and answered at once.
    struct Awaiting
    {
        quint64 ticket = 0; // released when the sync of this ticket has ended
        QList<QueuedSend> batch; // a committed batch ...
        QList<messaging::BatchedSend> results;
        QList<Pending> pushes; // ... or observer pushes queued behind earlier batches (sequence order)
    };
    // Sends the acks and broadcasts of a stored batch, or errors when it could not be made durable.
    void releaseSends(const QList<QueuedSend> &batch, const QList<messaging::BatchedSend> &results, bool durable);
    void sendPushes(const QList<Pending> &pending);
    void awaitSync(QList<QueuedSend> batch, QList<messaging::BatchedSend> results);
    void onSynced(quint64 upTo, bool ok, const QString &error);
    WalSyncer *m_syncer = nullptr;
    QList<Awaiting> m_awaiting; // in commit order
};

} // namespace tutorhub::server
