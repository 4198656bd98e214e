#include "pagedlistmodel.h"

#include <QJsonArray>

#include <algorithm>

namespace tutorhub::models {

PagedListModel::PagedListModel(api::ApiClient *client, const ListSource &source,
                               const QList<ListColumn> &columns, QObject *parent)
    : QAbstractTableModel(parent), m_client(client), m_source(source), m_columns(columns)
{
}

PagedListModel::~PagedListModel()
{
    if (m_inFlight)
        m_inFlight->abort();
}

void PagedListModel::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    queryChanged();
}

void PagedListModel::setPageSize(int rows)
{
    rows = qBound(1, rows, 1000);
    if (m_pageSize == rows)
        return;
    m_pageSize = rows;
    queryChanged();
}

void PagedListModel::setFilter(const QString &name, const QStringList &values)
{
    QStringList clean;
    for (const QString &v : values)
        if (!v.isEmpty())
            clean.append(v);
    if (clean.isEmpty() ? !m_filters.contains(name) : m_filters.value(name) == clean)
        return;
    const QStringList before = m_filters.value(name);
    if (m_localFilters.contains(name) && before.size() == 1 && clean.size() == 1
        && clean.first().contains(before.first(), Qt::CaseInsensitive) && m_loadedOnce && m_batchDepth == 0)
        narrowLocally(name, clean.first());
    if (clean.isEmpty())
        m_filters.remove(name);
    else
        m_filters.insert(name, clean);
    queryChanged();
}

void PagedListModel::setFilter(const QString &name, const QString &value)
{
    setFilter(name, value.isEmpty() ? QStringList() : QStringList{value});
}

void PagedListModel::setLocalFilter(const QString &name, LocalMatch matches)
{
    if (matches)
        m_localFilters.insert(name, std::move(matches));
    else
        m_localFilters.remove(name);
}

void PagedListModel::setLocalSortKey(const QString &field, SortKey key)
{
    if (key)
        m_sortKeys.insert(field, std::move(key));
    else
        m_sortKeys.remove(field);
}

PagedListModel::LocalMatch PagedListModel::containsText(const QString &field)
{
    return [field](const QJsonObject &row, const QString &value) {
        return row.value(field).toString().contains(value, Qt::CaseInsensitive);
    };
}

void PagedListModel::narrowLocally(const QString &name, const QString &value)
{
    const LocalMatch &matches = m_localFilters[name];
    // Remove the rows that no longer match, in contiguous runs from the bottom (views keep their place).
    int row = int(m_rows.size()) - 1;
    while (row >= 0) {
        if (matches(m_rows.at(row), value)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !matches(m_rows.at(first - 1), value))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    emit narrowedLocally(int(m_rows.size()));
}

QString PagedListModel::filter(const QString &name) const
{
    return m_filters.value(name).join(QLatin1Char(','));
}

void PagedListModel::clearFilters()
{
    if (m_filters.isEmpty() && m_bodyFilters.isEmpty() && m_searchText.isEmpty())
        return;
    m_filters.clear();
    m_bodyFilters = {};
    m_searchText.clear();
    queryChanged();
}

void PagedListModel::setBodyFilters(const QJsonObject &filters)
{
    if (m_bodyFilters == filters)
        return;
    m_bodyFilters = filters;
    queryChanged();
}

void PagedListModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    queryChanged();
}

void PagedListModel::setSort(const QString &field, Qt::SortOrder order)
{
    if (m_sortField == field && m_sortOrder == order)
        return;
    m_sortField = field;
    m_sortOrder = order;
    queryChanged();
}

void PagedListModel::beginQueryChange()
{
    ++m_batchDepth;
}

void PagedListModel::endQueryChange()
{
    if (m_batchDepth > 0 && --m_batchDepth == 0 && m_batchDirty) {
        m_batchDirty = false;
        queryChanged();
    }
}

void PagedListModel::queryChanged()
{
    if (m_batchDepth > 0) {
        m_batchDirty = true;
        return;
    }
    m_page = m_mode == Mode::Paged ? 1 : 0;
    refresh();
}

void PagedListModel::refresh()
{
    ++m_generation;
    if (m_inFlight)
        m_inFlight->abort();
    m_loadedOnce = false;
    if (m_mode == Mode::Infinite) {
        // Keep the rows until the first page of the new query replaces them (no flicker to empty).
        request(1, true);
    } else {
        request(qMax(1, m_page), true);
    }
}

void PagedListModel::goToPage(int pageNumber)
{
    if (m_mode != Mode::Paged)
        setMode(Mode::Paged);
    ++m_generation;
    if (m_inFlight)
        m_inFlight->abort();
    request(qMax(1, pageNumber), true);
}

api::ApiRequest PagedListModel::buildRequest(int page) const
{
    QUrlQuery q;
    const bool bff = m_source.paging != PagingStyle::Business;
    q.addQueryItem(bff ? QStringLiteral("page") : QStringLiteral("pageNumber"), QString::number(page));
    q.addQueryItem(bff ? QStringLiteral("limit") : QStringLiteral("pageRowCount"), QString::number(m_pageSize));
    if (!m_sortField.isEmpty()) {
        q.addQueryItem(QStringLiteral("sortBy"), m_sortField);
        q.addQueryItem(QStringLiteral("sortOrder"),
                       m_sortOrder == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"));
    }
    if (!m_searchText.isEmpty())
        q.addQueryItem(QStringLiteral("q"), m_searchText);
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it)
        for (const QString &v : it.value())
            q.addQueryItem(it.key(), v);
    api::ApiRequest r = api::ApiRequest::to(m_source.route, m_source.pathArgs, q);
    r.attachToken = m_source.attachToken;
    if (r.method == "POST") {
        r.body = QJsonObject{{QStringLiteral("filters"), m_bodyFilters}};
        r.idempotent = true; // a read, even as POST
    }
    return r;
}

void PagedListModel::request(int page, bool replace)
{
    if (!m_client)
        return;
    const quint64 generation = m_generation;
    setState(State::Loading);
    api::ApiRequest r = buildRequest(page);
    api::LocalSelection selection;
    if (m_source.paging == PagingStyle::Business)
        selection = api::takeUndeclaredFilters(r, m_client->serverFeatures());
    m_inFlight = api::callJson(m_client, r, this,
                               [this, generation, page, replace, selection](const api::Result<api::JsonAnswer> &r) {
                                   onAnswer(generation, page, replace, selection, r);
                               });
}

QList<QJsonObject> PagedListModel::selectAndSort(const QList<QJsonObject> &rows, const api::LocalSelection &selection) const
{
    QList<QJsonObject> out;
    const QStringList names = selection.names();
    for (const QJsonObject &row : rows) {
        bool all = true;
        for (const QString &name : names) {
            bool any = false;
            for (const QString &value : selection.values(name)) {
                const auto custom = m_localFilters.constFind(name);
                if (custom != m_localFilters.cend() ? (*custom)(row, value)
                                                    : api::LocalSelection::matchesValue(row, name, value)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                all = false;
                break;
            }
        }
        if (all)
            out.append(row);
    }
    if (!m_sortField.isEmpty()) {
        const QString field = m_sortField;
        const bool ascending = m_sortOrder == Qt::AscendingOrder;
        const SortKey key = m_sortKeys.value(field);
        std::stable_sort(out.begin(), out.end(), [field, ascending, key](const QJsonObject &a, const QJsonObject &b) {
            const QJsonValue x = key ? QJsonValue::fromVariant(key(a)) : a.value(field);
            const QJsonValue y = key ? QJsonValue::fromVariant(key(b)) : b.value(field);
            int c = 0;
            if (x.isDouble() && y.isDouble())
                c = x.toDouble() < y.toDouble() ? -1 : (x.toDouble() > y.toDouble() ? 1 : 0);
            else
                c = x.toVariant().toString().compare(y.toVariant().toString(), Qt::CaseInsensitive);
            return ascending ? c < 0 : c > 0;
        });
    }
    return out;
}

void PagedListModel::onAnswer(quint64 generation, int page, bool replace, const api::LocalSelection &selection,
                              const api::Result<api::JsonAnswer> &result)
{
    if (generation != m_generation)
        return; // an older query or refresh: dropped
    m_inFlight = nullptr;
    if (!result) {
        if (result.error().kind == api::ApiError::Kind::Canceled)
            return;
        m_error = result.error();
        setState(State::Error);
        emit errorOccurred(m_error);
        return;
    }
    m_error = api::ApiError();
    const QJsonArray items = result.value().array();
    QList<QJsonObject> rows;
    rows.reserve(items.size());
    for (const QJsonValue &v : items)
        rows.append(v.toObject());
    api::Paging paging = result.value().paging();
    m_selectLocally = !selection.isEmpty();
    if (m_selectLocally) {
        // Every row came; the server may have ignored the filters (C44): select, sort and page here.
        m_selected = selectAndSort(rows, selection);
        paging.totalRowCount = int(m_selected.size());
        if (m_mode == Mode::Paged) {
            paging.pageCount = qMax(1, int((m_selected.size() + m_pageSize - 1) / m_pageSize));
            page = qBound(1, page, paging.pageCount);
            rows = m_selected.mid((page - 1) * m_pageSize, m_pageSize);
        } else {
            paging.pageCount = 1;
            page = 1;
            rows = m_selected;
        }
        replace = true;
    } else {
        m_selected.clear();
    }

    if (replace) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows += rows;
        endInsertRows();
    }
    m_page = page;
    m_pageCount = paging.pageCount;
    const bool first = !m_loadedOnce;
    m_loadedOnce = true;
    if (m_total != paging.totalRowCount) {
        m_total = paging.totalRowCount;
        emit totalCountChanged(m_total);
    }
    setState(State::Idle);
    emit pageChanged(m_page, m_pageCount);
    emit pageLoaded(page, first);
}

void PagedListModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString PagedListModel::idAt(int row) const
{
    return m_rows.value(row).value(QLatin1String("id")).toString();
}

int PagedListModel::rowOfId(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(QLatin1String("id")).toString() == id)
            return i;
    return -1;
}

int PagedListModel::columnOf(const QString &columnId) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).id == columnId)
            return i;
    return -1;
}

void PagedListModel::replaceObject(const QJsonObject &object)
{
    const int row = rowOfId(object.value(QLatin1String("id")).toString());
    if (row < 0)
        return;
    // Keep joins the write answer does not carry (create/update return the pure object, §1.4).
    QJsonObject merged = m_rows.at(row);
    for (auto it = object.begin(); it != object.end(); ++it)
        merged.insert(it.key(), it.value());
    m_rows[row] = merged;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void PagedListModel::removeId(const QString &id)
{
    for (qsizetype i = 0; i < m_selected.size(); ++i)
        if (m_selected.at(i).value(QLatin1String("id")).toString() == id) {
            m_selected.removeAt(i);
            break;
        }
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    m_total = qMax(0, m_total - 1);
    emit totalCountChanged(m_total);
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : qMax(1, int(m_columns.size()));
}

QVariant PagedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    const ListColumn *column = index.column() < m_columns.size() ? &m_columns.at(index.column()) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column && column->display)
            return column->display(row);
        return row.value(QLatin1String("id")).toString();
    case Qt::TextAlignmentRole:
        return column ? QVariant(int(column->alignment)) : QVariant();
    case ObjectRole:
        return row;
    case IdRole:
        return row.value(QLatin1String("id")).toString();
    case SortValueRole:
        return column && !column->sortField.isEmpty() ? row.value(column->sortField).toVariant() : QVariant();
    default:
        return {};
    }
}

QVariant PagedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::TextAlignmentRole)
        return int(m_columns.at(section).alignment);
    return {};
}

QHash<int, QByteArray> PagedListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ObjectRole, "object");
    names.insert(IdRole, "id");
    names.insert(SortValueRole, "sortValue");
    return names;
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_mode == Mode::Infinite && m_loadedOnce && m_state == State::Idle
        && m_page < m_pageCount;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    request(m_page + 1, false);
}

void PagedListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || m_columns.at(column).sortField.isEmpty())
        return;
    setSort(m_columns.at(column).sortField, order);
}

} // namespace tutorhub::models
