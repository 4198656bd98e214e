// The realtime hub's frame handlers (docs/realtime-protocol.md): join/leave/history, send (through
// messaging::postChatMessage), edit/delete, typing, read markers, room moderation and ping.
#include "messaging/hub.h"

#include "admin/svcutil.h"
#include "auth/userschema.h"
#include "core/util.h"
#include "db/dialect.h"
#include "db/walsync.h"
#include "notification/notify.h"
#include "messaging/messaging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QWebSocket>

namespace tutorhub::server {

namespace {

template<class Out>
Out withRef(Out frame, const QJsonValue &ref)
{
    frame.ref = ref;
    return frame;
}

// message, messageEdited and messageDeleted: a room and a chatMessage.
template<class Out>
QJsonObject messageFrame(const QString &roomId, const QJsonObject &message, const QJsonValue &ref = {})
{
    Out frame;
    frame.roomId = roomId;
    frame.message = message;
    frame.ref = ref;
    return frame.toJson();
}

// Sets a flag for the lifetime of a hub write so the chat observer leaves the broadcast to the hub.
struct WriteGuard
{
    explicit WriteGuard(bool &f) : flag(f) { flag = true; }
    ~WriteGuard() { flag = false; }
    bool &flag;
};

const QString kModerateForbidden = QStringLiteral("Only administrators block or silence users in a room.");

// SEC5, K47: who may send a frame is checked before its fields are, so a non-admin's moderate frame is 403 whatever
// it holds (it learns nothing about the frame's shape, and the answer does not depend on the room).
template<class F>
void requireSender(const AuthContext &auth)
{
    if constexpr (std::is_same_v<F, hub::Moderate>)
        if (!auth.isAdmin())
            throw HttpError::forbidden(kModerateForbidden);
}

} // namespace

template<class F>
std::pair<QString, Hub::Handler> Hub::entry(void (Hub::*handler)(Conn &, const F &))
{
    static_assert(F::direction == hub::Direction::ToServer);
    return {QString::fromLatin1(F::type), [handler](Hub &hub, Conn &c, const QJsonObject &raw) {
                requireSender<F>(c.auth);
                (hub.*handler)(c, F::fromJson(raw));
            }};
}

template<class F>
std::pair<QString, Hub::Handler> Hub::entry(void (Hub::*handler)(Conn &, const F &, const QJsonObject &))
{
    static_assert(F::direction == hub::Direction::ToServer);
    return {QString::fromLatin1(F::type), [handler](Hub &hub, Conn &c, const QJsonObject &raw) {
                requireSender<F>(c.auth);
                (hub.*handler)(c, F::fromJson(raw), raw);
            }};
}

// Every client frame of contract/hub.def has its handler (tst_hub_protocol checks the list against the file).
const QHash<QString, Hub::Handler> &Hub::handlers()
{
    static const QHash<QString, Handler> h {
        entry(&Hub::onJoin),     entry(&Hub::onLeave),  entry(&Hub::onHistory), entry(&Hub::onSend),
        entry(&Hub::onEdit),     entry(&Hub::onDelete), entry(&Hub::onTyping),  entry(&Hub::onRead),
        entry(&Hub::onModerate), entry(&Hub::onPing),
    };
    return h;
}

QJsonObject Hub::messageJson(const QVariantMap &row) const
{
    QJsonObject o = chatMessageSchema().toJson(row);
    if (!row.value(QStringLiteral("senderAvatar")).isNull())
        o.insert(QStringLiteral("senderAvatar"), avatarUrl(row.value(QStringLiteral("senderAvatar")), m_baseUrl));
    if (!row.value(QStringLiteral("isActive")).toBool())
        o.insert(QStringLiteral("content"), QJsonObject()); // a deleted message keeps its place, not its content
    return o;
}

QJsonArray Hub::messagesWhere(const QString &whereOrder, const QVariantList &binds) const
{
    QSqlQuery q = m_ctx.repo->exec(QStringLiteral("SELECT * FROM chatMessages WHERE ") + whereOrder, binds);
    QJsonArray out;
    while (q.next())
        out.append(messageJson(Repository::rowOf(q)));
    return out;
}

QVariantMap Hub::requireRoom(const Conn &c, const QString &roomId, bool mustBeJoined) const
{
    const auto room = m_ctx.repo->get(conversationSchema(), roomId);
    if (!room || !room->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(conversationSchema().name);
    if (!c.auth.isAdmin() && !messaging::isParticipant(*room, c.auth.userId))
        throw HttpError(403, QStringLiteral("errMsg_NotConversationParticipant"),
                        QStringLiteral("Only the participants of this conversation and administrators can join it."));
    if (mustBeJoined && !c.rooms.contains(roomId))
        throw HttpError(409, QStringLiteral("errMsg_NotJoined"), QStringLiteral("Join the room first."));
    return *room;
}

std::optional<QString> Hub::activeModeration(const QString &roomId, const QString &userId, const QString &action) const
{
    QSqlQuery q = m_ctx.repo->exec(
        QStringLiteral("SELECT expiresAt FROM chatModerations WHERE roomId = ? AND userId = ? AND action = ? "
                       "AND isActive = 1 AND (expiresAt IS NULL OR expiresAt > ?) "
                       "ORDER BY expiresAt IS NULL DESC, expiresAt DESC LIMIT 1"),
        {roomId, userId, action, isoNow()});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

qint64 Hub::lastSequence(const QString &roomId) const
{
    QSqlQuery q = m_ctx.repo->exec(
        QStringLiteral("SELECT COALESCE(MAX(sequence), 0) FROM chatMessages WHERE roomId = ?"), {roomId});
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 Hub::readSequence(const QString &roomId, const QString &userId) const
{
    QSqlQuery q = m_ctx.repo->exec(
        QStringLiteral("SELECT sequence FROM chatReadMarkers WHERE roomId = ? AND userId = ?"), {roomId, userId});
    return q.next() ? q.value(0).toLongLong() : 0;
}

// hello.rooms: every conversation of the user with its last sequence and both read markers.
QJsonArray Hub::roomSummaries(const Conn &c) const
{
    QSqlQuery q = m_ctx.repo->exec(
        QStringLiteral(
            "SELECT c.id, c.participantA, c.participantB, "
            "(SELECT COALESCE(MAX(sequence), 0) FROM chatMessages m WHERE m.roomId = c.id), "
            "(SELECT sequence FROM chatReadMarkers r WHERE r.roomId = c.id AND r.userId = ?), "
            "(SELECT sequence FROM chatReadMarkers r WHERE r.roomId = c.id AND r.userId = "
            "   CASE WHEN c.participantA = ? THEN c.participantB ELSE c.participantA END), "
            "(SELECT COUNT(*) FROM chatMessages m WHERE m.roomId = c.id AND m.isActive = 1 AND m.senderId <> ? AND "
            "m.sequence > "
            "   COALESCE((SELECT sequence FROM chatReadMarkers r WHERE r.roomId = c.id AND r.userId = ?), 0)) "
            "FROM conversations c WHERE c.isActive = 1 AND (c.participantA = ? OR c.participantB = ?)"),
        {c.auth.userId, c.auth.userId, c.auth.userId, c.auth.userId, c.auth.userId, c.auth.userId});
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject {{QStringLiteral("roomId"), q.value(0).toString()},
                                {QStringLiteral("lastSequence"), q.value(3).toLongLong()},
                                {QStringLiteral("readSequence"), q.value(4).toLongLong()},
                                {QStringLiteral("peerReadSequence"), q.value(5).toLongLong()},
                                {QStringLiteral("unread"), q.value(6).toLongLong()}});
    return out;
}

void Hub::onJoin(Conn &c, const hub::Join &f)
{
    const QVariantMap room = requireRoom(c, f.roomId, false);
    const QString roomId = str(room, "id");
    if (const auto blocked = activeModeration(roomId, c.auth.userId, QStringLiteral("blocked")))
        throw HttpError(403, QStringLiteral("errMsg_BlockedInConversation"),
                        QStringLiteral("You are blocked in this conversation."));
    const bool resync = f.afterSequence.has_value();
    const qint64 after = f.afterSequence.value_or(0);
    const qint64 limit = f.limit.value_or(50);
    c.rooms.insert(roomId);
    m_rooms[roomId].insert(&c);

    const QString peer
        = str(room, "participantA") == c.auth.userId ? str(room, "participantB") : str(room, "participantA");
    const auto silenced = activeModeration(roomId, c.auth.userId, QStringLiteral("silenced"));
    const bool canSend = !messaging::sendRefusal(room, c.auth.user) && !silenced;
    hub::Joined joined;
    joined.roomId = roomId;
    joined.conversation = conversationSchema().toJson(room);
    joined.lastSequence = lastSequence(roomId);
    joined.readSequence = readSequence(roomId, c.auth.userId);
    joined.peerReadSequence = readSequence(roomId, peer);
    joined.canSend = canSend;
    joined.silencedUntil = silenced; // "" = until lifted (null on the wire)
    sendFrame(c, withRef(joined, f.ref).toJson());

    if (resync) {
        // Everything after the last sequence the client has, in order, in chunks.
        qint64 from = after;
        for (;;) {
            const QJsonArray msgs
                = messagesWhere(QStringLiteral("roomId = ? AND sequence > ? ORDER BY sequence LIMIT ?"),
                                {roomId, from, m_options.backlogChunk});
            const bool done = msgs.size() < m_options.backlogChunk;
            hub::Backlog backlog;
            backlog.roomId = roomId;
            backlog.afterSequence = from;
            backlog.messages = msgs;
            backlog.done = done;
            backlog.hasOlder = after > 0;
            sendFrame(c, withRef(backlog, f.ref).toJson());
            if (done)
                break;
            from = msgs.last().toObject().value(QStringLiteral("sequence")).toInteger();
        }
        return;
    }
    // No sequence yet: the newest page.
    QJsonArray newest = messagesWhere(QStringLiteral("roomId = ? ORDER BY sequence DESC LIMIT ?"), {roomId, limit});
    QJsonArray msgs;
    for (qsizetype i = newest.size() - 1; i >= 0; --i)
        msgs.append(newest.at(i));
    const qint64 first = msgs.isEmpty() ? 0 : msgs.first().toObject().value(QStringLiteral("sequence")).toInteger();
    hub::Backlog backlog;
    backlog.roomId = roomId;
    backlog.afterSequence = first > 0 ? first - 1 : 0;
    backlog.messages = msgs;
    backlog.done = true;
    backlog.hasOlder = first > 1;
    sendFrame(c, withRef(backlog, f.ref).toJson());
}

void Hub::onLeave(Conn &c, const hub::Leave &f)
{
    const QString roomId = f.roomId;
    c.rooms.remove(roomId);
    auto it = m_rooms.find(roomId);
    if (it != m_rooms.end()) {
        it->remove(&c);
        if (it->isEmpty())
            m_rooms.erase(it);
    }
    hub::Left left;
    left.roomId = roomId;
    sendFrame(c, withRef(left, f.ref).toJson());
}

void Hub::onHistory(Conn &c, const hub::History &f)
{
    const QVariantMap room = requireRoom(c, f.roomId, false);
    const QString roomId = str(room, "id");
    if (activeModeration(roomId, c.auth.userId, QStringLiteral("blocked")))
        throw HttpError(403, QStringLiteral("errMsg_BlockedInConversation"),
                        QStringLiteral("You are blocked in this conversation."));
    const qint64 before = f.beforeSequence.value_or(std::numeric_limits<qint32>::max());
    const qint64 limit = f.limit.value_or(50);
    const QJsonArray newest = messagesWhere(
        QStringLiteral("roomId = ? AND sequence < ? ORDER BY sequence DESC LIMIT ?"), {roomId, before, limit});
    QJsonArray msgs;
    for (qsizetype i = newest.size() - 1; i >= 0; --i)
        msgs.append(newest.at(i));
    const qint64 first = msgs.isEmpty() ? 0 : msgs.first().toObject().value(QStringLiteral("sequence")).toInteger();
    hub::HistoryPage page;
    page.roomId = roomId;
    page.beforeSequence = before;
    page.messages = msgs;
    page.hasOlder = first > 1;
    sendFrame(c, withRef(page, f.ref).toJson());
}

void Hub::onSend(Conn &c, const hub::Send &f, const QJsonObject &raw)
{
    const QVariantMap room = requireRoom(c, f.roomId, false);
    m_sends.append({c.ws, raw, room, f.clientMessageId, f.messageType.value_or(QString()), f.content,
                    f.replyTo.value_or(QJsonObject())});
    if (!m_sendFlushQueued) {
        m_sendFlushQueued = true;
        QMetaObject::invokeMethod(this, &Hub::flushSends, Qt::QueuedConnection);
    }
}

namespace {

QJsonObject ackFrame(const QString &clientMessageId, const QString &roomId, bool duplicate, const QJsonObject &msg,
                     const QJsonValue &ref)
{
    hub::Ack ack;
    ack.clientMessageId = clientMessageId;
    ack.roomId = roomId;
    ack.duplicate = duplicate;
    ack.message = msg;
    ack.ref = ref;
    return ack.toJson();
}

// The server's connection runs with synchronous=NORMAL (F9); a batch of chat messages is committed
// with FULL, so the WAL is on disk before any of them is acknowledged (F11). The level can only
// change outside a transaction. PostgreSQL's commit is durable already (synchronous_commit=on, DB6).
class DurableCommit
{
public:
    explicit DurableCommit(Repository &repo) : m_repo(repo)
    {
        if (sql::isPostgres(m_repo.db()))
            return;
        QSqlQuery q = m_repo.exec(QStringLiteral("PRAGMA synchronous"));
        m_previous = q.next() ? q.value(0).toInt() : 1;
        q.finish();
        if (m_previous < 2)
            m_repo.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    ~DurableCommit()
    {
        if (m_previous < 2)
            m_repo.db().exec(QStringLiteral("PRAGMA synchronous=%1").arg(m_previous));
    }
    DurableCommit(const DurableCommit &) = delete;
    DurableCommit &operator=(const DurableCommit &) = delete;

private:
    Repository &m_repo;
    int m_previous = 2;
};

} // namespace

void Hub::flushSends()
{
    m_sendFlushQueued = false;
    // F60: while a WAL sync is in flight the sends gather here (their acks would wait for the next sync
    // anyway); onSynced() stores them all in one transaction when it ends.
    if (m_syncer && m_syncer->busy())
        return;
    QList<QueuedSend> batch = std::exchange(m_sends, {});
    QList<messaging::BatchedSend> results;
    results.reserve(batch.size());
    for (const QueuedSend &s : batch) {
        const Conn *c = m_conns.value(s.ws);
        messaging::BatchedSend b;
        b.skip = !c || c->closing; // never acknowledged: the client sends it again on its next connection
        if (c)
            b.sender = c->auth.user;
        b.conversation = s.room;
        b.messageType = s.messageType;
        b.content = s.content;
        b.clientMessageId = s.clientMessageId;
        b.replyTo = s.replyTo;
        results.append(std::move(b));
    }
    Repository &repo = *m_ctx.repo;
    bool committed = false;
    try {
        WriteGuard guard(m_inHubWrite);
        // F60: with a WAL file the commit does not wait for the disk; the acks wait for the WAL sync
        // that follows it (awaitSync). Without one, the commit itself is durable.
        std::optional<DurableCommit> durable;
        if (!m_syncer)
            durable.emplace(repo);
        // F22: checked and stored as a batch (a refused message writes nothing, so no savepoints).
        inTransaction(repo, [&] { messaging::postChatMessages(repo, results); });
        committed = true;
    } catch (const std::exception &e) {
        qWarning("tutorhub-server hub: storing %lld messages failed: %s", static_cast<long long>(batch.size()),
                 e.what());
    }
    flushPending(); // earlier REST posts of these rooms go out first: broadcasts follow the sequence
    if (committed && m_syncer)
        awaitSync(std::move(batch), std::move(results));
    else
        releaseSends(batch, results, committed);
}

void Hub::releaseSends(const QList<QueuedSend> &batch, const QList<messaging::BatchedSend> &results, bool durable)
{
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const QueuedSend &s = batch.at(i);
        Conn *c = m_conns.value(s.ws);
        if (!durable) {
            if (c)
                sendError(*c,
                          HttpError(500, QStringLiteral("errMsg_ServerError"),
                                    QStringLiteral("The server could not store this message; send it again.")),
                          s.frame);
            continue;
        }
        if (results[i].error) {
            if (c)
                sendError(*c, *results[i].error, s.frame);
            continue;
        }
        if (!results[i].stored)
            continue;
        const messaging::Posted &posted = results[i].posted;
        const QString roomId = str(s.room, "id");
        const QJsonObject msg = messageJson(posted.message);
        if (c)
            sendFrame(*c, ackFrame(s.clientMessageId, roomId, posted.duplicate, msg, hub::refOf(s.frame)));
        if (!posted.duplicate)
            toRoom(roomId, messageFrame<hub::Message>(roomId, msg), c);
    }
}

namespace {

// The message a frame's messageId names, and its conversation; sender or admin only.
std::pair<QVariantMap, QVariantMap> ownMessage(const Repository &repo, const AuthContext &me, const QString &id)
{
    const auto msg = repo.get(chatMessageSchema(), id);
    if (!msg || !msg->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(chatMessageSchema().name);
    const auto room = repo.get(conversationSchema(), str(*msg, "roomId"));
    if (!room)
        throw HttpError::notFound(conversationSchema().name);
    if (!me.isAdmin() && str(*msg, "senderId") != me.userId)
        throw HttpError::forbidden(QStringLiteral("Only the sender or an administrator can change a message."));
    if (!me.isAdmin() && str(*room, "status") == QLatin1String("closed"))
        throw HttpError(409, QStringLiteral("errMsg_ConversationClosed"),
                        QStringLiteral("This conversation is closed."));
    return {*msg, *room};
}

} // namespace

void Hub::onEdit(Conn &c, const hub::Edit &f)
{
    const auto [msg, room] = ownMessage(*m_ctx.repo, c.auth, f.messageId);
    const QJsonObject normalized = messaging::resolveAttachment( // U56: an edited file message keeps its file
        *m_ctx.repo, str(msg, "roomId"), str(msg, "senderId"), str(msg, "messageType"),
        messaging::normalizeContent(str(msg, "messageType"), f.content), str(msg, "id"));
    const QVariantMap row
        = m_ctx.repo->update(chatMessageSchema(), str(msg, "id"),
                             {{QStringLiteral("content"), QJsonDocument(normalized).toJson(QJsonDocument::Compact)}});
    announceToPeers(*m_ctx.repo, QStringLiteral("messageEdited"), str(row, "id")); // DB12
    flushPending();
    const QString roomId = str(room, "id");
    const QJsonObject msgJson = messageJson(row);
    toRoom(roomId, messageFrame<hub::MessageEdited>(roomId, msgJson), &c);
    sendFrame(c, messageFrame<hub::MessageEdited>(roomId, msgJson, f.ref));
}

void Hub::onDelete(Conn &c, const hub::Delete &f)
{
    const auto [msg, room] = ownMessage(*m_ctx.repo, c.auth, f.messageId);
    const QVariantMap row = messaging::deleteChatMessage(*m_ctx.repo, msg);
    announceToPeers(*m_ctx.repo, QStringLiteral("messageDeleted"), str(row, "id")); // DB12
    flushPending();
    const QString roomId = str(room, "id");
    const QJsonObject msgJson = messageJson(row);
    toRoom(roomId, messageFrame<hub::MessageDeleted>(roomId, msgJson), &c);
    sendFrame(c, messageFrame<hub::MessageDeleted>(roomId, msgJson, f.ref));
}

void Hub::onTyping(Conn &c, const hub::Typing &f)
{
    const QVariantMap room = requireRoom(c, f.roomId, true);
    hub::TypingNotice notice;
    notice.roomId = str(room, "id");
    notice.userId = c.auth.userId;
    notice.userName = str(c.auth.user, "fullname");
    notice.isTyping = f.isTyping;
    toRoom(notice.roomId, notice.toJson(), &c);
}

void Hub::onRead(Conn &c, const hub::Read &f)
{
    const QVariantMap room = requireRoom(c, f.roomId, false);
    const QString roomId = str(room, "id");
    const qint64 seq = std::min(f.sequence, lastSequence(roomId)); // never ahead of the room
    const QString now = isoNow();
    m_ctx.repo->exec(
        QStringLiteral("INSERT INTO chatReadMarkers (roomId, userId, sequence, readAt) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (roomId, userId) DO UPDATE SET "
                       "sequence = CASE WHEN excluded.sequence > chatReadMarkers.sequence THEN excluded.sequence "
                       "ELSE chatReadMarkers.sequence END, "
                       "readAt = CASE WHEN excluded.sequence > chatReadMarkers.sequence THEN excluded.readAt "
                       "ELSE chatReadMarkers.readAt END"),
        {roomId, c.auth.userId, seq, now});
    hub::ReadMarker marker;
    marker.roomId = roomId;
    marker.userId = c.auth.userId;
    marker.sequence = readSequence(roomId, c.auth.userId);
    const QJsonObject frame = marker.toJson();
    // The room and the reader's other connections (their unread badges).
    QSet<Conn *> targets = m_rooms.value(roomId);
    targets.unite(m_byUser.value(c.auth.userId));
    targets.insert(&c);
    for (Conn *t : std::as_const(targets))
        sendFrame(*t, t == &c ? withRef(marker, f.ref).toJson() : frame);
}

void Hub::onModerate(Conn &c, const hub::Moderate &f)
{
    if (!c.auth.isAdmin())
        throw HttpError::forbidden(kModerateForbidden);
    const QVariantMap room = requireRoom(c, f.roomId, false);
    const QString roomId = str(room, "id");
    const QString userId = f.userId;
    if (!messaging::isParticipant(room, userId) || userId == c.auth.userId)
        throw HttpError::invalid(QStringLiteral("userId"),
                                 QStringLiteral("'userId' must be the other participant of the room."));
    const QVariantMap target = svc::requireUser(*m_ctx.repo, userId);
    if (roles::isAdmin(str(target, "roleId")))
        throw HttpError::forbidden(QStringLiteral("Administrators are not blocked or silenced."));
    const QString action = f.action;
    if (action != QLatin1String("blocked") && action != QLatin1String("silenced"))
        throw HttpError::invalid(QStringLiteral("action"), QStringLiteral("'action' must be blocked or silenced."));
    const bool lift = f.lift.value_or(false);
    const qint64 duration = f.duration.value_or(0);
    const QString reason = f.reason.value_or(QString());
    QString expiresAt;
    if (lift) {
        m_ctx.repo->exec(
            QStringLiteral("UPDATE chatModerations SET isActive = 0, updatedAt = ?, recordVersion = recordVersion + 1 "
                           "WHERE roomId = ? AND userId = ? AND action = ? AND isActive = 1"),
            {isoNow(), roomId, userId, action});
    } else {
        if (duration > 0)
            expiresAt = isoTime(QDateTime::currentDateTimeUtc().addSecs(duration));
        m_ctx.repo->insert(chatModerationSchema(),
                           {{QStringLiteral("roomId"), roomId},
                            {QStringLiteral("userId"), userId},
                            {QStringLiteral("action"), action},
                            {QStringLiteral("reason"), reason.isEmpty() ? QVariant() : QVariant(reason)},
                            {QStringLiteral("duration"), duration},
                            {QStringLiteral("expiresAt"), expiresAt.isEmpty() ? QVariant() : QVariant(expiresAt)},
                            {QStringLiteral("issuedBy"), c.auth.userId}},
                           c.auth.userId);
    }
    hub::Moderation moderation;
    moderation.roomId = roomId;
    moderation.userId = userId;
    moderation.action = action;
    moderation.lifted = lift;
    moderation.expiresAt = expiresAt; // "" = until lifted (null on the wire)
    const QJsonObject frame = moderation.toJson();
    QSet<Conn *> targets = m_rooms.value(roomId);
    targets.unite(m_byUser.value(userId));
    targets.insert(&c);
    for (Conn *t : std::as_const(targets))
        sendFrame(*t, t == &c ? withRef(moderation, f.ref).toJson() : frame);
    if (!lift && action == QLatin1String("blocked")) {
        // A blocked user leaves the room at once.
        const QSet<Conn *> theirs = m_byUser.value(userId);
        for (Conn *t : theirs) {
            if (!t->rooms.remove(roomId))
                continue;
            m_rooms[roomId].remove(t);
            hub::Left left;
            left.roomId = roomId;
            left.reason = QStringLiteral("blocked");
            sendFrame(*t, left.toJson());
        }
    }
}

void Hub::onPing(Conn &c, const hub::Ping &f)
{
    hub::Pong pong;
    pong.serverTime = isoNow();
    pong.t = f.t;
    sendFrame(c, withRef(pong, f.ref).toJson());
}

} // namespace tutorhub::server
