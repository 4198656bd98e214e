// The demo schedule stays alive (issue 19, D55): every demo pack has free lessons in each of the next two weeks,
// on any day the server starts, also when its data directory was created months earlier (the first start runs
// under libfaketime 90 days back); a strict pack can be booked as a whole; the daily top-up extends the window
// without duplicating a lesson time.
#include "catalog/catalog.h"
#include "catalog/tutorprofile.h"
#include "core/util.h"
#include "db/repository.h"
#include "scheduling/scheduling.h"
#include "server.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tutorhub::server;

namespace {

QString iso(const QDateTime &t)
{
    return isoTime(t.toUTC());
}

int freeSlots(Repository &repo, const QString &packId, const QDateTime &from, const QDateTime &to)
{
    return repo.count(
        lessonSlotSchema(),
        QStringLiteral("coursePackId = ? AND status = 'free' AND isActive = 1 AND startsAt >= ? AND startsAt < ?"),
        {packId, iso(from), iso(to)});
}

// Distinct days with a free lesson of the pack in [from, to).
int freeDays(Repository &repo, const QString &packId, const QDateTime &from, const QDateTime &to)
{
    QSqlQuery q = repo.exec(
        QStringLiteral(
            "SELECT COUNT(DISTINCT scheduledDate) FROM lessonSlots WHERE coursePackId = ? AND status = 'free' "
            "AND isActive = 1 AND startsAt >= ? AND startsAt < ?"),
        {packId, iso(from), iso(to)});
    return q.next() ? q.value(0).toInt() : 0;
}

// Checks the promise of D55 at `now` for every demo pack a student can book (the flagged demo course of U66 is
// not bookable, so it has no lessons); returns an empty string or what is missing.
QString missingFreeLessons(Repository &repo, const QDateTime &now)
{
    const QList<QVariantMap> packs = repo.select(
        coursePackSchema(), QStringLiteral("isActive = 1 AND isPublished = 1 AND moderationStatus = 'approved'"), {},
        QStringLiteral("title ASC"));
    if (packs.size() < 6)
        return QStringLiteral("only %1 demo packs").arg(packs.size());
    QStringList missing;
    for (const QVariantMap &p : packs) {
        const QString id = p.value(QStringLiteral("id")).toString();
        const QString title = p.value(QStringLiteral("title")).toString();
        for (int week = 0; week < 2; ++week)
            if (freeSlots(repo, id, now.addDays(7 * week), now.addDays(7 * (week + 1))) == 0)
                missing
                    << QStringLiteral("%1: no free lesson in week %2 after %3").arg(title).arg(week + 1).arg(iso(now));
        if (p.value(QStringLiteral("schedulingType")).toString() != QLatin1String("strict"))
            continue;
        // Two lessons a week on different days for as many weeks as the pack needs (D45): from next Monday on.
        const int weeks = (p.value(QStringLiteral("requiredClassesCount")).toInt() + 1) / 2;
        const QDate today = now.toUTC().date();
        const QDateTime monday(today.addDays(8 - today.dayOfWeek()), QTime(0, 0), Qt::UTC);
        for (int week = 0; week < weeks; ++week)
            if (freeDays(repo, id, monday.addDays(7 * week), monday.addDays(7 * (week + 1))) < 2)
                missing << QStringLiteral("%1 (strict): fewer than two days with free lessons in the week of %2")
                               .arg(title, iso(monday.addDays(7 * week)));
    }
    return missing.join(QLatin1Char('\n'));
}

int duplicateLessonTimes(Repository &repo)
{
    QSqlQuery q = repo.exec(
        QStringLiteral("SELECT COUNT(*) FROM (SELECT tutorProfileId, startsAt FROM lessonSlots WHERE isActive = 1 "
                       "GROUP BY tutorProfileId, startsAt HAVING COUNT(*) > 1)"),
        {});
    return q.next() ? q.value(0).toInt() : -1;
}

// libfaketime's multi-threaded library as Debian installs it (/usr/lib/<triplet>/faketime/), or empty.
QString libfaketime()
{
    const QStringList dirs = QDir(QStringLiteral("/usr/lib")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &d : dirs) {
        const QString lib = QStringLiteral("/usr/lib/%1/faketime/libfaketimeMT.so.1").arg(d);
        if (QFileInfo::exists(lib))
            return lib;
    }
    return {};
}

ServerOptions demoOptions(const QString &dir)
{
    ServerOptions o;
    o.dataDir = dir;
    o.demo = true;
    o.logRequests = false;
    return o;
}

} // namespace

class TstServerDemoSchedule : public QObject
{
    Q_OBJECT

    // A demo server started today on `dir` keeps D55's promise and has no lesson time twice.
    void startsWithFreeLessonsEveryWeek(const QString &dir, bool firstStart)
    {
        Server server(demoOptions(dir));
        QString why;
        QVERIFY2(server.start(&why), qPrintable(why));
        const QString missing = missingFreeLessons(server.repository(), QDateTime::currentDateTimeUtc());
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        QCOMPARE(duplicateLessonTimes(server.repository()), 0);
        // The flagged demo course (U66) is not bookable, so the top-up gives it none of the tutor's lesson times.
        QCOMPARE(server.repository().count(
                     lessonSlotSchema(),
                     QStringLiteral("coursePackId IN (SELECT id FROM coursePacks WHERE moderationStatus <> 'approved' "
                                    "OR isPublished = 0)"),
                     {}),
                 0);
        QVERIFY(server.repository().count(coursePackSchema(), QStringLiteral("moderationStatus = 'flagged'"), {}) > 0);
        // A pending screening request with two candidate times ahead of the first start, once (issue 15 item 1).
        if (!firstStart)
            return;
        const QList<QVariantMap> pending
            = server.repository().select(preliminaryMeetingSchema(), QStringLiteral("tutorDecision = 'pending'"), {});
        QCOMPARE(pending.size(), 1);
        const QString meetingId = pending.first().value(QStringLiteral("id")).toString();
        QCOMPARE(server.repository().count(screeningProposalSchema(),
                                           QStringLiteral("preliminaryMeetingId = ? AND proposedBy = 'student' AND "
                                                          "status = 'open' AND proposedAt > ?"),
                                           {meetingId, iso(QDateTime::currentDateTimeUtc())}),
                 2);
        QVERIFY(!seedScreeningDemo(server.repository(), QDateTime::currentDateTimeUtc()));
    }

private slots:
    void freshDemoHasFreeLessonsEveryWeek()
    {
        QTemporaryDir dir;
        startsWithFreeLessonsEveryWeek(dir.path(), true);
    }

    void dailyTopUpExtendsTheWindowOnce()
    {
        QTemporaryDir dir;
        Server server(demoOptions(dir.path()));
        QString why;
        QVERIFY2(server.start(&why), qPrintable(why));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(server.maybeTopUpDemo(now), 0); // already done on start today
        const QDateTime later = now.addDays(40);
        const int created = server.maybeTopUpDemo(later);
        QVERIFY2(created > 0, "a day 40 days later adds the lessons of the new days");
        QCOMPARE(server.maybeTopUpDemo(later), 0); // once per day
        QCOMPARE(topUpDemoSlots(server.repository(), later), 0); // and idempotent
        QCOMPARE(duplicateLessonTimes(server.repository()), 0);
        const QString missing = missingFreeLessons(server.repository(), later);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        // A free lesson the tutor deleted is not offered again.
        QSqlQuery q
            = server.repository().exec(QStringLiteral("SELECT id, startsAt FROM lessonSlots WHERE status = 'free' AND "
                                                      "isActive = 1 AND startsAt > ? ORDER BY startsAt LIMIT 1"),
                                       {iso(later)});
        QVERIFY(q.next());
        const QString deleted = q.value(0).toString();
        server.repository().exec(QStringLiteral("UPDATE lessonSlots SET isActive = 0 WHERE id = ?"), {deleted});
        QCOMPARE(topUpDemoSlots(server.repository(), later), 0);
    }

    // A busy time a tutor imported from a calendar (U5) gets no demo lesson: with busy times over the new days
    // the top-up adds nothing there; once they are deleted it does.
    void topUpSkipsBusyTimes()
    {
        QTemporaryDir dir;
        Server server(demoOptions(dir.path()));
        QString why;
        QVERIFY2(server.start(&why), qPrintable(why));
        Repository &repo = server.repository();
        const QDateTime later = QDateTime::currentDateTimeUtc().addDays(7);
        QStringList busyIds;
        for (const QVariantMap &p : repo.select(tutorProfileSchema(), QStringLiteral("isActive = 1"), {})) {
            const QVariantMap row
                = repo.insert(busyTimeSchema(),
                              {{QStringLiteral("tutorProfileId"), p.value(QStringLiteral("id"))},
                               {QStringLiteral("startsAt"), iso(later.addDays(scheduling::kDemoWindowDays - 10))},
                               {QStringLiteral("endsAt"), iso(later.addDays(scheduling::kDemoWindowDays + 2))},
                               {QStringLiteral("title"), QStringLiteral("Holiday")}},
                              p.value(QStringLiteral("tutorId")).toString());
            busyIds << row.value(QStringLiteral("id")).toString();
        }
        QVERIFY(!busyIds.isEmpty());
        QCOMPARE(topUpDemoSlots(repo, later), 0);
        for (const QString &id : busyIds)
            repo.softDelete(busyTimeSchema(), id);
        QVERIFY(topUpDemoSlots(repo, later) > 0);
        QCOMPARE(duplicateLessonTimes(repo), 0);
    }

    void dataDirectoryCreatedNinetyDaysAgo()
    {
        const QString faketime = libfaketime();
        QVERIFY2(!faketime.isEmpty(), "libfaketime is missing: scripts/setup-deps.sh installs the faketime package");
        const QString bin = qEnvironmentVariable("TUTORHUB_SERVER_BIN");
        QVERIFY2(!bin.isEmpty(), "TUTORHUB_SERVER_BIN is not set");
        QTemporaryDir dir;
        // The first start, 90 days ago: the demo data is seeded then.
        QProcess first;
        first.setProcessChannelMode(QProcess::MergedChannels);
        // The library preloaded into the server itself (the faketime program would fork, and stopping it would leave
        // the server running). An absolute start ("@…", UTC) so that this also holds when the test itself runs
        // under libfaketime (the date matrix).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_PRELOAD"), faketime);
        env.insert(QStringLiteral("FAKETIME"),
                   QDateTime::currentDateTimeUtc().addDays(-90).toString(QStringLiteral("'@'yyyy-MM-dd HH:mm:ss")));
        env.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        first.setProcessEnvironment(env);
        first.start(bin, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), dir.path(),
                          QStringLiteral("--demo"), QStringLiteral("--quiet")});
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += first.readAll();
                return out.contains("listening on") || first.state() == QProcess::NotRunning;
            },
            60000));
        QVERIFY2(out.contains("listening on"), out.constData());
        first.terminate();
        QVERIFY(first.waitForFinished(20000));
        {
            // What the first start saw: its slots lie around 90 days back, none in the coming weeks.
            Server peek(ServerOptions {0, dir.path(), false, 0});
            QString why;
            QVERIFY2(peek.start(&why), qPrintable(why));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QVERIFY(peek.repository().count(lessonSlotSchema(), QStringLiteral("startsAt < ?"), {iso(now.addDays(-20))})
                    > 0);
            QCOMPARE(peek.repository().count(lessonSlotSchema(), QStringLiteral("startsAt > ?"), {iso(now)}), 0);
        }
        // Today's start tops the schedule up.
        startsWithFreeLessonsEveryWeek(dir.path(), false);
    }
};

QTEST_GUILESS_MAIN(TstServerDemoSchedule)
#include "tst_server_demoschedule.moc"
