#include "widgets.h"

#include "columnfitter.h"

#include <QHeaderView>
#include <QTableView>

namespace tutorhub::ui {

QTableView *listTable(QWidget *parent, const QString &accessibleName, QAbstractItemModel *model,
                      const char *objectName, QAbstractItemView::SelectionMode selection)
{
    auto *t = named(new QTableView(parent), accessibleName, objectName);
    if (model)
        t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(selection);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    ColumnFitter::install(t);
    return t;
}

} // namespace tutorhub::ui
