#include "widgets.h"

#include "columnfitter.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QTableView>

namespace tutorhub::ui {

QTableView *listTable(QWidget *parent, const QString &accessibleName, QAbstractItemModel *model, const char *objectName,
                      QAbstractItemView::SelectionMode selection)
{
    auto *t = named(new QTableView(parent), accessibleName, objectName);
    if (model)
        t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(selection);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    t->setTabKeyNavigation(false); // the arrow keys move inside, Tab leaves the table (P31)
    ColumnFitter::install(t);
    return t;
}

namespace {

class PlainTextLabels : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish)
            if (auto *label = qobject_cast<QLabel *>(watched); label && label->textFormat() == Qt::AutoText)
                label->setTextFormat(Qt::PlainText);
        return false;
    }
};

} // namespace

void enforcePlainTextLabels()
{
    static QPointer<PlainTextLabels> filter;
    if (filter || !qApp)
        return;
    filter = new PlainTextLabels(qApp);
    qApp->installEventFilter(filter);
}

QLabel *markupLabel(const QString &markup, QWidget *parent)
{
    auto *label = new QLabel(markup, parent);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace tutorhub::ui
