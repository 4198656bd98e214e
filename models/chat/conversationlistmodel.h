// The chat inbox (issue 7): the user's conversations, newest message first, with the other
// participant's name, the course, a preview of the last message and an unread badge. Loaded over REST
// (GET /myconversations); kept live by the RealtimeConnection: it joins every conversation after the
// hello (resync from the hello's lastSequence), so new messages move a row to the top and count as
// unread until the user reads them (read markers, R5).
#pragma once

#include "api/apierror.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonObject>
#include <QPointer>

namespace tutorhub::api {
class ApiClient;
class RealtimeConnection;
} // namespace tutorhub::api

namespace tutorhub::models {

class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole, // the other participant (or "TutorHub team" for a student's admin notices)
        CourseTitleRole,
        PreviewRole,
        LastMessageAtRole, // QDateTime (UTC)
        TimeTextRole, // "14:05" today, else the date, in the display zone
        UnreadRole, // int
        TypeRole, // studentTutor, adminStudent, adminTutor
        ClosedRole, // bool
        PeerIdRole,
        LastSequenceRole,
        ConversationRole, // the whole conversation object
    };

    ConversationListModel(api::ApiClient *client, api::RealtimeConnection *realtime, QObject *parent = nullptr);

    // The signed-in user's id (titles, own messages); set before load().
    void setUserId(const QString &userId) { m_userId = userId; }
    QString userId() const { return m_userId; }

    void load();
    bool isLoading() const { return m_loading; }
    api::ApiError lastError() const { return m_error; }
    // Valid while the rows are the offline cache's (the server is out of reach, U42): when they were received.
    QDateTime cachedAt() const { return m_cachedAt; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &conversationId) const;
    QJsonObject conversation(const QString &conversationId) const;
    int totalUnread() const;
    // The user read the room up to `sequence` (the message view calls it; also sent to the hub).
    void markRead(const QString &conversationId, qint64 sequence);

    // "[Image] caption", "[Document] file.pdf" or the text, one line (also used by the message view).
    static QString previewOf(const QJsonObject &message);

signals:
    void loadingChanged(bool loading);
    void loadFailed(const tutorhub::api::ApiError &error);
    void unreadChanged(int total);

private:
    struct Row
    {
        QJsonObject conversation;
        QDateTime lastAt;
        QString preview;
        qint64 lastSequence = 0;
        qint64 readSequence = 0;
        int unread = 0; // the other participant's messages after the read marker
    };
    void setRows(const QJsonArray &conversations);
    void reloadWhenOnline(bool online);
    void applyHello(const QJsonObject &hello);
    void onMessage(const QString &roomId, const QJsonObject &message);
    void onFrame(const QJsonObject &frame);
    void moveToTop(int row);
    int unread(const Row &r) const;

    api::ApiClient *m_client;
    QPointer<api::RealtimeConnection> m_realtime;
    QString m_userId;
    QList<Row> m_rows;
    QJsonObject m_pendingHello;
    bool m_loading = false;
    QDateTime m_cachedAt;
    api::ApiError m_error;
};

} // namespace tutorhub::models
