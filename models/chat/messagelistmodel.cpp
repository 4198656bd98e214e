#include "messagelistmodel.h"

#include "api/apierror.h"
#include "api/realtime.h"
#include "api/responsecache.h"
#include "models/chat/chaterrors.h"
#include "models/chat/chatfiles.h"
#include "models/chat/conversationlistmodel.h"
#include "models/format.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace tutorhub::models {

namespace {

constexpr int kTypingTimeoutMs = 6000;

api::hub::History historyFrame(const QString &roomId, int limit, qint64 beforeSequence = -1)
{
    api::hub::History h;
    h.roomId = roomId;
    h.limit = limit;
    if (beforeSequence >= 0)
        h.beforeSequence = beforeSequence;
    return h;
}

} // namespace

MessageListModel::MessageListModel(api::RealtimeConnection *realtime, api::Outbox *outbox, QObject *parent)
    : QAbstractListModel(parent),
      m_realtime(realtime),
      m_outbox(outbox)
{
    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(kTypingTimeoutMs);
    connect(m_typingTimer, &QTimer::timeout, this, [this] {
        m_typingName.clear();
        emit typingChanged(QString());
    });
    if (m_realtime) {
        connect(m_realtime, &api::RealtimeConnection::messageReceived, this, &MessageListModel::onMessage);
        connect(m_realtime, &api::RealtimeConnection::messageChanged, this, &MessageListModel::onChanged);
        connect(m_realtime, &api::RealtimeConnection::frameReceived, this, &MessageListModel::onFrame);
        connect(m_realtime, &api::RealtimeConnection::helloReceived, this, [this] {
            if (m_userId.isEmpty())
                m_userId = m_realtime->userId();
            if (!m_roomId.isEmpty() && m_loading) // the first page was asked for while offline
                m_realtime->send(historyFrame(m_roomId, m_pageSize));
        });
    }
    if (m_outbox)
        connect(m_outbox, &api::Outbox::changed, this, &MessageListModel::syncOutgoing);
}

void MessageListModel::setUploader(ChatUploader *uploader)
{
    if (m_uploader)
        disconnect(m_uploader, nullptr, this, nullptr);
    m_uploader = uploader;
    if (!uploader)
        return;
    connect(uploader, &ChatUploader::progressChanged, this, [this](const QString &cid, int) {
        for (int i = firstOutgoingRow(); i < m_rows.size(); ++i)
            if (m_rows.at(i).kind == Kind::Outgoing && m_rows.at(i).outgoing.clientMessageId == cid)
                emit dataChanged(index(i), index(i), {UploadProgressRole, TickRole, Qt::AccessibleTextRole});
    });
}

QImage MessageListModel::thumbnailOf(const QJsonObject &content, const QString &localFile) const
{
    const QString key = localFile.isEmpty() ? Format::str(content, "fileId") : localFile;
    if (key.isEmpty())
        return {};
    const auto cached = m_thumbnails.constFind(key);
    if (cached != m_thumbnails.constEnd())
        return *cached;
    QImage image;
    const QString data = Format::str(content, "thumbnail");
    if (data.startsWith(QLatin1String("data:image/")) && data.contains(QLatin1String(";base64,")))
        image = ChatUploader::previewOfData(QByteArray::fromBase64(data.section(QLatin1Char(','), 1).toLatin1()));
    else if (!localFile.isEmpty())
        image = ChatUploader::previewOf(localFile);
    if (m_thumbnails.size() > 500)
        m_thumbnails.clear();
    m_thumbnails.insert(key, image);
    return image;
}

void MessageListModel::open(const QString &roomId, int pageSize)
{
    beginResetModel();
    m_roomId = roomId;
    m_messages.clear();
    m_rows.clear();
    m_peerRead = 0;
    m_hasOlder = false;
    m_canSend = true;
    m_typingName.clear();
    m_pageSize = pageSize;
    m_cachedAt = {};
    endResetModel();
    // U42: the hub cannot be reached: the room's recent messages as last received, marked, until the history comes.
    const auto hubState = m_realtime ? m_realtime->state() : api::RealtimeConnection::State::Offline;
    const bool hubReads = hubState == api::RealtimeConnection::State::Connected
                          || (hubState == api::RealtimeConnection::State::Polling && m_client && m_client->isOnline());
    if (!roomId.isEmpty() && m_client && m_client->responseCache() && !hubReads) {
        if (const auto entry = m_client->responseCache()->lookupNamed(QStringLiteral("messages/") + roomId)) {
            const QJsonArray cached = QJsonDocument::fromJson(entry->body).array();
            for (const QJsonValue &v : cached)
                m_messages.insert(v.toObject().value(QStringLiteral("sequence")).toInteger(), v.toObject());
            rebuild();
            setCachedAt(entry->savedAt);
        }
    }
    syncOutgoing();
    m_openMs = -1;
    m_openStartMs = QDateTime::currentMSecsSinceEpoch();
    if (roomId.isEmpty() || !m_realtime)
        return;
    if (m_userId.isEmpty())
        m_userId = m_realtime->userId();
    m_loading = true;
    emit loadingChanged(true);
    if (m_realtime->isJoined(roomId)) {
        // Joined already (the inbox): join again for the room state (read marker, canSend).
        api::hub::Join j;
        j.roomId = roomId;
        j.afterSequence = std::max<qint64>(0, m_realtime->lastSequence(roomId));
        m_realtime->send(j);
    } else {
        m_realtime->join(roomId, -1);
    }
    m_realtime->send(historyFrame(roomId, pageSize));
}

void MessageListModel::loadOlder(int pageSize)
{
    if (!m_realtime || m_roomId.isEmpty() || !m_hasOlder || m_messages.isEmpty() || m_loading)
        return;
    m_loading = true;
    emit loadingChanged(true);
    if (!m_realtime->send(historyFrame(m_roomId, pageSize, m_messages.firstKey()))) {
        m_loading = false;
        emit loadingChanged(false);
    }
}

QDate MessageListModel::dayOf(const QJsonObject &message) const
{
    return Format::local(Format::when(message, "createdAt")).date();
}

QList<MessageListModel::Row> MessageListModel::messageRows() const
{
    QList<Row> rows;
    rows.reserve(m_messages.size() + m_messages.size() / 8 + 1);
    QDate last;
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const QDate d = dayOf(*it);
        if (d != last) {
            rows.append(Row {Kind::DaySeparator, d, 0, {}});
            last = d;
        }
        rows.append(Row {Kind::Message, {}, it.key(), {}});
    }
    return rows;
}

void MessageListModel::rebuild()
{
    beginResetModel();
    m_rows = messageRows();
    if (m_outbox)
        for (const api::OutboxItem &i : m_outbox->items(m_roomId))
            m_rows.append(Row {Kind::Outgoing, {}, 0, i});
    endResetModel();
}

int MessageListModel::firstOutgoingRow() const
{
    int n = int(m_rows.size());
    while (n > 0 && m_rows[n - 1].kind == Kind::Outgoing)
        --n;
    return n;
}

void MessageListModel::syncOutgoing()
{
    if (m_roomId.isEmpty())
        return;
    const int first = firstOutgoingRow();
    if (first < m_rows.size()) {
        beginRemoveRows({}, first, int(m_rows.size()) - 1);
        m_rows.erase(m_rows.begin() + first, m_rows.end());
        endRemoveRows();
    }
    const QList<api::OutboxItem> items = m_outbox ? m_outbox->items(m_roomId) : QList<api::OutboxItem>();
    if (items.isEmpty())
        return;
    beginInsertRows({}, first, first + int(items.size()) - 1);
    for (const api::OutboxItem &i : items)
        m_rows.append(Row {Kind::Outgoing, {}, 0, i});
    endInsertRows();
}

void MessageListModel::setCachedAt(const QDateTime &at)
{
    if (at == m_cachedAt)
        return;
    m_cachedAt = at;
    emit cachedChanged();
}

// U41: the newest messages of the room, for reading while offline (at most one page).
void MessageListModel::storeRecent()
{
    api::ResponseCache *cache = m_client ? m_client->responseCache() : nullptr;
    if (!cache || m_roomId.isEmpty() || m_cachedAt.isValid())
        return;
    QJsonArray recent;
    auto it = m_messages.cend();
    for (int n = 0; n < m_pageSize && it != m_messages.cbegin(); ++n)
        recent.prepend(*--it);
    cache->storeNamed(QStringLiteral("messages/") + m_roomId, QJsonDocument(recent).toJson(QJsonDocument::Compact));
}

void MessageListModel::merge(const QJsonArray &messages)
{
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        m_messages.insert(m.value(QStringLiteral("sequence")).toInteger(), m);
    }
    rebuild();
}

void MessageListModel::onMessage(const QString &roomId, const QJsonObject &message)
{
    if (roomId != m_roomId)
        return;
    const qint64 seq = message.value(QStringLiteral("sequence")).toInteger();
    if (m_messages.contains(seq)) {
        onChanged(roomId, message);
        return;
    }
    if (!m_messages.isEmpty() && seq < m_messages.lastKey()) {
        m_messages.insert(seq, message);
        rebuild();
        return;
    }
    // The common case: a new message at the end (before the outgoing ones).
    const bool newDay = m_messages.isEmpty() || dayOf(m_messages.last()) != dayOf(message);
    m_messages.insert(seq, message);
    const int at = firstOutgoingRow();
    beginInsertRows({}, at, at + (newDay ? 1 : 0));
    if (newDay)
        m_rows.insert(at, Row {Kind::DaySeparator, dayOf(message), 0, {}});
    m_rows.insert(at + (newDay ? 1 : 0), Row {Kind::Message, {}, seq, {}});
    endInsertRows();
    storeRecent();
    if (m_typingName == Format::str(message, "senderName")) {
        m_typingName.clear();
        emit typingChanged(QString());
    }
}

void MessageListModel::onChanged(const QString &roomId, const QJsonObject &message)
{
    if (roomId != m_roomId)
        return;
    const qint64 seq = message.value(QStringLiteral("sequence")).toInteger();
    if (!m_messages.contains(seq))
        return;
    m_messages.insert(seq, message);
    const int row = rowOfMessage(Format::str(message, "id"));
    if (row >= 0)
        emit dataChanged(index(row), index(row));
}

void MessageListModel::onFrame(const QJsonObject &f)
{
    namespace hub = api::hub;
    if (f.value(QStringLiteral("roomId")).toString() != m_roomId || m_roomId.isEmpty())
        return;
    auto setCanSend = [this](bool can) {
        if (can == m_canSend)
            return;
        m_canSend = can;
        emit canSendChanged(can);
    };
    auto ticksChanged = [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1), {TickRole});
    };
    if (const auto joined = hub::Joined::fromJson(f)) {
        m_peerRead = std::max(m_peerRead, joined->peerReadSequence);
        setCanSend(joined->canSend);
        ticksChanged();
    } else if (const auto page = hub::HistoryPage::fromJson(f)) {
        m_hasOlder = page->hasOlder;
        merge(page->messages);
        setCachedAt({});
        storeRecent();
        if (m_openMs < 0)
            m_openMs = QDateTime::currentMSecsSinceEpoch() - m_openStartMs;
        m_loading = false;
        emit loadingChanged(false);
        emit pageLoaded(int(page->messages.size()));
    } else if (const auto read = hub::ReadMarker::fromJson(f)) {
        if (read->userId == m_userId)
            return;
        m_peerRead = std::max(m_peerRead, read->sequence);
        ticksChanged();
    } else if (const auto typing = hub::TypingNotice::fromJson(f)) {
        if (typing->userId == m_userId)
            return;
        m_typingName = typing->isTyping ? typing->userName : QString();
        if (m_typingName.isEmpty())
            m_typingTimer->stop();
        else
            m_typingTimer->start();
        emit typingChanged(typingText());
    } else if (const auto moderation = hub::Moderation::fromJson(f)) {
        if (moderation->userId == m_userId)
            setCanSend(moderation->lifted);
    } else if (const auto left = hub::Left::fromJson(f)) {
        if (left->reason.value_or(QString()) == QLatin1String("blocked"))
            setCanSend(false);
    } else if (const auto error = hub::Error::fromJson(f)) {
        if (error->frame.value_or(QString()) == QLatin1String(hub::History::type) && m_loading) {
            m_loading = false;
            emit loadingChanged(false);
        }
    }
}

int MessageListModel::rowOfMessage(const QString &messageId) const
{
    for (int i = int(m_rows.size()) - 1; i >= 0; --i)
        if (m_rows[i].kind == Kind::Message && Format::str(m_messages.value(m_rows[i].sequence), "id") == messageId)
            return i;
    return -1;
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == KindRole)
        return QVariant::fromValue(r.kind);
    if (r.kind == Kind::DaySeparator) {
        if (role == Qt::DisplayRole || role == TextRole || role == Qt::AccessibleTextRole) {
            const QDate today = Format::local(QDateTime::currentDateTimeUtc()).date();
            if (r.day == today)
                return tr("Today");
            if (r.day == today.addDays(-1))
                return tr("Yesterday");
            return QLocale().toString(r.day, QLocale::LongFormat);
        }
        return {};
    }
    if (r.kind == Kind::Outgoing) {
        const api::OutboxItem &o = r.outgoing;
        switch (role) {
        case Qt::DisplayRole:
        case TextRole: {
            const QString t = Format::str(o.content, "text");
            if (!t.isEmpty())
                return t;
            const QString caption = Format::str(o.content, "caption");
            return caption.isEmpty() ? Format::str(o.content, "fileName") : caption;
        }
        case Qt::AccessibleTextRole: {
            const int progress = m_uploader ? m_uploader->progress(o.clientMessageId) : -1;
            if (!o.failed && progress >= 0)
                return tr("Uploading, %1 %: %2").arg(progress).arg(data(index, TextRole).toString());
            return o.failed ? tr("Not sent: %1").arg(data(index, TextRole).toString())
                            : tr("Sending: %1").arg(data(index, TextRole).toString());
        }
        case MessageTypeRole:
            return o.messageType;
        case StyleRole:
            return QStringLiteral("mine");
        case IsMineRole:
            return true;
        case TickRole:
            return QVariant::fromValue(o.failed ? Tick::Failed : Tick::Sending);
        case TimestampRole:
            return o.createdAt;
        case TimeTextRole:
            return Format::time(o.createdAt);
        case ClientMessageIdRole:
            return o.clientMessageId;
        case ErrorRole:
            if (!o.failed)
                return QString();
            if (!o.localFile.isEmpty()) // the uploader's own sentence (U58)
                return o.errorMessage;
            return chatErrorSentence(api::ApiError(api::ApiError::Kind::Http, 403, o.errorCode, o.errorMessage));
        case UrlRole:
            return Format::str(o.content, "url");
        case FileIdRole:
            return Format::str(o.content, "fileId");
        case FileNameRole:
            return Format::str(o.content, "fileName");
        case FileSizeTextRole:
            return o.content.contains(QStringLiteral("size"))
                       ? ChatUploader::sizeText(o.content.value(QStringLiteral("size")).toInteger())
                       : QString();
        case MimeTypeRole:
            return Format::str(o.content, "mimeType");
        case ThumbnailRole:
            return o.messageType == QLatin1String("image") ? thumbnailOf(o.content, o.localFile) : QImage();
        case UploadProgressRole:
            return m_uploader && !o.failed ? m_uploader->progress(o.clientMessageId) : -1;
        case IsAttachmentRole:
            return !o.localFile.isEmpty() || o.content.contains(QStringLiteral("fileId"));
        case ReplyPreviewRole:
            return Format::str(o.replyTo, "preview");
        default:
            return {};
        }
    }
    const QJsonObject m = m_messages.value(r.sequence);
    const bool mine = Format::str(m, "senderId") == m_userId;
    const bool deleted = !m.value(QStringLiteral("isActive")).toBool(true);
    const QString type = Format::str(m, "messageType");
    const QJsonObject content = m.value(QStringLiteral("content")).toObject();
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        if (deleted)
            return tr("Message deleted");
        if (type == QLatin1String("image") || type == QLatin1String("document")) {
            const QString caption = Format::str(content, "caption");
            const QString file = Format::str(content, "fileName");
            return caption.isEmpty() ? (file.isEmpty() ? Format::str(content, "url") : file) : caption;
        }
        return Format::str(content, "text");
    case Qt::AccessibleTextRole: {
        const QString who = mine ? tr("You") : Format::str(m, "senderName");
        return tr("%1 at %2: %3")
            .arg(who, Format::time(Format::when(m, "createdAt")), data(index, TextRole).toString());
    }
    case MessageIdRole:
        return Format::str(m, "id");
    case SequenceRole:
        return r.sequence;
    case SenderIdRole:
        return Format::str(m, "senderId");
    case SenderNameRole:
        return Format::str(m, "senderName");
    case MessageTypeRole:
        return type;
    case StyleRole:
        if (type == QLatin1String("system") || type == QLatin1String("warning"))
            return type;
        return mine ? QStringLiteral("mine") : QStringLiteral("theirs");
    case IsMineRole:
        return mine;
    case TimeTextRole:
        return Format::time(Format::when(m, "createdAt"));
    case TimestampRole:
        return Format::when(m, "createdAt");
    case ReplyPreviewRole:
        return m.value(QStringLiteral("replyTo")).toObject().value(QStringLiteral("preview")).toString();
    case EditedRole:
        return !deleted && m.value(QStringLiteral("recordVersion")).toInt(1) > 1;
    case DeletedRole:
        return deleted;
    case TickRole:
        if (!mine)
            return QVariant::fromValue(Tick::None);
        return QVariant::fromValue(r.sequence <= m_peerRead ? Tick::Read : Tick::Sent);
    case UrlRole:
        return Format::str(content, "url");
    case ClientMessageIdRole:
        return Format::str(m, "clientMessageId");
    case MessageRole:
        return m;
    case FileIdRole:
        return deleted ? QString() : Format::str(content, "fileId");
    case FileNameRole:
        return Format::str(content, "fileName");
    case FileSizeTextRole:
        return content.contains(QStringLiteral("size"))
                   ? ChatUploader::sizeText(content.value(QStringLiteral("size")).toInteger())
                   : QString();
    case MimeTypeRole:
        return Format::str(content, "mimeType");
    case ThumbnailRole:
        return !deleted && type == QLatin1String("image") ? thumbnailOf(content, {}) : QImage();
    case UploadProgressRole:
        return -1;
    case IsAttachmentRole:
        return !deleted && content.contains(QStringLiteral("fileId"));
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> r = QAbstractListModel::roleNames();
    r.insert(KindRole, "kind");
    r.insert(MessageIdRole, "messageId");
    r.insert(SequenceRole, "sequence");
    r.insert(SenderIdRole, "senderId");
    r.insert(SenderNameRole, "senderName");
    r.insert(TextRole, "text");
    r.insert(MessageTypeRole, "messageType");
    r.insert(StyleRole, "style");
    r.insert(IsMineRole, "isMine");
    r.insert(TimeTextRole, "timeText");
    r.insert(TimestampRole, "timestamp");
    r.insert(ReplyPreviewRole, "replyPreview");
    r.insert(EditedRole, "edited");
    r.insert(DeletedRole, "deleted");
    r.insert(TickRole, "tick");
    r.insert(UrlRole, "url");
    r.insert(ClientMessageIdRole, "clientMessageId");
    r.insert(ErrorRole, "error");
    r.insert(MessageRole, "message");
    r.insert(FileIdRole, "fileId");
    r.insert(FileNameRole, "fileName");
    r.insert(FileSizeTextRole, "fileSizeText");
    r.insert(MimeTypeRole, "mimeType");
    r.insert(ThumbnailRole, "thumbnail");
    r.insert(UploadProgressRole, "uploadProgress");
    r.insert(IsAttachmentRole, "isAttachment");
    return r;
}

} // namespace tutorhub::models
