// The messages of one conversation (issue 7) for the chat view: day separators, the messages in
// sequence order (reply quotes, edited/deleted state, system and warning messages styled apart, read
// ticks) and, at the end, the user's messages still in the outbox (sending / failed). Opening a room
// asks the hub for the newest page (history); loadOlder() pages back; live messages, edits, deletes,
// read markers and typing come from the RealtimeConnection.
#pragma once

#include "api/apiclient.h"
#include "api/outbox.h"

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QMap>
#include <QPointer>

class QTimer;

namespace tutorhub::api {
class RealtimeConnection;
}

namespace tutorhub::models {

class ChatUploader;

class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind { DaySeparator, Message, Outgoing };
    Q_ENUM(Kind)
    enum class Tick { None, Sending, Failed, Sent, Read };
    Q_ENUM(Tick)

    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        MessageIdRole,
        SequenceRole,
        SenderIdRole,
        SenderNameRole,
        TextRole, // text, caption or file name; "Message deleted" for a deleted one
        MessageTypeRole, // text, image, document, system, warning
        StyleRole, // "mine", "theirs", "system", "warning"
        IsMineRole,
        TimeTextRole, // "14:05" in the display zone
        TimestampRole, // QDateTime UTC
        ReplyPreviewRole, // the quoted text of the message replied to, or empty
        EditedRole,
        DeletedRole,
        TickRole, // Tick, for own messages
        UrlRole, // image/document link
        ClientMessageIdRole,
        ErrorRole, // the refusal sentence of a failed outgoing message
        MessageRole, // the whole message object
        // Chat attachments (U57-U59): uploaded files name a fileId; links keep UrlRole.
        FileIdRole, // the server's file id, empty for links and files still uploading
        FileNameRole,
        FileSizeTextRole, // "2.4 MB", empty when unknown
        MimeTypeRole,
        ThumbnailRole, // QImage: the server's thumbnail or, while uploading, the local file read small; null otherwise
        UploadProgressRole, // 0..100 while the file uploads, -1 otherwise
        IsAttachmentRole, // an uploaded (or uploading) file, not a link
    };

    MessageListModel(api::RealtimeConnection *realtime, api::Outbox *outbox, QObject *parent = nullptr);

    void setUserId(const QString &userId) { m_userId = userId; }
    // Upload progress of outgoing attachments comes from here (optional).
    void setUploader(ChatUploader *uploader);
    // U41: the room's recent messages are kept in the client's offline cache and shown, marked, when a room opens
    // while the hub cannot be reached. Null: no cache.
    void setOfflineCacheClient(api::ApiClient *client) { m_client = client; }
    // Valid while the messages shown are the offline cache's: when they were received.
    QDateTime cachedAt() const { return m_cachedAt; }
    // Shows `roomId` (empty: nothing). Joins it on the hub and asks for the newest `pageSize` messages.
    void open(const QString &roomId, int pageSize = 50);
    QString roomId() const { return m_roomId; }
    bool isLoading() const { return m_loading; }
    bool hasOlder() const { return m_hasOlder; }
    // Asks for the page before the oldest loaded message.
    void loadOlder(int pageSize = 50);
    qint64 lastSequence() const { return m_messages.isEmpty() ? 0 : m_messages.lastKey(); }
    qint64 peerReadSequence() const { return m_peerRead; }
    // Who is typing in this room ("Maria Keller is typing…"), or empty.
    QString typingText() const { return m_typingName.isEmpty() ? QString() : tr("%1 is typing…").arg(m_typingName); }
    bool canSend() const { return m_canSend; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOfMessage(const QString &messageId) const;
    // Milliseconds from open() to the first page on screen (the bench's "open a room" figure).
    qint64 openMilliseconds() const { return m_openMs; }

signals:
    void loadingChanged(bool loading);
    void typingChanged(const QString &text);
    void canSendChanged(bool canSend);
    void pageLoaded(int count); // a page of history arrived (the view keeps its scroll position)
    void cachedChanged();

private:
    struct Row
    {
        Kind kind = Kind::Message;
        QDate day; // DaySeparator
        qint64 sequence = 0; // Message
        api::OutboxItem outgoing;
    };
    void rebuild();
    QList<Row> messageRows() const;
    void syncOutgoing();
    void onMessage(const QString &roomId, const QJsonObject &message);
    void onChanged(const QString &roomId, const QJsonObject &message);
    void onFrame(const QJsonObject &frame);
    void merge(const QJsonArray &messages);
    QDate dayOf(const QJsonObject &message) const;
    int firstOutgoingRow() const;

    void storeRecent();
    void setCachedAt(const QDateTime &at);

    QPointer<api::ApiClient> m_client;
    QDateTime m_cachedAt;
    QPointer<api::RealtimeConnection> m_realtime;
    QPointer<api::Outbox> m_outbox;
    QString m_userId;
    QString m_roomId;
    QMap<qint64, QJsonObject> m_messages; // by sequence
    QList<Row> m_rows;
    qint64 m_peerRead = 0;
    bool m_loading = false;
    bool m_hasOlder = false;
    bool m_canSend = true;
    QString m_typingName;
    QTimer *m_typingTimer;
    qint64 m_openStartMs = 0;
    qint64 m_openMs = -1;
    int m_pageSize = 50;
    QPointer<ChatUploader> m_uploader;
    mutable QHash<QString, QImage> m_thumbnails; // by fileId or local file; decoded once, capped (U59)
    QImage thumbnailOf(const QJsonObject &content, const QString &localFile) const;
};

} // namespace tutorhub::models
