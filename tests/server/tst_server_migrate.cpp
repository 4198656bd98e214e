// `tutorhub-server migrate` (issue 18 item 3, decision DB11): a Local data set (the demo data, plus a JSON text an
// older version kept as a blob) copied into a new database with nothing lost — every table's row count and its
// rows compared here by their own query, not by the command's checksum — and refused into a database that holds
// data. Plain: into a new SQLite file; as tst_server_migrate@postgresql: into a new PostgreSQL database.
#include "../support/postgrestest.h"
#include "auth/sessions.h"
#include "auth/userschema.h"
#include "db/database.h"
#include "db/migrations.h"
#include "db/repository.h"
#include "db/transfer.h"
#include "server/server.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace tutorhub::server;

namespace {

// Every row of a table as sorted text lines (columns by name, values as text): what must survive the copy.
QStringList rowsOf(const Database &db, const QString &table)
{
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT * FROM %1").arg(table));
    QStringList out;
    while (q.next()) {
        QStringList cells;
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i) {
            const QVariant v = q.value(i);
            const QString text = v.isNull()                            ? QStringLiteral("<null>")
                                 : v.typeId() == QMetaType::QByteArray ? QString::fromUtf8(v.toByteArray())
                                 : v.typeId() == QMetaType::Double     ? QString::number(v.toDouble(), 'g', 17)
                                                                       : v.toString();
            cells << r.fieldName(i).toLower() + QLatin1Char('=') + text;
        }
        cells.sort();
        out << cells.join(QLatin1Char('|'));
    }
    out.sort();
    return out;
}

} // namespace

class TestServerMigrate : public QObject
{
    Q_OBJECT

private slots:
    void localDataSetCopiedWithNothingLost()
    {
        const QString bin = qEnvironmentVariable("TUTORHUB_SERVER_BIN");
        QVERIFY2(!bin.isEmpty(), "TUTORHUB_SERVER_BIN is not set");
        QTemporaryDir local, copyDir;
        {
            ServerOptions o;
            o.dataDir = local.path();
            o.demo = true;
            o.logRequests = false;
            Server server(o);
            QString why;
            QVERIFY2(server.start(&why), qPrintable(why));
            // A signed-in session: its row refers to its user, so the copy must bring users first.
            const auto lena = server.repository().findOne(userSchema(), QStringLiteral("email = ?"),
                                                          {QStringLiteral("lena.fischer@tutorhub.local")});
            QVERIFY(lena);
            QVERIFY(!server.sessions().create(*lena).token.isEmpty());
        }
        const QString source = local.filePath(QStringLiteral("tutorhub.sqlite"));
        {
            Database db;
            QVERIFY(db.open(source, allMigrations()));
            QSqlQuery q(db.db());
            // A JSON text kept as a blob, as a version before the text binding did.
            QVERIFY(q.exec(QStringLiteral("UPDATE notifications SET refs = CAST(refs AS BLOB)")));
            QVERIFY(q.numRowsAffected() > 0);
        }
        QString error;
        QString target = tutorhub::test::postgres::baseUrl().isEmpty()
                             ? copyDir.filePath(QStringLiteral("copy.sqlite"))
                             : tutorhub::test::postgres::createDatabase(&error);
        QVERIFY2(!target.isEmpty(), qPrintable(error));

        QProcess p;
        p.start(bin, {QStringLiteral("migrate"), QStringLiteral("--from"), QStringLiteral("sqlite:") + source,
                      QStringLiteral("--to"), target});
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("every table copied and equal")), qPrintable(out));

        Database from, to;
        QVERIFY(from.open(source, allMigrations()));
        QVERIFY2(to.open(target, allMigrations(), &error), qPrintable(error));
        const QStringList tables = dataTables(from);
        QVERIFY(tables.contains(QLatin1String("users")) && tables.contains(QLatin1String("chatMessages")));
        int nonEmpty = 0;
        for (const QString &table : tables) {
            if (table == QLatin1String("serverSecrets"))
                continue; // the signing key, carried over on PostgreSQL: below
            const QStringList a = rowsOf(from, table), b = rowsOf(to, table);
            QVERIFY2(a == b, qPrintable(QStringLiteral("%1: %2 rows, copy %3").arg(table).arg(a.size()).arg(b.size())));
            nonEmpty += a.isEmpty() ? 0 : 1;
        }
        QVERIFY(nonEmpty >= 20); // the demo data fills most tables
        // DB9: on PostgreSQL the data set's signing key is the database's now, so the app's tokens stay valid.
        if (!tutorhub::test::postgres::baseUrl().isEmpty()) {
            QFile key(local.filePath(QStringLiteral("jwt-private.pem")));
            QVERIFY(key.open(QIODevice::ReadOnly));
            QSqlQuery k(to.db());
            QVERIFY(k.exec(QStringLiteral("SELECT value FROM serverSecrets WHERE name = 'jwt-private'")) && k.next());
            QCOMPARE(k.value(0).toString().toLatin1(), key.readAll());
        }

        // A second copy into the same database is refused, and nothing changes there.
        const QStringList usersBefore = rowsOf(to, QStringLiteral("users"));
        p.start(bin, {QStringLiteral("migrate"), QStringLiteral("--from"), source, QStringLiteral("--to"), target});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("already holds data")));
        QCOMPARE(rowsOf(to, QStringLiteral("users")), usersBefore);

        // A server starts on the copy with the same data.
        {
            ServerOptions o;
            o.dataDir = copyDir.path();
            o.database = target;
            o.logRequests = false;
            Server server(o);
            QString why;
            QVERIFY2(server.start(&why), qPrintable(why));
            QVERIFY(server.repository().findOne(userSchema(), QStringLiteral("email = ?"),
                                                {QStringLiteral("lena.fischer@tutorhub.local")}));
        }
        to.close();
        if (!tutorhub::test::postgres::baseUrl().isEmpty())
            tutorhub::test::postgres::dropDatabase(target);
    }
};

QTEST_GUILESS_MAIN(TestServerMigrate)
#include "tst_server_migrate.moc"
