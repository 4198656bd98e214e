// models::ICalendar: RFC 5545 output (CRLF, folding at 75 octets without splitting UTF-8, escaping,
// UID/DTSTAMP, VTIMEZONE with the zone's real transitions) read back by the strict reader, across a
// daylight-saving change.
#include "models/format.h"
#include "models/icalendar.h"

#include <QJsonObject>
#include <QTest>

using namespace tutorhub;
using models::CalendarEvent;
using models::ICalendar;

class TestTutorICalendar : public QObject
{
    Q_OBJECT

    static QDateTime utc(int y, int m, int d, int h, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
    }

private slots:
    void escaping()
    {
        QCOMPARE(ICalendar::escapeText(QStringLiteral("a,b;c\\d\ne")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
        QCOMPARE(ICalendar::unescapeText(ICalendar::escapeText(QStringLiteral("x, y; z\\\nw"))), QStringLiteral("x, y; z\\\nw"));
    }

    void foldingKeepsUtf8AndLimit()
    {
        const QString text = QStringLiteral("SUMMARY:") + QString(40, QChar(0x00E9)) + QString(30, QChar(0x20AC)); // é and €
        const QByteArray folded = ICalendar::foldLine(text.toUtf8());
        for (const QByteArray &line : folded.split('\n')) {
            if (line.isEmpty())
                continue;
            QVERIFY(line.endsWith('\r'));
            QVERIFY2(line.size() - 1 <= 75, line.constData());
        }
        // Unfolding gives the same text back: no UTF-8 sequence was split.
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        unfolded.chop(2);
        QCOMPARE(QString::fromUtf8(unfolded), text);
        QVERIFY(folded.contains("\r\n "));
    }

    // Lessons on both sides of the spring change in Europe/Berlin (29 March 2026): the VTIMEZONE carries
    // both offsets, the local times are 14:00 before and after, and reading back gives the same instants.
    void zonedAcrossDst()
    {
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        QList<CalendarEvent> events;
        CalendarEvent a;
        a.uid = QStringLiteral("slot-1@tutorhub");
        a.startUtc = utc(2026, 3, 27, 13); // 14:00 CET
        a.endUtc = a.startUtc.addSecs(3600);
        a.summary = QStringLiteral("Algebra, part 1; with Lena – “quotes” and a very long title that must be folded somewhere");
        a.location = QStringLiteral("Room 4, Hauptstraße 1");
        a.status = QStringLiteral("CONFIRMED");
        CalendarEvent b = a;
        b.uid = QStringLiteral("slot-2@tutorhub");
        b.startUtc = utc(2026, 3, 30, 12); // 14:00 CEST
        b.endUtc = b.startUtc.addSecs(5400);
        b.description = QStringLiteral("line one\nline two");
        events << a << b;
        const QDateTime stamp = utc(2026, 3, 1, 8);
        const QByteArray ics = ICalendar::build(events, berlin, stamp);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(ics.contains("DTSTART;TZID=Europe/Berlin:20260327T140000\r\n"));
        QVERIFY(ics.contains("DTSTART;TZID=Europe/Berlin:20260330T140000\r\n"));
        QVERIFY(ics.contains("TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200"));
        QVERIFY(ics.contains("TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100"));
        QVERIFY(ics.contains("DTSTAMP:20260301T080000Z"));

        const ICalendar::Parsed p = ICalendar::parse(ics);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.timeZoneIds, QStringList{QStringLiteral("Europe/Berlin")});
        QCOMPARE(p.referencedZones, QStringList{QStringLiteral("Europe/Berlin")});
        QCOMPARE(p.events.size(), 2);
        QCOMPARE(p.events.at(0).startUtc, a.startUtc);
        QCOMPARE(p.events.at(0).endUtc, a.endUtc);
        QCOMPARE(p.events.at(1).startUtc, b.startUtc);
        QCOMPARE(p.events.at(1).endUtc, b.endUtc);
        QCOMPARE(p.events.at(0).summary, a.summary);
        QCOMPARE(p.events.at(0).location, a.location);
        QCOMPARE(p.events.at(1).description, b.description);
        QCOMPARE(p.events.at(1).uid, b.uid);
    }

    // A zone on the other hemisphere (DST in January) and a zone without DST.
    void otherZones_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("sydney") << QByteArray("Australia/Sydney");
        QTest::newRow("tokyo") << QByteArray("Asia/Tokyo");
        QTest::newRow("new-york") << QByteArray("America/New_York");
        QTest::newRow("kolkata") << QByteArray("Asia/Kolkata");
    }
    void otherZones()
    {
        QFETCH(QByteArray, zone);
        const QTimeZone z(zone);
        QVERIFY(z.isValid());
        QList<CalendarEvent> events;
        for (int month = 1; month <= 12; month += 2) {
            CalendarEvent e;
            e.uid = QStringLiteral("m%1@tutorhub").arg(month);
            e.startUtc = utc(2026, month, 15, 9, 30);
            e.endUtc = e.startUtc.addSecs(2700);
            e.summary = QStringLiteral("Lesson");
            events << e;
        }
        const ICalendar::Parsed p = ICalendar::parse(ICalendar::build(events, z, utc(2026, 1, 1, 0)));
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.timeZoneIds, QStringList{QString::fromUtf8(zone)});
        QCOMPARE(p.events.size(), events.size());
        for (int i = 0; i < events.size(); ++i)
            QCOMPARE(p.events.at(i).startUtc, events.at(i).startUtc);
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
        const ICalendar::Parsed p = ICalendar::parse(ics);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.events.value(0).startUtc, e.startUtc);
    }

    // The reader refuses what importers refuse.
    void readerFindsViolations_data()
    {
        QTest::addColumn<QByteArray>("ics");
        const QByteArray ok = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20260101T000000Z\r\n"
                              "DTSTART:20260101T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        QTest::newRow("bare LF") << QByteArray(ok).replace("\r\n", "\n");
        QTest::newRow("long line") << QByteArray(ok).replace("UID:1", "UID:" + QByteArray(90, 'x'));
        QTest::newRow("no uid") << QByteArray(ok).replace("UID:1\r\n", "");
        QTest::newRow("unknown tzid") << QByteArray(ok).replace("DTSTART:20260101T100000Z", "DTSTART;TZID=Europe/Paris:20260101T100000");
        QTest::newRow("floating") << QByteArray(ok).replace("DTSTART:20260101T100000Z", "DTSTART:20260101T100000");
        QTest::newRow("unclosed") << QByteArray(ok).replace("END:VEVENT\r\n", "");
        QTest::newRow("no version") << QByteArray(ok).replace("VERSION:2.0\r\n", "");
    }
    void readerFindsViolations()
    {
        QFETCH(QByteArray, ics);
        QVERIFY(!ICalendar::parse(ics).ok());
    }

    void lessonSlotEvent()
    {
        const QJsonObject slot{{QStringLiteral("id"), QStringLiteral("s1")},
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
    }
};

QTEST_GUILESS_MAIN(TestTutorICalendar)
#include "tst_tutor_icalendar.moc"
