// `--scale N` data set: counts follow N, every relation resolves (packs, students, tutor profiles,
// lesson slots, payment records), statuses are plausible, a second start does not seed again, and
// the BFF's list/count queries stay fast (timed through the real router, printed for the report).
#include "auth/userschema.h"
#include "bff/bff.h"
#include "db/database.h"
#include "db/repository.h"
#include "http/router.h"
#include "server/server.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tutorhub::server;

namespace {

qint64 scalar(Repository &repo, const QString &sql)
{
    QSqlQuery q = repo.exec(sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}

constexpr int kScale = 2000;

} // namespace

class TestServerScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ServerOptions o;
        o.dataDir = m_dir.path();
        o.scale = kScale;
        o.logRequests = false;
        m_server = std::make_unique<Server>(o);
        QElapsedTimer t;
        t.start();
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        qInfo("scale %d seeded (with the demo data) in %lld ms", kScale, t.elapsed());
    }

    void countsFollowTheScale()
    {
        Repository &r = m_server->repository();
        QCOMPARE(scalar(r, QStringLiteral("SELECT count(*) FROM users WHERE email LIKE 'tutor%@scale.tutorhub.local'")),
                 qint64(kScale / 20));
        QCOMPARE(
            scalar(r, QStringLiteral("SELECT count(*) FROM users WHERE email LIKE 'student%@scale.tutorhub.local'")),
            qint64(kScale / 2));
        QCOMPARE(scalar(r, QStringLiteral("SELECT count(*) FROM tutorProfiles WHERE tutorId IN (SELECT id FROM users "
                                          "WHERE email LIKE '%@scale.tutorhub.local')")),
                 qint64(kScale / 20));
        QCOMPARE(scalar(r, QStringLiteral("SELECT count(*) FROM coursePacks WHERE title LIKE '%#%'")),
                 qint64(kScale / 10));
        QCOMPARE(scalar(r, QStringLiteral("SELECT count(*) FROM enrollments WHERE studentId IN (SELECT id FROM users "
                                          "WHERE email LIKE '%@scale.tutorhub.local')")),
                 qint64(kScale) * 10);
        QCOMPARE(scalar(r, QStringLiteral("SELECT n FROM scaleSeeds")), qint64(kScale));
        // The bulk load ran with a rollback journal; the server then runs in WAL mode with its checkpoints on
        // their own thread (F50), which could only start after the load had left WAL mode and come back.
        QSqlQuery mode = r.exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(m_server->database().backgroundCheckpoints() >= 0);
        // The demo accounts are there as well.
        QCOMPARE(scalar(r, QStringLiteral("SELECT count(*) FROM users WHERE email = 'lena.fischer@tutorhub.local'")),
                 qint64(1));
    }

    void relationsResolve()
    {
        Repository &r = m_server->repository();
        QCOMPARE(scalar(r, QStringLiteral("SELECT count(*) FROM enrollments e WHERE NOT EXISTS (SELECT 1 FROM "
                                          "coursePacks p WHERE p.id = e.coursePackId)")),
                 qint64(0));
        QCOMPARE(scalar(r, QStringLiteral("SELECT count(*) FROM enrollments e WHERE NOT EXISTS (SELECT 1 FROM users u "
                                          "WHERE u.id = e.studentId)")),
                 qint64(0));
        QCOMPARE(scalar(r, QStringLiteral("SELECT count(*) FROM enrollments e WHERE NOT EXISTS (SELECT 1 FROM "
                                          "coursePacks p WHERE p.id = e.coursePackId "
                                          "AND p.tutorProfileId = e.tutorProfileId)")),
                 qint64(0));
        QCOMPARE(scalar(r, QStringLiteral("SELECT count(*) FROM coursePacks c WHERE NOT EXISTS (SELECT 1 FROM "
                                          "tutorProfiles t WHERE t.id = c.tutorProfileId)")),
                 qint64(0));
        // Every slot id of every enrollment exists, belongs to its pack, and a held slot is the student's.
        QCOMPARE(scalar(r, QStringLiteral(
                               "SELECT count(*) FROM enrollments e, json_each(e.lessonSlotIds) j WHERE NOT EXISTS "
                               "(SELECT 1 FROM lessonSlots s WHERE s.id = j.value AND s.coursePackId = e.coursePackId "
                               "AND (s.status = 'free' OR s.studentId = e.studentId))")),
                 qint64(0));
        QVERIFY(scalar(r, QStringLiteral("SELECT min(json_array_length(lessonSlotIds)) FROM enrollments")) >= 1);
        // Payment records: one per paid or refunded enrollment, none for unpaid ones.
        QCOMPARE(
            scalar(r,
                   QStringLiteral(
                       "SELECT count(*) FROM enrollments e WHERE paymentStatus IN ('paid', 'refunded') AND NOT EXISTS "
                       "(SELECT 1 FROM sys_enrollmentPayments t WHERE t.orderId = e.id)")),
            qint64(0));
        QCOMPARE(scalar(r, QStringLiteral("SELECT count(*) FROM sys_enrollmentPayments t WHERE NOT EXISTS (SELECT 1 "
                                          "FROM enrollments e WHERE e.id = t.orderId)")),
                 qint64(0));
        // A granted refund request has a refunded enrollment; a pending one (the demo's, C29) a paid one.
        QCOMPARE(
            scalar(r,
                   QStringLiteral(
                       "SELECT count(*) FROM refundRequests f WHERE f.status IN ('approved', 'autoApproved') AND NOT "
                       "EXISTS "
                       "(SELECT 1 FROM enrollments e WHERE e.id = f.enrollmentId AND e.paymentStatus = 'refunded')")),
            qint64(0));
        QCOMPARE(
            scalar(r, QStringLiteral(
                          "SELECT count(*) FROM refundRequests f WHERE f.status = 'pending' AND NOT EXISTS "
                          "(SELECT 1 FROM enrollments e WHERE e.id = f.enrollmentId AND e.paymentStatus = 'paid')")),
            qint64(0));
        QCOMPARE(scalar(r, QStringLiteral("SELECT count(*) FROM refundRequests f WHERE NOT EXISTS (SELECT 1 FROM "
                                          "enrollments e WHERE e.id = f.enrollmentId)")),
                 qint64(0));
        // Amounts follow the pack price and the number of lessons.
        QCOMPARE(scalar(r, QStringLiteral(
                               "SELECT count(*) FROM enrollments e JOIN coursePacks p ON p.id = e.coursePackId "
                               "WHERE abs(e.totalAmount - p.price * json_array_length(e.lessonSlotIds)) > 0.001")),
                 qint64(0));
    }

    void distributionsArePlausible()
    {
        Repository &r = m_server->repository();
        const double total = double(scalar(r, QStringLiteral("SELECT count(*) FROM enrollments")));
        auto share = [&](const char *status) {
            return double(scalar(r, QStringLiteral("SELECT count(*) FROM enrollments WHERE enrollmentStatus = '%1'")
                                        .arg(QLatin1String(status))))
                   / total;
        };
        QVERIFY2(share("completed") > 0.4 && share("completed") < 0.95,
                 qPrintable(QString::number(share("completed"))));
        QVERIFY(share("active") > 0.01);
        QVERIFY(share("pending") > 0.01 && share("pending") < 0.1);
        QVERIFY(share("canceled") > 0.03 && share("canceled") < 0.15);
        // Completed enrollments have only completed lessons; active ones a lesson still to come.
        QCOMPARE(scalar(r, QStringLiteral("SELECT count(*) FROM enrollments e, json_each(e.lessonSlotIds) j JOIN "
                                          "lessonSlots s ON s.id = j.value "
                                          "WHERE e.enrollmentStatus = 'completed' AND s.status <> 'completed'")),
                 qint64(0));
        QCOMPARE(scalar(r, QStringLiteral(
                               "SELECT count(*) FROM enrollments e WHERE e.enrollmentStatus = 'active' AND NOT EXISTS "
                               "(SELECT 1 FROM json_each(e.lessonSlotIds) j JOIN lessonSlots s ON s.id = j.value WHERE "
                               "s.status = 'booked')")),
                 qint64(0));
        // refundStatus follows the lessons of a paid enrollment (eligible after the first, ineligible after a later
        // one).
        QCOMPARE(
            scalar(r, QStringLiteral(
                          "SELECT count(*) FROM enrollments e WHERE paymentStatus = 'paid' AND refundStatus <> CASE "
                          "(SELECT count(*) FROM json_each(e.lessonSlotIds) j JOIN lessonSlots s ON s.id = j.value "
                          "WHERE s.status = 'completed') "
                          "WHEN 0 THEN 'notRequested' WHEN 1 THEN 'eligible' ELSE 'ineligible' END")),
            qint64(0));
        QVERIFY(scalar(r, QStringLiteral("SELECT count(*) FROM enrollments WHERE refundStatus = 'eligible'")) > 0);
        // Dates over the past year and the next weeks.
        const QString yearAgo = QDateTime::currentDateTimeUtc().addDays(-367).toString(Qt::ISODate);
        QCOMPARE(scalar(r, QStringLiteral("SELECT count(*) FROM enrollments WHERE createdAt < '%1' AND studentId IN "
                                          "(SELECT id FROM users WHERE email LIKE '%@scale.tutorhub.local')")
                               .arg(yearAgo)),
                 qint64(0));
        QVERIFY(scalar(r, QStringLiteral("SELECT count(*) FROM lessonSlots WHERE startsAt > "
                                         "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+7 days')"))
                > 0);
        QVERIFY(scalar(r, QStringLiteral("SELECT count(DISTINCT category) FROM coursePacks")) >= 5);
        QVERIFY(scalar(r, QStringLiteral("SELECT min(price) FROM coursePacks")) >= 15);
        // Scale users sign in with the demo password: one hash for all of them.
        QCOMPARE(scalar(r, QStringLiteral(
                               "SELECT count(DISTINCT password) FROM users WHERE email LIKE '%@scale.tutorhub.local'")),
                 qint64(1));
    }

    void bffQueriesOnTheScaleData()
    {
        // The admin's enrollment list through the router: first page, last page, a filter, a count.
        const auto admin = m_server->repository().findOne(userSchema(), QStringLiteral("roleId = 'superAdmin'"), {});
        QVERIFY(admin);
        auto run = [&](const QByteArray &method, const QString &path, const QByteArray &body = {}) {
            Request r;
            r.method = method;
            const qsizetype qm = path.indexOf(QLatin1Char('?'));
            r.path = path.left(qm);
            if (qm >= 0)
                r.query = QUrlQuery(path.mid(qm + 1));
            r.body = body;
            if (!body.isEmpty())
                r.headers.insert("content-type", "application/json"); // SEC25
            r.requestId = QStringLiteral("0123456789abcdef0123456789abcdef");
            r.timer.start();
            AuthContext a;
            a.userId = admin->value(QStringLiteral("id")).toString();
            a.roleId = QStringLiteral("superAdmin");
            r.auth = a;
            Router router;
            for (const Route &route : bffRoutes(Context {&m_server->repository(), nullptr, nullptr}))
                router.add(route);
            router.setAuthenticator([a](const Request &) { return std::optional<AuthContext>(a); });
            QElapsedTimer t;
            t.start();
            const Response resp = router.dispatch(r);
            qInfo("%s %s -> %d in %lld ms", method.constData(), qPrintable(path), resp.status, t.elapsed());
            return QJsonDocument::fromJson(resp.body).object();
        };
        const QJsonObject first = run("GET", QStringLiteral("/bff-api/enrollment/list?limit=25"));
        const int total
            = first.value(QStringLiteral("paging")).toObject().value(QStringLiteral("totalRowCount")).toInt();
        QVERIFY(total >= kScale * 10);
        const int pages = first.value(QStringLiteral("paging")).toObject().value(QStringLiteral("pageCount")).toInt();
        const QJsonObject last = run("GET", QStringLiteral("/bff-api/enrollment/list?limit=25&page=%1").arg(pages));
        QCOMPARE(last.value(QStringLiteral("enrollments")).toArray().size(), qsizetype(total - (pages - 1) * 25));
        // The last page is the tail of the ascending order: its rows are sorted and after page 1's.
        const QJsonArray rows = last.value(QStringLiteral("enrollments")).toArray();
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(rows[i - 1].toObject().value(QStringLiteral("createdAt")).toString()
                    <= rows[i].toObject().value(QStringLiteral("createdAt")).toString());
        const QJsonObject filtered
            = run("POST", QStringLiteral("/bff-api/enrollment/list"), R"({"filters":{"enrollmentStatus":"active"}})");
        const QJsonObject count
            = run("POST", QStringLiteral("/bff-api/enrollment/count"), R"({"filters":{"enrollmentStatus":"active"}})");
        QCOMPARE(count.value(QStringLiteral("count")).toInt(),
                 filtered.value(QStringLiteral("paging")).toObject().value(QStringLiteral("totalRowCount")).toInt());
        QCOMPARE(qint64(count.value(QStringLiteral("count")).toInt()),
                 scalar(m_server->repository(),
                        QStringLiteral("SELECT count(*) FROM enrollments WHERE enrollmentStatus = 'active'")));
    }

    void secondStartDoesNotSeedAgain()
    {
        Repository &r = m_server->repository();
        const qint64 enrollments = scalar(r, QStringLiteral("SELECT count(*) FROM enrollments"));
        const qint64 users = scalar(r, QStringLiteral("SELECT count(*) FROM users"));
        m_server->stop();
        ServerOptions o;
        o.dataDir = m_dir.path();
        o.scale = kScale;
        o.logRequests = false;
        m_server = std::make_unique<Server>(o);
        QElapsedTimer t;
        t.start();
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY2(t.elapsed() < 5000, "a second start must not seed again");
        QCOMPARE(scalar(m_server->repository(), QStringLiteral("SELECT count(*) FROM enrollments")), enrollments);
        QCOMPARE(scalar(m_server->repository(), QStringLiteral("SELECT count(*) FROM users")), users);
        QCOMPARE(scalar(m_server->repository(), QStringLiteral("SELECT count(*) FROM scaleSeeds")), qint64(1));
        // The journal is back to WAL after the bulk load.
        QSqlQuery q = m_server->repository().exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    // F70: the lesson slots are loaded into a side file, indexed on a second thread and copied back. The result is
    // the single-connection load's: the same rows in the same rowid order, the same indexes, a sound file, and no
    // side file left behind.
    void sideFileLoadMatchesTheSingleConnectionLoad()
    {
        QTemporaryDir oneDir;
        QVERIFY(oneDir.isValid());
        ServerOptions o;
        o.dataDir = oneDir.path();
        o.scale = kScale;
        o.logRequests = false;
        qputenv("TUTORHUB_SCALE_ONE_CONNECTION", "1");
        Server one(o);
        QString error;
        const bool started = one.start(&error);
        qunsetenv("TUTORHUB_SCALE_ONE_CONNECTION");
        QVERIFY2(started, qPrintable(error));
        Repository &side = m_server->repository();
        Repository &single = one.repository();
        // The packs' free lessons: generated before anything that depends on the clock (an enrollment's lessons draw
        // more random numbers when one of them is already past, so two loads seconds apart may differ after that).
        const QString slotRows = QStringLiteral(
            "SELECT count(*), group_concat(rowid || ':' || id || ':' || coursePackId, ',') FROM (SELECT rowid, * FROM "
            "lessonSlots WHERE _owner IN (SELECT id FROM users WHERE email LIKE 'tutor%@scale.tutorhub.local') ORDER "
            "BY rowid)");
        QSqlQuery a = side.exec(slotRows), b = single.exec(slotRows);
        QVERIFY(a.next() && b.next());
        QCOMPARE(a.value(0).toLongLong(), qint64(kScale / 10 * 3));
        QCOMPARE(a.value(0).toLongLong(), b.value(0).toLongLong());
        const QStringList rowsA = a.value(1).toString().split(QLatin1Char(',')),
                          rowsB = b.value(1).toString().split(QLatin1Char(','));
        for (qsizetype i = 0; i < rowsA.size(); ++i)
            QVERIFY2(rowsA.at(i) == rowsB.value(i), qPrintable(rowsA.at(i) + QStringLiteral(" vs ") + rowsB.value(i)));
        // Every lesson once, rowids without gaps (the demo's first, then the load's in order).
        QSqlQuery dense = side.exec(QStringLiteral("SELECT count(*), count(DISTINCT id), max(rowid) FROM lessonSlots"));
        QVERIFY(dense.next());
        QVERIFY(dense.value(0).toLongLong() > kScale * 10);
        QCOMPARE(dense.value(1).toLongLong(), dense.value(0).toLongLong());
        QCOMPARE(dense.value(2).toLongLong(), dense.value(0).toLongLong());
        QSqlQuery paid = side.exec(QStringLiteral(
            "SELECT count(*), count(DISTINCT orderId), max(rowid), (SELECT count(*) FROM enrollments WHERE "
            "paymentStatus <> 'pending') FROM sys_enrollmentPayments"));
        QVERIFY(paid.next());
        QVERIFY(paid.value(0).toLongLong() > kScale * 5);
        QCOMPARE(paid.value(1).toLongLong(), paid.value(0).toLongLong());
        QCOMPARE(paid.value(2).toLongLong(), paid.value(0).toLongLong());
        const QString indexes = QStringLiteral(
            "SELECT group_concat(name || '=' || sql, ';') FROM (SELECT name, sql FROM sqlite_master WHERE tbl_name IN "
            "('lessonSlots', 'sys_enrollmentPayments') ORDER BY name)");
        QSqlQuery ia = side.exec(indexes), ib = single.exec(indexes);
        QVERIFY(ia.next() && ib.next());
        QVERIFY(ia.value(0).toString().contains(QStringLiteral("lessonSlots_bff_starts")));
        QVERIFY(ia.value(0).toString().contains(QStringLiteral("sys_enrollmentPayments_bff_created")));
        QCOMPARE(ia.value(0).toString(), ib.value(0).toString());
        QSqlQuery check = side.exec(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("*seed-side*")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    void cleanupTestCase() { m_server.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
};

QTEST_GUILESS_MAIN(TestServerScale)
#include "tst_server_scale.moc"
