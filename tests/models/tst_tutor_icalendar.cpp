// models::ICalendar through libical (decision U1): every export is parsed back twice, by libical's own
// icalparser here in the test (times resolved by libical from the file's VTIMEZONE) and by
// ICalendar::parse, and each event's instants must come back unchanged, for lessons on both sides of a
// daylight-saving change in Europe/Berlin and America/New_York: the changes of 2026 and the next two
// changes after the day the test runs (any date, any system zone). Also: escaping and folding come out
// of libical as RFC 5545 wants them, and the reader refuses what importers refuse.
#include "models/format.h"
#include "models/icalendar.h"

#include <libical/ical.h>

#include <QJsonObject>
#include <QTest>

#include <cstdlib>

using namespace tutorhub;
using models::CalendarEvent;
using models::ICalendar;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

struct ReadBack
{
    QString uid;
    QDateTime start, end;
    QString tzid; // the TZID parameter of DTSTART ("" for UTC)
    QString summary, description, location, status;
};

// libical's reading of an export: no code of ours on this path.
QList<ReadBack> libicalRead(const QByteArray &ics, QString *error)
{
    QList<ReadBack> out;
    icalcomponent *cal = icalparser_parse_string(ics.constData());
    if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) {
        *error = QStringLiteral("libical found no VCALENDAR");
        if (cal)
            icalcomponent_free(cal);
        return out;
    }
    if (icalcomponent_count_errors(cal) > 0)
        *error = QStringLiteral("libical reports %1 errors").arg(icalcomponent_count_errors(cal));
    for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        ReadBack r;
        r.uid = QString::fromUtf8(icalcomponent_get_uid(ev));
        // icalcomponent_get_dtstart/dtend resolve TZID against the calendar's VTIMEZONE.
        const icaltimetype s = icalcomponent_get_dtstart(ev);
        const icaltimetype e = icalcomponent_get_dtend(ev);
        if (!icaltime_is_utc(s) && !s.zone)
            *error = QStringLiteral("DTSTART of %1 has no resolvable zone").arg(r.uid);
        r.start = QDateTime::fromSecsSinceEpoch(
            qint64(icaltime_as_timet_with_zone(s, s.zone ? s.zone : icaltimezone_get_utc_timezone())),
            QTimeZone::utc());
        r.end = QDateTime::fromSecsSinceEpoch(
            qint64(icaltime_as_timet_with_zone(e, e.zone ? e.zone : icaltimezone_get_utc_timezone())),
            QTimeZone::utc());
        icalproperty *dtstart = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
        if (icalparameter *tz = icalproperty_get_first_parameter(dtstart, ICAL_TZID_PARAMETER))
            r.tzid = QString::fromUtf8(icalparameter_get_tzid(tz));
        r.summary = QString::fromUtf8(icalcomponent_get_summary(ev));
        r.description = QString::fromUtf8(icalcomponent_get_description(ev) ? icalcomponent_get_description(ev) : "");
        r.location = QString::fromUtf8(icalcomponent_get_location(ev) ? icalcomponent_get_location(ev) : "");
        if (icalcomponent_get_first_property(ev, ICAL_STATUS_PROPERTY))
            r.status = QString::fromUtf8(icalproperty_status_to_string(icalcomponent_get_status(ev)));
        out.append(r);
    }
    icalcomponent_free(cal);
    return out;
}

// Physical lines: CRLF, at most 75 octets each.
QString lineProblem(const QByteArray &ics)
{
    if (!ics.endsWith("\r\n"))
        return QStringLiteral("no CRLF at the end");
    const QList<QByteArray> lines = ics.split('\n');
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (!lines.at(i).endsWith('\r'))
            return QStringLiteral("line %1 ends in bare LF").arg(i + 1);
        if (lines.at(i).size() - 1 > 75)
            return QStringLiteral("line %1 has %2 octets").arg(i + 1).arg(lines.at(i).size() - 1);
    }
    return {};
}

// Lessons at 14:00 local a week and a day before and after each of the next two transitions of `zone`
// after `from`.
QList<CalendarEvent> lessonsAround(const QTimeZone &zone, const QDateTime &from, int count = 2)
{
    QList<CalendarEvent> events;
    QDateTime at = from;
    for (int i = 0; i < count; ++i) {
        const QTimeZone::OffsetData t = zone.nextTransition(at);
        if (!t.atUtc.isValid())
            break;
        const QDate day = t.atUtc.toTimeZone(zone).date();
        for (int offset : {-7, -1, 1, 7}) {
            CalendarEvent e;
            e.uid = QStringLiteral("%1-%2-%3@tutorhub")
                        .arg(QString::fromUtf8(zone.id()), day.toString(Qt::ISODate))
                        .arg(offset);
            e.startUtc = QDateTime(day.addDays(offset), QTime(14, 0), zone).toUTC();
            e.endUtc = e.startUtc.addSecs(5400);
            e.summary = QStringLiteral("Lesson %1").arg(offset);
            e.status = QStringLiteral("CONFIRMED");
            events << e;
        }
        at = t.atUtc.addSecs(1);
    }
    return events;
}

} // namespace

class TestTutorICalendar : public QObject
{
    Q_OBJECT

    // Build, then both readers; every instant must come back, in `zone`'s TZID (or UTC).
    static void roundTrip(const QList<CalendarEvent> &events, const QTimeZone &zone, bool zoned)
    {
        const QByteArray ics = ICalendar::build(events, zone, utc(2026, 1, 1, 0));
        QCOMPARE(lineProblem(ics), QString());
        QString error;
        const QList<ReadBack> back = libicalRead(ics, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.size(), events.size());
        for (int i = 0; i < events.size(); ++i) {
            QCOMPARE(back.at(i).uid, events.at(i).uid);
            QCOMPARE(back.at(i).start, events.at(i).startUtc);
            QCOMPARE(back.at(i).end, events.at(i).endUtc);
            QCOMPARE(back.at(i).tzid, zoned ? QString::fromUtf8(zone.id()) : QString());
        }
        const ICalendar::Parsed p = ICalendar::parse(ics);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.events.size(), events.size());
        for (int i = 0; i < events.size(); ++i) {
            QCOMPARE(p.events.at(i).startUtc, events.at(i).startUtc);
            QCOMPARE(p.events.at(i).endUtc, events.at(i).endUtc);
        }
        if (zoned) {
            QCOMPARE(p.timeZoneIds, QStringList {QString::fromUtf8(zone.id())});
            QCOMPARE(p.referencedZones, QStringList {QString::fromUtf8(zone.id())});
        } else {
            QVERIFY(p.timeZoneIds.isEmpty());
        }
    }

private slots:
    // Lessons on both sides of the spring change in Europe/Berlin (29 March 2026): local times 14:00 before
    // and after in the file, the same instants read back by libical and by ICalendar::parse.
    void berlinSpring2026()
    {
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        CalendarEvent a;
        a.uid = QStringLiteral("slot-1@tutorhub");
        a.startUtc = utc(2026, 3, 27, 13); // 14:00 CET
        a.endUtc = a.startUtc.addSecs(3600);
        a.summary = QStringLiteral(
            "Algebra, part 1; with Lena – “quotes” and a very long title that must be folded somewhere");
        a.location = QStringLiteral("Room 4, Hauptstraße 1");
        a.status = QStringLiteral("CONFIRMED");
        CalendarEvent b = a;
        b.uid = QStringLiteral("slot-2@tutorhub");
        b.startUtc = utc(2026, 3, 30, 12); // 14:00 CEST
        b.endUtc = b.startUtc.addSecs(5400);
        b.description = QStringLiteral("line one\nline two");
        b.status = QStringLiteral("CANCELLED");
        const QByteArray ics = ICalendar::build({a, b}, berlin, utc(2026, 3, 1, 8));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.contains("DTSTART;TZID=Europe/Berlin:20260327T140000\r\n"));
        QVERIFY(ics.contains("DTSTART;TZID=Europe/Berlin:20260330T140000\r\n"));
        QVERIFY(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"));
        QVERIFY(ics.contains("DTSTAMP:20260301T080000Z\r\n"));
        QVERIFY(ics.contains("PRODID:-//TutorHub//TutorHub Desktop//EN\r\n"));
        QString error;
        const QList<ReadBack> back = libicalRead(ics, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).start, a.startUtc);
        QCOMPARE(back.at(1).start, b.startUtc);
        QCOMPARE(back.at(1).end, b.endUtc);
        QCOMPARE(back.at(0).summary, a.summary);
        QCOMPARE(back.at(0).location, a.location);
        QCOMPARE(back.at(1).description, b.description);
        QCOMPARE(back.at(1).status, QStringLiteral("CANCELLED"));
        const ICalendar::Parsed p = ICalendar::parse(ics);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.events.value(0).summary, a.summary);
        QCOMPARE(p.events.value(1).description, b.description);
        QCOMPARE(p.events.value(1).status, QStringLiteral("CANCELLED"));
    }

    // The next two changes after today (spring and autumn, whichever comes first) in Berlin and New York,
    // and the changes of 2026 and 2027: any date the suite runs on.
    void acrossDstChanges_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("from");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const char *z : {"Europe/Berlin", "America/New_York"}) {
            QTest::addRow("%s-next", z) << QByteArray(z) << now;
            QTest::addRow("%s-2026", z) << QByteArray(z) << utc(2026, 1, 1, 0);
            QTest::addRow("%s-2027", z) << QByteArray(z) << utc(2027, 1, 1, 0);
        }
    }
    void acrossDstChanges()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, from);
        const QTimeZone z(zone);
        QVERIFY(z.isValid());
        const QList<CalendarEvent> events = lessonsAround(z, from);
        QCOMPARE(events.size(), 8);
        // The lessons keep 14:00 on the wall clock, so their UTC hours differ across each change.
        QVERIFY(events.at(0).startUtc.time() != events.at(3).startUtc.time());
        roundTrip(events, z, true);
        // The same lessons written in UTC read back the same too.
        roundTrip(events, QTimeZone::utc(), false);
    }

    // Zones without DST, on the other hemisphere, with a half-hour offset.
    void otherZones_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("sydney") << QByteArray("Australia/Sydney");
        QTest::newRow("tokyo") << QByteArray("Asia/Tokyo");
        QTest::newRow("kolkata") << QByteArray("Asia/Kolkata");
    }
    void otherZones()
    {
        QFETCH(QByteArray, zone);
        const QTimeZone z(zone);
        QList<CalendarEvent> events;
        for (int month = 1; month <= 12; month += 2) {
            CalendarEvent e;
            e.uid = QStringLiteral("m%1@tutorhub").arg(month);
            e.startUtc = utc(2026, month, 15, 9, 30);
            e.endUtc = e.startUtc.addSecs(2700);
            e.summary = QStringLiteral("Lesson");
            events << e;
        }
        roundTrip(events, z, true);
    }

    void utcZoneWritesZuluTimes()
    {
        CalendarEvent e;
        e.uid = QStringLiteral("u@tutorhub");
        e.startUtc = utc(2026, 6, 1, 10);
        e.endUtc = utc(2026, 6, 1, 11);
        e.summary = QStringLiteral("x");
        const QByteArray ics = ICalendar::build({e}, QTimeZone::utc(), utc(2026, 1, 1, 0));
        QVERIFY(!ics.contains("VTIMEZONE"));
        QVERIFY(ics.contains("DTSTART:20260601T100000Z\r\n"));
        roundTrip({e}, QTimeZone::utc(), false);
    }

    // libical escapes TEXT values and folds long lines at 75 octets without splitting a UTF-8 sequence.
    void escapingAndFolding()
    {
        CalendarEvent e;
        e.uid = QStringLiteral("f@tutorhub");
        e.startUtc = utc(2026, 6, 1, 10);
        e.endUtc = utc(2026, 6, 1, 11);
        e.summary = QStringLiteral("a,b;c\\d ") + QString(40, QChar(0x00E9)) + QString(30, QChar(0x20AC)); // é and €
        e.description = QStringLiteral("x, y; z\\\nw");
        const QByteArray ics = ICalendar::build({e}, QTimeZone("Europe/Berlin"), utc(2026, 1, 1, 0));
        QCOMPARE(lineProblem(ics), QString());
        QVERIFY(ics.contains("SUMMARY:a\\,b\\;c\\\\d "));
        QVERIFY(ics.contains("DESCRIPTION:x\\, y\\; z\\\\\\nw"));
        QVERIFY(ics.contains("\r\n ")); // folded
        // Every physical line is valid UTF-8 on its own: no sequence was split by the fold.
        for (const QByteArray &line : ics.split('\n'))
            QCOMPARE(QString::fromUtf8(line).toUtf8(), line);
        QString error;
        const QList<ReadBack> back = libicalRead(ics, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.value(0).summary, e.summary);
        QCOMPARE(back.value(0).description, e.description);
    }

    // The reader refuses what importers refuse.
    void readerFindsViolations_data()
    {
        QTest::addColumn<QByteArray>("ics");
        const QByteArray ok
            = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20260101T000000Z\r\n"
              "DTSTART:20260101T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        QVERIFY(ICalendar::parse(ok).ok());
        QTest::newRow("bare LF") << QByteArray(ok).replace("\r\n", "\n");
        QTest::newRow("long line") << QByteArray(ok).replace("UID:1", "UID:" + QByteArray(90, 'x'));
        QTest::newRow("no uid") << QByteArray(ok).replace("UID:1\r\n", "");
        QTest::newRow("unknown tzid") << QByteArray(ok).replace("DTSTART:20260101T100000Z",
                                                                "DTSTART;TZID=Europe/Paris:20260101T100000");
        QTest::newRow("floating") << QByteArray(ok).replace("DTSTART:20260101T100000Z", "DTSTART:20260101T100000");
        QTest::newRow("no version") << QByteArray(ok).replace("VERSION:2.0\r\n", "");
        QTest::newRow("not ical") << QByteArray("hello\r\n");
        QTest::newRow("ends before start") << QByteArray(ok).replace(
            "DTSTART:20260101T100000Z\r\n", "DTSTART:20260101T100000Z\r\nDTEND:20260101T090000Z\r\n");
    }
    void readerFindsViolations()
    {
        QFETCH(QByteArray, ics);
        QVERIFY(!ICalendar::parse(ics).ok());
    }

    void lessonSlotEvent()
    {
        const QJsonObject slot {{QStringLiteral("id"), QStringLiteral("s1")},
                                {QStringLiteral("startsAt"), QStringLiteral("2026-12-01T10:00:00.000Z")},
                                {QStringLiteral("endsAt"), QStringLiteral("2026-12-01T11:00:00.000Z")},
                                {QStringLiteral("status"), QStringLiteral("canceled")},
                                {QStringLiteral("meetLink"), QStringLiteral("https://meet.example/abc")},
                                {QStringLiteral("coursePackTitle"), QStringLiteral("Algebra")},
                                {QStringLiteral("studentName"), QStringLiteral("Lena Fischer")}};
        const CalendarEvent e = ICalendar::fromLessonSlot(slot, QStringLiteral("tutor"));
        QCOMPARE(e.uid, QStringLiteral("s1@tutorhub"));
        QCOMPARE(e.status, QStringLiteral("CANCELLED"));
        QCOMPARE(e.summary, QStringLiteral("Algebra – Lena Fischer"));
        QCOMPARE(e.url, QStringLiteral("https://meet.example/abc"));
        QCOMPARE(e.endUtc, e.startUtc.addSecs(3600));
        const QByteArray ics = ICalendar::build({e}, QTimeZone("America/New_York"), utc(2026, 1, 1, 0));
        QVERIFY(ics.contains("URL:https://meet.example/abc\r\n"));
        QVERIFY(ics.contains("STATUS:CANCELLED\r\n"));
        roundTrip({e}, QTimeZone("America/New_York"), true);
    }
};

QTEST_GUILESS_MAIN(TestTutorICalendar)
#include "tst_tutor_icalendar.moc"
