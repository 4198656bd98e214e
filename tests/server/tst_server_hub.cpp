// The realtime hub (docs/realtime-protocol.md) against the real server in this process: every frame
// type and error, permissions, moderation, REST -> hub broadcast, notification push and bad input.
#include "../support/postgrestest.h"
#include "hubtestclient.h"

#include "admin/svcutil.h"
#include "auth/sessions.h"
#include "auth/userschema.h"
#include "db/repository.h"
#include "messaging/hub.h"
#include "messaging/messaging.h"
#include "notification/notify.h"
#include "server.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUuid>

using namespace tutorhub::server;

class TestServerHub : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
    QString m_database; // tst_server_hub@postgresql: the server's database (DB7)
    QNetworkAccessManager m_nam;

    QVariantMap user(const char *email) const
    {
        return *m_server->repository().findOne(userSchema(), QStringLiteral("email = ?"), {QString::fromLatin1(email)});
    }
    QString token(const char *email) { return m_server->sessions().create(user(email)).token; }
    QString id(const char *email) const { return str(user(email), "id"); }
    QString lenaMariaRoom() const
    {
        return str(*m_server->repository().findOne(
                       conversationSchema(), QStringLiteral("conversationType = 'studentTutor' AND participantA = ?"),
                       {id("lena.fischer@tutorhub.local")}),
                   "id");
    }
    QString adminMariaRoom() const
    {
        return str(*m_server->repository().findOne(
                       conversationSchema(), QStringLiteral("conversationType = 'adminTutor' AND participantB = ?"),
                       {id("maria.keller@tutorhub.local")}),
                   "id");
    }
    static QJsonObject textSend(const QString &room, const QString &cid, const QString &text)
    {
        return {{"type", "send"},
                {"roomId", room},
                {"clientMessageId", cid},
                {"messageType", "text"},
                {"content", QJsonObject {{"text", text}}}};
    }
    static QString code(const std::optional<QJsonObject> &f)
    {
        return f ? f->value("code").toString() : QStringLiteral("<none>");
    }

    QJsonObject rest(const QByteArray &method, const QString &path, const QString &tok, const QJsonObject &body = {})
    {
        QNetworkRequest req(QUrl(m_server->baseUrl().toString() + path));
        req.setRawHeader("Authorization", "Bearer " + tok.toUtf8());
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *r = m_nam.sendCustomRequest(req, method, QJsonDocument(body).toJson());
        QSignalSpy done(r, &QNetworkReply::finished);
        done.wait(5000);
        const QJsonObject o = QJsonDocument::fromJson(r->readAll()).object();
        r->deleteLater();
        return o;
    }

private slots:
    void initTestCase()
    {
        ServerOptions o;
        o.dataDir = m_dir.path();
        o.demo = true;
        o.logRequests = false;
        QString why;
        o.database = tutorhub::test::postgres::databaseFor(m_dir.path(), &why); // <test>@postgresql (DB7)
        m_database = o.database;
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_server = std::make_unique<Server>(o);
        QVERIFY2(m_server->start(&why), qPrintable(why));
    }
    void cleanupTestCase() { m_server.reset(); }

    void helloAfterAuthentication()
    {
        HubTestClient lena;
        QVERIFY(lena.open(m_server->port(), QString()) == false); // no hello without a token
        HubTestClient c;
        QNetworkRequest req(QUrl(QStringLiteral("ws://127.0.0.1:%1/messaging-api/hub").arg(m_server->port())));
        req.setRawHeader("Authorization", "Bearer " + token("lena.fischer@tutorhub.local").toUtf8());
        c.ws.open(req);
        const auto hello = c.waitFor("hello");
        QVERIFY(hello);
        QCOMPARE(hello->value("user").toObject().value("id").toString(), id("lena.fischer@tutorhub.local"));
        QVERIFY(hello->value("heartbeatInterval").toInt() > 0);
        QVERIFY(hello->value("serverTime").toString().endsWith('Z'));
        const QJsonArray rooms = hello->value("rooms").toArray();
        bool found = false;
        for (const QJsonValue &r : rooms)
            if (r.toObject().value("roomId").toString() == lenaMariaRoom())
                found = r.toObject().value("lastSequence").toInt() >= 4;
        QVERIFY(found);
    }

    // Group commit (decision F11): sends of two connections that arrive together are stored in one
    // transaction; each gets its own ack, in the order its connection sent them, and a send refused in
    // the middle of the batch gets its error while the others stay stored.
    void batchedSendsAreEachAcknowledged()
    {
        HubTestClient lena, maria;
        QVERIFY(lena.open(m_server->port(), token("lena.fischer@tutorhub.local")));
        QVERIFY(maria.open(m_server->port(), token("maria.keller@tutorhub.local")));
        const QString room = lenaMariaRoom();
        const QString tag = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        auto cid = [&](const char *who, int i) {
            return QStringLiteral("batch-%1-%2%3").arg(tag, QLatin1String(who)).arg(i);
        };
        const QString bad = QStringLiteral("batch-%1-bad").arg(tag);
        for (int i = 0; i < 10; ++i) {
            lena.send(textSend(room, cid("l", i), QStringLiteral("lena %1").arg(i)));
            maria.send(textSend(room, cid("m", i), QStringLiteral("maria %1").arg(i)));
            if (i == 4) // students send no warnings: refused inside the batch
                lena.send({{"type", "send"},
                           {"roomId", room},
                           {"clientMessageId", bad},
                           {"messageType", "warning"},
                           {"content", QJsonObject {{"text", "not allowed"}}}});
        }
        for (auto [client, who] : {std::pair<HubTestClient *, const char *> {&lena, "l"}, {&maria, "m"}}) {
            qint64 last = 0;
            for (int i = 0; i < 10; ++i) {
                const QString wanted = cid(who, i);
                const auto ack = client->waitFor("ack", 10000, [&](const QJsonObject &f) {
                    return f.value("clientMessageId").toString() == wanted;
                });
                QVERIFY2(ack, qPrintable(wanted));
                QVERIFY(!ack->value("duplicate").toBool());
                const qint64 sequence = ack->value("message").toObject().value("sequence").toInteger();
                QVERIFY2(sequence > last, qPrintable(wanted)); // one connection's sends are stored in the order sent
                last = sequence;
            }
        }
        const auto refused = lena.waitFor(
            "error", 10000, [&](const QJsonObject &f) { return f.value("clientMessageId").toString() == bad; });
        QVERIFY(refused);
        QCOMPARE(refused->value("status").toInt(), 400);
        QSqlQuery q
            = m_server->repository().exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT sequence), SUM(CASE WHEN "
                                                         "clientMessageId = ? THEN 1 ELSE 0 END) FROM chatMessages "
                                                         "WHERE roomId = ? AND clientMessageId LIKE ?"),
                                          {bad, room, QStringLiteral("batch-%1-%").arg(tag)});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 20);
        QCOMPARE(q.value(1).toInt(), 20);
        QCOMPARE(q.value(2).toInt(), 0);
    }

    void refusedUpgrades_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("no token") << QByteArray() << QByteArray("401");
        QTest::newRow("forged token") << QByteArray("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")
                                      << QByteArray("401");
    }
    void refusedUpgrades()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, expected);
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(s.waitForConnected(3000));
        QByteArray req
            = "GET /messaging-api/hub HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n";
        if (!authorization.isEmpty())
            req += "Authorization: " + authorization + "\r\n";
        s.write(req + "\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT(
            (answer += s.readAll()).contains("\r\n\r\n") || s.state() == QAbstractSocket::UnconnectedState, 5000);
        answer += s.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 " + expected), answer.constData());
        QVERIFY(answer.contains("errMsg_LoginRequired"));
    }

    void logoutEndsConnection()
    {
        const QVariantMap tom = user("tom.baker@tutorhub.local");
        const auto issued = m_server->sessions().create(tom);
        HubTestClient c;
        QVERIFY(c.open(m_server->port(), issued.token));
        m_server->sessions().remove(issued.sessionId);
        QCOMPARE(code(c.waitFor("error", 4000)), QStringLiteral("errMsg_LoginRequired"));
        QVERIFY(c.waitClosed());
        QCOMPARE(int(c.closeCode), 4401);
    }

    void joinBacklogAndResync()
    {
        HubTestClient lena;
        QVERIFY(lena.open(m_server->port(), token("lena.fischer@tutorhub.local")));
        const QString room = lenaMariaRoom();
        lena.send({{"type", "join"}, {"roomId", room}, {"ref", "j1"}});
        const auto joined = lena.waitFor("joined");
        QVERIFY(joined);
        QCOMPARE(joined->value("ref").toString(), QStringLiteral("j1"));
        QVERIFY(joined->value("canSend").toBool());
        const int last = joined->value("lastSequence").toInt();
        QVERIFY(last >= 4);
        auto backlog = lena.waitFor("backlog");
        QVERIFY(backlog);
        QJsonArray msgs = backlog->value("messages").toArray();
        QCOMPARE(msgs.last().toObject().value("sequence").toInt(), last);
        QVERIFY(backlog->value("done").toBool());

        // Resync: only what comes after the given sequence, in order.
        lena.send({{"type", "join"}, {"roomId", room}, {"afterSequence", last - 2}});
        QVERIFY(lena.waitFor("joined"));
        backlog = lena.waitFor("backlog");
        QVERIFY(backlog);
        msgs = backlog->value("messages").toArray();
        QCOMPARE(msgs.size(), 2);
        QCOMPARE(msgs.at(0).toObject().value("sequence").toInt(), last - 1);
        QCOMPARE(msgs.at(1).toObject().value("sequence").toInt(), last);

        // history: older pages before a sequence.
        lena.send({{"type", "history"}, {"roomId", room}, {"beforeSequence", 3}, {"limit", 10}});
        const auto history = lena.waitFor("history");
        QVERIFY(history);
        QCOMPARE(history->value("messages").toArray().size(), 2);
        QVERIFY(!history->value("hasOlder").toBool());

        lena.send({{"type", "leave"}, {"roomId", room}});
        QVERIFY(lena.waitFor("left"));
        lena.send({{"type", "typing"}, {"roomId", room}, {"isTyping", true}});
        QCOMPARE(code(lena.waitFor("error")), QStringLiteral("errMsg_NotJoined"));
    }

    void sendAckBroadcastExactlyOnce()
    {
        const QString room = lenaMariaRoom();
        HubTestClient lena, maria;
        QVERIFY(lena.open(m_server->port(), token("lena.fischer@tutorhub.local")));
        QVERIFY(maria.open(m_server->port(), token("maria.keller@tutorhub.local")));
        for (HubTestClient *c : {&lena, &maria}) {
            c->send({{"type", "join"}, {"roomId", room}});
            QVERIFY(c->waitFor("backlog"));
        }
        const QString cid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        lena.send(textSend(room, cid, QStringLiteral("Hello over the hub")));
        const auto ack = lena.waitFor("ack");
        QVERIFY(ack);
        QCOMPARE(ack->value("clientMessageId").toString(), cid);
        QVERIFY(!ack->value("duplicate").toBool());
        const QJsonObject stored = ack->value("message").toObject();
        QCOMPARE(stored.value("content").toObject().value("text").toString(), QStringLiteral("Hello over the hub"));
        // Stored before the ack: the repository has it.
        QVERIFY(m_server->repository().get(chatMessageSchema(), stored.value("id").toString()).has_value());
        const auto got = maria.waitFor("message");
        QVERIFY(got);
        QCOMPARE(got->value("message").toObject().value("id").toString(), stored.value("id").toString());
        QVERIFY(lena.none("message")); // the sending connection gets the ack, not a copy

        // The same clientMessageId again: the stored message, no second copy, no broadcast.
        lena.send(textSend(room, cid, QStringLiteral("Hello over the hub")));
        const auto again = lena.waitFor("ack");
        QVERIFY(again);
        QVERIFY(again->value("duplicate").toBool());
        QCOMPARE(again->value("message").toObject().value("sequence").toInt(), stored.value("sequence").toInt());
        QVERIFY(maria.roundTrip());
        QVERIFY(maria.none("message"));

        // A reply quotes its target.
        lena.send(QJsonObject {{"type", "send"},
                               {"roomId", room},
                               {"clientMessageId", cid + "r"},
                               {"content", QJsonObject {{"text", "re"}}},
                               {"replyTo", QJsonObject {{"id", stored.value("id").toString()}}}});
        const auto replyAck = lena.waitFor("ack");
        QVERIFY(replyAck);
        QCOMPARE(replyAck->value("message").toObject().value("replyTo").toObject().value("preview").toString(),
                 QStringLiteral("Hello over the hub"));
        QCOMPARE(replyAck->value("message").toObject().value("sequence").toInt(), stored.value("sequence").toInt() + 1);

        // Validation errors name the field and carry the clientMessageId.
        lena.send(
            QJsonObject {{"type", "send"}, {"roomId", room}, {"clientMessageId", "x1"}, {"content", QJsonObject {}}});
        const auto err = lena.waitFor("error");
        QCOMPARE(code(err), QStringLiteral("errMsg_MissingParameter:content.text"));
        QCOMPARE(err->value("clientMessageId").toString(), QStringLiteral("x1"));
        lena.send(QJsonObject {{"type", "send"}, {"roomId", room}, {"content", QJsonObject {{"text", "no id"}}}});
        QCOMPARE(code(lena.waitFor("error")), QStringLiteral("errMsg_MissingParameter:clientMessageId"));
    }

    // Issue 18 item 2 (DB12): a second instance on the same PostgreSQL database. Lena's hub is on one, Maria's on
    // the other; 60 messages sent in bursts from both sides (hub sends, and REST posts on the other instance)
    // reach the other side live, each exactly once and in sequence order; an edit, a delete and a notification
    // cross as well.
    void messagesReachClientsOfAnotherInstance()
    {
        if (m_database.isEmpty())
            QSKIP("two instances share a PostgreSQL database: tst_server_hub@postgresql");
        QTemporaryDir secondDir;
        ServerOptions o;
        o.dataDir = secondDir.path();
        o.database = m_database;
        o.logRequests = false;
        Server second(o);
        QString why;
        QVERIFY2(second.start(&why), qPrintable(why));

        const QString room = lenaMariaRoom();
        HubTestClient lena, maria;
        QVERIFY(lena.open(m_server->port(), token("lena.fischer@tutorhub.local")));
        QVERIFY(maria.open(second.port(), token("maria.keller@tutorhub.local"))); // the key is shared (DB9)
        for (HubTestClient *c : {&lena, &maria}) {
            c->send({{"type", "join"}, {"roomId", room}});
            QVERIFY(c->waitFor("backlog"));
            c->frames.clear();
        }
        QSet<QString> fromLena, fromMaria;
        for (int round = 0; round < 10; ++round)
            for (int i = 0; i < 3; ++i) {
                const QString a = QStringLiteral("l-%1-%2").arg(round).arg(i),
                              b = QStringLiteral("m-%1-%2").arg(round).arg(i);
                lena.send(textSend(room, a, a));
                maria.send(textSend(room, b, b));
                fromLena << a;
                fromMaria << b;
            }
        // Collects the messages a client receives until it has `want` of them (or the time is up).
        auto received = [](HubTestClient &c, int want) {
            QElapsedTimer t;
            t.start();
            QList<QJsonObject> got;
            while (t.elapsed() < 20000) {
                got.clear();
                for (const QJsonObject &f : std::as_const(c.frames))
                    if (f.value("type").toString() == QLatin1String("message"))
                        got << f.value("message").toObject();
                if (got.size() >= want)
                    break;
                QTest::qWait(20);
            }
            QTest::qWait(300); // a late duplicate would show up here
            got.clear();
            for (const QJsonObject &f : std::as_const(c.frames))
                if (f.value("type").toString() == QLatin1String("message"))
                    got << f.value("message").toObject();
            return got;
        };
        const QList<QJsonObject> atLena = received(lena, 30), atMaria = received(maria, 30);
        auto check = [](const QList<QJsonObject> &got, const QSet<QString> &expected) {
            QSet<QString> seen;
            qint64 last = 0;
            for (const QJsonObject &m : got) {
                const QString cid = m.value("clientMessageId").toString();
                if (seen.contains(cid))
                    return QStringLiteral("twice: ") + cid;
                seen << cid;
                const qint64 seq = m.value("sequence").toInteger();
                if (seq <= last)
                    return QStringLiteral("out of order: %1 after %2").arg(seq).arg(last);
                last = seq;
            }
            return seen == expected ? QString() : QStringLiteral("got %1 of %2").arg(seen.size()).arg(expected.size());
        };
        QCOMPARE(check(atLena, fromMaria), QString());
        QCOMPARE(check(atMaria, fromLena), QString());
        // Every acknowledged message has one stored row and its own sequence.
        QSqlQuery q = m_server->repository().exec(
            QStringLiteral("SELECT count(*), count(DISTINCT sequence) FROM chatMessages WHERE roomId = ? AND "
                           "(clientMessageId LIKE 'l-%' OR clientMessageId LIKE 'm-%')"),
            {room});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 60);
        QCOMPARE(q.value(1).toInt(), 60);

        // An edit on Lena's instance reaches Maria's; a REST post on Maria's instance reaches Lena's.
        const QString editedId = atMaria.first().value("id").toString();
        lena.send({{"type", "edit"}, {"messageId", editedId}, {"content", QJsonObject {{"text", "edited"}}}});
        const auto edited = maria.waitFor("messageEdited", 10000);
        QVERIFY(edited);
        QCOMPARE(edited->value("message").toObject().value("id").toString(), editedId);
        QNetworkRequest req(QUrl(second.baseUrl().toString() + "/messaging-api/v1/v1/chat-messages"));
        req.setRawHeader("Authorization", "Bearer " + token("maria.keller@tutorhub.local").toUtf8());
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *r = m_nam.post(req, QJsonDocument(QJsonObject {{"roomId", room},
                                                                      {"clientMessageId", "rest-across"},
                                                                      {"content", QJsonObject {{"text", "by REST"}}}})
                                               .toJson());
        QSignalSpy done(r, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        r->deleteLater();
        const auto byRest = lena.waitFor("message", 10000, [](const QJsonObject &f) {
            return f.value("message").toObject().value("content").toObject().value("text").toString() == "by REST";
        });
        QVERIFY2(byRest, "a REST post on the other instance was not pushed");
        // A notification written on Maria's instance reaches Lena's socket on the first one.
        notifyUser(second.repository(), id("lena.fischer@tutorhub.local"), QStringLiteral("system"),
                   QStringLiteral("Across instances"), QString());
        const auto n = lena.waitFor("notification", 10000);
        QVERIFY(n);
        QCOMPARE(n->value("notification").toObject().value("title").toString(), QStringLiteral("Across instances"));
    }

    void editDeleteTypingRead()
    {
        const QString room = lenaMariaRoom();
        HubTestClient lena, maria;
        QVERIFY(lena.open(m_server->port(), token("lena.fischer@tutorhub.local")));
        QVERIFY(maria.open(m_server->port(), token("maria.keller@tutorhub.local")));
        for (HubTestClient *c : {&lena, &maria}) {
            c->send({{"type", "join"}, {"roomId", room}});
            QVERIFY(c->waitFor("backlog"));
        }
        lena.send(textSend(room, QStringLiteral("edit-me"), QStringLiteral("tpyo")));
        const auto ack = lena.waitFor("ack");
        QVERIFY(ack);
        const QString mid = ack->value("message").toObject().value("id").toString();
        const int seq = ack->value("message").toObject().value("sequence").toInt();
        QVERIFY(maria.waitFor("message"));

        lena.send({{"type", "edit"}, {"messageId", mid}, {"content", QJsonObject {{"text", "typo"}}}, {"ref", 7}});
        const auto mine = lena.waitFor("messageEdited");
        QVERIFY(mine);
        QCOMPARE(mine->value("ref").toInt(), 7);
        const auto edited = maria.waitFor("messageEdited");
        QVERIFY(edited);
        QCOMPARE(edited->value("message").toObject().value("content").toObject().value("text").toString(),
                 QStringLiteral("typo"));

        maria.send({{"type", "edit"}, {"messageId", mid}, {"content", QJsonObject {{"text", "hijack"}}}});
        QCOMPARE(code(maria.waitFor("error")), QStringLiteral("errMsg_Forbidden"));
        maria.send({{"type", "delete"}, {"messageId", mid}});
        QCOMPARE(code(maria.waitFor("error")), QStringLiteral("errMsg_Forbidden"));

        lena.send({{"type", "delete"}, {"messageId", mid}});
        QVERIFY(lena.waitFor("messageDeleted"));
        const auto deleted = maria.waitFor("messageDeleted");
        QVERIFY(deleted);
        QCOMPARE(deleted->value("message").toObject().value("isActive").toBool(true), false);
        // Resync keeps the deleted message's place (a tombstone without content): sequences stay contiguous.
        maria.send({{"type", "join"}, {"roomId", room}, {"afterSequence", seq - 1}});
        const auto backlog = maria.waitFor("backlog");
        QVERIFY(backlog);
        const QJsonObject tomb = backlog->value("messages").toArray().first().toObject();
        QCOMPARE(tomb.value("sequence").toInt(), seq);
        QVERIFY(!tomb.value("isActive").toBool(true));
        QVERIFY(tomb.value("content").toObject().isEmpty());

        lena.send({{"type", "typing"}, {"roomId", room}, {"isTyping", true}});
        const auto typing = maria.waitFor("typing");
        QVERIFY(typing);
        QCOMPARE(typing->value("userId").toString(), id("lena.fischer@tutorhub.local"));
        QVERIFY(typing->value("isTyping").toBool());
        lena.send({{"type", "typing"}, {"roomId", room}, {"isTyping", "yes"}});
        QCOMPARE(code(lena.waitFor("error")), QStringLiteral("errMsg_InvalidParameter:isTyping"));

        // Read markers: stored per user and room, never ahead of the room, never backwards.
        maria.send({{"type", "read"}, {"roomId", room}, {"sequence", seq}});
        const auto read = lena.waitFor("read");
        QVERIFY(read);
        QCOMPARE(read->value("sequence").toInt(), seq);
        QCOMPARE(read->value("userId").toString(), id("maria.keller@tutorhub.local"));
        maria.send({{"type", "read"}, {"roomId", room}, {"sequence", 1}});
        const auto notBack = maria.waitFor("read");
        QVERIFY(notBack);
        QVERIFY(maria.waitFor("read", 2000, [&](const QJsonObject &f) { return f.value("sequence").toInt() == seq; })
                || notBack->value("sequence").toInt() == seq);
        HubTestClient again;
        QVERIFY(again.open(m_server->port(), token("lena.fischer@tutorhub.local")));
        again.send({{"type", "join"}, {"roomId", room}});
        const auto joined = again.waitFor("joined");
        QVERIFY(joined);
        QCOMPARE(joined->value("peerReadSequence").toInt(), seq);
    }

    void permissions()
    {
        const QString room = lenaMariaRoom();
        HubTestClient tom;
        QVERIFY(tom.open(m_server->port(), token("tom.baker@tutorhub.local")));
        tom.send({{"type", "join"}, {"roomId", room}});
        QCOMPARE(code(tom.waitFor("error")), QStringLiteral("errMsg_NotConversationParticipant"));
        tom.send(textSend(room, QStringLiteral("t1"), QStringLiteral("let me in")));
        QCOMPARE(code(tom.waitFor("error")), QStringLiteral("errMsg_NotConversationParticipant"));
        tom.send({{"type", "join"}, {"roomId", QUuid::createUuid().toString(QUuid::WithoutBraces)}});
        QCOMPARE(code(tom.waitFor("error")), QStringLiteral("errMsg_FethcedObjectNotFound:conversation"));
        tom.send({{"type", "moderate"},
                  {"roomId", room},
                  {"userId", id("lena.fischer@tutorhub.local")},
                  {"action", "blocked"}});
        QCOMPARE(code(tom.waitFor("error")), QStringLiteral("errMsg_Forbidden"));

        // One-way admin-to-student room: the student reads but cannot send.
        const auto sys = messaging::sendSystemMessage(
            m_server->repository(), user("admin@tutorhub.local"), user("tom.baker@tutorhub.local"),
            QStringLiteral("Please keep the chat friendly."), QStringLiteral("info"));
        const QString notice = str(sys.conversation, "id");
        tom.send({{"type", "join"}, {"roomId", notice}});
        const auto joined = tom.waitFor("joined");
        QVERIFY(joined);
        QVERIFY(!joined->value("canSend").toBool());
        tom.send(textSend(notice, QStringLiteral("t2"), QStringLiteral("but why")));
        QCOMPARE(code(tom.waitFor("error")), QStringLiteral("errMsg_OneWayConversation"));

        // A closed conversation refuses sends.
        m_server->repository().update(conversationSchema(), room,
                                      {{QStringLiteral("status"), QStringLiteral("closed")}});
        HubTestClient lena;
        QVERIFY(lena.open(m_server->port(), token("lena.fischer@tutorhub.local")));
        lena.send(textSend(room, QStringLiteral("closed1"), QStringLiteral("hello?")));
        QCOMPARE(code(lena.waitFor("error")), QStringLiteral("errMsg_ConversationClosed"));
        m_server->repository().update(conversationSchema(), room,
                                      {{QStringLiteral("status"), QStringLiteral("active")}});
    }

    void moderation()
    {
        const QString room = adminMariaRoom();
        const QString mariaId = id("maria.keller@tutorhub.local");
        HubTestClient admin, maria;
        QVERIFY(admin.open(m_server->port(), token("admin@tutorhub.local")));
        QVERIFY(maria.open(m_server->port(), token("maria.keller@tutorhub.local")));
        for (HubTestClient *c : {&admin, &maria}) {
            c->send({{"type", "join"}, {"roomId", room}});
            QVERIFY(c->waitFor("backlog"));
        }
        admin.send({{"type", "moderate"},
                    {"roomId", room},
                    {"userId", mariaId},
                    {"action", "silenced"},
                    {"duration", 60},
                    {"reason", "cool down"}});
        const auto mod = maria.waitFor("moderation");
        QVERIFY(mod);
        QCOMPARE(mod->value("action").toString(), QStringLiteral("silenced"));
        QVERIFY(!mod->value("expiresAt").toString().isEmpty());
        QVERIFY(admin.waitFor("moderation"));
        maria.send(textSend(room, QStringLiteral("m1"), QStringLiteral("hmm")));
        QCOMPARE(code(maria.waitFor("error")), QStringLiteral("errMsg_SilencedInConversation"));
        admin.send(
            {{"type", "moderate"}, {"roomId", room}, {"userId", mariaId}, {"action", "silenced"}, {"lift", true}});
        QVERIFY(maria.waitFor("moderation", 5000, [](const QJsonObject &f) { return f.value("lifted").toBool(); }));
        maria.send(textSend(room, QStringLiteral("m2"), QStringLiteral("thanks")));
        QVERIFY(maria.waitFor("ack"));

        // Expiry: a 1-second silence ends by itself.
        admin.send(
            {{"type", "moderate"}, {"roomId", room}, {"userId", mariaId}, {"action", "silenced"}, {"duration", 1}});
        QVERIFY(maria.waitFor("moderation"));
        maria.send(textSend(room, QStringLiteral("m3"), QStringLiteral("quiet")));
        QCOMPARE(code(maria.waitFor("error")), QStringLiteral("errMsg_SilencedInConversation"));
        QTest::qWait(1100);
        maria.send(textSend(room, QStringLiteral("m4"), QStringLiteral("back")));
        QVERIFY(maria.waitFor("ack"));

        // Blocked: removed from the room at once and cannot join again.
        admin.send({{"type", "moderate"}, {"roomId", room}, {"userId", mariaId}, {"action", "blocked"}});
        const auto left = maria.waitFor("left");
        QVERIFY(left);
        QCOMPARE(left->value("reason").toString(), QStringLiteral("blocked"));
        maria.send({{"type", "join"}, {"roomId", room}});
        QCOMPARE(code(maria.waitFor("error")), QStringLiteral("errMsg_BlockedInConversation"));
        maria.send(textSend(room, QStringLiteral("m5"), QStringLiteral("blocked?")));
        QCOMPARE(code(maria.waitFor("error")), QStringLiteral("errMsg_SilencedInConversation"));
        admin.send(
            {{"type", "moderate"}, {"roomId", room}, {"userId", mariaId}, {"action", "blocked"}, {"lift", true}});
        QVERIFY(admin.waitFor("moderation", 5000, [](const QJsonObject &f) { return f.value("lifted").toBool(); }));
        maria.send({{"type", "join"}, {"roomId", room}});
        QVERIFY(maria.waitFor("joined"));
        // Admins are not moderated; the target must be the room's other participant.
        admin.send({{"type", "moderate"},
                    {"roomId", room},
                    {"userId", id("tom.baker@tutorhub.local")},
                    {"action", "blocked"}});
        QCOMPARE(code(admin.waitFor("error")), QStringLiteral("errMsg_InvalidParameter:userId"));
    }

    void restPostsEditsAndNotificationsArePushed()
    {
        const QString room = lenaMariaRoom();
        HubTestClient lena;
        QVERIFY(lena.open(m_server->port(), token("lena.fischer@tutorhub.local")));
        lena.send({{"type", "join"}, {"roomId", room}});
        QVERIFY(lena.waitFor("backlog"));
        const QJsonObject posted
            = rest("POST", QStringLiteral("/messaging-api/v1/v1/chat-messages"), token("maria.keller@tutorhub.local"),
                   {{"roomId", room}, {"clientMessageId", "rest-1"}, {"content", QJsonObject {{"text", "via REST"}}}});
        const QString mid = posted.value("chatMessage").toObject().value("id").toString();
        QVERIFY2(!mid.isEmpty(), QJsonDocument(posted).toJson().constData());
        const auto pushed = lena.waitFor("message");
        QVERIFY(pushed);
        QCOMPARE(pushed->value("message").toObject().value("id").toString(), mid);
        rest("PATCH", QStringLiteral("/messaging-api/v1/v1/chat-messages/") + mid, token("maria.keller@tutorhub.local"),
             {{"content", QJsonObject {{"text", "via REST, edited"}}}});
        const auto edited = lena.waitFor("messageEdited");
        QVERIFY(edited);
        QCOMPARE(edited->value("message").toObject().value("content").toObject().value("text").toString(),
                 QStringLiteral("via REST, edited"));
        rest("DELETE", QStringLiteral("/messaging-api/v1/v1/chat-messages/") + mid,
             token("maria.keller@tutorhub.local"));
        QVERIFY(lena.waitFor("messageDeleted"));

        // A business event (an admin warning: a `warn` moderation record, C26) arrives as a notification frame.
        const QString lenaId = id("lena.fischer@tutorhub.local");
        rest("POST", QStringLiteral("/platformadmin-api/v1/adminmoderationactions"), token("admin@tutorhub.local"),
             {{"targetType", "user"},
              {"targetId", lenaId},
              {"targetUserId", lenaId},
              {"actionType", "warn"},
              {"actionReason", "Please be on time."},
              {"actionDate", "2026-11-21T09:30:00.000Z"}});
        const auto n = lena.waitFor("notification");
        QVERIFY(n);
        QCOMPARE(n->value("notification").toObject().value("type").toString(), QStringLiteral("adminWarning"));
        QVERIFY(
            !n->value("notification").toObject().value("refs").toObject().value("conversationId").toString().isEmpty());
        // A notification of a rolled-back transaction is never pushed.
        try {
            inTransaction(m_server->repository(), [&] {
                notifyUser(m_server->repository(), id("lena.fischer@tutorhub.local"), QStringLiteral("ghost"),
                           QStringLiteral("never"), QString());
                throw std::runtime_error("roll back");
            });
        } catch (const std::runtime_error &) { }
        QVERIFY(lena.roundTrip());
        QVERIFY(!lena.waitFor("notification", 300));
    }

    void badInput()
    {
        HubTestClient lena, maria;
        QVERIFY(lena.open(m_server->port(), token("lena.fischer@tutorhub.local")));
        QVERIFY(maria.open(m_server->port(), token("maria.keller@tutorhub.local")));
        lena.ws.sendTextMessage(QStringLiteral("{not json"));
        QCOMPARE(code(lena.waitFor("error")), QStringLiteral("errMsg_InvalidJson"));
        lena.ws.sendTextMessage(QStringLiteral("[1,2]"));
        QCOMPARE(code(lena.waitFor("error")), QStringLiteral("errMsg_InvalidJson"));
        lena.send({{"type", "teleport"}, {"ref", "q"}});
        const auto unknown = lena.waitFor("error");
        QCOMPARE(code(unknown), QStringLiteral("errMsg_UnknownFrameType"));
        QCOMPARE(unknown->value("ref").toString(), QStringLiteral("q"));
        lena.ws.sendBinaryMessage("\x01\x02");
        QCOMPARE(code(lena.waitFor("error")), QStringLiteral("errMsg_UnknownFrameType"));
        lena.send({{"type", "join"}, {"roomId", 42}});
        QCOMPARE(code(lena.waitFor("error")), QStringLiteral("errMsg_InvalidParameter:roomId"));
        QVERIFY(lena.roundTrip()); // still connected after recoverable errors

        const int before = m_server->repository().count(chatMessageSchema(), QStringLiteral("1 = 1"), {});
        // Oversized: an error, then close 1009.
        lena.send(textSend(lenaMariaRoom(), QStringLiteral("big"), QString(70 * 1024, QLatin1Char('x'))));
        QCOMPARE(code(lena.waitFor("error")), QStringLiteral("errMsg_FrameTooLarge"));
        QVERIFY(lena.waitClosed());
        QCOMPARE(int(lena.closeCode), 1009);

        // Flood: an error, then close 1008; the other user is unaffected.
        HubTestClient flood;
        QVERIFY(flood.open(m_server->port(), token("tom.baker@tutorhub.local")));
        for (int i = 0; i < 400; ++i)
            flood.send({{"type", "ping"}});
        QVERIFY(flood.waitFor("error", 5000,
                              [](const QJsonObject &f) { return f.value("code").toString() == "errMsg_RateLimited"; }));
        QVERIFY(flood.waitClosed());
        QCOMPARE(int(flood.closeCode), 1008);
        QVERIFY(maria.roundTrip());
        QCOMPARE(m_server->repository().count(chatMessageSchema(), QStringLiteral("1 = 1"), {}), before);
    }
};

QTEST_MAIN(TestServerHub)
#include "tst_server_hub.moc"
