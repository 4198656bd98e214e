// Issue 15 item 4 end to end (decisions U40-U49): the whole app against the real server, which the test stops and
// starts again on the same port and data directory. Signed in as a student with enrollments, lessons, materials and a
// conversation loaded; the server stops; reloaded, the lists show the cached rows with the offline notice and the
// window its connection state; a chat message written offline waits in the outbox; a booking is refused with the
// sentence. The server comes back: the state returns to normal, the lists are live again, the message arrives
// exactly once and no booking was made. Sign-out removes the cache.
#include "../ui/uitesthelpers.h"

#include "application.h"
#include "offlinetesthelpers.h"

#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/jsonapi.h"
#include "api/outbox.h"
#include "api/realtime.h"
#include "api/responsecache.h"
#include "api/session.h"
#include "models/chat/conversationlistmodel.h"
#include "models/chat/messagelistmodel.h"
#include "models/pagedlistmodel.h"
#include "models/workspacenavigationmodel.h"
#include "testserver.h"
#include "ui/chat/chatpane.h"
#include "models/chat/chatsession.h"
#include "ui/common/liststate.h"
#include "ui/mainwindow.h"
#include "ui/common/weekview.h"
#include "ui/student/bookingdialog.h"
#include "ui/student/mylearningpage.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QUuid>

#include <optional>

using namespace tutorhub;
using app::Application;

using namespace offlinetest;

class TestAppOffline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void offlineReadableThenReplayed()
    {
        test::TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const QString dataDir = m_dir.filePath(QStringLiteral("app"));

        Application::Config c;
        c.options = app::CommandLine::parse({QStringLiteral("tutorhub"), QStringLiteral("--server-url"),
                                             server.baseUrl().toString(), QStringLiteral("--data-dir"), dataDir});
        c.serverProgram = m_dir.filePath(QStringLiteral("missing/tutorhub-server"));
        Application app(c);
        app.client()->setRetryDelays({20, 40});
        app.client()->setOfflineProbeDelays({200, 400, 800});
        QSignalSpy login(&app, &Application::loginWindowShown);
        QSignalSpy mainShown(&app, &Application::mainWindowShown);
        app.start();
        QTRY_COMPARE_WITH_TIMEOUT(login.count(), 1, 10000);
        ui::LoginWindow *window = app.loginWindow();
        window->findChild<QLineEdit *>(QStringLiteral("signInEmail"))->setText(testing::demoStudent);
        window->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->setText(testing::demoPassword);
        testing::findByName<QPushButton>(window, QStringLiteral("Sign in"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(mainShown.count(), 1, 15000);
        ui::MainWindow *main = app.mainWindow();
        QVERIFY(main);
        QVERIFY(!main->statusBar()->isVisible());
        QVERIFY(app.client()->responseCache());
        const QString cacheDir = app.client()->responseCache()->directory();
        QVERIFY(cacheDir.startsWith(dataDir + QStringLiteral("/offline-cache/")));

        // --- online: everything loaded once -------------------------------------------------------------------------
        main->showPage(main->navigationModel()->rowOf(QStringLiteral("my-learning")));
        auto *page = main->pageWidget(QStringLiteral("my-learning"))->findChild<ui::student::MyLearningPage *>();
        if (!page)
            page = qobject_cast<ui::student::MyLearningPage *>(main->pageWidget(QStringLiteral("my-learning")));
        QVERIFY(page);
        QVERIFY(loaded(page->enrollments()));
        const int enrollmentRows = page->enrollments()->rowCount();
        QVERIFY(enrollmentRows > 0);
        // A paid enrollment: its lessons and materials.
        QString paidId;
        for (int r = 0; r < enrollmentRows && paidId.isEmpty(); ++r) {
            const QJsonObject e = page->enrollments()->object(r);
            if (e.value(QStringLiteral("enrollmentStatus")).toString() == QLatin1String("active"))
                paidId = e.value(QStringLiteral("id")).toString();
        }
        QVERIFY2(!paidId.isEmpty(), "the demo student has an active enrollment");
        page->selectEnrollment(paidId);
        QVERIFY(loaded(page->lessons()));
        const int lessonRows = page->lessons()->rowCount();
        QVERIFY(lessonRows > 0);
        QTRY_VERIFY_WITH_TIMEOUT(page->materials()->count() > 0, 15000);
        const int materialRows = page->materials()->count();

        auto *pane = main->findChild<ui::chat::ChatPane *>();
        QVERIFY(pane);
        // Our hub; under --contract strict the documented lists in polling mode, read-only (C53): no sending there.
        const auto live = [pane] {
            return pane->session()->realtime()->state() == api::RealtimeConnection::State::Connected
                   || pane->session()->realtime()->state() == api::RealtimeConnection::State::Polling;
        };
        QTRY_VERIFY_WITH_TIMEOUT(live(), 15000);
        const bool hub = pane->session()->realtime()->hubAvailable();
        QCOMPARE(hub, qEnvironmentVariable("TUTORHUB_SERVER_CONTRACT") != QLatin1String("strict"));
        QTRY_VERIFY_WITH_TIMEOUT(pane->conversations()->rowCount() > 0, 15000);
        const int conversationRows = pane->conversations()->rowCount();
        const QString room = pane->conversations()->index(0).data(models::ConversationListModel::IdRole).toString();
        pane->openConversation(room);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->messages()->isLoading(), 15000);
        const int messageRows = pane->messages()->rowCount();
        QVERIFY(QFileInfo(cacheDir).isDir());

        // What the server holds before the outage (a second client, as the student).
        api::ApiClient side;
        side.setEnvironment(api::Environment::local(server.baseUrl()));
        api::AuthApi sideAuth(&side);
        QObject ctx;
        std::optional<api::Result<api::SessionInfo>> sideSession;
        sideAuth.login(testing::demoStudent, testing::demoPassword, &ctx,
                       [&](const api::Result<api::SessionInfo> &r) { sideSession = r; });
        QTRY_VERIFY_WITH_TIMEOUT(sideSession.has_value(), 15000);
        QVERIFY(sideSession->ok());
        side.setAccessToken(sideSession->value().accessToken);
        const auto before = callNow(&side, api::ApiRequest::to(api::Route::listEnrollments));
        QVERIFY(before && before->ok());
        const int enrollmentsBefore = int(before->value().array().size());

        // A booking prepared while online: the dialog with two free lessons chosen (sent after the server stopped).
        QUrlQuery packQuery;
        packQuery.addQueryItem(QStringLiteral("title"), QStringLiteral("English Conversation Club"));
        const auto packs = callNow(&side, api::ApiRequest::to(api::Route::listCoursePacks, {}, packQuery));
        QVERIFY(packs && packs->ok() && !packs->value().array().isEmpty());
        const auto packAnswer = callNow(
            &side,
            api::ApiRequest::to(api::Route::getCoursePack,
                                {packs->value().array().first().toObject().value(QStringLiteral("id")).toString()}));
        QVERIFY(packAnswer && packAnswer->ok());
        ui::student::BookingDialog booking(main->context(), packAnswer->value().object(), main);
        booking.show();
        QTRY_VERIFY_WITH_TIMEOUT(booking.firstFreeUtc().isValid(), 15000);
        for (int week = 0; week < 3 && booking.chosenIds().size() < 2; ++week) {
            QVERIFY(loaded(booking.freeSlots()));
            for (const ui::WeekItem &item : booking.weekView()->visibleItems())
                if (booking.chosenIds().size() < 2)
                    booking.choose({item.id});
            if (booking.chosenIds().size() < 2)
                booking.weekView()->nextWeek();
        }
        QVERIFY2(booking.canSubmit(), qPrintable(booking.checkText()));

        // --- the server stops ---------------------------------------------------------------------------------------
        server.stop();
        if (hub)
            QTRY_VERIFY_WITH_TIMEOUT(pane->session()->realtime()->state() != api::RealtimeConnection::State::Connected,
                                     15000);
        page->reload();
        QTRY_VERIFY_WITH_TIMEOUT(page->enrollments()->isShowingCached(), 15000);
        QCOMPARE(page->enrollments()->rowCount(), enrollmentRows);
        QTRY_VERIFY_WITH_TIMEOUT(page->lessons()->isShowingCached(), 15000);
        QCOMPARE(page->lessons()->rowCount(), lessonRows);
        auto *enrollmentsState = page->findChild<ui::ListState *>(QStringLiteral("enrollmentsState"));
        QVERIFY(enrollmentsState);
        QTRY_VERIFY(enrollmentsState->isShowingOffline());
        QVERIFY2(enrollmentsState->text().startsWith(kOfflinePrefix), qPrintable(enrollmentsState->text()));
        QVERIFY2(enrollmentsState->text().endsWith(QStringLiteral("(just now)"))
                     || enrollmentsState->text().contains(QStringLiteral("minute")),
                 qPrintable(enrollmentsState->text()));
        QVERIFY(!app.client()->isOnline());
        QTRY_VERIFY(main->statusBar()->isVisible());
        auto *connection = main->findChild<QLabel *>(QStringLiteral("connectionState"));
        QVERIFY(connection);
        QVERIFY2(connection->text().startsWith(QStringLiteral("Offline since ")), qPrintable(connection->text()));
        // Materials: Refresh read them again too: the cached list of the pack.
        QTRY_COMPARE_WITH_TIMEOUT(page->materials()->count(), materialRows, 15000);
        auto *materialsNote = page->findChild<QLabel *>(QStringLiteral("materialsNote"));
        QVERIFY(materialsNote);
        QTRY_VERIFY2(materialsNote->text().startsWith(kOfflinePrefix), qPrintable(materialsNote->text()));

        // Chat: the conversations and the room's recent messages from the cache, marked.
        pane->showList();
        pane->reload();
        QTRY_VERIFY_WITH_TIMEOUT(pane->conversations()->cachedAt().isValid(), 15000);
        QCOMPARE(pane->conversations()->rowCount(), conversationRows);
        pane->openConversation(room);
        QVERIFY(pane->messages()->cachedAt().isValid());
        QCOMPARE(pane->messages()->rowCount(), messageRows);
        auto *chatState = pane->findChild<QLabel *>(QStringLiteral("chatState"));
        QVERIFY(chatState);
        QTRY_VERIFY2(chatState->text().startsWith(kOfflinePrefix), qPrintable(chatState->text()));

        // A message written offline waits in the outbox (our hub; the polling mode cannot send at all, C53).
        const QString text
            = QStringLiteral("Written offline %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        pane->findChild<QPlainTextEdit *>()->setPlainText(text);
        auto *send = testing::findByName<QPushButton>(pane, QStringLiteral("Send the message"));
        QVERIFY(send);
        if (hub) {
            QVERIFY(send->isEnabled());
            send->click();
            QCOMPARE(pane->session()->outbox()->size(), 1);
        }

        // The booking offline: refused with the sentence, never sent (not now, not later).
        booking.submit();
        QTRY_COMPARE_WITH_TIMEOUT(
            booking.errorText(),
            QStringLiteral("You are offline: booking needs the server. Try again when the connection is back."), 15000);
        booking.close();

        // --- the server comes back ----------------------------------------------------------------------------------
        QVERIFY2(server.restart(), qPrintable(server.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(app.client()->isOnline(), 20000);
        QTRY_VERIFY(!main->statusBar()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!page->enrollments()->isShowingCached() && loaded(page->enrollments()), 20000);
        QVERIFY(!enrollmentsState->isShowingOffline());
        QCOMPARE(page->enrollments()->rowCount(), enrollmentRows);
        QTRY_VERIFY_WITH_TIMEOUT(!page->lessons()->isShowingCached(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->conversations()->cachedAt().isValid(), 20000);
        // The hub reconnects and sends the outbox: acknowledged, gone from it.
        QTRY_VERIFY_WITH_TIMEOUT(live(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(pane->session()->outbox()->size(), 0, 30000);
        if (!hub)
            pane->openConversation(room); // the polling mode reads the room when it is opened
        QTRY_VERIFY_WITH_TIMEOUT(!pane->messages()->cachedAt().isValid(), 30000);
        QVERIFY(!chatState->text().startsWith(kOfflinePrefix));

        // Exactly once on the server; and no enrollment was made.
        QCOMPARE(storedCopies(&side, room, text), hub ? 1 : 0);
        const auto after = callNow(&side, api::ApiRequest::to(api::Route::listEnrollments));
        QVERIFY(after && after->ok());
        QCOMPARE(int(after->value().array().size()), enrollmentsBefore);

        // --- sign-out removes the user's cache ----------------------------------------------------------------------
        QVERIFY(QFileInfo(cacheDir).isDir());
        QSignalSpy signedOut(app.session(), &api::Session::signedOut);
        testing::findByName<QPushButton>(main, QStringLiteral("Sign out"))->click();
        QTRY_COMPARE(signedOut.count(), 1);
        QVERIFY(!QFileInfo::exists(cacheDir));
        QVERIFY(!app.client()->responseCache());
    }
};

QTEST_MAIN(TestAppOffline)
#include "tst_app_offline.moc"
