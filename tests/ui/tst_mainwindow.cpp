// The main window shell for each demo role: header, the role's navigation from
// WorkspaceNavigationModel, one page per entry, keyboard page switching, sign-out, and the account
// menu's change-password dialog (C35) against the real server.
#include "uitesthelpers.h"

#include "api/appsettings.h"
#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "models/workspacenavigationmodel.h"
#include "ui/changepassworddialog.h"
#include "ui/mainwindow.h"
#include "ui/workspacepage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>

using namespace tutorhub;
using models::WorkspaceNavigationModel;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    app::LocalServer m_server;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        if (!testing::startDemoServer(m_server, m_dir, &why))
            QSKIP(qPrintable(why));
    }
    void cleanupTestCase() { m_server.stop(); }

    // Pages come from the registry, built only when first shown, with the services passed in.
    void registeredPagesAreBuiltWhenFirstShown()
    {
        testing::ClientStack c(m_server.url(), m_dir.filePath(QStringLiteral("registry.ini")));
        QVERIFY(c.signIn(testing::demoStudent, 15000));

        int built = 0;
        ui::PageRegistry registry;
        registry.addPage(QStringLiteral("help"), [&](const ui::WorkspaceContext &context, QWidget *parent) {
            ++built;
            [&] {
                QCOMPARE(context.client, &c.client);
                QCOMPARE(context.session, &c.session);
            }();
            auto *w = new QLabel(QStringLiteral("registered help page"), parent);
            w->setObjectName(QStringLiteral("registeredHelp"));
            return w;
        });
        ui::MainWindow window(&c.session, &c.client, c.client.environment(), &registry);
        window.show();
        QCOMPARE(built, 0); // the first page is not "help"
        const int helpRow = window.navigationModel()->rowOf(QStringLiteral("help"));
        QVERIFY(helpRow > 0);
        window.context().showPage(QStringLiteral("help"));
        QCOMPARE(window.currentPage(), helpRow);
        QCOMPARE(built, 1);
        QCOMPARE(window.pageWidget(helpRow)->objectName(), QStringLiteral("registeredHelp"));
        window.showPage(0);
        window.showPage(helpRow);
        QCOMPARE(built, 1); // built once
        QVERIFY(qobject_cast<ui::WorkspacePage *>(window.pageWidget(0))); // unregistered: overview page
    }

    void navigationPerRole_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QStringList>("pages");
        QTest::newRow("admin") << testing::demoAdmin << "dministrator" // Administrator or Super administrator

                               << QStringList {"Dashboard", "Issues",   "Tutor applications",
                                               "Users",     "Courses",  "Enrollments & refunds",
                                               "Analytics", "AgentHub", "Moderation log"};
        QTest::newRow("tutor") << testing::demoTutor << "Tutor"
                               << QStringList {"Profile",  "Course packs",        "Availability", "Lessons",
                                               "Calendar", "Students & earnings", "Messages"};
        QTest::newRow("student") << testing::demoStudent << "Student"
                                 << QStringList {"Find a tutor", "My learning", "Calendar",
                                                 "Messages",     "Help",        "Become a tutor"};
    }

    void navigationPerRole()
    {
        QFETCH(QString, email);
        QFETCH(QString, role);
        QFETCH(QStringList, pages);

        testing::ClientStack c(m_server.url(), m_dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(c.signIn(email, 15000));

        ui::MainWindow window(&c.session, &c.client, c.client.environment());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Header: who, which role, which environment.
        const auto labels = window.findChildren<QLabel *>();
        auto header = [&](const char *name) {
            for (QLabel *l : labels)
                if (l->objectName() == QLatin1String(name))
                    return l->text();
            return QString();
        };
        QCOMPARE(header("HeaderUserName"), c.session.currentUser().fullname);
        QVERIFY(!c.session.currentUser().fullname.isEmpty());
        QVERIFY2(header("HeaderUserDetail").contains(role), qPrintable(header("HeaderUserDetail")));
        QVERIFY(header("HeaderUserDetail").contains(QStringLiteral("Local")));

        // Sidebar = the model's pages, each with a page in the stack.
        auto *sidebar = window.findChild<QListView *>(QStringLiteral("Sidebar"));
        QVERIFY(sidebar);
        QStringList shown;
        for (int row = 0; row < sidebar->model()->rowCount(); ++row) {
            shown << sidebar->model()->index(row, 0).data().toString();
            QVERIFY(!sidebar->model()->index(row, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        }
        QCOMPARE(shown, pages);
        QCOMPARE(window.navigationModel()->rowCount(), pages.size());
        QCOMPARE(window.currentPage(), 0);
        for (int row = 0; row < pages.size(); ++row) {
            window.showPage(row);
            QCOMPARE(window.currentPage(), row);
            QCOMPARE(window.currentPageId(), window.navigationModel()->page(row).id);
            auto *page = qobject_cast<ui::WorkspacePage *>(window.pageWidget(row));
            QVERIFY(page);
            QCOMPARE(page->pageId(), window.navigationModel()->page(row).id);
            QVERIFY(window.windowTitle().startsWith(pages.at(row)));
            // The page states its title and purpose; unbuilt features say so plainly.
            bool titled = false, described = false, marked = false;
            const auto pageLabels = page->findChildren<QLabel *>();
            for (QLabel *l : pageLabels) {
                titled |= l->text() == pages.at(row);
                described |= l->text() == window.navigationModel()->page(row).description;
                marked |= l->text() == QStringLiteral("Coming in a later version");
            }
            QVERIFY(titled);
            QVERIFY(described);
            QCOMPARE(marked, !window.navigationModel()->page(row).available);
        }
        // Keyboard: Ctrl+1 goes back to the first page; arrow keys move in the sidebar.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), 0);
        sidebar->setFocus();
        QTest::keyClick(sidebar, Qt::Key_Down);
        QCOMPARE(window.currentPage(), 1);

        // Sign out from the header.
        QSignalSpy signedOut(&c.session, &api::Session::signedOut);
        auto *signOut = testing::findByName<QPushButton>(&window, QStringLiteral("Sign out"));
        QVERIFY(signOut);
        signOut->click();
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(!c.session.isSignedIn());
        QVERIFY(!c.client.hasAccessToken());
    }

    // C35: change the password from the account menu (Ctrl+Shift+P); errors are sentences in the dialog;
    // afterwards the other session of the user is signed out, this one goes on, the old password is refused.
    void changePasswordFromTheAccountMenu()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("password.ini")), QSettings::IniFormat);
        api::AppSettings settingsApp(&settings);
        api::ApiClient client;
        client.setEnvironment(api::Environment::local(m_server.url()));
        api::AuthApi auth(&client);
        // A fresh verified account (the demo accounts' password stays as documented).
        const QString email = QStringLiteral("password.change.%1@example.org").arg(QCoreApplication::applicationPid());
        const QString oldPassword = QStringLiteral("the-old-password");
        const QString newPassword = QStringLiteral("the-new-password");
        bool done = false;
        auth.registerUser(QStringLiteral("Pia Wendt"), email, oldPassword, this, [&](const api::Result<api::User> &r) {
            QVERIFY2(r.ok(), qPrintable(r.error().debugString()));
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QString code;
        auth.emailVerificationStart(email, this,
                                    [&](const api::Result<api::VerificationStart> &r) { code = r.value().secretCode; });
        QTRY_VERIFY_WITH_TIMEOUT(!code.isEmpty(), 10000);
        done = false;
        auth.emailVerificationComplete(email, code, this,
                                       [&](const api::Result<api::VerificationComplete> &r) { done = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);

        // Two sessions of the same user: this window's and another computer's.
        api::MemoryTokenStore store;
        api::Session session(&client, &auth, &store, &settingsApp);
        QSignalSpy signedIn(&session, &api::Session::signedIn);
        session.signIn(email, oldPassword, false);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
        api::ApiClient otherClient;
        otherClient.setEnvironment(client.environment());
        api::AuthApi otherAuth(&otherClient);
        QString otherToken;
        otherAuth.login(email, oldPassword, this,
                        [&](const api::Result<api::SessionInfo> &r) { otherToken = r.value().accessToken; });
        QTRY_VERIFY_WITH_TIMEOUT(!otherToken.isEmpty(), 10000);
        otherClient.setAccessToken(otherToken);

        ui::MainWindow window(&session, &client, client.environment());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The account menu offers it; the keyboard opens it.
        auto *account = window.findChild<QPushButton *>(QStringLiteral("accountMenuButton"));
        QVERIFY(account && account->isVisible() && account->menu());
        QAction *changePassword = window.findChild<QAction *>(QStringLiteral("changePasswordAction"));
        QVERIFY(changePassword);
        QVERIFY(account->menu()->actions().contains(changePassword));
        QCOMPARE(changePassword->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QCOMPARE(account->text(), QStringLiteral("Acco&unt"));
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = window.findChild<ui::ChangePasswordDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto field = [dialog](const char *name) { return dialog->findChild<QLineEdit *>(QLatin1String(name)); };
        QVERIFY(field("currentPassword") && field("newPassword") && field("confirmPassword"));
        auto *ok = testing::findByName<QPushButton>(dialog, QStringLiteral("Change password"));
        QVERIFY(ok);

        ok->click();
        QCOMPARE(dialog->banner()->text(), QStringLiteral("Enter your current password."));
        field("currentPassword")->setText(oldPassword);
        field("newPassword")->setText(QStringLiteral("short"));
        ok->click();
        QCOMPARE(dialog->banner()->text(), QStringLiteral("Choose a new password of 8 to 128 characters."));
        field("newPassword")->setText(newPassword);
        field("confirmPassword")->setText(QStringLiteral("the-new-passw0rd"));
        ok->click();
        QVERIFY(dialog->banner()->text().startsWith(QStringLiteral("The two new passwords are not the same.")));
        // The server's answer to a wrong current password, as a sentence; the dialog stays.
        field("currentPassword")->setText(QStringLiteral("not-my-password"));
        field("confirmPassword")->setText(newPassword);
        ok->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
        QCOMPARE(dialog->banner()->text(), QStringLiteral("The current password is not correct."));
        QVERIFY(dialog->isVisible());

        QPointer<ui::ChangePasswordDialog> guard(dialog);
        field("currentPassword")->setText(oldPassword);
        ok->click();
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 10000);
        QCOMPARE(window.banner()->kind(), ui::MessageBanner::Kind::Success);
        QVERIFY2(window.banner()->text().contains(QStringLiteral("signed out on every other computer")),
                 qPrintable(window.banner()->text()));

        // This session goes on; the other one has ended.
        bool ownOk = false;
        done = false;
        auth.getUser(session.sessionInfo().userId, this, [&](const api::Result<api::User> &r) {
            ownOk = r.ok();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(ownOk);
        std::optional<api::ApiError> otherError;
        otherAuth.currentUser(
            this, [&](const api::Result<api::SessionInfo> &r) { otherError = r.ok() ? api::ApiError() : r.error(); });
        QTRY_VERIFY_WITH_TIMEOUT(otherError.has_value(), 10000);
        QVERIFY(otherError->kind != api::ApiError::Kind::None);

        // Signing in: the old password is refused, the new one works.
        api::ApiClient fresh;
        fresh.setEnvironment(client.environment());
        api::AuthApi freshAuth(&fresh);
        std::optional<api::Result<api::SessionInfo>> oldLogin, newLogin;
        freshAuth.login(email, oldPassword, this, [&](const api::Result<api::SessionInfo> &r) { oldLogin = r; });
        QTRY_VERIFY_WITH_TIMEOUT(oldLogin.has_value(), 10000);
        QVERIFY(!oldLogin->ok());
        QVERIFY(oldLogin->error().hasCode(QStringLiteral("errMsg_InvalidCredentials")));
        freshAuth.login(email, newPassword, this, [&](const api::Result<api::SessionInfo> &r) { newLogin = r; });
        QTRY_VERIFY_WITH_TIMEOUT(newLogin.has_value(), 10000);
        QVERIFY2(newLogin->ok(), qPrintable(newLogin->error().debugString()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
