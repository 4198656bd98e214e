#include "weekview.h"

#include "flowlayout.h"
#include "statuschip.h"
#include "theme.h"

#include "models/format.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tutorhub::ui {

using models::Format;

namespace {
constexpr int kGutter = 56;
constexpr int kHeader = 40;
constexpr int kHourHeight = 44;
constexpr int kMinWidth = 7 * 50 + kGutter; // "Mon 23" and a 2-line block still fit a column
} // namespace

// The painted part: day headers, the hour grid and the items. Layout is cached (per week, item set
// and width), so painting and week switches stay cheap with hundreds of items.
class WeekCanvas : public QWidget
{
public:
    explicit WeekCanvas(WeekView *view) : QWidget(view), m_view(view)
    {
        setFocusPolicy(Qt::StrongFocus);
        setMouseTracking(false);
        setAccessibleName(WeekView::tr("Week calendar"));
        setMinimumWidth(kMinWidth);
    }

    struct Placed
    {
        int index; // into m_view->m_items
        QRect rect;
    };

    void relayout()
    {
        m_placed.clear();
        m_order.clear();
        // Hour range: the configured one, grown to include this week's items.
        int first = m_view->m_firstHour;
        int last = m_view->m_lastHour;
        struct Local
        {
            int index;
            int day;
            int startMin;
            int endMin;
        };
        QList<Local> locals;
        const QDate monday = m_view->m_monday;
        for (int i = 0; i < m_view->m_items.size(); ++i) {
            const WeekItem &it = m_view->m_items.at(i);
            const QDateTime s = Format::local(it.startUtc);
            if (!s.isValid())
                continue;
            const qint64 day = monday.daysTo(s.date());
            if (day < 0 || day > 6)
                continue;
            QDateTime e = it.endUtc.isValid() ? Format::local(it.endUtc) : s.addSecs(3600);
            const int startMin = s.time().hour() * 60 + s.time().minute();
            int endMin = e.date() > s.date() ? 24 * 60 : e.time().hour() * 60 + e.time().minute();
            endMin = qMax(endMin, startMin + 15);
            locals.append({i, int(day), startMin, endMin});
            first = qMin(first, startMin / 60);
            last = qMax(last, (endMin + 59) / 60);
        }
        m_first = qBound(0, first, 23);
        m_last = qBound(m_first + 1, last, 24);
        setMinimumHeight(kHeader + (m_last - m_first) * kHourHeight + 1);
        std::sort(locals.begin(), locals.end(), [](const Local &a, const Local &b) {
            return a.day != b.day             ? a.day < b.day
                   : a.startMin != b.startMin ? a.startMin < b.startMin
                                              : a.endMin < b.endMin;
        });
        // Lanes per cluster of overlapping items of a day.
        const double colW = double(width() - kGutter) / 7.0;
        int i = 0;
        while (i < locals.size()) {
            int j = i;
            int clusterEnd = locals.at(i).endMin;
            QList<int> laneEnds;
            QList<int> lanes;
            while (j < locals.size() && locals.at(j).day == locals.at(i).day
                   && (j == i || locals.at(j).startMin < clusterEnd)) {
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.at(lane) > locals.at(j).startMin)
                    ++lane;
                if (lane == laneEnds.size())
                    laneEnds.append(0);
                laneEnds[lane] = locals.at(j).endMin;
                lanes.append(lane);
                clusterEnd = qMax(clusterEnd, locals.at(j).endMin);
                ++j;
            }
            const int laneCount = int(laneEnds.size());
            for (int k = i; k < j; ++k) {
                const Local &l = locals.at(k);
                const double x0 = kGutter + l.day * colW + 2;
                const double w = (colW - 4) / laneCount;
                const int y0 = kHeader + (l.startMin - m_first * 60) * kHourHeight / 60;
                const int y1 = kHeader + (l.endMin - m_first * 60) * kHourHeight / 60;
                const QRect r(int(x0 + lanes.at(k - i) * w), y0 + 1, int(w) - 2, qMax(14, y1 - y0 - 2));
                m_placed.append({l.index, r});
                m_order.append(l.index);
            }
            i = j;
        }
        // Keyboard order: by start time across the week.
        std::sort(m_order.begin(), m_order.end(),
                  [this](int a, int b) { return m_view->m_items.at(a).startUtc < m_view->m_items.at(b).startUtc; });
        // With the keyboard focus in the calendar, a new week or new items keep an item focused (the first), so
        // Space and Return act on something a screen reader has announced (P31).
        if (m_focus >= 0 && !m_order.contains(m_focus))
            m_focus = -1;
        if (m_focus < 0 && hasFocus() && !m_order.isEmpty())
            setFocusIndex(m_order.first());
        update();
    }

    int itemAt(const QPoint &p) const
    {
        for (const Placed &pl : m_placed)
            if (pl.rect.contains(p))
                return pl.index;
        return -1;
    }

    QRect rectOf(int index) const
    {
        for (const Placed &pl : m_placed)
            if (pl.index == index)
                return pl.rect;
        return {};
    }

    QString focusedId() const
    {
        return m_focus >= 0 && m_focus < m_view->m_items.size() ? m_view->m_items.at(m_focus).id : QString();
    }

    void setFocusIndex(int index)
    {
        m_focus = index;
        announce();
        update();
    }

    void announce()
    {
        if (m_focus < 0 || m_focus >= m_view->m_items.size()) {
            setAccessibleDescription(m_placed.isEmpty() ? m_view->m_empty : QString());
            return;
        }
        const WeekItem &it = m_view->m_items.at(m_focus);
        QString text = WeekView::tr("%1, %2: %3")
                           .arg(Format::date(it.startUtc), Format::timeRange(it.startUtc, it.endUtc), it.title);
        if (!it.subtitle.isEmpty())
            text += QStringLiteral(", ") + it.subtitle;
        if (m_view->m_selected.contains(it.id))
            text += WeekView::tr(", selected");
        setAccessibleDescription(text);
        setToolTip(text);
    }

    const QList<int> &order() const { return m_order; }
    int focusIndex() const { return m_focus; }
    int firstHour() const { return m_first; }

protected:
    void resizeEvent(QResizeEvent *) override { relayout(); }

    void paintEvent(QPaintEvent *event) override
    {
        QPainter p(this);
        const Theme &theme = activeTheme();
        p.fillRect(event->rect(), palette().color(QPalette::Base));
        const double colW = double(width() - kGutter) / 7.0;
        const QDate today = Format::local(QDateTime::currentDateTimeUtc()).date();
        const QDate monday = m_view->m_monday;
        // Today's column.
        const qint64 todayIndex = monday.daysTo(today);
        if (todayIndex >= 0 && todayIndex < 7)
            p.fillRect(QRectF(kGutter + todayIndex * colW, 0, colW, height()), theme.accentSoft);
        // Hour lines and labels.
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        p.setFont(small);
        for (int h = m_first; h <= m_last; ++h) {
            const int y = kHeader + (h - m_first) * kHourHeight;
            p.setPen(theme.border);
            p.drawLine(kGutter, y, width(), y);
            if (h < m_last) {
                p.setPen(theme.mutedText);
                p.drawText(QRect(0, y + 2, kGutter - 8, 16), Qt::AlignRight | Qt::AlignTop, Format::clock(QTime(h, 0)));
            }
        }
        // Day columns and headers: "Mon 23 Nov", or "Mon 23" for every day when a column is too narrow
        // (a docked pane beside the page).
        QFont boldHeader = font();
        boldHeader.setBold(true);
        bool shortLabels = false;
        for (int d = 0; d < 7; ++d)
            shortLabels |= QFontMetrics(boldHeader)
                               .horizontalAdvance(QLocale().toString(monday.addDays(d), QStringLiteral("ddd d MMM")))
                           > colW - 6;
        for (int d = 0; d < 7; ++d) {
            const int x = int(kGutter + d * colW);
            p.setPen(theme.border);
            p.drawLine(x, 0, x, height());
            const QDate date = monday.addDays(d);
            QFont hf = font();
            hf.setBold(date == today);
            p.setFont(hf);
            p.setPen(date == today ? theme.accentText : palette().color(QPalette::Text));
            const QString label
                = QLocale().toString(date, shortLabels ? QStringLiteral("ddd d") : QStringLiteral("ddd d MMM"));
            p.drawText(QRect(x, 4, int(colW), kHeader - 8), Qt::AlignCenter, label);
        }
        p.setPen(theme.border);
        p.drawLine(kGutter, kHeader, width(), kHeader);
        // Items.
        p.setRenderHint(QPainter::Antialiasing);
        for (const Placed &pl : m_placed) {
            if (!pl.rect.intersects(event->rect()))
                continue;
            const WeekItem &it = m_view->m_items.at(pl.index);
            const ToneColors c = toneColors(it.tone);
            const bool selected = m_view->m_selected.contains(it.id);
            QPainterPath path;
            path.addRoundedRect(pl.rect, 5, 5);
            p.fillPath(path, selected ? theme.accent : c.background);
            if (pl.index == m_focus && hasFocus()) {
                p.setPen(QPen(theme.focus, 2, Qt::DashLine));
                p.drawPath(path);
            } else {
                p.setPen(QPen(selected ? theme.accentHover : c.border, 1));
                p.drawPath(path);
            }
            p.setPen(selected ? theme.onAccent : c.foreground);
            QFont tf = font();
            tf.setBold(true);
            tf.setPointSizeF(tf.pointSizeF() * 0.9);
            p.setFont(tf);
            const QRect inner = pl.rect.adjusted(5, 2, -4, -2);
            const QFontMetrics fm(tf);
            // "08:00 Free" on one line when it fits; otherwise the time, then the title on its own line
            // (a narrow column shows "08:00" / "Weekly…" rather than "08:00 ..."), then the subtitle.
            const QString time = (selected ? QStringLiteral("✓ ") : QString()) + Format::time(it.startUtc);
            const QString oneLine = time + QLatin1Char(' ') + it.title;
            QStringList lines;
            if (it.title.isEmpty() || fm.horizontalAdvance(oneLine) <= inner.width()
                || inner.height() < 2 * fm.height())
                lines << oneLine;
            else
                lines << time << it.title;
            int y = inner.top();
            for (const QString &line : lines) {
                p.drawText(QRect(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignTop,
                           fm.elidedText(line, Qt::ElideRight, inner.width()));
                y += fm.height();
            }
            if (!it.subtitle.isEmpty() && inner.bottom() - y >= fm.height()) {
                tf.setBold(false);
                p.setFont(tf);
                p.drawText(QRect(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignTop,
                           QFontMetrics(tf).elidedText(it.subtitle, Qt::ElideRight, inner.width()));
            }
        }
        if (m_placed.isEmpty() && !m_view->m_empty.isEmpty()) {
            p.setFont(font());
            p.setPen(theme.mutedText);
            p.drawText(QRect(kGutter, kHeader, width() - kGutter, qMin(height() - kHeader, 4 * kHourHeight)),
                       Qt::AlignCenter | Qt::TextWordWrap, m_view->m_empty);
        }
    }

    void mousePressEvent(QMouseEvent *e) override
    {
        const int index = itemAt(e->position().toPoint());
        if (index < 0)
            return;
        setFocusIndex(index);
        m_view->toggle(m_view->m_items.at(index).id);
    }

    void mouseDoubleClickEvent(QMouseEvent *e) override
    {
        const QPoint pos = e->position().toPoint();
        const int index = itemAt(pos);
        if (index >= 0) {
            m_view->activate(m_view->m_items.at(index).id);
            return;
        }
        if (pos.x() < kGutter || pos.y() < kHeader)
            return;
        const double colW = double(width() - kGutter) / 7.0;
        const int day = qBound(0, int((pos.x() - kGutter) / colW), 6);
        int minutes = m_first * 60 + (pos.y() - kHeader) * 60 / kHourHeight;
        minutes = minutes / 30 * 30;
        if (minutes >= 24 * 60)
            return;
        const QDateTime local(m_view->m_monday.addDays(day), QTime(minutes / 60, minutes % 60), Format::displayZone());
        emit m_view->emptySlotActivated(local.toUTC());
    }

    void keyPressEvent(QKeyEvent *e) override
    {
        const int pos = int(m_order.indexOf(m_focus));
        switch (e->key()) {
        case Qt::Key_Right:
        case Qt::Key_Down:
            if (!m_order.isEmpty())
                setFocusIndex(m_order.at(pos < 0 ? 0 : qMin(pos + 1, int(m_order.size()) - 1)));
            ensureFocusVisible();
            return;
        case Qt::Key_Left:
        case Qt::Key_Up:
            if (!m_order.isEmpty())
                setFocusIndex(m_order.at(pos < 0 ? 0 : qMax(pos - 1, 0)));
            ensureFocusVisible();
            return;
        case Qt::Key_Space:
            if (m_focus >= 0)
                m_view->toggle(m_view->m_items.at(m_focus).id);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_focus >= 0)
                m_view->activate(m_view->m_items.at(m_focus).id);
            return;
        case Qt::Key_PageDown:
            m_view->nextWeek();
            return;
        case Qt::Key_PageUp:
            m_view->previousWeek();
            return;
        case Qt::Key_Home:
            m_view->thisWeek();
            return;
        default:
            QWidget::keyPressEvent(e);
        }
    }

    void focusInEvent(QFocusEvent *e) override
    {
        if (m_focus < 0 && !m_order.isEmpty())
            setFocusIndex(m_order.first());
        QWidget::focusInEvent(e);
        update();
    }
    void focusOutEvent(QFocusEvent *e) override
    {
        QWidget::focusOutEvent(e);
        update();
    }

private:
    void ensureFocusVisible()
    {
        const QRect r = rectOf(m_focus);
        if (!r.isNull())
            m_view->m_scroll->ensureVisible(r.center().x(), r.center().y(), 10, r.height() / 2 + 10);
    }

    WeekView *m_view;
    QList<Placed> m_placed;
    QList<int> m_order;
    int m_focus = -1;
    int m_first = 8;
    int m_last = 20;
};

WeekView::WeekView(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(6);
    // Buttons, title and zone note flow onto a second row when the view is narrow (L4): nothing is cut.
    auto *barHolder = new QWidget(this);
    auto *bar = new FlowLayout(barHolder, -1, 4);
    bar->setContentsMargins(0, 0, 0, 0);
    m_prev = new QToolButton(this);
    m_prev->setText(tr("‹ Previous week"));
    m_prev->setAccessibleName(tr("Previous week"));
    m_prev->setToolTip(tr("Previous week (Page Up)"));
    m_today = new QToolButton(this);
    m_today->setText(tr("This week"));
    m_today->setAccessibleName(tr("This week"));
    m_today->setToolTip(tr("This week (Home)"));
    m_next = new QToolButton(this);
    m_next->setText(tr("Next week ›"));
    m_next->setAccessibleName(tr("Next week"));
    m_next->setToolTip(tr("Next week (Page Down)"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("WeekTitle"));
    QFont tf = m_title->font();
    tf.setBold(true);
    m_title->setFont(tf);
    m_zone = new QLabel(this);
    m_zone->setObjectName(QStringLiteral("WeekZone"));
    m_zone->setStyleSheet(QStringLiteral("color: %1;").arg(activeTheme().mutedText.name()));
    m_title->setContentsMargins(8, 0, 0, 0);
    m_zone->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bar->addWidget(m_prev);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_zone);
    outer->addWidget(barHolder);

    m_canvas = new WeekCanvas(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_scroll->setFocusProxy(m_canvas);
    outer->addWidget(m_scroll, 1);
    setFocusProxy(m_canvas);

    connect(m_prev, &QToolButton::clicked, this, &WeekView::previousWeek);
    connect(m_next, &QToolButton::clicked, this, &WeekView::nextWeek);
    connect(m_today, &QToolButton::clicked, this, &WeekView::thisWeek);
    m_monday = Format::local(QDateTime::currentDateTimeUtc()).date();
    m_monday = m_monday.addDays(1 - m_monday.dayOfWeek());
    updateTitle();
}

void WeekView::setWeek(const QDate &anyDayLocal)
{
    if (!anyDayLocal.isValid())
        return;
    const QDate monday = anyDayLocal.addDays(1 - anyDayLocal.dayOfWeek());
    if (monday == m_monday)
        return;
    m_monday = monday;
    m_canvas->setFocusIndex(-1);
    updateTitle();
    relayout();
    emit weekChanged(m_monday);
}

QDateTime WeekView::weekStartUtc() const
{
    return QDateTime(m_monday, QTime(0, 0), Format::displayZone()).toUTC();
}

QDateTime WeekView::weekEndUtc() const
{
    return QDateTime(m_monday.addDays(7), QTime(0, 0), Format::displayZone()).toUTC();
}

void WeekView::setItems(const QList<WeekItem> &items)
{
    const QString focused = focusedId();
    m_items = items;
    QSet<QString> ids;
    for (const WeekItem &it : items)
        if (it.selectable)
            ids.insert(it.id);
    const QSet<QString> before = m_selected;
    m_selected.intersect(ids);
    int focus = -1;
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == focused)
            focus = i;
    m_canvas->setFocusIndex(focus);
    relayout();
    if (before != m_selected)
        emit selectionChanged(selectedIds());
}

QList<WeekItem> WeekView::visibleItems() const
{
    QList<WeekItem> out;
    for (int index : m_canvas->order())
        out.append(m_items.at(index));
    return out;
}

void WeekView::setSelectionMode(SelectionMode mode)
{
    m_mode = mode;
    if (mode == NoSelection)
        clearSelection();
}

QStringList WeekView::selectedIds() const
{
    QStringList out;
    for (const WeekItem &it : m_items) // in the order of the items given
        if (m_selected.contains(it.id))
            out.append(it.id);
    return out;
}

void WeekView::setSelectedIds(const QStringList &ids)
{
    QSet<QString> next;
    for (const WeekItem &it : m_items)
        if (it.selectable && ids.contains(it.id))
            next.insert(it.id);
    if (m_mode == SingleSelection && next.size() > 1)
        next = {*next.begin()};
    if (m_mode == NoSelection)
        next.clear();
    if (next == m_selected)
        return;
    m_selected = next;
    m_canvas->announce();
    m_canvas->update();
    emit selectionChanged(selectedIds());
}

void WeekView::setHourRange(int firstHour, int lastHour)
{
    m_firstHour = qBound(0, firstHour, 23);
    m_lastHour = qBound(m_firstHour + 1, lastHour, 24);
    relayout();
}

void WeekView::setEmptyText(const QString &text)
{
    m_empty = text;
    m_canvas->update();
    m_canvas->announce();
}

void WeekView::nextWeek()
{
    setWeek(m_monday.addDays(7));
}

void WeekView::previousWeek()
{
    setWeek(m_monday.addDays(-7));
}

void WeekView::thisWeek()
{
    setWeek(Format::local(QDateTime::currentDateTimeUtc()).date());
}

QString WeekView::focusedId() const
{
    return m_canvas->focusedId();
}

void WeekView::setFocusedId(const QString &id)
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == id)
            m_canvas->setFocusIndex(i);
}

void WeekView::activate(const QString &id)
{
    for (const WeekItem &it : m_items)
        if (it.id == id) {
            emit itemActivated(id);
            return;
        }
}

void WeekView::toggle(const QString &id)
{
    if (m_mode == NoSelection)
        return;
    const auto it = std::find_if(m_items.cbegin(), m_items.cend(), [&](const WeekItem &w) { return w.id == id; });
    if (it == m_items.cend() || !it->selectable)
        return;
    if (m_selected.contains(id))
        m_selected.remove(id);
    else if (m_mode == SingleSelection)
        m_selected = {id};
    else
        m_selected.insert(id);
    m_canvas->announce();
    m_canvas->update();
    emit selectionChanged(selectedIds());
}

QRect WeekView::itemRect(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == id)
            return m_canvas->rectOf(i);
    return {};
}

QWidget *WeekView::canvas() const
{
    return m_canvas;
}

void WeekView::updateTitle()
{
    const QDate sunday = m_monday.addDays(6);
    //: week range, e.g. "23 – 29 Nov 2026"
    m_title->setText(tr("%1 – %2").arg(QLocale().toString(m_monday, QStringLiteral("d MMM")),
                                       QLocale().toString(sunday, QStringLiteral("d MMM yyyy"))));
    m_zone->setText(tr("Times in %1").arg(Format::displayZoneName(weekStartUtc())));
}

void WeekView::relayout()
{
    m_canvas->relayout();
    m_canvas->announce();
}

} // namespace tutorhub::ui
