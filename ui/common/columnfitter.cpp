#include "columnfitter.h"

#include <QEvent>

#include <algorithm>
#include <QHeaderView>
#include <QHelpEvent>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolTip>

namespace tutorhub::ui {

ColumnFitter *ColumnFitter::install(QTableView *view, int stretchColumn)
{
    if (auto *existing = view->findChild<ColumnFitter *>(QString(), Qt::FindDirectChildrenOnly)) {
        existing->setStretchColumn(stretchColumn);
        return existing;
    }
    return new ColumnFitter(view, stretchColumn);
}

ColumnFitter::ColumnFitter(QTableView *view, int stretchColumn)
    : QObject(view),
      m_view(view),
      m_timer(new QTimer(this)),
      m_stretch(stretchColumn)
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &ColumnFitter::fit);
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setTextElideMode(Qt::ElideRight);
    view->setTextElideMode(Qt::ElideRight);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionCountChanged, this, [this] {
        watchModel();
        schedule();
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ColumnFitter::schedule);
    watchModel();
    schedule();
}

void ColumnFitter::setStretchColumn(int column)
{
    m_stretch = column;
    schedule();
}

void ColumnFitter::watchModel()
{
    QAbstractItemModel *model = m_view->model();
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::columnsInserted, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &ColumnFitter::schedule);
}

void ColumnFitter::schedule()
{
    if (!m_fitting)
        m_timer->start();
}

int ColumnFitter::headerTextWidth(const QTableView *view, int column)
{
    const QHeaderView *header = view->horizontalHeader();
    if (!view->model())
        return 0;
    const QString text = view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    // Bold: a header highlights (bolds) the sections of a selected row.
    QFont bold = header->font();
    bold.setBold(true);
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    int width = QFontMetrics(bold).horizontalAdvance(text) + 2 * margin + 2;
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == column)
        width += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin;
    return width;
}

void ColumnFitter::fit()
{
    watchModel();
    QAbstractItemModel *model = m_view->model();
    QHeaderView *header = m_view->horizontalHeader();
    const int available = m_view->viewport()->width();
    if (!model || available <= 0 || header->count() == 0)
        return;
    QList<int> columns;
    QList<int> head;
    QList<int> want;
    int widestContent = -1;
    int widestWidth = -1;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const int h = headerTextWidth(m_view, c);
        const int content = qMin(static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(c), m_maxContent);
        columns << c;
        head << h;
        want << qMax(h, content);
        if (content > widestWidth) {
            widestWidth = content;
            widestContent = c;
        }
    }
    if (columns.isEmpty())
        return;
    // The widest columns give way first: every column gets min(want, level), at least its header.
    auto total = [&](int level) {
        int sum = 0;
        for (int i = 0; i < columns.size(); ++i)
            sum += qMax(head.at(i), qMin(want.at(i), level));
        return sum;
    };
    int lo = 0;
    int hi = *std::max_element(want.cbegin(), want.cend());
    while (lo < hi) {
        const int mid = (lo + hi + 1) / 2;
        if (total(mid) <= available)
            lo = mid;
        else
            hi = mid - 1;
    }
    QList<int> widths;
    int used = 0;
    for (int i = 0; i < columns.size(); ++i) {
        widths << qMax(head.at(i), qMin(want.at(i), lo));
        used += widths.last();
    }
    // The rest to the stretch column (the one whose contents want the most when none was chosen).
    const int stretch = m_stretch >= 0 && columns.contains(m_stretch) ? m_stretch : widestContent;
    const int spare = available - used;
    if (spare > 0) {
        const int i = int(columns.indexOf(stretch >= 0 ? stretch : columns.last()));
        widths[i] += spare;
    }
    m_fitting = true;
    for (int i = 0; i < columns.size(); ++i)
        if (header->sectionSize(columns.at(i)) != widths.at(i))
            header->resizeSection(columns.at(i), widths.at(i));
    m_fitting = false;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return false;
    if (event->type() == QEvent::Resize) {
        schedule();
    } else if (event->type() == QEvent::ToolTip && m_view->model()) {
        // Cut cell text shows in full as a tooltip (unless the model has its own tooltip).
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        if (!index.isValid() || index.data(Qt::ToolTipRole).isValid())
            return false;
        const QString text = index.data(Qt::DisplayRole).toString();
        const QRect rect = m_view->visualRect(index);
        const int margin = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1);
        if (!text.isEmpty() && m_view->fontMetrics().horizontalAdvance(text) + margin > rect.width())
            QToolTip::showText(help->globalPos(), text, m_view->viewport(), rect);
        else
            QToolTip::hideText();
        return true;
    }
    return false;
}

} // namespace tutorhub::ui
