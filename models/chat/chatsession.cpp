#include "chatsession.h"

#include "api/apiclient.h"
#include "api/contract.h"
#include "api/outbox.h"
#include "api/realtime.h"
#include "models/chat/conversationlistmodel.h"

namespace tutorhub::models {

ChatSession::ChatSession(api::ApiClient *client, const QString &dataDirectory, const QString &userId, bool isAdmin,
                         QObject *parent)
    : QObject(parent),
      m_client(client),
      m_userId(userId),
      m_isAdmin(isAdmin)
{
    m_outbox = new api::Outbox(api::Outbox::pathIn(dataDirectory, client->environment(), userId), this);
    m_realtime = new api::RealtimeConnection(client, m_outbox, this);
    m_realtime->setUserId(userId);
    // C53, C67: our hub when the server names it, else the documented lists read in polling mode (read-only). A
    // client whose server was never asked keeps the hub, as before.
    auto useFeatures = [this] {
        m_realtime->setHubAvailable(m_client->serverFeatures().supportsOrNotAsked(api::Route::realtimeHub));
    };
    useFeatures();
    connect(client, &api::ApiClient::serverFeaturesChanged, this, useFeatures);
    connect(m_realtime, &api::RealtimeConnection::stateChanged, this, &ChatSession::stateChanged);
    connect(m_realtime, &api::RealtimeConnection::messageReceived, this,
            [this](const QString &room, const QJsonObject &m) {
                if (m.value(QStringLiteral("senderId")).toString() == m_userId)
                    return;
                emit messageArrived(room, m.value(QStringLiteral("senderName")).toString(),
                                    ConversationListModel::previewOf(m));
            });
    connect(m_realtime, &api::RealtimeConnection::notificationReceived, this, [this](const QJsonObject &n) {
        emit notificationArrived(n.value(QStringLiteral("id")).toString(), n.value(QStringLiteral("title")).toString(),
                                 n.value(QStringLiteral("body")).toString());
    });
}

void ChatSession::start()
{
    if (std::exchange(m_started, true))
        return;
    m_realtime->start();
}

void ChatSession::stop()
{
    m_realtime->stop();
}

QString ChatSession::stateText() const
{
    return m_realtime->stateText();
}

bool ChatSession::isConnected() const
{
    return m_realtime->state() == api::RealtimeConnection::State::Connected;
}

bool ChatSession::isPolling() const
{
    return m_realtime->state() == api::RealtimeConnection::State::Polling;
}

bool ChatSession::downloadsAvailable() const
{
    return m_client->serverFeatures().supportsOrNotAsked(api::Route::downloadChatFile);
}

} // namespace tutorhub::models
