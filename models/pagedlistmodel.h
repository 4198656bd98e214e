// A reusable table model over the contract's paged list endpoints (business lists: pageNumber /
// pageRowCount / sortBy / sortOrder, D5; BFF lists: page / limit / q and a filters body, D50;
// notification: page / limit, D41).
//
// - Columns are data (ListColumn): header, how a row shows (named function of the row's JSON),
//   and the server field it sorts by. Rows are the JSON objects as the server sent them (with
//   their joins), so relation ids are shown through the joined object's name.
// - Two ways to page: Infinite (canFetchMore/fetchMore appends the next page, for lists and card
//   views) and Paged (goToPage replaces the rows, for admin tables that jump to the last page).
// - Filters and sort are sent to the server; changing them refetches from page 1. A filter the route table does
//   not declare is sent only to a server with the undeclaredFilters extension; otherwise the model loads every
//   row once (pageNumber=0) and selects, sorts and pages on the client (C44). Answers of an
//   older query (or to an older refresh) are dropped, so a fast typist never sees stale rows.
// - A visible state (Idle / Loading / Error with a sentence) for the views' busy and error bars.
// - Infinite lists may keep a bounded window of pages (setResidentPages, F34): the row count keeps growing, but
//   only the pages around the rows a view shows (setVisibleRows) keep their objects; the others are released
//   (object() is empty there) and asked for again when they come back into view.
#pragma once

#include "api/contract.h"
#include "api/apiclient.h"
#include "api/jsonapi.h"
#include "api/listfilter.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

namespace tutorhub::models {

struct ListColumn
{
    QString id; // stable id (tests, settings); usually the field name
    QString title; // translated header
    std::function<QVariant(const QJsonObject &row)> display;
    QString sortField; // server field for sortBy; empty: the column cannot be sorted
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
};

enum class PagingStyle { Business, Bff, Notification };

// Where the rows come from: a route of the table (C40) and its path arguments; method and service come from
// the table. Filters the route does not declare are applied here when the server lacks undeclaredFilters (C44).
struct ListSource
{
    ListSource() = default;
    ListSource(api::Route route_, const QStringList &pathArgs_ = {}, PagingStyle paging_ = PagingStyle::Business,
               bool attachToken_ = true)
        : route(route_),
          pathArgs(pathArgs_),
          paging(paging_),
          attachToken(attachToken_)
    { }

    api::Route route = api::Route::listCoursePacks;
    QStringList pathArgs; // e.g. {tutorProfileId}; BFF lists: {indexName}
    PagingStyle paging = PagingStyle::Business;
    bool attachToken = true; // false for the public catalog routes
};

class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ObjectRole = Qt::UserRole + 1, // QJsonObject of the row (every column)
        IdRole, // the row's id
        SortValueRole, // raw value of the column's sort field
    };
    Q_ENUM(Role)

    enum class State { Idle, Loading, Error };
    Q_ENUM(State)

    enum class Mode { Infinite, Paged };

    PagedListModel(api::ApiClient *client, const ListSource &source, const QList<ListColumn> &columns,
                   QObject *parent = nullptr);
    ~PagedListModel() override;

    // --- query (each setter refetches from the first page when the value changed) ----------------
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    // A query filter: name=v (several values: name=v1&name=v2, "any of"). Empty list: removed.
    void setFilter(const QString &name, const QStringList &values);
    void setFilter(const QString &name, const QString &value);
    QString filter(const QString &name) const;
    // A filter the loaded rows can be checked against here (e.g. "title" contains the text). When such
    // a filter is narrowed (the new text contains the old one), rows that no longer match leave at
    // once and narrowedLocally() is emitted; the server's answer for the new query then replaces them.
    using LocalMatch = std::function<bool(const QJsonObject &row, const QString &value)>;
    void setLocalFilter(const QString &name, LocalMatch matches);
    // The usual local check: the row's `field` contains the value, ignoring case.
    static LocalMatch containsText(const QString &field);
    void clearFilters();
    // BFF lists: the `filters` body object (D50) and the `q` text.
    void setBodyFilters(const QJsonObject &filters);
    void setSearchText(const QString &text);
    void setSort(const QString &field, Qt::SortOrder order);
    // How rows sort by `field` when they are sorted here (C44) and the field may be missing from the rows: e.g.
    // lesson slots by "startsAt", an extension field, through their documented scheduledDate + scheduledTime (C55).
    using SortKey = std::function<QVariant(const QJsonObject &row)>;
    void setLocalSortKey(const QString &field, SortKey key);
    QString sortField() const { return m_sortField; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Several changes at once: call beginQueryChange(), the setters, then endQueryChange().
    void beginQueryChange();
    void endQueryChange();

    // --- bounded window (Infinite mode; F34) ----------------------------------------------------
    // At most `pages` pages keep their rows' objects (0: every page, the default). The pages nearest the
    // visible rows stay; the others are released and fetched again when setVisibleRows reaches them.
    void setResidentPages(int pages);
    int residentPages() const { return m_residentLimit; }
    // Which rows a view shows now (ui::trackVisibleRows calls it); released pages among them and their
    // neighbours are fetched again (dataChanged when they arrive).
    void setVisibleRows(int first, int last);
    // True when the row's page is held (its object() is the server's row).
    bool isRowResident(int row) const;
    int residentPageCount() const;

    // --- loading -------------------------------------------------------------------------------
    // Drops the rows and loads the first page (Paged: the current page) again.
    void refresh();
    void goToPage(int pageNumber); // Paged mode, 1-based
    int currentPage() const { return m_page; }
    int pageCount() const { return m_pageCount; }
    int totalCount() const { return m_total; }
    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::Loading; }
    api::ApiError error() const { return m_error; }
    QString errorText() const { return m_error.isNone() ? QString() : m_error.userMessage(); }
    // True once the first answer of the current query arrived.
    bool hasLoaded() const { return m_loadedOnce; }
    // Valid while the rows shown are the offline cache's (the server is out of reach, U42): when they were received.
    // The model loads again by itself when the client is back online (U43).
    QDateTime cachedAt() const { return m_cachedAt; }
    bool isShowingCached() const { return m_cachedAt.isValid(); }
    // True while the current query is answered from every row selected here (undeclared filters, C44).
    bool isSelectingLocally() const { return m_selectLocally; }

    // --- rows ----------------------------------------------------------------------------------
    QJsonObject object(int row) const { return m_rows.value(row); }
    QString idAt(int row) const;
    int rowOfId(const QString &id) const;
    const QList<ListColumn> &columns() const { return m_columns; }
    int columnOf(const QString &columnId) const;
    // After a local write: the row with the same id shows `object` (dataChanged) or is removed.
    void replaceObject(const QJsonObject &object);
    void removeId(const QString &id);

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void stateChanged(tutorhub::models::PagedListModel::State state);
    void totalCountChanged(int total);
    void pageChanged(int page, int pageCount);
    // A page arrived (after the rows were inserted); `first` for the first page of a query.
    void pageLoaded(int page, bool first);
    void errorOccurred(const tutorhub::api::ApiError &error);
    // Rows were narrowed by a local filter while the new query is on its way.
    void narrowedLocally(int rowsLeft);
    // isShowingCached() / cachedAt() changed.
    void cachedChanged();

private:
    void queryChanged();
    void narrowLocally(const QString &name, const QString &value);
    void request(int page, bool replace);
    void onAnswer(quint64 generation, int page, bool replace, const api::LocalSelection &selection,
                  const api::Result<api::JsonAnswer> &result);
    QList<QJsonObject> selectAndSort(const QList<QJsonObject> &rows, const api::LocalSelection &selection) const;
    void setState(State state);
    api::ApiRequest buildRequest(int page) const;
    bool windowed() const;
    void releaseFarPages();
    void refillPage(int page);
    void resetWindow();

    QPointer<api::ApiClient> m_client;
    ListSource m_source;
    QList<ListColumn> m_columns;
    QList<QJsonObject> m_rows;
    QMap<QString, QStringList> m_filters;
    QHash<QString, LocalMatch> m_localFilters;
    QHash<QString, SortKey> m_sortKeys;
    QJsonObject m_bodyFilters;
    QString m_searchText;
    QString m_sortField;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    Mode m_mode = Mode::Infinite;
    int m_pageSize = 25;
    int m_page = 0; // Infinite: pages loaded; Paged: the page shown
    int m_pageCount = 0; // from the last answer
    int m_total = 0;
    State m_state = State::Idle;
    api::ApiError m_error;
    quint64 m_generation = 0; // bumped by every query change / refresh: older answers are dropped
    QPointer<api::ApiReply> m_inFlight;
    int m_batchDepth = 0;
    bool m_batchDirty = false;
    bool m_loadedOnce = false;
    bool m_selectLocally = false; // the last request asked for every row and selects here (C44)
    QDateTime m_cachedAt; // U42: the rows are the offline cache's, received then
    QList<QJsonObject> m_selected; // then: every matching row, sorted; m_rows shows one page of it (Paged)
    // The bounded window (F34): page numbers (1-based) whose rows were released; their refills on the way.
    int m_residentLimit = 0;
    QSet<int> m_released;
    QHash<int, QPointer<api::ApiReply>> m_refills;
    int m_visibleFirst = -1;
    int m_visibleLast = -1;
    bool m_rowsShifted = false; // a row was removed here: rows no longer sit at their page's offsets
};

} // namespace tutorhub::models
