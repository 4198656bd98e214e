// RealtimeConnection's polling mode (C53): the fallback for a server without our chat hub. The seeds
// document the conversations and listChatMessages (filter roomId) but no hub path and no REST route to
// post a message, so against such a server the chat is read-only: joined rooms are read every
// pollIntervalMs(), and the frames the models expect (hello, joined, history, message, edits) are made
// here from those lists. Sequences are our own: a message gets the next number of its room the first
// time it is seen, in the order of its timestamp, so the models' ordering and read logic work unchanged.
#include "realtime.h"

#include "apiclient.h"
#include "contract.h"
#include "jsonapi.h"
#include "outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace tutorhub::api {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QByteArray digestOf(const QJsonObject &m)
{
    QJsonObject d {{QStringLiteral("content"), m.value(QStringLiteral("content"))},
                   {QStringLiteral("status"), m.value(QStringLiteral("status"))},
                   {QStringLiteral("isActive"), m.value(QStringLiteral("isActive"))},
                   {QStringLiteral("deleted"), m.value(QStringLiteral("deleted"))}};
    return QJsonDocument(d).toJson(QJsonDocument::Compact);
}

QString timeOf(const QJsonObject &m)
{
    const QString t = str(m, "timestamp");
    return t.isEmpty() ? str(m, "createdAt") : t;
}

} // namespace

void RealtimeConnection::setHubAvailable(bool available)
{
    if (m_hubAvailable == available)
        return;
    m_hubAvailable = available;
    if (m_wanted) { // switch modes now
        const QHash<QString, qint64> rooms = m_rooms;
        stop();
        m_rooms = rooms;
        start();
    }
}

void RealtimeConnection::setPollIntervalMs(int ms)
{
    m_pollTimer->setInterval(std::max(100, ms));
}

int RealtimeConnection::pollIntervalMs() const
{
    return m_pollTimer->interval();
}

void RealtimeConnection::startPolling()
{
    const quint64 gen = ++m_pollGeneration;
    setState(State::Polling);
    callJson(m_client, ApiRequest::to(Route::listMyConversations), this, [this, gen](const Result<JsonAnswer> &r) {
        if (gen != m_pollGeneration)
            return;
        QStringList rooms;
        if (r.ok())
            for (const QJsonValue &v : r.value().array())
                rooms.append(str(v.toObject(), "id"));
        // Read every room once before the hello, so what was there counts as read (the seeds have no read
        // markers) and only what arrives later is new.
        auto left = std::make_shared<qsizetype>(rooms.size());
        auto hello = [this, gen, rooms] {
            if (gen != m_pollGeneration)
                return;
            QJsonArray states;
            for (const QString &room : rooms) {
                const qint64 last = m_polled.value(room).last;
                states.append(QJsonObject {{QStringLiteral("roomId"), room},
                                           {QStringLiteral("lastSequence"), last},
                                           {QStringLiteral("readSequence"), last},
                                           {QStringLiteral("unread"), 0}});
            }
            m_hello = QJsonObject {{QStringLiteral("type"), QStringLiteral("hello")},
                                   {QStringLiteral("user"), QJsonObject {{QStringLiteral("id"), m_pollUserId}}},
                                   {QStringLiteral("rooms"), states},
                                   {QStringLiteral("polling"), true}};
            emit helloReceived(m_hello);
            m_pollTimer->start();
            pump(); // the outbox: refused with a sentence, kept
        };
        if (rooms.isEmpty()) {
            hello();
            return;
        }
        for (const QString &room : rooms)
            pollRoom(room, [left, hello] {
                if (--*left == 0)
                    hello();
            });
    });
}

void RealtimeConnection::pollJoinedRooms()
{
    const QList<QString> rooms = m_rooms.keys();
    for (const QString &room : rooms)
        pollRoom(room);
}

void RealtimeConnection::pollRoom(const QString &roomId, std::function<void()> after)
{
    PolledRoom &room = m_polled[roomId];
    if (after)
        room.waiting.append(std::move(after));
    if (room.busy)
        return;
    room.busy = true;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("roomId"), roomId); // a declared filter of listChatMessages
    q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0")); // every row (API.md §1.6)
    const quint64 gen = m_pollGeneration;
    callJson(m_client, ApiRequest::to(Route::listChatMessages, {}, q), this,
             [this, gen, roomId](const Result<JsonAnswer> &r) {
                 if (gen != m_pollGeneration)
                     return;
                 PolledRoom &room = m_polled[roomId];
                 room.busy = false;
                 if (r.ok()) {
                     QList<QJsonObject> rows;
                     for (const QJsonValue &v : r.value().array()) {
                         const QJsonObject m = v.toObject();
                         if (str(m, "roomId") == roomId) // checked row by row, whatever the filter did
                             rows.append(m);
                     }
                     std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
                         return timeOf(a) != timeOf(b) ? timeOf(a) < timeOf(b) : str(a, "id") < str(b, "id");
                     });
                     for (QJsonObject m : rows) {
                         const QString id = str(m, "id");
                         const QByteArray digest = digestOf(m);
                         auto known = room.sequenceById.constFind(id);
                         if (known != room.sequenceById.cend()) {
                             m.insert(QStringLiteral("sequence"), *known);
                             if (room.digestById.value(id) != digest) {
                                 room.digestById.insert(id, digest);
                                 room.bySequence.insert(*known, m);
                                 emit messageChanged(roomId, m);
                             }
                             continue;
                         }
                         const qint64 seq = ++room.last;
                         m.insert(QStringLiteral("sequence"), seq);
                         room.sequenceById.insert(id, seq);
                         room.digestById.insert(id, digest);
                         room.bySequence.insert(seq, m);
                         deliver(roomId, m);
                     }
                 }
                 const auto waiting = std::exchange(room.waiting, {});
                 for (const auto &f : waiting)
                     f();
             });
}

bool RealtimeConnection::emulateFrame(const QJsonObject &frame)
{
    const QString type = hub::typeOf(frame);
    const QString roomId = str(frame, "roomId");
    if (type != QLatin1String(hub::Join::type) && type != QLatin1String(hub::History::type))
        return false; // typing, read markers, edits, moderation: not offered without the hub
    pollRoom(roomId, [this, type, roomId] {
        const PolledRoom room = m_polled.value(roomId);
        if (type == QLatin1String(hub::Join::type)) {
            hub::Joined joined; // no conversation object: the inbox has it
            joined.roomId = roomId;
            joined.lastSequence = room.last;
            joined.readSequence = room.last;
            joined.peerReadSequence = 0;
            joined.canSend = false;
            emit frameReceived(joined.toJson());
            return;
        }
        QJsonArray messages;
        for (const QJsonObject &m : room.bySequence)
            messages.append(m);
        hub::HistoryPage page;
        page.roomId = roomId;
        page.beforeSequence = room.last + 1;
        page.messages = messages;
        page.hasOlder = false;
        emit frameReceived(page.toJson());
    });
    return true;
}

void RealtimeConnection::refusePending()
{
    if (!m_outbox)
        return;
    const ApiError error(ApiError::Kind::Http, 404, QStringLiteral("errMsg_ChatHubUnavailable"),
                         QStringLiteral("The server offers no chat hub and no route to post a message."));
    const QList<OutboxItem> items = m_outbox->pending();
    for (const OutboxItem &i : items) {
        m_outbox->markFailed(i.clientMessageId, error.code, error.detail);
        emit messageRefused(i.clientMessageId, error);
    }
}

} // namespace tutorhub::api
