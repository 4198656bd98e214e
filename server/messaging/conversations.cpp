// messaging: schemas, the sending rules of §4.9 and the conversation routes.
#include "messaging/messaging.h"
#include "db/dialect.h"

#include "admin/svcutil.h"
#include "auth/userschema.h"
#include "core/util.h"
#include "db/statementcache.h"
#include "http/envelope.h"
#include "notification/notify.h"

#include <QHash>
#include <QJsonDocument>
#include <QMutex>

namespace tutorhub::server {

const ObjectSchema &conversationSchema()
{
    static const ObjectSchema s {
        QStringLiteral("conversation"),
        QStringLiteral("conversations"),
        QStringLiteral("conversations"),
        {
            {QStringLiteral("conversationType"),
             FieldType::Enum,
             {QStringLiteral("studentTutor"), QStringLiteral("adminStudent"), QStringLiteral("adminTutor")},
             true,
             false,
             false,
             0},
            {QStringLiteral("participantA"), FieldType::ID, {}, true, false, false, 0},
            {QStringLiteral("participantB"), FieldType::ID, {}, true, false, false, 0},
            {QStringLiteral("enrollmentId"), FieldType::ID, {}, true, false, false, 0},
            {QStringLiteral("lastMessageAt"), FieldType::Date, {}, false, false, false, 0},
            {QStringLiteral("lastMessagePreview"), FieldType::String, {}, false, false, false, 0},
            {QStringLiteral("status"),
             FieldType::Enum,
             {QStringLiteral("active"), QStringLiteral("closed")},
             true,
             false,
             false,
             0},
            {QStringLiteral("participantAName"), FieldType::String, {}, false, false, false, 0},
            {QStringLiteral("participantBName"), FieldType::String, {}, false, false, false, 0},
            {QStringLiteral("courseTitle"), FieldType::String, {}, false, false, false, 0},
        }};
    return s;
}

const ObjectSchema &chatMessageSchema()
{
    static const ObjectSchema s {
        QStringLiteral("chatMessage"),
        QStringLiteral("chatMessages"),
        QStringLiteral("chatMessages"),
        {
            {QStringLiteral("roomId"), FieldType::ID, {}, true, false, false, 0},
            {QStringLiteral("senderId"), FieldType::ID, {}, true, false, false, 0},
            {QStringLiteral("senderName"), FieldType::String, {}, true, false, false, 0},
            {QStringLiteral("senderAvatar"), FieldType::String, {}, true, false, false, 1024},
            {QStringLiteral("messageType"),
             FieldType::Enum,
             {QStringLiteral("text"), QStringLiteral("image"), QStringLiteral("document"), QStringLiteral("system"),
              QStringLiteral("warning")},
             true,
             false,
             false,
             0},
            {QStringLiteral("content"), FieldType::Object, {}, true, false, false, 20000},
            {QStringLiteral("timestamp"), FieldType::String, {}, true, false, false, 0},
            {QStringLiteral("status"),
             FieldType::Enum,
             {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected")},
             true,
             false,
             false,
             0},
            {QStringLiteral("replyTo"), FieldType::Object, {}, true, false, false, 2000},
            {QStringLiteral("clientMessageId"), FieldType::String, {}, true, true, false, 64},
            {QStringLiteral("sequence"), FieldType::Integer, {}, false, false, false, 0},
        }};
    return s;
}

const ObjectSchema &chatModerationSchema()
{
    static const ObjectSchema s {QStringLiteral("chatModeration"),
                                 QStringLiteral("chatModerations"),
                                 QStringLiteral("chatModerations"),
                                 {
                                     {QStringLiteral("roomId"), FieldType::ID, {}, true, false, false, 0},
                                     {QStringLiteral("userId"), FieldType::ID, {}, true, false, false, 0},
                                     {QStringLiteral("action"),
                                      FieldType::Enum,
                                      {QStringLiteral("blocked"), QStringLiteral("silenced")},
                                      true,
                                      false,
                                      false,
                                      0},
                                     {QStringLiteral("reason"), FieldType::Text, {}, false, false, false, 0},
                                     {QStringLiteral("duration"), FieldType::Integer, {}, false, false, false, 0},
                                     {QStringLiteral("expiresAt"), FieldType::Date, {}, false, false, false, 0},
                                     {QStringLiteral("issuedBy"), FieldType::ID, {}, true, false, false, 0},
                                 }};
    return s;
}

namespace {

constexpr int kMaxMessageText = 4000;
constexpr int kPreviewLength = 100;

QString requiredString(const QJsonObject &o, const QString &key, int max)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        throw HttpError::missing(QStringLiteral("content.") + key);
    if (!v.isString())
        throw HttpError::invalid(QStringLiteral("content.") + key,
                                 QStringLiteral("'content.%1' must be a string.").arg(key));
    if (v.toString().size() > max)
        throw HttpError::tooLong(QStringLiteral("content.") + key, max);
    return v.toString();
}

void optionalString(const QJsonObject &in, QJsonObject &out, const QString &key, int max,
                    const QStringList &allowed = {})
{
    const QJsonValue v = in.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isString() || (!allowed.isEmpty() && !allowed.contains(v.toString())))
        throw HttpError::invalid(QStringLiteral("content.") + key);
    if (v.toString().size() > max)
        throw HttpError::tooLong(QStringLiteral("content.") + key, max);
    out.insert(key, v.toString());
}

} // namespace

QJsonObject messaging::normalizeContent(const QString &type, const QJsonObject &in)
{
    QJsonObject out;
    if (type == QLatin1String("text")) {
        out.insert(QStringLiteral("text"), requiredString(in, QStringLiteral("text"), kMaxMessageText));
    } else if ((type == QLatin1String("image") || type == QLatin1String("document"))
               && in.contains(QStringLiteral("fileId"))) {
        out.insert(QStringLiteral("fileId"),
                   requiredString(in, QStringLiteral("fileId"), 64)); // U50: resolveAttachment()
        optionalString(in, out, QStringLiteral("caption"), kMaxString);
    } else if (type == QLatin1String("image") || type == QLatin1String("document")) {
        out.insert(QStringLiteral("url"), requiredString(in, QStringLiteral("url"), 1024));
        if (type == QLatin1String("document"))
            out.insert(QStringLiteral("fileName"), requiredString(in, QStringLiteral("fileName"), kMaxString));
        else
            optionalString(in, out, QStringLiteral("fileName"), kMaxString);
        optionalString(in, out, QStringLiteral("caption"), kMaxString);
    } else {
        out.insert(QStringLiteral("text"), requiredString(in, QStringLiteral("text"), kMaxMessageText));
        optionalString(in, out, QStringLiteral("severity"), 16,
                       {QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("critical")});
        optionalString(in, out, QStringLiteral("resolutionType"), 32,
                       {QStringLiteral("warn"), QStringLiteral("requireEdit"), QStringLiteral("removeCourse"),
                        QStringLiteral("suspend"), QStringLiteral("ban")});
        optionalString(in, out, QStringLiteral("complaintId"), 64);
    }
    return out;
}

namespace {

QString previewOf(const QString &type, const QJsonObject &content)
{
    QString p;
    if (type == QLatin1String("image"))
        p = QStringLiteral("[Image] ") + content.value(QStringLiteral("caption")).toString();
    else if (type == QLatin1String("document"))
        p = QStringLiteral("[Document] ") + content.value(QStringLiteral("fileName")).toString();
    else
        p = content.value(QStringLiteral("text")).toString();
    p = p.simplified();
    return p.size() > kPreviewLength ? p.left(kPreviewLength - 1) + QChar(0x2026) : p;
}

} // namespace

bool messaging::isMutedInRoom(const Repository &repo, const QString &roomId, const QString &userId)
{
    return repo.count(
               chatModerationSchema(),
               QStringLiteral("roomId = ? AND userId = ? AND isActive = 1 AND (expiresAt IS NULL OR expiresAt > ?)"),
               {roomId, userId, isoNow()})
           > 0;
}

namespace {

QMutex g_chatObserverMutex;
QHash<const Repository *, messaging::ChatObserver> &chatObservers()
{
    static QHash<const Repository *, messaging::ChatObserver> o;
    return o;
}

} // namespace

void messaging::setChatObserver(const Repository *repo, ChatObserver observer)
{
    QMutexLocker lock(&g_chatObserverMutex);
    if (observer)
        chatObservers().insert(repo, std::move(observer));
    else
        chatObservers().remove(repo);
}

void messaging::notifyChatObserver(const Repository &repo, const QString &event, const QVariantMap &message)
{
    ChatObserver observer;
    {
        QMutexLocker lock(&g_chatObserverMutex);
        observer = chatObservers().value(&repo);
    }
    if (observer)
        observer(event, message);
    announceToPeers(repo, event, message.value(QStringLiteral("id")).toString()); // DB12
}

bool messaging::isParticipant(const QVariantMap &c, const QString &userId)
{
    return !userId.isEmpty() && (str(c, "participantA") == userId || str(c, "participantB") == userId);
}

std::optional<HttpError> messaging::sendRefusal(const QVariantMap &c, const QVariantMap &sender)
{
    const QString senderId = str(sender, "id");
    if (!isParticipant(c, senderId))
        return HttpError(403, QStringLiteral("errMsg_NotConversationParticipant"),
                         QStringLiteral("Only the two participants of a conversation can post in it."));
    if (str(c, "status") == QLatin1String("closed"))
        return HttpError(409, QStringLiteral("errMsg_ConversationClosed"),
                         QStringLiteral("This conversation is closed."));
    if (str(c, "conversationType") == QLatin1String("adminStudent") && senderId == str(c, "participantB"))
        return HttpError(403, QStringLiteral("errMsg_OneWayConversation"),
                         QStringLiteral("Admin notices are one-way: students cannot reply in them."));
    return std::nullopt;
}

namespace {

// The checks of postChatMessage() that come before anything is written. Returns the normalized
// content and the reply reference, or sets `dup` when the clientMessageId is already stored.
struct Checked
{
    QString type;
    QJsonObject normalized, reply;
    std::optional<QVariantMap> dup;
};

Checked checkChatMessage(Repository &repo, const QVariantMap &c, const QVariantMap &sender, const QString &messageType,
                         const QJsonObject &content, const QString &clientMessageId, const QJsonObject &replyTo,
                         const std::function<bool()> &muted)
{
    Checked out;
    const QString roomId = str(c, "id");
    const QString senderId = str(sender, "id");
    const Field *typeField = chatMessageSchema().field(QStringLiteral("messageType"));
    out.type
        = ObjectSchema::readValue(*typeField, messageType.isEmpty() ? QStringLiteral("text") : messageType).toString();
    if ((out.type == QLatin1String("system") || out.type == QLatin1String("warning"))
        && !roles::isAdmin(str(sender, "roleId")))
        throw HttpError::invalid(QStringLiteral("messageType"),
                                 QStringLiteral("Only administrators send system and warning messages."));
    if (clientMessageId.size() > 64)
        throw HttpError::tooLong(QStringLiteral("clientMessageId"), 64);
    if (!clientMessageId.isEmpty()) {
        out.dup
            = repo.findOne(chatMessageSchema(), QStringLiteral("roomId = ? AND senderId = ? AND clientMessageId = ?"),
                           {roomId, senderId, clientMessageId});
        if (out.dup)
            return out;
    }
    if (auto refusal = messaging::sendRefusal(c, sender))
        throw *refusal;
    if (muted())
        throw HttpError(403, QStringLiteral("errMsg_SilencedInConversation"),
                        QStringLiteral("You cannot post in this conversation at the moment."));
    out.normalized = messaging::resolveAttachment(repo, roomId, senderId, out.type,
                                                  messaging::normalizeContent(out.type, content));
    if (!replyTo.isEmpty()) {
        const QString replyId = replyTo.value(QStringLiteral("id")).toString();
        const auto target = replyId.isEmpty() ? std::nullopt : repo.get(chatMessageSchema(), replyId);
        if (!target || str(*target, "roomId") != roomId || !target->value(QStringLiteral("isActive")).toBool())
            throw HttpError::invalid(QStringLiteral("replyTo"),
                                     QStringLiteral("'replyTo.id' must be a message of this conversation."));
        const QJsonObject targetContent
            = QJsonDocument::fromJson(target->value(QStringLiteral("content")).toByteArray()).object();
        out.reply = {{QStringLiteral("id"), replyId},
                     {QStringLiteral("preview"), previewOf(str(*target, "messageType"), targetContent)}};
    }
    return out;
}

qint64 nextSequence(Repository &repo, const QString &roomId)
{
    // Instances on one PostgreSQL database (DB12): the room's row is locked until the transaction ends, so a
    // second instance storing into the same room waits and then reads the new maximum (READ COMMITTED). SQLite
    // has one writer at a time already.
    if (sql::isPostgres(repo.db()))
        statements::rows(repo.db(), QStringLiteral("SELECT id FROM conversations WHERE id = ? FOR UPDATE"), {roomId});
    return statements::scalar(
        repo.db(), QStringLiteral("SELECT COALESCE(MAX(sequence), 0) + 1 FROM chatMessages WHERE roomId = ?"),
        {roomId});
}

QVariantMap insertChatMessage(Repository &repo, const QString &roomId, const QVariantMap &sender, const Checked &m,
                              const QString &clientMessageId, qint64 sequence)
{
    const QString now = isoNow();
    const QString senderId = str(sender, "id");
    QVariantMap values {
        {QStringLiteral("roomId"), roomId},
        {QStringLiteral("senderId"), senderId},
        {QStringLiteral("senderName"), str(sender, "fullname")},
        {QStringLiteral("senderAvatar"), sender.value(QStringLiteral("avatar"))},
        {QStringLiteral("messageType"), m.type},
        {QStringLiteral("content"), QJsonDocument(m.normalized).toJson(QJsonDocument::Compact)},
        {QStringLiteral("timestamp"), now},
        {QStringLiteral("status"), QStringLiteral("approved")},
        {QStringLiteral("replyTo"),
         m.reply.isEmpty() ? QVariant() : QVariant(QJsonDocument(m.reply).toJson(QJsonDocument::Compact))},
        {QStringLiteral("clientMessageId"), clientMessageId.isEmpty() ? QVariant() : QVariant(clientMessageId)},
        {QStringLiteral("sequence"), sequence}};
    QVariantMap row = repo.insert(chatMessageSchema(), values, senderId);
    messaging::linkAttachment(repo, m.normalized, str(row, "id")); // U50: the file now belongs to this message
    return row;
}

} // namespace

messaging::Posted messaging::postChatMessage(Repository &repo, const QVariantMap &c, const QVariantMap &sender,
                                             const QString &messageType, const QJsonObject &content,
                                             const QString &clientMessageId, const QJsonObject &replyTo)
{
    const QString roomId = str(c, "id");
    const QString senderId = str(sender, "id");
    const Checked m = checkChatMessage(repo, c, sender, messageType, content, clientMessageId, replyTo,
                                       [&] { return isMutedInRoom(repo, roomId, senderId); });
    if (m.dup)
        return Posted {*m.dup, c, true};
    return inTransaction(repo, [&] {
        Posted p;
        p.message = insertChatMessage(repo, roomId, sender, m, clientMessageId, nextSequence(repo, roomId));
        p.conversation = repo.update(conversationSchema(), roomId,
                                     {{QStringLiteral("lastMessageAt"), p.message.value(QStringLiteral("createdAt"))},
                                      {QStringLiteral("lastMessagePreview"), previewOf(m.type, m.normalized)}});
        notifyChatObserver(repo, QStringLiteral("message"), p.message);
        return p;
    });
}

void messaging::postChatMessages(Repository &repo, QList<BatchedSend> &batch)
{
    struct Room
    {
        qint64 next = 0; // the next sequence, read from the table at the room's first message
        QVariantMap last; // the room's last stored message of the batch
        QString lastPreview;
        QList<qsizetype> stored;
    };
    QHash<QString, Room> rooms;
    QHash<QString, bool> muted; // roomId \x1f senderId
    for (qsizetype i = 0; i < batch.size(); ++i) {
        BatchedSend &b = batch[i];
        if (b.skip)
            continue;
        const QString roomId = str(b.conversation, "id");
        const QString senderId = str(b.sender, "id");
        try {
            const Checked m = checkChatMessage(repo, b.conversation, b.sender, b.messageType, b.content,
                                               b.clientMessageId, b.replyTo, [&] {
                                                   const QString key = roomId + QLatin1Char('\x1f') + senderId;
                                                   auto it = muted.constFind(key);
                                                   if (it == muted.cend())
                                                       it = muted.insert(key, isMutedInRoom(repo, roomId, senderId));
                                                   return *it;
                                               });
            if (m.dup) {
                b.posted = Posted {*m.dup, b.conversation, true};
                b.stored = true;
                continue;
            }
            Room &r = rooms[roomId];
            if (r.next == 0)
                r.next = nextSequence(repo, roomId);
            b.posted.message = insertChatMessage(repo, roomId, b.sender, m, b.clientMessageId, r.next++);
            b.stored = true;
            r.last = b.posted.message;
            r.lastPreview = previewOf(m.type, m.normalized);
            r.stored << i;
            notifyChatObserver(repo, QStringLiteral("message"), b.posted.message);
        } catch (const HttpError &e) {
            b.error = e;
        }
    }
    for (auto it = rooms.begin(); it != rooms.end(); ++it) {
        const QVariantMap conversation
            = repo.update(conversationSchema(), it.key(),
                          {{QStringLiteral("lastMessageAt"), it->last.value(QStringLiteral("createdAt"))},
                           {QStringLiteral("lastMessagePreview"), it->lastPreview}});
        for (const qsizetype i : std::as_const(it->stored))
            batch[i].posted.conversation = conversation;
    }
}

QVariantMap messaging::deleteChatMessage(Repository &repo, const QVariantMap &message)
{
    return inTransaction(repo, [&] {
        const QString id = str(message, "id");
        const QString roomId = str(message, "roomId");
        const QVariantMap deleted = repo.softDelete(chatMessageSchema(), id);
        hideAttachments(repo, id); // U55
        const QJsonObject tombstone {{QStringLiteral("id"), id}, {QStringLiteral("preview"), QString()}};
        repo.exec(QStringLiteral("UPDATE chatMessages SET replyTo = ? WHERE roomId = ? AND replyTo IS NOT NULL AND "
                                 "%1 = ?")
                      .arg(sql::jsonTextField(repo.db(), QStringLiteral("replyTo"), QStringLiteral("id"))),
                  {QString::fromUtf8(QJsonDocument(tombstone).toJson(QJsonDocument::Compact)), roomId, id});
        const auto latest = repo.select(chatMessageSchema(), QStringLiteral("roomId = ? AND isActive = 1"), {roomId},
                                        QStringLiteral("sequence DESC"), 1);
        const QString preview
            = latest.isEmpty()
                  ? QString()
                  : previewOf(
                      str(latest.first(), "messageType"),
                      QJsonDocument::fromJson(latest.first().value(QStringLiteral("content")).toByteArray()).object());
        repo.exec(QStringLiteral("UPDATE conversations SET lastMessagePreview = ? WHERE id = ?"),
                  {latest.isEmpty() ? QVariant() : QVariant(preview), roomId});
        return deleted;
    });
}

messaging::SystemMessage messaging::sendSystemMessage(Repository &repo, const QVariantMap &admin,
                                                      const QVariantMap &target, const QString &text,
                                                      const QString &severity, const QString &resolutionType,
                                                      const QString &complaintId)
{
    const QString role = str(target, "roleId");
    if (roles::isAdmin(role))
        throw HttpError::invalid(QStringLiteral("targetUserId"),
                                 QStringLiteral("System messages go to students and tutors."));
    const QString type = role == roles::tutor ? QStringLiteral("adminTutor") : QStringLiteral("adminStudent");
    return inTransaction(repo, [&] {
        SystemMessage out;
        auto existing = repo.findOne(
            conversationSchema(),
            QStringLiteral("conversationType = ? AND participantA = ? AND participantB = ? AND isActive = 1"),
            {type, str(admin, "id"), str(target, "id")});
        if (!existing) {
            existing = repo.insert(conversationSchema(),
                                   {{QStringLiteral("conversationType"), type},
                                    {QStringLiteral("participantA"), str(admin, "id")},
                                    {QStringLiteral("participantB"), str(target, "id")},
                                    {QStringLiteral("status"), QStringLiteral("active")},
                                    {QStringLiteral("participantAName"), str(admin, "fullname")},
                                    {QStringLiteral("participantBName"), str(target, "fullname")}},
                                   str(admin, "id"));
            out.createdConversation = true;
        } else if (str(*existing, "status") == QLatin1String("closed")) {
            existing = repo.update(conversationSchema(), str(*existing, "id"),
                                   {{QStringLiteral("status"), QStringLiteral("active")}});
        }
        QJsonObject content {{QStringLiteral("text"), text},
                             {QStringLiteral("severity"), severity.isEmpty() ? QStringLiteral("warning") : severity}};
        if (!resolutionType.isEmpty())
            content.insert(QStringLiteral("resolutionType"), resolutionType);
        if (!complaintId.isEmpty())
            content.insert(QStringLiteral("complaintId"), complaintId);
        const bool warning = severity != QLatin1String("info") || !resolutionType.isEmpty();
        const Posted p = postChatMessage(repo, *existing, admin,
                                         warning ? QStringLiteral("warning") : QStringLiteral("system"), content);
        out.conversation = p.conversation;
        out.message = p.message;
        notifyUser(repo, str(target, "id"), warning ? QStringLiteral("adminWarning") : QStringLiteral("adminMessage"),
                   warning ? QStringLiteral("Message from the TutorHub team: warning")
                           : QStringLiteral("Message from the TutorHub team"),
                   previewOf(QStringLiteral("text"), content),
                   QJsonObject {{QStringLiteral("conversationId"), str(out.conversation, "id")},
                                {QStringLiteral("chatMessageId"), str(out.message, "id")}});
        return out;
    });
}

} // namespace tutorhub::server
