// Light, dark and high contrast (issue 16 item 4, decisions P40-P45): every text pair of each theme meets WCAG AA
// (4.5:1; high contrast 7:1), chart series stand out from the chart (3:1); no colour in ui/ or the style sheet is a
// fixed constant; the widgets that paint themselves (week view, chat bubbles, analytics charts) and the main window
// render in the active theme's colours, against the real local server; the appearance is chosen as P44 says.
#include "studenttesthelpers.h"
#include "admintestwindow.h"

#include "appearance.h"
#include "commandline.h"
#include "testserver.h"
#include "api/appsettings.h"
#include "ui/admin/adminpages.h"
#include "ui/chat/chatdock.h"
#include "ui/chat/chatpane.h"
#include "ui/common/statuschip.h"
#include "ui/common/theme.h"
#include "ui/common/themechooser.h"
#include "ui/common/weekview.h"
#include "models/admin/analyticsdata.h"
#include "models/chat/conversationlistmodel.h"
#include "models/chat/messagelistmodel.h"
#include "models/format.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusVariant>
#include <QThread>
#include <QChartView>
#include <QDirIterator>
#include <QDockWidget>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tutorhub;
using ui::Theme;
using ui::ThemeId;

Q_DECLARE_METATYPE(tutorhub::ui::ThemeId)

namespace {

const QList<ThemeId> kThemes {ThemeId::Light, ThemeId::Dark, ThemeId::HighContrast};

bool near(QRgb a, const QColor &b, int tolerance = 6)
{
    return qAbs(qRed(a) - b.red()) <= tolerance && qAbs(qGreen(a) - b.green()) <= tolerance
           && qAbs(qBlue(a) - b.blue()) <= tolerance;
}

// How many pixels of `image` are (about) `color`.
int count(const QImage &image, const QColor &color, int tolerance = 2)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += near(image.pixel(x, y), color, tolerance) ? 1 : 0;
    return n;
}

QImage grabbed(QWidget *w)
{
    return w->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

void apply(ThemeId id)
{
    ui::applyTheme(*qobject_cast<QApplication *>(QCoreApplication::instance()), id);
}

void addThemeRows()
{
    QTest::addColumn<ThemeId>("id");
    for (ThemeId id : kThemes)
        QTest::newRow(qPrintable(ui::themeName(id))) << id;
}

// Colours the light theme uses as large areas: none may show in a rendering of `theme` that does not use them itself
// (high contrast's text and lines are white).
QList<QColor> lightSurfaces(const Theme &theme)
{
    const Theme &l = Theme::get(ThemeId::Light);
    QList<QColor> out;
    for (const QColor &c : {l.window, l.surface, l.accentSoft, l.chatSystem.background, l.chatModeration.background,
                            l.positive.background})
        if (c != theme.text && c != theme.border && c != theme.onAccent)
            out << c;
    return out;
}

// The XDG desktop portal's Settings interface as xdg-desktop-portal serves it (Read answers a variant holding the
// value's variant), on its own connection in its own thread: the app's blocking call goes over the real bus.
class FakePortal : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    QHash<QString, QVariant> values; // "namespace/key" → value

public slots:
    QDBusVariant Read(const QString &ns, const QString &key)
    {
        const QVariant v = values.value(ns + QLatin1Char('/') + key);
        if (!v.isValid()) { // as the real portal answers a key it does not have
            sendErrorReply(QStringLiteral("org.freedesktop.portal.Error.NotFound"),
                           QStringLiteral("Requested setting not found"));
            return {};
        }
        return QDBusVariant(QVariant::fromValue(QDBusVariant(v)));
    }
};

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

    test::TestServer m_server;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }
    void cleanupTestCase() { apply(ThemeId::Light); }

    void contrastOfEveryTextPair_data() { addThemeRows(); }
    void contrastOfEveryTextPair()
    {
        QFETCH(ThemeId, id);
        const Theme &t = Theme::get(id);
        // WCAG 2 AA for normal text is 4.5:1; the high-contrast theme promises AAA (7:1).
        const double minimum = id == ThemeId::HighContrast ? 7.0 : 4.5;
        struct Pair
        {
            const char *what;
            QColor fg, bg;
        };
        QList<Pair> pairs {
            {"text on window", t.text, t.window},
            {"text on surface", t.text, t.surface},
            {"text on hover", t.text, t.hover},
            {"secondary text on window", t.secondaryText, t.window},
            {"muted text on window", t.mutedText, t.window},
            {"muted text on surface", t.mutedText, t.surface},
            {"accent text on window", t.accentText, t.window},
            {"accent text on surface", t.accentText, t.surface},
            {"on-accent on accent (primary button, selection)", t.onAccent, t.accent},
            {"on-accent on accent hover", t.onAccent, t.accentHover},
            {"text on soft accent (own chat bubble)", t.text, t.accentSoft},
            {"muted text on soft accent (own bubble's footer)", t.mutedText, t.accentSoft},
            {"accent text on soft accent (selected sidebar row)", t.accentText, t.accentSoft},
            {"error text on window", t.errorText, t.window},
            {"error text on surface", t.errorText, t.surface},
            {"warning text on window", t.warningText, t.window},
            {"warning text on surface", t.warningText, t.surface},
            {"chat system line", t.chatSystem.foreground, t.chatSystem.background},
            {"chat day separator", t.mutedText, t.chatSystem.background},
            {"chat moderated message", t.chatModeration.foreground, t.chatModeration.background},
            {"coming-soon chip", t.comingChip.foreground, t.comingChip.background},
            {"development code box", t.accentText, t.devCode.background},
            {"development code box text", t.devCode.foreground, t.devCode.background},
            {"banner info", t.bannerInfo.foreground, t.bannerInfo.background},
            {"banner success", t.bannerSuccess.foreground, t.bannerSuccess.background},
            {"banner warning", t.bannerWarning.foreground, t.bannerWarning.background},
            {"banner error", t.bannerError.foreground, t.bannerError.background},
        };
        for (const char *tone : {"positive", "negative", "warning", "info", "neutral"})
            pairs.append({tone, t.tone(QLatin1String(tone)).foreground, t.tone(QLatin1String(tone)).background});
        const QPalette p = t.palette();
        pairs.append({"palette tool tip", p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase)});
        pairs.append({"palette highlighted text", p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)});
        pairs.append({"palette placeholder", p.color(QPalette::PlaceholderText), p.color(QPalette::Base)});
        for (const Pair &pair : std::as_const(pairs)) {
            const double ratio = ui::contrastRatio(pair.fg, pair.bg);
            QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1, below %5:1")
                                                      .arg(QLatin1String(pair.what), pair.fg.name(), pair.bg.name())
                                                      .arg(ratio, 0, 'f', 2)
                                                      .arg(minimum)));
        }
        // Graphics (WCAG 1.4.11, 3:1): chart series on the chart, the focus ring and the busy arc on the surface.
        for (const QColor &series : t.series)
            QVERIFY2(ui::contrastRatio(series, t.surface) >= 3.0, qPrintable(series.name()));
        QVERIFY(ui::contrastRatio(t.focus, t.surface) >= 3.0);
        QVERIFY(ui::contrastRatio(t.accentLine, t.surface) >= 3.0);
        // Field, check box and radio outlines (the light theme keeps its original, softer borders).
        if (id != ThemeId::Light)
            QVERIFY2(ui::contrastRatio(t.inputBorder, t.surface) >= 3.0, qPrintable(t.inputBorder.name()));
        QVERIFY(t.series.size() >= 5);
    }

    void theContrastRatioIsWcags()
    {
        QCOMPARE(qRound(ui::contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(ui::contrastRatio(Qt::white, Qt::white) * 100), 100);
        QCOMPARE(qRound(ui::contrastRatio(QColor("#767676"), Qt::white) * 100), 454); // the classic AA grey
    }

    void noFixedColoursInTheWidgets()
    {
        // Every colour of ui/ comes from ui::Theme (P40): no #rrggbb, QColor(r, g, b) or Qt::white in ui/ except in
        // the theme's definition, none in the style sheet (P41).
        const QDir src(qEnvironmentVariable("TUTORHUB_SOURCE_DIR"));
        static const QRegularExpression fixed(
            QStringLiteral(R"re(#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|QColor\(\s*(0x|\d)|)re"
                           R"re(Qt::(white|black|red|green|blue|gray|darkGray|lightGray|yellow)\b|)re"
                           R"re(\b(color|background)\s*:\s*(white|black)\b)re"));
        QStringList offenders;
        QDirIterator it(src.filePath(QStringLiteral("ui")), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        QStringList files {src.filePath(QStringLiteral("resources/styles/tutorhub.qss"))};
        while (it.hasNext())
            files << it.next();
        QVERIFY(files.size() > 50);
        for (const QString &path : std::as_const(files)) {
            if (path.endsWith(QLatin1String("ui/common/theme.cpp")))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            int line = 0;
            while (!f.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(f.readLine());
                if (fixed.match(text).hasMatch())
                    offenders
                        << QStringLiteral("%1:%2: %3").arg(src.relativeFilePath(path)).arg(line).arg(text.trimmed());
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    void theStyleSheetIsFilledFromTheTheme_data() { addThemeRows(); }
    void theStyleSheetIsFilledFromTheTheme()
    {
        QFETCH(ThemeId, id);
        const Theme &t = Theme::get(id);
        const QString qss = t.styleSheet();
        QVERIFY(!qss.contains(QLatin1String("${")));
        QVERIFY(qss.contains(QStringLiteral("QPushButton#PrimaryButton { background: %1;").arg(t.accent.name())));
        QVERIFY(qss.contains(QStringLiteral("QWidget#HeaderBar { background: %1;").arg(t.surface.name())));
        apply(id);
        QCOMPARE(ui::activeTheme().id, id);
        QCOMPARE(qApp->palette().color(QPalette::Window), t.window);
        QCOMPARE(qApp->palette().color(QPalette::Text), t.text);
        // The icons' lines follow the theme: the combo box arrow of the style sheet reads a recoloured copy.
        const QIcon search = ui::themeIcon(QStringLiteral("search"));
        QVERIFY(!search.isNull());
        const QImage icon = search.pixmap(48, 48).toImage();
        int lines = 0;
        for (int y = 0; y < icon.height(); ++y)
            for (int x = 0; x < icon.width(); ++x)
                if (qAlpha(icon.pixel(x, y)) == 255)
                    lines += near(icon.pixel(x, y), t.icon, 8) ? 1 : 0;
        QVERIFY2(lines > 10, qPrintable(QStringLiteral("%1 pixels of %2").arg(lines).arg(t.icon.name())));
        QVERIFY(ui::contrastRatio(t.icon, t.surface) >= 4.5);
    }

    void theWeekViewPaintsFromTheTheme_data() { addThemeRows(); }
    void theWeekViewPaintsFromTheTheme()
    {
        QFETCH(ThemeId, id);
        apply(id);
        const Theme &t = Theme::get(id);
        models::Format::setDisplayZone(QTimeZone("Europe/Berlin"));
        ui::WeekView view;
        view.resize(900, 700);
        view.setWeek(QDate(2026, 11, 26)); // a fixed week, never today's: no today column
        ui::WeekItem free;
        free.id = QStringLiteral("free");
        free.startUtc = models::Format::parseUtc(QStringLiteral("2026-11-24T09:00:00Z"));
        free.endUtc = models::Format::parseUtc(QStringLiteral("2026-11-24T11:00:00Z"));
        free.title = QStringLiteral("Free");
        free.tone = QStringLiteral("positive");
        view.setItems({free});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QRect item = view.itemRect(QStringLiteral("free"));
        QVERIFY(!item.isNull());
        QWidget *grid = view.canvas();
        QVERIFY(grid);
        const QImage image = grabbed(grid);
        const QPoint inItem(item.right() - 6, item.bottom() - 4);
        QVERIFY2(
            near(image.pixel(inItem), t.positive.background),
            qPrintable(QColor(image.pixel(inItem)).name() + QLatin1String(" is not ") + t.positive.background.name()));
        // The grid's background is the palette's Base: most of the grid is that colour.
        QVERIFY(grid->palette().color(QPalette::Base) == t.surface);
        QVERIFY2(count(image, t.surface) > image.width() * image.height() / 2,
                 qPrintable(QStringLiteral("%1 pixels of %2").arg(count(image, t.surface)).arg(t.surface.name())));
        QVERIFY(count(image, t.border, 0) > 100); // hour and day lines
        if (id != ThemeId::Light)
            for (const QColor &light : lightSurfaces(t))
                QVERIFY2(count(image, light, 0) < 20, qPrintable(light.name()));
        models::Format::setDisplayZone(QTimeZone());
    }

    void chatBubblesPaintFromTheTheme_data() { addThemeRows(); }
    void chatBubblesPaintFromTheTheme()
    {
        QFETCH(ThemeId, id);
        apply(id);
        const Theme &t = Theme::get(id);
        auto lena
            = testing::signIn(m_server.baseUrl(), m_dir.filePath(ui::themeName(id) + ".ini"), testing::demoStudent);
        QVERIFY(lena->session->currentUser().isValid());
        QMainWindow window;
        window.setCentralWidget(new QWidget);
        QDockWidget *dock = ui::chat::createChatDock(lena->context(), &window);
        QVERIFY(dock);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        window.resize(900, 700);
        window.show();
        auto *pane = dock->findChild<ui::chat::ChatPane *>();
        QVERIFY(pane);
        auto *list = testing::findByName<QListView>(pane, "Conversations");
        QVERIFY(list);
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() >= 1, 15000);
        int row = -1;
        for (int i = 0; i < pane->conversations()->rowCount() && row < 0; ++i)
            if (pane->conversations()->index(i).data(models::ConversationListModel::TypeRole).toString()
                == "studentTutor")
                row = i;
        QVERIFY(row >= 0);
        list->setCurrentIndex(list->model()->index(row, 0));
        emit list->activated(list->currentIndex());
        auto *view = testing::findByName<QListView>(pane, "Messages");
        QVERIFY(view && view->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 3, 15000);
        // An own message, so that both kinds of bubble show.
        auto *input = testing::findByName<QPlainTextEdit>(pane, "Message");
        QVERIFY(input);
        input->setPlainText(QStringLiteral("Colours of %1").arg(ui::themeName(id)));
        QTest::keyClick(input, Qt::Key_Return);
        const int rows = view->model()->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > rows - 1
                                     && view->model()
                                            ->index(view->model()->rowCount() - 1, 0)
                                            .data(models::MessageListModel::IsMineRole)
                                            .toBool(),
                                 15000);
        view->scrollToBottom();
        QTest::qWait(50);
        const QImage image = grabbed(view->viewport());
        // The list's background is the palette's Base, own bubbles the soft accent, text the theme's.
        QCOMPARE(view->viewport()->palette().color(QPalette::Base), t.surface);
        QVERIFY2(count(image, t.surface) > image.width() * image.height() / 4,
                 "the list's background is the theme's surface");
        QVERIFY2(count(image, t.accentSoft) > 200, qPrintable("no own bubble in " + t.accentSoft.name()));
        if (id != ThemeId::Light)
            for (const QColor &light : lightSurfaces(t))
                QVERIFY2(count(image, light, 0) < 20, qPrintable(light.name() + QLatin1String(" in a dark chat")));
    }

    void analyticsChartsPaintFromTheTheme_data() { addThemeRows(); }
    void analyticsChartsPaintFromTheTheme()
    {
        QFETCH(ThemeId, id);
        apply(id);
        const Theme &t = Theme::get(id);
        admintest::AdminWindow w;
        QVERIFY(w.open(m_server.baseUrl()));
        auto *page = w.page<ui::admin::AnalyticsPage>(QStringLiteral("analytics"));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->data()->isLoading() && page->data()->rowCount() == 12, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(page->findChildren<QChartView *>().size(), 5, 5000);
        QChartView *chart = nullptr;
        auto visibleChart = [page] {
            const auto views = page->findChildren<QChartView *>();
            for (QChartView *v : views)
                if (v->isVisible())
                    return v;
            return static_cast<QChartView *>(nullptr);
        };
        QTRY_VERIFY_WITH_TIMEOUT((chart = visibleChart()), 5000);
        QTest::qWait(50);
        const QImage image = grabbed(chart);
        QVERIFY2(near(image.pixel(2, 2), t.surface), qPrintable(QColor(image.pixel(2, 2)).name()));
        QVERIFY2(count(image, t.surface) > image.width() * image.height() / 3, "the chart's background is the surface");
        QVERIFY2(count(image, t.text, 8) > 30, "titles and labels in the theme's text colour");
        // The demo's bars in the first series colour.
        QVERIFY2(count(image, t.series.at(0), 3) > 20, qPrintable("no bar in " + t.series.at(0).name()));
        if (id != ThemeId::Light)
            for (const QColor &light : lightSurfaces(t))
                QVERIFY2(count(image, light, 0) < 20, qPrintable(light.name() + QLatin1String(" in a dark chart")));
        // The main window around it: header and sidebar on the surface, the page on the window colour.
        auto *header = w.window->findChild<QWidget *>(QStringLiteral("HeaderBar"));
        QVERIFY(header);
        QVERIFY2(near(grabbed(header).pixel(3, 3), t.surface), "the header is the theme's surface");
        const QImage whole = grabbed(w.window.get());
        QVERIFY2(count(whole, t.window) > 1000, "the page background is the theme's window colour");
        // A main window with the app's settings offers the choice in its account menu (P45).
        ui::MainWindow withSettings(w.session.get(), &w.client, w.client.environment(), nullptr, w.settings.get());
        auto *themeMenu = withSettings.findChild<ui::ThemeMenu *>(QStringLiteral("themeMenu"));
        QVERIFY(themeMenu);
        QCOMPARE(themeMenu->parent(), withSettings.findChild<QMenu *>(QStringLiteral("accountMenu")));
        int choices = 0;
        for (QAction *a : themeMenu->actions())
            choices += a->isCheckable() ? 1 : 0;
        QCOMPARE(choices, 4);
    }

    void theAppearanceIsChosenInOrder()
    {
        using app::Appearance;
        Appearance::SystemHints none;
        QCOMPARE(Appearance::fromSystem(none), ThemeId::Light);
        Appearance::SystemHints dark;
        dark.colorScheme = 1;
        QCOMPARE(Appearance::fromSystem(dark), ThemeId::Dark);
        Appearance::SystemHints light;
        light.colorScheme = 2;
        light.platformWindow = QColor("#202020");
        QCOMPARE(Appearance::fromSystem(light), ThemeId::Light); // the portal wins over the palette
        Appearance::SystemHints contrast = dark;
        contrast.contrast = 1;
        QCOMPARE(Appearance::fromSystem(contrast), ThemeId::HighContrast);
        Appearance::SystemHints gnomeHc;
        gnomeHc.gnomeHighContrast = 1;
        QCOMPARE(Appearance::fromSystem(gnomeHc), ThemeId::HighContrast);
        Appearance::SystemHints gtk;
        gtk.colorScheme = 0;
        gtk.gtkTheme = QStringLiteral("Adwaita:dark");
        QCOMPARE(Appearance::fromSystem(gtk), ThemeId::Dark);
        gtk.gtkTheme = QStringLiteral("HighContrast");
        QCOMPARE(Appearance::fromSystem(gtk), ThemeId::HighContrast);
        gtk.gtkTheme = QStringLiteral("Adwaita");
        gtk.platformWindow = QColor("#202020");
        QCOMPARE(Appearance::fromSystem(gtk), ThemeId::Light);
        Appearance::SystemHints palette;
        palette.platformWindow = QColor("#2b2b2b");
        QCOMPARE(Appearance::fromSystem(palette), ThemeId::Dark);
        palette.platformWindow = QColor("#efefef");
        QCOMPARE(Appearance::fromSystem(palette), ThemeId::Light);

        // --theme, then TUTORHUB_THEME, then the saved choice, then the system; "system" hands over to the desktop.
        QCOMPARE(Appearance::resolve("dark", "light", "high-contrast", none), ThemeId::Dark);
        QCOMPARE(Appearance::resolve({}, "HC", "dark", none), ThemeId::HighContrast);
        QCOMPARE(Appearance::resolve({}, "nonsense", "dark", none), ThemeId::Dark);
        QCOMPARE(Appearance::resolve({}, {}, {}, dark), ThemeId::Dark);
        QCOMPARE(Appearance::resolve("system", "light", "light", dark), ThemeId::Dark);
        QCOMPARE(Appearance::resolve({}, {}, "light", dark), ThemeId::Light);
    }

    void theDesktopIsAskedThroughThePortal()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no session D-Bus (scripts/test.sh runs the suite under dbus-run-session)");
        QThread thread;
        FakePortal portal;
        portal.values.insert(QStringLiteral("org.freedesktop.appearance/color-scheme"), QVariant::fromValue(uint(1)));
        portal.values.insert(QStringLiteral("org.gnome.desktop.interface/gtk-theme"), QStringLiteral("Adwaita"));
        portal.moveToThread(&thread);
        bool registered = false;
        QObject::connect(&thread, &QThread::started, &portal, [&portal, &registered] {
            QDBusConnection bus
                = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-portal"));
            registered = bus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), &portal,
                                            QDBusConnection::ExportAllSlots)
                         && bus.registerService(QStringLiteral("org.freedesktop.portal.Desktop"));
        });
        thread.start();
        QTRY_VERIFY(registered);
        const app::Appearance::SystemHints hints = app::Appearance::systemHints();
        QThread *main = QThread::currentThread();
        QMetaObject::invokeMethod(
            &portal,
            [&portal, main] {
                QDBusConnection bus(QStringLiteral("fake-portal"));
                bus.unregisterService(QStringLiteral("org.freedesktop.portal.Desktop"));
                QDBusConnection::disconnectFromBus(QStringLiteral("fake-portal"));
                portal.moveToThread(main);
            },
            Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        QCOMPARE(hints.colorScheme, 1);
        QCOMPARE(hints.contrast, -1); // NotFound: not said
        QCOMPARE(hints.gtkTheme, QStringLiteral("Adwaita"));
        QCOMPARE(app::Appearance::fromSystem(hints), ThemeId::Dark);
    }

    void theCommandLineTakesATheme()
    {
        const QString program = QStringLiteral("tutorhub");
        app::CommandLineOptions o = app::CommandLine::parse({program, "--theme", "high-contrast"});
        QVERIFY(o.ok());
        QCOMPARE(o.theme, QStringLiteral("high-contrast"));
        o = app::CommandLine::parse({program, "--theme", "System"});
        QVERIFY(o.ok());
        QVERIFY(!o.theme.isNull() && o.theme.isEmpty());
        o = app::CommandLine::parse({program});
        QVERIFY(o.theme.isNull());
        o = app::CommandLine::parse({program, "--theme", "sepia"});
        QVERIFY(!o.ok());
        QVERIFY2(o.error.contains("sepia") && o.error.contains("high-contrast"), qPrintable(o.error));
        QVERIFY(app::CommandLine::helpText().contains("--theme"));
    }

    void theChooserSavesTheChoice()
    {
        apply(ThemeId::Light);
        QSettings settings(m_dir.filePath(QStringLiteral("chooser.ini")), QSettings::IniFormat);
        api::AppSettings settingsApp(&settings);
        ui::ThemeChooser chooser(&settingsApp);
        QSignalSpy restart(&chooser, &ui::ThemeChooser::restartNeeded);
        QVERIFY(chooser.menu());
        const auto actions = chooser.menu()->actions();
        auto action = [&](const QString &choice) -> QAction * {
            for (QAction *a : actions)
                if (!a->isSeparator() && a->data().toString() == choice && a->data().isValid())
                    return a;
            return nullptr;
        };
        QVERIFY(action(QString())->isChecked()); // nothing saved: like the system
        action(QStringLiteral("dark"))->trigger();
        QCOMPARE(settings.value(QLatin1String(api::AppSettings::Keys::theme)).toString(), QStringLiteral("dark"));
        QCOMPARE(app::Appearance::saved(m_dir.path() + QStringLiteral("/nowhere")), QString());
        QCOMPARE(restart.count(), 1);
        QVERIFY(restart.last().at(0).toString().contains(QStringLiteral("Dark")));
        action(QStringLiteral("dark"))->trigger(); // the same again: nothing to say
        QCOMPARE(restart.count(), 1);
        action(QString())->trigger();
        QVERIFY(!settings.contains(QLatin1String(api::AppSettings::Keys::theme)));
        QCOMPARE(restart.count(), 2);
        // The app reads the same key from --data-dir's settings.
        QSettings data(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        data.setValue(QLatin1String(api::AppSettings::Keys::theme), QStringLiteral("high-contrast"));
        data.sync();
        QCOMPARE(app::Appearance::saved(m_dir.path()), QStringLiteral("high-contrast"));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
