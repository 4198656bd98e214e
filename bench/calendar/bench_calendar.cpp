// bench/calendar: the Calendar page's month view (ui::CalendarView over models::calendar::CalendarModel) with a
// month of 500 lessons (the Berlin clock change inside), events set + laid out + painted, beside an empty month;
// and the week calendar (ui::WeekView, as the tutor's Lessons and Availability pages use
// it) switching to a week of 500 lesson slots and painting it, beside switching to an empty week and
// painting that, measured in the same run. Goal: a week switch + paint under one frame (16 ms).
//
//   bench_calendar [--slots 500] [--rounds 40]
#include "models/format.h"
#include "ui/calendar/calendarview.h"
#include "ui/common/weekview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace tutorhub;

namespace {

struct Figures
{
    double median = 0, p95 = 0, max = 0;
};

Figures figuresOf(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Figures f;
    if (ms.isEmpty())
        return f;
    f.median = ms.at(ms.size() / 2);
    f.p95 = ms.at(qMin(int(ms.size()) - 1, int(ms.size() * 95 / 100)));
    f.max = ms.last();
    return f;
}

QList<double> g_switchMs, g_paintMs; // the two parts of each measured switch

// One switch: setWeek (layout of the week's items) and a full paint of the widget into an image.
double switchAndPaint(ui::WeekView &view, const QDate &week, QImage &target)
{
    QElapsedTimer t;
    t.start();
    view.setWeek(week);
    const qint64 switched = t.nsecsElapsed();
    QPainter p(&target);
    view.render(&p);
    p.end();
    const qint64 total = t.nsecsElapsed();
    g_switchMs << switched / 1e6;
    g_paintMs << (total - switched) / 1e6;
    return total / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption slotsOption(QStringLiteral("slots"), QStringLiteral("Slots in the busy week."),
                                   QStringLiteral("n"), QStringLiteral("500"));
    QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Switches measured per week."),
                                    QStringLiteral("n"), QStringLiteral("40"));
    parser.addOption(slotsOption);
    parser.addOption(roundsOption);
    parser.process(app);
    const int slotCount = qMax(1, parser.value(slotsOption).toInt());
    const int rounds = qMax(3, parser.value(roundsOption).toInt());

    models::Format::setDisplayZone(QTimeZone("Europe/Berlin"));
    const QTimeZone zone = models::Format::displayZone();
    const QDate busy(2027, 3, 22); // the week before the spring change: placement across zones matters
    const QDate empty = busy.addDays(7);

    // 500 slots of 30-60 minutes between 07:00 and 21:00, many overlapping (several packs), all statuses.
    QList<ui::WeekItem> items;
    QRandomGenerator rng(5);
    const char *tones[] = {"positive", "info", "neutral", "negative"};
    const char *titles[] = {"Free", "Lena Fischer", "Tom Baker", "Aiko Tanaka", "Nora Lindqvist"};
    for (int i = 0; i < slotCount; ++i) {
        const QDate day = busy.addDays(rng.bounded(7));
        const int minute = 7 * 60 + rng.bounded(14 * 4) * 15;
        ui::WeekItem item;
        item.id = QStringLiteral("s%1").arg(i);
        item.startUtc = QDateTime(day, QTime(minute / 60, minute % 60), zone).toUTC();
        item.endUtc = item.startUtc.addSecs(60 * (30 + 15 * rng.bounded(3)));
        item.title = QLatin1String(titles[rng.bounded(5)]);
        item.subtitle = QStringLiteral("Pack %1").arg(rng.bounded(6) + 1);
        item.tone = QLatin1String(tones[rng.bounded(4)]);
        items << item;
    }

    ui::WeekView view;
    view.resize(1200, 800);
    view.setSelectionMode(ui::WeekView::SingleSelection);
    view.setHourRange(7, 21);
    view.show();
    QElapsedTimer setup;
    setup.start();
    view.setItems(items);
    const double setItemsMs = setup.nsecsElapsed() / 1e6;
    QImage target(view.size(), QImage::Format_ARGB32_Premultiplied);

    // Warm-up (fonts, glyph caches), then alternate: empty -> busy -> empty ...
    for (int i = 0; i < 3; ++i) {
        switchAndPaint(view, busy, target);
        switchAndPaint(view, empty, target);
    }
    QList<double> toBusy, toEmpty, busySwitch, busyPaint;
    g_switchMs.clear();
    g_paintMs.clear();
    for (int i = 0; i < rounds; ++i) {
        toBusy << switchAndPaint(view, busy, target);
        busySwitch << g_switchMs.last();
        busyPaint << g_paintMs.last();
        toEmpty << switchAndPaint(view, empty, target);
    }
    const int visible = int(view.visibleItems().size());
    view.setWeek(busy);
    const int busyVisible = int(view.visibleItems().size());
    const Figures b = figuresOf(toBusy), e = figuresOf(toEmpty);
    std::printf("bench_calendar: WeekView %dx%d, %d slots in the busy week (%d shown), %d rounds, offscreen\n",
                view.width(), view.height(), slotCount, busyVisible, rounds);
    std::printf("  setItems(%d)                     %8.2f ms\n", slotCount, setItemsMs);
    std::printf("  switch + paint, busy week        median %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", b.median, b.p95,
                b.max);
    std::printf("  switch + paint, empty week       median %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", e.median, e.p95,
                e.max);
    std::printf("    of which setWeek (busy)        median %6.2f ms, paint median %6.2f ms\n",
                figuresOf(busySwitch).median, figuresOf(busyPaint).median);
    std::printf("  ratio busy / empty (median)      %6.2f\n", e.median > 0 ? b.median / e.median : 0.0);
    const bool ok = b.median < 16.0;
    std::printf("  goal: busy week switch + paint < 16 ms (one frame): %s\n", ok ? "met" : "NOT met");
    (void)visible;

    // The Calendar's month view (issue 15 item 2): a month of `slotCount` lessons, events in + layout + paint.
    models::calendar::CalendarModel model;
    model.setMode(models::calendar::CalendarModel::Month);
    model.setSelectedDate(QDate(2027, 3, 15));
    QList<models::calendar::CalendarEvent> events;
    for (int i = 0; i < slotCount; ++i) {
        const QDate day = QDate(2027, 3, 1).addDays(rng.bounded(31));
        const int minute = 7 * 60 + rng.bounded(14 * 4) * 15;
        models::calendar::CalendarEvent e;
        e.id = QStringLiteral("m%1").arg(i);
        e.startUtc = QDateTime(day, QTime(minute / 60, minute % 60), zone).toUTC();
        e.endUtc = e.startUtc.addSecs(60 * (30 + 15 * rng.bounded(3)));
        e.title = QStringLiteral("Pack %1").arg(rng.bounded(6) + 1);
        e.withWhom = QLatin1String(titles[1 + rng.bounded(4)]);
        e.status = QStringLiteral("booked");
        events << e;
    }
    ui::CalendarView month(&model);
    month.resize(1200, 800);
    month.show();
    auto setAndPaint = [&](const QList<models::calendar::CalendarEvent> &list) {
        QElapsedTimer t;
        t.start();
        model.setEvents(list);
        QPainter p(&target);
        month.render(&p);
        p.end();
        return t.nsecsElapsed() / 1e6;
    };
    for (int i = 0; i < 3; ++i) {
        setAndPaint(events);
        setAndPaint({});
    }
    QList<double> busyMonth, emptyMonth;
    for (int i = 0; i < rounds; ++i) {
        busyMonth << setAndPaint(events);
        emptyMonth << setAndPaint({});
    }
    model.setEvents(events);
    const int placed = int(model.rowCount());
    const Figures bm = figuresOf(busyMonth), em = figuresOf(emptyMonth);
    std::printf(
        "bench_calendar: CalendarView month %dx%d, %d lessons in March 2027 (%d placed), %d rounds, offscreen\n",
        month.width(), month.height(), slotCount, placed, rounds);
    std::printf("  events + layout + paint, busy    median %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", bm.median, bm.p95,
                bm.max);
    std::printf("  events + layout + paint, empty   median %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", em.median, em.p95,
                em.max);
    std::printf("  goal: busy month < 16 ms (one frame): %s\n", bm.median < 16.0 ? "met" : "NOT met");
    if (placed != slotCount)
        return 3; // every lesson of the month must be in the model
    return busyVisible == slotCount ? 0 : 2; // every slot of the busy week must be placed
}
