// The realtime hub (ARCHITECTURE decision 10, issue 7): JSON text frames over a WebSocket at
// /messaging-api/hub on the HTTP port. Rooms are conversations. Messages are stored with
// messaging::postChatMessage() (the same rules and sequence as the REST twin) before they are
// acknowledged; REST posts, edits and deletes and notifyUser() notifications are pushed live through
// the observers of messaging.h and notify.h. The protocol is docs/realtime-protocol.md.
#pragma once

#include "core/apierror.h"
#include "core/context.h"
#include "http/request.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <optional>

class QAbstractHttpServer;
class QTimer;
class QWebSocket;

namespace tutorhub::server {

struct HubOptions
{
    qint64 maxFrameBytes = 64 * 1024; // larger text frames: error errMsg_FrameTooLarge, close 1009
    double framesPerSecond = 50;      // sustained frame rate per connection (token bucket) ...
    double frameBurst = 100;          // ... with this burst; beyond: error errMsg_RateLimited, close 1008
    int heartbeatSeconds = 20;        // announced in hello; clients ping at least this often
    int idleTimeoutSeconds = 60;      // no frame for this long: close 4408
    int backlogChunk = 500;           // messages per backlog frame
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

    struct Conn
    {
        QWebSocket *ws = nullptr;
        AuthContext auth;
        QSet<QString> rooms;
        double tokens = 0;   // flood limit: token bucket
        QElapsedTimer clock; // since the connection opened
        qint64 lastRefillMs = 0;
        qint64 lastFrameMs = 0;
        qint64 lastFullCheckMs = 0; // last signature + account check of the token
        bool closing = false;
    };

private:
    using Handler = void (Hub::*)(Conn &, const QJsonObject &);
    static const QHash<QString, Handler> &handlers();

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
    void onJoin(Conn &c, const QJsonObject &f);
    void onLeave(Conn &c, const QJsonObject &f);
    void onHistory(Conn &c, const QJsonObject &f);
    void onSend(Conn &c, const QJsonObject &f);
    void onEdit(Conn &c, const QJsonObject &f);
    void onDelete(Conn &c, const QJsonObject &f);
    void onTyping(Conn &c, const QJsonObject &f);
    void onRead(Conn &c, const QJsonObject &f);
    void onModerate(Conn &c, const QJsonObject &f);
    void onPing(Conn &c, const QJsonObject &f);

    // Helpers (hubframes.cpp).
    QJsonObject messageJson(const QVariantMap &row) const;
    QVariantMap requireRoom(const Conn &c, const QJsonObject &f, bool mustBeJoined) const;
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
    void flushPending();

    Context m_ctx;
    HubOptions m_options;
    QString m_baseUrl;
    QHash<QWebSocket *, Conn *> m_conns;
    QHash<QString, QSet<Conn *>> m_rooms;  // roomId -> joined connections
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

    // Group commit (F11): send frames checked by onSend() wait here until the end of the event-loop
    // turn; flushSends() stores them all in one durable transaction, then acknowledges each.
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
};

} // namespace tutorhub::server
