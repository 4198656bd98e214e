// Soak (issue 7): two clients exchange 1,000 messages while the server is restarted twice (same data
// dir, new port), one connection is dropped and one app is restarted from its outbox file. Every
// message must arrive exactly once and in order on both sides, and be stored exactly once.
#include "realtimetesthelpers.h"

#include "api/messagingapi.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

using namespace tutorhub;
using namespace tutorhub::test;

class TestRealtimeSoak : public QObject
{
    Q_OBJECT

private slots:
    void thousandMessagesThroughRestartsAndDrops()
    {
        constexpr int kPerSide = 500;
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        QTemporaryDir dir;
        ChatUser lena, maria;
        QVERIFY(lena.signIn(server.port(), kStudentLena, dir.filePath("lena.json")));
        QVERIFY(maria.signIn(server.port(), kTutorMaria, dir.filePath("maria.json")));
        api::MessagingApi m(lena.client.get());
        const auto convs = await<api::JsonAnswer>([&](auto done) { m.myConversations(lena.client.get(), done); });
        QVERIFY(convs);
        QString room;
        for (const QJsonValue &c : convs.value().array())
            if (c.toObject().value("conversationType").toString() == "studentTutor")
                room = c.toObject().value("id").toString();
        QVERIFY(!room.isEmpty());

        for (ChatUser *u : {&lena, &maria}) {
            u->rt->join(room);
            u->rt->start();
        }
        QTRY_VERIFY(lena.connected() && maria.connected());
        QTRY_VERIFY(!lena.received.isEmpty() && !maria.received.isEmpty());
        const qint64 start = lena.lastSequence();
        QTRY_COMPARE(maria.lastSequence(), start);

        // Both type at ~60 messages/s (faster than the outbox sends, so it fills up), for ~8 s.
        int lenaSent = 0, mariaSent = 0;
        QTimer typist;
        typist.setInterval(16);
        connect(&typist, &QTimer::timeout, this, [&] {
            if (lenaSent < kPerSide)
                lena.rt->sendMessage(room, "text", QJsonObject {{"text", QStringLiteral("L-%1").arg(lenaSent++)}});
            if (mariaSent < kPerSide)
                maria.rt->sendMessage(room, "text", QJsonObject {{"text", QStringLiteral("M-%1").arg(mariaSent++)}});
        });
        typist.start();

        auto restartServer = [&] {
            server.stop();
            QVERIFY2(server.start(), qPrintable(server.lastError()));
            // The bundled server's port changes between starts; the app follows it.
            lena.client->setEnvironment(api::Environment::local(server.port()));
            maria.client->setEnvironment(api::Environment::local(server.port()));
        };
        QTest::qWait(2000);
        restartServer();
        QTest::qWait(1500);
        lena.rt->dropConnection();
        QTest::qWait(1500);
        // Maria's app restarts: a new outbox from the file, joined again after what she has.
        const qint64 mariaLast = maria.lastSequence();
        maria.restartApp();
        maria.rt->join(room, mariaLast);
        maria.rt->start();
        QTest::qWait(1500);
        restartServer();

        const qint64 expectedLast = start + 2 * kPerSide;
        QVERIFY(QTest::qWaitFor(
            [&] {
                return lenaSent == kPerSide && mariaSent == kPerSide && lena.outbox->size() == 0
                       && maria.outbox->size() == 0 && lena.lastSequence() == expectedLast
                       && maria.lastSequence() == expectedLast;
            },
            90000));
        typist.stop();

        for (ChatUser *u : {&lena, &maria}) {
            // Exactly once and in sequence order.
            QList<QJsonObject> mine;
            for (const QJsonObject &msg : std::as_const(u->received))
                if (msg.value("sequence").toInteger() > start)
                    mine.append(msg);
            QCOMPARE(mine.size(), 2 * kPerSide);
            for (int i = 0; i < mine.size(); ++i)
                QCOMPARE(mine.at(i).value("sequence").toInteger(), start + 1 + i);
            // Each sender's messages in the order they were written.
            int nextL = 0, nextM = 0;
            for (const QJsonObject &msg : std::as_const(mine)) {
                const QString t = textOf(msg);
                if (t.startsWith("L-"))
                    QCOMPARE(t, QStringLiteral("L-%1").arg(nextL++));
                else
                    QCOMPARE(t, QStringLiteral("M-%1").arg(nextM++));
            }
            QCOMPARE(nextL, kPerSide);
            QCOMPARE(nextM, kPerSide);
        }
        // Both saw the same message at each sequence.
        for (int i = 0; i < lena.received.size(); ++i) {
            if (lena.received.at(i).value("sequence").toInteger() <= start)
                continue;
            const qint64 seq = lena.received.at(i).value("sequence").toInteger();
            const auto it = std::find_if(maria.received.cbegin(), maria.received.cend(),
                                         [&](const QJsonObject &o) { return o.value("sequence").toInteger() == seq; });
            QVERIFY(it != maria.received.cend());
            QCOMPARE(it->value("id").toString(), lena.received.at(i).value("id").toString());
        }
        // Stored exactly once: the room holds start + 1000 messages.
        QUrlQuery q;
        q.addQueryItem("roomId", room);
        q.addQueryItem("afterSequence", QString::number(start));
        q.addQueryItem("pageNumber", "0");
        const auto stored = await<api::JsonAnswer>([&](auto done) {
            api::callJson(lena.client.get(), api::ApiRequest::get(api::Service::Messaging, "/v1/v1/chat-messages", q),
                          lena.client.get(), done);
        });
        QVERIFY2(stored, why(stored).constData());
        QCOMPARE(stored.value().array().size(), 2 * kPerSide);
        qInfo("soak: 1000 messages, 2 server restarts, 1 drop, 1 app restart; %d acks on Lena's side, %d on Maria's",
              int(lena.acked.size()), int(maria.acked.size()));
    }
};

QTEST_MAIN(TestRealtimeSoak)
#include "tst_realtime_soak.moc"
