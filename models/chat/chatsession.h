// ChatSession: the chat of the signed-in user in one window (issue 17, K45). It builds the persistent outbox
// (per environment and user, in the data directory) and the hub connection, follows the server's features (our
// hub, else polling, C53), and says its state as a sentence. The dock, the Messages page and the pages that
// want live notifications are given it explicitly (no findChild, K46); each chat pane has its own
// ChatViewModel on it.
#pragma once

#include <QObject>
#include <QString>

namespace tutorhub::api {
class ApiClient;
class Outbox;
class RealtimeConnection;
} // namespace tutorhub::api

namespace tutorhub::models {

class ChatSession : public QObject
{
    Q_OBJECT
public:
    ChatSession(api::ApiClient *client, const QString &dataDirectory, const QString &userId, bool isAdmin,
                QObject *parent = nullptr);

    // Opens the hub connection (or starts polling); stop() closes it. start() twice does nothing.
    void start();
    void stop();

    QString userId() const { return m_userId; }
    bool isAdmin() const { return m_isAdmin; }
    // The connection state as a translated one-liner ("Chat connected", "Reconnecting in 4 s", ...).
    QString stateText() const;
    bool isConnected() const;
    // C53: the server has no hub; rooms are read by polling and nothing can be sent.
    bool isPolling() const;
    // Does the server hand out chat files (the downloadChatFile extension)?
    bool downloadsAvailable() const;

    // For the models built on it (and tests that speak the wire).
    api::ApiClient *client() const { return m_client; }
    api::RealtimeConnection *realtime() const { return m_realtime; }
    api::Outbox *outbox() const { return m_outbox; }

signals:
    void stateChanged();
    // A room message from someone else (desktop notifications): who sent it and a one-line preview.
    void messageArrived(const QString &roomId, const QString &senderName, const QString &preview);
    // A notification the server pushed (a refund processed, a report closed, ...).
    void notificationArrived(const QString &id, const QString &title, const QString &body);

private:
    api::ApiClient *m_client;
    QString m_userId;
    bool m_isAdmin;
    api::Outbox *m_outbox;
    api::RealtimeConnection *m_realtime;
    bool m_started = false;
};

} // namespace tutorhub::models
