// Issue 15 item 4, starting offline (decisions U70-U79): the whole app against the real server, which the test stops
// and starts again on the same port and data directory. A student signs in with "remember me" on a Custom host (a
// server the app does not run), loads her lists and quits; the server stops; the next start opens the signed-in
// window from what was known (cached rows with their age, the status bar, booking refused); the server comes back:
// the session is confirmed (a fresh token), the lists are live. When the server refuses the remembered token (its
// password was changed meanwhile), the app goes to the sign-in window with a sentence and the message written
// offline stays in the outbox, sent once she signs in again. Without a cache for that user, the sign-in window
// says that the server cannot be reached.
#include "../ui/uitesthelpers.h"

#include "application.h"
#include "offlinetesthelpers.h"

#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/jsonapi.h"
#include "api/knownuser.h"
#include "api/outbox.h"
#include "api/realtime.h"
#include "api/responsecache.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "models/chat/chatsession.h"
#include "models/chat/conversationlistmodel.h"
#include "models/chat/messagelistmodel.h"
#include "models/pagedlistmodel.h"
#include "models/workspacenavigationmodel.h"
#include "testserver.h"
#include "ui/chat/chatpane.h"
#include "ui/common/liststate.h"
#include "ui/common/messagebanner.h"
#include "ui/mainwindow.h"
#include "ui/student/mylearningpage.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QUuid>

#include <memory>
#include <optional>

using namespace tutorhub;
using app::Application;

using namespace offlinetest;

namespace {

const QString kNewPassword = QStringLiteral("Changed-while-away-42");

ui::student::MyLearningPage *myLearning(ui::MainWindow *main)
{
    main->showPage(main->navigationModel()->rowOf(QStringLiteral("my-learning")));
    QWidget *w = main->pageWidget(QStringLiteral("my-learning"));
    if (auto *page = qobject_cast<ui::student::MyLearningPage *>(w))
        return page;
    return w ? w->findChild<ui::student::MyLearningPage *>() : nullptr;
}

QString activeEnrollment(models::PagedListModel *enrollments)
{
    for (int r = 0; r < enrollments->rowCount(); ++r) {
        const QJsonObject e = enrollments->object(r);
        if (e.value(QStringLiteral("enrollmentStatus")).toString() == QLatin1String("active"))
            return e.value(QStringLiteral("id")).toString();
    }
    return {};
}

// Every file below `dir` (the offline cache, the known user), read whole.
QByteArray allBytesBelow(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TestAppOfflineStart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestServer> m_server; // a new one (its own data) for each test function
    QUrl m_url; // kept: a stopped TestServer forgets its port, restart() takes it again
    std::unique_ptr<api::MemoryTokenStore> m_store; // stands in for the keychain across the app's starts
    QString m_dataDir;
    QString m_cacheDir;
    QString m_userId;
    int m_enrollmentRows = 0;
    int m_lessonRows = 0;
    int m_conversationRows = 0;
    QString m_activeId;

    // Custom host (default), a Local --server-url (a Local server the app does not run), or Local: the bundled server.
    enum class Where { Custom, LocalUrl, LocalBundled };

    std::unique_ptr<Application> makeApp(Where where = Where::Custom)
    {
        QStringList args {QStringLiteral("tutorhub"), QStringLiteral("--data-dir"), m_dataDir};
        if (where == Where::Custom)
            args << QStringLiteral("--environment") << QStringLiteral("custom");
        if (where == Where::LocalBundled)
            args << QStringLiteral("--environment") << QStringLiteral("local");
        else
            args << QStringLiteral("--server-url") << m_url.toString();
        Application::Config c;
        c.options = app::CommandLine::parse(args);
        c.serverProgram = m_dir.filePath(QStringLiteral("missing/tutorhub-server"));
        c.tokenStore = m_store.get();
        auto app = std::make_unique<Application>(c);
        app->client()->setRetryDelays({20, 40});
        app->client()->setOfflineProbeDelays({200, 400, 800});
        return app;
    }

    QString storedToken() const
    {
        const auto tokens = m_store->contents();
        return tokens.isEmpty() ? QString() : tokens.cbegin().value();
    }

    // A first start with the server up: sign in with "remember me", load My learning and the conversations, quit.
    void signInRememberedAndQuit(Where where = Where::Custom)
    {
        auto app = makeApp(where);
        QSignalSpy login(app.get(), &Application::loginWindowShown);
        QSignalSpy mainShown(app.get(), &Application::mainWindowShown);
        app->start();
        QTRY_COMPARE_WITH_TIMEOUT(login.count(), 1, 10000);
        QCOMPARE(app->client()->environment().kind,
                 where == Where::Custom ? api::EnvironmentKind::Custom : api::EnvironmentKind::Local);
        ui::LoginWindow *window = app->loginWindow();
        window->findChild<QLineEdit *>(QStringLiteral("signInEmail"))->setText(testing::demoStudent);
        window->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->setText(testing::demoPassword);
        window->findChild<QCheckBox *>(QStringLiteral("rememberMe"))->setChecked(true);
        testing::findByName<QPushButton>(window, QStringLiteral("Sign in"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(mainShown.count(), 1, 15000);
        ui::MainWindow *main = app->mainWindow();
        QVERIFY(!app->session()->isRestoredOffline());
        m_userId = app->session()->currentUser().id;
        QVERIFY(app->client()->responseCache());
        m_cacheDir = app->client()->responseCache()->directory();

        auto *page = myLearning(main);
        QVERIFY(page);
        QVERIFY(loaded(page->enrollments()));
        m_enrollmentRows = page->enrollments()->rowCount();
        QVERIFY(m_enrollmentRows > 0);
        m_activeId = activeEnrollment(page->enrollments());
        QVERIFY2(!m_activeId.isEmpty(), "the demo student has an active enrollment");
        page->selectEnrollment(m_activeId);
        QVERIFY(loaded(page->lessons()));
        m_lessonRows = page->lessons()->rowCount();
        QVERIFY(m_lessonRows > 0);
        auto *pane = main->findChild<ui::chat::ChatPane *>();
        QVERIFY(pane);
        QTRY_VERIFY_WITH_TIMEOUT(pane->conversations()->rowCount() > 0, 15000);
        m_conversationRows = pane->conversations()->rowCount();
        QTRY_VERIFY(!storedToken().isEmpty());

        // U70: the user as known, beside the cache: private, without the token.
        const auto known
            = api::KnownUsers(m_dataDir).find(app->client()->environment(), testing::demoStudent.toUpper());
        QVERIFY(known.has_value());
        QCOMPARE(known->user.id, m_userId);
        QCOMPARE(known->user.workspace(), api::Workspace::Student);
        QVERIFY(!known->user.fullname.isEmpty());
        QCOMPARE(known->features, app->client()->serverFeatures());
        QCOMPARE(QFileInfo(m_cacheDir).permissions() & 0x0077, QFileDevice::Permissions());
        const QByteArray everything = allBytesBelow(m_dataDir + QStringLiteral("/offline-cache"));
        QVERIFY(everything.contains(m_userId.toUtf8()));
        QVERIFY(!everything.contains(storedToken().toUtf8()));
    } // quit without signing out

private slots:
    void init()
    {
        m_server = std::make_unique<test::TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
        m_url = m_server->baseUrl();
        m_store = std::make_unique<api::MemoryTokenStore>();
        m_dataDir = m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    void cleanup()
    {
        m_server.reset();
        m_store.reset();
    }

    // Items 1 and 2: the signed-in window from what was known, then the session confirmed when the server is back.
    void startsOfflineThenConfirmed()
    {
        signInRememberedAndQuit();
        if (QTest::currentTestFailed())
            return;
        const QString oldToken = storedToken();
        m_server->stop();

        auto app = makeApp();
        QSignalSpy login(app.get(), &Application::loginWindowShown);
        QSignalSpy mainShown(app.get(), &Application::mainWindowShown);
        QSignalSpy confirmed(app->session(), &api::Session::sessionConfirmed);
        app->start();
        QTRY_COMPARE_WITH_TIMEOUT(mainShown.count(), 1, 15000);
        QCOMPARE(login.count(), 0);
        api::Session *session = app->session();
        QVERIFY(session->isSignedIn());
        QVERIFY(session->isRestoredOffline());
        QCOMPARE(session->currentUser().id, m_userId);
        QVERIFY(!app->client()->isOnline());
        ui::MainWindow *main = app->mainWindow();
        QCOMPARE(main->navigationModel()->workspace(), api::Workspace::Student);
        QTRY_VERIFY(main->statusBar()->isVisible());
        auto *connection = main->findChild<QLabel *>(QStringLiteral("connectionState"));
        QVERIFY(connection);
        QVERIFY2(connection->text().startsWith(QStringLiteral("Offline since ")), qPrintable(connection->text()));

        // The cached lists with their age.
        auto *page = myLearning(main);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->enrollments()->isShowingCached(), 15000);
        QCOMPARE(page->enrollments()->rowCount(), m_enrollmentRows);
        auto *enrollmentsState = page->findChild<ui::ListState *>(QStringLiteral("enrollmentsState"));
        QVERIFY(enrollmentsState);
        QTRY_VERIFY(enrollmentsState->isShowingOffline());
        QVERIFY2(enrollmentsState->text().startsWith(kOfflinePrefix), qPrintable(enrollmentsState->text()));
        page->selectEnrollment(m_activeId);
        QTRY_VERIFY_WITH_TIMEOUT(page->lessons()->isShowingCached(), 15000);
        QCOMPARE(page->lessons()->rowCount(), m_lessonRows);
        auto *pane = main->findChild<ui::chat::ChatPane *>();
        QVERIFY(pane);
        QTRY_VERIFY_WITH_TIMEOUT(pane->conversations()->cachedAt().isValid(), 15000);
        QCOMPARE(pane->conversations()->rowCount(), m_conversationRows);
        // A message written in the offline window waits in the outbox (our hub; the polling mode cannot send, C53).
        const QString room = pane->conversations()->index(0).data(models::ConversationListModel::IdRole).toString();
        pane->openConversation(room);
        const bool hub = pane->session()->realtime()->hubAvailable();
        QCOMPARE(hub, qEnvironmentVariable("TUTORHUB_SERVER_CONTRACT") != QLatin1String("strict"));
        const QString text
            = QStringLiteral("Written before the restart %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (hub) {
            pane->findChild<QPlainTextEdit *>()->setPlainText(text);
            auto *send = testing::findByName<QPushButton>(pane, QStringLiteral("Send the message"));
            QVERIFY(send && send->isEnabled());
            send->click();
            QCOMPARE(pane->session()->outbox()->size(), 1);
        }

        // Booking and money stay refused with the U45 sentence, never sent.
        QJsonObject body {{QStringLiteral("coursePackId"), QStringLiteral("any")}};
        const auto booking = callNow(app->client(), api::ApiRequest::to(api::Route::createEnrollment).withBody(body));
        QVERIFY(booking && !booking->ok());
        QCOMPARE(booking->error().userMessage(),
                 QStringLiteral("You are offline: booking needs the server. Try again when the connection is back."));

        // The server comes back: the session is restored for real (relogin: a new token), the lists are live.
        QVERIFY2(m_server->restart(), qPrintable(m_server->lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(app->client()->isOnline(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(confirmed.count(), 1, 20000);
        QVERIFY(!session->isRestoredOffline());
        QVERIFY(session->isSignedIn());
        QCOMPARE(session->currentUser().id, m_userId);
        QVERIFY(!session->sessionInfo().accessToken.isEmpty());
        QCOMPARE(app->client()->serverFeatures().asked, true);
        QTRY_VERIFY(!storedToken().isEmpty() && storedToken() != oldToken);
        QTRY_VERIFY(!main->statusBar()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!page->enrollments()->isShowingCached() && loaded(page->enrollments()), 20000);
        QVERIFY(!enrollmentsState->isShowingOffline());
        QCOMPARE(page->enrollments()->rowCount(), m_enrollmentRows);
        QTRY_VERIFY_WITH_TIMEOUT(!page->lessons()->isShowingCached(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->conversations()->cachedAt().isValid(), 20000);
        QCOMPARE(app->mainWindow(), main); // the same window, not a new sign-in
        QCOMPARE(login.count(), 0);
        // A read with the new token reaches the server (no relogin left to do).
        const auto live = callNow(app->client(), api::ApiRequest::to(api::Route::listEnrollments));
        QVERIFY(live && live->ok());
        QVERIFY(!live->value().cachedAt.isValid());
        // The hub connects with the confirmed session and sends what was written offline, exactly once.
        QTRY_COMPARE_WITH_TIMEOUT(pane->session()->outbox()->size(), 0, 30000);
        QCOMPARE(storedCopies(app->client(), room, text), hub ? 1 : 0);
    }

    // Item 2, refused: the password changed while the app was closed ends the remembered session on the server.
    void refusedTokenGoesToSignIn()
    {
        signInRememberedAndQuit();
        if (QTest::currentTestFailed())
            return;
        {
            api::ApiClient side;
            side.setEnvironment(api::Environment::custom(m_url));
            api::AuthApi auth(&side);
            QObject ctx;
            std::optional<api::Result<api::SessionInfo>> s;
            auth.login(testing::demoStudent, testing::demoPassword, &ctx,
                       [&](const api::Result<api::SessionInfo> &r) { s = r; });
            QTRY_VERIFY_WITH_TIMEOUT(s.has_value(), 15000);
            QVERIFY(s->ok());
            side.setAccessToken(s->value().accessToken);
            std::optional<api::Result<api::User>> changed;
            auth.updateUserPassword(m_userId, testing::demoPassword, kNewPassword, &ctx,
                                    [&](const api::Result<api::User> &r) { changed = r; });
            QTRY_VERIFY_WITH_TIMEOUT(changed.has_value(), 15000);
            QVERIFY2(changed->ok(), qPrintable(changed->error().debugString()));
        }
        m_server->stop();

        auto app = makeApp();
        QSignalSpy login(app.get(), &Application::loginWindowShown);
        QSignalSpy mainShown(app.get(), &Application::mainWindowShown);
        QSignalSpy refused(app->session(), &api::Session::restoredSessionRefused);
        app->start();
        QTRY_COMPARE_WITH_TIMEOUT(mainShown.count(), 1, 15000);
        QVERIFY(app->session()->isRestoredOffline());
        QPointer<ui::MainWindow> main = app->mainWindow();
        auto *pane = main->findChild<ui::chat::ChatPane *>();
        QVERIFY(pane);
        QTRY_VERIFY_WITH_TIMEOUT(pane->conversations()->cachedAt().isValid(), 15000);
        const QString room = pane->conversations()->index(0).data(models::ConversationListModel::IdRole).toString();
        pane->openConversation(room);
        const bool hub = pane->session()->realtime()->hubAvailable();
        QCOMPARE(hub, qEnvironmentVariable("TUTORHUB_SERVER_CONTRACT") != QLatin1String("strict"));
        // A message written offline (our hub; the polling mode cannot send, C53) waits in the outbox.
        const QString text
            = QStringLiteral("Written on the train %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString outboxPath = pane->session()->outbox()->filePath();
        QVERIFY(!outboxPath.isEmpty());
        if (hub) {
            pane->findChild<QPlainTextEdit *>()->setPlainText(text);
            auto *send = testing::findByName<QPushButton>(pane, QStringLiteral("Send the message"));
            QVERIFY(send && send->isEnabled());
            send->click();
            QCOMPARE(pane->session()->outbox()->size(), 1);
        }

        // The server is back and refuses the remembered token: the sign-in window says why.
        QVERIFY2(m_server->restart(), qPrintable(m_server->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(login.count(), 1, 10000);
        QVERIFY(!app->session()->isSignedIn());
        QVERIFY(!app->session()->isRestoredOffline());
        QVERIFY(!app->mainWindow());
        QTRY_VERIFY(!main); // gone, and its outbox written
        ui::LoginWindow *window = app->loginWindow();
        QVERIFY(window->isVisible());
        const QString said = window->banner()->text();
        QVERIFY2(said.startsWith(QStringLiteral("The server no longer accepts the sign-in this app remembered")),
                 qPrintable(said));
        QTRY_VERIFY(storedToken().isEmpty()); // the dead token is forgotten
        QVERIFY(!api::KnownUsers(m_dataDir).find(app->client()->environment(), testing::demoStudent));
        QVERIFY(QFileInfo(m_cacheDir).isDir()); // the lists stay, like after an expired session (U46)
        {
            api::Outbox kept(outboxPath); // nothing typed offline is lost: still on disk for the same user
            QCOMPARE(kept.size(), hub ? 1 : 0);
        }
        if (!hub)
            return;

        // Signing in again (the new password) sends it, exactly once.
        QSignalSpy signedIn(app->session(), &api::Session::signedIn);
        window->findChild<QLineEdit *>(QStringLiteral("signInEmail"))->setText(testing::demoStudent);
        window->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->setText(kNewPassword);
        testing::findByName<QPushButton>(window, QStringLiteral("Sign in"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(app->mainWindow(), 15000);
        auto *again = app->mainWindow()->findChild<ui::chat::ChatPane *>();
        QVERIFY(again);
        QTRY_COMPARE_WITH_TIMEOUT(again->session()->outbox()->size(), 0, 30000);
        QCOMPARE(storedCopies(app->client(), room, text), 1);
    }

    // Item 1, without a cache for that user: the sign-in window says the server cannot be reached, as before.
    void withoutCacheSignInExplains()
    {
        signInRememberedAndQuit();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(QDir(m_cacheDir).removeRecursively());
        m_server->stop();
        auto app = makeApp();
        QSignalSpy login(app.get(), &Application::loginWindowShown);
        QSignalSpy mainShown(app.get(), &Application::mainWindowShown);
        app->start();
        QTRY_COMPARE_WITH_TIMEOUT(login.count(), 1, 15000);
        QCOMPARE(mainShown.count(), 0);
        QVERIFY(!app->session()->isSignedIn());
        const QString said = app->loginWindow()->banner()->text();
        QVERIFY2(said.startsWith(QStringLiteral("Cannot reach ")), qPrintable(said));
        QVERIFY(!storedToken().isEmpty()); // a network problem is not the token's fault: still remembered
    }

    // Item 3: the bundled Local server that fails to start is said on the sign-in window, even with a known user of
    // Local remembered: the app never pretends that a server it runs is reachable. (A Local --server-url, a server
    // the app does not run, starts offline like a Custom host.)
    void bundledLocalServerFailureIsSaid()
    {
        signInRememberedAndQuit(Where::LocalUrl);
        if (QTest::currentTestFailed())
            return;
        m_server->stop();
        {
            auto app = makeApp(Where::LocalUrl);
            QSignalSpy mainShown(app.get(), &Application::mainWindowShown);
            app->start();
            QTRY_COMPARE_WITH_TIMEOUT(mainShown.count(), 1, 15000);
            QVERIFY(app->session()->isRestoredOffline());
        }
        auto app = makeApp(Where::LocalBundled); // its program does not exist: the child cannot start
        QSignalSpy login(app.get(), &Application::loginWindowShown);
        QSignalSpy mainShown(app.get(), &Application::mainWindowShown);
        app->start();
        QTRY_COMPARE_WITH_TIMEOUT(login.count(), 1, 15000);
        QCOMPARE(mainShown.count(), 0);
        QVERIFY(!app->session()->isSignedIn());
        QVERIFY(!app->session()->isRestoredOffline());
        QVERIFY2(!app->loginWindow()->banner()->text().isEmpty(), "the start failure is said");
        QVERIFY(!storedToken().isEmpty());
    }
};

QTEST_MAIN(TestAppOfflineStart)
#include "tst_app_offline_start.moc"
