// Database internals: versioned migrations (upgrade keeps data, failures roll back), the generic
// repository and list queries derived from schema descriptors. As tst_server_db@postgresql (DB7) the engine-neutral
// cases run on a database of their own in the test cluster; the cases about SQLite's file say so and skip.
#include "../support/postgrestest.h"
#include "auth/userschema.h"
#include "db/dialect.h"
#include "catalog/catalog.h"
#include "core/apierror.h"
#include "db/database.h"
#include "db/migrations.h"
#include "db/paging.h"
#include "db/periodicjob.h"
#include "db/repository.h"
#include "http/listquery.h"
#include "notification/notify.h"
#include "server/server.h"

#include <QDir>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QRandomGenerator>
#include <QTest>

using namespace tutorhub::server;

namespace {

bool hasColumn(QSqlDatabase db, const QString &table, const QString &column)
{
    QSqlQuery q(db);
    if (sql::isPostgres(db)) {
        q.prepare(QStringLiteral("SELECT 1 FROM information_schema.columns WHERE table_name = ? AND column_name = ?"));
        q.addBindValue(table.toLower());
        q.addBindValue(column.toLower());
        return q.exec() && q.next();
    }
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q.next())
        if (q.value(1).toString() == column)
            return true;
    return false;
}

// Where a case keeps its database: `file` in `dir`, or on <test>@postgresql a new database in the test cluster.
QString location(const QTemporaryDir &dir, const char *file)
{
    if (tutorhub::test::postgres::baseUrl().isEmpty())
        return dir.filePath(QLatin1String(file));
    QString error;
    const QString url = tutorhub::test::postgres::createDatabase(&error);
    if (url.isEmpty())
        qFatal("%s", qPrintable(error));
    return url;
}

bool onPostgres()
{
    return !tutorhub::test::postgres::baseUrl().isEmpty();
}

#define SQLITE_ONLY(why)                                                                                               \
    if (onPostgres())                                                                                                  \
    QSKIP("SQLite only: " why)

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

// The ids of one page as a plain LIMIT/OFFSET query gives them (nothing remembered): the reference.
QStringList referencePage(const Repository &repo, const QString &where, const QString &order, int limit, int offset)
{
    QSqlQuery q = repo.exec(QStringLiteral("SELECT id FROM users WHERE %1 ORDER BY %2 LIMIT %3 OFFSET %4")
                                .arg(where, order)
                                .arg(limit)
                                .arg(offset));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QStringList idsOf(const QList<QVariantMap> &rows)
{
    QStringList ids;
    for (const QVariantMap &r : rows)
        ids << r.value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace

class TestServerDb : public QObject
{
    Q_OBJECT

private slots:
    // DB1/DB2: what the PostgreSQL rewrite changes, and what it must leave alone (string literals).
    void postgresRewrite_data()
    {
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QString>("postgres");
        QTest::newRow("quoted names fold") << "SELECT \"isActive\" FROM t"
                                           << "SELECT \"isactive\" FROM t";
        QTest::newRow("literals untouched") << "SELECT 'It''s \"Q\" +x instr' FROM t WHERE a = 'INTEGER'"
                                            << "SELECT 'It''s \"Q\" +x instr' FROM t WHERE a = 'INTEGER'";
        QTest::newRow("planner hint dropped") << "WHERE +status = 'free' AND (+isActive = 1)"
                                              << "WHERE status = 'free' AND (isActive = 1)";
        QTest::newRow("binary plus kept") << "SET recordVersion = recordVersion + 1"
                                          << "SET recordVersion = recordVersion + 1";
        QTest::newRow("functions") << "SELECT instr(a, b), IFNULL(c, 0), json_group_array(id) FROM t"
                                   << "SELECT strpos(a, b), coalesce(c, 0), json_agg(id) FROM t";
        QTest::newRow("id list") << "id IN (SELECT value FROM json_each(?))"
                                 << "id IN (SELECT json_array_elements_text(CAST(? AS json)))";
        QTest::newRow("IS NOT ?") << "WHERE id IS NOT ? AND x IS ?"
                                  << "WHERE id IS DISTINCT FROM ? AND x IS NOT DISTINCT FROM ?";
        QTest::newRow("types in definitions") << "CREATE TABLE t (n INTEGER, p REAL, b BLOB, s TEXT)"
                                              << "CREATE TABLE t (n BIGINT, p DOUBLE PRECISION, b BYTEA, s TEXT)";
        QTest::newRow("types elsewhere kept") << "SELECT CAST(x AS INTEGER) FROM t"
                                              << "SELECT CAST(x AS INTEGER) FROM t";
    }
    void postgresRewrite()
    {
        QFETCH(QString, sqlite);
        QFETCH(QString, postgres);
        QCOMPARE(sql::toPostgres(sqlite), postgres);
        sql::learnNames(QStringLiteral("SELECT coursePackId, lessonSlotIds FROM enrollments"));
        QCOMPARE(sql::canonicalName(QStringLiteral("coursepackid")), QStringLiteral("coursePackId"));
        QCOMPARE(sql::canonicalName(QStringLiteral("unknownname")), QStringLiteral("unknownname"));
    }

    // DB4: a password in the URL never reaches a message, also when the connection fails.
    void postgresUrlPasswordNeverShown()
    {
        QCOMPARE(Database::redacted(QStringLiteral("postgresql://u:s3cret@db.example:5433/th?sslmode=require")),
                 QStringLiteral("postgresql://u:***@db.example:5433/th?sslmode=require"));
        QCOMPARE(Database::redacted(QStringLiteral("/var/lib/th/tutorhub.sqlite")),
                 QStringLiteral("/var/lib/th/tutorhub.sqlite"));
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(!db.open(QStringLiteral("postgresql://u:s3cret@localhost/th?host=%1&connect_timeout=2").arg(dir.path()),
                         allMigrations(), &error));
        QVERIFY2(error.contains(QLatin1String("u:***@")) && !error.contains(QLatin1String("s3cret")),
                 qPrintable(error));
        QVERIFY(!db.open(QStringLiteral("postgresql://nodatabase"), allMigrations(), &error));
        QVERIFY2(error.contains(QLatin1String("not a PostgreSQL URL")), qPrintable(error));
    }

    // DB8: two servers starting at once on one database both open it, and each migration is applied once.
    void twoOpenersMigrateOnce()
    {
        QTemporaryDir dir;
        const QString at = location(dir, "two.sqlite");
        auto open = [at] {
            Database db;
            QString error;
            return db.open(at, allMigrations(), &error) ? QString() : error;
        };
        QFuture<QString> first = QtConcurrent::run(open);
        QFuture<QString> second = QtConcurrent::run(open);
        QCOMPARE(first.result(), QString());
        QCOMPARE(second.result(), QString());
        Database db;
        QVERIFY(db.open(at, allMigrations()));
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT version) FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), int(allMigrations().size()));
        QCOMPARE(q.value(1).toInt(), int(allMigrations().size()));
    }

    // DB10: a background job is claimed once per interval across instances (two connections to one database here):
    // the second asks in the same turn and is told no; after the interval the turn is free again.
    void periodicJobRunsOncePerInterval()
    {
        QTemporaryDir dir;
        const QString at = location(dir, "jobs.sqlite");
        Database one, two;
        QVERIFY(one.open(at, allMigrations()));
        QVERIFY(two.open(at, allMigrations()));
        Repository a(one.db()), b(two.db());
        const qint64 interval = 400;
        QVERIFY(claimPeriodicJob(a, QStringLiteral("cleanup"), interval));
        QVERIFY(!claimPeriodicJob(b, QStringLiteral("cleanup"), interval));
        QVERIFY(!claimPeriodicJob(a, QStringLiteral("cleanup"), interval));
        QVERIFY(claimPeriodicJob(b, QStringLiteral("other job"), interval)); // turns are per job
        QTest::qWait(int(interval) + 50);
        QVERIFY(claimPeriodicJob(b, QStringLiteral("cleanup"), interval));
        QVERIFY(!claimPeriodicJob(a, QStringLiteral("cleanup"), interval));
        // Many claims at once from two connections on two threads: exactly one yes.
        QTest::qWait(int(interval) + 50);
        auto claimFrom = [at, interval] {
            Database db;
            if (!db.open(at, allMigrations()))
                return -1;
            Repository repo(db.db());
            return int(claimPeriodicJob(repo, QStringLiteral("cleanup"), interval));
        };
        QList<QFuture<int>> all;
        for (int i = 0; i < 6; ++i)
            all << QtConcurrent::run(claimFrom);
        int yes = 0;
        for (QFuture<int> &f : all) {
            QVERIFY(f.result() >= 0);
            yes += f.result();
        }
        QCOMPARE(yes, 1);
    }

    // DB2/DB3: rows come back with the schema's field names, and JSON written as bytes into a text column reads
    // back as the same text (QPSQL would otherwise store an escaped bytea literal).
    void rowsKeepSchemaNamesAndText()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(location(dir, "n.sqlite"), allMigrations()));
        Repository repo(db.db());
        const QString userId = repo.insert(userSchema(), userValues("n@example.org", "N"), {}).value("id").toString();
        const QVariantMap row = notifyUser(repo, userId, QStringLiteral("t"), QStringLiteral("Title"), QString(),
                                           QJsonObject {{QStringLiteral("enrollmentId"), QStringLiteral("e-1")}});
        for (const char *name : {"id", "isActive", "recordVersion", "createdAt", "updatedAt", "userId", "isSeen"})
            QVERIFY2(row.contains(QLatin1String(name)), name);
        QSqlQuery q = repo.exec(QStringLiteral("SELECT refs FROM notifications WHERE id = ?"), {row.value("id")});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("{\"enrollmentId\":\"e-1\"}"));
        QVERIFY(sql::tableExists(db.db(), QStringLiteral("notifications")));
        QVERIFY(!sql::tableExists(db.db(), QStringLiteral("nosuchtable")));
    }

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
        QVERIFY2(db.open(location(dir, "a.sqlite"), allMigrations(), &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), allMigrations().last().version);
        QVERIFY(hasColumn(db.db(), "tutorProfiles", "experience"));
    }

    // A database written by an older server (only migration 1) is upgraded and keeps its rows.
    void olderDatabaseIsUpgradedKeepingData()
    {
        QTemporaryDir dir;
        const QString path = location(dir, "old.sqlite");
        QString id;
        {
            Database old;
            QVERIFY(old.open(path, allMigrations().mid(0, 1)));
            QCOMPARE(old.schemaVersion(), 1);
            QVERIFY(!hasColumn(old.db(), "tutorProfiles", "tutorId"));
            Repository repo(old.db());
            id = repo.insert(userSchema(), userValues("old@example.org", "Old Timer"), QString())
                     .value("id")
                     .toString();
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
        SQLITE_ONLY("the data directory's tutorhub.sqlite");
        QTemporaryDir dir;
        {
            Database old;
            QVERIFY(old.open(QDir(dir.path()).filePath("tutorhub.sqlite"), allMigrations().mid(0, 2)));
            Repository(old.db()).insert(userSchema(), userValues("keep@example.org", "Keep Me"), QString());
        }
        Server server(ServerOptions {0, dir.path(), true, false});
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
        const QString path = location(dir, "b.sqlite");
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
        SQLITE_ONLY("the data directory's tutorhub.sqlite, timed");
        QTemporaryDir dir;
        QElapsedTimer t;
        t.start();
        {
            Server server(ServerOptions {0, dir.path(), true, false});
            QVERIFY(server.start());
            QCOMPARE(server.repository().count(userSchema(), "1", {}),
                     7); // six demo accounts and the one with 2FA on (C32)
        }
        qInfo() << "first start with demo data:" << t.elapsed() << "ms";
        Server again(ServerOptions {0, dir.path(), true, false});
        QVERIFY(again.start());
        QCOMPARE(again.repository().count(userSchema(), "1", {}), 7);
    }

    void listQueryFiltersPagingSorting()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(location(dir, "c.sqlite"), allMigrations()));
        Repository repo(db.db());
        repo.insert(userSchema(), userValues("anna@example.org", "Anna Keller"), {});
        repo.insert(userSchema(), userValues("ben@example.org", "Ben Stone", "tutor"), {});
        repo.insert(userSchema(), userValues("cara@example.org", "Cara KELLERMANN", "admin"), {});
        const QString gone
            = repo.insert(userSchema(), userValues("dan@example.org", "Dan Keller"), {}).value("id").toString();
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
        SQLITE_ONLY("the count cache follows SQLite's write stamp (DB3)");
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(location(dir, "k.sqlite"), allMigrations()));
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

    // K60: the one transaction helper commits what returns, rolls back what throws, and an inner call joins the
    // outer transaction: the outer rollback undoes the inner writes too, and the outer value comes back.
    void inTransactionCommitsRollsBackAndNests()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(location(dir, "t.sqlite"), allMigrations()));
        Repository repo(db.db());
        const auto users = [&] { return repo.count(userSchema(), QStringLiteral("1 = 1"), {}); };
        QVERIFY(!repo.isInTransaction());
        const QString id = inTransaction(repo, [&] {
            return repo.insert(userSchema(), userValues("a@example.org", "A"), {}).value("id").toString();
        });
        QVERIFY(!id.isEmpty());
        QVERIFY(!repo.isInTransaction());
        QCOMPARE(users(), 1);

        bool thrown = false;
        try {
            inTransaction(repo, [&] {
                repo.insert(userSchema(), userValues("b@example.org", "B"), {});
                inTransaction(repo, [&] {
                    QVERIFY(repo.isInTransaction());
                    repo.insert(userSchema(), userValues("c@example.org", "C"), {});
                });
                QVERIFY(repo.isInTransaction()); // the inner call joined: it did not commit
                throw HttpError(409, QStringLiteral("errMsg_Late"));
            });
        } catch (const HttpError &e) {
            thrown = true;
            QCOMPARE(e.status(), 409);
        }
        QVERIFY(thrown);
        QVERIFY(!repo.isInTransaction());
        QCOMPARE(users(), 1); // both inner and outer writes are gone

        // An inner failure the outer call lets through rolls back everything once.
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, inTransaction(repo, [&] {
                                     repo.insert(userSchema(), userValues("d@example.org", "D"), {});
                                     inTransaction(repo, [] { throw std::runtime_error("inner"); });
                                 }));
        QVERIFY(!repo.isInTransaction());
        QCOMPARE(users(), 1);
    }

    // F41: pages read by seeking to remembered positions (and the back half from the end) are the pages a
    // plain OFFSET query gives, in every order, walked forwards, backwards and by jumps, and stay so after
    // inserts, soft deletes, status changes and hard deletes (each write forgets the positions).
    void pagesSeekToRememberedPositions()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(location(dir, "p.sqlite"), allMigrations()));
        Repository repo(db.db());
        QStringList names {"Anna", "Ben", "Cara", "Dan"}; // many equal names: ties broken by id
        for (int i = 0; i < 57; ++i) {
            QVariantMap v = userValues(QStringLiteral("u%1@example.org").arg(i), names.at(i % names.size()));
            if (i % 3 == 0)
                v.insert(QStringLiteral("bio"), QStringLiteral("bio %1").arg(i % 5)); // others NULL
            repo.insert(userSchema(), v, {});
        }
        struct Order
        {
            const char *column;
            bool descending, idDescending;
        };
        const QList<Order> orders {{"createdAt", false, false}, {"createdAt", true, true}, {"fullname", true, false},
                                   {"fullname", false, true},   {"bio", true, false},      {"bio", false, false},
                                   {"email", true, true}};
        const QString where = QStringLiteral("isActive = ?");
        auto check = [&](const char *when) {
            const int total = repo.count(userSchema(), QStringLiteral("isActive = 1"), {});
            for (const Order &o : orders) {
                const QString order = QStringLiteral("\"%1\" %2, id %3")
                                          .arg(QLatin1String(o.column), QLatin1String(o.descending ? "DESC" : "ASC"),
                                               QLatin1String(o.idDescending ? "DESC" : "ASC"));
                for (const int limit : {5, 7}) {
                    const int pages = (total + limit - 1) / limit;
                    QList<int> visits; // forwards, backwards, then jumps (some pages twice)
                    for (int p = 0; p < pages; ++p)
                        visits << p;
                    for (int p = pages - 1; p >= 0; --p)
                        visits << p;
                    for (int k = 0; k < 12; ++k)
                        visits << int(QRandomGenerator::global()->bounded(pages + 1)); // one past the end too
                    for (const int p : visits) {
                        PageSpec spec;
                        spec.where = where;
                        spec.binds = {1};
                        spec.sortColumn = QLatin1String(o.column);
                        spec.descending = o.descending;
                        spec.idDescending = o.idDescending;
                        spec.offset = qint64(p) * limit;
                        spec.limit = limit;
                        spec.total = total;
                        QCOMPARE_EQ(idsOf(readPage(repo, userSchema(), spec)),
                                    referencePage(repo, QStringLiteral("isActive = 1"), order, limit, p * limit));
                    }
                }
            }
            // The REST list (ListQuery: sortBy, then id ascending) pages the same way.
            for (int p = 1; p <= 12; ++p) {
                const ListQuery q = ListQuery::parse(
                    QUrlQuery(QStringLiteral("pageNumber=%1&pageRowCount=5&sortBy=fullname&sortOrder=desc").arg(p)),
                    userSchema());
                const ListResult r = repo.list(userSchema(), q);
                QCOMPARE(r.total, total);
                QCOMPARE(idsOf(r.rows), referencePage(repo, QStringLiteral("isActive = 1"),
                                                      QStringLiteral("fullname DESC, id ASC"), 5, (p - 1) * 5));
            }
            qDebug("%s: %d rows, every page as OFFSET gives it", when, total);
        };
        check("start");
        // An insert that sorts into the middle of every order.
        QVariantMap v = userValues(QStringLiteral("m@example.org"), QStringLiteral("Bert"));
        v.insert(QStringLiteral("bio"), QStringLiteral("bio 2"));
        const QString added = repo.insert(userSchema(), v, {}).value(QStringLiteral("id")).toString();
        check("after an insert");
        // A soft delete (the row leaves the list) and a status change that moves a row in the name order.
        repo.softDelete(userSchema(), added);
        check("after a soft delete");
        const QString someone = referencePage(repo, QStringLiteral("isActive = 1"), QStringLiteral("id"), 1, 3).first();
        repo.update(userSchema(), someone, {{QStringLiteral("fullname"), QStringLiteral("Zoe")}});
        check("after a change of the sort key");
        repo.exec(QStringLiteral("UPDATE users SET accountStatus = 'suspended' WHERE email LIKE 'u1%'"));
        repo.exec(QStringLiteral("DELETE FROM users WHERE email LIKE 'u2%'"));
        check("after raw SQL updates and a hard delete");
        // Inside a transaction nothing is remembered, and a rollback leaves nothing behind.
        QVERIFY(db.db().transaction());
        repo.insert(userSchema(), userValues(QStringLiteral("t@example.org"), QStringLiteral("Abe")), {});
        check("inside a transaction");
        QVERIFY(db.db().rollback());
        check("after a rollback");
    }

    // F42: a course-pack title filter of three or more characters goes through the trigram index; it finds
    // exactly what the LIKE scan finds (case, wildcards, quotes, non-ASCII), also after titles change.
    void titleSearchFindsWhatLikeFinds()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(location(dir, "t.sqlite"), allMigrations()));
        Repository repo(db.db());
        const QStringList titles {"Spanish for Beginners",
                                  "SPANISH conversation",
                                  "Business English",
                                  "100% Python",
                                  "C_plus_plus basics",
                                  "Français: la grammaire",
                                  "FRANÇAIS oral",
                                  "Say \"hello\" in Greek",
                                  "Straße und Verkehr",
                                  "Emoji 😀 drawing",
                                  "a",
                                  "ab"};
        QStringList ids;
        for (const QString &t : titles)
            ids << repo.insert(coursePackSchema(),
                               {{QStringLiteral("tutorProfileId"), QStringLiteral("p")},
                                {QStringLiteral("title"), t},
                                {QStringLiteral("price"), 10.0},
                                {QStringLiteral("category"), QStringLiteral("Languages")},
                                {QStringLiteral("schedulingType"), QStringLiteral("flexible")}},
                               {})
                       .value(QStringLiteral("id"))
                       .toString();
        const QStringList queries {"s",      "sp",     "spa", "SPANISH", "nish f", "english", "100%",
                                   "0% p",   "c_p",    "_pl", "çais",    "ÇAIS",   "franç",   "\"hello\"",
                                   "o\" in", "straße", "😀 d", "xyz",     "a",      "ab",      "abc"};
        auto check = [&](const char *when) {
            for (const QString &text : queries) {
                const ListQuery q = ListQuery::parse(QUrlQuery(QStringLiteral("pageNumber=0&title=")
                                                               + QString::fromLatin1(QUrl::toPercentEncoding(text))),
                                                     coursePackSchema());
                QStringList found = idsOf(repo.list(coursePackSchema(), q).rows);
                QSqlQuery like = repo.exec(
                    QStringLiteral("SELECT id FROM coursePacks WHERE isActive = 1 AND lower(title) LIKE ? ESCAPE '\\'"),
                    {likePattern(text)});
                QStringList expected;
                while (like.next())
                    expected << like.value(0).toString();
                found.sort();
                expected.sort();
                QVERIFY2(found == expected, qPrintable(QStringLiteral("%1: '%2' found %3, LIKE %4")
                                                           .arg(QLatin1String(when), text)
                                                           .arg(found.size())
                                                           .arg(expected.size())));
            }
        };
        check("inserted");
        // Three characters and more go through the index; one or two cannot (trigrams) and scan.
        auto usesIndex = [](const char *text) {
            QVariantList binds;
            const ListQuery q
                = ListQuery::parse(QUrlQuery(QStringLiteral("title=")
                                             + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(text)))),
                                   coursePackSchema());
            return q.whereSql(coursePackSchema(), &binds).contains(QLatin1String("coursePacks_title MATCH"));
        };
        QVERIFY(usesIndex("spa"));
        QVERIFY(usesIndex("😀 d"));
        QVERIFY(!usesIndex("sp"));
        QVERIFY(!usesIndex("😀")); // one character in two UTF-16 units
        {
            // A NUL in the text (the fuzzer's find): the LIKE alone, no FTS5 query that SQLite cannot parse.
            QVariantList binds;
            const ListQuery q = ListQuery::parse(QUrlQuery(QStringLiteral("title=spa%00nish")), coursePackSchema());
            QVERIFY(!q.whereSql(coursePackSchema(), &binds).contains(QLatin1String("MATCH")));
            QCOMPARE(repo.list(coursePackSchema(), q).total, 0);
        }
        // The index follows title changes and hard deletes (triggers).
        repo.update(coursePackSchema(), ids.at(0), {{QStringLiteral("title"), QStringLiteral("Portuguese now")}});
        repo.exec(QStringLiteral("DELETE FROM coursePacks WHERE id = ?"), {ids.at(2)});
        check("changed");
        const ListQuery spa = ListQuery::parse(QUrlQuery(QStringLiteral("title=spanish")), coursePackSchema());
        QCOMPARE(repo.list(coursePackSchema(), spa).total, 1);
        const ListQuery por = ListQuery::parse(QUrlQuery(QStringLiteral("title=portu")), coursePackSchema());
        QCOMPARE(repo.list(coursePackSchema(), por).total, 1);
    }

    // F50: commits no longer checkpoint the WAL themselves; a thread with its own connection copies the
    // pages into the database file (PASSIVE checkpoints), and every committed row is there afterwards.
    void checkpointsRunOnTheirOwnThread()
    {
        SQLITE_ONLY("WAL checkpoints");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        const int rows = 4000; // about 4 pages each: twice the 8000-page mark (Checkpointer::kWakePages)
        {
            Database db;
            QVERIFY(db.open(path, allMigrations()));
            QCOMPARE(db.backgroundCheckpoints(), -1);
            QVERIFY(db.startBackgroundCheckpoints());
            QVERIFY(!db.startBackgroundCheckpoints()); // one thread per connection
            QCOMPARE(db.backgroundCheckpoints(), 0);
            QSqlQuery q(db.db());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE blobs (id INTEGER PRIMARY KEY, b BLOB NOT NULL)")));
            const qint64 before = QFileInfo(path).size();
            const QByteArray blob(15000, 'x');
            for (int i = 0; i < rows; ++i) {
                QVERIFY(q.prepare(QStringLiteral("INSERT INTO blobs (b) VALUES (?)")));
                q.addBindValue(blob);
                QVERIFY(q.exec()); // one commit each
            }
            // The thread checkpointed: the pages reached the database file itself, not only the WAL.
            QTRY_VERIFY_WITH_TIMEOUT(db.backgroundCheckpoints() > 0, 60000);
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > before + 20000000, 60000);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM blobs")) && q.next());
            QCOMPARE(q.value(0).toInt(), rows);
        }
        // Closed (thread first, then the connection): a new connection sees every row, the file is sound.
        Database again;
        QVERIFY(again.open(path, allMigrations()));
        QSqlQuery q(again.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), min(length(b)) FROM blobs")) && q.next());
        QCOMPARE(q.value(0).toInt(), rows);
        QCOMPARE(q.value(1).toInt(), 15000);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        // An in-memory database has no WAL to checkpoint.
        Database memory;
        QVERIFY(memory.open(QStringLiteral(":memory:"), allMigrations()));
        QVERIFY(!memory.startBackgroundCheckpoints());
    }

    void listQueryRejectsBadValues_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("pageNumber") << "pageNumber=-1"
                                    << "errMsg_InvalidParameter:pageNumber";
        QTest::newRow("pageNumber text") << "pageNumber=abc"
                                         << "errMsg_InvalidParameter:pageNumber";
        QTest::newRow("pageRowCount 0") << "pageRowCount=0"
                                        << "errMsg_InvalidParameter:pageRowCount";
        QTest::newRow("pageRowCount big") << "pageRowCount=1001"
                                          << "errMsg_InvalidParameter:pageRowCount";
        QTest::newRow("sortBy unknown") << "sortBy=nope"
                                        << "errMsg_InvalidParameter:sortBy";
        QTest::newRow("sortBy hidden") << "sortBy=password"
                                       << "errMsg_InvalidParameter:sortBy";
        QTest::newRow("sortOrder") << "sortOrder=up"
                                   << "errMsg_InvalidParameter:sortOrder";
        QTest::newRow("id filter") << "id=not-a-uuid"
                                   << "errMsg_InvalidParameter:id";
        QTest::newRow("boolean filter") << "isActive=yes"
                                        << "errMsg_InvalidParameter:isActive";
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
