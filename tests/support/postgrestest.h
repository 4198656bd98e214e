// The server tests on PostgreSQL (issue 18, decision DB7): a `<test>@postgresql` variant (tutorhub_add_postgresql)
// runs with TUTORHUB_TEST_POSTGRESQL set to the test cluster's maintenance URL (scripts/postgres-cluster.sh, a real
// PostgreSQL from Debian's package, started once per ctest run by the postgresql_cluster fixture). Every server a
// test starts gets a database of its own, created here with psql and dropped when the server is gone.
// Header-only, Qt Core only: the contract tests link no server code.
#pragma once

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QUrl>

namespace tutorhub::test::postgres {

// The cluster's maintenance URL, or empty when the tests run on SQLite.
inline QString baseUrl()
{
    return qEnvironmentVariable("TUTORHUB_TEST_POSTGRESQL");
}

inline bool psql(const QString &url, const QString &sql, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
             QStringLiteral("-d"), url, QStringLiteral("-c"), sql});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("psql %1: %2").arg(sql, QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

// A new empty database in the test cluster; its URL (empty with *error on failure).
inline QString createDatabase(QString *error)
{
    const QString base = baseUrl();
    const QString name
        = QStringLiteral("th_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    if (!psql(base, QStringLiteral("CREATE DATABASE %1").arg(name), error))
        return {};
    QUrl u(base);
    u.setPath(QLatin1Char('/') + name);
    return u.toString();
}

inline void dropDatabase(const QString &url)
{
    const QString name = QUrl(url).path().mid(1);
    if (!name.startsWith(QLatin1String("th_")))
        return;
    psql(baseUrl(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), nullptr);
}

// For a server a test builds from ServerOptions itself: on <test>@postgresql a new database, named in
// <dataDir>/test-database-url for the helpers that reach into it (lessontime.h); on SQLite an empty string (the
// server's own file). Empty with *error set on a failure. Left to the cluster's removal at the end of the run.
inline QString databaseFor(const QString &dataDir, QString *error)
{
    if (baseUrl().isEmpty())
        return {};
    const QString url = createDatabase(error);
    if (url.isEmpty())
        return {};
    QFile f(dataDir + QStringLiteral("/test-database-url"));
    if (!f.open(QIODevice::WriteOnly) || f.write(url.toUtf8()) < 0) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(f.fileName());
        return {};
    }
    return url;
}

} // namespace tutorhub::test::postgres
