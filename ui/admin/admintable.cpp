#include "admintable.h"

#include "common/columnfitter.h"
#include "common/flowlayout.h"
#include "common/liststate.h"
#include "models/labels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tutorhub::ui::admin {

using models::PagedListModel;

AdminTable::AdminTable(PagedListModel *model, const QList<FilterSpec> &filters, const QString &accessibleName,
                       QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_specs(filters),
      m_view(new QTableView(this)),
      m_state(new ListState(this)),
      m_tools(new QHBoxLayout),
      m_typing(new QTimer(this))
{
    model->setParent(this);
    m_view->setTabKeyNavigation(false); // the arrow keys move inside, Tab leaves the table (P31)
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // Filters wrap onto further rows on a narrow window (L2); a label stays with its box.
    auto *filterBar = new QWidget(this);
    auto *bar = new FlowLayout(filterBar);
    bar->setContentsMargins(0, 0, 0, 0);
    for (const FilterSpec &spec : filters) {
        if (spec.kind == FilterSpec::Kind::Enum) {
            auto *pair = new QWidget(filterBar);
            auto *pairLayout = new QHBoxLayout(pair);
            pairLayout->setContentsMargins(0, 0, 0, 0);
            auto *label = new QLabel(spec.label, pair);
            auto *combo = new QComboBox(pair);
            combo->setAccessibleName(spec.label);
            combo->addItem(tr("All"), QString());
            const QStringList values
                = spec.values.isEmpty() ? models::Labels::enumValues(spec.object, spec.field) : spec.values;
            for (int v = 0; v < values.size(); ++v)
                combo->addItem(v < spec.valueLabels.size() && !spec.valueLabels.at(v).isEmpty()
                                   ? spec.valueLabels.at(v)
                                   : models::Labels::enumLabel(spec.object, spec.field, values.at(v)),
                               values.at(v));
            label->setBuddy(combo);
            connect(combo, &QComboBox::currentIndexChanged, this, &AdminTable::applyFilters);
            pairLayout->addWidget(label);
            pairLayout->addWidget(combo);
            bar->addWidget(pair);
            m_controls.append(combo);
        } else {
            auto *edit = new QLineEdit(filterBar);
            edit->setPlaceholderText(spec.label);
            edit->setAccessibleName(spec.label);
            edit->setClearButtonEnabled(true);
            // Room for the whole placeholder (it names the filter).
            edit->setMinimumWidth(qMax(180, edit->fontMetrics().horizontalAdvance(spec.label) + 48));
            connect(edit, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
            bar->addWidget(edit, 1);
            m_controls.append(edit);
        }
    }
    if (!filters.isEmpty()) {
        // U63: whatever set the filters (the admin, a dashboard tile), one button shows them cleared.
        m_clear = new QPushButton(tr("C&lear filters"), filterBar);
        m_clear->setAccessibleName(tr("Clear filters"));
        m_clear->setToolTip(tr("Show every row again"));
        m_clear->setEnabled(false);
        connect(m_clear, &QPushButton::clicked, this, &AdminTable::clearFilters);
        bar->addWidget(m_clear);
    }
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &AdminTable::applyFilters);
    if (!filters.isEmpty())
        layout->addWidget(filterBar);
    else
        filterBar->hide();
    layout->addLayout(m_tools); // the page's actions, on their own row (narrow windows with the chat dock)

    m_view->setModel(model);
    m_view->setAccessibleName(accessibleName);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setSortingEnabled(false);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        const auto &cols = m_model->columns();
        if (section < 0 || section >= cols.size() || cols.at(section).sortField.isEmpty())
            return;
        const QString field = cols.at(section).sortField;
        const Qt::SortOrder order = m_model->sortField() == field && m_model->sortOrder() == Qt::AscendingOrder
                                        ? Qt::DescendingOrder
                                        : Qt::AscendingOrder;
        m_model->setSort(field, order);
        m_view->horizontalHeader()->setSortIndicator(section, order);
    });
    // The indicator shows the model's initial sort (newest first for most tables).
    for (int c = 0; c < model->columns().size(); ++c)
        if (!model->sortField().isEmpty() && model->columns().at(c).sortField == model->sortField())
            m_view->horizontalHeader()->setSortIndicator(c, model->sortOrder());
    ColumnFitter::install(m_view);
    layout->addWidget(m_view, 1);
    m_state->setModel(model);
    layout->addWidget(m_state);

    auto *pager = new QHBoxLayout;
    auto button = [this, pager](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setAccessibleName(name);
        b->setToolTip(name);
        b->setFixedWidth(b->fontMetrics().horizontalAdvance(QStringLiteral("MMM")) + 16);
        pager->addWidget(b);
        return b;
    };
    pager->addStretch();
    m_first = button(QStringLiteral("«"), tr("First page"));
    m_prev = button(QStringLiteral("‹"), tr("Previous page"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setAccessibleName(tr("Page"));
    pager->addWidget(m_pageLabel);
    m_next = button(QStringLiteral("›"), tr("Next page"));
    m_last = button(QStringLiteral("»"), tr("Last page"));
    layout->addLayout(pager);
    connect(m_first, &QPushButton::clicked, this, [this] { m_model->goToPage(1); });
    connect(m_prev, &QPushButton::clicked, this, [this] { m_model->goToPage(qMax(1, m_model->currentPage() - 1)); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_model->goToPage(m_model->currentPage() + 1); });
    connect(m_last, &QPushButton::clicked, this, [this] { m_model->goToPage(qMax(1, m_model->pageCount())); });
    connect(model, &PagedListModel::pageChanged, this, &AdminTable::updatePager);
    connect(model, &PagedListModel::stateChanged, this, &AdminTable::updatePager);
    updatePager();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit currentChanged(m_model->object(current.row())); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        else
            emit currentChanged(currentObject());
    });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &i) { emit activated(m_model->object(i.row())); });
}

QJsonObject AdminTable::currentObject() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->object(i.row()) : QJsonObject();
}

QString AdminTable::currentId() const
{
    return currentObject().value(QStringLiteral("id")).toString();
}

void AdminTable::selectId(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void AdminTable::setFilterValue(const QString &field, const QString &value)
{
    for (int i = 0; i < m_specs.size(); ++i) {
        if (m_specs.at(i).field != field)
            continue;
        m_applying = true;
        if (auto *combo = qobject_cast<QComboBox *>(m_controls.at(i)))
            combo->setCurrentIndex(qMax(0, combo->findData(value)));
        else if (auto *edit = qobject_cast<QLineEdit *>(m_controls.at(i)))
            edit->setText(value);
        m_applying = false;
    }
    applyFilters();
}

void AdminTable::setFilters(const QHash<QString, QString> &values)
{
    m_applying = true;
    for (int i = 0; i < m_specs.size(); ++i) {
        const QString value = values.value(m_specs.at(i).field);
        if (auto *combo = qobject_cast<QComboBox *>(m_controls.at(i)))
            combo->setCurrentIndex(qMax(0, combo->findData(value)));
        else if (auto *edit = qobject_cast<QLineEdit *>(m_controls.at(i)))
            edit->setText(value);
    }
    m_applying = false;
    applyFilters();
}

QString AdminTable::filterValue(const QString &field) const
{
    for (int i = 0; i < m_specs.size(); ++i) {
        if (m_specs.at(i).field != field)
            continue;
        if (auto *combo = qobject_cast<QComboBox *>(m_controls.at(i)))
            return combo->currentData().toString();
        if (auto *edit = qobject_cast<QLineEdit *>(m_controls.at(i)))
            return edit->text().trimmed();
    }
    return {};
}

bool AdminTable::hasFilters() const
{
    for (const FilterSpec &spec : m_specs)
        if (!filterValue(spec.field).isEmpty())
            return true;
    return false;
}

void AdminTable::setEmptyText(const QString &text)
{
    m_state->setEmptyText(text);
}

void AdminTable::applyFilters()
{
    if (m_applying)
        return;
    // Typed names to resolve first (e.g. a reporter's e-mail to their id): resolved, then applied.
    for (int i = 0; i < m_specs.size(); ++i) {
        const FilterSpec &spec = m_specs.at(i);
        auto *edit = qobject_cast<QLineEdit *>(m_controls.at(i));
        if (!spec.resolve || !edit)
            continue;
        const QString text = edit->text().trimmed();
        const QString resolvedFor = edit->property("resolvedFor").toString();
        if (text.isEmpty()) {
            edit->setProperty("resolved", QString());
            edit->setProperty("resolvedFor", QString());
        } else if (text != resolvedFor) {
            const quint64 generation = ++m_resolveGeneration;
            spec.resolve(text, this, [this, edit, text, generation](const QString &value) {
                if (generation != m_resolveGeneration)
                    return; // typed on meanwhile
                // Nothing matches: a value no row has, so the list says so instead of ignoring the filter.
                edit->setProperty("resolved",
                                  value.isEmpty() ? QStringLiteral("00000000-0000-0000-0000-000000000000") : value);
                edit->setProperty("resolvedFor", text);
                applyFilters();
            });
            return;
        }
    }
    const bool bff = m_model->property("bffFilters").toBool();
    QJsonObject body = m_model->property("baseBodyFilters").toJsonObject();
    m_model->beginQueryChange();
    for (int i = 0; i < m_specs.size(); ++i) {
        const FilterSpec &spec = m_specs.at(i);
        QString value;
        if (auto *combo = qobject_cast<QComboBox *>(m_controls.at(i)))
            value = combo->currentData().toString();
        else if (auto *edit = qobject_cast<QLineEdit *>(m_controls.at(i)))
            value = spec.resolve ? edit->property("resolved").toString() : edit->text().trimmed();
        if (spec.kind == FilterSpec::Kind::Search && bff) {
            m_model->setSearchText(value);
        } else if (bff) {
            if (value.contains(QLatin1Char(',')))
                body.insert(spec.field, QJsonArray::fromStringList(value.split(QLatin1Char(','), Qt::SkipEmptyParts)));
            else if (!value.isEmpty())
                body.insert(spec.field, value);
        } else {
            m_model->setFilter(spec.field,
                               value.isEmpty() ? QStringList() : value.split(QLatin1Char(','), Qt::SkipEmptyParts));
        }
    }
    if (bff)
        m_model->setBodyFilters(body);
    m_model->endQueryChange();
    if (m_clear)
        m_clear->setEnabled(hasFilters());
}

void AdminTable::updatePager()
{
    const int page = m_model->currentPage();
    const int count = m_model->pageCount();
    const bool busy = m_model->isLoading();
    m_pageLabel->setText(count > 0
                             ? tr("Page %1 of %2 · %n row(s)", nullptr, m_model->totalCount()).arg(page).arg(count)
                             : tr("No pages"));
    m_first->setEnabled(!busy && page > 1);
    m_prev->setEnabled(!busy && page > 1);
    m_next->setEnabled(!busy && page < count);
    m_last->setEnabled(!busy && page < count);
}

} // namespace tutorhub::ui::admin
