#include "chatviewmodel.h"

#include "api/adminapi.h"
#include "api/hubprotocol.h"
#include "api/messagingapi.h"
#include "api/realtime.h"
#include "models/chat/chaterrors.h"
#include "models/chat/chatfiles.h"
#include "models/chat/chatsession.h"
#include "models/chat/conversationlistmodel.h"
#include "models/chat/messagelistmodel.h"
#include "models/format.h"

#include <QDateTime>
#include <QTimer>
#include <QUrl>

namespace tutorhub::models {

namespace hub = api::hub;

ChatViewModel::ChatViewModel(ChatSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    api::RealtimeConnection *realtime = session->realtime();
    m_conversations = new ConversationListModel(session->client(), realtime, this);
    m_messages = new MessageListModel(realtime, session->outbox(), this);
    m_uploader = ChatUploader::forOutbox(session->client(), session->outbox()); // shared by the panes of an outbox
    m_downloader = new ChatDownloader(session->client(), this);
    m_messages->setUploader(m_uploader);
    m_messages->setOfflineCacheClient(session->client());
    m_conversations->setUserId(session->userId());
    m_messages->setUserId(session->userId());

    m_typingIdle = new QTimer(this);
    m_typingIdle->setSingleShot(true);
    m_typingIdle->setInterval(kTypingIdleMs);
    connect(m_typingIdle, &QTimer::timeout, this, &ChatViewModel::stopTyping);

    connect(session, &ChatSession::stateChanged, this, &ChatViewModel::stateChanged);
    connect(realtime, &api::RealtimeConnection::messageRefused, this,
            [this](const QString &, const api::ApiError &e) { emit notice(chatErrorSentence(e)); });
    connect(realtime, &api::RealtimeConnection::errorReceived, this, [this](const QJsonObject &f) {
        const auto e = hub::Error::fromJson(f);
        if (!e)
            return;
        const QString frame = e->frame.value_or(QString());
        if (frame == QLatin1String(hub::Typing::type) || frame == QLatin1String(hub::Read::type))
            return; // background frames: nothing the user did
        emit notice(chatErrorSentence(api::ApiError(api::ApiError::Kind::Http, int(e->status), e->code, e->message)));
    });
    connect(realtime, &api::RealtimeConnection::frameReceived, this, &ChatViewModel::onModeration);
}

bool ChatViewModel::isAdmin() const
{
    return m_session->isAdmin();
}

void ChatViewModel::reload()
{
    m_conversations->load();
}

void ChatViewModel::open(const QString &conversationId)
{
    if (m_current != conversationId)
        stopTyping();
    m_current = conversationId;
    m_messages->open(conversationId);
}

void ChatViewModel::openEnrollment(const QString &enrollmentId, const QString &studentId, const QString &tutorId)
{
    api::MessagingApi(m_session->client())
        .openEnrollmentConversation(
            enrollmentId, studentId, tutorId, this, [this](const api::Result<api::JsonAnswer> &r) {
                if (!r) {
                    emit notice(r.error().userMessage());
                    return;
                }
                const QString id = r.value().object().value(QStringLiteral("id")).toString();
                if (m_conversations->rowOf(id) >= 0) {
                    emit conversationReady(id);
                    return;
                }
                // New: ready once the list has it.
                auto *once = new QObject(this);
                connect(m_conversations, &ConversationListModel::modelReset, once, [this, id, once] {
                    once->deleteLater();
                    emit conversationReady(id);
                });
                m_conversations->load();
            });
}

QString ChatViewModel::title() const
{
    const int row = m_conversations->rowOf(m_current);
    return row >= 0 ? m_conversations->index(row).data(ConversationListModel::TitleRole).toString()
                    : tr("Conversation");
}

QString ChatViewModel::courseTitle() const
{
    return m_conversations->conversation(m_current).value(QStringLiteral("courseTitle")).toString();
}

QString ChatViewModel::peerId() const
{
    const int row = m_conversations->rowOf(m_current);
    return row >= 0 ? m_conversations->index(row).data(ConversationListModel::PeerIdRole).toString() : QString();
}

bool ChatViewModel::canSend() const
{
    const bool closed = m_conversations->conversation(m_current).value(QStringLiteral("status")).toString()
                        == QLatin1String("closed");
    return m_messages->canSend() && !closed;
}

QString ChatViewModel::composerNotice() const
{
    if (canSend())
        return {};
    const QJsonObject c = m_conversations->conversation(m_current);
    const bool closed = c.value(QStringLiteral("status")).toString() == QLatin1String("closed");
    if (m_session->isPolling() && !closed)
        return m_session->stateText(); // no hub: read-only, and why (C53)
    const bool oneWay
        = c.value(QStringLiteral("conversationType")).toString() == QLatin1String("adminStudent") && !isAdmin();
    return chatErrorSentence(api::ApiError(api::ApiError::Kind::Http, 403,
                                           oneWay   ? QStringLiteral("errMsg_OneWayConversation")
                                           : closed ? QStringLiteral("errMsg_ConversationClosed")
                                                    : QStringLiteral("errMsg_SilencedInConversation")));
}

bool ChatViewModel::connectedOrSay(const QString &sentence)
{
    if (m_session->isConnected())
        return true;
    emit notice(sentence);
    return false;
}

bool ChatViewModel::sendText(const QString &text, const QString &replyToId)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || m_current.isEmpty() || !canSend())
        return false;
    QJsonObject reply;
    if (!replyToId.isEmpty())
        reply.insert(QStringLiteral("id"), replyToId);
    // Kept in the outbox until the hub acknowledges it, across reconnects and restarts.
    m_session->realtime()->sendMessage(m_current, QStringLiteral("text"), QJsonObject {{QStringLiteral("text"), t}},
                                       reply);
    stopTyping();
    emit notice({});
    return true;
}

bool ChatViewModel::editText(const QString &messageId, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || messageId.isEmpty())
        return false;
    hub::Edit edit;
    edit.messageId = messageId;
    edit.content = QJsonObject {{QStringLiteral("text"), t}};
    if (!m_session->realtime()->send(edit)) {
        emit notice(tr("The chat is offline: the change was not saved. Try again when it is connected."));
        return false;
    }
    stopTyping();
    emit notice({});
    return true;
}

bool ChatViewModel::deleteMessage(const QString &messageId)
{
    hub::Delete del;
    del.messageId = messageId;
    if (!m_session->realtime()->send(del)) {
        emit notice(tr("The chat is offline: the message was not deleted. Try again when it is connected."));
        return false;
    }
    return true;
}

bool ChatViewModel::sendLink(const QString &type, const QString &url, const QString &fileName, const QString &caption)
{
    const QUrl link = QUrl::fromUserInput(url.trimmed());
    QString file = fileName.trimmed();
    if (file.isEmpty())
        file = link.fileName();
    if (!link.isValid() || link.scheme().isEmpty() || (type == QLatin1String("document") && file.isEmpty())) {
        emit notice(tr("Enter a valid link and, for a document, a file name."));
        return false;
    }
    QJsonObject content {{QStringLiteral("url"), link.toString()}};
    if (!file.isEmpty())
        content.insert(QStringLiteral("fileName"), file);
    if (!caption.trimmed().isEmpty())
        content.insert(QStringLiteral("caption"), caption.trimmed());
    m_session->realtime()->sendMessage(m_current, type, content);
    return true;
}

void ChatViewModel::typed()
{
    if (m_current.isEmpty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastTypingSentMs >= kTypingRepeatMs) {
        hub::Typing typing;
        typing.roomId = m_current;
        typing.isTyping = true;
        m_session->realtime()->send(typing);
        m_lastTypingSentMs = now;
    }
    m_typingIdle->start();
}

void ChatViewModel::stopTyping()
{
    m_typingIdle->stop();
    if (m_lastTypingSentMs > 0 && !m_current.isEmpty()) {
        hub::Typing typing;
        typing.roomId = m_current;
        typing.isTyping = false;
        m_session->realtime()->send(typing);
    }
    m_lastTypingSentMs = 0;
}

void ChatViewModel::markRead()
{
    if (!m_current.isEmpty())
        m_conversations->markRead(m_current, m_messages->lastSequence());
}

bool ChatViewModel::warn(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || peerId().isEmpty())
        return false;
    if (t.size() > api::kWarningMaxLength) {
        emit notice(
            tr("A warning can be at most %1 characters long (this one has %2). Please shorten it and send it again.")
                .arg(api::kWarningMaxLength)
                .arg(t.size()));
        return false;
    }
    api::MessagingApi(m_session->client())
        .warnUser(m_session->userId(), peerId(), t, this, [this](const api::Result<api::JsonAnswer> &r) {
            emit notice(r ? tr("The warning was sent.") : r.error().userMessage());
        });
    return true;
}

bool ChatViewModel::restrictPeer(const QString &action, int hours)
{
    if (peerId().isEmpty())
        return false;
    hub::Moderate m;
    m.roomId = m_current;
    m.userId = peerId();
    m.action = action;
    m.duration = qint64(hours) * 3600;
    if (!m_session->realtime()->send(m)) {
        emit notice(tr("The chat is offline. Try again when it is connected."));
        return false;
    }
    return true;
}

bool ChatViewModel::lift(const QString &action)
{
    if (peerId().isEmpty())
        return false;
    hub::Moderate m;
    m.roomId = m_current;
    m.userId = peerId();
    m.action = action;
    m.lift = true;
    if (!m_session->realtime()->send(m)) {
        emit notice(tr("The chat is offline. Try again when it is connected."));
        return false;
    }
    return true;
}

// The moderator sees what the room's restriction now is (the target sees the composer turn off).
void ChatViewModel::onModeration(const QJsonObject &frame)
{
    const auto m = hub::Moderation::fromJson(frame);
    if (!m || m->roomId != m_current || m->userId == m_session->userId())
        return;
    const QDateTime until = Format::parseUtc(m->expiresAt);
    const QString when = until.isValid() ? tr(" until %1").arg(Format::dateTime(until)) : QString();
    if (m->lifted)
        emit notice(tr("The restriction was lifted."));
    else if (m->action == QLatin1String("blocked"))
        emit notice(tr("%1 is blocked in this conversation%2.").arg(title(), when));
    else
        emit notice(tr("%1 is silenced in this conversation%2.").arg(title(), when));
}

} // namespace tutorhub::models
