// Busy times read from .ics files (models/tutor/busytimes.h, libical): RRULE expansion across DST changes
// (Europe/Berlin, America/New_York; the next changes after the day the test runs), TZID through the file's
// VTIMEZONE (a Windows zone name) or libical's builtin zones, floating times and all-day dates in the
// tutor's zone, EXDATE and RECURRENCE-ID, CANCELLED/TRANSPARENT/FREE left out, VFREEBUSY periods, the date
// range, and refused files (not iCalendar, too large, damaged, unknown zone, too many). Then the local
// store used without the server's busyTimes routes, and lesson planning that skips busy times.
#include "models/format.h"
#include "models/tutor/busytimes.h"
#include "models/tutor/busytimestore.h"
#include "models/tutor/slotplanner.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tutorhub;
using namespace tutorhub::models::tutor;

namespace {

QByteArray calendar(const QByteArray &body)
{
    QByteArray out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + body;
    out += "END:VCALENDAR\r\n";
    return out.replace("\n", "\r\n").replace("\r\r\n", "\r\n");
}

QByteArray stamp(const QDateTime &local)
{
    return local.toString(QStringLiteral("yyyyMMdd'T'HHmmss")).toLatin1();
}

QByteArray day(const QDate &d)
{
    return d.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

QByteArray vevent(const QByteArray &uid, const QByteArray &props)
{
    return "BEGIN:VEVENT\nUID:" + uid + "\nDTSTAMP:20260101T000000Z\n" + props + "END:VEVENT\n";
}

// The local date of the next change of `zone` after now (+ `skip` changes).
QDate nextChange(const QTimeZone &zone, int skip = 0)
{
    QDateTime at = QDateTime::currentDateTimeUtc();
    QTimeZone::OffsetData t;
    for (int i = 0; i <= skip; ++i) {
        t = zone.nextTransition(at);
        at = t.atUtc.addSecs(1);
    }
    return t.atUtc.toTimeZone(zone).date();
}

} // namespace

class TestTutorBusyTimes : public QObject
{
    Q_OBJECT

    const QTimeZone m_berlin {"Europe/Berlin"};

private slots:
    void initTestCase() { QVERIFY(m_berlin.isValid()); }

    // A weekly 09:00-10:30 event in the zone of its TZID, two weeks before to two weeks after the next change
    // (and the one after it): always 09:00 on the wall clock, so the UTC hour moves by the change.
    void weeklyAcrossDst_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("skip");
        for (const char *z : {"Europe/Berlin", "America/New_York"})
            for (int skip : {0, 1})
                QTest::addRow("%s-%d", z, skip) << QByteArray(z) << skip;
    }
    void weeklyAcrossDst()
    {
        QFETCH(QByteArray, zone);
        QFETCH(int, skip);
        const QTimeZone z(zone);
        const QDate change = nextChange(z, skip);
        const QDate first = change.addDays(-14);
        const QByteArray ics
            = calendar(vevent("weekly@x", "DTSTART;TZID=" + zone + ":" + stamp(QDateTime(first, QTime(9, 0)))
                                              + "\n"
                                                "DTEND;TZID="
                                              + zone + ":" + stamp(QDateTime(first, QTime(10, 30)))
                                              + "\n"
                                                "RRULE:FREQ=WEEKLY;COUNT=5\nSUMMARY:Choir\n"));
        // Read by a tutor in another zone: the instants do not depend on it.
        const BusyImport r = readBusyTimes(ics, first.addDays(-1), first.addDays(40), QTimeZone("Asia/Tokyo"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.busy.size(), 5);
        for (int i = 0; i < 5; ++i) {
            const BusyTime &b = r.busy.at(i);
            QCOMPARE(b.startUtc.toTimeZone(z), QDateTime(first.addDays(7 * i), QTime(9, 0), z));
            QCOMPARE(b.startUtc.secsTo(b.endUtc), 5400);
            QCOMPARE(b.title, QStringLiteral("Choir"));
            QVERIFY(b.sourceUid.startsWith(QStringLiteral("weekly@x/")));
            QVERIFY(!b.allDay);
        }
        QVERIFY(r.busy.first().startUtc.time() != r.busy.last().startUtc.time());
    }

    // A Windows zone name described by the file's own VTIMEZONE (as Outlook writes it); IANA without VTIMEZONE
    // through libical's builtin zones; UTC; floating times in the tutor's zone.
    void zonesOfTimes()
    {
        const QByteArray vtimezone = "BEGIN:VTIMEZONE\nTZID:W. Europe Standard Time\n"
                                     "BEGIN:STANDARD\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n"
                                     "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\n"
                                     "BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
                                     "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n";
        const QByteArray ics
            = calendar(vtimezone
                       + vevent("win@x", "DTSTART;TZID=W. Europe Standard Time:20270112T100000\n"
                                         "DTEND;TZID=W. Europe Standard Time:20270112T110000\n")
                       + vevent("win-summer@x", "DTSTART;TZID=W. Europe Standard Time:20270713T100000\n"
                                                "DTEND;TZID=W. Europe Standard Time:20270713T110000\n")
                       + vevent("iana@x", "DTSTART;TZID=America/New_York:20270113T100000\nDURATION:PT45M\n")
                       + vevent("utc@x", "DTSTART:20270114T100000Z\nDTEND:20270114T120000Z\n")
                       + vevent("floating@x", "DTSTART:20270115T100000\nDTEND:20270115T110000\n"));
        const BusyImport r = readBusyTimes(ics, QDate(2027, 1, 1), QDate(2027, 12, 31), m_berlin);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.busy.size(), 5);
        QCOMPARE(r.busy.at(0).startUtc, QDateTime(QDate(2027, 1, 12), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(r.busy.at(1).startUtc, QDateTime(QDate(2027, 1, 13), QTime(15, 0), QTimeZone::utc()));
        QCOMPARE(r.busy.at(1).startUtc.secsTo(r.busy.at(1).endUtc), 45 * 60);
        QCOMPARE(r.busy.at(2).startUtc, QDateTime(QDate(2027, 1, 14), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(r.busy.at(3).startUtc, QDateTime(QDate(2027, 1, 15), QTime(9, 0), QTimeZone::utc())); // 10:00 Berlin
        QCOMPARE(r.busy.at(4).startUtc, QDateTime(QDate(2027, 7, 13), QTime(8, 0), QTimeZone::utc())); // summer time
    }

    // All-day events block whole days of the tutor's zone, a multi-day one every day; the next change's day too.
    void allDay()
    {
        const QDate change = nextChange(m_berlin);
        const QByteArray ics = calendar(vevent("one@x", "DTSTART;VALUE=DATE:" + day(change) + "\nSUMMARY:Holiday\n")
                                        + vevent("three@x", "DTSTART;VALUE=DATE:" + day(change.addDays(10))
                                                                + "\n"
                                                                  "DTEND;VALUE=DATE:"
                                                                + day(change.addDays(13)) + "\n"));
        const BusyImport r = readBusyTimes(ics, change.addDays(-1), change.addDays(20), m_berlin);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.busy.size(), 2);
        QVERIFY(r.busy.at(0).allDay);
        QCOMPARE(r.busy.at(0).startUtc, QDateTime(change, QTime(0, 0), m_berlin).toUTC());
        QCOMPARE(r.busy.at(0).endUtc, QDateTime(change.addDays(1), QTime(0, 0), m_berlin).toUTC());
        QVERIFY(r.busy.at(0).startUtc.secsTo(r.busy.at(0).endUtc) != 86400); // 23 or 25 hours that day
        QCOMPARE(r.busy.at(1).endUtc, QDateTime(change.addDays(13), QTime(0, 0), m_berlin).toUTC());
    }

    // EXDATE removes an instance, RECURRENCE-ID moves one, CANCELLED and TRANSPARENT events are left out, and
    // only what meets the range is read.
    void exceptionsAndSkips()
    {
        const QByteArray ics = calendar(
            vevent("daily@x", "DTSTART;TZID=Europe/Berlin:20270301T080000\nDTEND;TZID=Europe/Berlin:20270301T090000\n"
                              "RRULE:FREQ=DAILY;UNTIL=20270310T235959Z\nEXDATE;TZID=Europe/Berlin:20270303T080000\n")
            + vevent("daily@x",
                     "RECURRENCE-ID;TZID=Europe/Berlin:20270305T080000\n"
                     "DTSTART;TZID=Europe/Berlin:20270305T150000\nDTEND;TZID=Europe/Berlin:20270305T160000\n")
            + vevent("cancelled@x", "DTSTART:20270304T100000Z\nDTEND:20270304T110000Z\nSTATUS:CANCELLED\n")
            + vevent("free@x", "DTSTART:20270304T120000Z\nDTEND:20270304T130000Z\nTRANSP:TRANSPARENT\n")
            + vevent("moment@x", "DTSTART:20270304T140000Z\n"));
        const BusyImport r = readBusyTimes(ics, QDate(2027, 3, 2), QDate(2027, 3, 6), m_berlin);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QList<QDateTime> starts;
        for (const BusyTime &b : r.busy)
            starts << b.startUtc.toTimeZone(m_berlin);
        const QList<QDateTime> expected {
            QDateTime(QDate(2027, 3, 2), QTime(8, 0), m_berlin), QDateTime(QDate(2027, 3, 4), QTime(8, 0), m_berlin),
            QDateTime(QDate(2027, 3, 5), QTime(15, 0), m_berlin), QDateTime(QDate(2027, 3, 6), QTime(8, 0), m_berlin)};
        QCOMPARE(starts, expected);
        QCOMPARE(r.skipped, 2); // the cancelled and the transparent event; the moment is no block of time at all
    }

    void freeBusyPeriods()
    {
        const QByteArray ics = calendar("BEGIN:VFREEBUSY\nUID:fb@x\nDTSTAMP:20270101T000000Z\n"
                                        "FREEBUSY:20270201T090000Z/20270201T100000Z,20270202T090000Z/PT2H\n"
                                        "FREEBUSY;FBTYPE=BUSY-UNAVAILABLE:20270203T090000Z/20270203T093000Z\n"
                                        "FREEBUSY;FBTYPE=FREE:20270204T090000Z/20270204T100000Z\nEND:VFREEBUSY\n");
        const BusyImport r = readBusyTimes(ics, QDate(2027, 2, 1), QDate(2027, 2, 28), m_berlin);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.busy.size(), 3);
        QCOMPARE(r.busy.at(1).startUtc.secsTo(r.busy.at(1).endUtc), 7200);
        QCOMPARE(r.busy.at(2).endUtc, QDateTime(QDate(2027, 2, 3), QTime(9, 30), QTimeZone::utc()));
        QCOMPARE(r.skipped, 1);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("ics");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("not ical") << QByteArray("name,start\nx,2027-01-01\n") << QStringLiteral("not an iCalendar");
        QTest::newRow("too large") << calendar(
            vevent("big@x", "DTSTART:20270101T100000Z\nDTEND:20270101T110000Z\nDESCRIPTION:"
                                + QByteArray(int(kMaxIcsBytes), 'x') + "\n"))
                                   << QStringLiteral("larger than 1 MB");
        QTest::newRow("no start") << calendar(vevent("nostart@x", "SUMMARY:Nothing\n"))
                                  << QStringLiteral("no start time");
        QTest::newRow("unknown zone") << calendar(
            vevent("tz@x", "DTSTART;TZID=Mars/Olympus:20270101T100000\nDURATION:PT1H\n"))
                                      << QStringLiteral("Mars/Olympus");
        QTest::newRow("too many") << calendar(
            vevent("hourly@x", "DTSTART:20270101T000000Z\nDURATION:PT30M\nRRULE:FREQ=HOURLY\n"))
                                  << QStringLiteral("more than 500");
        QTest::newRow("bad date") << calendar(vevent("bad@x", "DTSTART:2027-01-01 10:00\nDURATION:PT1H\n"))
                                  << QStringLiteral("cannot be read");
    }
    void refused()
    {
        QFETCH(QByteArray, ics);
        QFETCH(QString, sentence);
        const BusyImport r = readBusyTimes(ics, QDate(2027, 1, 1), QDate(2027, 3, 31), m_berlin);
        QVERIFY(!r.ok());
        QVERIFY(r.busy.isEmpty());
        QVERIFY2(r.error.contains(sentence), qPrintable(r.error));
    }

    void badRange()
    {
        const QByteArray ics = calendar(vevent("a@x", "DTSTART:20270101T100000Z\nDURATION:PT1H\n"));
        QVERIFY(!readBusyTimes(ics, QDate(2027, 2, 1), QDate(2027, 1, 1), m_berlin).ok());
        QVERIFY(!readBusyTimes(ics, QDate(2027, 1, 1), QDate(2028, 6, 1), m_berlin).ok());
    }

    // Without the server's busyTimes routes (no client here): a JSON file per tutor in the data directory,
    // readable by the user only; created, read back, recognised on a second import, deleted.
    void localStore()
    {
        QTemporaryDir dir;
        const BusyTimeStore store(nullptr, dir.path(), QStringLiteral("profile-1"));
        QVERIFY(!store.onServer());
        BusyTime a;
        a.startUtc = QDateTime(QDate(2027, 1, 4), QTime(9, 0), QTimeZone::utc());
        a.endUtc = a.startUtc.addSecs(3600);
        a.title = QStringLiteral("Dentist");
        a.sourceUid = QStringLiteral("d@x/2027-01-04T09:00:00.000Z");
        BusyTime bad = a;
        bad.endUtc = a.startUtc.addSecs(-60);
        bad.sourceUid = QStringLiteral("bad");
        QList<BusyTimeStore::RowResult> results;
        store.create({a, bad}, nullptr, [&](const QList<BusyTimeStore::RowResult> &r) { results = r; });
        QCOMPARE(results.size(), 2);
        QVERIFY(results.at(0).error.isEmpty());
        QVERIFY(!results.at(0).busy.id.isEmpty());
        QVERIFY(!results.at(1).error.isEmpty());
        QFile file(store.localFile());
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QList<BusyTime> loaded;
        QString error;
        store.load(nullptr, [&](const QList<BusyTime> &l, const QString &e) { loaded = l, error = e; });
        QVERIFY(error.isEmpty());
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().title, a.title);
        QCOMPARE(loaded.first().startUtc, a.startUtc);
        QVERIFY(alreadyStored(a, loaded));
        store.remove(loaded.first().id, nullptr, [&](const QString &e) { error = e; });
        QVERIFY(error.isEmpty());
        store.load(nullptr, [&](const QList<BusyTime> &l, const QString &e) { loaded = l, error = e; });
        QVERIFY(loaded.isEmpty());
        // A damaged file is said, not ignored.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        store.load(nullptr, [&](const QList<BusyTime> &l, const QString &e) { loaded = l, error = e; });
        QVERIFY(error.contains(QStringLiteral("damaged")));
    }

    // The client's lesson plan (C52) leaves out lessons that meet a busy time.
    void planningSkipsBusyTimes()
    {
        const QDate monday = QDate::currentDate().addDays(14 - QDate::currentDate().dayOfWeek() + 1);
        const QJsonObject window {{QStringLiteral("dayOfWeek"), QStringLiteral("monday")},
                                  {QStringLiteral("startTime"), QStringLiteral("09:00")},
                                  {QStringLiteral("endTime"), QStringLiteral("12:00")},
                                  {QStringLiteral("isRecurring"), true},
                                  {QStringLiteral("teachingMode"), QStringLiteral("online")},
                                  {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")}};
        const QList<models::PlannedLesson> plan = models::plannedLessons({window}, monday, monday, 60, m_berlin);
        QCOMPARE(plan.size(), 3);
        BusyTime busy;
        busy.startUtc = QDateTime(monday, QTime(10, 30), m_berlin).toUTC();
        busy.endUtc = busy.startUtc.addSecs(600);
        int skipped = 0;
        const QList<models::PlannedLesson> left
            = models::withoutConflicts(plan, 60, {}, QDateTime::currentDateTimeUtc(), &skipped, {busy});
        QCOMPARE(left.size(), 2);
        QCOMPARE(skipped, 1);
        QCOMPARE(left.at(1).startUtc, QDateTime(monday, QTime(11, 0), m_berlin).toUTC());
    }
};

QTEST_GUILESS_MAIN(TestTutorBusyTimes)
#include "tst_tutor_busytimes.moc"
