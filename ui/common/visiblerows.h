// Tells a PagedListModel with a bounded window of pages (F34) which rows a view shows, so that the pages
// around them keep (or get back) their objects and the others are released. One tracker per view, owned by it.
#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;

namespace tutorhub::models {
class PagedListModel;
}

namespace tutorhub::ui {

class VisibleRowsTracker : public QObject
{
    Q_OBJECT

public:
    // Installs a tracker on `view` for `model` (the view's model, or the source of its proxy-free model).
    static VisibleRowsTracker *install(QAbstractItemView *view, models::PagedListModel *model);
    // Reports the rows shown now (tests; otherwise it follows scrolling, resizing and new rows).
    void report();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    VisibleRowsTracker(QAbstractItemView *view, models::PagedListModel *model);
    void schedule();

    QPointer<QAbstractItemView> m_view;
    QPointer<models::PagedListModel> m_model;
    bool m_scheduled = false;
};

} // namespace tutorhub::ui
