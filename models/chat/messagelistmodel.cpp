#include "messagelistmodel.h"

#include "api/apierror.h"
#include "api/realtime.h"
#include "models/chat/chaterrors.h"
#include "models/chat/conversationlistmodel.h"
#include "models/format.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

namespace tutorhub::models {

namespace {

constexpr int kTypingTimeoutMs = 6000;

QString typeOf(const QJsonObject &f)
{
    return f.value(QStringLiteral("type")).toString();
}

} // namespace

MessageListModel::MessageListModel(api::RealtimeConnection *realtime, api::Outbox *outbox, QObject *parent)
    : QAbstractListModel(parent), m_realtime(realtime), m_outbox(outbox)
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
                m_realtime->sendFrame({{QStringLiteral("type"), QStringLiteral("history")},
                                       {QStringLiteral("roomId"), m_roomId},
                                       {QStringLiteral("limit"), m_pageSize}});
        });
    }
    if (m_outbox)
        connect(m_outbox, &api::Outbox::changed, this, &MessageListModel::syncOutgoing);
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
    endResetModel();
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
        QJsonObject j{{QStringLiteral("type"), QStringLiteral("join")}, {QStringLiteral("roomId"), roomId}};
        j.insert(QStringLiteral("afterSequence"), std::max<qint64>(0, m_realtime->lastSequence(roomId)));
        m_realtime->sendFrame(j);
    } else {
        m_realtime->join(roomId, -1);
    }
    m_realtime->sendFrame({{QStringLiteral("type"), QStringLiteral("history")},
                           {QStringLiteral("roomId"), roomId},
                           {QStringLiteral("limit"), pageSize}});
}

void MessageListModel::loadOlder(int pageSize)
{
    if (!m_realtime || m_roomId.isEmpty() || !m_hasOlder || m_messages.isEmpty() || m_loading)
        return;
    m_loading = true;
    emit loadingChanged(true);
    if (!m_realtime->sendFrame({{QStringLiteral("type"), QStringLiteral("history")},
                                {QStringLiteral("roomId"), m_roomId},
                                {QStringLiteral("beforeSequence"), m_messages.firstKey()},
                                {QStringLiteral("limit"), pageSize}})) {
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
            rows.append(Row{Kind::DaySeparator, d, 0, {}});
            last = d;
        }
        rows.append(Row{Kind::Message, {}, it.key(), {}});
    }
    return rows;
}

void MessageListModel::rebuild()
{
    beginResetModel();
    m_rows = messageRows();
    if (m_outbox)
        for (const api::OutboxItem &i : m_outbox->items(m_roomId))
            m_rows.append(Row{Kind::Outgoing, {}, 0, i});
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
        m_rows.append(Row{Kind::Outgoing, {}, 0, i});
    endInsertRows();
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
        m_rows.insert(at, Row{Kind::DaySeparator, dayOf(message), 0, {}});
    m_rows.insert(at + (newDay ? 1 : 0), Row{Kind::Message, {}, seq, {}});
    endInsertRows();
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
    if (f.value(QStringLiteral("roomId")).toString() != m_roomId || m_roomId.isEmpty())
        return;
    const QString type = typeOf(f);
    const bool aboutMe = f.value(QStringLiteral("userId")).toString() == m_userId;
    auto setCanSend = [this](bool can) {
        if (can == m_canSend)
            return;
        m_canSend = can;
        emit canSendChanged(can);
    };
    if (type == QLatin1String("joined")) {
        m_peerRead = std::max(m_peerRead, f.value(QStringLiteral("peerReadSequence")).toInteger());
        setCanSend(f.value(QStringLiteral("canSend")).toBool(true));
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1), {TickRole});
    } else if (type == QLatin1String("history")) {
        m_hasOlder = f.value(QStringLiteral("hasOlder")).toBool();
        const QJsonArray msgs = f.value(QStringLiteral("messages")).toArray();
        merge(msgs);
        if (m_openMs < 0)
            m_openMs = QDateTime::currentMSecsSinceEpoch() - m_openStartMs;
        m_loading = false;
        emit loadingChanged(false);
        emit pageLoaded(int(msgs.size()));
    } else if (type == QLatin1String("read") && !aboutMe) {
        m_peerRead = std::max(m_peerRead, f.value(QStringLiteral("sequence")).toInteger());
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1), {TickRole});
    } else if (type == QLatin1String("typing") && !aboutMe) {
        m_typingName = f.value(QStringLiteral("isTyping")).toBool() ? f.value(QStringLiteral("userName")).toString() : QString();
        if (m_typingName.isEmpty())
            m_typingTimer->stop();
        else
            m_typingTimer->start();
        emit typingChanged(typingText());
    } else if (type == QLatin1String("moderation") && aboutMe) {
        setCanSend(f.value(QStringLiteral("lifted")).toBool());
    } else if (type == QLatin1String("left") && f.value(QStringLiteral("reason")).toString() == QLatin1String("blocked")) {
        setCanSend(false);
    } else if (type == QLatin1String("error") && f.value(QStringLiteral("frame")).toString() == QLatin1String("history") && m_loading) {
        m_loading = false;
        emit loadingChanged(false);
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
            return t.isEmpty() ? (Format::str(o.content, "caption") + QLatin1Char(' ') + Format::str(o.content, "fileName")).trimmed() : t;
        }
        case Qt::AccessibleTextRole:
            return o.failed ? tr("Not sent: %1").arg(data(index, TextRole).toString()) : tr("Sending: %1").arg(data(index, TextRole).toString());
        case MessageTypeRole: return o.messageType;
        case StyleRole: return QStringLiteral("mine");
        case IsMineRole: return true;
        case TickRole: return QVariant::fromValue(o.failed ? Tick::Failed : Tick::Sending);
        case TimestampRole: return o.createdAt;
        case TimeTextRole: return Format::time(o.createdAt);
        case ClientMessageIdRole: return o.clientMessageId;
        case ErrorRole: return o.failed ? chatErrorSentence(api::ApiError(api::ApiError::Kind::Http, 403, o.errorCode, o.errorMessage)) : QString();
        case UrlRole: return Format::str(o.content, "url");
        case ReplyPreviewRole: return Format::str(o.replyTo, "preview");
        default: return {};
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
        return tr("%1 at %2: %3").arg(who, Format::time(Format::when(m, "createdAt")), data(index, TextRole).toString());
    }
    case MessageIdRole: return Format::str(m, "id");
    case SequenceRole: return r.sequence;
    case SenderIdRole: return Format::str(m, "senderId");
    case SenderNameRole: return Format::str(m, "senderName");
    case MessageTypeRole: return type;
    case StyleRole:
        if (type == QLatin1String("system") || type == QLatin1String("warning"))
            return type;
        return mine ? QStringLiteral("mine") : QStringLiteral("theirs");
    case IsMineRole: return mine;
    case TimeTextRole: return Format::time(Format::when(m, "createdAt"));
    case TimestampRole: return Format::when(m, "createdAt");
    case ReplyPreviewRole: return m.value(QStringLiteral("replyTo")).toObject().value(QStringLiteral("preview")).toString();
    case EditedRole: return !deleted && m.value(QStringLiteral("recordVersion")).toInt(1) > 1;
    case DeletedRole: return deleted;
    case TickRole:
        if (!mine)
            return QVariant::fromValue(Tick::None);
        return QVariant::fromValue(r.sequence <= m_peerRead ? Tick::Read : Tick::Sent);
    case UrlRole: return Format::str(content, "url");
    case ClientMessageIdRole: return Format::str(m, "clientMessageId");
    case MessageRole: return m;
    default: return {};
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
    return r;
}

} // namespace tutorhub::models
