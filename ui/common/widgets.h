// Small builders shared by the workspace pages, so every list and button is set up the same way.
#pragma once

#include <QAbstractItemView>
#include <QLatin1String>
#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

class QLabel;

namespace tutorhub::ui {

// Sets the accessible name (and the object name, for tests) of a widget; returns it.
template<typename W>
W *named(W *widget, const QString &accessibleName, const char *objectName = nullptr)
{
    widget->setAccessibleName(accessibleName);
    if (objectName)
        widget->setObjectName(QLatin1String(objectName));
    return widget;
}

// A list table: whole rows selected (one at a time unless `selection` says otherwise), columns kept
// inside the table's width by a ColumnFitter (the widest contents take the spare room; cut cells show
// their text in a tooltip), no row numbers, one line per row.
QTableView *listTable(QWidget *parent, const QString &accessibleName, QAbstractItemModel *model = nullptr,
                      const char *objectName = nullptr,
                      QAbstractItemView::SelectionMode selection = QAbstractItemView::SingleSelection);

// SEC49: text from the server is shown as plain text, never rendered as HTML. Once installed (the
// login and main windows do it), every QLabel still on Qt::AutoText when it is polished becomes
// Qt::PlainText; labels that show markup ask for Qt::RichText themselves and escape every value.
void enforcePlainTextLabels();
// A label showing markup of ours (a heading, bold words): Qt::RichText on purpose; the caller escapes any value
// it puts into `markup` (QString::toHtmlEscaped).
QLabel *markupLabel(const QString &markup, QWidget *parent);

} // namespace tutorhub::ui
