// Database internals: versioned migrations (upgrade keeps data, failures roll back), the generic
// repository and list queries derived from schema descriptors.
#include "auth/userschema.h"
#include "core/apierror.h"
#include "db/database.h"
#include "db/migrations.h"
#include "db/repository.h"
#include "http/listquery.h"
#include "server/server.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace tutorhub::server;

namespace {

bool hasColumn(QSqlDatabase db, const QString &table, const QString &column)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q.next())
        if (q.value(1).toString() == column)
            return true;
    return false;
}

QVariantMap userValues(const QString &email, const QString &name, const QString &role = QStringLiteral("user"))
{
    return {{QStringLiteral("email"), email},
            {QStringLiteral("password"), QStringLiteral("x")},
            {QStringLiteral("fullname"), name},
            {QStringLiteral("roleId"), role},
            {QStringLiteral("emailVerified"), 1},
            {QStringLiteral("tutorApplicationStatus"), QStringLiteral("none")},
            {QStringLiteral("accountStatus"), QStringLiteral("active")}};
}

} // namespace

class TestServerDb : public QObject
{
    Q_OBJECT

private slots:
    void migrationsAreOrdered()
    {
        const auto all = allMigrations();
        QVERIFY(all.size() >= 2);
        // Strictly increasing from 1; version numbers are assigned in blocks, so gaps are allowed.
        QCOMPARE(all.first().version, 1);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY2(all[i].version > all[i - 1].version, qPrintable(QString::number(all[i].version)));
    }

    void freshDatabaseGetsLatestVersion()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath("a.sqlite"), allMigrations(), &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), allMigrations().last().version);
        QVERIFY(hasColumn(db.db(), "tutorProfiles", "experience"));
    }

    // A database written by an older server (only migration 1) is upgraded and keeps its rows.
    void olderDatabaseIsUpgradedKeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.sqlite");
        QString id;
        {
            Database old;
            QVERIFY(old.open(path, allMigrations().mid(0, 1)));
            QCOMPARE(old.schemaVersion(), 1);
            QVERIFY(!hasColumn(old.db(), "tutorProfiles", "tutorId"));
            Repository repo(old.db());
            id = repo.insert(userSchema(), userValues("old@example.org", "Old Timer"), QString()).value("id").toString();
        }
        {
            Database now;
            QString error;
            QVERIFY2(now.open(path, allMigrations(), &error), qPrintable(error));
            QCOMPARE(now.schemaVersion(), allMigrations().last().version);
            QVERIFY(hasColumn(now.db(), "verificationCodes", "code"));
            QVERIFY(hasColumn(now.db(), "tutorProfiles", "profilePhoto"));
            Repository repo(now.db());
            const auto u = repo.get(userSchema(), id);
            QVERIFY(u.has_value());
            QCOMPARE(u->value("email").toString(), QStringLiteral("old@example.org"));
        }
    }

    // The whole server opens an old data directory and upgrades it.
    void serverUpgradesOldDataDir()
    {
        QTemporaryDir dir;
        {
            Database old;
            QVERIFY(old.open(QDir(dir.path()).filePath("tutorhub.sqlite"), allMigrations().mid(0, 2)));
            Repository(old.db()).insert(userSchema(), userValues("keep@example.org", "Keep Me"), QString());
        }
        Server server(ServerOptions{0, dir.path(), true, false});
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QCOMPARE(server.database().schemaVersion(), allMigrations().last().version);
        QVERIFY(server.repository().findOne(userSchema(), "email = ?", {"keep@example.org"}).has_value());
        QVERIFY(server.repository().findOne(userSchema(), "email = ?", {"admin@tutorhub.local"}).has_value());
        server.stop();
    }

    // A failing migration leaves the database at the previous version, without half-applied changes.
    void failedMigrationRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("b.sqlite");
        QList<Migration> list = allMigrations().mid(0, 1);
        list.append({2, "broken", {"CREATE TABLE halfway (x INTEGER)", "THIS IS NOT SQL"}});
        {
            Database db;
            QString error;
            QVERIFY(!db.open(path, list, &error));
            QVERIFY(error.contains("migration 2"));
        }
        Database db;
        QVERIFY(db.open(path, allMigrations().mid(0, 1)));
        QCOMPARE(db.schemaVersion(), 1);
        QSqlQuery q(db.db());
        QVERIFY(!q.exec("SELECT * FROM halfway"));
    }

    void demoSeedIsIdempotentAndFast()
    {
        QTemporaryDir dir;
        QElapsedTimer t;
        t.start();
        {
            Server server(ServerOptions{0, dir.path(), true, false});
            QVERIFY(server.start());
            QCOMPARE(server.repository().count(userSchema(), "1", {}), 7); // six demo accounts and the one with 2FA on (C32)
        }
        qInfo() << "first start with demo data:" << t.elapsed() << "ms";
        Server again(ServerOptions{0, dir.path(), true, false});
        QVERIFY(again.start());
        QCOMPARE(again.repository().count(userSchema(), "1", {}), 7);
    }

    void listQueryFiltersPagingSorting()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath("c.sqlite"), allMigrations()));
        Repository repo(db.db());
        repo.insert(userSchema(), userValues("anna@example.org", "Anna Keller"), {});
        repo.insert(userSchema(), userValues("ben@example.org", "Ben Stone", "tutor"), {});
        repo.insert(userSchema(), userValues("cara@example.org", "Cara KELLERMANN", "admin"), {});
        const QString gone = repo.insert(userSchema(), userValues("dan@example.org", "Dan Keller"), {}).value("id").toString();
        repo.softDelete(userSchema(), gone);

        auto run = [&](const QString &query) {
            const ListQuery q = ListQuery::parse(QUrlQuery(query), userSchema());
            return repo.list(userSchema(), q);
        };
        // String: partial, case-insensitive; soft-deleted rows are hidden by default.
        QCOMPARE(run("fullname=keller").total, 2);
        QCOMPARE(run("fullname=keller&isActive=false").total, 1);
        QCOMPARE(run("fullname=keller&isActive=true&isActive=false").total, 3);
        // Repeated = any of; exact-match string field (roleId).
        QCOMPARE(run("roleId=tutor&roleId=admin").total, 2);
        QCOMPARE(run("roleId=TUTOR").total, 1);
        QCOMPARE(run("roleId=tut").total, 0);
        // null
        QCOMPARE(run("bio=null").total, 3);
        // paging and sorting
        const ListResult page = run("pageNumber=2&pageRowCount=2&sortBy=email&sortOrder=desc");
        QCOMPARE(page.total, 3);
        QCOMPARE(page.rows.size(), 1);
        QCOMPARE(page.rows.first().value("email").toString(), QStringLiteral("anna@example.org"));
        QCOMPARE(run("pageNumber=0&pageRowCount=1").rows.size(), 3);
        // LIKE wildcards in the value are literal
        QCOMPARE(run("fullname=%25").total, 0);
    }

    // Counts are remembered only while nothing was written: every write (through any Repository on
    // the connection, or raw SQL) and a rolled-back transaction's writes make the next count fresh.
    void countCacheFollowsWrites()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath("k.sqlite"), allMigrations()));
        Repository repo(db.db());
        Repository other(db.db()); // e.g. the payment scheduler's own Repository on the connection
        const QString where = QStringLiteral("isActive = 1");
        QCOMPARE(repo.count(userSchema(), where, {}), 0);
        repo.insert(userSchema(), userValues("a@example.org", "A"), {});
        QCOMPARE(repo.count(userSchema(), where, {}), 1);
        QCOMPARE(repo.count(userSchema(), where, {}), 1); // cached
        other.insert(userSchema(), userValues("b@example.org", "B"), {});
        QCOMPARE(repo.count(userSchema(), where, {}), 2);
        repo.exec(QStringLiteral("UPDATE users SET isActive = 0 WHERE email = 'b@example.org'"));
        QCOMPARE(repo.count(userSchema(), where, {}), 1);
        // Inside a transaction nothing is cached; after the rollback the count is the committed one.
        QVERIFY(db.db().transaction());
        repo.insert(userSchema(), userValues("c@example.org", "C"), {});
        QCOMPARE(repo.count(userSchema(), where, {}), 2);
        QVERIFY(db.db().rollback());
        QCOMPARE(repo.count(userSchema(), where, {}), 1);
        // Binds are part of the key (a NULL and an empty string differ).
        QCOMPARE(repo.count(userSchema(), QStringLiteral("email = ?"), {QStringLiteral("a@example.org")}), 1);
        QCOMPARE(repo.count(userSchema(), QStringLiteral("email = ?"), {QStringLiteral("b@example.org")}), 1);
        QCOMPARE(repo.count(userSchema(), QStringLiteral("email = ?"), {QStringLiteral("x@example.org")}), 0);
    }

    void listQueryRejectsBadValues_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("pageNumber") << "pageNumber=-1" << "errMsg_InvalidParameter:pageNumber";
        QTest::newRow("pageNumber text") << "pageNumber=abc" << "errMsg_InvalidParameter:pageNumber";
        QTest::newRow("pageRowCount 0") << "pageRowCount=0" << "errMsg_InvalidParameter:pageRowCount";
        QTest::newRow("pageRowCount big") << "pageRowCount=1001" << "errMsg_InvalidParameter:pageRowCount";
        QTest::newRow("sortBy unknown") << "sortBy=nope" << "errMsg_InvalidParameter:sortBy";
        QTest::newRow("sortBy hidden") << "sortBy=password" << "errMsg_InvalidParameter:sortBy";
        QTest::newRow("sortOrder") << "sortOrder=up" << "errMsg_InvalidParameter:sortOrder";
        QTest::newRow("id filter") << "id=not-a-uuid" << "errMsg_InvalidParameter:id";
        QTest::newRow("boolean filter") << "isActive=yes" << "errMsg_InvalidParameter:isActive";
    }
    void listQueryRejectsBadValues()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        try {
            ListQuery::parse(QUrlQuery(query), userSchema());
            QFAIL("no error");
        } catch (const HttpError &e) {
            QCOMPARE(e.status(), 400);
            QCOMPARE(e.code(), code);
        }
    }

    void listQueryDefaults()
    {
        const ListQuery q = ListQuery::parse(QUrlQuery(QStringLiteral("unknownFilter=1")), userSchema());
        QCOMPARE(q.pageNumber, 1);
        QCOMPARE(q.pageRowCount, 25);
        QCOMPARE(q.sortBy, QStringLiteral("createdAt"));
        QVERIFY(!q.descending);
        QCOMPARE(q.filters.size(), 1); // only the implicit isActive=true
        const Paging p = q.paging(51);
        QCOMPARE(p.pageCount, 3);
        const Paging all = ListQuery::parse(QUrlQuery(QStringLiteral("pageNumber=0")), userSchema()).paging(51);
        QCOMPARE(all.pageCount, 1);
        QCOMPARE(all.pageRowCount, 51);
    }
};

QTEST_GUILESS_MAIN(TestServerDb)
#include "tst_server_db.moc"
