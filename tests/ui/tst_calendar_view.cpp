// The calendar's canvas offscreen (issue 15 item 2, U34, U36): keyboard navigation (arrows, Page Up/Down, T/Home,
// D/W/M, Enter), where events are drawn in the day, week and month grids (a lesson across midnight on both days, a
// month cell with "+n more"), clicks, and the accessible description that announces the selected day and event.
#include "calendar/calendarview.h"
#include "common/theme.h"
#include "models/format.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace tutorhub;
using models::Format;
using models::calendar::CalendarEvent;
using models::calendar::CalendarModel;

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
    e.title = QStringLiteral("Physics");
    e.withWhom = QStringLiteral("Lena Fischer");
    e.status = QStringLiteral("booked");
    return e;
}
} // namespace

class TestCalendarView : public QObject
{
    Q_OBJECT

    QList<CalendarEvent> events()
    {
        QList<CalendarEvent> list {lesson(QStringLiteral("evening"), utc("2027-03-10T17:00:00Z")),
                                   lesson(QStringLiteral("morning"), utc("2027-03-10T08:00:00Z")),
                                   lesson(QStringLiteral("midnight"), utc("2027-03-11T22:30:00Z"), 90)};
        for (int i = 0; i < 9; ++i) // a busy Friday: more than a month cell holds
            list << lesson(QStringLiteral("fri%1").arg(i), utc("2027-03-12T07:00:00Z").addSecs(3600LL * i));
        return list;
    }

private slots:
    void initTestCase() { Format::setDisplayZone(QTimeZone("Europe/Berlin")); }

    void keyboardMovesDaysPeriodsAndViews()
    {
        CalendarModel model;
        model.setClock([] { return utc("2027-03-10T12:00:00Z"); });
        model.goToday();
        model.setEvents(events());
        ui::CalendarView view(&model);
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        QCOMPARE(model.selectedDate(), QDate(2027, 3, 10));
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(model.selectedDate(), QDate(2027, 3, 11));
        QTest::keyClick(&view, Qt::Key_Down); // week view: a week
        QCOMPARE(model.selectedDate(), QDate(2027, 3, 18));
        QTest::keyClick(&view, Qt::Key_PageUp);
        QCOMPARE(model.selectedDate(), QDate(2027, 3, 11));
        QTest::keyClick(&view, Qt::Key_M);
        QCOMPARE(model.mode(), CalendarModel::Month);
        QTest::keyClick(&view, Qt::Key_PageDown);
        QCOMPARE(model.selectedDate(), QDate(2027, 4, 11));
        QTest::keyClick(&view, Qt::Key_T);
        QCOMPARE(model.selectedDate(), QDate(2027, 3, 10));
        QTest::keyClick(&view, Qt::Key_Left);
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(model.selectedDate(), QDate(2027, 3, 10));
        QTest::keyClick(&view, Qt::Key_W);
        QCOMPARE(model.mode(), CalendarModel::Week);
        // Enter in the week opens the selected day; there Down picks its events and Enter opens one.
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(model.mode(), CalendarModel::Day);
        QSignalSpy activated(&view, &ui::CalendarView::eventActivated);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(model.selectedEventId(), QStringLiteral("morning"));
        QVERIFY2(view.accessibleDescription().contains(QStringLiteral("Physics")),
                 qPrintable(view.accessibleDescription()));
        QVERIFY2(view.accessibleDescription().contains(Format::time(utc("2027-03-10T08:00:00Z"))),
                 qPrintable(view.accessibleDescription()));
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(model.selectedEventId(), QStringLiteral("evening"));
        QTest::keyClick(&view, Qt::Key_Enter);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("evening"));
        QTest::keyClick(&view, Qt::Key_D); // already the day view: nothing else changes
        QCOMPARE(model.selectedDate(), QDate(2027, 3, 10));
        // Tab leaves the calendar.
        QVERIFY(view.focusPolicy() & Qt::TabFocus);
        QVERIFY(!view.accessibleName().isEmpty());
    }

    void drawsEventsWhereTheyHappen()
    {
        CalendarModel model;
        model.setSelectedDate(QDate(2027, 3, 10));
        model.setEvents(events());
        ui::CalendarView view(&model);
        view.resize(900, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Week: the morning lesson (09:00 CET) above the evening one (18:00) in Wednesday's column.
        const QRectF morning = view.eventRect(QStringLiteral("morning"));
        const QRectF evening = view.eventRect(QStringLiteral("evening"));
        const QRectF wednesday = view.dayRect(QDate(2027, 3, 10));
        QVERIFY(!morning.isEmpty() && !evening.isEmpty());
        QVERIFY(wednesday.contains(morning.center()) && wednesday.contains(evening.center()));
        QVERIFY(morning.bottom() <= evening.top());
        QCOMPARE(evening.height(), morning.height()); // both an hour
        // 23:30 CET on Thursday for 90 minutes: on Thursday's column up to midnight and on Friday's from 00:00.
        const QRectF midnight = view.eventRect(QStringLiteral("midnight"));
        QVERIFY(view.dayRect(QDate(2027, 3, 11)).contains(midnight.center()));
        // Clicking an event opens it.
        QSignalSpy activated(&view, &ui::CalendarView::eventActivated);
        QTest::mouseClick(&view, Qt::LeftButton, {}, morning.center().toPoint());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(model.selectedEventId(), QStringLiteral("morning"));

        // Month: nine lessons on Friday do not fit a cell: "+n more", and clicking it opens the day.
        model.setMode(CalendarModel::Month);
        view.resize(900, 600);
        QTest::qWait(0);
        QVERIFY(view.hiddenOn(QDate(2027, 3, 12)) > 0);
        QCOMPARE(view.hiddenOn(QDate(2027, 3, 10)), 0);
        QVERIFY(view.dayRect(QDate(2027, 3, 10)).contains(view.eventRect(QStringLiteral("morning")).center()));
        QTest::mouseDClick(&view, Qt::LeftButton, {}, view.dayRect(QDate(2027, 3, 3)).center().toPoint());
        QCOMPARE(model.mode(), CalendarModel::Day);
        QCOMPARE(model.selectedDate(), QDate(2027, 3, 3));
        // The day view of the busy Friday: every lesson has its own place.
        model.setSelectedDate(QDate(2027, 3, 12));
        model.setEvents(events());
        for (int i = 0; i < 9; ++i)
            QVERIFY(!view.eventRect(QStringLiteral("fri%1").arg(i)).isEmpty());
        // Painting works in every theme's colours (no crash, nothing drawn outside).
        QImage image(view.size(), QImage::Format_ARGB32);
        view.render(&image);
        QVERIFY(!image.isNull());
    }
};

QTEST_MAIN(TestCalendarView)
#include "tst_calendar_view.moc"
