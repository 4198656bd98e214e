// The chat dock (issue 7) against the real local server: conversation list, opening a room, the
// composer (typing sent and shown, Enter sends, Up edits the last own message), live messages, the
// one-way notice room, starting from an enrollment, admin tools, and the dock title's unread count.
#include "studenttesthelpers.h"

#include "../api/realtimetesthelpers.h"
#include "api/messagingapi.h"
#include "models/chat/conversationlistmodel.h"
#include "models/chat/messagelistmodel.h"
#include "testserver.h"
#include "../support/scopedcontract.h"
#include "api/contract.h"
#include "ui/chat/chatdock.h"
#include "ui/chat/chatpane.h"
#include "models/chat/chatsession.h"
#include "models/chat/chatviewmodel.h"

#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>

using namespace tutorhub;
using namespace tutorhub::testing;
using models::ConversationListModel;
using models::MessageListModel;

class TestChatPane : public QObject
{
    Q_OBJECT

    test::TestServer m_server;
    QTemporaryDir m_dir;

    struct Window
    {
        std::unique_ptr<SignedInUser> user;
        std::unique_ptr<QMainWindow> window;
        QDockWidget *dock = nullptr;
        ui::chat::ChatPane *pane = nullptr;
    };
    std::unique_ptr<Window> open(const QString &email, const QString &tag, const QUrl &server = {})
    {
        auto w = std::make_unique<Window>();
        w->user = signIn(server.isEmpty() ? m_server.baseUrl() : server, m_dir.filePath(tag + ".ini"), email);
        if (!w->user->session->currentUser().isValid())
            return {};
        w->window = std::make_unique<QMainWindow>();
        w->window->setCentralWidget(new QWidget);
        w->dock = ui::chat::createChatDock(w->user->context(), w->window.get());
        if (!w->dock)
            return {};
        w->window->addDockWidget(Qt::RightDockWidgetArea, w->dock);
        w->window->resize(900, 700);
        w->window->show();
        w->pane = w->dock->findChild<ui::chat::ChatPane *>();
        return w;
    }
    static QString roomOf(const ConversationListModel *m, const QString &type)
    {
        for (int i = 0; i < m->rowCount(); ++i)
            if (m->index(i).data(ConversationListModel::TypeRole).toString() == type)
                return m->index(i).data(ConversationListModel::IdRole).toString();
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the outbox files go to a test location
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void conversationAndComposer()
    {
        auto lena = open(demoStudent, "lena");
        QVERIFY(lena);
        auto *list = findByName<QListView>(lena->pane, "Conversations");
        QVERIFY(list);
        QTRY_VERIFY(list->model()->rowCount() >= 1);
        auto *state = findByName<QLabel>(lena->pane, "Chat connection state");
        QVERIFY(state);
        QTRY_COMPARE(state->text(), QStringLiteral("Chat connected"));
        const QString room = roomOf(lena->pane->conversations(), "studentTutor");
        QVERIFY(!room.isEmpty());

        test::ChatUser maria;
        QVERIFY(maria.signIn(m_server.port(), test::kTutorMaria, m_dir.filePath("maria.json")));
        QSignalSpy mariaFrames(maria.rt.get(), &api::RealtimeConnection::frameReceived);
        maria.rt->join(room);
        maria.rt->start();
        QTRY_VERIFY(maria.connected());

        list->setCurrentIndex(list->model()->index(lena->pane->conversations()->rowOf(room), 0));
        emit list->activated(list->currentIndex());
        auto *view = findByName<QListView>(lena->pane, "Messages");
        QVERIFY(view && view->isVisible());
        QTRY_VERIFY(view->model()->rowCount() >= 5); // day separator + the demo messages
        auto *title = findByName<QLabel>(lena->pane, "Conversation title");
        QCOMPARE(title->text(), QStringLiteral("Maria Keller"));
        QVERIFY(!findByName<QWidget>(lena->pane, "Warn the other participant")); // no admin tools for students

        // Typing is sent, Enter sends, the composer empties.
        auto *input = findByName<QPlainTextEdit>(lena->pane, "Message");
        QVERIFY(input && input->isEnabled());
        input->setFocus();
        QTest::keyClicks(input, "Hello Maria");
        QTRY_VERIFY(std::any_of(mariaFrames.cbegin(), mariaFrames.cend(), [](const QList<QVariant> &a) {
            const QJsonObject f = a.at(0).toJsonObject();
            return f.value("type").toString() == "typing" && f.value("isTyping").toBool();
        }));
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY(input->toPlainText().isEmpty());
        QTRY_COMPARE(test::textOf(maria.received.last()), QStringLiteral("Hello Maria"));
        QTRY_COMPARE(view->model()
                         ->index(view->model()->rowCount() - 1, 0)
                         .data(MessageListModel::TickRole)
                         .value<MessageListModel::Tick>(),
                     MessageListModel::Tick::Sent);

        // Maria types and answers: both show in the pane.
        maria.rt->sendFrame({{"type", "typing"}, {"roomId", room}, {"isTyping", true}});
        auto *typing = findByName<QLabel>(lena->pane, "Typing indicator");
        QTRY_COMPARE(typing->text(), QStringLiteral("Maria Keller is typing…"));
        maria.rt->sendMessage(room, "text", QJsonObject {{"text", "Hi Lena!"}});
        QTRY_COMPARE(view->model()->index(view->model()->rowCount() - 1, 0).data(MessageListModel::TextRole).toString(),
                     QStringLiteral("Hi Lena!"));
        QTRY_VERIFY(typing->text().isEmpty());

        // Up in the empty composer edits the last own message; Enter saves it.
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->toPlainText(), QStringLiteral("Hello Maria"));
        auto *send = findByName<QPushButton>(lena->pane, "Send the message");
        QCOMPARE(send->text(), QStringLiteral("Save"));
        input->selectAll();
        QTest::keyClicks(input, "Hello Maria, edited");
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY(std::any_of(mariaFrames.cbegin(), mariaFrames.cend(), [](const QList<QVariant> &a) {
            return a.at(0).toJsonObject().value("type").toString() == "messageEdited";
        }));
        QCOMPARE(send->text(), QStringLiteral("Send"));

        // Read while looking at it: Maria's ticks and Lena's badge.
        lena->window->activateWindow();
        QTRY_COMPARE(lena->pane->conversations()
                         ->index(lena->pane->conversations()->rowOf(room))
                         .data(ConversationListModel::UnreadRole)
                         .toInt(),
                     0);

        lena->pane->grab().save(QDir::temp().filePath("tutorhub-chat-pane.png"));

        // Back to the list (keyboard).
        auto *back = findByName<QToolButton>(lena->pane, "Back to the conversations");
        QVERIFY(back);
        back->click();
        QVERIFY(list->isVisible());
    }

    void startFromEnrollmentAndOneWayNotice()
    {
        auto lena = open(demoStudent, "lena2");
        QVERIFY(lena);
        QTRY_VERIFY(lena->pane->conversations()->rowCount() >= 1);
        const QString room = roomOf(lena->pane->conversations(), "studentTutor");
        const QJsonObject c = lena->pane->conversations()->conversation(room);
        QVERIFY(ui::chat::openChatForEnrollment(lena->user->context(), c.value("enrollmentId").toString(),
                                                c.value("participantA").toString(),
                                                c.value("participantB").toString()));
        QTRY_COMPARE(lena->pane->currentConversation(), room);

        // An admin notice: readable, not answerable, with the sentence why.
        auto admin = open(demoAdmin, "admin");
        QVERIFY(admin);
        QTRY_VERIFY(admin->pane->conversations()->rowCount() >= 1);
        api::MessagingApi m(admin->user->client.get());
        std::optional<bool> ok;
        m.warnUser(admin->user->userId(), lena->user->userId(), "Please be on time.", admin->user->client.get(),
                   [&](const api::Result<api::JsonAnswer> &r) { ok = bool(r); });
        QTRY_VERIFY(ok.has_value() && *ok);
        QTRY_VERIFY(!roomOf(lena->pane->conversations(), "adminStudent").isEmpty());
        QCOMPARE(lena->user->chat->session, lena->pane->session()); // the window's chat, passed in (K46)
        QTRY_VERIFY(lena->dock->windowTitle().contains("unread"));
        lena->pane->openConversation(roomOf(lena->pane->conversations(), "adminStudent"));
        auto *input = findByName<QPlainTextEdit>(lena->pane, "Message", false);
        QTRY_VERIFY(!input->isEnabled());
        auto *notice = findByName<QLabel>(lena->pane, "Chat notice");
        QVERIFY(notice->text().contains("cannot be answered"));
        auto *view = findByName<QListView>(lena->pane, "Messages");
        QTRY_COMPARE(
            view->model()->index(view->model()->rowCount() - 1, 0).data(MessageListModel::StyleRole).toString(),
            QStringLiteral("warning"));
        lena->pane->grab().save(QDir::temp().filePath("tutorhub-chat-notice.png"));

        // Admin tools in the admin's pane.
        const QString staff = roomOf(admin->pane->conversations(), "adminTutor");
        QVERIFY(!staff.isEmpty());
        admin->pane->openConversation(staff);
        QVERIFY(findByName<QToolButton>(admin->pane, "Warn the other participant"));
        QVERIFY(findByName<QToolButton>(admin->pane, "Silence the other participant in this conversation"));
        QVERIFY(findByName<QToolButton>(admin->pane, "Block the other participant in this conversation"));
        QVERIFY(findByName<QToolButton>(admin->pane, "Lift a silence or block in this conversation"));
        // The moderation result shows in the admin's pane (the dialogs are modal; the frame is what they send).
        const QString mariaId = admin->pane->conversations()
                                    ->index(admin->pane->conversations()->rowOf(staff))
                                    .data(ConversationListModel::PeerIdRole)
                                    .toString();
        admin->pane->session()->realtime()->sendFrame(
            {{"type", "moderate"}, {"roomId", staff}, {"userId", mariaId}, {"action", "silenced"}, {"duration", 3600}});
        auto *adminNotice = findByName<QLabel>(admin->pane, "Chat notice", false);
        QVERIFY(adminNotice);
        QTRY_VERIFY2(adminNotice->text().contains("is silenced in this conversation until"),
                     qPrintable(adminNotice->text()));
        admin->pane->session()->realtime()->sendFrame(
            {{"type", "moderate"}, {"roomId", staff}, {"userId", mariaId}, {"action", "silenced"}, {"lift", true}});
        QTRY_COMPARE(adminNotice->text(), QStringLiteral("The restriction was lifted."));
    }

    // The pane's commands go through its view-model (K45) to the real hub, and its questions through the
    // prompter (K2): delete (confirmed), edit, and the admin's warn, silence and lift with their sentences.
    void commandsThroughTheViewModel()
    {
        auto lena = open(demoStudent, "lena3");
        QVERIFY(lena);
        QTRY_VERIFY(lena->pane->conversations()->rowCount() >= 1);
        QTRY_VERIFY(lena->pane->session()->isConnected());
        const QString room = roomOf(lena->pane->conversations(), "studentTutor");
        lena->pane->openConversation(room);
        models::ChatViewModel *vm = lena->pane->viewModel();
        QCOMPARE(vm->current(), room);
        QVERIFY(vm->canSend());
        QVERIFY(vm->sendText(QStringLiteral("  A message to take back  ")));
        auto rowWith = [&](const QString &text) {
            MessageListModel *m = lena->pane->messages();
            for (int r = m->rowCount() - 1; r >= 0; --r)
                if (m->index(r).data(MessageListModel::TextRole).toString() == text
                    && !m->index(r).data(MessageListModel::MessageIdRole).toString().isEmpty())
                    return m->index(r);
            return QModelIndex();
        };
        QTRY_VERIFY(rowWith("A message to take back").isValid());
        const QString id = rowWith("A message to take back").data(MessageListModel::MessageIdRole).toString();
        QVERIFY(vm->editText(id, QStringLiteral("A message to take back, edited")));
        QTRY_VERIFY(rowWith("A message to take back, edited").isValid());
        QVERIFY(vm->deleteMessage(id));
        QTRY_VERIFY([&] {
            MessageListModel *m = lena->pane->messages();
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->index(r).data(MessageListModel::MessageIdRole).toString() == id)
                    return m->index(r).data(MessageListModel::DeletedRole).toBool();
            return false;
        }());
        // Someone else's message cannot be deleted: the hub's refusal comes back as a sentence.
        QSignalSpy notices(vm, &models::ChatViewModel::notice);
        QString peerMessage;
        for (int r = 0; r < lena->pane->messages()->rowCount() && peerMessage.isEmpty(); ++r) {
            const QModelIndex i = lena->pane->messages()->index(r);
            if (i.data(MessageListModel::KindRole).value<MessageListModel::Kind>() == MessageListModel::Kind::Message
                && !i.data(MessageListModel::IsMineRole).toBool())
                peerMessage = i.data(MessageListModel::MessageIdRole).toString();
        }
        QVERIFY(!peerMessage.isEmpty());
        QVERIFY(vm->deleteMessage(peerMessage));
        QTRY_VERIFY(!notices.isEmpty() && !notices.last().first().toString().isEmpty());
        QVERIFY2(!notices.last().first().toString().contains("errMsg_"), qPrintable(notices.last().first().toString()));
        // A link that is not one: the sentence, nothing sent.
        QVERIFY(!vm->sendLink(QStringLiteral("document"), QStringLiteral("::"), QString(), QString()));
        QCOMPARE(notices.last().first().toString(),
                 QStringLiteral("Enter a valid link and, for a document, a file name."));

        // The admin's tools, answered through the prompter.
        auto admin = open(demoAdmin, "admin3");
        QVERIFY(admin);
        QTRY_VERIFY(admin->pane->conversations()->rowCount() >= 1);
        QTRY_VERIFY(admin->pane->session()->isConnected());
        const QString staff = roomOf(admin->pane->conversations(), "adminTutor");
        admin->pane->openConversation(staff);
        auto *notice = findByName<QLabel>(admin->pane, "Chat notice", false);
        QVERIFY(notice);
        admin->user->prompter->answer(QStringLiteral("Please answer your students within a day."));
        findByName<QToolButton>(admin->pane, "Warn the other participant")->click();
        QTRY_COMPARE(notice->text(), QStringLiteral("The warning was sent."));
        QVERIFY(admin->user->prompter->asked().last().kind == ui::Question::Kind::MultiLineText);
        admin->user->prompter->answer(2); // hours
        findByName<QToolButton>(admin->pane, "Silence the other participant in this conversation")->click();
        QVERIFY(admin->user->prompter->asked().last().kind == ui::Question::Kind::Number);
        QTRY_VERIFY2(notice->text().contains("is silenced in this conversation until"), qPrintable(notice->text()));
        admin->user->prompter->answer(QStringLiteral("Silence"));
        findByName<QToolButton>(admin->pane, "Lift a silence or block in this conversation")->click();
        QVERIFY(admin->user->prompter->asked().last().kind == ui::Question::Kind::Choice);
        QTRY_COMPARE(notice->text(), QStringLiteral("The restriction was lifted."));
        // Cancelled: nothing is sent.
        findByName<QToolButton>(admin->pane, "Block the other participant in this conversation")->click();
        QCOMPARE(admin->user->prompter->unanswered(), 1);
        QCOMPARE(notice->text(), QStringLiteral("The restriction was lifted."));
    }

    // C53, C67: a server that names no hub (the strict profile answers /extensions with 404): the dock reads the
    // conversations by polling the documented lists, a message from the other side shows up, and the composer is
    // off with the sentence why (the seeds have no REST route to send a message).
    void pollingChatAgainstAStrictServer()
    {
        test::TestServer strict;
        {
            test::ScopedContractProfile profile("strict");
            QVERIFY2(strict.start(), qPrintable(strict.lastError()));
        }
        auto lena = open(demoStudent, "lena-strict", strict.baseUrl());
        QVERIFY(lena);
        QVERIFY(lena->user->client->serverFeatures().asked);
        QVERIFY(!lena->user->client->serverFeatures().supports(api::Route::realtimeHub));
        api::RealtimeConnection *rt = lena->pane->session()->realtime();
        QVERIFY(!rt->hubAvailable());
        rt->setPollIntervalMs(300);
        QTRY_COMPARE(rt->state(), api::RealtimeConnection::State::Polling);
        auto *state = findByName<QLabel>(lena->pane, "Chat connection state");
        QVERIFY(state);
        QTRY_VERIFY(state->text().contains("no live chat"));
        QTRY_VERIFY(lena->pane->conversations()->rowCount() >= 1);
        const QString room = roomOf(lena->pane->conversations(), "studentTutor");
        QVERIFY(!room.isEmpty());
        lena->pane->openConversation(room);
        auto *view = findByName<QListView>(lena->pane, "Messages");
        QVERIFY(view);
        QTRY_VERIFY(view->model()->rowCount() >= 5); // day separator + the demo messages
        auto *input = findByName<QPlainTextEdit>(lena->pane, "Message", false);
        QTRY_VERIFY(!input->isEnabled());
        QVERIFY(!findByName<QPushButton>(lena->pane, "Send the message", false)->isEnabled());
        auto *notice = findByName<QLabel>(lena->pane, "Chat notice");
        QVERIFY(notice);
        QTRY_VERIFY2(notice->text().contains("cannot be sent"), qPrintable(notice->text()));

        // Maria answers (her own client still reaches the hub this server serves, C4): Lena's pane shows it.
        test::ChatUser maria;
        QVERIFY(maria.signIn(strict.port(), test::kTutorMaria, m_dir.filePath("maria-strict.json")));
        maria.rt->join(room);
        maria.rt->start();
        QTRY_VERIFY(maria.connected());
        maria.rt->sendMessage(room, "text", QJsonObject {{"text", "Seen by polling"}});
        QTRY_VERIFY_WITH_TIMEOUT(
            view->model()->index(view->model()->rowCount() - 1, 0).data(MessageListModel::TextRole).toString()
                == QLatin1String("Seen by polling"),
            15000);
        lena.reset();
        strict.stop();
    }
};

QTEST_MAIN(TestChatPane)
#include "tst_chat_pane.moc"
