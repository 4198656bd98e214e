#include "widgets.h"

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
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    return t;
}

} // namespace tutorhub::ui
