// The calendar page's view-model (issue 15 item 2, U30-U34): the view mode (day, week, month), the selected day
// and the visible range in the display zone (models::Format), navigation, and the events of that range as rows
// (in start order). Placement is data too: the part of an event on a given local day in wall-clock minutes
// (a lesson across midnight lies on both days; across a clock change it keeps its real length, U32), and the
// month grid's weeks. Events come from a CalendarLoader passed in; stale answers are dropped. No widgets.
#pragma once

#include "calendarevent.h"

#include <QAbstractListModel>
#include <QDate>
#include <QTimeZone>

namespace tutorhub::models::calendar {

// The part of an event on one local day: [startMinute, endMinute) of the day's wall clock (0..1440).
struct DaySegment
{
    int event = -1; // row in the model
    int startMinute = 0;
    int endMinute = 0;
    bool continuesBefore = false; // began on an earlier day
    bool continuesAfter = false; // ends on a later day
};

class CalendarModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Mode { Day, Week, Month };
    Q_ENUM(Mode)
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        StartRole,
        EndRole,
        TitleRole,
        WithWhomRole,
        StatusRole,
        EnrollmentIdRole,
    };
    Q_ENUM(Role)

    // `loader` may be null (setEvents() then fills the model); it must outlive the model.
    explicit CalendarModel(CalendarLoader *loader = nullptr, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    const CalendarEvent &event(int row) const { return m_events.at(row); }
    const QList<CalendarEvent> &events() const { return m_events; }
    int rowOfId(const QString &id) const;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QDate selectedDate() const { return m_selected; }
    void setSelectedDate(const QDate &date);
    // The date "today" is in the display zone (an injectable clock for tests; default: now).
    void setClock(std::function<QDateTime()> nowUtc);
    QDate today() const;

    // Navigation: T/Home, PageUp/PageDown (a day, a week or a month), the arrows (a day, a week).
    void goToday();
    void nextPeriod();
    void previousPeriod();
    void moveDays(int days);

    // The visible local days [firstDay, lastDay] and their UTC range [rangeStartUtc, rangeEndUtc).
    // Month: whole weeks (Monday first) covering the selected date's month.
    QDate firstDay() const;
    QDate lastDay() const;
    QDateTime rangeStartUtc() const;
    QDateTime rangeEndUtc() const;
    // "Monday 8 March 2027", "8 – 14 March 2027", "March 2027" in the UI language.
    QString title() const;
    // Month: the grid's weeks (7 dates each, Monday first).
    QList<QList<QDate>> monthWeeks() const;

    // Rows of the events that overlap the local day, in start order, and their placement on it.
    QList<int> eventsOn(const QDate &day) const;
    // The same for every visible day at once (two zone conversions per event instead of two per event and day).
    QHash<QDate, QList<int>> eventsByDay() const;
    QList<DaySegment> segmentsOn(const QDate &day) const;
    static DaySegment placeOnDay(const CalendarEvent &event, const QDate &day, const QTimeZone &zone);
    // The UTC instant a local day starts (the first valid time when midnight does not exist).
    static QDateTime dayStartUtc(const QDate &day, const QTimeZone &zone);

    // The event selected in the day view (keyboard Up/Down); empty when none.
    QString selectedEventId() const { return m_selectedEvent; }
    void setSelectedEventId(const QString &id);
    void selectNextEvent(int step); // +1 / -1 through the selected day's events

    // Loading through the loader (whenever the range changes, and refresh()).
    void refresh();
    bool isLoading() const { return m_loading; }
    QString errorText() const { return m_error; }
    bool hasLoaded() const { return m_loaded; }
    // Replaces the events (what a load does; also for tests without a loader). Keeps those overlapping the range.
    void setEvents(const QList<CalendarEvent> &events);

signals:
    void modeChanged(tutorhub::models::calendar::CalendarModel::Mode mode);
    void selectedDateChanged(const QDate &date);
    void rangeChanged();
    void selectedEventChanged(const QString &id);
    void loadingChanged(bool loading);
    void loaded();
    void failed(const QString &sentence);

private:
    void afterDateChange(const QDate &oldFirst, const QDate &oldLast);
    void load();

    CalendarLoader *m_loader;
    Mode m_mode = Week;
    QDate m_selected;
    std::function<QDateTime()> m_now;
    QList<CalendarEvent> m_events;
    QString m_selectedEvent;
    bool m_loading = false;
    bool m_loaded = false;
    QString m_error;
    int m_generation = 0;
    QDate m_loadedFirst, m_loadedLast;
};

} // namespace tutorhub::models::calendar
