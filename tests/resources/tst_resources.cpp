// resources/ (issue 16, item 1; P1, P3): what the client compiles in is what resources/ holds. Every icon of
// resources/icons/ui is reachable through ui::themeIcon and renders; every icon name the sources ask for
// exists; the style sheet applyTheme() installs is resources/styles/tutorhub.qss with the theme's colours filled in.
#include "ui/common/theme.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace tutorhub;

class TestResources : public QObject
{
    Q_OBJECT

private:
    static QDir sourceDir() { return QDir(qEnvironmentVariable("TUTORHUB_SOURCE_DIR")); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("TUTORHUB_SOURCE_DIR"), "ctest sets TUTORHUB_SOURCE_DIR");
        QVERIFY(sourceDir().exists(QStringLiteral("resources/icons/ui")));
    }

    void everyIconIsCompiledIn()
    {
        const QStringList icons = QDir(sourceDir().filePath(QStringLiteral("resources/icons/ui")))
                                      .entryList({QStringLiteral("*.svg")}, QDir::Files);
        QVERIFY(icons.size() >= 20);
        for (const QString &file : icons) {
            const QString name = file.chopped(4);
            QFile compiled(ui::themeIconPath(name));
            QVERIFY2(compiled.open(QIODevice::ReadOnly), qPrintable(name));
            QFile source(sourceDir().filePath(QStringLiteral("resources/icons/ui/") + file));
            QVERIFY(source.open(QIODevice::ReadOnly));
            QCOMPARE(compiled.readAll(), source.readAll());
            const QIcon icon = ui::themeIcon(name);
            QVERIFY2(!icon.isNull(), qPrintable(name));
            const QImage image = icon.pixmap(24, 24).toImage();
            QVERIFY2(!image.isNull(), qPrintable(name));
            bool painted = false;
            for (int y = 0; y < image.height() && !painted; ++y)
                for (int x = 0; x < image.width() && !painted; ++x)
                    painted = qAlpha(image.pixel(x, y)) > 0;
            QVERIFY2(painted, qPrintable(name + QLatin1String(" renders empty")));
        }
        QVERIFY(ui::themeIcon(QStringLiteral("no-such-icon")).isNull());
    }

    void everyIconTheSourcesNameExists()
    {
        // themeIcon(QStringLiteral("x")) / themeIconPath(QStringLiteral("x")) and url(:/tutorhub/icons/x.svg).
        static const QRegularExpression call(
            QStringLiteral(R"re(themeIcon(?:Path)?\(\s*QStringLiteral\("([a-z0-9-]+)"\))re"));
        static const QRegularExpression url(QStringLiteral(R"re(:/tutorhub/icons/([a-z0-9-]+)\.svg)re"));
        QSet<QString> named;
        for (const QString &folder :
             {QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("resources/styles")}) {
            QDirIterator it(sourceDir().filePath(folder),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.qss")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                for (const QRegularExpression *re : {&call, &url}) {
                    auto m = re->globalMatch(text);
                    while (m.hasNext())
                        named.insert(m.next().captured(1));
                }
            }
        }
        QVERIFY2(named.contains(QStringLiteral("chevron-down")), "the style sheet's combo box arrow is found");
        for (const QString &name : std::as_const(named))
            QVERIFY2(QFile::exists(ui::themeIconPath(name)),
                     qPrintable(name + QLatin1String(" is named but not in resources/icons/ui")));
    }

    void theStyleSheetIsTheResourceFile()
    {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        QVERIFY(app);
        ui::applyTheme(*app);
        QFile source(sourceDir().filePath(QStringLiteral("resources/styles/tutorhub.qss")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        // The file with its ${role} colour placeholders filled from the theme (P41).
        const QString file = QString::fromUtf8(source.readAll());
        QVERIFY(file.contains(QLatin1String("QPushButton#PrimaryButton { background: ${accent};")));
        const QString applied = app->styleSheet();
        QCOMPARE(applied, ui::Theme::get(ui::ThemeId::Light).styleSheet());
        QVERIFY(applied.contains(QLatin1String("QPushButton#PrimaryButton { background: #2563eb;")));
        QVERIFY(!applied.contains(QLatin1String("${")));
        static const QRegularExpression placeholder(QStringLiteral(R"(\$\{[A-Za-z]+\})"));
        QCOMPARE(QString(file).remove(placeholder).size(),
                 QString(applied).remove(QRegularExpression(QStringLiteral("#[0-9a-f]{6}"))).size());
        QVERIFY(!app->windowIcon().isNull());
    }
};

QTEST_MAIN(TestResources)
#include "tst_resources.moc"
