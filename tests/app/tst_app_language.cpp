// The language of the windows (issue 16, P20-P22): the rule that picks it, --language, the translations
// compiled into the tutorhub executable (its help, its errors and its login window in French and Spanish,
// found by their translated text: English text means the .qm was not loaded), Qt's own translations for
// the standard buttons, and the language button that saves the choice for the next start.
#include "commandline.h"
#include "language.h"

#include "api/appsettings.h"
#include "ui/common/languagechooser.h"

#include <QDialogButtonBox>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tutorhub;
using app::Language;
using ui::LanguageChooser;

class TestLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // The real executable in a clean environment: an English "C" system unless env says otherwise,
    // settings in the temporary folder.
    Run run(const QStringList &args, const QStringList &env = {})
    {
        const QString bin = qEnvironmentVariable("TUTORHUB_APP_BIN");
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"TUTORHUB_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            e.remove(QString::fromLatin1(name));
        e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        e.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/config")));
        e.insert(QStringLiteral("TUTORHUB_TOKEN_STORE"), QStringLiteral("memory"));
        for (const QString &kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(bin, args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("TUTORHUB_APP_BIN")),
                 "TUTORHUB_APP_BIN must name the tutorhub executable");
    }

    void resolveFollowsTheOrder_data()
    {
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        const QStringList german {"de-AT", "en-US"};
        QTest::newRow("command line first") << "fr"
                                            << "es"
                                            << "de" << german << "fr";
        QTest::newRow("then the environment") << ""
                                              << "es_ES"
                                              << "de" << german << "es";
        QTest::newRow("then the saved choice") << ""
                                               << ""
                                               << "fr" << german << "fr";
        QTest::newRow("then the system") << ""
                                         << ""
                                         << "" << german << "de";
        QTest::newRow("first system language we have") << ""
                                                       << ""
                                                       << "" << QStringList {"it-IT", "es-MX", "de"} << "es";
        QTest::newRow("English before a later one") << ""
                                                    << ""
                                                    << "" << QStringList {"en-GB", "fr-FR"} << "en";
        QTest::newRow("none we have: English") << ""
                                               << ""
                                               << "" << QStringList {"it-IT", "pt-BR"} << "en";
        QTest::newRow("unknown values are skipped") << ""
                                                    << "xx"
                                                    << "klingon" << QStringList {"fr-CA"} << "fr";
    }

    void resolveFollowsTheOrder()
    {
        QFETCH(QString, commandLine);
        QFETCH(QString, environment);
        QFETCH(QString, saved);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(Language::resolve(commandLine, environment, saved, system), expected);
    }

    void commandLineOption()
    {
        auto parse = [](const QStringList &args) { return app::CommandLine::parse(QStringList {"tutorhub"} + args); };
        QCOMPARE(parse({"--language", "FR_fr"}).language, QStringLiteral("fr"));
        QCOMPARE(parse({"--language=es-MX"}).language, QStringLiteral("es"));
        QVERIFY(parse({}).language.isEmpty());
        const app::CommandLineOptions bad = parse({"--language", "it"});
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.contains(QStringLiteral("\"it\"")) && bad.error.contains(QStringLiteral("fr")),
                 qPrintable(bad.error));
        QVERIFY(app::CommandLine::helpText().contains(QStringLiteral("--language")));
    }

    void helpInEachLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << "en"
                            << "Show this help.";
        QTest::newRow("de") << "de"
                            << "Diese Hilfe anzeigen.";
        QTest::newRow("fr") << "fr"
                            << "Afficher cette aide.";
        QTest::newRow("es") << "es"
                            << "Mostrar esta ayuda.";
    }

    void helpInEachLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        const Run r = run({"--language", code, "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
        if (code != QLatin1String("en"))
            QVERIFY2(!r.out.contains(QStringLiteral("Show this help.")), qPrintable(r.out));
    }

    void systemEnvironmentAndSavedChoice()
    {
        const QString french = QStringLiteral("Afficher cette aide.");
        const QString spanish = QStringLiteral("Mostrar esta ayuda.");
        // The system's language (LANG), and English for one TutorHub lacks.
        QVERIFY(run({"--help"}, {"LANG=es_ES.UTF-8"}).out.contains(spanish));
        QVERIFY(run({"--help"}, {"LANG=it_IT.UTF-8"}).out.contains(QStringLiteral("Show this help.")));
        // The choice saved in the settings of --data-dir beats the system's.
        const QString data = m_dir.filePath(QStringLiteral("saved"));
        {
            QSettings s(data + QStringLiteral("/settings.ini"), QSettings::IniFormat);
            s.setValue(QLatin1String(api::AppSettings::Keys::language), QStringLiteral("fr"));
        }
        QVERIFY(run({"--data-dir", data, "--help"}, {"LANG=es_ES.UTF-8"}).out.contains(french));
        // TUTORHUB_LANGUAGE beats the saved choice; --language beats both.
        QVERIFY(run({"--data-dir", data, "--help"}, {"TUTORHUB_LANGUAGE=es"}).out.contains(spanish));
        QVERIFY(run({"--data-dir", data, "--language", "de", "--help"}, {"TUTORHUB_LANGUAGE=es"})
                    .out.contains(QStringLiteral("Diese Hilfe anzeigen.")));
    }

    void errorsInTheChosenLanguage()
    {
        Run r = run({"--language", "fr", "--environment", "nowhere"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Environnement inconnu «\u00a0nowhere\u00a0»")), qPrintable(r.err));
        r = run({"--language", "es", "--environment", "nowhere"});
        QVERIFY2(r.err.contains(QStringLiteral("Entorno desconocido «nowhere»")), qPrintable(r.err));
        r = run({"--language", "xx"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Unknown language \"xx\"")), qPrintable(r.err));
    }

    void loginWindowInFrenchAndSpanish_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("title");
        QTest::newRow("fr") << "fr" << QStringLiteral("Connexion – TutorHub");
        QTest::newRow("es") << "es" << QStringLiteral("Iniciar sesión – TutorHub");
    }

    void loginWindowInFrenchAndSpanish()
    {
        QFETCH(QString, code);
        QFETCH(QString, title);
        // The start-up probe prints the first window's title once it is painted, then quits.
        const Run r = run(
            {"--environment", "local", "--data-dir", m_dir.filePath(code), "--language", code},
            {"TUTORHUB_PROBE=login", "TUTORHUB_SERVER_BIN=/nonexistent/tutorhub-server", "QT_QPA_PLATFORM=offscreen"});
        QVERIFY2(r.out.contains(QStringLiteral("shown=login")), qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("title=") + title), qPrintable(r.out));
    }

    void qtAndOwnTranslationsInstalled()
    {
        const QString qm = qEnvironmentVariable("TUTORHUB_QM_DIR");
        auto cancelText = [] {
            QDialogButtonBox box(QDialogButtonBox::Cancel);
            return box.button(QDialogButtonBox::Cancel)->text();
        };
        auto help = [] { return QCoreApplication::translate("tutorhub::app::CommandLine", "Show this help."); };
        QVERIFY(Language::install(QStringLiteral("fr"), qm));
        QCOMPARE(cancelText(), QStringLiteral("Annuler"));
        QCOMPARE(help(), QStringLiteral("Afficher cette aide."));
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(LanguageChooser::activeCode(), QStringLiteral("fr"));
        QVERIFY(Language::install(QStringLiteral("es"), qm)); // replaces French
        QCOMPARE(cancelText(), QStringLiteral("Cancelar"));
        QCOMPARE(help(), QStringLiteral("Mostrar esta ayuda."));
        QVERIFY(Language::install(QStringLiteral("en"), qm));
        QCOMPARE(cancelText(), QStringLiteral("Cancel"));
        QCOMPARE(help(), QStringLiteral("Show this help."));
        QCOMPARE(LanguageChooser::activeCode(), QStringLiteral("en"));
        // English plurals come from tutorhub_en (P26): "1 minute", "5 minutes", never "minute(s)".
        auto minutes = [](int n) {
            return QCoreApplication::translate("tutorhub::ui::LessonRemindersController", "%n minute(s) before",
                                               nullptr, n);
        };
        QCOMPARE(minutes(1), QStringLiteral("1 minute before"));
        QCOMPARE(minutes(5), QStringLiteral("5 minutes before"));
        // A folder without the translation: said, not hidden.
        QVERIFY(!Language::install(QStringLiteral("de"), m_dir.filePath(QStringLiteral("empty"))));
        QCOMPARE(help(), QStringLiteral("Show this help."));
        Language::install(QStringLiteral("en"), qm);
    }

    void chooserSavesTheChoiceForTheNextStart()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("chooser.ini")), QSettings::IniFormat);
        api::AppSettings settingsApp(&settings);
        Language::install(QStringLiteral("en"));
        LanguageChooser chooser(&settingsApp);
        QVERIFY2(chooser.text().startsWith(QStringLiteral("English")), qPrintable(chooser.text()));
        QSignalSpy note(&chooser, &LanguageChooser::restartNeeded);
        auto action = [&](const QString &text) -> QAction * {
            for (QAction *a : chooser.menu()->actions())
                if (a->text() == text)
                    return a;
            return nullptr;
        };
        QVERIFY(action(QStringLiteral("Deutsch")) && action(QStringLiteral("Español"))
                && action(QStringLiteral("System language")));
        action(QStringLiteral("Français"))->trigger();
        QCOMPARE(settings.value(QLatin1String(api::AppSettings::Keys::language)).toString(), QStringLiteral("fr"));
        QCOMPARE(note.count(), 1);
        QVERIFY2(note.first().first().toString().contains(QStringLiteral("Français")),
                 qPrintable(note.first().first().toString()));
        action(QStringLiteral("English"))->trigger(); // the language in use: nothing to restart for
        QCOMPARE(settings.value(QLatin1String(api::AppSettings::Keys::language)).toString(), QStringLiteral("en"));
        QCOMPARE(note.count(), 1);
        action(QStringLiteral("System language"))->trigger();
        QVERIFY(!settings.contains(QLatin1String(api::AppSettings::Keys::language)));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_app_language.moc"
