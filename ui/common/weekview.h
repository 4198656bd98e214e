// A week calendar: seven day columns (Monday first) in the display zone (models::Format), hours
// down the side, items placed by their local start and end; overlapping items share the column.
// Shared by the student's booking (free slots, multi-selection), the tutor's availability and
// lessons, and anything else that shows a week.
//
// Keyboard: Left/Right/Up/Down move between items in time order, Space selects, Enter activates,
// Page Up / Page Down change the week, Home goes to this week. The focused item is announced
// through the canvas's accessible description.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRect>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QScrollArea;
class QToolButton;

namespace tutorhub::ui {

struct WeekItem
{
    QString id;
    QDateTime startUtc;
    QDateTime endUtc; // invalid: one hour
    QString title; // first line, e.g. "Free" or the student's name
    QString subtitle; // second line, e.g. the pack title
    QString tone = QStringLiteral("neutral"); // positive, negative, warning, info, neutral (StatusChip colours)
    bool selectable = true;
};

class WeekCanvas;

class WeekView : public QWidget
{
    Q_OBJECT

public:
    enum SelectionMode { NoSelection, SingleSelection, MultiSelection };
    Q_ENUM(SelectionMode)

    explicit WeekView(QWidget *parent = nullptr);

    // Shows the week (Monday to Sunday, display zone) containing `anyDayLocal`.
    void setWeek(const QDate &anyDayLocal);
    QDate weekStart() const { return m_monday; }
    // The UTC range of the shown week [from, to): for loading its items.
    QDateTime weekStartUtc() const;
    QDateTime weekEndUtc() const;

    void setItems(const QList<WeekItem> &items);
    const QList<WeekItem> &items() const { return m_items; }
    // Items of the shown week, in time order.
    QList<WeekItem> visibleItems() const;

    void setSelectionMode(SelectionMode mode);
    SelectionMode selectionMode() const { return m_mode; }
    QStringList selectedIds() const;
    void setSelectedIds(const QStringList &ids);
    void clearSelection() { setSelectedIds({}); }
    bool isSelected(const QString &id) const { return m_selected.contains(id); }

    // Hours always shown (the range grows to include every item of the week). Default 8-20.
    void setHourRange(int firstHour, int lastHour);
    // Text shown over an empty week (e.g. "No free lessons this week.").
    void setEmptyText(const QString &text);

    // Programmatic counterparts of the toolbar / keyboard (also used by tests).
    void nextWeek();
    void previousWeek();
    void thisWeek();
    QString focusedId() const;
    void setFocusedId(const QString &id);
    void activate(const QString &id);
    void toggle(const QString &id);

    // Geometry of an item on the canvas (for tests and tool tips); empty when not in this week.
    QRect itemRect(const QString &id) const;
    QWidget *canvas() const;

signals:
    void weekChanged(const QDate &monday);
    void selectionChanged(const QStringList &ids);
    void itemActivated(const QString &id);
    // Double click on an empty spot: its time (rounded down to 30 minutes) in UTC.
    void emptySlotActivated(const QDateTime &startUtc);

private:
    friend class WeekCanvas;
    void updateTitle();
    void relayout();

    QDate m_monday;
    QList<WeekItem> m_items;
    QSet<QString> m_selected;
    SelectionMode m_mode = NoSelection;
    int m_firstHour = 8;
    int m_lastHour = 20;
    QString m_empty;
    WeekCanvas *m_canvas;
    QScrollArea *m_scroll;
    QLabel *m_title;
    QLabel *m_zone;
    QToolButton *m_prev;
    QToolButton *m_next;
    QToolButton *m_today;
};

} // namespace tutorhub::ui
