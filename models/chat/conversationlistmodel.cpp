#include "conversationlistmodel.h"

#include "api/apiclient.h"
#include "api/messagingapi.h"
#include "api/realtime.h"
#include "models/format.h"

#include <QJsonArray>

namespace tutorhub::models {

ConversationListModel::ConversationListModel(api::ApiClient *client, api::RealtimeConnection *realtime, QObject *parent)
    : QAbstractListModel(parent),
      m_client(client),
      m_realtime(realtime)
{
    if (m_client)
        connect(m_client, &api::ApiClient::connectivityChanged, this, &ConversationListModel::reloadWhenOnline);
    if (m_realtime) {
        connect(m_realtime, &api::RealtimeConnection::helloReceived, this, &ConversationListModel::applyHello);
        connect(m_realtime, &api::RealtimeConnection::messageReceived, this, &ConversationListModel::onMessage);
        connect(m_realtime, &api::RealtimeConnection::frameReceived, this, &ConversationListModel::onFrame);
        // A conversation opened by someone else (e.g. an admin notice) announces itself by a notification.
        connect(m_realtime, &api::RealtimeConnection::notificationReceived, this, [this](const QJsonObject &n) {
            const QString id
                = n.value(QStringLiteral("refs")).toObject().value(QStringLiteral("conversationId")).toString();
            if (!id.isEmpty() && rowOf(id) < 0 && !m_loading)
                load();
        });
        if (m_realtime->state() == api::RealtimeConnection::State::Connected
            || m_realtime->state() == api::RealtimeConnection::State::Polling)
            m_pendingHello = m_realtime->helloFrame();
    }
}

void ConversationListModel::reloadWhenOnline(bool online)
{
    // U43: the rows came from the offline cache (or could not load): read them again now that the server answers.
    if (online && (m_cachedAt.isValid() || !m_error.isNone()))
        load();
}

void ConversationListModel::load()
{
    if (m_loading)
        return;
    m_loading = true;
    emit loadingChanged(true);
    api::MessagingApi(m_client).myConversations(this, [this](const api::Result<api::JsonAnswer> &r) {
        m_loading = false;
        if (!r) {
            m_error = r.error();
            emit loadingChanged(false);
            emit loadFailed(m_error);
            return;
        }
        m_error = {};
        m_cachedAt = r.value().cachedAt;
        setRows(r.value().array());
        emit loadingChanged(false);
    });
}

void ConversationListModel::setRows(const QJsonArray &conversations)
{
    beginResetModel();
    const QList<Row> old = m_rows;
    m_rows.clear();
    for (const QJsonValue &v : conversations) {
        Row r;
        r.conversation = v.toObject();
        r.lastAt = Format::when(r.conversation, "lastMessageAt");
        r.preview = Format::str(r.conversation, "lastMessagePreview");
        for (const Row &o : old)
            if (Format::str(o.conversation, "id") == Format::str(r.conversation, "id")) {
                r.lastSequence = o.lastSequence;
                r.readSequence = o.readSequence;
                r.unread = o.unread;
            }
        m_rows.append(r);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.lastAt > b.lastAt; });
    endResetModel();
    if (!m_pendingHello.isEmpty())
        applyHello(std::exchange(m_pendingHello, {}));
    else if (m_realtime
             && (m_realtime->state() == api::RealtimeConnection::State::Connected
                 || m_realtime->state() == api::RealtimeConnection::State::Polling))
        for (const Row &r : std::as_const(m_rows)) { // new since the hello: live from their newest page
            const QString id = Format::str(r.conversation, "id");
            if (!m_realtime->isJoined(id))
                m_realtime->join(id, r.lastSequence > 0 ? r.lastSequence : -1);
        }
    emit unreadChanged(totalUnread());
}

void ConversationListModel::applyHello(const QJsonObject &hello)
{
    if (m_rows.isEmpty() && m_loading) {
        m_pendingHello = hello;
        return;
    }
    if (m_userId.isEmpty())
        m_userId = hello.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
    bool unknown = false;
    for (const QJsonValue &v : hello.value(QStringLiteral("rooms")).toArray()) {
        const QJsonObject s = v.toObject();
        const QString id = s.value(QStringLiteral("roomId")).toString();
        const int row = rowOf(id);
        if (row < 0) {
            unknown = true;
            continue;
        }
        Row &r = m_rows[row];
        r.lastSequence = std::max(r.lastSequence, s.value(QStringLiteral("lastSequence")).toInteger());
        r.readSequence = std::max(r.readSequence, s.value(QStringLiteral("readSequence")).toInteger());
        r.unread = s.value(QStringLiteral("unread")).toInt();
        // Live from here on: everything after the sequence the hello reported.
        if (m_realtime && !m_realtime->isJoined(id))
            m_realtime->join(id, r.lastSequence);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {UnreadRole, LastSequenceRole});
    emit unreadChanged(totalUnread());
    if (unknown && !m_loading)
        load(); // a conversation opened elsewhere
}

void ConversationListModel::onMessage(const QString &roomId, const QJsonObject &message)
{
    const int row = rowOf(roomId);
    if (row < 0) {
        if (!m_loading)
            load();
        return;
    }
    Row &r = m_rows[row];
    const qint64 seq = message.value(QStringLiteral("sequence")).toInteger();
    if (seq <= r.lastSequence && Format::when(message, "createdAt") <= r.lastAt)
        return;
    r.lastSequence = std::max(r.lastSequence, seq);
    r.lastAt = std::max(r.lastAt, Format::when(message, "createdAt"));
    r.preview = previewOf(message);
    if (Format::str(message, "senderId") == m_userId) {
        r.readSequence = std::max(r.readSequence, seq); // own messages are read, and so is all before them
        r.unread = 0;
    } else if (seq > r.readSequence && message.value(QStringLiteral("isActive")).toBool(true)) {
        ++r.unread;
    }
    emit dataChanged(index(row), index(row));
    moveToTop(row);
    emit unreadChanged(totalUnread());
}

void ConversationListModel::onFrame(const QJsonObject &frame)
{
    const auto read = api::hub::ReadMarker::fromJson(frame);
    if (!read || read->userId != m_userId)
        return;
    const int row = rowOf(read->roomId);
    if (row < 0)
        return;
    m_rows[row].readSequence = std::max(m_rows[row].readSequence, read->sequence);
    if (m_rows[row].readSequence >= m_rows[row].lastSequence)
        m_rows[row].unread = 0; // read elsewhere (another device)
    emit dataChanged(index(row), index(row), {UnreadRole});
    emit unreadChanged(totalUnread());
}

void ConversationListModel::markRead(const QString &conversationId, qint64 sequence)
{
    const int row = rowOf(conversationId);
    if (row < 0 || sequence <= m_rows[row].readSequence)
        return;
    m_rows[row].readSequence = sequence;
    if (sequence >= m_rows[row].lastSequence)
        m_rows[row].unread = 0;
    emit dataChanged(index(row), index(row), {UnreadRole});
    emit unreadChanged(totalUnread());
    if (m_realtime) {
        api::hub::Read read;
        read.roomId = conversationId;
        read.sequence = sequence;
        m_realtime->send(read);
    }
}

void ConversationListModel::moveToTop(int row)
{
    int target = row;
    while (target > 0 && m_rows[target - 1].lastAt < m_rows[row].lastAt)
        --target;
    if (target == row)
        return;
    beginMoveRows({}, row, row, {}, target);
    m_rows.move(row, target);
    endMoveRows();
}

int ConversationListModel::unread(const Row &r) const
{
    return r.unread;
}

int ConversationListModel::totalUnread() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += unread(r);
    return n;
}

int ConversationListModel::rowOf(const QString &conversationId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (Format::str(m_rows[i].conversation, "id") == conversationId)
            return i;
    return -1;
}

QJsonObject ConversationListModel::conversation(const QString &conversationId) const
{
    const int row = rowOf(conversationId);
    return row < 0 ? QJsonObject() : m_rows[row].conversation;
}

QString ConversationListModel::previewOf(const QJsonObject &message)
{
    const QJsonObject c = message.value(QStringLiteral("content")).toObject();
    const QString type = Format::str(message, "messageType");
    if (!message.value(QStringLiteral("isActive")).toBool(true))
        return tr("Message deleted");
    QString p;
    if (type == QLatin1String("image"))
        p = tr("[Image] %1").arg(Format::str(c, "caption"));
    else if (type == QLatin1String("document"))
        p = tr("[Document] %1").arg(Format::str(c, "fileName"));
    else
        p = Format::str(c, "text");
    return p.simplified();
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const QJsonObject &c = r.conversation;
    const bool iAmA = Format::str(c, "participantA") == m_userId;
    const QString type = Format::str(c, "conversationType");
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: {
        if (type == QLatin1String("adminStudent") && !iAmA)
            return tr("TutorHub team (notices)");
        if (type == QLatin1String("adminTutor") && !iAmA)
            return tr("TutorHub team");
        const QString name = Format::str(c, iAmA ? "participantBName" : "participantAName");
        return name.isEmpty() ? tr("Conversation") : name;
    }
    case Qt::ToolTipRole: {
        const QString course = Format::str(c, "courseTitle");
        return course.isEmpty() ? r.preview : course + QLatin1Char('\n') + r.preview;
    }
    case Qt::AccessibleTextRole: {
        const int n = unread(r);
        const QString title = data(index, TitleRole).toString();
        return n > 0 ? tr("%1, %n unread message(s)", nullptr, n).arg(title) : title;
    }
    case IdRole:
        return Format::str(c, "id");
    case CourseTitleRole:
        return Format::str(c, "courseTitle");
    case PreviewRole:
        return r.preview;
    case LastMessageAtRole:
        return r.lastAt;
    case TimeTextRole: {
        if (!r.lastAt.isValid())
            return QString();
        const QDateTime local = Format::local(r.lastAt);
        return local.date() == Format::local(QDateTime::currentDateTimeUtc()).date() ? Format::time(r.lastAt)
                                                                                     : Format::date(r.lastAt);
    }
    case UnreadRole:
        return unread(r);
    case TypeRole:
        return type;
    case ClosedRole:
        return Format::str(c, "status") == QLatin1String("closed");
    case PeerIdRole:
        return Format::str(c, iAmA ? "participantB" : "participantA");
    case LastSequenceRole:
        return r.lastSequence;
    case ConversationRole:
        return c;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> r = QAbstractListModel::roleNames();
    r.insert(IdRole, "conversationId");
    r.insert(TitleRole, "title");
    r.insert(CourseTitleRole, "courseTitle");
    r.insert(PreviewRole, "preview");
    r.insert(LastMessageAtRole, "lastMessageAt");
    r.insert(TimeTextRole, "timeText");
    r.insert(UnreadRole, "unread");
    r.insert(TypeRole, "conversationType");
    r.insert(ClosedRole, "closed");
    r.insert(PeerIdRole, "peerId");
    r.insert(LastSequenceRole, "lastSequence");
    r.insert(ConversationRole, "conversation");
    return r;
}

} // namespace tutorhub::models
