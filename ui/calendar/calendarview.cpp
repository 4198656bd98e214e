#include "calendarview.h"

#include "common/statuschip.h"
#include "common/theme.h"
#include "models/format.h"
#include "models/labels.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace tutorhub::ui {

using models::Format;
using models::calendar::CalendarEvent;
using models::calendar::CalendarModel;
using models::calendar::DaySegment;

namespace {
constexpr int kGutter = 56;
constexpr int kHeader = 36;
constexpr int kHourHeight = 40;
constexpr int kMonthHeader = 26;

QString toneOf(const CalendarEvent &e)
{
    if (e.kind == CalendarEvent::Screening)
        return QStringLiteral("warning");
    if (e.kind != CalendarEvent::Lesson)
        return QStringLiteral("neutral");
    if (e.status == QLatin1String("completed"))
        return QStringLiteral("positive");
    if (e.status == QLatin1String("canceled"))
        return QStringLiteral("negative");
    return QStringLiteral("info");
}
bool isForeground(const CalendarEvent &e)
{
    return e.kind == CalendarEvent::Lesson || e.kind == CalendarEvent::Screening;
}
QString kindText(const CalendarEvent &e)
{
    switch (e.kind) {
    case CalendarEvent::Lesson:
        return models::Labels::enumLabel(QStringLiteral("lessonSlot"), QStringLiteral("status"), e.status);
    case CalendarEvent::Screening:
        return CalendarView::tr("Screening meeting");
    case CalendarEvent::Busy:
        return CalendarView::tr("Busy");
    case CalendarEvent::Availability:
        return CalendarView::tr("Available");
    }
    return {};
}
} // namespace

CalendarView::CalendarView(CalendarModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Calendar"));
    setObjectName(QStringLiteral("calendarView"));
    setMouseTracking(true);
    auto update = [this] {
        relayout();
        announce();
    };
    connect(model, &QAbstractItemModel::modelReset, this, update);
    connect(model, &CalendarModel::modeChanged, this, update);
    connect(model, &CalendarModel::selectedDateChanged, this, update);
    connect(model, &CalendarModel::selectedEventChanged, this, update);
    relayout();
    announce();
}

QString CalendarView::describe(const CalendarEvent &e)
{
    QStringList parts;
    parts << Format::timeRange(e.startUtc, e.endUtc);
    if (!e.title.isEmpty())
        parts << e.title;
    if (!e.withWhom.isEmpty())
        parts << e.withWhom;
    parts << kindText(e);
    return parts.join(QStringLiteral(", "));
}

QRectF CalendarView::eventRect(const QString &id) const
{
    for (const Hit &h : m_hits)
        if (h.row >= 0 && h.first && m_model->event(h.row).id == id)
            return h.rect;
    return {};
}

QRectF CalendarView::dayRect(const QDate &day) const
{
    return m_days.value(day);
}

int CalendarView::hiddenOn(const QDate &day) const
{
    return m_hidden.value(day);
}

QSize CalendarView::sizeHint() const
{
    return {720,
            m_model->mode() == CalendarModel::Month ? 560 : kHeader + (m_lastHour - m_firstHour) * kHourHeight + 1};
}

QSize CalendarView::minimumSizeHint() const
{
    const int h = m_model->mode() == CalendarModel::Month ? kMonthHeader + 6 * (fontMetrics().height() * 3 + 8)
                                                          : kHeader + (m_lastHour - m_firstHour) * kHourHeight + 1;
    return {kGutter + 7 * 60, h};
}

int CalendarView::hourY(int minute) const
{
    return kHeader + int((minute - m_firstHour * 60) * kHourHeight / 60.0);
}

void CalendarView::relayout()
{
    m_hits.clear();
    m_days.clear();
    m_hidden.clear();
    if (m_model->mode() == CalendarModel::Month)
        layoutMonth();
    else
        layoutGrid();
    updateGeometry();
    update();
}

void CalendarView::layoutGrid()
{
    const QDate first = m_model->firstDay();
    const int days = int(first.daysTo(m_model->lastDay())) + 1;
    // Hours: 07-21, grown to include every event shown.
    int firstHour = 7, lastHour = 21;
    QList<QList<DaySegment>> perDay;
    for (int d = 0; d < days; ++d) {
        perDay << m_model->segmentsOn(first.addDays(d));
        for (const DaySegment &s : perDay.last()) {
            firstHour = qMin(firstHour, s.startMinute / 60);
            lastHour = qMax(lastHour, (s.endMinute + 59) / 60);
        }
    }
    m_firstHour = qBound(0, firstHour, 23);
    m_lastHour = qBound(m_firstHour + 1, lastHour, 24);
    setMinimumHeight(kHeader + (m_lastHour - m_firstHour) * kHourHeight + 1);
    const double colW = double(width() - kGutter) / days;
    for (int d = 0; d < days; ++d) {
        const QDate day = first.addDays(d);
        const double x = kGutter + d * colW;
        m_days.insert(day, QRectF(x, 0, colW, height()));
        QList<DaySegment> fg, bg;
        for (const DaySegment &s : perDay.at(d))
            (isForeground(m_model->event(s.event)) ? fg : bg) << s;
        for (const DaySegment &s : bg) // behind: the whole column width
            m_hits << Hit {QRectF(x + 1, hourY(s.startMinute), colW - 2, hourY(s.endMinute) - hourY(s.startMinute)),
                           s.event, day, true, !s.continuesBefore};
        // Lanes for overlapping lessons and meetings.
        std::sort(fg.begin(), fg.end(), [](const DaySegment &a, const DaySegment &b) {
            return a.startMinute != b.startMinute ? a.startMinute < b.startMinute : a.endMinute < b.endMinute;
        });
        int i = 0;
        while (i < fg.size()) {
            int j = i, clusterEnd = fg.at(i).endMinute;
            QList<int> laneEnds, lanes;
            while (j < fg.size() && (j == i || fg.at(j).startMinute < clusterEnd)) {
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.at(lane) > fg.at(j).startMinute)
                    ++lane;
                if (lane == laneEnds.size())
                    laneEnds << 0;
                laneEnds[lane] = fg.at(j).endMinute;
                lanes << lane;
                clusterEnd = qMax(clusterEnd, fg.at(j).endMinute);
                ++j;
            }
            const double laneW = (colW - 6) / laneEnds.size();
            for (int k = i; k < j; ++k) {
                const DaySegment &s = fg.at(k);
                m_hits << Hit {QRectF(x + 3 + lanes.at(k - i) * laneW, hourY(s.startMinute) + 1, laneW - 2,
                                      qMax(14, hourY(s.endMinute) - hourY(s.startMinute) - 2)),
                               s.event, day, false, !s.continuesBefore};
            }
            i = j;
        }
    }
}

void CalendarView::layoutMonth()
{
    const QList<QList<QDate>> weeks = m_model->monthWeeks();
    if (weeks.isEmpty())
        return;
    const double colW = double(width()) / 7;
    const double rowH = double(height() - kMonthHeader) / weeks.size();
    const int chipH = fontMetrics().height() + 4;
    const int numberH = fontMetrics().height() + 4;
    setMinimumHeight(kMonthHeader + int(weeks.size()) * (numberH + 2 * chipH + 4)); // a day number and two chips
    const QHash<QDate, QList<int>> byDay = m_model->eventsByDay();
    const QTimeZone zone = Format::displayZone();
    for (int w = 0; w < weeks.size(); ++w)
        for (int d = 0; d < 7; ++d) {
            const QDate day = weeks.at(w).at(d);
            const QRectF cell(d * colW, kMonthHeader + w * rowH, colW, rowH);
            m_days.insert(day, cell);
            QList<int> rows;
            for (int row : byDay.value(day))
                if (m_model->event(row).kind != CalendarEvent::Availability) // windows only in the day and week grids
                    rows << row;
            const int room = qMax(0, int((rowH - numberH - 4) / chipH));
            const int shown = int(rows.size()) <= room ? int(rows.size()) : qMax(0, room - 1);
            for (int k = 0; k < shown; ++k) {
                const CalendarEvent &e = m_model->event(rows.at(k));
                m_hits << Hit {QRectF(cell.left() + 3, cell.top() + numberH + k * chipH, colW - 6, chipH - 2),
                               rows.at(k), day, false, e.startUtc.toTimeZone(zone).date() == day};
            }
            if (shown < rows.size()) {
                m_hidden.insert(day, int(rows.size()) - shown);
                m_hits << Hit {QRectF(cell.left() + 3, cell.top() + numberH + shown * chipH, colW - 6, chipH - 2), -1,
                               day};
            }
        }
}

void CalendarView::resizeEvent(QResizeEvent *)
{
    relayout();
}

void CalendarView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const Theme &theme = activeTheme();
    p.fillRect(rect(), theme.surface);
    const QDate today = m_model->today();
    const QDate selected = m_model->selectedDate();
    const QLocale locale;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const bool month = m_model->mode() == CalendarModel::Month;

    // Days: today's background, the header, the grid lines.
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        const QDate day = it.key();
        const QRectF r = it.value();
        if (day == today)
            p.fillRect(r, theme.accentSoft);
        p.setPen(theme.border);
        p.drawRect(r);
        p.setPen(month && day.month() != selected.month() ? theme.mutedText
                                                          : (day == today ? theme.accentText : theme.text));
        QFont f = font();
        f.setBold(day == today);
        p.setFont(f);
        if (month)
            p.drawText(r.adjusted(6, 2, -6, 0), Qt::AlignLeft | Qt::AlignTop, QString::number(day.day()));
        else
            p.drawText(QRectF(r.left(), 0, r.width(), kHeader), Qt::AlignCenter,
                       locale.dayName(day.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ')
                           + QString::number(day.day()));
    }
    if (month) {
        p.setFont(small);
        p.setPen(theme.mutedText);
        const double colW = double(width()) / 7;
        for (int d = 0; d < 7; ++d)
            p.drawText(QRectF(d * colW, 0, colW, kMonthHeader), Qt::AlignCenter,
                       locale.dayName(d + 1, QLocale::ShortFormat));
    } else {
        p.setFont(small);
        for (int h = m_firstHour; h <= m_lastHour; ++h) {
            const int y = hourY(h * 60);
            p.setPen(theme.border);
            p.drawLine(kGutter, y, width(), y);
            if (h < m_lastHour) {
                p.setPen(theme.mutedText);
                p.drawText(QRect(0, y + 2, kGutter - 8, 16), Qt::AlignRight | Qt::AlignTop, Format::clock(QTime(h, 0)));
            }
        }
    }

    // Events: the background layers first (availability faint, busy times hatched), then lessons and meetings.
    p.setRenderHint(QPainter::Antialiasing);
    for (const Hit &h : m_hits) {
        if (!h.background)
            continue;
        const CalendarEvent &e = m_model->event(h.row);
        if (e.kind == CalendarEvent::Availability) {
            QColor c = theme.positive.background;
            c.setAlphaF(0.45);
            p.fillRect(h.rect, c);
        } else {
            p.fillRect(h.rect, QBrush(theme.neutral.background));
            p.fillRect(h.rect, QBrush(theme.border, Qt::BDiagPattern));
            p.setPen(theme.mutedText);
            p.setFont(small);
            p.drawText(h.rect.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop,
                       fontMetrics().elidedText(e.title.isEmpty() ? kindText(e) : e.title, Qt::ElideRight,
                                                int(h.rect.width()) - 8));
        }
    }
    const QString selectedId = m_model->selectedEventId();
    for (const Hit &h : m_hits) {
        if (h.background)
            continue;
        if (h.row < 0) {
            p.setPen(theme.accentText);
            p.setFont(small);
            //: A month cell that has no room for every event: how many more there are.
            p.drawText(h.rect.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       tr("+%n more", nullptr, m_hidden.value(h.day)));
            continue;
        }
        const CalendarEvent &e = m_model->event(h.row);
        const Tone &tone = theme.tone(toneOf(e));
        const bool isSelected = e.id == selectedId && h.day == selected;
        QPainterPath path;
        path.addRoundedRect(h.rect, 4, 4);
        p.fillPath(path, isSelected ? theme.accent : tone.background);
        p.setPen(isSelected && hasFocus() ? QPen(theme.focus, 2, Qt::DashLine) : QPen(tone.border, 1));
        p.drawPath(path);
        p.setPen(isSelected ? theme.onAccent : tone.foreground);
        QFont f = small;
        f.setStrikeOut(e.status == QLatin1String("canceled"));
        p.setFont(f);
        const QFontMetrics fm(f);
        const QRectF inner = h.rect.adjusted(4, 1, -3, -1);
        QStringList lines;
        if (month) {
            lines << Format::time(e.startUtc) + QLatin1Char(' ') + (e.title.isEmpty() ? kindText(e) : e.title);
        } else {
            lines << Format::timeRange(e.startUtc, e.endUtc);
            lines << (e.kind == CalendarEvent::Screening ? kindText(e) + QStringLiteral(": ") + e.title : e.title);
            if (!e.withWhom.isEmpty())
                lines << e.withWhom;
            if (e.kind == CalendarEvent::Lesson && e.status != QLatin1String("booked"))
                lines << kindText(e);
        }
        double y = inner.top();
        for (const QString &line : lines) {
            if (y + fm.height() > inner.bottom() + 1 && y > inner.top())
                break;
            p.drawText(QRectF(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignTop,
                       fm.elidedText(line, Qt::ElideRight, int(inner.width())));
            y += fm.height();
        }
    }

    // The selected day: a ring (dashed while the calendar has the focus).
    const QRectF sel = m_days.value(selected);
    if (!sel.isNull()) {
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(QPen(hasFocus() ? theme.focus : theme.accentLine, 2, hasFocus() ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(sel.adjusted(1, 1, -1, -1));
    }
}

const CalendarView::Hit *CalendarView::hitAt(const QPointF &pos) const
{
    for (auto it = m_hits.crbegin(); it != m_hits.crend(); ++it) // the last drawn is on top
        if (!it->background && it->rect.contains(pos))
            return &*it;
    return nullptr;
}

QDate CalendarView::dayAt(const QPointF &pos) const
{
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it)
        if (it.value().contains(pos))
            return it.key();
    return {};
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const QDate day = dayAt(event->position());
    if (day.isValid())
        m_model->setSelectedDate(day);
    const Hit *hit = hitAt(event->position());
    if (event->button() != Qt::LeftButton || !hit)
        return;
    if (hit->row < 0) { // "+n more": that day's events in the day view
        m_model->setMode(CalendarModel::Day);
        return;
    }
    const QString id = m_model->event(hit->row).id;
    m_model->setSelectedEventId(id);
    emit eventActivated(id);
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QDate day = dayAt(event->position());
    if (hitAt(event->position()) || !day.isValid() || m_model->mode() == CalendarModel::Day)
        return;
    m_model->setSelectedDate(day);
    m_model->setMode(CalendarModel::Day);
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    const bool day = m_model->mode() == CalendarModel::Day;
    switch (event->key()) {
    case Qt::Key_Left:
        m_model->moveDays(-1);
        break;
    case Qt::Key_Right:
        m_model->moveDays(1);
        break;
    case Qt::Key_Up:
        day ? m_model->selectNextEvent(-1) : m_model->moveDays(-7);
        break;
    case Qt::Key_Down:
        day ? m_model->selectNextEvent(1) : m_model->moveDays(7);
        break;
    case Qt::Key_PageUp:
        m_model->previousPeriod();
        break;
    case Qt::Key_PageDown:
        m_model->nextPeriod();
        break;
    case Qt::Key_Home:
    case Qt::Key_T:
        m_model->goToday();
        break;
    case Qt::Key_D:
        m_model->setMode(CalendarModel::Day);
        break;
    case Qt::Key_W:
        m_model->setMode(CalendarModel::Week);
        break;
    case Qt::Key_M:
        m_model->setMode(CalendarModel::Month);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!day)
            m_model->setMode(CalendarModel::Day);
        else if (!m_model->selectedEventId().isEmpty())
            emit eventActivated(m_model->selectedEventId());
        else
            m_model->selectNextEvent(1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool CalendarView::event(QEvent *event)
{
    // Tab leaves the calendar (the arrows move inside it); a letter is the calendar's while it has the focus.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_T || key->key() == Qt::Key_D || key->key() == Qt::Key_W
                || key->key() == Qt::Key_M)) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const Hit *hit = hitAt(help->pos()); hit && hit->row >= 0)
            setToolTip(describe(m_model->event(hit->row)));
        else
            setToolTip({});
    }
    return QWidget::event(event);
}

void CalendarView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void CalendarView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void CalendarView::announce()
{
    const QDate day = m_model->selectedDate();
    const QList<int> rows = m_model->eventsOn(day);
    QStringList parts;
    parts << QLocale().toString(day, QLocale::LongFormat);
    int shown = 0;
    for (int row : rows)
        if (isForeground(m_model->event(row)))
            ++shown;
    //: The selected day in the calendar, for screen readers: how many lessons and meetings it has.
    parts << tr("%n event(s)", nullptr, shown);
    const int selectedRow = m_model->rowOfId(m_model->selectedEventId());
    if (selectedRow >= 0)
        //: The event selected in the calendar's day view, for screen readers.
        parts << tr("selected: %1").arg(describe(m_model->event(selectedRow)));
    const QString text = parts.join(QStringLiteral(". "));
    if (text == accessibleDescription())
        return;
    setAccessibleDescription(text);
    QAccessibleEvent ev(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&ev);
}

} // namespace tutorhub::ui
