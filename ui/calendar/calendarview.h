// The calendar's canvas (issue 15 item 2, U34): paints a models::calendar::CalendarModel as a time grid of one
// day or seven days (lessons and meetings in lanes, busy times and availability windows faintly behind them) or as
// a month grid of weeks with per-day event chips and "+n more". Colours come from ui::Theme.
//
// Keyboard: Left/Right move the selected day; Up/Down a week (month, week) or through the day's events (day);
// Page Up/Page Down a period; T or Home today; D, W, M switch the view; Enter opens the selected day (week,
// month) or the selected event (day). The selected day and event are announced in the accessible description.
#pragma once

#include "models/calendar/calendarmodel.h"

#include <QRectF>
#include <QWidget>

namespace tutorhub::ui {

class CalendarView : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarView(models::calendar::CalendarModel *model, QWidget *parent = nullptr);

    // One line that names an event for people and screen readers: "14:00 – 15:00, GCSE Maths, Lena Fischer, booked".
    static QString describe(const models::calendar::CalendarEvent &event);
    // Where an event (its first part) is drawn; empty when not shown. For tests and tool tips.
    QRectF eventRect(const QString &id) const;
    // Where a day is drawn (its column or month cell).
    QRectF dayRect(const QDate &day) const;
    // "+n more" of a month cell: the count hidden; 0 when all fit.
    int hiddenOn(const QDate &day) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void eventActivated(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Hit
    {
        QRectF rect;
        int row = -1; // event row; -1: a "+n more" label
        QDate day;
        bool background = false;
        bool first = true; // the event's first visible part
    };
    void relayout();
    void layoutGrid();
    void layoutMonth();
    void announce();
    const Hit *hitAt(const QPointF &pos) const;
    QDate dayAt(const QPointF &pos) const;
    int hourY(int minute) const;

    models::calendar::CalendarModel *m_model;
    QList<Hit> m_hits;
    QHash<QDate, QRectF> m_days;
    QHash<QDate, int> m_hidden;
    int m_firstHour = 7;
    int m_lastHour = 21;
};

} // namespace tutorhub::ui
