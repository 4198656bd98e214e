#include "flowlayout.h"

#include <QWidget>

namespace tutorhub::ui {

FlowLayout::FlowLayout(QWidget *parent, int hSpacing, int vSpacing)
    : QLayout(parent),
      m_hSpace(hSpacing),
      m_vSpace(vSpacing)
{ }

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addWidget(QWidget *widget, int stretch)
{
    addChildWidget(widget);
    m_items.append({new QWidgetItem(widget), qMax(0, stretch)});
    invalidate();
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append({item, 0});
}

int FlowLayout::horizontalSpacing() const
{
    return m_hSpace >= 0 ? m_hSpace : smartSpacing(QStyle::PM_LayoutHorizontalSpacing);
}

int FlowLayout::verticalSpacing() const
{
    return m_vSpace >= 0 ? m_vSpace : smartSpacing(QStyle::PM_LayoutVerticalSpacing);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    for (const Entry &e : m_items)
        if (e.stretch > 0)
            return Qt::Horizontal;
    return {};
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), true);
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index).item : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index).item;
    invalidate();
    return item;
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else wraps.
    QSize size;
    for (const Entry &e : m_items)
        if (!e.item->isEmpty())
            size = size.expandedTo(e.item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const Entry &e : m_items) {
        if (e.item->isEmpty())
            continue;
        const QSize s = e.item->sizeHint();
        width += s.width();
        height = qMax(height, s.height());
        ++shown;
    }
    width += qMax(0, shown - 1) * qMax(0, horizontalSpacing());
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

int FlowLayout::doLayout(const QRect &rect, bool testOnly) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int hSpace = qMax(0, horizontalSpacing());
    const int vSpace = qMax(0, verticalSpacing());
    // Rows first (which items share a row, at their size hints, shrunk to the area when one alone is wider),
    // then each row's spare width goes to its stretchy items.
    struct Row
    {
        QList<int> items;
        int width = 0;
        int height = 0;
        int stretch = 0;
    };
    QList<Row> rows;
    Row row;
    auto hint = [&](int i) {
        QSize s = m_items.at(i).item->sizeHint().expandedTo(m_items.at(i).item->minimumSize());
        s.setWidth(qMin(s.width(), area.width()));
        return s;
    };
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).item->isEmpty())
            continue;
        const QSize s = hint(i);
        const int needed = row.items.isEmpty() ? s.width() : row.width + hSpace + s.width();
        if (!row.items.isEmpty() && needed > area.width()) {
            rows.append(row);
            row = Row();
        }
        row.width = row.items.isEmpty() ? s.width() : row.width + hSpace + s.width();
        row.items.append(i);
        row.stretch += m_items.at(i).stretch;
        int h = s.height();
        if (m_items.at(i).item->hasHeightForWidth())
            h = m_items.at(i).item->heightForWidth(s.width());
        row.height = qMax(row.height, h);
    }
    if (!row.items.isEmpty())
        rows.append(row);

    int y = area.y();
    for (const Row &r : rows) {
        const int spare = qMax(0, area.width() - r.width);
        int x = area.x();
        for (int i : r.items) {
            QSize s = hint(i);
            if (r.stretch > 0 && m_items.at(i).stretch > 0) {
                const int extra = spare * m_items.at(i).stretch / r.stretch;
                s.setWidth(s.width() + extra);
            }
            if (!testOnly) {
                const int h = m_items.at(i).item->hasHeightForWidth() ? m_items.at(i).item->heightForWidth(s.width())
                                                                      : s.height();
                // Vertically centred in the row.
                m_items.at(i).item->setGeometry(
                    QRect(QPoint(x, y + (r.height - qMin(h, r.height)) / 2), QSize(s.width(), qMin(h, r.height))));
            }
            x += s.width() + hSpace;
        }
        y += r.height + vSpace;
    }
    if (!rows.isEmpty())
        y -= vSpace;
    return y - rect.y() + contentsMargins().bottom();
}

int FlowLayout::smartSpacing(QStyle::PixelMetric pm) const
{
    QObject *parent = this->parent();
    if (!parent)
        return -1;
    if (parent->isWidgetType()) {
        auto *pw = static_cast<QWidget *>(parent);
        return pw->style()->pixelMetric(pm, nullptr, pw);
    }
    return static_cast<QLayout *>(parent)->spacing();
}

} // namespace tutorhub::ui
