// fuzz_hub_frames: WebSocket text frames into the realtime hub (server/messaging/hub*.cpp) of an
// in-process tutorhub-server, over a real QWebSocket of a signed-in student. The input is split at
// newlines into frames (at most 32); a ping with a fresh number follows them and the run ends at its
// pong. Invariants: every server frame is a JSON object with a known type; no error frame reports a
// server failure (status 500); the connection stays open (or closes only with a documented code and
// is reopened); the pong arrives within 5 s (no hang).
// Placeholders: $ROOM is a conversation of the student, $OTHER_ROOM one she is not in, $ME her user id.
#include "fuzztarget.h"

#include "server/server.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSet>
#include <QTemporaryDir>
#include <QTcpSocket>
#include <QWebSocket>

namespace fuzz {

namespace {

class HubFramesTarget : public Target
{
public:
    const char *name() const override { return "fuzz_hub_frames"; }

    bool init(QString *error) override
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        tutorhub::server::ServerOptions o;
        o.dataDir = m_dir.path();
        o.demo = true;
        o.logRequests = false;
        o.hubFramesPerSecond = 1e7; // the flood limit is not what is fuzzed here
        m_server = std::make_unique<tutorhub::server::Server>(o);
        if (!m_server->start(error))
            return false;
        const QJsonObject session = rest(
            "POST", "/auth-api/login", R"({"username":"lena.fischer@tutorhub.local","password":"tutorhub-demo"})", {});
        m_token = session.value(QStringLiteral("accessToken")).toString().toLatin1();
        m_me = session.value(QStringLiteral("userId")).toString().toLatin1();
        const QByteArray other
            = rest("POST", "/auth-api/login", R"({"username":"admin@tutorhub.local","password":"tutorhub-demo"})", {})
                  .value(QStringLiteral("accessToken"))
                  .toString()
                  .toLatin1();
        m_room = firstId(rest("GET", "/messaging-api/v1/myconversations", {}, m_token));
        // A room of someone else: the admin's conversations not shared with the student.
        const QJsonObject adminRooms = rest("GET", "/messaging-api/v1/myconversations", {}, other);
        const QJsonArray all = adminRooms.value(adminRooms.value(QStringLiteral("dataName")).toString()).toArray();
        for (const QJsonValue &c : all)
            if (!QJsonDocument(c.toObject()).toJson().contains(m_me))
                m_otherRoom = c.toObject().value(QStringLiteral("id")).toString().toLatin1();
        if (m_token.isEmpty() || m_room.isEmpty()) {
            *error = QStringLiteral("cannot sign in or find a conversation of the demo student");
            return false;
        }
        if (m_otherRoom.isEmpty())
            m_otherRoom = "00000000-0000-0000-0000-000000000000";
        return open(error);
    }

    Result run(const QByteArray &input) override
    {
        Result r;
        if (!m_ws || m_ws->state() != QAbstractSocket::ConnectedState) {
            QString why;
            if (!open(&why))
                return {QStringLiteral("reopen"), QStringLiteral("cannot reopen the hub connection: %1").arg(why)};
        }
        QByteArray text = input;
        text.replace("$OTHER_ROOM", m_otherRoom).replace("$ROOM", m_room).replace("$ME", m_me);
        const QList<QByteArray> frames = text.split('\n').mid(0, 32);
        m_frames.clear();
        for (const QByteArray &f : frames)
            m_ws->sendTextMessage(QString::fromUtf8(f));
        const int t = ++m_pings;
        m_ws->sendTextMessage(QStringLiteral("{\"type\":\"ping\",\"t\":%1}").arg(t));
        bool closed = false;
        const bool ponged = waitUntil(
            [&] {
                closed = !m_ws || m_ws->state() == QAbstractSocket::UnconnectedState;
                for (const QJsonObject &f : std::as_const(m_frames))
                    if (f.value(QStringLiteral("type")).toString() == QLatin1String("pong")
                        && f.value(QStringLiteral("t")).toInt() == t)
                        return true;
                return closed;
            },
            5000);
        r.problem = checkFrames();
        QStringList types;
        for (const QJsonObject &f : std::as_const(m_frames))
            if (f.value(QStringLiteral("type")).toString() == QLatin1String("error"))
                types << f.value(QStringLiteral("code")).toString().section(QLatin1Char(':'), 0, 0);
        types.removeDuplicates();
        types.sort();
        r.label = types.isEmpty() ? QStringLiteral("ok") : types.join(QLatin1Char('+')).left(60);
        if (!r.problem.isEmpty())
            return r;
        if (closed) {
            const int code = m_closeCode;
            r.label = QStringLiteral("closed%1").arg(code);
            if (code != 1008 && code != 1009) // flood or frame size: documented; reopened next run
                r.problem = QStringLiteral("the hub closed the connection with %1 (%2)").arg(code).arg(m_closeReason);
        } else if (!ponged) {
            r.label = QStringLiteral("hang");
            r.problem = QStringLiteral("no pong within 5 s");
        }
        return r;
    }

    QList<QByteArray> dictionary() const override
    {
        return {"{\"type\":\"join\",\"roomId\":\"$ROOM\"}",
                "{\"type\":\"send\",\"roomId\":\"$ROOM\",\"clientMessageId\":\"c1\",\"content\":{\"text\":\"hi\"}}",
                "{\"type\":\"history\",\"roomId\":\"$ROOM\",\"beforeSequence\":",
                "{\"type\":\"read\",\"roomId\":\"$ROOM\",\"sequence\":",
                "{\"type\":\"edit\",\"messageId\":",
                "{\"type\":\"delete\",\"messageId\":",
                "{\"type\":\"typing\",\"roomId\":\"$OTHER_ROOM\",\"isTyping\":true}",
                "{\"type\":\"moderate\",\"roomId\":\"$ROOM\",\"userId\":\"$ME\",\"action\":\"blocked\"}",
                "{\"type\":\"leave\",\"roomId\":\"$ROOM\"}",
                "\"afterSequence\":",
                "\"limit\":",
                "\"ref\":",
                "\"messageType\":\"image\"",
                "\"replyTo\":{\"id\":",
                "$ROOM",
                "$OTHER_ROOM",
                "$ME",
                "-1",
                "0",
                "1e308",
                "2147483648",
                "null",
                "true",
                "[]",
                "{}",
                "\"\"",
                "\\u0000",
                "\\ud800",
                "\n"};
    }

private:
    QJsonObject rest(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                     const QByteArray &token)
    {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        if (!waitUntil([&] { return s.state() == QAbstractSocket::ConnectedState; }, 3000))
            return {};
        QByteArray req = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        if (!token.isEmpty())
            req += "Authorization: Bearer " + token + "\r\n";
        if (!body.isEmpty())
            req += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        s.write(req + "\r\n" + body);
        QByteArray in;
        QJsonObject out;
        waitUntil(
            [&] {
                in += s.readAll();
                const qsizetype end = in.indexOf("\r\n\r\n");
                const qsizetype cl = in.toLower().indexOf("content-length:");
                if (end < 0 || cl < 0)
                    return s.state() == QAbstractSocket::UnconnectedState;
                const qint64 length = in.mid(cl + 15, in.indexOf("\r\n", cl) - cl - 15).trimmed().toLongLong();
                if (in.size() < end + 4 + length)
                    return false;
                out = QJsonDocument::fromJson(in.mid(end + 4, length)).object();
                return true;
            },
            5000);
        return out;
    }

    static QByteArray firstId(const QJsonObject &envelope)
    {
        const QJsonArray rows = envelope.value(envelope.value(QStringLiteral("dataName")).toString()).toArray();
        return rows.isEmpty() ? QByteArray()
                              : rows.first().toObject().value(QStringLiteral("id")).toString().toLatin1();
    }

    bool open(QString *error)
    {
        if (m_ws)
            m_ws->deleteLater();
        m_ws = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, &m_context);
        m_closeCode = 0;
        QObject::connect(m_ws, &QWebSocket::textMessageReceived, &m_context, [this](const QString &t) {
            m_raw << t;
            m_frames << QJsonDocument::fromJson(t.toUtf8()).object();
        });
        QWebSocket *ws = m_ws;
        QObject::connect(m_ws, &QWebSocket::disconnected, &m_context, [this, ws] {
            m_closeCode = ws->closeCode();
            m_closeReason = ws->closeReason();
        });
        QNetworkRequest req(QUrl(QStringLiteral("ws://127.0.0.1:%1/messaging-api/hub").arg(m_server->port())));
        req.setRawHeader("Authorization", "Bearer " + m_token);
        m_frames.clear();
        m_raw.clear();
        m_ws->open(req);
        const bool hello = waitUntil(
            [&] {
                for (const QJsonObject &f : std::as_const(m_frames))
                    if (f.value(QStringLiteral("type")).toString() == QLatin1String("hello"))
                        return true;
                return false;
            },
            5000);
        if (!hello)
            *error = QStringLiteral("no hello frame");
        m_frames.clear();
        m_raw.clear();
        return hello;
    }

    QString checkFrames() const
    {
        static const QSet<QString> types {
            QStringLiteral("hello"),        QStringLiteral("joined"),        QStringLiteral("backlog"),
            QStringLiteral("history"),      QStringLiteral("left"),          QStringLiteral("ack"),
            QStringLiteral("message"),      QStringLiteral("messageEdited"), QStringLiteral("messageDeleted"),
            QStringLiteral("typing"),       QStringLiteral("read"),          QStringLiteral("moderation"),
            QStringLiteral("notification"), QStringLiteral("pong"),          QStringLiteral("error")};
        for (qsizetype i = 0; i < m_frames.size(); ++i) {
            const QJsonObject &f = m_frames[i];
            const QString type = f.value(QStringLiteral("type")).toString();
            if (!types.contains(type))
                return QStringLiteral("a frame of unknown type: %1").arg(m_raw.value(i).left(300));
            if (type == QLatin1String("error")
                && (f.value(QStringLiteral("status")).toInt() >= 500
                    || !f.value(QStringLiteral("code")).toString().startsWith(QLatin1String("errMsg_"))))
                return QStringLiteral("an error frame reports a server failure: %1").arg(m_raw.value(i).left(300));
        }
        return {};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<tutorhub::server::Server> m_server;
    QObject m_context;
    QWebSocket *m_ws = nullptr;
    QByteArray m_token, m_me, m_room, m_otherRoom;
    QList<QJsonObject> m_frames;
    QStringList m_raw;
    int m_pings = 0;
    int m_closeCode = 0;
    QString m_closeReason;
};

} // namespace

std::unique_ptr<Target> makeTarget()
{
    return std::make_unique<HubFramesTarget>();
}

} // namespace fuzz
