#include "commandline.h"

#include <QTest>

using tutorhub::app::CommandLine;
using tutorhub::app::CommandLineOptions;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("serverUrl");
        QTest::addColumn<QString>("dataDir");
        QTest::addColumn<bool>("demo");

        QTest::newRow("nothing") << QStringList {} << QString() << QString() << QString() << false;
        QTest::newRow("local demo") << QStringList {"--environment", "local", "--demo"} << "local" << QString()
                                    << QString() << true;
        QTest::newRow("production") << QStringList {"--environment", "Production"} << "production" << QString()
                                    << QString() << false;
        QTest::newRow("staging =") << QStringList {"--environment=staging"} << "staging" << QString() << QString()
                                   << false;
        QTest::newRow("custom") << QStringList {"--environment", "custom", "--server-url", "tutorhub.example.org"}
                                << "custom"
                                << "https://tutorhub.example.org" << QString() << false;
        QTest::newRow("running local") << QStringList {"--server-url", "http://127.0.0.1:4321"} << "local"
                                       << "http://127.0.0.1:4321" << QString() << false;
        QTest::newRow("data dir") << QStringList {"--data-dir", "/tmp/x", "--environment", "preview"} << "preview"
                                  << QString() << "/tmp/x" << false;
    }
    void valid()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, environment);
        QFETCH(QString, serverUrl);
        QFETCH(QString, dataDir);
        QFETCH(bool, demo);
        const CommandLineOptions o = CommandLine::parse(QStringList {"tutorhub"} + args);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.effectiveEnvironmentId(), environment);
        QCOMPARE(o.serverUrl.toString(), serverUrl);
        QCOMPARE(o.dataDir, dataDir);
        QCOMPARE(o.demo, demo);
        QVERIFY(!o.showHelp);
        QVERIFY(!o.showVersion);
    }

    void invalid_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown env") << QStringList {"--environment", "moon"} << "moon";
        QTest::newRow("custom without url") << QStringList {"--environment", "custom"} << "--server-url";
        QTest::newRow("url with production")
            << QStringList {"--environment", "production", "--server-url", "http://x.org"} << "--server-url";
        QTest::newRow("bad url") << QStringList {"--server-url", "ftp://"} << "ftp://";
        QTest::newRow("unknown option") << QStringList {"--frobnicate"} << "--help";
        QTest::newRow("positional") << QStringList {"extra"} << "extra";
        QTest::newRow("missing value") << QStringList {"--environment"} << "--help";
        // SEC47: plain http only to this computer.
        QTest::newRow("custom over http")
            << QStringList {"--environment", "custom", "--server-url", "http://tutorhub.example.org"} << "https://";
        QTest::newRow("local over http on the network")
            << QStringList {"--server-url", "http://192.168.1.5:8080"} << "https://";
        QTest::newRow("demo with url") << QStringList {"--demo", "--server-url", "http://127.0.0.1:1"} << "--demo";
    }
    void invalid()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const CommandLineOptions o = CommandLine::parse(QStringList {"tutorhub"} + args);
        QVERIFY(!o.ok());
        QVERIFY2(o.error.contains(mentions), qPrintable(o.error));
        QVERIFY2(o.error.endsWith(QLatin1Char('.')), qPrintable(o.error));
    }

    void helpAndVersion()
    {
        QVERIFY(CommandLine::parse({"tutorhub", "--help"}).showHelp);
        QVERIFY(CommandLine::parse({"tutorhub", "-h"}).showHelp);
        QVERIFY(CommandLine::parse({"tutorhub", "--version"}).showVersion);
        const QString help = CommandLine::helpText();
        for (const char *option : {"--environment", "--server-url", "--data-dir", "--demo", "--version", "--help"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
        QVERIFY(CommandLine::versionText().contains(QStringLiteral(TUTORHUB_VERSION)));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
