// The chat models (issue 7) against the real local server, each under QAbstractItemModelTester for
// the whole test: the inbox (order, preview, unread badge, read markers, new conversations) and the
// message view (day separators, outgoing/failed rows, ticks, edit/delete, typing, warning style).
#include "../api/realtimetesthelpers.h"

#include "api/messagingapi.h"
#include "models/chat/conversationlistmodel.h"
#include "models/chat/messagelistmodel.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tutorhub;
using namespace tutorhub::test;
using models::ConversationListModel;
using models::MessageListModel;

class TestChatModels : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;

    static QString roomOf(const ConversationListModel &m, const QString &type)
    {
        for (int i = 0; i < m.rowCount(); ++i)
            if (m.index(i).data(ConversationListModel::TypeRole).toString() == type)
                return m.index(i).data(ConversationListModel::IdRole).toString();
        return {};
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void inboxIsLiveAndCountsUnread()
    {
        ChatUser lena, maria, admin;
        QVERIFY(lena.signIn(m_server.port(), kStudentLena, m_dir.filePath("l1.json")));
        QVERIFY(maria.signIn(m_server.port(), kTutorMaria, m_dir.filePath("m1.json")));
        QVERIFY(admin.signIn(m_server.port(), kAdmin, m_dir.filePath("a1.json")));
        ConversationListModel inbox(lena.client.get(), lena.rt.get());
        QAbstractItemModelTester tester(&inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
        inbox.setUserId(lena.session.userId);
        inbox.load();
        lena.rt->start();
        QTRY_VERIFY(inbox.rowCount() >= 1 && lena.connected());
        const QString room = roomOf(inbox, "studentTutor");
        QVERIFY(!room.isEmpty());
        const QModelIndex first = inbox.index(inbox.rowOf(room));
        QCOMPARE(first.data(ConversationListModel::TitleRole).toString(), QStringLiteral("Maria Keller"));
        QVERIFY(!first.data(ConversationListModel::PreviewRole).toString().isEmpty());
        QTRY_VERIFY(lena.rt->isJoined(room));
        const int unreadBefore = inbox.index(inbox.rowOf(room)).data(ConversationListModel::UnreadRole).toInt();

        maria.rt->start();
        QTRY_VERIFY(maria.connected());
        maria.rt->sendMessage(room, "text", QJsonObject {{"text", "See you on Thursday!"}});
        QTRY_COMPARE(inbox.index(inbox.rowOf(room)).data(ConversationListModel::PreviewRole).toString(),
                     QStringLiteral("See you on Thursday!"));
        QCOMPARE(inbox.rowOf(room), 0); // newest first
        QCOMPARE(inbox.index(0).data(ConversationListModel::UnreadRole).toInt(), unreadBefore + 1);
        QVERIFY(!inbox.index(0).data(ConversationListModel::TimeTextRole).toString().isEmpty());
        QVERIFY(inbox.index(0).data(Qt::AccessibleTextRole).toString().contains("unread"));

        // Reading clears the badge and is stored on the server (a new connection's hello has it).
        QSignalSpy unread(&inbox, &ConversationListModel::unreadChanged);
        inbox.markRead(room, inbox.index(0).data(ConversationListModel::LastSequenceRole).toLongLong());
        QCOMPARE(inbox.index(0).data(ConversationListModel::UnreadRole).toInt(), 0);
        QCOMPARE(unread.size(), 1);
        QTest::qWait(100);
        api::RealtimeConnection again(lena.client.get(), nullptr);
        QSignalSpy hello(&again, &api::RealtimeConnection::helloReceived);
        again.start();
        QTRY_COMPARE(hello.size(), 1);
        bool stored = false;
        for (const QJsonValue &r : hello.at(0).at(0).toJsonObject().value("rooms").toArray())
            if (r.toObject().value("roomId").toString() == room)
                stored = r.toObject().value("readSequence").toInt() == r.toObject().value("lastSequence").toInt();
        QVERIFY(stored);

        // A new admin notice: the conversation appears, its warning counts as unread.
        api::MessagingApi m(admin.client.get());
        const auto warned = await<api::JsonAnswer>([&](auto done) {
            m.warnUser(admin.session.userId, lena.session.userId, "Please be on time.", admin.client.get(), done);
        });
        QVERIFY2(warned, why(warned).constData());
        QTRY_VERIFY(!roomOf(inbox, "adminStudent").isEmpty());
        const QString notice = roomOf(inbox, "adminStudent");
        QTRY_VERIFY(inbox.index(inbox.rowOf(notice)).data(ConversationListModel::UnreadRole).toInt() >= 1);
        QCOMPARE(inbox.index(inbox.rowOf(notice)).data(ConversationListModel::TitleRole).toString(),
                 QStringLiteral("TutorHub team (notices)"));
    }

    void messageViewRows()
    {
        ChatUser lena, maria;
        QVERIFY(lena.signIn(m_server.port(), kStudentLena, m_dir.filePath("l2.json")));
        QVERIFY(maria.signIn(m_server.port(), kTutorMaria, m_dir.filePath("m2.json")));
        ConversationListModel inbox(lena.client.get(), lena.rt.get());
        inbox.load();
        QTRY_VERIFY(inbox.rowCount() >= 1);
        const QString room = roomOf(inbox, "studentTutor");

        MessageListModel view(lena.rt.get(), lena.outbox.get());
        QAbstractItemModelTester tester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setUserId(lena.session.userId);
        // Offline: what the user writes shows at once as "sending".
        view.open(room);
        lena.rt->sendMessage(room, "text", QJsonObject {{"text", "written offline"}});
        QCOMPARE(view.rowCount(), 1);
        QCOMPARE(view.index(0).data(MessageListModel::KindRole).value<MessageListModel::Kind>(),
                 MessageListModel::Kind::Outgoing);
        QCOMPARE(view.index(0).data(MessageListModel::TickRole).value<MessageListModel::Tick>(),
                 MessageListModel::Tick::Sending);

        lena.rt->start();
        QTRY_VERIFY(!view.isLoading());
        QTRY_COMPARE(lena.outbox->size(), 0);
        QTRY_COMPARE(view.index(view.rowCount() - 1).data(MessageListModel::TextRole).toString(),
                     QStringLiteral("written offline"));
        QCOMPARE(view.index(0).data(MessageListModel::KindRole).value<MessageListModel::Kind>(),
                 MessageListModel::Kind::DaySeparator);
        QCOMPARE(view.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("Today"));
        const QModelIndex mine = view.index(view.rowCount() - 1);
        QCOMPARE(mine.data(MessageListModel::StyleRole).toString(), QStringLiteral("mine"));
        QCOMPARE(mine.data(MessageListModel::TickRole).value<MessageListModel::Tick>(), MessageListModel::Tick::Sent);
        QVERIFY(view.openMilliseconds() >= 0);

        // Maria reads it: the tick turns to read; she types and replies with a quote.
        maria.rt->join(room);
        maria.rt->start();
        QTRY_VERIFY(maria.connected());
        QTRY_VERIFY(!maria.received.isEmpty());
        maria.rt->sendFrame({{"type", "read"}, {"roomId", room}, {"sequence", maria.lastSequence()}});
        QTRY_COMPARE(view.index(view.rowCount() - 1).data(MessageListModel::TickRole).value<MessageListModel::Tick>(),
                     MessageListModel::Tick::Read);
        QSignalSpy typing(&view, &MessageListModel::typingChanged);
        maria.rt->sendFrame({{"type", "typing"}, {"roomId", room}, {"isTyping", true}});
        QTRY_COMPARE(view.typingText(), QStringLiteral("Maria Keller is typing…"));
        const QString quoted = mine.data(MessageListModel::MessageIdRole).toString();
        maria.rt->sendMessage(room, "text", QJsonObject {{"text", "got it"}}, QJsonObject {{"id", quoted}});
        QTRY_COMPARE(view.index(view.rowCount() - 1).data(MessageListModel::TextRole).toString(),
                     QStringLiteral("got it"));
        const QModelIndex reply = view.index(view.rowCount() - 1);
        QCOMPARE(reply.data(MessageListModel::ReplyPreviewRole).toString(), QStringLiteral("written offline"));
        QCOMPARE(reply.data(MessageListModel::StyleRole).toString(), QStringLiteral("theirs"));
        QCOMPARE(reply.data(MessageListModel::TickRole).value<MessageListModel::Tick>(), MessageListModel::Tick::None);
        QVERIFY(view.typingText().isEmpty()); // the message ends the typing indicator

        // Edit and delete show in place.
        lena.rt->sendFrame(
            {{"type", "edit"}, {"messageId", quoted}, {"content", QJsonObject {{"text", "written offline (edited)"}}}});
        QTRY_VERIFY(view.index(view.rowOfMessage(quoted)).data(MessageListModel::EditedRole).toBool());
        QCOMPARE(view.index(view.rowOfMessage(quoted)).data(MessageListModel::TextRole).toString(),
                 QStringLiteral("written offline (edited)"));
        lena.rt->sendFrame({{"type", "delete"}, {"messageId", quoted}});
        QTRY_VERIFY(view.index(view.rowOfMessage(quoted)).data(MessageListModel::DeletedRole).toBool());
        QCOMPARE(view.index(view.rowOfMessage(quoted)).data(MessageListModel::TextRole).toString(),
                 QStringLiteral("Message deleted"));

        // Older pages.
        MessageListModel paged(lena.rt.get(), lena.outbox.get());
        QAbstractItemModelTester pagedTester(&paged, QAbstractItemModelTester::FailureReportingMode::QtTest);
        paged.open(room, 2);
        QTRY_VERIFY(!paged.isLoading());
        QVERIFY(paged.hasOlder());
        const int before = paged.rowCount();
        paged.loadOlder(50);
        QTRY_VERIFY(paged.rowCount() > before);
        QVERIFY(!paged.hasOlder());
    }

    void noticesAreStyledAndOneWay()
    {
        ChatUser lena;
        QVERIFY(lena.signIn(m_server.port(), kStudentLena, m_dir.filePath("l3.json")));
        ConversationListModel inbox(lena.client.get(), lena.rt.get());
        inbox.load();
        lena.rt->start();
        QTRY_VERIFY(!roomOf(inbox, "adminStudent").isEmpty()); // from the previous test
        const QString notice = roomOf(inbox, "adminStudent");
        MessageListModel view(lena.rt.get(), lena.outbox.get());
        QAbstractItemModelTester tester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setUserId(lena.session.userId);
        view.open(notice);
        QTRY_VERIFY(!view.isLoading());
        QTRY_VERIFY(!view.canSend());
        QCOMPARE(view.index(view.rowCount() - 1).data(MessageListModel::StyleRole).toString(),
                 QStringLiteral("warning"));
        lena.rt->sendMessage(notice, "text", QJsonObject {{"text", "but why"}});
        QTRY_COMPARE(view.index(view.rowCount() - 1).data(MessageListModel::TickRole).value<MessageListModel::Tick>(),
                     MessageListModel::Tick::Failed);
        const QString sentence = view.index(view.rowCount() - 1).data(MessageListModel::ErrorRole).toString();
        QVERIFY2(sentence.contains("cannot be answered"), qPrintable(sentence));
    }
};

QTEST_MAIN(TestChatModels)
#include "tst_chat_models.moc"
