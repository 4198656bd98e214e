// Issue 20's layout check (decision L6): every page of every role, every further state the pages register
// for the screenshots (a detail, a dialog, a chart), and the login window in each mode are walked at
// 1280x720, 1366x768 (chat dock open) and 1920x1080; any text cut or elided, any widget cut off, any table,
// list or scroll area that needs a horizontal scrollbar fails the test with the widget, page and size.
// One window per role, signed in against the real local server, resized through the sizes.
// TUTORHUB_TEST_LANGUAGE=<code> runs it with that translation (tst_ui_layout@de/@fr/@es; issue 16, P24).
#include "layoutcheck.h"
#include "settle.h"
#include "uitesthelpers.h"

#include "language.h"

#include "api/appsettings.h"
#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "models/workspacenavigationmodel.h"
#include "ui/common/busyindicator.h"
#include "ui/common/theme.h"
#include "ui/loginwindow.h"
#include "ui/mainwindow.h"
#include "workspaces.h"

#include <QApplication>
#include <QAction>
#include <QDialog>
#include <QScreen>
#include <QToolButton>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

#include <cstdio>

using namespace tutorhub;

namespace {

const QList<QSize> kSizes {{1280, 720}, {1366, 768}, {1920, 1080}};

using testing::busy;
using testing::openDialogs;
using testing::settle;

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    app::LocalServer m_server;

    // Checks the window (and the dialogs open over it) at each size; dialogs larger than the window are
    // fitted into it, as a window manager would on a screen of that size.
    QStringList checkAtEachSize(ui::MainWindow *window, const QString &where)
    {
        QStringList found;
        for (const QSize &size : kSizes) {
            window->resize(size);
            settle(window, 3000);
            const QString at = QStringLiteral("%1 %2x%3").arg(where).arg(size.width()).arg(size.height());
            found << testing::layoutFindings(window, at, size);
            QStringList dialogs;
            for (QDialog *d : openDialogs()) {
                dialogs << d->windowTitle();
                const QSize fitted = d->size().boundedTo(size - QSize(0, 40));
                if (fitted != d->size())
                    d->resize(fitted);
                QTest::qWait(40);
                found << testing::layoutFindings(d, at + QStringLiteral(" dialog ") + d->windowTitle(),
                                                 fitted == d->size() ? QSize() : fitted);
            }
            std::fprintf(stderr, "checked %s%s\n", qPrintable(at),
                         dialogs.isEmpty()
                             ? ""
                             : qPrintable(QStringLiteral(" with dialog ") + dialogs.join(QStringLiteral(", "))));
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        if (!testing::startDemoServer(m_server, m_dir, &why))
            QSKIP(qPrintable(why));
        const QSize screen = QGuiApplication::primaryScreen()->size();
        QVERIFY2(screen.width() >= 1920 && screen.height() >= 1080,
                 qPrintable(QStringLiteral("the screen is %1x%2").arg(screen.width()).arg(screen.height())));
    }
    void cleanupTestCase() { m_server.stop(); }

    // The check itself finds a cut label, a squeezed button and a table that scrolls sideways.
    void checkFindsCutText()
    {
        QWidget window;
        auto *label = new QLabel(QStringLiteral("A label with a rather long text"), &window);
        label->setObjectName(QStringLiteral("cutLabel"));
        label->setGeometry(0, 0, 40, 20);
        auto *fits = new QLabel(QStringLiteral("ok"), &window);
        fits->setGeometry(0, 30, 200, 20);
        auto *button = new QPushButton(QStringLiteral("Request a refund"), &window);
        button->setGeometry(0, 60, 50, 30);
        window.resize(300, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList found = testing::layoutFindings(&window, QStringLiteral("self-test"), QSize(300, 200));
        QCOMPARE(found.size(), 2);
        QVERIFY(found.at(0).contains(QLatin1String("cutLabel")) || found.at(1).contains(QLatin1String("cutLabel")));
        QVERIFY(found.join(QLatin1Char('\n')).contains(QLatin1String("Request a refund")));
    }

    void loginWindow()
    {
        testing::ClientStack c(m_server.url(), m_dir.filePath(QStringLiteral("login.ini")));
        models::auth::SignIn signIn(&c.session, &c.auth, &c.appSettings);
        ui::LoginWindow window(&signIn, &c.appSettings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList found;
        using Mode = ui::LoginWindow::Mode;
        const QList<QPair<Mode, QString>> modes {{Mode::SignIn, QStringLiteral("sign-in")},
                                                 {Mode::Register, QStringLiteral("register")},
                                                 {Mode::Verify, QStringLiteral("verify")},
                                                 {Mode::ForgotPassword, QStringLiteral("forgot-password")},
                                                 {Mode::SecondFactor, QStringLiteral("two-step")}};
        for (const auto &[mode, name] : modes) {
            window.setMode(mode);
            settle(&window, 3000);
            found << testing::layoutFindings(
                &window, QStringLiteral("login/%1 %2x%3").arg(name).arg(window.width()).arg(window.height()));
        }
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("\n") + found.join(QLatin1Char('\n'))));
    }

    // The chat dock collapses to a rail and back; its state and width are remembered in the settings.
    void chatDockRailIsRemembered()
    {
        if (!qEnvironmentVariableIsEmpty("TUTORHUB_TEST_LANGUAGE"))
            QSKIP("finds its buttons by their English names; the rail's layout is checked in English");
        testing::ClientStack c(m_server.url(), m_dir.filePath(QStringLiteral("dock.ini")));
        QVERIFY(c.signIn(testing::demoStudent));
        const ui::PageRegistry registry = app::buildPageRegistry();
        auto open = [&] {
            auto window = std::make_unique<ui::MainWindow>(&c.session, &c.client, c.client.environment(), &registry,
                                                           &c.appSettings);
            window->resize(1366, 768);
            window->show();
            (void)QTest::qWaitForWindowExposed(window.get());
            QTest::qWait(50);
            return window;
        };
        {
            auto window = open();
            auto *dock = window->findChild<QDockWidget *>(QStringLiteral("chatDock"));
            QVERIFY(dock);
            QTRY_COMPARE(dock->width(), 300); // the default width, not the pane's size hint
            window->resizeDocks({dock}, {360}, Qt::Horizontal);
            QTRY_COMPARE(dock->width(), 360);
            auto *collapse = testing::findByName<QToolButton>(window.get(), QStringLiteral("Collapse the chat"));
            QVERIFY(collapse);
            collapse->click();
            QTRY_VERIFY(dock->width() <= 48);
            QVERIFY(!dock->findChild<QWidget *>(QStringLiteral("chatPane"))->isVisible());
            QVERIFY(testing::findByName<QToolButton>(dock, QStringLiteral("Show the chat")));
        }
        {
            auto window = open(); // collapsed again on the next start
            auto *dock = window->findChild<QDockWidget *>(QStringLiteral("chatDock"));
            QTRY_VERIFY(dock->width() <= 48);
            auto *expand = testing::findByName<QToolButton>(dock, QStringLiteral("Show the chat"));
            QVERIFY(expand);
            expand->click();
            QTRY_COMPARE(dock->width(), 360); // the width it had
            QVERIFY(dock->findChild<QWidget *>(QStringLiteral("chatPane"))->isVisible());
        }
        QCOMPARE(c.settings.value(QStringLiteral("layout/chatDockCollapsed")).toBool(), false);
        QCOMPARE(c.settings.value(QStringLiteral("layout/chatDockWidth")).toInt(), 360);
    }

    void workspace_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("student") << testing::demoStudent;
        QTest::newRow("tutor") << testing::demoTutor;
        QTest::newRow("admin") << testing::demoAdmin;
    }
    void workspace()
    {
        QFETCH(QString, email);
        const QString role = QString::fromLatin1(QTest::currentDataTag());
        testing::ClientStack c(m_server.url(), m_dir.filePath(role + QStringLiteral(".ini")));
        c.client.setRetryDelays({20, 40});
        QVERIFY(c.signIn(email));
        const ui::PageRegistry registry = app::buildPageRegistry();
        ui::MainWindow window(&c.session, &c.client, c.client.environment(), &registry, &c.appSettings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("chatDock"));
        QVERIFY(dock);

        QStringList found;
        models::WorkspaceNavigationModel *nav = window.navigationModel();
        for (int row = 0; row < nav->rowCount(); ++row) {
            const QString pageId = nav->page(row).id;
            window.showPage(row);
            // The chat dock is open on every page but Messages (where it steps aside for the full-size chat).
            QCOMPARE(dock->isVisible(), pageId != QLatin1String("messages"));
            settle(&window);
            found << checkAtEachSize(&window, role + QLatin1Char('/') + pageId);
            for (const ui::ScreenshotState &state : registry.screenshotStates(pageId)) {
                window.showPage(row);
                state.enter(window.pageWidget(row));
                settle(&window);
                found << checkAtEachSize(&window, role + QLatin1Char('/') + pageId + QLatin1Char('-') + state.name);
                for (QDialog *d : openDialogs())
                    d->reject();
                QTest::qWait(20);
            }
        }
        // The account menu's change-password dialog (C35).
        window.showPage(0);
        QAction *changePassword = window.findChild<QAction *>(QStringLiteral("changePasswordAction"));
        QVERIFY(changePassword);
        changePassword->trigger();
        settle(&window);
        found << checkAtEachSize(&window, role + QStringLiteral("/account-change-password"));
        for (QDialog *d : openDialogs())
            d->reject();
        for (const QString &f : found)
            std::fprintf(stderr, "LAYOUT %s\n", qPrintable(f));
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1 layout findings for %2 (listed above)").arg(found.size()).arg(role)));
    }
};

int main(int argc, char **argv)
{
    // A screen as large as the largest size checked (the offscreen platform's default is 800x600, and
    // windows and dialogs are sized against their screen).
    QTemporaryDir screenDir;
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen") && screenDir.isValid()) {
        const QString config = screenDir.filePath(QStringLiteral("screen.json"));
        QFile file(config);
        if (file.open(QIODevice::WriteOnly))
            file.write(R"({"screens": [{"name": "layout", "x": 0, "y": 0, "width": 1920, "height": 1080,
                          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        file.close();
        qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(config));
    }
    QApplication app(argc, argv);
    const QString language = qEnvironmentVariable("TUTORHUB_TEST_LANGUAGE");
    if (!language.isEmpty() && !app::Language::install(language, qEnvironmentVariable("TUTORHUB_QM_DIR"))) {
        std::fprintf(stderr, "no translation %s in TUTORHUB_QM_DIR=%s\n", qPrintable(language),
                     qPrintable(qEnvironmentVariable("TUTORHUB_QM_DIR")));
        return 1;
    }
    ui::applyTheme(app);
    TestLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_layout.moc"
