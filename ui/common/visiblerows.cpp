#include "visiblerows.h"

#include "models/pagedlistmodel.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QScrollBar>
#include <QTimer>

namespace tutorhub::ui {

VisibleRowsTracker *VisibleRowsTracker::install(QAbstractItemView *view, models::PagedListModel *model)
{
    return new VisibleRowsTracker(view, model);
}

VisibleRowsTracker::VisibleRowsTracker(QAbstractItemView *view, models::PagedListModel *model)
    : QObject(view),
      m_view(view),
      m_model(model)
{
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &VisibleRowsTracker::schedule);
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &VisibleRowsTracker::schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, &VisibleRowsTracker::schedule);
    connect(model, &QAbstractItemModel::modelReset, this, &VisibleRowsTracker::schedule);
    view->viewport()->installEventFilter(this);
}

bool VisibleRowsTracker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        schedule();
    return QObject::eventFilter(watched, event);
}

void VisibleRowsTracker::schedule()
{
    // Once per event-loop turn, after the view has laid out what changed.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        report();
    });
}

void VisibleRowsTracker::report()
{
    if (!m_view || !m_model || m_model->rowCount() == 0)
        return;
    if (!m_view->isVisible())
        return; // another view of the same model (cards / list) reports, or none is shown

    const QRect area = m_view->viewport()->rect();
    int first = m_view->indexAt(area.topLeft() + QPoint(1, 1)).row();
    int last = m_view->indexAt(area.bottomRight() - QPoint(1, 1)).row();
    if (last < 0)
        last = m_view->indexAt(QPoint(area.left() + 1, area.bottom() - 1)).row();
    if (first < 0)
        first = 0;
    if (last < first)
        last = m_model->rowCount() - 1;
    m_model->setVisibleRows(first, last);
}

} // namespace tutorhub::ui
