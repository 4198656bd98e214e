#include "calendarmodel.h"

#include "models/format.h"

#include <QLocale>

#include <algorithm>

namespace tutorhub::models::calendar {

namespace {
int wallMinutes(const QDateTime &local)
{
    return local.time().hour() * 60 + local.time().minute();
}
} // namespace

CalendarModel::CalendarModel(CalendarLoader *loader, QObject *parent)
    : QAbstractListModel(parent),
      m_loader(loader),
      m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_selected = today();
}

int CalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant CalendarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CalendarEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return Format::timeRange(e.startUtc, e.endUtc) + QLatin1Char(' ') + e.title;
    case IdRole:
        return e.id;
    case KindRole:
        return int(e.kind);
    case StartRole:
        return e.startUtc;
    case EndRole:
        return e.endUtc;
    case TitleRole:
        return e.title;
    case WithWhomRole:
        return e.withWhom;
    case StatusRole:
        return e.status;
    case EnrollmentIdRole:
        return e.enrollmentId;
    default:
        return {};
    }
}

QHash<int, QByteArray> CalendarModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "eventId");
    names.insert(KindRole, "kind");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(TitleRole, "title");
    names.insert(WithWhomRole, "withWhom");
    names.insert(StatusRole, "status");
    names.insert(EnrollmentIdRole, "enrollmentId");
    return names;
}

int CalendarModel::rowOfId(const QString &id) const
{
    for (int i = 0; i < m_events.size(); ++i)
        if (m_events.at(i).id == id)
            return i;
    return -1;
}

void CalendarModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    const QDate first = firstDay(), last = lastDay();
    m_mode = mode;
    emit modeChanged(mode);
    if (first != firstDay() || last != lastDay()) {
        emit rangeChanged();
        load();
    }
}

void CalendarModel::setSelectedDate(const QDate &date)
{
    if (!date.isValid() || date == m_selected)
        return;
    const QDate first = firstDay(), last = lastDay();
    m_selected = date;
    afterDateChange(first, last);
}

void CalendarModel::afterDateChange(const QDate &oldFirst, const QDate &oldLast)
{
    emit selectedDateChanged(m_selected);
    if (!m_selectedEvent.isEmpty()) {
        const int row = rowOfId(m_selectedEvent);
        if (row < 0 || !eventsOn(m_selected).contains(row))
            setSelectedEventId({});
    }
    if (firstDay() != oldFirst || lastDay() != oldLast) {
        emit rangeChanged();
        load();
    } else if (m_loader && (firstDay() != m_loadedFirst || lastDay() != m_loadedLast)) {
        load(); // never loaded yet
    }
}

void CalendarModel::setClock(std::function<QDateTime()> nowUtc)
{
    m_now = std::move(nowUtc);
}

QDate CalendarModel::today() const
{
    return m_now().toTimeZone(Format::displayZone()).date();
}

void CalendarModel::goToday()
{
    setSelectedDate(today());
}

void CalendarModel::nextPeriod()
{
    setSelectedDate(m_mode == Day    ? m_selected.addDays(1)
                    : m_mode == Week ? m_selected.addDays(7)
                                     : m_selected.addMonths(1));
}

void CalendarModel::previousPeriod()
{
    setSelectedDate(m_mode == Day    ? m_selected.addDays(-1)
                    : m_mode == Week ? m_selected.addDays(-7)
                                     : m_selected.addMonths(-1));
}

void CalendarModel::moveDays(int days)
{
    setSelectedDate(m_selected.addDays(days));
}

QDate CalendarModel::firstDay() const
{
    switch (m_mode) {
    case Day:
        return m_selected;
    case Week:
        return m_selected.addDays(1 - m_selected.dayOfWeek());
    case Month: {
        const QDate first(m_selected.year(), m_selected.month(), 1);
        return first.addDays(1 - first.dayOfWeek());
    }
    }
    return m_selected;
}

QDate CalendarModel::lastDay() const
{
    switch (m_mode) {
    case Day:
        return m_selected;
    case Week:
        return firstDay().addDays(6);
    case Month: {
        const QDate last(m_selected.year(), m_selected.month(), m_selected.daysInMonth());
        return last.addDays(7 - last.dayOfWeek());
    }
    }
    return m_selected;
}

QDateTime CalendarModel::dayStartUtc(const QDate &day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toUTC();
}

QDateTime CalendarModel::rangeStartUtc() const
{
    return dayStartUtc(firstDay(), Format::displayZone());
}

QDateTime CalendarModel::rangeEndUtc() const
{
    return dayStartUtc(lastDay().addDays(1), Format::displayZone());
}

QString CalendarModel::title() const
{
    const QLocale locale;
    switch (m_mode) {
    case Day:
        return locale.toString(m_selected, QLocale::LongFormat);
    case Week:
        //: A week's dates in the calendar's title, e.g. "08/03/2027 – 14/03/2027".
        return tr("%1 – %2").arg(locale.toString(firstDay(), QLocale::ShortFormat),
                                 locale.toString(lastDay(), QLocale::ShortFormat));
    case Month:
        //: A month in the calendar's title: month name, year ("March 2027").
        return tr("%1 %2").arg(locale.standaloneMonthName(m_selected.month()), QString::number(m_selected.year()));
    }
    return {};
}

QList<QList<QDate>> CalendarModel::monthWeeks() const
{
    QList<QList<QDate>> weeks;
    const QDate first = m_mode == Month ? firstDay()
                                        : QDate(m_selected.year(), m_selected.month(), 1)
                                              .addDays(1 - QDate(m_selected.year(), m_selected.month(), 1).dayOfWeek());
    const QDate lastOfMonth(m_selected.year(), m_selected.month(), m_selected.daysInMonth());
    for (QDate monday = first; monday <= lastOfMonth; monday = monday.addDays(7)) {
        QList<QDate> week;
        for (int d = 0; d < 7; ++d)
            week << monday.addDays(d);
        weeks << week;
    }
    return weeks;
}

DaySegment CalendarModel::placeOnDay(const CalendarEvent &event, const QDate &day, const QTimeZone &zone)
{
    DaySegment s;
    const QDateTime dayStart = dayStartUtc(day, zone);
    const QDateTime dayEnd = dayStartUtc(day.addDays(1), zone);
    const QDateTime end
        = event.endUtc.isValid() && event.endUtc > event.startUtc ? event.endUtc : event.startUtc.addSecs(3600);
    if (!event.startUtc.isValid() || event.startUtc >= dayEnd || end <= dayStart)
        return s; // event -1: not on this day
    s.event = 0;
    s.continuesBefore = event.startUtc < dayStart;
    s.continuesAfter = end > dayEnd;
    const QDateTime from = s.continuesBefore ? dayStart : event.startUtc;
    const QDateTime to = s.continuesAfter ? dayEnd : end;
    s.startMinute = s.continuesBefore ? 0 : wallMinutes(from.toTimeZone(zone));
    s.endMinute = s.continuesAfter ? 24 * 60 : wallMinutes(to.toTimeZone(zone));
    // The wall clock runs back an hour when summer time ends: the box keeps the lesson's real length (and at
    // least a quarter of an hour, to be seen and clicked). When it jumps forward the box spans the missing hour.
    const int elapsed = int(from.secsTo(to) / 60);
    s.endMinute = qMin(24 * 60, qMax(s.endMinute, s.startMinute + qMax(15, elapsed)));
    if (s.startMinute >= 24 * 60 - 15) // starts in the day's last minutes: still visible
        s.startMinute = 24 * 60 - 15;
    return s;
}

QList<int> CalendarModel::eventsOn(const QDate &day) const
{
    QList<int> rows;
    const QTimeZone zone = Format::displayZone();
    for (int i = 0; i < m_events.size(); ++i)
        if (placeOnDay(m_events.at(i), day, zone).event >= 0)
            rows << i;
    return rows;
}

QHash<QDate, QList<int>> CalendarModel::eventsByDay() const
{
    QHash<QDate, QList<int>> days;
    const QTimeZone zone = Format::displayZone();
    const QDate first = firstDay(), last = lastDay();
    for (int i = 0; i < m_events.size(); ++i) {
        const CalendarEvent &e = m_events.at(i);
        const QDate from = qMax(first, e.startUtc.toTimeZone(zone).date());
        const QDate to = qMin(last, e.endUtc.addMSecs(-1).toTimeZone(zone).date()); // an end at 00:00 is the day before
        for (QDate d = from; d <= to; d = d.addDays(1))
            days[d] << i;
    }
    return days;
}

QList<DaySegment> CalendarModel::segmentsOn(const QDate &day) const
{
    QList<DaySegment> out;
    const QTimeZone zone = Format::displayZone();
    for (int i = 0; i < m_events.size(); ++i) {
        DaySegment s = placeOnDay(m_events.at(i), day, zone);
        if (s.event < 0)
            continue;
        s.event = i;
        out << s;
    }
    return out;
}

void CalendarModel::setSelectedEventId(const QString &id)
{
    if (id == m_selectedEvent)
        return;
    m_selectedEvent = id;
    emit selectedEventChanged(id);
}

void CalendarModel::selectNextEvent(int step)
{
    QList<int> rows;
    for (int row : eventsOn(m_selected)) // lessons and meetings first: the background layers are not picked
        if (m_events.at(row).kind == CalendarEvent::Lesson || m_events.at(row).kind == CalendarEvent::Screening)
            rows << row;
    if (rows.isEmpty()) {
        setSelectedEventId({});
        return;
    }
    int at = -1;
    for (int i = 0; i < rows.size(); ++i)
        if (m_events.at(rows.at(i)).id == m_selectedEvent)
            at = i;
    at = at < 0 ? (step >= 0 ? 0 : int(rows.size()) - 1) : qBound(0, at + step, int(rows.size()) - 1);
    setSelectedEventId(m_events.at(rows.at(at)).id);
}

void CalendarModel::refresh()
{
    if (m_loader)
        m_loader->invalidate();
    load();
}

void CalendarModel::load()
{
    if (!m_loader)
        return;
    const int generation = ++m_generation;
    m_loadedFirst = firstDay();
    m_loadedLast = lastDay();
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    m_loader->load(rangeStartUtc(), rangeEndUtc(), this,
                   [this, generation](const QList<CalendarEvent> &events, const QString &error) {
                       if (generation != m_generation)
                           return; // an older range: dropped
                       m_loading = false;
                       m_error = error;
                       setEvents(events);
                       m_loaded = true;
                       emit loadingChanged(false);
                       if (error.isEmpty())
                           emit loaded();
                       else
                           emit failed(error);
                   });
}

void CalendarModel::setEvents(const QList<CalendarEvent> &events)
{
    const QDateTime from = rangeStartUtc(), to = rangeEndUtc();
    QList<CalendarEvent> kept;
    for (const CalendarEvent &e : events) {
        const QDateTime end = e.endUtc.isValid() && e.endUtc > e.startUtc ? e.endUtc : e.startUtc.addSecs(3600);
        if (e.startUtc.isValid() && e.startUtc < to && end > from) {
            kept << e;
            kept.last().endUtc = end;
        }
    }
    std::stable_sort(kept.begin(), kept.end(), [](const CalendarEvent &a, const CalendarEvent &b) {
        return a.startUtc != b.startUtc ? a.startUtc < b.startUtc : a.kind != b.kind ? a.kind < b.kind : a.id < b.id;
    });
    beginResetModel();
    m_events = kept;
    endResetModel();
    if (!m_selectedEvent.isEmpty() && rowOfId(m_selectedEvent) < 0)
        setSelectedEventId({});
}

} // namespace tutorhub::models::calendar
