// The realtime hub's frame handlers (docs/realtime-protocol.md): join/leave/history, send (through
// messaging::postChatMessage), edit/delete, typing, read markers, room moderation and ping.
#include "messaging/hub.h"

#include "admin/svcutil.h"
#include "auth/userschema.h"
#include "core/util.h"
#include "messaging/messaging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QWebSocket>

namespace tutorhub::server {

namespace {

QString frameString(const QJsonObject &f, const QString &key, bool required, int max = 64)
{
    const QJsonValue v = f.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            throw HttpError::missing(key);
        return {};
    }
    if (!v.isString())
        throw HttpError::invalid(key, QStringLiteral("'%1' must be a string.").arg(key));
    if (required && v.toString().isEmpty())
        throw HttpError::missing(key);
    if (v.toString().size() > max)
        throw HttpError::tooLong(key, max);
    return v.toString();
}

qint64 frameInt(const QJsonObject &f, const QString &key, qint64 fallback, qint64 min, qint64 max)
{
    const QJsonValue v = f.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max))
        throw HttpError::invalid(key, QStringLiteral("'%1' must be an integer from %2 to %3.").arg(key).arg(min).arg(max));
    return qint64(d);
}

QJsonObject withRef(QJsonObject o, const QJsonObject &f)
{
    const QJsonValue ref = f.value(QStringLiteral("ref"));
    if (ref.isString() || ref.isDouble())
        o.insert(QStringLiteral("ref"), ref);
    return o;
}

// Sets a flag for the lifetime of a hub write so the chat observer leaves the broadcast to the hub.
struct WriteGuard
{
    explicit WriteGuard(bool &f) : flag(f) { flag = true; }
    ~WriteGuard() { flag = false; }
    bool &flag;
};

} // namespace

const QHash<QString, Hub::Handler> &Hub::handlers()
{
    static const QHash<QString, Handler> h{
        {QStringLiteral("join"), &Hub::onJoin},       {QStringLiteral("leave"), &Hub::onLeave},
        {QStringLiteral("history"), &Hub::onHistory}, {QStringLiteral("send"), &Hub::onSend},
        {QStringLiteral("edit"), &Hub::onEdit},       {QStringLiteral("delete"), &Hub::onDelete},
        {QStringLiteral("typing"), &Hub::onTyping},   {QStringLiteral("read"), &Hub::onRead},
        {QStringLiteral("moderate"), &Hub::onModerate}, {QStringLiteral("ping"), &Hub::onPing},
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

QVariantMap Hub::requireRoom(const Conn &c, const QJsonObject &f, bool mustBeJoined) const
{
    const QString roomId = frameString(f, QStringLiteral("roomId"), true);
    svc::requireUuid(QStringLiteral("roomId"), roomId);
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
    QSqlQuery q = m_ctx.repo->exec(QStringLiteral("SELECT expiresAt FROM chatModerations WHERE roomId = ? AND userId = ? AND action = ? "
                                                  "AND isActive = 1 AND (expiresAt IS NULL OR expiresAt > ?) "
                                                  "ORDER BY expiresAt IS NULL DESC, expiresAt DESC LIMIT 1"),
                                   {roomId, userId, action, isoNow()});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

qint64 Hub::lastSequence(const QString &roomId) const
{
    QSqlQuery q = m_ctx.repo->exec(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) FROM chatMessages WHERE roomId = ?"), {roomId});
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 Hub::readSequence(const QString &roomId, const QString &userId) const
{
    QSqlQuery q = m_ctx.repo->exec(QStringLiteral("SELECT sequence FROM chatReadMarkers WHERE roomId = ? AND userId = ?"), {roomId, userId});
    return q.next() ? q.value(0).toLongLong() : 0;
}

// hello.rooms: every conversation of the user with its last sequence and both read markers.
QJsonArray Hub::roomSummaries(const Conn &c) const
{
    QSqlQuery q = m_ctx.repo->exec(
        QStringLiteral("SELECT c.id, c.participantA, c.participantB, "
                       "(SELECT COALESCE(MAX(sequence), 0) FROM chatMessages m WHERE m.roomId = c.id), "
                       "(SELECT sequence FROM chatReadMarkers r WHERE r.roomId = c.id AND r.userId = ?), "
                       "(SELECT sequence FROM chatReadMarkers r WHERE r.roomId = c.id AND r.userId = "
                       "   CASE WHEN c.participantA = ? THEN c.participantB ELSE c.participantA END), "
                       "(SELECT COUNT(*) FROM chatMessages m WHERE m.roomId = c.id AND m.isActive = 1 AND m.senderId <> ? AND m.sequence > "
                       "   COALESCE((SELECT sequence FROM chatReadMarkers r WHERE r.roomId = c.id AND r.userId = ?), 0)) "
                       "FROM conversations c WHERE c.isActive = 1 AND (c.participantA = ? OR c.participantB = ?)"),
        {c.auth.userId, c.auth.userId, c.auth.userId, c.auth.userId, c.auth.userId, c.auth.userId});
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("roomId"), q.value(0).toString()},
                               {QStringLiteral("lastSequence"), q.value(3).toLongLong()},
                               {QStringLiteral("readSequence"), q.value(4).toLongLong()},
                               {QStringLiteral("peerReadSequence"), q.value(5).toLongLong()},
                               {QStringLiteral("unread"), q.value(6).toLongLong()}});
    return out;
}

void Hub::onJoin(Conn &c, const QJsonObject &f)
{
    const QVariantMap room = requireRoom(c, f, false);
    const QString roomId = str(room, "id");
    if (const auto blocked = activeModeration(roomId, c.auth.userId, QStringLiteral("blocked")))
        throw HttpError(403, QStringLiteral("errMsg_BlockedInConversation"), QStringLiteral("You are blocked in this conversation."));
    const bool resync = f.contains(QStringLiteral("afterSequence")) && !f.value(QStringLiteral("afterSequence")).isNull();
    const qint64 after = frameInt(f, QStringLiteral("afterSequence"), 0, 0, std::numeric_limits<qint32>::max());
    const qint64 limit = frameInt(f, QStringLiteral("limit"), 50, 1, 500);
    c.rooms.insert(roomId);
    m_rooms[roomId].insert(&c);

    const QString peer = str(room, "participantA") == c.auth.userId ? str(room, "participantB") : str(room, "participantA");
    const auto silenced = activeModeration(roomId, c.auth.userId, QStringLiteral("silenced"));
    const bool canSend = !messaging::sendRefusal(room, c.auth.user) && !silenced;
    QJsonObject joined{{QStringLiteral("type"), QStringLiteral("joined")},
                       {QStringLiteral("roomId"), roomId},
                       {QStringLiteral("conversation"), conversationSchema().toJson(room)},
                       {QStringLiteral("lastSequence"), lastSequence(roomId)},
                       {QStringLiteral("readSequence"), readSequence(roomId, c.auth.userId)},
                       {QStringLiteral("peerReadSequence"), readSequence(roomId, peer)},
                       {QStringLiteral("canSend"), canSend}};
    if (silenced)
        joined.insert(QStringLiteral("silencedUntil"), silenced->isEmpty() ? QJsonValue::Null : QJsonValue(*silenced));
    sendFrame(c, withRef(joined, f));

    if (resync) {
        // Everything after the last sequence the client has, in order, in chunks.
        qint64 from = after;
        for (;;) {
            const QJsonArray msgs = messagesWhere(QStringLiteral("roomId = ? AND sequence > ? ORDER BY sequence LIMIT ?"),
                                                  {roomId, from, m_options.backlogChunk});
            const bool done = msgs.size() < m_options.backlogChunk;
            sendFrame(c, withRef(QJsonObject{{QStringLiteral("type"), QStringLiteral("backlog")},
                                             {QStringLiteral("roomId"), roomId},
                                             {QStringLiteral("afterSequence"), from},
                                             {QStringLiteral("messages"), msgs},
                                             {QStringLiteral("done"), done},
                                             {QStringLiteral("hasOlder"), after > 0}},
                                 f));
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
    sendFrame(c, withRef(QJsonObject{{QStringLiteral("type"), QStringLiteral("backlog")},
                                     {QStringLiteral("roomId"), roomId},
                                     {QStringLiteral("afterSequence"), first > 0 ? first - 1 : 0},
                                     {QStringLiteral("messages"), msgs},
                                     {QStringLiteral("done"), true},
                                     {QStringLiteral("hasOlder"), first > 1}},
                         f));
}

void Hub::onLeave(Conn &c, const QJsonObject &f)
{
    const QString roomId = frameString(f, QStringLiteral("roomId"), true);
    c.rooms.remove(roomId);
    auto it = m_rooms.find(roomId);
    if (it != m_rooms.end()) {
        it->remove(&c);
        if (it->isEmpty())
            m_rooms.erase(it);
    }
    sendFrame(c, withRef(QJsonObject{{QStringLiteral("type"), QStringLiteral("left")}, {QStringLiteral("roomId"), roomId}}, f));
}

void Hub::onHistory(Conn &c, const QJsonObject &f)
{
    const QVariantMap room = requireRoom(c, f, false);
    const QString roomId = str(room, "id");
    if (activeModeration(roomId, c.auth.userId, QStringLiteral("blocked")))
        throw HttpError(403, QStringLiteral("errMsg_BlockedInConversation"), QStringLiteral("You are blocked in this conversation."));
    const qint64 before = frameInt(f, QStringLiteral("beforeSequence"), std::numeric_limits<qint32>::max(), 1,
                                   std::numeric_limits<qint32>::max());
    const qint64 limit = frameInt(f, QStringLiteral("limit"), 50, 1, 500);
    const QJsonArray newest = messagesWhere(QStringLiteral("roomId = ? AND sequence < ? ORDER BY sequence DESC LIMIT ?"), {roomId, before, limit});
    QJsonArray msgs;
    for (qsizetype i = newest.size() - 1; i >= 0; --i)
        msgs.append(newest.at(i));
    const qint64 first = msgs.isEmpty() ? 0 : msgs.first().toObject().value(QStringLiteral("sequence")).toInteger();
    sendFrame(c, withRef(QJsonObject{{QStringLiteral("type"), QStringLiteral("history")},
                                     {QStringLiteral("roomId"), roomId},
                                     {QStringLiteral("beforeSequence"), before},
                                     {QStringLiteral("messages"), msgs},
                                     {QStringLiteral("hasOlder"), first > 1}},
                         f));
}

void Hub::onSend(Conn &c, const QJsonObject &f)
{
    const QString clientMessageId = frameString(f, QStringLiteral("clientMessageId"), true);
    const QVariantMap room = requireRoom(c, f, false);
    const QString roomId = str(room, "id");
    const QString type = frameString(f, QStringLiteral("messageType"), false, 16);
    const QJsonValue content = f.value(QStringLiteral("content"));
    if (content.isUndefined() || content.isNull())
        throw HttpError::missing(QStringLiteral("content"));
    if (!content.isObject())
        throw HttpError::invalid(QStringLiteral("content"), QStringLiteral("'content' must be a JSON object."));
    const QJsonValue reply = f.value(QStringLiteral("replyTo"));
    if (!reply.isUndefined() && !reply.isNull() && !reply.isObject())
        throw HttpError::invalid(QStringLiteral("replyTo"));
    m_sends.append({c.ws, f, room, clientMessageId, type, content.toObject(), reply.toObject()});
    if (!m_sendFlushQueued) {
        m_sendFlushQueued = true;
        QMetaObject::invokeMethod(this, &Hub::flushSends, Qt::QueuedConnection);
    }
}

namespace {

// The server's connection runs with synchronous=NORMAL (F9); a batch of chat messages is committed
// with FULL, so the WAL is on disk before any of them is acknowledged (F11). The level can only
// change outside a transaction.
class DurableCommit
{
public:
    explicit DurableCommit(Repository &repo) : m_repo(repo)
    {
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
    const QList<QueuedSend> batch = std::exchange(m_sends, {});
    struct Result
    {
        messaging::Posted posted;
        std::optional<HttpError> error;
        bool stored = false;
    };
    QList<Result> results(batch.size());
    Repository &repo = *m_ctx.repo;
    bool committed = false;
    try {
        WriteGuard guard(m_inHubWrite);
        DurableCommit durable(repo);
        inTransaction(repo, [&] {
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const QueuedSend &s = batch.at(i);
                const Conn *c = m_conns.value(s.ws);
                if (!c || c->closing)
                    continue; // never acknowledged: the client sends it again on its next connection
                // Each message in its own savepoint: a refused one leaves the others in the batch.
                repo.exec(QStringLiteral("SAVEPOINT hub_send"));
                try {
                    results[i].posted = messaging::postChatMessage(repo, s.room, c->auth.user, s.messageType, s.content,
                                                                   s.clientMessageId, s.replyTo);
                    results[i].stored = true;
                } catch (const HttpError &e) {
                    results[i].error = e;
                    repo.exec(QStringLiteral("ROLLBACK TO hub_send"));
                }
                repo.exec(QStringLiteral("RELEASE hub_send"));
            }
        });
        committed = true;
    } catch (const std::exception &e) {
        qWarning("tutorhub-server hub: storing %lld messages failed: %s", static_cast<long long>(batch.size()), e.what());
    }
    flushPending(); // earlier REST posts of these rooms go out first: broadcasts follow the sequence
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const QueuedSend &s = batch.at(i);
        Conn *c = m_conns.value(s.ws);
        if (!committed) {
            if (c)
                sendError(*c, HttpError(500, QStringLiteral("errMsg_ServerError"), QStringLiteral("The server could not store this message; send it again.")),
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
            sendFrame(*c, withRef(QJsonObject{{QStringLiteral("type"), QStringLiteral("ack")},
                                              {QStringLiteral("clientMessageId"), s.clientMessageId},
                                              {QStringLiteral("roomId"), roomId},
                                              {QStringLiteral("duplicate"), posted.duplicate},
                                              {QStringLiteral("message"), msg}},
                                  s.frame));
        if (!posted.duplicate)
            toRoom(roomId, QJsonObject{{QStringLiteral("type"), QStringLiteral("message")}, {QStringLiteral("roomId"), roomId}, {QStringLiteral("message"), msg}},
                   c);
    }
}

namespace {

// The message a frame's messageId names, and its conversation; sender or admin only.
std::pair<QVariantMap, QVariantMap> ownMessage(const Repository &repo, const AuthContext &me, const QJsonObject &f)
{
    const QString id = frameString(f, QStringLiteral("messageId"), true);
    svc::requireUuid(QStringLiteral("messageId"), id);
    const auto msg = repo.get(chatMessageSchema(), id);
    if (!msg || !msg->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(chatMessageSchema().name);
    const auto room = repo.get(conversationSchema(), str(*msg, "roomId"));
    if (!room)
        throw HttpError::notFound(conversationSchema().name);
    if (!me.isAdmin() && str(*msg, "senderId") != me.userId)
        throw HttpError::forbidden(QStringLiteral("Only the sender or an administrator can change a message."));
    if (!me.isAdmin() && str(*room, "status") == QLatin1String("closed"))
        throw HttpError(409, QStringLiteral("errMsg_ConversationClosed"), QStringLiteral("This conversation is closed."));
    return {*msg, *room};
}

} // namespace

void Hub::onEdit(Conn &c, const QJsonObject &f)
{
    const auto [msg, room] = ownMessage(*m_ctx.repo, c.auth, f);
    const QJsonValue content = f.value(QStringLiteral("content"));
    if (!content.isObject())
        throw HttpError::invalid(QStringLiteral("content"), QStringLiteral("'content' must be a JSON object."));
    const QJsonObject normalized = messaging::normalizeContent(str(msg, "messageType"), content.toObject());
    const QVariantMap row = m_ctx.repo->update(chatMessageSchema(), str(msg, "id"),
                                               {{QStringLiteral("content"), QJsonDocument(normalized).toJson(QJsonDocument::Compact)}});
    flushPending();
    const QString roomId = str(room, "id");
    const QJsonObject frame{{QStringLiteral("type"), QStringLiteral("messageEdited")}, {QStringLiteral("roomId"), roomId},
                            {QStringLiteral("message"), messageJson(row)}};
    toRoom(roomId, frame, &c);
    sendFrame(c, withRef(frame, f));
}

void Hub::onDelete(Conn &c, const QJsonObject &f)
{
    const auto [msg, room] = ownMessage(*m_ctx.repo, c.auth, f);
    const QVariantMap row = messaging::deleteChatMessage(*m_ctx.repo, msg);
    flushPending();
    const QString roomId = str(room, "id");
    const QJsonObject frame{{QStringLiteral("type"), QStringLiteral("messageDeleted")}, {QStringLiteral("roomId"), roomId},
                            {QStringLiteral("message"), messageJson(row)}};
    toRoom(roomId, frame, &c);
    sendFrame(c, withRef(frame, f));
}

void Hub::onTyping(Conn &c, const QJsonObject &f)
{
    const QVariantMap room = requireRoom(c, f, true);
    const QJsonValue typing = f.value(QStringLiteral("isTyping"));
    if (!typing.isBool())
        throw HttpError::invalid(QStringLiteral("isTyping"), QStringLiteral("'isTyping' must be true or false."));
    const QString roomId = str(room, "id");
    toRoom(roomId,
           QJsonObject{{QStringLiteral("type"), QStringLiteral("typing")},
                       {QStringLiteral("roomId"), roomId},
                       {QStringLiteral("userId"), c.auth.userId},
                       {QStringLiteral("userName"), str(c.auth.user, "fullname")},
                       {QStringLiteral("isTyping"), typing.toBool()}},
           &c);
}

void Hub::onRead(Conn &c, const QJsonObject &f)
{
    const QVariantMap room = requireRoom(c, f, false);
    const QString roomId = str(room, "id");
    const qint64 wanted = frameInt(f, QStringLiteral("sequence"), -1, 0, std::numeric_limits<qint32>::max());
    if (wanted < 0)
        throw HttpError::missing(QStringLiteral("sequence"));
    const qint64 seq = std::min(wanted, lastSequence(roomId)); // never ahead of the room
    const QString now = isoNow();
    m_ctx.repo->exec(QStringLiteral("INSERT INTO chatReadMarkers (roomId, userId, sequence, readAt) VALUES (?, ?, ?, ?) "
                                    "ON CONFLICT (roomId, userId) DO UPDATE SET sequence = MAX(sequence, excluded.sequence), "
                                    "readAt = CASE WHEN excluded.sequence > sequence THEN excluded.readAt ELSE readAt END"),
                     {roomId, c.auth.userId, seq, now});
    const QJsonObject frame{{QStringLiteral("type"), QStringLiteral("read")},
                            {QStringLiteral("roomId"), roomId},
                            {QStringLiteral("userId"), c.auth.userId},
                            {QStringLiteral("sequence"), readSequence(roomId, c.auth.userId)}};
    // The room and the reader's other connections (their unread badges).
    QSet<Conn *> targets = m_rooms.value(roomId);
    targets.unite(m_byUser.value(c.auth.userId));
    targets.insert(&c);
    for (Conn *t : std::as_const(targets))
        sendFrame(*t, t == &c ? withRef(frame, f) : frame);
}

void Hub::onModerate(Conn &c, const QJsonObject &f)
{
    if (!c.auth.isAdmin())
        throw HttpError::forbidden(QStringLiteral("Only administrators block or silence users in a room."));
    const QVariantMap room = requireRoom(c, f, false);
    const QString roomId = str(room, "id");
    const QString userId = frameString(f, QStringLiteral("userId"), true);
    svc::requireUuid(QStringLiteral("userId"), userId);
    if (!messaging::isParticipant(room, userId) || userId == c.auth.userId)
        throw HttpError::invalid(QStringLiteral("userId"), QStringLiteral("'userId' must be the other participant of the room."));
    const QVariantMap target = svc::requireUser(*m_ctx.repo, userId);
    if (roles::isAdmin(str(target, "roleId")))
        throw HttpError::forbidden(QStringLiteral("Administrators are not blocked or silenced."));
    const QString action = frameString(f, QStringLiteral("action"), true, 16);
    if (action != QLatin1String("blocked") && action != QLatin1String("silenced"))
        throw HttpError::invalid(QStringLiteral("action"), QStringLiteral("'action' must be blocked or silenced."));
    const QJsonValue liftV = f.value(QStringLiteral("lift"));
    if (!liftV.isUndefined() && !liftV.isBool())
        throw HttpError::invalid(QStringLiteral("lift"));
    const bool lift = liftV.toBool();
    const qint64 duration = frameInt(f, QStringLiteral("duration"), 0, 0, 366LL * 86400);
    const QString reason = frameString(f, QStringLiteral("reason"), false, 2000);
    QString expiresAt;
    if (lift) {
        m_ctx.repo->exec(QStringLiteral("UPDATE chatModerations SET isActive = 0, updatedAt = ?, recordVersion = recordVersion + 1 "
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
    const QJsonObject frame{{QStringLiteral("type"), QStringLiteral("moderation")},
                            {QStringLiteral("roomId"), roomId},
                            {QStringLiteral("userId"), userId},
                            {QStringLiteral("action"), action},
                            {QStringLiteral("lifted"), lift},
                            {QStringLiteral("expiresAt"), expiresAt.isEmpty() ? QJsonValue::Null : QJsonValue(expiresAt)}};
    QSet<Conn *> targets = m_rooms.value(roomId);
    targets.unite(m_byUser.value(userId));
    targets.insert(&c);
    for (Conn *t : std::as_const(targets))
        sendFrame(*t, t == &c ? withRef(frame, f) : frame);
    if (!lift && action == QLatin1String("blocked")) {
        // A blocked user leaves the room at once.
        const QSet<Conn *> theirs = m_byUser.value(userId);
        for (Conn *t : theirs) {
            if (!t->rooms.remove(roomId))
                continue;
            m_rooms[roomId].remove(t);
            sendFrame(*t, QJsonObject{{QStringLiteral("type"), QStringLiteral("left")},
                                      {QStringLiteral("roomId"), roomId},
                                      {QStringLiteral("reason"), QStringLiteral("blocked")}});
        }
    }
}

void Hub::onPing(Conn &c, const QJsonObject &f)
{
    QJsonObject pong{{QStringLiteral("type"), QStringLiteral("pong")}, {QStringLiteral("serverTime"), isoNow()}};
    if (f.contains(QStringLiteral("t")))
        pong.insert(QStringLiteral("t"), f.value(QStringLiteral("t")));
    sendFrame(c, withRef(pong, f));
}

} // namespace tutorhub::server
