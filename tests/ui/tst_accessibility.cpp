// Issue 16 item 3 (decision P30): the accessibility tree (QAccessible) of the login window in each mode and of
// every page of every role — with every further state the pages register for the screenshots (a detail, a
// dialog) and the account menu's change-password dialog — is walked against the real local server; an
// interactive element without a name, or visible and enabled but unreachable with Tab, fails the test with
// its page, class, object name and what is missing.
#include "a11ycheck.h"
#include "layoutcheck.h"
#include "settle.h"
#include "uitesthelpers.h"

#include "api/appsettings.h"
#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "models/workspacenavigationmodel.h"
#include "ui/common/busyindicator.h"
#include "ui/common/fontscale.h"
#include "ui/common/theme.h"
#include "ui/loginwindow.h"
#include "ui/mainwindow.h"
#include "workspaces.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFontInfo>
#include <QScreen>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>

#include <cstdio>
#include <optional>

using namespace tutorhub;

namespace {

using testing::busy;
using testing::openDialogs;
void settle(QWidget *window, int loadMs = 20000)
{
    testing::settle(window, loadMs, 40);
}

// The window and every dialog open over it.
QStringList checkWindowAndDialogs(QWidget *window, const QString &where)
{
    QStringList found = testing::accessibilityFindings(window, where);
    for (QDialog *d : openDialogs())
        found << testing::accessibilityFindings(d, where + QStringLiteral(" dialog '") + d->windowTitle()
                                                       + QLatin1Char('\''));
    return found;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    app::LocalServer m_server;

    // A signed-in main window of `email` (its client, session and settings kept alive with it).
    struct Signed
    {
        std::unique_ptr<api::AppSettings> settings;
        std::unique_ptr<api::ApiClient> client;
        std::unique_ptr<api::AuthApi> auth;
        std::unique_ptr<api::MemoryTokenStore> store;
        std::unique_ptr<api::Session> session;
        ui::PageRegistry registry;
        std::unique_ptr<ui::MainWindow> window;
    };
    std::unique_ptr<Signed> openWindow(const QString &email, const QString &tag)
    {
        auto s = std::make_unique<Signed>();
        s->settings = std::make_unique<api::AppSettings>(
            std::make_unique<QSettings>(m_dir.filePath(tag + QStringLiteral(".ini")), QSettings::IniFormat));
        s->client = std::make_unique<api::ApiClient>();
        s->client->setEnvironment(api::Environment::local(m_server.url()));
        s->client->setRetryDelays({20, 40});
        s->auth = std::make_unique<api::AuthApi>(s->client.get());
        s->store = std::make_unique<api::MemoryTokenStore>();
        s->session = std::make_unique<api::Session>(s->client.get(), s->auth.get(), s->store.get(), s->settings.get());
        QSignalSpy signedIn(s->session.get(), &api::Session::signedIn);
        s->session->signIn(email, testing::demoPassword, false);
        if (!QTest::qWaitFor([&] { return signedIn.count() > 0; }, 20000))
            return nullptr;
        s->registry = app::buildPageRegistry();
        s->window = std::make_unique<ui::MainWindow>(s->session.get(), s->client.get(), s->client->environment(),
                                                     &s->registry, s->settings.get());
        return s;
    }

    // TUTORHUB_A11Y_SHOTS=<dir> keeps a picture of the windows the font check looks at.
    static void saveShot(QWidget *window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("TUTORHUB_A11Y_SHOTS");
        if (!dir.isEmpty())
            window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    static void fail(const QStringList &found, const QString &what)
    {
        for (const QString &f : found)
            std::fprintf(stderr, "A11Y %s\n", qPrintable(f));
        QVERIFY2(
            found.isEmpty(),
            qPrintable(QStringLiteral("%1 accessibility findings for %2 (listed above)").arg(found.size()).arg(what)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        if (!testing::startDemoServer(m_server, m_dir, &why))
            QSKIP(qPrintable(why));
    }
    void cleanupTestCase() { m_server.stop(); }

    // The check can fail: it reports an icon-only button without a name, a button Tab cannot reach, a field
    // without a label, an unnamed table row, a table that keeps Tab for its cells, a text field that types
    // Tab and two buttons with one Alt+letter, and accepts their named, reachable twins.
    void checkFindsUnnamedAndUnreachable()
    {
        QWidget window;
        window.setObjectName(QStringLiteral("selfTest"));
        auto *form = new QFormLayout(&window);
        auto *unnamed = new QPushButton(&window);
        unnamed->setObjectName(QStringLiteral("unnamedButton"));
        unnamed->setIcon(window.style()->standardIcon(QStyle::SP_DialogOkButton));
        form->addRow(unnamed);
        auto *named = new QPushButton(&window);
        named->setIcon(window.style()->standardIcon(QStyle::SP_DialogOkButton));
        named->setAccessibleName(QStringLiteral("Save"));
        form->addRow(named);
        auto *mouseOnly = new QPushButton(QStringLiteral("Mouse only"), &window);
        mouseOnly->setObjectName(QStringLiteral("mouseOnlyButton"));
        mouseOnly->setFocusPolicy(Qt::ClickFocus);
        form->addRow(mouseOnly);
        auto *bare = new QLineEdit(&window);
        bare->setObjectName(QStringLiteral("bareField"));
        form->addRow(bare);
        form->addRow(QStringLiteral("&E-mail"), new QLineEdit(&window)); // named through its label's buddy
        auto *table = new QTableWidget(1, 1, &window);
        table->setObjectName(QStringLiteral("emptyTable"));
        table->setAccessibleName(QStringLiteral("Lessons"));
        table->setItem(0, 0, new QTableWidgetItem);
        table->setTabKeyNavigation(false);
        form->addRow(table);
        auto *cells = new QTableWidget(1, 1, &window); // Tab would walk its cells
        cells->setObjectName(QStringLiteral("cellsTable"));
        cells->setAccessibleName(QStringLiteral("Payments"));
        cells->setItem(0, 0, new QTableWidgetItem(QStringLiteral("paid")));
        form->addRow(cells);
        form->addRow(new QPushButton(QStringLiteral("&Save"), &window)); // Alt+S for two buttons
        form->addRow(new QPushButton(QStringLiteral("&Send"), &window));
        form->addRow(new QPushButton(QStringLiteral("S&&P 500"), &window)); // "&&" is a plain "&"
        auto *trap = new QPlainTextEdit(&window); // Tab would type a tab character
        trap->setObjectName(QStringLiteral("trapEdit"));
        trap->setAccessibleName(QStringLiteral("Note"));
        form->addRow(trap);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList found = testing::accessibilityFindings(&window, QStringLiteral("self-test"));
        const QString all = found.join(QLatin1Char('\n'));
        QVERIFY2(found.size() == 7, qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("QPushButton#unnamedButton"))
                     && all.contains(QLatin1String("has no accessible name")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("QPushButton#mouseOnlyButton"))
                     && all.contains(QLatin1String("cannot be reached with Tab")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("QLineEdit#bareField")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("QTableWidget#emptyTable")) && all.contains(QLatin1String("row 0")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("QTableWidget#cellsTable"))
                     && all.contains(QLatin1String("keeps Tab for its cells")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("QPlainTextEdit#trapEdit"))
                     && all.contains(QLatin1String("types a tab character")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("Alt+S belongs to 2 widgets")), qPrintable(all));
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
            found << checkWindowAndDialogs(&window, QStringLiteral("login/") + name);
        }
        fail(found, QStringLiteral("the login window"));
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
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList found;
        models::WorkspaceNavigationModel *nav = window.navigationModel();
        for (int row = 0; row < nav->rowCount(); ++row) {
            const QString pageId = nav->page(row).id;
            window.showPage(row);
            settle(&window);
            found << checkWindowAndDialogs(&window, role + QLatin1Char('/') + pageId);
            for (const ui::ScreenshotState &state : registry.screenshotStates(pageId)) {
                window.showPage(row);
                state.enter(window.pageWidget(row));
                settle(&window);
                found << checkWindowAndDialogs(&window,
                                               role + QLatin1Char('/') + pageId + QLatin1Char('-') + state.name);
                for (QDialog *d : openDialogs())
                    d->reject();
                QTest::qWait(20);
            }
        }
        window.showPage(0);
        QAction *changePassword = window.findChild<QAction *>(QStringLiteral("changePasswordAction"));
        QVERIFY(changePassword);
        changePassword->trigger();
        settle(&window);
        found << checkWindowAndDialogs(&window, role + QStringLiteral("/account-change-password"));
        for (QDialog *d : openDialogs())
            d->reject();
        found.removeDuplicates();
        fail(found, role);
    }

    // Text follows the system font size (P32): no font size in the style sheet or in a widget's own style sheet,
    // and with an application font 1.5 times as large the titles, labels and buttons of a page grow by that
    // much and the layout check (layoutcheck.h) finds nothing cut at 1920x1080.
    void textFollowsTheSystemFontSize()
    {
        const QString sheet = qApp->styleSheet();
        QVERIFY(!sheet.isEmpty());
        QVERIFY2(!sheet.contains(QLatin1String("font-size")) && !sheet.contains(QLatin1String("font:")),
                 "the style sheet sets a font size: give the widget a factor in ui/common/fontscale.cpp instead");
        const QFont normal = QApplication::font();
        struct Sizes
        {
            int title = 0, description = 0, label = 0, button = 0, header = 0;
        };
        auto measure = [&](const QString &pageId, QStringList *findings) -> std::optional<Sizes> {
            auto s = openWindow(testing::demoStudent, QStringLiteral("font-") + pageId);
            if (!s)
                return std::nullopt;
            ui::MainWindow &window = *s->window;
            window.resize(1920, 1080);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                return std::nullopt;
            window.showPage(pageId == QLatin1String("my-learning") ? 1 : 0);
            settle(&window);
            for (QWidget *w : window.findChildren<QWidget *>())
                if (w->styleSheet().contains(QLatin1String("font-size")))
                    *findings
                        << QStringLiteral("%1 sets a font size in its style sheet").arg(testing::describeWidget(w));
            Sizes out;
            auto pixels = [](const QWidget *w) { return w ? QFontInfo(w->font()).pixelSize() : 0; };
            QWidget *page = window.pageWidget(pageId);
            out.title = pixels(window.findChild<QLabel *>(QStringLiteral("HeaderTitle")));
            for (QLabel *l : page ? page->findChildren<QLabel *>() : QList<QLabel *>())
                if (l->isVisible() && !l->text().isEmpty() && ui::fontScale(l) == 0 && l->font().resolveMask() == 0) {
                    out.label = pixels(l);
                    break;
                }
            for (QPushButton *b : page ? page->findChildren<QPushButton *>() : QList<QPushButton *>())
                if (b->isVisible() && !b->text().isEmpty()) {
                    out.button = qMax(pixels(b), 1) * 1000 + b->sizeHint().height(); // font, then height
                    break;
                }
            out.header = window.findChild<QLabel *>(QStringLiteral("HeaderWorkspace"))
                             ? pixels(window.findChild<QLabel *>(QStringLiteral("HeaderWorkspace")))
                             : 0;
            saveShot(&window, QStringLiteral("student-%1-%2pt").arg(pageId).arg(QApplication::font().pointSizeF()));
            *findings << testing::layoutFindings(
                &window, QStringLiteral("student/%1 at %2 pt").arg(pageId).arg(QApplication::font().pointSizeF()),
                QSize(1920, 1080));
            return out;
        };
        // A title already on screen follows a change of the application font too.
        {
            QLabel title(QStringLiteral("Title"));
            title.setObjectName(QStringLiteral("PageTitle"));
            title.show();
            QVERIFY(QTest::qWaitForWindowExposed(&title));
            const qreal shown = title.font().pointSizeF();
            QVERIFY2(qAbs(shown - normal.pointSizeF() * ui::fontScale(&title)) < 0.01,
                     qPrintable(QString::number(shown)));
            QFont twice = normal;
            twice.setPointSizeF(normal.pointSizeF() * 2);
            QApplication::setFont(twice);
            const qreal after = title.font().pointSizeF();
            QApplication::setFont(normal);
            QVERIFY2(qAbs(after - 2 * shown) < 0.01,
                     qPrintable(QStringLiteral("%1 pt -> %2 pt").arg(shown).arg(after)));
            QTRY_VERIFY(qAbs(title.font().pointSizeF() - shown) < 0.01);
        }
        QStringList findings;
        const auto before = measure(QStringLiteral("my-learning"), &findings);
        QVERIFY(before);
        QFont larger = normal;
        larger.setPointSizeF(normal.pointSizeF() * 1.5);
        QApplication::setFont(larger);
        const auto after = measure(QStringLiteral("my-learning"), &findings);
        {
            testing::ClientStack c(m_server.url(), m_dir.filePath(QStringLiteral("font-login.ini")));
            models::auth::SignIn signIn(&c.session, &c.auth, &c.appSettings);
            ui::LoginWindow login(&signIn, &c.appSettings);
            login.show();
            QVERIFY(QTest::qWaitForWindowExposed(&login));
            settle(&login, 3000);
            findings << testing::layoutFindings(&login, QStringLiteral("login at %1 pt").arg(larger.pointSizeF()));
            saveShot(&login, QStringLiteral("login-%1pt").arg(larger.pointSizeF()));
        }
        QApplication::setFont(normal);
        QVERIFY(after);
        qInfo(
            "application font %.1f pt -> %.1f pt: header title %d -> %d px, workspace %d -> %d px, label %d -> %d px, "
            "button %d -> %d px (height %d -> %d)",
            normal.pointSizeF(), larger.pointSizeF(), before->title, after->title, before->header, after->header,
            before->label, after->label, before->button / 1000, after->button / 1000, before->button % 1000,
            after->button % 1000);
        auto grew = [](int a, int b) { return a > 0 && b >= a * 1.35; };
        QVERIFY2(grew(before->title, after->title), "the header title did not follow the application font");
        QVERIFY2(grew(before->header, after->header), "the workspace label did not follow the application font");
        QVERIFY2(grew(before->label, after->label), "the page's labels did not follow the application font");
        QVERIFY2(grew(before->button / 1000, after->button / 1000),
                 "the page's buttons did not follow the application font");
        QVERIFY2(after->button % 1000 > before->button % 1000, "the page's buttons did not grow taller");
        fail(findings, QStringLiteral("the larger application font"));
    }
};

int main(int argc, char **argv)
{
    // A 1920x1080 screen (the offscreen platform's default is 800x600), as in tst_ui_layout.
    QTemporaryDir screenDir;
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen") && screenDir.isValid()) {
        const QString config = screenDir.filePath(QStringLiteral("screen.json"));
        QFile file(config);
        if (file.open(QIODevice::WriteOnly))
            file.write(R"({"screens": [{"name": "a11y", "x": 0, "y": 0, "width": 1920, "height": 1080,
                          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        file.close();
        qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(config));
    }
    QApplication app(argc, argv);
    ui::applyTheme(app);
    TestAccessibility test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accessibility.moc"
