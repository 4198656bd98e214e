#include "pagedlistmodel.h"

#include <QJsonArray>

#include <algorithm>
#include <utility>

namespace tutorhub::models {

PagedListModel::PagedListModel(api::ApiClient *client, const ListSource &source, const QList<ListColumn> &columns,
                               QObject *parent)
    : QAbstractTableModel(parent),
      m_client(client),
      m_source(source),
      m_columns(columns)
{
    // U43: back online after rows from the offline cache or a connection error: load again.
    if (client)
        connect(client, &api::ApiClient::connectivityChanged, this, [this](bool online) {
            if (online
                && (m_cachedAt.isValid() || (m_state == State::Error && api::ApiClient::isConnectivityError(m_error))))
                refresh();
        });
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
    setFilter(name, value.isEmpty() ? QStringList() : QStringList {value});
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
        m_rowsShifted = m_residentLimit > 0;
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
    resetWindow();
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
    resetWindow();
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
        r.body = QJsonObject {{QStringLiteral("filters"), m_bodyFilters}};
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

QList<QJsonObject> PagedListModel::selectAndSort(const QList<QJsonObject> &rows,
                                                 const api::LocalSelection &selection) const
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
    const QDateTime cachedAt = result.value().cachedAt;
    // A replacing answer decides; an appended page can only make the rows shown older.
    QDateTime shown = m_cachedAt;
    if (replace)
        shown = cachedAt;
    else if (cachedAt.isValid() && (!shown.isValid() || cachedAt < shown))
        shown = cachedAt;
    if (shown != m_cachedAt) {
        m_cachedAt = shown;
        emit cachedChanged();
    }
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
    const bool appended = !replace;
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
    if (appended)
        releaseFarPages();
}

// --- the bounded window (F34) --------------------------------------------------------------------

bool PagedListModel::windowed() const
{
    return m_residentLimit > 0 && m_mode == Mode::Infinite && !m_selectLocally;
}

void PagedListModel::setResidentPages(int pages)
{
    m_residentLimit = qMax(0, pages);
    if (m_residentLimit == 0) {
        // Every page is kept again: the released ones come back.
        const QList<int> released(m_released.cbegin(), m_released.cend());
        for (int page : released)
            refillPage(page);
        return;
    }
    releaseFarPages();
}

bool PagedListModel::isRowResident(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_released.contains(row / m_pageSize + 1);
}

int PagedListModel::residentPageCount() const
{
    return qMax(0, m_page - int(m_released.size()));
}

void PagedListModel::resetWindow()
{
    const auto refills = std::exchange(m_refills, {});
    for (const QPointer<api::ApiReply> &reply : refills)
        if (reply)
            reply->abort();
    m_released.clear();
    m_rowsShifted = false;
}

void PagedListModel::setVisibleRows(int first, int last)
{
    m_visibleFirst = first;
    m_visibleLast = last;
    if (!windowed() || m_rows.isEmpty() || !m_loadedOnce || first < 0)
        return;
    const int rows = int(m_rows.size());
    first = qBound(0, first, rows - 1);
    last = qBound(first, last, rows - 1);
    const int from = first / m_pageSize + 1;
    const int to = last / m_pageSize + 1;
    bool missing = false;
    for (int page = qMax(1, from - 1); page <= qMin(m_page, to + 1); ++page)
        missing = missing || m_released.contains(page);
    if (missing && m_rowsShifted) {
        refresh(); // rows were removed here since the pages were released: their offsets are no longer known
        return;
    }
    for (int page = qMax(1, from - 1); page <= qMin(m_page, to + 1); ++page)
        if (m_released.contains(page))
            refillPage(page);
    releaseFarPages();
}

void PagedListModel::releaseFarPages()
{
    if (!windowed() || m_rowsShifted || m_page <= 0)
        return;
    int from = m_page;
    int to = m_page;
    if (m_visibleFirst >= 0 && !m_rows.isEmpty()) {
        from = qBound(1, m_visibleFirst / m_pageSize + 1, m_page);
        to = qBound(from, m_visibleLast / m_pageSize + 1, m_page);
    }
    // The visible pages and one on either side always stay.
    const int keep = qMax(m_residentLimit, to - from + 3);
    int resident = m_page - int(m_released.size());
    if (resident <= keep)
        return;
    QList<int> candidates;
    for (int page = 1; page <= m_page; ++page)
        if (!m_released.contains(page) && (page < from - 1 || page > to + 1))
            candidates.append(page);
    auto distance = [from, to](int page) { return page < from ? from - page : page - to; };
    std::stable_sort(candidates.begin(), candidates.end(), [&](int a, int b) { return distance(a) > distance(b); });
    for (int page : std::as_const(candidates)) {
        if (resident <= keep)
            break;
        const int begin = (page - 1) * m_pageSize;
        const int end = qMin(int(m_rows.size()), page * m_pageSize);
        for (int row = begin; row < end; ++row)
            m_rows[row] = QJsonObject();
        m_released.insert(page);
        --resident;
        if (end > begin)
            emit dataChanged(index(begin, 0), index(end - 1, columnCount() - 1));
    }
}

void PagedListModel::refillPage(int page)
{
    if (!m_client || m_refills.value(page))
        return;
    const quint64 generation = m_generation;
    api::ApiRequest r = buildRequest(page);
    if (m_source.paging == PagingStyle::Business
        && !api::takeUndeclaredFilters(r, m_client->serverFeatures()).isEmpty())
        return; // selected here: every row is held anyway (windowed() is false then)
    m_refills.insert(
        page, api::callJson(m_client, r, this, [this, generation, page](const api::Result<api::JsonAnswer> &answer) {
            if (generation != m_generation)
                return; // an older query: its rows are gone
            m_refills.remove(page);
            if (!answer || !m_released.contains(page))
                return; // on an error the rows stay empty; the next setVisibleRows asks again
            const QJsonArray items = answer.value().array();
            const int begin = (page - 1) * m_pageSize;
            int end = begin;
            for (qsizetype i = 0; i < items.size() && end < m_rows.size(); ++i, ++end)
                m_rows[end] = items.at(i).toObject();
            m_released.remove(page);
            if (end > begin)
                emit dataChanged(index(begin, 0), index(end - 1, columnCount() - 1));
            releaseFarPages();
        }));
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
    m_rowsShifted = m_residentLimit > 0;
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
