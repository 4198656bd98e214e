// messaging (API.md §3.5, rules §4.9): conversations, the chat message store and the rules of who may
// read and send. The REST routes and the realtime hub (later) share postChatMessage(), so a message is
// checked and stored the same way whichever way it comes in. Messages carry a per-conversation
// `sequence` (1, 2, 3 ...) and an optional `clientMessageId` that makes a resend idempotent.
#pragma once

#include "core/apierror.h"
#include "core/context.h"
#include "http/router.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace tutorhub::server {

const ObjectSchema &conversationSchema();
const ObjectSchema &chatMessageSchema();
const ObjectSchema &chatModerationSchema(); // no REST route; the hub's room moderation

namespace messaging {

// True when `userId` is participant A or B of the conversation.
bool isParticipant(const QVariantMap &conversation, const QString &userId);
// Why `sender` may not post into `conversation` (closed, one-way adminStudent, not a participant),
// as the HttpError to throw; nullopt when sending is allowed. System/warning messages by admins
// are checked by the caller.
std::optional<HttpError> sendRefusal(const QVariantMap &conversation, const QVariantMap &sender);

// G48: the content of each messageType: text {text}; image {url, fileName?, caption?}; document
// {url, fileName, caption?}; system/warning {text, severity?, resolutionType?, complaintId?}.
// Unknown keys are dropped; throws 400 on a missing or wrong field.
QJsonObject normalizeContent(const QString &messageType, const QJsonObject &content);

struct Posted
{
    QVariantMap message;      // the stored chatMessage row
    QVariantMap conversation; // the conversation after lastMessageAt/Preview were updated
    bool duplicate = false;   // the clientMessageId was already stored: nothing new was written
};

// Validates and stores one message (content per messageType, reply reference), assigns the next
// sequence and updates the conversation's inbox fields, in one transaction. Checks sendRefusal()
// and that only admins send system/warning messages. Throws HttpError.
Posted postChatMessage(Repository &repo, const QVariantMap &conversation, const QVariantMap &sender,
                       const QString &messageType, const QJsonObject &content, const QString &clientMessageId = {},
                       const QJsonObject &replyTo = {});

// Soft-deletes a chat message and removes its text from what still shows it to the participants
// (SEC40): the conversation's lastMessagePreview (recomputed from the latest active message) and the
// reply previews quoting it. Returns the deleted row.
QVariantMap deleteChatMessage(Repository &repo, const QVariantMap &message);

struct SystemMessage
{
    QVariantMap conversation;
    QVariantMap message;
    bool createdConversation = false;
};

// sendSystemMessage (§3.5, rule 58): finds or creates the admin's adminStudent (student target) or
// adminTutor (tutor target) conversation, reopens it when closed, stores a `warning` message
// (severity warning/critical or a resolutionType) or a `system` message (info) and notifies the
// target. `admin` and `target` are user rows. Throws HttpError (400 for an admin target).
SystemMessage sendSystemMessage(Repository &repo, const QVariantMap &admin, const QVariantMap &target,
                                const QString &text, const QString &severity = QStringLiteral("warning"),
                                const QString &resolutionType = {}, const QString &complaintId = {});

// The realtime hub's hook (issue 7): told about every stored, edited or deleted chat message of the
// server that owns `repo` (event "message", "messageEdited" or "messageDeleted", the row as stored),
// possibly inside a transaction that may still roll back (the observer defers and re-reads).
using ChatObserver = std::function<void(const QString &event, const QVariantMap &message)>;
void setChatObserver(const Repository *repo, ChatObserver observer);
void notifyChatObserver(const Repository &repo, const QString &event, const QVariantMap &message);

} // namespace messaging

QList<Route> conversationRoutes(Context ctx);
QList<Route> chatMessageRoutes(Context ctx);

// Demo conversations (Lena <-> Maria, the admin <-> James) with a few messages. Idempotent.
void seedMessagingDemo(Repository &repo);

} // namespace tutorhub::server
