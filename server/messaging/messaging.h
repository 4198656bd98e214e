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
const ObjectSchema &chatFileSchema(); // chat attachments (U50), bytes in chatFiles.fileData

namespace messaging {

// True when `userId` is participant A or B of the conversation.
bool isParticipant(const QVariantMap &conversation, const QString &userId);
// Why `sender` may not post into `conversation` (closed, one-way adminStudent, not a participant),
// as the HttpError to throw; nullopt when sending is allowed. System/warning messages by admins
// are checked by the caller.
std::optional<HttpError> sendRefusal(const QVariantMap &conversation, const QVariantMap &sender);

// G48: the content of each messageType: text {text}; image {url, fileName?, caption?}; document
// {url, fileName, caption?}; system/warning {text, severity?, resolutionType?, complaintId?}. An uploaded
// file (U50): image/document {fileId, caption?} instead of url/fileName, completed by resolveAttachment().
// Unknown keys are dropped; throws 400 on a missing or wrong field.
QJsonObject normalizeContent(const QString &messageType, const QJsonObject &content);

// Rule 69: an active block or silence of the user in this room.
bool isMutedInRoom(const Repository &repo, const QString &roomId, const QString &userId);

// Chat attachments (issue 15 item 5, U50-U56). At most this many bytes per file (413 from the request head).
constexpr qint64 kMaxChatFileBytes = 10 * 1024 * 1024;
// Stores an uploaded file (type sniffed from `data`, name cleaned, image size and thumbnail); throws HttpError 400.
QVariantMap storeChatFile(Repository &repo, const QString &roomId, const QString &uploaderId, const QString &fileName,
                          const QByteArray &data);
// Content naming a fileId: checks the file is the sender's upload to this room, not sent with another message
// (`messageId`: the message being edited), fits the type (an image message needs an image) and fills fileName,
// mimeType, size, width/height and thumbnail from the stored file (the client's values are not trusted).
// Content without fileId comes back unchanged. Throws HttpError 400.
QJsonObject resolveAttachment(const Repository &repo, const QString &roomId, const QString &senderId,
                              const QString &messageType, const QJsonObject &content, const QString &messageId = {});
// Ties the file of `content` (if any) to the stored message; hideAttachments() hides the files of a deleted one.
void linkAttachment(Repository &repo, const QJsonObject &content, const QString &messageId);
void hideAttachments(Repository &repo, const QString &messageId);

struct Posted
{
    QVariantMap message; // the stored chatMessage row
    QVariantMap conversation; // the conversation after lastMessageAt/Preview were updated
    bool duplicate = false; // the clientMessageId was already stored: nothing new was written
};

// Validates and stores one message (content per messageType, reply reference), assigns the next
// sequence and updates the conversation's inbox fields, in one transaction. Checks sendRefusal()
// and that only admins send system/warning messages. Throws HttpError.
Posted postChatMessage(Repository &repo, const QVariantMap &conversation, const QVariantMap &sender,
                       const QString &messageType, const QJsonObject &content, const QString &clientMessageId = {},
                       const QJsonObject &replyTo = {});

// One message of a batch of the realtime hub (F22).
struct BatchedSend
{
    QVariantMap conversation, sender;
    QString messageType;
    QJsonObject content;
    QString clientMessageId;
    QJsonObject replyTo;
    bool skip = false; // its connection is gone: not stored
    // Out:
    Posted posted;
    std::optional<HttpError> error; // refused (nothing of it was written)
    bool stored = false; // posted holds the stored (or duplicate) message
};

// postChatMessage() for a batch, in the caller's transaction (F22): each message is checked and
// stored as postChatMessage() does (a refused one writes nothing and gets its error), but the mute
// check runs once per room and sender, the next sequence is read once per room, and each room's
// conversation (lastMessageAt, lastMessagePreview) is updated once, after its last message. Throws
// only on an SQL failure (the caller rolls the batch back).
void postChatMessages(Repository &repo, QList<BatchedSend> &batch);

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
QList<Route> chatFileRoutes(Context ctx);

// Demo conversations (Lena <-> Maria, the admin <-> James) with a few messages. Idempotent.
void seedMessagingDemo(Repository &repo);

} // namespace tutorhub::server
