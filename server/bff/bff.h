// BFF (API.md §3.7, G50-G53): the read-only query layer under /bff-api. Every data object is an
// index (its ObjectSchema name: user, coursePack, enrollment ...); named views join what a screen
// needs (publicCoursePackView ...); aggregated views answer dashboards and notification feeds.
// Visibility is the business services': public views are public, everything else is scoped to the
// caller (students their own rows, tutors their packs' rows, admins all). Saved filters are per user.
#pragma once

#include "core/context.h"
#include "http/router.h"

#include <QJsonObject>

#include <functional>

namespace tutorhub::server {

// savedFilter: userId, indexName, filterName, conditions (the filters object).
const ObjectSchema &savedFilterSchema();

namespace bff {

// SQL condition on the index's base table (no alias) with positional binds; empty = every row.
struct Scope
{
    QString where;
    QVariantList binds;
};

enum class Kind {
    Object, // a data object's index: the nine generic routes, pure objects
    View, // a named search index: the nine routes, rows with joins
    Aggregated, // GET /<name> and GET /<name>/:id only
};

struct Index
{
    QString name; // URL name (= dataName of views)
    Kind kind = Kind::Object;
    const ObjectSchema *schema = nullptr; // base table; nullptr: a computed document (dashboard) or empty view
    Access access = Access::SignedIn;
    // Rows the caller may read; `caller` is null for anonymous callers of public indices.
    std::function<Scope(Repository &repo, const AuthContext *caller)> scope;
    QString baseWhere; // always applied (e.g. status != 'open')
    QStringList adminOnlyFields; // hidden from non-admins: output, q, filters and sortBy
    // Row to JSON; default: the schema's fields minus the hidden ones.
    std::function<QJsonObject(Repository &repo, const Request &req, const QVariantMap &row)> json;
    // Computed single document (schema == nullptr): GET …/:id answers it for id "current".
    std::function<QJsonObject(Repository &repo)> document;
    QString defaultSort = QStringLiteral("createdAt");
    bool defaultDescending = false;

    QString listDataName() const;
    QString getDataName() const;
};

// Data-object indices, then named views, then aggregated views (the route table is derived from it).
const QList<Index> &indices();
const Index *findIndex(const QString &name);

// Fields a caller may see, filter, sort and search (q) on.
QList<Field> visibleFields(const Index &idx, bool admin);
QJsonObject rowJson(Repository &repo, const Index &idx, const Request &req, const QVariantMap &row);

// The query of list/count: page, limit (1..1000, default 25), sortBy, sortOrder, q, filters.
struct Query
{
    int page = 1;
    int limit = 25;
    QString sortBy;
    bool descending = false;
    QString q;
    QJsonObject filters;
};

// Reads page/limit/sortBy/sortOrder/q (query) and, when `withBody`, the `filters` object (body);
// `filterId` (query) applies a saved filter of the caller first. Throws HttpError 400.
Query parseQuery(Repository &repo, const Request &req, const Index &idx, bool withBody);
// Validates `filters` against the index (400 errMsg_InvalidParameter:filters.<name>) and builds SQL.
QString filterSql(const Index &idx, bool admin, const QJsonObject &filters, QVariantList *binds);

struct Page
{
    QList<QVariantMap> rows;
    int total = 0;
};
Page runList(Repository &repo, const Index &idx, const Request &req, const Query &q);
int runCount(Repository &repo, const Index &idx, const Request &req, const Query &q);
// One row by id within the caller's scope; nullopt when missing or not visible.
std::optional<QVariantMap> findVisible(Repository &repo, const Index &idx, const Request &req, const QString &id);

// Dashboard and view builders (bffviews.cpp).
QList<Index> namedViews();
QList<Index> aggregatedViews();
QJsonObject adminDashboardStats(Repository &repo);

} // namespace bff

QList<Route> bffRoutes(Context ctx);

} // namespace tutorhub::server
