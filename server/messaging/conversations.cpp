// messaging: schemas, the sending rules of §4.9 and the conversation routes.
#include "messaging/messaging.h"

#include "admin/svcutil.h"
#include "auth/userschema.h"
#include "core/util.h"
#include "http/envelope.h"
#include "notification/notify.h"

#include <QHash>
#include <QJsonDocument>
#include <QMutex>

namespace tutorhub::server {

const ObjectSchema &conversationSchema()
{
    static const ObjectSchema s{
        QStringLiteral("conversation"), QStringLiteral("conversations"), QStringLiteral("conversations"),
        {
            {QStringLiteral("conversationType"), FieldType::Enum,
             {QStringLiteral("studentTutor"), QStringLiteral("adminStudent"), QStringLiteral("adminTutor")}, true, false, false, 0},
            {QStringLiteral("participantA"), FieldType::ID, {}, true, false, false, 0},
            {QStringLiteral("participantB"), FieldType::ID, {}, true, false, false, 0},
            {QStringLiteral("enrollmentId"), FieldType::ID, {}, true, false, false, 0},
            {QStringLiteral("lastMessageAt"), FieldType::Date, {}, false, false, false, 0},
            {QStringLiteral("lastMessagePreview"), FieldType::String, {}, false, false, false, 0},
            {QStringLiteral("status"), FieldType::Enum, {QStringLiteral("active"), QStringLiteral("closed")}, true, false, false, 0},
            {QStringLiteral("participantAName"), FieldType::String, {}, false, false, false, 0},
            {QStringLiteral("participantBName"), FieldType::String, {}, false, false, false, 0},
            {QStringLiteral("courseTitle"), FieldType::String, {}, false, false, false, 0},
        }};
    return s;
}

const ObjectSchema &chatMessageSchema()
{
    static const ObjectSchema s{
        QStringLiteral("chatMessage"), QStringLiteral("chatMessages"), QStringLiteral("chatMessages"),
        {
            {QStringLiteral("roomId"), FieldType::ID, {}, true, false, false, 0},
            {QStringLiteral("senderId"), FieldType::ID, {}, true, false, false, 0},
            {QStringLiteral("senderName"), FieldType::String, {}, true, false, false, 0},
            {QStringLiteral("senderAvatar"), FieldType::String, {}, true, false, false, 1024},
            {QStringLiteral("messageType"), FieldType::Enum,
             {QStringLiteral("text"), QStringLiteral("image"), QStringLiteral("document"), QStringLiteral("system"),
              QStringLiteral("warning")},
             true, false, false, 0},
            {QStringLiteral("content"), FieldType::Object, {}, true, false, false, 20000},
            {QStringLiteral("timestamp"), FieldType::String, {}, true, false, false, 0},
            {QStringLiteral("status"), FieldType::Enum,
             {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected")}, true, false, false, 0},
            {QStringLiteral("replyTo"), FieldType::Object, {}, true, false, false, 2000},
            {QStringLiteral("clientMessageId"), FieldType::String, {}, true, true, false, 64},
            {QStringLiteral("sequence"), FieldType::Integer, {}, false, false, false, 0},
        }};
    return s;
}

const ObjectSchema &chatModerationSchema()
{
    static const ObjectSchema s{
        QStringLiteral("chatModeration"), QStringLiteral("chatModerations"), QStringLiteral("chatModerations"),
        {
            {QStringLiteral("roomId"), FieldType::ID, {}, true, false, false, 0},
            {QStringLiteral("userId"), FieldType::ID, {}, true, false, false, 0},
            {QStringLiteral("action"), FieldType::Enum, {QStringLiteral("blocked"), QStringLiteral("silenced")}, true, false, false, 0},
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
        throw HttpError::invalid(QStringLiteral("content.") + key, QStringLiteral("'content.%1' must be a string.").arg(key));
    if (v.toString().size() > max)
        throw HttpError::tooLong(QStringLiteral("content.") + key, max);
    return v.toString();
}

void optionalString(const QJsonObject &in, QJsonObject &out, const QString &key, int max, const QStringList &allowed = {})
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

// Rule 69: an active block or silence of the user in this room.
bool isMutedInRoom(const Repository &repo, const QString &roomId, const QString &userId)
{
    return repo.count(chatModerationSchema(),
                      QStringLiteral("roomId = ? AND userId = ? AND isActive = 1 AND (expiresAt IS NULL OR expiresAt > ?)"),
                      {roomId, userId, isoNow()})
           > 0;
}

} // namespace

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
        return HttpError(409, QStringLiteral("errMsg_ConversationClosed"), QStringLiteral("This conversation is closed."));
    if (str(c, "conversationType") == QLatin1String("adminStudent") && senderId == str(c, "participantB"))
        return HttpError(403, QStringLiteral("errMsg_OneWayConversation"),
                         QStringLiteral("Admin notices are one-way: students cannot reply in them."));
    return std::nullopt;
}

messaging::Posted messaging::postChatMessage(Repository &repo, const QVariantMap &c, const QVariantMap &sender,
                                             const QString &messageType, const QJsonObject &content,
                                             const QString &clientMessageId, const QJsonObject &replyTo)
{
    const QString roomId = str(c, "id");
    const QString senderId = str(sender, "id");
    const Field *typeField = chatMessageSchema().field(QStringLiteral("messageType"));
    const QString type = ObjectSchema::readValue(*typeField, messageType.isEmpty() ? QStringLiteral("text") : messageType).toString();
    if ((type == QLatin1String("system") || type == QLatin1String("warning")) && !roles::isAdmin(str(sender, "roleId")))
        throw HttpError::invalid(QStringLiteral("messageType"), QStringLiteral("Only administrators send system and warning messages."));
    if (clientMessageId.size() > 64)
        throw HttpError::tooLong(QStringLiteral("clientMessageId"), 64);
    if (!clientMessageId.isEmpty()) {
        const auto dup = repo.findOne(chatMessageSchema(), QStringLiteral("roomId = ? AND senderId = ? AND clientMessageId = ?"),
                                      {roomId, senderId, clientMessageId});
        if (dup)
            return Posted{*dup, c, true};
    }
    if (auto refusal = sendRefusal(c, sender))
        throw *refusal;
    if (isMutedInRoom(repo, roomId, senderId))
        throw HttpError(403, QStringLiteral("errMsg_SilencedInConversation"), QStringLiteral("You cannot post in this conversation at the moment."));
    const QJsonObject normalized = normalizeContent(type, content);
    QJsonObject reply;
    if (!replyTo.isEmpty()) {
        const QString replyId = replyTo.value(QStringLiteral("id")).toString();
        const auto target = replyId.isEmpty() ? std::nullopt : repo.get(chatMessageSchema(), replyId);
        if (!target || str(*target, "roomId") != roomId || !target->value(QStringLiteral("isActive")).toBool())
            throw HttpError::invalid(QStringLiteral("replyTo"), QStringLiteral("'replyTo.id' must be a message of this conversation."));
        const QJsonObject targetContent = QJsonDocument::fromJson(target->value(QStringLiteral("content")).toByteArray()).object();
        reply = {{QStringLiteral("id"), replyId}, {QStringLiteral("preview"), previewOf(str(*target, "messageType"), targetContent)}};
    }
    return svc::inTransaction(repo, [&] {
        QSqlQuery q = repo.exec(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) + 1 FROM chatMessages WHERE roomId = ?"), {roomId});
        const qint64 sequence = q.next() ? q.value(0).toLongLong() : 1;
        const QString now = isoNow();
        QVariantMap values{{QStringLiteral("roomId"), roomId},
                           {QStringLiteral("senderId"), senderId},
                           {QStringLiteral("senderName"), str(sender, "fullname")},
                           {QStringLiteral("senderAvatar"), sender.value(QStringLiteral("avatar"))},
                           {QStringLiteral("messageType"), type},
                           {QStringLiteral("content"), QJsonDocument(normalized).toJson(QJsonDocument::Compact)},
                           {QStringLiteral("timestamp"), now},
                           {QStringLiteral("status"), QStringLiteral("approved")},
                           {QStringLiteral("replyTo"), reply.isEmpty() ? QVariant() : QVariant(QJsonDocument(reply).toJson(QJsonDocument::Compact))},
                           {QStringLiteral("clientMessageId"), clientMessageId.isEmpty() ? QVariant() : QVariant(clientMessageId)},
                           {QStringLiteral("sequence"), sequence}};
        Posted p;
        p.message = repo.insert(chatMessageSchema(), values, senderId);
        p.conversation = repo.update(conversationSchema(), roomId,
                                     {{QStringLiteral("lastMessageAt"), p.message.value(QStringLiteral("createdAt"))},
                                      {QStringLiteral("lastMessagePreview"), previewOf(type, normalized)}});
        notifyChatObserver(repo, QStringLiteral("message"), p.message);
        return p;
    });
}

QVariantMap messaging::deleteChatMessage(Repository &repo, const QVariantMap &message)
{
    return svc::inTransaction(repo, [&] {
        const QString id = str(message, "id");
        const QString roomId = str(message, "roomId");
        const QVariantMap deleted = repo.softDelete(chatMessageSchema(), id);
        const QJsonObject tombstone{{QStringLiteral("id"), id}, {QStringLiteral("preview"), QString()}};
        repo.exec(QStringLiteral("UPDATE chatMessages SET replyTo = ? WHERE roomId = ? AND replyTo IS NOT NULL AND "
                                 "json_extract(replyTo, '$.id') = ?"),
                  {QString::fromUtf8(QJsonDocument(tombstone).toJson(QJsonDocument::Compact)), roomId, id});
        const auto latest = repo.select(chatMessageSchema(), QStringLiteral("roomId = ? AND isActive = 1"), {roomId},
                                        QStringLiteral("sequence DESC"), 1);
        const QString preview = latest.isEmpty() ? QString()
                                                 : previewOf(str(latest.first(), "messageType"),
                                                             QJsonDocument::fromJson(latest.first().value(QStringLiteral("content")).toByteArray()).object());
        repo.exec(QStringLiteral("UPDATE conversations SET lastMessagePreview = ? WHERE id = ?"),
                  {latest.isEmpty() ? QVariant() : QVariant(preview), roomId});
        return deleted;
    });
}

messaging::SystemMessage messaging::sendSystemMessage(Repository &repo, const QVariantMap &admin, const QVariantMap &target,
                                                      const QString &text, const QString &severity,
                                                      const QString &resolutionType, const QString &complaintId)
{
    const QString role = str(target, "roleId");
    if (roles::isAdmin(role))
        throw HttpError::invalid(QStringLiteral("targetUserId"), QStringLiteral("System messages go to students and tutors."));
    const QString type = role == roles::tutor ? QStringLiteral("adminTutor") : QStringLiteral("adminStudent");
    return svc::inTransaction(repo, [&] {
        SystemMessage out;
        auto existing = repo.findOne(conversationSchema(),
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
            existing = repo.update(conversationSchema(), str(*existing, "id"), {{QStringLiteral("status"), QStringLiteral("active")}});
        }
        QJsonObject content{{QStringLiteral("text"), text}, {QStringLiteral("severity"), severity.isEmpty() ? QStringLiteral("warning") : severity}};
        if (!resolutionType.isEmpty())
            content.insert(QStringLiteral("resolutionType"), resolutionType);
        if (!complaintId.isEmpty())
            content.insert(QStringLiteral("complaintId"), complaintId);
        const bool warning = severity != QLatin1String("info") || !resolutionType.isEmpty();
        const Posted p = postChatMessage(repo, *existing, admin, warning ? QStringLiteral("warning") : QStringLiteral("system"), content);
        out.conversation = p.conversation;
        out.message = p.message;
        notifyUser(repo, str(target, "id"), warning ? QStringLiteral("adminWarning") : QStringLiteral("adminMessage"),
                   warning ? QStringLiteral("Message from the TutorHub team: warning") : QStringLiteral("Message from the TutorHub team"),
                   previewOf(QStringLiteral("text"), content),
                   QJsonObject{{QStringLiteral("conversationId"), str(out.conversation, "id")},
                               {QStringLiteral("chatMessageId"), str(out.message, "id")}});
        return out;
    });
}

} // namespace tutorhub::server
