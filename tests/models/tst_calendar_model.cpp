// The calendar's view-model (issue 15 item 2, U30-U34): events placed on the local days of two zones around their
// clock changes and across midnight, the month grid, navigation by day, week and month, today from an injected
// clock, loading through a loader with stale answers dropped. Pure model: no server (the loader against the real
// server is tested in tests/ui/tst_calendar_e2e.cpp).
#include "models/calendar/calendarmodel.h"
#include "models/format.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace tutorhub;
using models::Format;
using models::calendar::CalendarEvent;
using models::calendar::CalendarLoader;
using models::calendar::CalendarModel;
using models::calendar::DaySegment;

namespace {
QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}
CalendarEvent lesson(const QString &id, const QDateTime &start, int minutes = 60)
{
    CalendarEvent e;
    e.id = id;
    e.startUtc = start;
    e.endUtc = start.addSecs(60LL * minutes);
    e.title = QStringLiteral("Maths");
    e.status = QStringLiteral("booked");
    return e;
}
// Answers each load later, in the order asked or reversed; records the ranges.
class ScriptedLoader : public CalendarLoader
{
public:
    struct Call
    {
        QDateTime from, to;
        Done done;
    };
    QList<Call> calls;
    int invalidated = 0;
    void load(const QDateTime &fromUtc, const QDateTime &toUtc, QObject *, Done done) override
    {
        calls << Call {fromUtc, toUtc, std::move(done)};
    }
    void invalidate() override { ++invalidated; }
};
} // namespace

class TestCalendarModel : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Format::setDisplayZone({}); }

    void placesAcrossClockChangesAndMidnight_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("startMinute");
        QTest::addColumn<int>("endMinute");
        QTest::addColumn<bool>("before");
        QTest::addColumn<bool>("after");
        // Berlin: summer time from 2027-03-28 01:00 UTC (02:00 CET -> 03:00 CEST), to 2027-10-31 01:00 UTC.
        QTest::newRow("berlin spring forward")
            << QByteArray("Europe/Berlin") << utc("2027-03-28T00:30:00Z") << 60 << QDate(2027, 3, 28) << 90 << 210
            << false << false; // 01:30 CET - 03:30 CEST
        QTest::newRow("berlin after the change") << QByteArray("Europe/Berlin") << utc("2027-03-28T07:00:00Z") << 60
                                                 << QDate(2027, 3, 28) << 9 * 60 << 10 * 60 << false << false;
        QTest::newRow("berlin fall back")
            << QByteArray("Europe/Berlin") << utc("2027-10-31T00:30:00Z") << 60 << QDate(2027, 10, 31) << 150 << 210
            << false << false; // 02:30 CEST - 02:30 CET: an hour long
        QTest::newRow("berlin before midnight") << QByteArray("Europe/Berlin") << utc("2027-03-27T22:30:00Z") << 60
                                                << QDate(2027, 3, 27) << 23 * 60 + 30 << 24 * 60 << false << true;
        QTest::newRow("berlin after midnight") << QByteArray("Europe/Berlin") << utc("2027-03-27T22:30:00Z") << 60
                                               << QDate(2027, 3, 28) << 0 << 30 << true << false;
        // New York: daylight time from 2027-03-14 07:00 UTC (02:00 EST -> 03:00 EDT), to 2027-11-07 06:00 UTC.
        QTest::newRow("new york spring forward") << QByteArray("America/New_York") << utc("2027-03-14T06:30:00Z") << 60
                                                 << QDate(2027, 3, 14) << 90 << 210 << false << false;
        QTest::newRow("new york fall back")
            << QByteArray("America/New_York") << utc("2027-11-07T05:30:00Z") << 60 << QDate(2027, 11, 7) << 90 << 150
            << false << false; // 01:30 EDT - 01:30 EST
        QTest::newRow("new york across midnight into the change")
            << QByteArray("America/New_York") << utc("2027-03-14T04:30:00Z") << 120 << QDate(2027, 3, 14) << 0 << 90
            << true << false;
        QTest::newRow("new york the evening before")
            << QByteArray("America/New_York") << utc("2027-03-14T04:30:00Z") << 120 << QDate(2027, 3, 13)
            << 23 * 60 + 30 << 24 * 60 << false << true;
        // The same instant as "berlin spring forward", in New York: the evening before, an ordinary hour.
        QTest::newRow("berlin's change seen from new york")
            << QByteArray("America/New_York") << utc("2027-03-28T00:30:00Z") << 60 << QDate(2027, 3, 27) << 20 * 60 + 30
            << 21 * 60 + 30 << false << false;
    }
    void placesAcrossClockChangesAndMidnight()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, start);
        QFETCH(int, minutes);
        QFETCH(QDate, day);
        QFETCH(int, startMinute);
        QFETCH(int, endMinute);
        QFETCH(bool, before);
        QFETCH(bool, after);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        const DaySegment s = CalendarModel::placeOnDay(lesson(QStringLiteral("a"), start, minutes), day, tz);
        QVERIFY(s.event >= 0);
        QCOMPARE(s.startMinute, startMinute);
        QCOMPARE(s.endMinute, endMinute);
        QCOMPARE(s.continuesBefore, before);
        QCOMPARE(s.continuesAfter, after);
        // Not on the days around it unless it crosses into them.
        QCOMPARE(CalendarModel::placeOnDay(lesson(QStringLiteral("a"), start, minutes), day.addDays(after ? 2 : 1), tz)
                     .event,
                 -1);
        QCOMPARE(
            CalendarModel::placeOnDay(lesson(QStringLiteral("a"), start, minutes), day.addDays(before ? -2 : -1), tz)
                .event,
            -1);

        // Through the model in that display zone: the week shows it on that day (and the next when it crosses).
        Format::setDisplayZone(tz);
        CalendarModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSelectedDate(day);
        model.setEvents({lesson(QStringLiteral("a"), start, minutes)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.eventsOn(day), QList<int> {0});
        QCOMPARE(model.eventsByDay().value(day), QList<int> {0}); // the month view's shortcut agrees
        QCOMPARE(model.eventsByDay().value(day.addDays(after ? 2 : 1)), model.eventsOn(day.addDays(after ? 2 : 1)));
        if (after)
            QCOMPARE(model.eventsByDay().value(day.addDays(1)), model.eventsOn(day.addDays(1)));
        const QList<DaySegment> segments = model.segmentsOn(day);
        QCOMPARE(segments.size(), 1);
        QCOMPARE(segments.first().startMinute, startMinute);
        QCOMPARE(model.data(model.index(0), CalendarModel::StartRole).toDateTime(), start);
    }

    void dayStartsWhereMidnightExists()
    {
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(CalendarModel::dayStartUtc(QDate(2027, 3, 28), berlin), utc("2027-03-27T23:00:00Z"));
        QCOMPARE(CalendarModel::dayStartUtc(QDate(2027, 3, 29), berlin), utc("2027-03-28T22:00:00Z")); // a 23-hour day
        QCOMPARE(CalendarModel::dayStartUtc(QDate(2027, 11, 1), berlin),
                 utc("2027-10-31T23:00:00Z")); // after a 25-hour day
    }

    void monthGridIsWholeWeeks()
    {
        Format::setDisplayZone(QTimeZone("Europe/Berlin"));
        CalendarModel model;
        model.setMode(CalendarModel::Month);
        model.setSelectedDate(QDate(2027, 2, 10)); // 1 Feb 2027 is a Monday, 28 days: four weeks exactly
        QCOMPARE(model.monthWeeks().size(), 4);
        QCOMPARE(model.firstDay(), QDate(2027, 2, 1));
        QCOMPARE(model.lastDay(), QDate(2027, 2, 28));
        model.setSelectedDate(QDate(2027, 5, 20)); // 1 May is a Saturday, 31 May a Monday: six weeks
        const auto weeks = model.monthWeeks();
        QCOMPARE(weeks.size(), 6);
        QCOMPARE(weeks.first().first(), QDate(2027, 4, 26));
        QCOMPARE(weeks.last().last(), QDate(2027, 6, 6));
        for (const auto &week : weeks) {
            QCOMPARE(week.size(), 7);
            QCOMPARE(week.first().dayOfWeek(), 1);
        }
        QCOMPARE(model.rangeStartUtc(), utc("2027-04-25T22:00:00Z"));
        QCOMPARE(model.rangeEndUtc(), utc("2027-06-06T22:00:00Z"));
        // March 2027 in the range: the spring change inside; the range still starts and ends at local midnights.
        model.setSelectedDate(QDate(2027, 3, 3));
        QCOMPARE(model.monthWeeks().size(), 5);
        QCOMPARE(model.rangeStartUtc(), utc("2027-02-28T23:00:00Z"));
        QCOMPARE(model.rangeEndUtc(), utc("2027-04-04T22:00:00Z")); // Monday 5 April, summer time
    }

    void navigatesByDayWeekAndMonth()
    {
        Format::setDisplayZone(QTimeZone("America/New_York"));
        CalendarModel model;
        QSignalSpy range(&model, &CalendarModel::rangeChanged);
        model.setSelectedDate(QDate(2027, 3, 10)); // a Wednesday
        QCOMPARE(model.mode(), CalendarModel::Week);
        QCOMPARE(model.firstDay(), QDate(2027, 3, 8));
        QCOMPARE(model.lastDay(), QDate(2027, 3, 14));
        model.nextPeriod();
        QCOMPARE(model.selectedDate(), QDate(2027, 3, 17));
        QCOMPARE(model.firstDay(), QDate(2027, 3, 15));
        model.moveDays(-1);
        QCOMPARE(model.selectedDate(), QDate(2027, 3, 16));
        const int before = int(range.count());
        model.moveDays(-1); // still the same week: the range does not change
        QCOMPARE(int(range.count()), before);
        model.setMode(CalendarModel::Month);
        model.previousPeriod();
        QCOMPARE(model.selectedDate(), QDate(2027, 2, 15));
        model.setSelectedDate(QDate(2027, 3, 31));
        model.previousPeriod(); // 31 March back a month: the last day of February
        QCOMPARE(model.selectedDate(), QDate(2027, 2, 28));
        model.setMode(CalendarModel::Day);
        model.nextPeriod();
        QCOMPARE(model.selectedDate(), QDate(2027, 3, 1));
        QCOMPARE(model.firstDay(), model.lastDay());
        QVERIFY(!model.title().isEmpty());

        // Today is the display zone's date of the clock: 2027-03-29 02:30 UTC is the 29th in Berlin, the 28th in New
        // York.
        model.setClock([] { return utc("2027-03-29T02:30:00Z"); });
        model.goToday();
        QCOMPARE(model.selectedDate(), QDate(2027, 3, 28));
        Format::setDisplayZone(QTimeZone("Europe/Berlin"));
        model.goToday();
        QCOMPARE(model.selectedDate(), QDate(2027, 3, 29));
    }

    void eventsOfADayAndTheSelectedEvent()
    {
        Format::setDisplayZone(QTimeZone("Europe/Berlin"));
        CalendarModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSelectedDate(QDate(2027, 3, 10));
        CalendarEvent busy = lesson(QStringLiteral("busy"), utc("2027-03-10T07:00:00Z"), 240);
        busy.kind = CalendarEvent::Busy;
        model.setEvents({lesson(QStringLiteral("late"), utc("2027-03-10T15:00:00Z")),
                         lesson(QStringLiteral("early"), utc("2027-03-10T08:00:00Z")), busy,
                         lesson(QStringLiteral("other week"), utc("2027-03-20T08:00:00Z"))});
        QCOMPARE(model.rowCount(), 3); // the other week's lesson is outside the range
        QCOMPARE(model.event(0).id, QStringLiteral("busy")); // start order
        QCOMPARE(model.eventsOn(QDate(2027, 3, 10)).size(), 3);
        model.selectNextEvent(1); // lessons and meetings only
        QCOMPARE(model.selectedEventId(), QStringLiteral("early"));
        model.selectNextEvent(1);
        QCOMPARE(model.selectedEventId(), QStringLiteral("late"));
        model.selectNextEvent(1);
        QCOMPARE(model.selectedEventId(), QStringLiteral("late"));
        model.selectNextEvent(-1);
        QCOMPARE(model.selectedEventId(), QStringLiteral("early"));
        model.moveDays(1); // another day: its events only
        QCOMPARE(model.selectedEventId(), QString());
    }

    void loadsTheVisibleRangeAndDropsStaleAnswers()
    {
        Format::setDisplayZone(QTimeZone("Europe/Berlin"));
        ScriptedLoader loader;
        CalendarModel model(&loader);
        QSignalSpy loaded(&model, &CalendarModel::loaded);
        QSignalSpy failed(&model, &CalendarModel::failed);
        model.setSelectedDate(QDate(2027, 3, 24));
        QCOMPARE(loader.calls.size(), 1);
        QCOMPARE(loader.calls.at(0).from, utc("2027-03-21T23:00:00Z")); // Monday 22 March, local midnight
        QCOMPARE(loader.calls.at(0).to, utc("2027-03-28T22:00:00Z")); // Monday 29 March, after the change
        QVERIFY(model.isLoading());
        model.nextPeriod();
        QCOMPARE(loader.calls.size(), 2);
        // The newer range answers first; the older answer arrives late and is dropped.
        loader.calls.at(1).done({lesson(QStringLiteral("new"), utc("2027-03-30T08:00:00Z"))}, {});
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!model.isLoading());
        loader.calls.at(0).done({lesson(QStringLiteral("old"), utc("2027-03-23T08:00:00Z"))}, {});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.event(0).id, QStringLiteral("new"));
        QCOMPARE(loaded.count(), 1);
        // An error is a sentence; what arrived is still shown.
        model.refresh();
        QCOMPARE(loader.invalidated, 1);
        loader.calls.last().done({lesson(QStringLiteral("new"), utc("2027-03-30T08:00:00Z"))},
                                 QStringLiteral("The server could not be reached."));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(model.errorText(), QStringLiteral("The server could not be reached."));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCalendarModel)
#include "tst_calendar_model.moc"
