// The shared week calendar: placement in the display zone across a DST change, overlaps, selection
// by mouse and keyboard, week navigation, empty-slot and activation signals, accessibility text.
#include "common/weekview.h"

#include "models/format.h"

#include <QSignalSpy>
#include <QTest>

using namespace tutorhub;
using models::Format;
using ui::WeekItem;
using ui::WeekView;

namespace {
QDateTime utc(const char *iso)
{
    return Format::parseUtc(QString::fromLatin1(iso));
}
WeekItem item(const char *id, const char *start, const char *end, const char *title = "Free")
{
    WeekItem w;
    w.id = QString::fromLatin1(id);
    w.startUtc = utc(start);
    w.endUtc = utc(end);
    w.title = QString::fromLatin1(title);
    w.tone = QStringLiteral("positive");
    return w;
}
} // namespace

class TestWeekView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Format::setDisplayZone(QTimeZone("Europe/Berlin")); }
    void cleanupTestCase() { Format::setDisplayZone(QTimeZone()); }

    void placesItemsInTheDisplayZoneAcrossDst()
    {
        WeekView view;
        view.resize(900, 700);
        view.setWeek(QDate(2026, 3, 26)); // Thursday; the week Mon 23 - Sun 29 March (DST starts Sunday)
        QCOMPARE(view.weekStart(), QDate(2026, 3, 23));
        // The week is 7 days minus the hour lost on Sunday.
        QCOMPARE(view.weekStartUtc().secsTo(view.weekEndUtc()), qint64(7 * 24 * 3600 - 3600));
        view.setItems({
            item("sat", "2026-03-28T09:00:00Z", "2026-03-28T10:00:00Z"), // 10:00 CET Saturday
            item("sun", "2026-03-29T08:00:00Z", "2026-03-29T09:00:00Z"), // 10:00 CEST Sunday
            item("before", "2026-03-22T09:00:00Z", "2026-03-22T10:00:00Z"), // the Sunday before
            item("after", "2026-03-30T09:00:00Z", "2026-03-30T10:00:00Z"), // next Monday
        });
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.visibleItems().size(), 2);
        QCOMPARE(view.visibleItems().first().id, QStringLiteral("sat"));
        const QRect sat = view.itemRect(QStringLiteral("sat"));
        const QRect sun = view.itemRect(QStringLiteral("sun"));
        QVERIFY(!sat.isNull() && !sun.isNull());
        QCOMPARE(sat.top(), sun.top()); // both at 10:00 local wall time
        QVERIFY(sun.left() > sat.right()); // Sunday is the next column
        QVERIFY(view.itemRect(QStringLiteral("before")).isNull());
        QSignalSpy week(&view, &WeekView::weekChanged);
        view.nextWeek();
        QCOMPARE(week.count(), 1);
        QCOMPARE(view.weekStart(), QDate(2026, 3, 30));
        QCOMPARE(view.visibleItems().size(), 1);
        QCOMPARE(view.visibleItems().first().id, QStringLiteral("after"));
        view.previousWeek();
        view.previousWeek();
        QCOMPARE(view.visibleItems().first().id, QStringLiteral("before"));
        QVERIFY(view.findChild<QWidget *>()->isVisible());
    }

    void overlappingItemsShareTheColumn()
    {
        WeekView view;
        view.resize(900, 700);
        view.setWeek(QDate(2026, 11, 23));
        view.setItems({item("a", "2026-11-24T09:00:00Z", "2026-11-24T10:00:00Z"),
                       item("b", "2026-11-24T09:30:00Z", "2026-11-24T10:30:00Z"),
                       item("c", "2026-11-24T12:00:00Z", "2026-11-24T13:00:00Z")});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QRect a = view.itemRect(QStringLiteral("a"));
        const QRect b = view.itemRect(QStringLiteral("b"));
        const QRect c = view.itemRect(QStringLiteral("c"));
        QVERIFY(!a.intersects(b));
        QVERIFY(b.left() > a.left());
        QVERIFY(c.width() > a.width()); // alone in its time: the whole column
        // Early and late items grow the hour range.
        view.setItems({item("early", "2026-11-24T05:00:00Z", "2026-11-24T06:00:00Z"),
                       item("late", "2026-11-24T21:00:00Z", "2026-11-24T22:00:00Z")});
        QVERIFY(view.itemRect(QStringLiteral("early")).top() > 0);
        QVERIFY(view.itemRect(QStringLiteral("late")).bottom() <= view.canvas()->minimumHeight());
    }

    void selectionByMouseAndKeyboard()
    {
        WeekView view;
        view.resize(900, 700);
        view.setWeek(QDate(2026, 11, 23));
        WeekItem taken = item("taken", "2026-11-25T10:00:00Z", "2026-11-25T11:00:00Z", "Booked");
        taken.selectable = false;
        view.setItems({item("a", "2026-11-24T09:00:00Z", "2026-11-24T10:00:00Z"),
                       item("b", "2026-11-24T12:00:00Z", "2026-11-24T13:00:00Z"), taken});
        view.setSelectionMode(WeekView::MultiSelection);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy selection(&view, &WeekView::selectionChanged);
        QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, view.itemRect(QStringLiteral("a")).center());
        QCOMPARE(view.selectedIds(), QStringList {QStringLiteral("a")});
        QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, view.itemRect(QStringLiteral("taken")).center());
        QCOMPARE(view.selectedIds(), QStringList {QStringLiteral("a")}); // not selectable
        // Keyboard: focus follows time order; Space selects; the focused item is announced.
        view.canvas()->setFocus();
        view.setFocusedId(QStringLiteral("a"));
        QTest::keyClick(view.canvas(), Qt::Key_Right);
        QCOMPARE(view.focusedId(), QStringLiteral("b"));
        QTest::keyClick(view.canvas(), Qt::Key_Space);
        QCOMPARE(view.selectedIds(), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(view.canvas()->accessibleDescription().contains(QStringLiteral("selected")));
        QVERIFY(view.canvas()->accessibleDescription().contains(QStringLiteral("Free")));
        QCOMPARE(selection.count(), 2);
        if (qEnvironmentVariableIsSet("TUTORHUB_SHOT_DIR"))
            view.grab().save(qEnvironmentVariable("TUTORHUB_SHOT_DIR") + QStringLiteral("/weekview.png"));
        QSignalSpy activated(&view, &WeekView::itemActivated);
        QTest::keyClick(view.canvas(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("b"));
        // Items that disappear leave the selection.
        view.setItems({item("b", "2026-11-24T12:00:00Z", "2026-11-24T13:00:00Z")});
        QCOMPARE(view.selectedIds(), QStringList {QStringLiteral("b")});
        // Single selection keeps one.
        view.setSelectionMode(WeekView::SingleSelection);
        view.setItems({item("a", "2026-11-24T09:00:00Z", "2026-11-24T10:00:00Z"),
                       item("b", "2026-11-24T12:00:00Z", "2026-11-24T13:00:00Z")});
        view.toggle(QStringLiteral("a"));
        QCOMPARE(view.selectedIds(), QStringList {QStringLiteral("a")});
        // Page Down changes the week.
        QTest::keyClick(view.canvas(), Qt::Key_PageDown);
        QCOMPARE(view.weekStart(), QDate(2026, 11, 30));
        QTest::keyClick(view.canvas(), Qt::Key_PageUp);
        QCOMPARE(view.weekStart(), QDate(2026, 11, 23));
    }

    void doubleClickOnEmptySpotGivesItsTime()
    {
        WeekView view;
        view.resize(900, 700);
        view.setWeek(QDate(2026, 11, 23));
        view.setHourRange(8, 20);
        view.setItems({});
        view.setEmptyText(QStringLiteral("No free lessons this week."));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy empty(&view, &WeekView::emptySlotActivated);
        const int colW = (view.canvas()->width() - 56) / 7;
        // Wednesday (index 2), about 09:40 local -> rounded down to 09:30 CET = 08:30 UTC.
        const QPoint at(56 + 2 * colW + colW / 2, 40 + 44 + 44 * 40 / 60);
        QTest::mouseDClick(view.canvas(), Qt::LeftButton, {}, at);
        QCOMPARE(empty.count(), 1);
        QCOMPARE(empty.first().first().toDateTime(), utc("2026-11-25T08:30:00Z"));
        QCOMPARE(view.canvas()->accessibleDescription(), QStringLiteral("No free lessons this week."));
    }
};

QTEST_MAIN(TestWeekView)
#include "tst_weekview.moc"
