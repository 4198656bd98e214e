// The application's flow with the real tutorhub-server: it starts the bundled server itself,
// opens the login window, opens the main window on sign-in, returns to the login window on
// sign-out, and stops the server at the end. And the clear error when the server cannot start.
#include "../ui/uitesthelpers.h"
#include "instanceprover.h"

#include "application.h"

#include "api/apiclient.h"
#include "api/appsettings.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "models/workspacenavigationmodel.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

#include <signal.h>

using namespace tutorhub;
using app::Application;

class TestApplication : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static Application::Config config(const QStringList &args, const QString &program)
    {
        Application::Config c;
        c.options = app::CommandLine::parse(QStringList {QStringLiteral("tutorhub")} + args);
        c.serverProgram = program;
        return c;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void serverThatCannotStartIsExplained()
    {
        Application app(config({"--environment", "local", "--data-dir", m_dir.filePath("a")},
                               m_dir.filePath("missing/tutorhub-server")));
        QSignalSpy login(&app, &Application::loginWindowShown);
        app.start();
        QTRY_COMPARE_WITH_TIMEOUT(login.count(), 1, 10000);
        ui::LoginWindow *window = app.loginWindow();
        QVERIFY(window && window->isVisible());
        QCOMPARE(window->banner()->kind(), ui::MessageBanner::Kind::Error);
        QVERIFY2(window->banner()->text().contains(QStringLiteral("tutorhub-server")),
                 qPrintable(window->banner()->text()));
        QCOMPARE(app.localServer()->state(), app::LocalServer::State::Failed);
        // Trying to sign in tries to start it again and says the same.
        window->findChild<QLineEdit *>(QStringLiteral("signInEmail"))->setText(testing::demoStudent);
        window->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->setText(testing::demoPassword);
        window->banner()->clear();
        testing::findByName<QPushButton>(window, QStringLiteral("Sign in"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 10000);
        QVERIFY(window->banner()->text().contains(QStringLiteral("tutorhub-server")));
    }

    void signInAndOutWithTheBundledServer()
    {
        const QString bin = qEnvironmentVariable("TUTORHUB_SERVER_BIN");
        if (bin.isEmpty())
            QSKIP("TUTORHUB_SERVER_BIN is not set (server part not built)");
        const QString dataDir = m_dir.filePath(QStringLiteral("b"));
        auto app
            = std::make_unique<Application>(config({"--environment", "local", "--demo", "--data-dir", dataDir}, bin));
        QSignalSpy login(app.get(), &Application::loginWindowShown);
        QSignalSpy main(app.get(), &Application::mainWindowShown);
        app->start();
        QTRY_COMPARE_WITH_TIMEOUT(login.count(), 1, 30000);
        QVERIFY(app->localServer()->isRunning());
        QCOMPARE(app->client()->environment().host, app->localServer()->url());
        QVERIFY(QFile::exists(dataDir + QStringLiteral("/local-server")));

        ui::LoginWindow *window = app->loginWindow();
        window->findChild<QLineEdit *>(QStringLiteral("signInEmail"))->setText(testing::demoAdmin);
        window->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->setText(testing::demoPassword);
        testing::findByName<QPushButton>(window, QStringLiteral("Sign in"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(main.count(), 1, 15000);
        QVERIFY(app->mainWindow()->isVisible());
        QVERIFY(!window->isVisible());
        QCOMPARE(app->mainWindow()->navigationModel()->workspace(), api::Workspace::Admin);
        // Settings live in the data directory.
        QSettings settings(dataDir + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        QCOMPARE(settings.value(QLatin1String(api::AppSettings::Keys::email)).toString(), testing::demoAdmin);

        testing::findByName<QPushButton>(app->mainWindow(), QStringLiteral("Sign out"))->click();
        QTRY_COMPARE(login.count(), 2);
        QVERIFY(app->loginWindow()->isVisible());
        QCOMPARE(app->loginWindow()->banner()->kind(), ui::MessageBanner::Kind::Info);
        QTRY_VERIFY(!app->mainWindow());

        // Leaving stops the server.
        QPointer<app::LocalServer> server = app->localServer();
        QVERIFY(server->isRunning());
        app.reset();
        QVERIFY(!server);
    }

    // SEC48: the bundled server dies while the user is signed in and another program takes its
    // port: the app sends it nothing (the session was bound to the dead instance).
    void deadServersPortGetsNoToken()
    {
        const QString bin = qEnvironmentVariable("TUTORHUB_SERVER_BIN");
        if (bin.isEmpty())
            QSKIP("TUTORHUB_SERVER_BIN is not set (server part not built)");
        const QString pidFile = m_dir.filePath(QStringLiteral("child.pid"));
        const QString wrapper = m_dir.filePath(QStringLiteral("wrapped-server"));
        {
            QFile f(wrapper);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\necho $$ > '" + pidFile.toUtf8() + "'\nexec '" + bin.toUtf8() + "' \"$@\"\n");
            f.close();
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        }
        auto app = std::make_unique<Application>(
            config({"--environment", "local", "--demo", "--data-dir", m_dir.filePath("d")}, wrapper));
        QSignalSpy login(app.get(), &Application::loginWindowShown);
        QSignalSpy main(app.get(), &Application::mainWindowShown);
        app->start();
        QTRY_COMPARE_WITH_TIMEOUT(login.count(), 1, 30000);
        const QUrl old = app->localServer()->url();
        ui::LoginWindow *window = app->loginWindow();
        window->findChild<QLineEdit *>(QStringLiteral("signInEmail"))->setText(testing::demoStudent);
        window->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->setText(testing::demoPassword);
        testing::findByName<QPushButton>(window, QStringLiteral("Sign in"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(main.count(), 1, 15000);
        QVERIFY(app->client()->hasAccessToken());

        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 pid = f.readAll().trimmed().toLongLong();
        QVERIFY(pid > 1);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0); // the child the app started
        QTRY_COMPARE_WITH_TIMEOUT(app->localServer()->state(), app::LocalServer::State::Failed, 10000);
        QVERIFY(!app->client()->environment().isValid());

        InstanceProver impostor(m_dir.filePath(QStringLiteral("no-secret")), true, quint16(old.port()));
        QVERIFY(impostor.isListening());
        api::ApiReply *reply
            = app->client()->send(api::ApiRequest::get(api::Service::Auth, QStringLiteral("/currentuser")));
        QSignalSpy done(reply, &api::ApiReply::finished);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QTest::qWait(300); // whatever else the open window would send (chat reconnects, refreshes)
        QVERIFY2(impostor.connections == 0,
                 qPrintable(QStringLiteral("%1 connection(s) to the dead server's port; it was sent: %2")
                                .arg(impostor.connections)
                                .arg(QString::fromLatin1(impostor.received.left(600)))));
        QVERIFY(!impostor.received.contains("Bearer"));
        app.reset();
    }

    void runningServerByUrl()
    {
        const QString bin = qEnvironmentVariable("TUTORHUB_SERVER_BIN");
        if (bin.isEmpty())
            QSKIP("TUTORHUB_SERVER_BIN is not set (server part not built)");
        app::LocalServer server;
        QString why;
        QTemporaryDir dir;
        QVERIFY2(testing::startDemoServer(server, dir, &why), qPrintable(why));
        Application app(config({"--server-url", server.url().toString(), "--data-dir", m_dir.filePath("c")},
                               m_dir.filePath("missing/tutorhub-server")));
        QSignalSpy login(&app, &Application::loginWindowShown);
        QSignalSpy main(&app, &Application::mainWindowShown);
        app.start();
        QTRY_COMPARE_WITH_TIMEOUT(login.count(), 1, 10000);
        QCOMPARE(app.localServer()->state(), app::LocalServer::State::NotRunning); // not started
        ui::LoginWindow *window = app.loginWindow();
        window->findChild<QLineEdit *>(QStringLiteral("signInEmail"))->setText(testing::demoStudent);
        window->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->setText(testing::demoPassword);
        testing::findByName<QPushButton>(window, QStringLiteral("Sign in"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(main.count(), 1, 15000);
        QCOMPARE(app.mainWindow()->navigationModel()->workspace(), api::Workspace::Student);
    }

    // "Remember me": the next start restores the session (relogin with the stored token) and opens the
    // main window without showing the login window; signing out forgets it, so the start after that
    // shows the login window again.
    void rememberedSessionRestoresAtStart()
    {
        const QString bin = qEnvironmentVariable("TUTORHUB_SERVER_BIN");
        if (bin.isEmpty())
            QSKIP("TUTORHUB_SERVER_BIN is not set (server part not built)");
        app::LocalServer server;
        QString why;
        QTemporaryDir dir;
        QVERIFY2(testing::startDemoServer(server, dir, &why), qPrintable(why));
        api::MemoryTokenStore store; // stands in for the keychain, which tests/api covers
        const QStringList args {"--server-url", server.url().toString(), "--data-dir", m_dir.filePath("d")};
        auto startApp = [&] {
            Application::Config c = config(args, m_dir.filePath("missing/tutorhub-server"));
            c.tokenStore = &store;
            return std::make_unique<Application>(c);
        };
        {
            auto first = startApp();
            QSignalSpy main(first.get(), &Application::mainWindowShown);
            QSignalSpy login(first.get(), &Application::loginWindowShown);
            first->start();
            QTRY_COMPARE_WITH_TIMEOUT(login.count(), 1, 10000);
            ui::LoginWindow *window = first->loginWindow();
            window->findChild<QLineEdit *>(QStringLiteral("signInEmail"))->setText(testing::demoTutor);
            window->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->setText(testing::demoPassword);
            window->findChild<QCheckBox *>(QStringLiteral("rememberMe"))->setChecked(true);
            testing::findByName<QPushButton>(window, QStringLiteral("Sign in"))->click();
            QTRY_COMPARE_WITH_TIMEOUT(main.count(), 1, 15000);
        } // quit without signing out
        {
            auto second = startApp();
            QSignalSpy main(second.get(), &Application::mainWindowShown);
            QSignalSpy login(second.get(), &Application::loginWindowShown);
            second->start();
            QTRY_COMPARE_WITH_TIMEOUT(main.count(), 1, 15000);
            QCOMPARE(login.count(), 0);
            QCOMPARE(second->mainWindow()->navigationModel()->workspace(), api::Workspace::Tutor);
            QCOMPARE(second->session()->currentUser().email, testing::demoTutor);
            testing::findByName<QPushButton>(second->mainWindow(), QStringLiteral("Sign out"))->click();
            QTRY_COMPARE(login.count(), 1);
        }
        {
            auto third = startApp();
            QSignalSpy login(third.get(), &Application::loginWindowShown);
            third->start();
            QTRY_COMPARE_WITH_TIMEOUT(login.count(), 1, 10000);
            QVERIFY(!third->mainWindow());
        }
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
