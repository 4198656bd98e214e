// One admin table (issue 6): a filter bar described as data, the table over a models::PagedListModel
// in Paged mode (sortable headers go to the server), the list state line, and a pager with
// first/previous/next/last page. Pages put their detail panes and action buttons beside it.
#pragma once

#include "models/admin/adminlists.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace tutorhub::ui {
class ListState;
}

namespace tutorhub::ui::admin {

struct FilterSpec
{
    enum class Kind { Enum, Text, Search };
    Kind kind = Kind::Enum;
    QString field; // query / filters-body field; Search: the q text (BFF) or a query field
    QString label; // translated
    QString object; // enum table object for Enum (models::Labels)
    QStringList values = {}; // Enum: explicit values (default: Labels::enumValues(object, field)); "a,b" = any of a, b
    QStringList valueLabels = {}; // Enum: labels of `values` where Labels has none (e.g. "Me" for the admin's own id)
    // Text: turns what was typed (a name, an e-mail) into the filter value (an id) before it is sent;
    // done(QString()) when nothing matches.
    std::function<void(const QString &text, QObject *context, std::function<void(const QString &value)> done)> resolve
        = {};
};

class AdminTable : public QWidget
{
    Q_OBJECT

public:
    AdminTable(models::PagedListModel *model, const QList<FilterSpec> &filters, const QString &accessibleName,
               QWidget *parent = nullptr);

    models::PagedListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QHBoxLayout *toolBar() const { return m_tools; } // pages add their buttons here
    QJsonObject currentObject() const;
    QString currentId() const;
    void selectId(const QString &id);
    // Sets a filter control (and the model) programmatically.
    void setFilterValue(const QString &field, const QString &value);
    // Sets exactly these filters (field -> value), clearing every other one, in one query (a dashboard tile, U63).
    void setFilters(const QHash<QString, QString> &values);
    // The value of a filter control ("" = all) and whether any filter is set.
    QString filterValue(const QString &field) const;
    bool hasFilters() const;
    void clearFilters() { setFilters({}); }
    QPushButton *clearFiltersButton() const { return m_clear; }
    void setEmptyText(const QString &text);

signals:
    void currentChanged(const QJsonObject &row);
    void activated(const QJsonObject &row);

private:
    void applyFilters();
    void updatePager();

    models::PagedListModel *m_model;
    QList<FilterSpec> m_specs;
    QList<QWidget *> m_controls;
    QTableView *m_view;
    ui::ListState *m_state;
    QHBoxLayout *m_tools;
    QPushButton *m_first, *m_prev, *m_next, *m_last;
    QPushButton *m_clear = nullptr;
    QLabel *m_pageLabel;
    QTimer *m_typing;
    bool m_applying = false;
    quint64 m_resolveGeneration = 0;
};

} // namespace tutorhub::ui::admin
