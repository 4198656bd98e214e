// The main window shell for each demo role: header, the role's navigation from
// WorkspaceNavigationModel, one page per entry, keyboard page switching, sign-out.
#include "uitesthelpers.h"

#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "models/workspacenavigationmodel.h"
#include "ui/mainwindow.h"
#include "ui/workspacepage.h"

#include <QLabel>
#include <QListView>
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
        QSettings settings(m_dir.filePath(QStringLiteral("registry.ini")), QSettings::IniFormat);
        api::ApiClient client;
        client.setEnvironment(api::Environment::local(m_server.url()));
        api::AuthApi auth(&client);
        api::MemoryTokenStore store;
        api::Session session(&client, &auth, &store, &settings);
        QSignalSpy signedIn(&session, &api::Session::signedIn);
        session.signIn(testing::demoStudent, testing::demoPassword, false);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);

        int built = 0;
        ui::PageRegistry registry;
        registry.addPage(QStringLiteral("help"), [&](const ui::WorkspaceContext &context, QWidget *parent) {
            ++built;
            [&] { QCOMPARE(context.client, &client); QCOMPARE(context.session, &session); }();
            auto *w = new QLabel(QStringLiteral("registered help page"), parent);
            w->setObjectName(QStringLiteral("registeredHelp"));
            return w;
        });
        ui::MainWindow window(&session, &client, client.environment(), &registry);
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
                              
                               << QStringList{"Dashboard", "Issues", "Tutor applications", "Users", "Courses",
                                              "Enrollments & refunds", "Analytics", "AgentHub", "Moderation log"};
        QTest::newRow("tutor") << testing::demoTutor << "Tutor"
                               << QStringList{"Profile", "Course packs", "Availability", "Lessons",
                                              "Students & earnings", "Messages"};
        QTest::newRow("student") << testing::demoStudent << "Student"
                                 << QStringList{"Find a tutor", "My learning", "Messages", "Help", "Become a tutor"};
    }

    void navigationPerRole()
    {
        QFETCH(QString, email);
        QFETCH(QString, role);
        QFETCH(QStringList, pages);

        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        api::ApiClient client;
        client.setEnvironment(api::Environment::local(m_server.url()));
        api::AuthApi auth(&client);
        api::MemoryTokenStore store;
        api::Session session(&client, &auth, &store, &settings);
        QSignalSpy signedIn(&session, &api::Session::signedIn);
        session.signIn(email, testing::demoPassword, false);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);

        ui::MainWindow window(&session, &client, client.environment());
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
        QCOMPARE(header("HeaderUserName"), session.currentUser().fullname);
        QVERIFY(!session.currentUser().fullname.isEmpty());
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
        QSignalSpy signedOut(&session, &api::Session::signedOut);
        auto *signOut = testing::findByName<QPushButton>(&window, QStringLiteral("Sign out"));
        QVERIFY(signOut);
        signOut->click();
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(!session.isSignedIn());
        QVERIFY(!client.hasAccessToken());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
