// messaging REST routes: conversations (§3.5), sendSystemMessage and the chat message store under
// the documented /v1/v1/chat-messages paths (G45).
#include "messaging/messaging.h"

#include "admin/svcutil.h"
#include "auth/userschema.h"
#include "core/util.h"
#include "http/envelope.h"
#include "core/handler.h"

#include <QJsonDocument>

namespace tutorhub::server {

namespace {

QVariantMap loadConversation(const Repository &repo, const QString &id)
{
    const auto row = repo.get(conversationSchema(), id);
    if (!row || !row->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(conversationSchema().name);
    return *row;
}

// Rule 66: the two participants and admins.
void requireReader(const Request &req, const QVariantMap &c)
{
    if (!req.caller().isAdmin() && !messaging::isParticipant(c, req.caller().userId))
        throw HttpError(403, QStringLiteral("errMsg_NotConversationParticipant"),
                        QStringLiteral("Only the participants of this conversation and administrators can read it."));
}

QJsonValue enrollmentJoin(const Repository &repo, const QVariant &enrollmentId)
{
    const auto e = svc::rowById(repo, QStringLiteral("enrollments"), enrollmentId.toString());
    if (!e)
        return QJsonValue::Null;
    return svc::pick(*e,
                     {QStringLiteral("coursePackId"), QStringLiteral("studentId"), QStringLiteral("tutorProfileId")});
}

QJsonObject conversationJson(const Repository &repo, const QVariantMap &row, bool joins, bool listShape)
{
    QJsonObject o = conversationSchema().toJson(row);
    if (joins) {
        const QJsonValue e = enrollmentJoin(repo, row.value(QStringLiteral("enrollmentId")));
        o.insert(QStringLiteral("enrollment"), listShape ? QJsonValue(svc::asListJoin(e)) : e);
    }
    return o;
}

QJsonObject messageJson(const QVariantMap &row, const QString &baseUrl)
{
    QJsonObject o = chatMessageSchema().toJson(row);
    if (!row.value(QStringLiteral("senderAvatar")).isNull())
        o.insert(QStringLiteral("senderAvatar"), avatarUrl(row.value(QStringLiteral("senderAvatar")), baseUrl));
    return o;
}

// §4.9: who may open which conversation type with whom. Returns the insert values.
QVariantMap conversationInput(const Repository &repo, const Request &req)
{
    const AuthContext &me = req.caller();
    QVariantMap in = conversationSchema().readInput(
        req.json(),
        {QStringLiteral("conversationType"), QStringLiteral("participantA"), QStringLiteral("participantB"),
         QStringLiteral("enrollmentId"), QStringLiteral("lastMessageAt"), QStringLiteral("lastMessagePreview"),
         QStringLiteral("participantAName"), QStringLiteral("participantBName"), QStringLiteral("courseTitle")},
        {QStringLiteral("conversationType"), QStringLiteral("participantA"), QStringLiteral("participantB")});
    const QString type = str(in, "conversationType");
    const QString a = str(in, "participantA");
    const QString b = str(in, "participantB");
    svc::requireUuid(QStringLiteral("participantA"), a);
    svc::requireUuid(QStringLiteral("participantB"), b);
    if (a == b)
        throw HttpError::invalid(QStringLiteral("participantB"),
                                 QStringLiteral("A conversation needs two different participants."));
    const QVariantMap userA = svc::requireUser(repo, a);
    const QVariantMap userB = svc::requireUser(repo, b);
    QVariantMap out {{QStringLiteral("conversationType"), type},
                     {QStringLiteral("participantA"), a},
                     {QStringLiteral("participantB"), b},
                     {QStringLiteral("status"), QStringLiteral("active")},
                     {QStringLiteral("participantAName"), str(userA, "fullname")},
                     {QStringLiteral("participantBName"), str(userB, "fullname")}};
    if (type == QLatin1String("studentTutor")) {
        if (me.isAdmin() || (me.userId != a && me.userId != b))
            throw HttpError::forbidden(
                QStringLiteral("A student-tutor conversation is opened by its student or its tutor."));
        if (str(userA, "roleId") != roles::user)
            throw HttpError::invalid(QStringLiteral("participantA"),
                                     QStringLiteral("'participantA' must be the student."));
        if (str(userB, "roleId") != roles::tutor)
            throw HttpError::invalid(QStringLiteral("participantB"),
                                     QStringLiteral("'participantB' must be the tutor."));
        const QString enrollmentId = str(in, "enrollmentId");
        if (enrollmentId.isEmpty())
            throw HttpError::missing(QStringLiteral("enrollmentId"));
        const auto e = svc::rowById(repo, QStringLiteral("enrollments"), enrollmentId);
        if (!e)
            throw HttpError::notFound(QStringLiteral("enrollment"));
        const auto profile = svc::rowById(repo, QStringLiteral("tutorProfiles"), str(*e, "tutorProfileId"));
        if (str(*e, "studentId") != a || !profile || str(*profile, "tutorId") != b)
            throw HttpError::invalid(QStringLiteral("enrollmentId"),
                                     QStringLiteral("The enrollment does not belong to these participants."));
        if (str(*e, "enrollmentStatus") == QLatin1String("canceled"))
            throw HttpError::invalid(QStringLiteral("enrollmentId"), QStringLiteral("The enrollment is canceled."));
        out.insert(QStringLiteral("enrollmentId"), enrollmentId);
        const QJsonValue pack
            = svc::coursePackBrief(repo, e->value(QStringLiteral("coursePackId")), {QStringLiteral("title")});
        out.insert(QStringLiteral("courseTitle"), pack.isObject()
                                                      ? pack.toObject().value(QStringLiteral("title")).toString()
                                                      : str(in, "courseTitle"));
    } else {
        if (!me.isAdmin())
            throw HttpError::forbidden(QStringLiteral("Only administrators open admin conversations."));
        if (a != me.userId)
            throw HttpError::forbidden(QStringLiteral("'participantA' must be your own user id."));
        const QString wanted = type == QLatin1String("adminStudent") ? roles::user : roles::tutor;
        if (str(userB, "roleId") != wanted)
            throw HttpError::invalid(QStringLiteral("participantB"),
                                     QStringLiteral("'participantB' must be a %1.")
                                         .arg(wanted == roles::user ? QStringLiteral("student") : wanted));
    }
    return out;
}

Response createConversation(const Context &ctx, Request &req)
{
    const QVariantMap in = conversationInput(*ctx.repo, req);
    // Rule 65: one conversation per type and participant pair; creating it again returns it (200).
    const auto existing = ctx.repo->findOne(
        conversationSchema(),
        QStringLiteral("conversationType = ? AND participantA = ? AND participantB = ? AND isActive = 1"),
        {str(in, "conversationType"), str(in, "participantA"), str(in, "participantB")});
    if (existing)
        return envelope::ok(req, conversationSchema().name, QStringLiteral("create"),
                            conversationSchema().toJson(*existing), 200);
    const QVariantMap row = ctx.repo->insert(conversationSchema(), in, req.caller().userId);
    return envelope::ok(req, conversationSchema().name, QStringLiteral("create"), conversationSchema().toJson(row),
                        201);
}

Response sendSystemMessageRoute(const Context &ctx, Request &req)
{
    const QJsonObject body = req.json();
    const Field idField {QStringLiteral("targetUserId"), FieldType::ID, {}, false, false, false, 0};
    const Field roleField {QStringLiteral("targetUserRole"),
                           FieldType::Enum,
                           {QStringLiteral("student"), QStringLiteral("tutor")},
                           false,
                           false,
                           false,
                           0};
    const Field textField {QStringLiteral("messageContent"), FieldType::Text, {}, false, false, false, 4000};
    const Field resField {QStringLiteral("resolutionType"),
                          FieldType::Enum,
                          {QStringLiteral("warn"), QStringLiteral("requireEdit"), QStringLiteral("removeCourse"),
                           QStringLiteral("suspend"), QStringLiteral("ban")},
                          false,
                          false,
                          false,
                          0};
    const Field complaintField {QStringLiteral("complaintId"), FieldType::ID, {}, false, false, false, 0};
    const Field severityField {QStringLiteral("severity"),
                               FieldType::Enum,
                               {QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("critical")},
                               false,
                               false,
                               false,
                               0};
    auto read = [&](const Field &f, bool required) {
        const QVariant v = ObjectSchema::readValue(f, body.value(f.name));
        if (required && v.toString().trimmed().isEmpty())
            throw HttpError::missing(f.name);
        return v.toString();
    };
    const QString targetId = read(idField, true);
    const QString role = read(roleField, true);
    const QString text = read(textField, true).trimmed();
    const QString resolution = read(resField, false);
    const QString complaint = read(complaintField, false);
    const QString severity = read(severityField, false);
    svc::requireUuid(idField.name, targetId);
    if (!complaint.isEmpty())
        svc::requireUuid(complaintField.name, complaint);
    const QVariantMap target = svc::requireUser(*ctx.repo, targetId);
    const QString actual = str(target, "roleId");
    if ((role == QLatin1String("student") && actual != roles::user)
        || (role == QLatin1String("tutor") && actual != roles::tutor))
        throw HttpError::invalid(roleField.name, QStringLiteral("'targetUserRole' does not match the user's role."));
    const auto sent = messaging::sendSystemMessage(*ctx.repo, req.caller().user, target, text,
                                                   severity.isEmpty() ? QStringLiteral("warning") : severity,
                                                   resolution, complaint);
    return envelope::ok(req, conversationSchema().name, QStringLiteral("create"),
                        conversationSchema().toJson(sent.conversation), 201,
                        QJsonObject {{QStringLiteral("chatMessage"), messageJson(sent.message, req.baseUrl)}});
}

} // namespace

namespace {

Response getConversation(const Context &ctx, Request &req)
{
    const QVariantMap c = loadConversation(*ctx.repo, req.param(QStringLiteral("conversationId")));
    requireReader(req, c);
    return envelope::ok(req, conversationSchema().name, QStringLiteral("get"),
                        conversationJson(*ctx.repo, c, svc::wantJoins(req), false));
}

Response updateConversation(const Context &ctx, Request &req)
{
    const QVariantMap c = loadConversation(*ctx.repo, req.param(QStringLiteral("conversationId")));
    const QVariantMap in
        = conversationSchema().readInput(req.json(), {QStringLiteral("status")}, {QStringLiteral("status")});
    return envelope::ok(req, conversationSchema().name, QStringLiteral("update"),
                        conversationSchema().toJson(ctx.repo->update(conversationSchema(), str(c, "id"), in)));
}

Response listMyConversations(const Context &ctx, Request &req)
{
    ListQuery q
        = ListQuery::parse(req, conversationSchema(), {QStringLiteral("conversationType"), QStringLiteral("status")});
    if (!req.hasQuery(QStringLiteral("sortBy"))) {
        q.sortBy = QStringLiteral("lastMessageAt");
        q.descending = !req.hasQuery(QStringLiteral("sortOrder")) || q.descending;
    }
    const QString me = req.caller().userId;
    const ListResult res
        = ctx.repo->list(conversationSchema(), q, QStringLiteral("participantA = ? OR participantB = ?"), {me, me});
    QJsonArray rows;
    const bool joins = svc::wantJoins(req);
    for (const QVariantMap &row : res.rows)
        rows.append(conversationJson(*ctx.repo, row, joins, true));
    return envelope::list(req, conversationSchema().plural, rows, q.paging(res.total));
}

} // namespace

QList<Route> conversationRoutes(Context ctx)
{
    QList<Route> r;
    r.append(route(R::createConversation, ctx, createConversation));
    r.append(route(R::getConversation, ctx, getConversation));
    // Extension (G46: no API closes a conversation): admins set status active/closed.
    r.append(route(R::updateConversation, ctx, updateConversation));
    r.append(route(R::listMyConversations, ctx, listMyConversations));
    // Machine-to-machine only (§3.5): every user token is refused before the handler runs; the handler
    // stays for a future service credential and documents the body.
    r.append(route(R::sendSystemMessage, ctx, sendSystemMessageRoute));
    return r;
}

namespace {

QVariantMap loadMessage(const Repository &repo, const QString &id)
{
    const auto row = repo.get(chatMessageSchema(), id);
    if (!row || !row->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(chatMessageSchema().name);
    return *row;
}

Response listMessages(const Context &ctx, Request &req)
{
    const ObjectSchema &S = chatMessageSchema();
    ListQuery q = ListQuery::parse(req, S,
                                   {QStringLiteral("roomId"), QStringLiteral("senderId"), QStringLiteral("senderName"),
                                    QStringLiteral("senderAvatar"), QStringLiteral("messageType"),
                                    QStringLiteral("content"), QStringLiteral("timestamp"), QStringLiteral("status"),
                                    QStringLiteral("replyTo"), QStringLiteral("clientMessageId")});
    QString where = QStringLiteral("1 = 1");
    QVariantList binds;
    const QString room = req.queryValue(QStringLiteral("roomId"));
    if (!req.caller().isAdmin()) {
        if (!room.isEmpty() && !req.queryValues(QStringLiteral("roomId")).contains(QStringLiteral("null"))) {
            for (const QString &id : req.queryValues(QStringLiteral("roomId")))
                requireReader(req, loadConversation(*ctx.repo, id));
        }
        where = QStringLiteral("roomId IN (SELECT id FROM conversations WHERE participantA = ? OR participantB = ?)");
        binds << req.caller().userId << req.caller().userId;
    }
    // Resync (ARCHITECTURE decision 10): messages after the last one the client has.
    if (req.hasQuery(QStringLiteral("afterSequence"))) {
        bool ok = false;
        const qint64 after = req.queryValue(QStringLiteral("afterSequence")).toLongLong(&ok);
        if (!ok || after < 0)
            throw HttpError::invalid(QStringLiteral("afterSequence"),
                                     QStringLiteral("'afterSequence' must be a non-negative integer."));
        where += QStringLiteral(" AND sequence > ?");
        binds << after;
    }
    if (!req.hasQuery(QStringLiteral("sortBy")))
        q.sortBy = room.isEmpty() ? QStringLiteral("createdAt") : QStringLiteral("sequence");
    const ListResult res = ctx.repo->list(S, q, where, binds);
    QJsonArray rows;
    for (const QVariantMap &row : res.rows)
        rows.append(messageJson(row, req.baseUrl));
    return envelope::list(req, S.plural, rows, q.paging(res.total));
}

// Extension: the REST twin of the hub's "send" (no REST post is documented, §3.5).
Response postMessage(const Context &ctx, Request &req)
{
    const QJsonObject body = req.json();
    const QJsonValue roomV = body.value(QStringLiteral("roomId"));
    if (!roomV.isUndefined() && !roomV.isNull() && !roomV.isString())
        throw HttpError::invalid(QStringLiteral("roomId"));
    if (roomV.toString().isEmpty())
        throw HttpError::missing(QStringLiteral("roomId"));
    svc::requireUuid(QStringLiteral("roomId"), roomV.toString());
    const QJsonValue typeV = body.value(QStringLiteral("messageType"));
    if (!typeV.isUndefined() && !typeV.isNull() && !typeV.isString())
        throw HttpError::invalid(QStringLiteral("messageType"));
    const QJsonValue contentV = body.value(QStringLiteral("content"));
    if (contentV.isUndefined() || contentV.isNull())
        throw HttpError::missing(QStringLiteral("content"));
    if (!contentV.isObject())
        throw HttpError::invalid(QStringLiteral("content"), QStringLiteral("'content' must be a JSON object."));
    const QJsonValue cidV = body.value(QStringLiteral("clientMessageId"));
    if (!cidV.isUndefined() && !cidV.isNull() && !cidV.isString())
        throw HttpError::invalid(QStringLiteral("clientMessageId"));
    const QJsonValue replyV = body.value(QStringLiteral("replyTo"));
    if (!replyV.isUndefined() && !replyV.isNull() && !replyV.isObject())
        throw HttpError::invalid(QStringLiteral("replyTo"));
    const QVariantMap c = loadConversation(*ctx.repo, roomV.toString());
    const auto posted = messaging::postChatMessage(*ctx.repo, c, req.caller().user, typeV.toString(),
                                                   contentV.toObject(), cidV.toString(), replyV.toObject());
    return envelope::ok(req, chatMessageSchema().name, QStringLiteral("create"),
                        messageJson(posted.message, req.baseUrl), posted.duplicate ? 200 : 201);
}

// Rule 67 + G49: the sender edits content (user message types), admins edit anything incl. status.
Response updateMessage(const Context &ctx, Request &req)
{
    const ObjectSchema &S = chatMessageSchema();
    const QVariantMap msg = loadMessage(*ctx.repo, req.param(QStringLiteral("id")));
    const AuthContext &me = req.caller();
    const bool admin = me.isAdmin();
    if (!admin && str(msg, "senderId") != me.userId)
        throw HttpError::forbidden(QStringLiteral("Only the sender or an administrator can edit a message."));
    const QJsonObject body = req.json();
    QVariantMap changes;
    if (body.contains(QStringLiteral("status")) && !body.value(QStringLiteral("status")).isNull()) {
        if (!admin)
            throw HttpError::forbidden(QStringLiteral("Only administrators set the moderation status."));
        changes.insert(QStringLiteral("status"), ObjectSchema::readValue(*S.field(QStringLiteral("status")),
                                                                         body.value(QStringLiteral("status"))));
    }
    if (body.contains(QStringLiteral("content")) && !body.value(QStringLiteral("content")).isNull()) {
        if (!body.value(QStringLiteral("content")).isObject())
            throw HttpError::invalid(QStringLiteral("content"), QStringLiteral("'content' must be a JSON object."));
        const auto c = loadConversation(*ctx.repo, str(msg, "roomId"));
        if (!admin && str(c, "status") == QLatin1String("closed"))
            throw HttpError(409, QStringLiteral("errMsg_ConversationClosed"),
                            QStringLiteral("This conversation is closed."));
        const QJsonObject posted = messaging::resolveAttachment(
            *ctx.repo, str(msg, "roomId"), str(msg, "senderId"), str(msg, "messageType"),
            messaging::normalizeContent(str(msg, "messageType"), body.value(QStringLiteral("content")).toObject()),
            str(msg, "id"));
        changes.insert(QStringLiteral("content"), QJsonDocument(posted).toJson(QJsonDocument::Compact));
    }
    const QVariantMap row = changes.isEmpty() ? msg : ctx.repo->update(S, str(msg, "id"), changes);
    if (!changes.isEmpty())
        messaging::notifyChatObserver(*ctx.repo, QStringLiteral("messageEdited"), row);
    return envelope::ok(req, S.name, QStringLiteral("update"), messageJson(row, req.baseUrl));
}

Response getChatMessage(const Context &ctx, Request &req)
{
    const QVariantMap msg = loadMessage(*ctx.repo, req.param(QStringLiteral("id")));
    requireReader(req, loadConversation(*ctx.repo, str(msg, "roomId")));
    return envelope::ok(req, chatMessageSchema().name, QStringLiteral("get"), messageJson(msg, req.baseUrl));
}

Response deleteChatMessage(const Context &ctx, Request &req)
{
    const QVariantMap msg = loadMessage(*ctx.repo, req.param(QStringLiteral("id")));
    if (!req.caller().isAdmin() && str(msg, "senderId") != req.caller().userId)
        throw HttpError::forbidden(QStringLiteral("Only the sender or an administrator can delete a message."));
    const QVariantMap deleted = messaging::deleteChatMessage(*ctx.repo, msg);
    messaging::notifyChatObserver(*ctx.repo, QStringLiteral("messageDeleted"), deleted);
    return envelope::ok(req, chatMessageSchema().name, QStringLiteral("delete"), messageJson(deleted, req.baseUrl));
}

} // namespace

QList<Route> chatMessageRoutes(Context ctx)
{
    QList<Route> r;
    r.append(route(R::listChatMessages, ctx, listMessages));
    r.append(route(R::createChatMessage, ctx, postMessage));
    r.append(route(R::getChatMessage, ctx, getChatMessage));
    r.append(route(R::updateChatMessage, ctx, updateMessage));
    r.append(route(R::deleteChatMessage, ctx, deleteChatMessage));
    return r;
}

} // namespace tutorhub::server
