// RealtimeConnection and Outbox against the real local server: connection state, send -> ack, the
// outbox surviving an app restart, refusals kept as failed, resync after a drop, notifications and
// the end of a session.
#include "realtimetesthelpers.h"

#include "api/messagingapi.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tutorhub;
using namespace tutorhub::test;
using State = api::RealtimeConnection::State;

class TestRealtime : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_room;

    QString roomOf(ChatUser &u, const QString &type)
    {
        api::MessagingApi m(u.client.get());
        const auto r = await<api::JsonAnswer>([&](auto done) { m.myConversations(u.client.get(), done); });
        if (!r)
            return {};
        for (const QJsonValue &c : r.value().array())
            if (c.toObject().value("conversationType").toString() == type)
                return c.toObject().value("id").toString();
        return {};
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void connectJoinSendAck()
    {
        ChatUser lena, maria;
        QVERIFY(lena.signIn(m_server.port(), kStudentLena, m_dir.filePath("lena1.json")));
        QVERIFY(maria.signIn(m_server.port(), kTutorMaria, m_dir.filePath("maria1.json")));
        m_room = roomOf(lena, "studentTutor");
        QVERIFY(!m_room.isEmpty());
        QCOMPARE(lena.rt->hubUrl().toString(),
                 QStringLiteral("ws://127.0.0.1:%1/messaging-api/hub").arg(m_server.port()));

        QSignalSpy states(lena.rt.get(), &api::RealtimeConnection::stateChanged);
        QCOMPARE(lena.rt->state(), State::Offline);
        lena.rt->join(m_room);
        lena.rt->start();
        QCOMPARE(lena.rt->state(), State::Connecting);
        QTRY_VERIFY(lena.connected());
        QVERIFY(!lena.rt->stateText().isEmpty());
        QCOMPARE(lena.rt->userId(), lena.session.userId);
        maria.rt->join(m_room);
        maria.rt->start();
        QTRY_VERIFY(maria.connected());
        QTRY_VERIFY(lena.received.size() >= 4); // the newest page of the demo chat
        QTRY_VERIFY(maria.received.size() >= 4);
        QCOMPARE(lena.received.last().value("sequence").toInt(), maria.received.last().value("sequence").toInt());

        const QString cid = lena.rt->sendMessage(m_room, "text", QJsonObject {{"text", "hello from the api"}});
        QVERIFY(!cid.isEmpty());
        QVERIFY(lena.outbox->contains(cid));
        QTRY_VERIFY(lena.acked.contains(cid));
        QVERIFY(!lena.outbox->contains(cid));
        QTRY_COMPARE(textOf(maria.received.last()), QStringLiteral("hello from the api"));
        QCOMPARE(textOf(lena.received.last()), QStringLiteral("hello from the api")); // own message via the ack
        QCOMPARE(lena.received.last().value("sequence").toInt(), maria.received.last().value("sequence").toInt());

        // Typing and read frames reach the peer.
        QSignalSpy frames(maria.rt.get(), &api::RealtimeConnection::frameReceived);
        QVERIFY(lena.rt->sendFrame({{"type", "typing"}, {"roomId", m_room}, {"isTyping", true}}));
        QTRY_VERIFY(std::any_of(frames.cbegin(), frames.cend(), [](const QList<QVariant> &a) {
            return a.at(0).toJsonObject().value("type").toString() == "typing";
        }));
    }

    // C53: against a server without the hub, the connection reads rooms through listChatMessages: the
    // hello counts what was there as read, a message posted later arrives once and in order, join and
    // history are answered, and a message of ours is refused with errMsg_ChatHubUnavailable and kept.
    void pollingWithoutHub()
    {
        ChatUser lena, maria;
        QVERIFY(lena.signIn(m_server.port(), kStudentLena, m_dir.filePath("lena-poll.json")));
        QVERIFY(maria.signIn(m_server.port(), kTutorMaria, m_dir.filePath("maria-poll.json")));
        const QString room = roomOf(lena, "studentTutor");
        QVERIFY(!room.isEmpty());
        lena.rt->setHubAvailable(false);
        lena.rt->setUserId(lena.session.userId);
        lena.rt->setPollIntervalMs(150);
        QSignalSpy hello(lena.rt.get(), &api::RealtimeConnection::helloReceived);
        QSignalSpy frames(lena.rt.get(), &api::RealtimeConnection::frameReceived);
        lena.rt->start();
        QCOMPARE(lena.rt->state(), State::Polling);
        QVERIFY(lena.rt->stateText().contains(QStringLiteral("no live chat")));
        QTRY_COMPARE(hello.size(), 1);
        const QJsonObject h = hello.at(0).at(0).toJsonObject();
        QCOMPARE(h.value("user").toObject().value("id").toString(), lena.session.userId);
        qint64 last = -1;
        for (const QJsonValue &v : h.value("rooms").toArray())
            if (v.toObject().value("roomId").toString() == room)
                last = v.toObject().value("lastSequence").toInteger();
        QVERIFY(last >= 4); // the demo chat, all of it read
        lena.rt->join(room, last);
        QVERIFY(lena.rt->sendFrame({{"type", "history"}, {"roomId", room}, {"limit", 50}}));
        QTRY_VERIFY(std::any_of(frames.cbegin(), frames.cend(), [&](const QList<QVariant> &a) {
            const QJsonObject f = a.at(0).toJsonObject();
            return f.value("type").toString() == "history" && f.value("messages").toArray().size() == last
                   && !f.value("hasOlder").toBool();
        }));
        QVERIFY(!lena.rt->sendFrame({{"type", "typing"}, {"roomId", room}, {"isTyping", true}}));

        // Maria (with the hub) writes twice; Lena's poll brings both, once each, in order, after what she had.
        maria.rt->join(room);
        maria.rt->start();
        QTRY_VERIFY(maria.connected());
        const QString c1 = maria.rt->sendMessage(room, "text", QJsonObject {{"text", "polled one"}});
        QTRY_VERIFY(maria.acked.contains(c1));
        const QString c2 = maria.rt->sendMessage(room, "text", QJsonObject {{"text", "polled two"}});
        QTRY_VERIFY(maria.acked.contains(c2));
        QTRY_COMPARE(lena.received.size(), 2);
        QCOMPARE(textOf(lena.received.at(0)), QStringLiteral("polled one"));
        QCOMPARE(textOf(lena.received.at(1)), QStringLiteral("polled two"));
        QCOMPARE(lena.received.at(0).value("sequence").toInteger(), last + 1);
        QCOMPARE(lena.received.at(1).value("sequence").toInteger(), last + 2);
        QTest::qWait(500); // a few more polls deliver nothing twice
        QCOMPARE(lena.received.size(), 2);

        // Sending is refused with a sentence and the message stays in the outbox.
        QSignalSpy refused(lena.rt.get(), &api::RealtimeConnection::messageRefused);
        const QString mine = lena.rt->sendMessage(room, "text", QJsonObject {{"text", "cannot go"}});
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).at(0).toString(), mine);
        QCOMPARE(refused.at(0).at(1).value<api::ApiError>().code, QStringLiteral("errMsg_ChatHubUnavailable"));
        QVERIFY(lena.outbox->contains(mine));
        QVERIFY(lena.outbox->item(mine)->failed);
        lena.rt->stop();
        QCOMPARE(lena.rt->state(), State::Offline);
    }

    void outboxSurvivesRestartAndSendsOnce()
    {
        ChatUser lena, maria;
        QVERIFY(lena.signIn(m_server.port(), kStudentLena, m_dir.filePath("lena2.json")));
        QVERIFY(maria.signIn(m_server.port(), kTutorMaria, m_dir.filePath("maria2.json")));
        maria.rt->join(m_room);
        maria.rt->start();
        QTRY_VERIFY(maria.connected());
        QTRY_VERIFY(!maria.received.isEmpty());
        const int before = int(maria.received.size());

        // Offline: the messages wait in the outbox file.
        const QString a = lena.rt->sendMessage(m_room, "text", QJsonObject {{"text", "offline 1"}});
        const QString b = lena.rt->sendMessage(m_room, "text", QJsonObject {{"text", "offline 2"}});
        QCOMPARE(lena.outbox->size(), 2);
        QVERIFY(QFile::exists(lena.outboxPath));
        lena.restartApp(); // the app quits before it was ever online
        QCOMPARE(lena.outbox->size(), 2);
        QCOMPARE(lena.outbox->pending().at(0).clientMessageId, a);
        QCOMPARE(lena.outbox->pending().at(1).clientMessageId, b);
        lena.rt->join(m_room);
        lena.rt->start();
        QTRY_COMPARE(lena.outbox->size(), 0);
        QTRY_COMPARE(maria.received.size(), before + 2);
        QCOMPARE(textOf(maria.received.at(before)), QStringLiteral("offline 1"));
        QCOMPARE(textOf(maria.received.at(before + 1)), QStringLiteral("offline 2"));

        // The ack was lost (the file still lists the message): the resend is stored once.
        api::Outbox stale(m_dir.filePath("stale.json"));
        const QString c = stale.enqueue(m_room, "text", QJsonObject {{"text", "sent twice"}});
        QFile::remove(m_dir.filePath("stale-copy.json"));
        QVERIFY(QFile::copy(m_dir.filePath("stale.json"), m_dir.filePath("stale-copy.json")));
        api::RealtimeConnection first(lena.client.get(), &stale);
        first.start();
        QTRY_COMPARE(stale.size(), 0);
        first.stop();
        api::Outbox copy(m_dir.filePath("stale-copy.json"));
        QCOMPARE(copy.pending().at(0).clientMessageId, c);
        api::RealtimeConnection second(lena.client.get(), &copy);
        QSignalSpy acks(&second, &api::RealtimeConnection::messageAcknowledged);
        second.start();
        QTRY_COMPARE(acks.size(), 1);
        QTRY_COMPARE(maria.received.size(), before + 3);
        QVERIFY(maria.rt->sendFrame({{"type", "ping"}}));
        QTest::qWait(200);
        QCOMPARE(maria.received.size(), before + 3); // no second copy
    }

    void refusalIsKeptAsFailed()
    {
        ChatUser tom;
        QVERIFY(tom.signIn(m_server.port(), kStudentTom, m_dir.filePath("tom.json")));
        QSignalSpy refused(tom.rt.get(), &api::RealtimeConnection::messageRefused);
        tom.rt->start();
        QTRY_VERIFY(tom.connected());
        const QString cid = tom.rt->sendMessage(m_room, "text", QJsonObject {{"text", "not my room"}});
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).at(0).toString(), cid);
        QCOMPARE(refused.at(0).at(1).value<api::ApiError>().code, QStringLiteral("errMsg_NotConversationParticipant"));
        QVERIFY(tom.outbox->item(cid)->failed);
        QVERIFY(tom.outbox->pending().isEmpty());
        api::Outbox reread(tom.outboxPath);
        QVERIFY(reread.item(cid)->failed); // persisted
    }

    void resyncAfterDropDeliversOnceInOrder()
    {
        ChatUser lena, maria;
        QVERIFY(lena.signIn(m_server.port(), kStudentLena, m_dir.filePath("lena3.json")));
        QVERIFY(maria.signIn(m_server.port(), kTutorMaria, m_dir.filePath("maria3.json")));
        for (ChatUser *u : {&lena, &maria}) {
            u->rt->join(m_room);
            u->rt->start();
        }
        QTRY_VERIFY(lena.connected() && maria.connected());
        QTRY_VERIFY(!maria.received.isEmpty() && !lena.received.isEmpty());
        // Maria is away while Lena sends three messages.
        maria.rt->stop();
        for (int i = 0; i < 3; ++i)
            lena.rt->sendMessage(m_room, "text", QJsonObject {{"text", QStringLiteral("while away %1").arg(i)}});
        QTRY_COMPARE(lena.outbox->size(), 0);
        const qint64 last = lena.lastSequence();
        maria.rt->start();
        QTRY_COMPARE(maria.lastSequence(), last);
        for (int i = 1; i < maria.received.size(); ++i)
            QCOMPARE(maria.received.at(i).value("sequence").toInteger(),
                     maria.received.at(i - 1).value("sequence").toInteger() + 1);
        QCOMPARE(textOf(maria.received.last()), QStringLiteral("while away 2"));

        // A drop reconnects by itself.
        QSignalSpy states(lena.rt.get(), &api::RealtimeConnection::stateChanged);
        lena.rt->dropConnection();
        QTRY_VERIFY(states.contains(QList<QVariant> {QVariant::fromValue(State::Reconnecting)}));
        QTRY_VERIFY(lena.connected());
    }

    void notificationsAndSessionEnd()
    {
        ChatUser lena, admin;
        QVERIFY(lena.signIn(m_server.port(), kStudentLena, m_dir.filePath("lena4.json")));
        QVERIFY(admin.signIn(m_server.port(), kAdmin, m_dir.filePath("admin4.json")));
        QSignalSpy notes(lena.rt.get(), &api::RealtimeConnection::notificationReceived);
        QSignalSpy ended(lena.rt.get(), &api::RealtimeConnection::sessionEnded);
        lena.rt->start();
        QTRY_VERIFY(lena.connected());
        api::MessagingApi m(admin.client.get());
        const auto warned = await<api::JsonAnswer>([&](auto done) {
            m.warnUser(admin.session.userId, lena.session.userId, "Please be on time.", admin.client.get(), done);
        });
        QVERIFY2(warned, why(warned).constData());
        QTRY_COMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).at(0).toJsonObject().value("type").toString(), QStringLiteral("adminWarning"));

        const auto out = await<void>([&](auto done) { lena.auth->logout(lena.client.get(), done); });
        QVERIFY(out);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 5000);
        QCOMPARE(lena.rt->state(), State::Offline);
    }
};

QTEST_MAIN(TestRealtime)
#include "tst_realtime.moc"
