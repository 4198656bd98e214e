// The launcher of the bundled server: failure paths with stand-in programs (missing, not executable,
// dies while starting, dies later, ignores SIGTERM), and a real start/stop of tutorhub-server.
#include "instanceprover.h"
#include "localserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using tutorhub::app::LocalServer;

class TestLocalServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString script(const QString &name, const QByteArray &body, bool executable = true)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("#!/bin/sh\n" + body);
        f.close();
        if (executable)
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        return path;
    }

    // A stand-in that hands its instance secret to `prover` and reports the prover's port.
    QByteArray announce(const InstanceProver &prover, const QString &secretFile)
    {
        return "printf '%s' \"$TUTORHUB_INSTANCE_SECRET\" > '" + secretFile.toUtf8()
               + "'\n"
                 "echo 'tutorhub-server listening on http://127.0.0.1:"
               + QByteArray::number(prover.port()) + "'\n";
    }

    static void expectFailure(LocalServer &server, const QString &mentions)
    {
        QSignalSpy failed(&server, &LocalServer::failed);
        QSignalSpy started(&server, &LocalServer::started);
        server.start();
        QCOMPARE(failed.count(), 0); // always asynchronous
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(started.count(), 0);
        QCOMPARE(server.state(), LocalServer::State::Failed);
        const QString message = failed.first().first().toString();
        QCOMPARE(server.errorMessage(), message);
        QVERIFY2(message.contains(mentions), qPrintable(message));
        QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void missingProgramIsAClearError()
    {
        LocalServer server;
        server.setProgram(m_dir.filePath(QStringLiteral("no-such-dir/tutorhub-server")));
        server.setDataDirectory(m_dir.filePath(QStringLiteral("data1")));
        expectFailure(server, QStringLiteral("could not find its local server"));
    }

    void notExecutable()
    {
        LocalServer server;
        server.setProgram(script(QStringLiteral("plain"), "exit 0\n", false));
        server.setDataDirectory(m_dir.filePath(QStringLiteral("data2")));
        expectFailure(server, QStringLiteral("tutorhub-server"));
    }

    void diesWhileStarting()
    {
        LocalServer server;
        server.setProgram(script(QStringLiteral("dies"), "echo 'database is locked' >&2\nexit 3\n"));
        server.setDataDirectory(m_dir.filePath(QStringLiteral("data3")));
        expectFailure(server, QStringLiteral("exit code 3"));
        QVERIFY(server.recentLog().join(QLatin1Char('\n')).contains(QStringLiteral("database is locked")));
    }

    void startTimeout()
    {
        LocalServer server;
        server.setProgram(script(QStringLiteral("silent"), "exec sleep 30\n"));
        server.setDataDirectory(m_dir.filePath(QStringLiteral("data4")));
        server.setStartTimeout(1000);
        expectFailure(server, QStringLiteral("1 second"));
    }

    void readsPortAndPassesArguments()
    {
        const QString argsFile = m_dir.filePath(QStringLiteral("args.txt"));
        LocalServer server;
        const QString secretFile = m_dir.filePath(QStringLiteral("secret5"));
        InstanceProver prover(secretFile);
        QVERIFY(prover.isListening());
        server.setProgram(script(QStringLiteral("fake"), "echo \"$@\" > '" + argsFile.toUtf8()
                                                             + "'\n"
                                                               "echo 'some log line' >&2\n"
                                                             + announce(prover, secretFile) + "exec sleep 30\n"));
        server.setDataDirectory(m_dir.filePath(QStringLiteral("data5")));
        server.setDemo(true);
        QSignalSpy started(&server, &LocalServer::started);
        server.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        QCOMPARE(server.url(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(prover.port())));
        QFile secret(secretFile); // SEC48: a fresh 256-bit secret in the environment, never in the arguments
        QVERIFY(secret.open(QIODevice::ReadOnly));
        QCOMPARE(secret.readAll().size(), 64);
        QVERIFY(server.isRunning());
        QFile f(argsFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()).trimmed(),
                 QStringLiteral("--port 0 --data %1 --demo").arg(m_dir.filePath(QStringLiteral("data5"))));
        server.stop();
        QCOMPARE(server.state(), LocalServer::State::NotRunning);
    }

    void deathAfterStartIsReported()
    {
        LocalServer server;
        const QString secretFile = m_dir.filePath(QStringLiteral("secret6"));
        InstanceProver prover(secretFile);
        server.setProgram(script(QStringLiteral("crashes"), announce(prover, secretFile) + "sleep 0.5\nexit 1\n"));
        server.setDataDirectory(m_dir.filePath(QStringLiteral("data6")));
        QSignalSpy started(&server, &LocalServer::started);
        QSignalSpy crashed(&server, &LocalServer::crashed);
        server.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(crashed.count(), 1, 10000);
        QVERIFY(crashed.first().first().toString().contains(QStringLiteral("stopped unexpectedly")));
        QVERIFY(!server.isRunning());
        QVERIFY(server.url().isEmpty()); // SEC48: nothing points at the dead server's port any more
    }

    // SEC48: a program on the reported port that does not know this launch's secret is refused.
    void impostorOnThePortIsRefused()
    {
        const QString secretFile = m_dir.filePath(QStringLiteral("secret8"));
        InstanceProver impostor(secretFile, true);
        LocalServer server;
        server.setProgram(script(QStringLiteral("impostor"), announce(impostor, secretFile) + "exec sleep 30\n"));
        server.setDataDirectory(m_dir.filePath(QStringLiteral("data8")));
        expectFailure(server, QStringLiteral("Another program answered"));
        QVERIFY(impostor.connections > 0);
        QVERIFY(server.url().isEmpty());
        QVERIFY(!impostor.received.contains("uthorization"));
    }

    void stopKillsAServerThatIgnoresTerminate()
    {
        LocalServer server;
        const QString secretFile = m_dir.filePath(QStringLiteral("secret7"));
        InstanceProver prover(secretFile);
        server.setProgram(script(QStringLiteral("stubborn"),
                                 "trap '' TERM\n" + announce(prover, secretFile) + "while true; do sleep 0.1; done\n"));
        server.setDataDirectory(m_dir.filePath(QStringLiteral("data7")));
        QSignalSpy started(&server, &LocalServer::started);
        QSignalSpy crashed(&server, &LocalServer::crashed);
        server.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        QElapsedTimer t;
        t.start();
        server.stop(300);
        QVERIFY(t.elapsed() < 3000);
        QCOMPARE(server.state(), LocalServer::State::NotRunning);
        QCOMPARE(crashed.count(), 0); // a requested stop is not a crash
    }

    void findProgramPrefersTheEnvironment()
    {
        const QByteArray old = qgetenv("TUTORHUB_SERVER_BIN");
        qputenv("TUTORHUB_SERVER_BIN", "/opt/somewhere/tutorhub-server");
        QCOMPARE(LocalServer::findProgram(), QStringLiteral("/opt/somewhere/tutorhub-server"));
        qputenv("TUTORHUB_SERVER_BIN", old);
        QVERIFY(LocalServer::defaultDataDirectory().endsWith(QStringLiteral("/local-server")));
    }

    void realServerStartsAndStops()
    {
        const QString bin = qEnvironmentVariable("TUTORHUB_SERVER_BIN");
        if (bin.isEmpty())
            QSKIP("TUTORHUB_SERVER_BIN is not set (server part not built)");
        LocalServer server;
        server.setProgram(bin);
        server.setDataDirectory(m_dir.filePath(QStringLiteral("real")));
        server.setDemo(true);
        QSignalSpy started(&server, &LocalServer::started);
        server.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30000);
        QVERIFY(server.url().port() > 0);
        QNetworkAccessManager nam;
        QNetworkReply *reply
            = nam.get(QNetworkRequest(QUrl(server.url().toString() + QStringLiteral("/auth-api/health"))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
        server.stop();
        QCOMPARE(server.state(), LocalServer::State::NotRunning);
    }

    // SEC48: the child dies, another server takes its old port; the restarted child is a new,
    // verified instance on its own port, and the impostor on the old one is never trusted.
    void restartAfterDeathIsANewVerifiedInstance()
    {
        const QString bin = qEnvironmentVariable("TUTORHUB_SERVER_BIN");
        if (bin.isEmpty())
            QSKIP("TUTORHUB_SERVER_BIN is not set (server part not built)");
        const QString pidFile = m_dir.filePath(QStringLiteral("child.pid"));
        LocalServer server;
        server.setProgram(script(QStringLiteral("wrapped"),
                                 "echo $$ > '" + pidFile.toUtf8() + "'\nexec '" + bin.toUtf8() + "' \"$@\"\n"));
        server.setDataDirectory(m_dir.filePath(QStringLiteral("restart")));
        QSignalSpy started(&server, &LocalServer::started);
        QSignalSpy crashed(&server, &LocalServer::crashed);
        server.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30000);
        const QUrl first = server.url();
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 pid = f.readAll().trimmed().toLongLong();
        QVERIFY(pid > 1);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0); // the child we started
        QTRY_COMPARE_WITH_TIMEOUT(crashed.count(), 1, 10000);
        QVERIFY(server.url().isEmpty());

        // Another tutorhub-server (its own data, no secret of ours) takes the old port.
        QProcess other;
        other.setProgram(bin);
        other.setArguments({QStringLiteral("--port"), QString::number(first.port()), QStringLiteral("--data"),
                            m_dir.filePath(QStringLiteral("other")), QStringLiteral("--quiet")});
        other.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        other.start();
        QVERIFY(other.waitForReadyRead(20000));
        QVERIFY(other.readAllStandardOutput().contains(QByteArray::number(first.port())));

        server.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 30000);
        QVERIFY(server.url() != first);
        QVERIFY(server.isRunning());
        server.stop();
        other.terminate();
        QVERIFY(other.waitForFinished(5000));
    }
};

QTEST_GUILESS_MAIN(TestLocalServer)
#include "tst_localserver.moc"
