// The client's view of the route table (contract/routes.def, C1): every REST route the app may call, as
// data. Nothing else in api/, models/, ui/ or app/ spells a REST path (C40): requests are built from a
// route id and the path arguments, method and service come from the table.
//
//   ApiRequest r = ApiRequest::to(Route::getUser, {userId});           // GET auth-api /v1/users/<id>
//   ApiRequest l = ApiRequest::to(Route::listLessonSlots, {}, query);   // GET coursescheduling-api /v1/lessonslots
//   if (!isDeclared(Route::listEnrollments, QStringLiteral("studentId"))) ... // an undeclared filter (C44)
#pragma once

#include "environment.h"
#include "serverfeatures.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace tutorhub::api {

enum class Route {
#define TH_ROUTE(id, segment, method, path, access, kind, responseKey, params) id,
#include "contract/routes.def"
#undef TH_ROUTE
};

enum class RouteKind { Documented, Extension, Raw };
enum class RouteAccess { Public, SignedIn, Admin, PerIndex };

struct RouteParam
{
    enum class Where { Path, Query, Filter, Body };
    Where where = Where::Query;
    QString name;
    QString type; // "ID", "String", ... ; empty when the row does not repeat it
    bool required = false;
};

struct RouteInfo
{
    Route id {};
    QString name; // "getUser": the id as written in the table (and in /extensions)
    QString segment; // "auth-api", ... or "*"
    std::optional<Service> service; // empty: "*", the route exists on every service
    QByteArray method; // "GET", "POST", ...
    QString pattern; // "/v1/users/:userId"
    RouteAccess access = RouteAccess::SignedIn;
    RouteKind kind = RouteKind::Documented;
    QString responseKey;
    QList<RouteParam> params;
    QStringList pathParams; // names of the ":name" segments, in pattern order
};

// Every row, in table order; routeInfo(id) is the row of one route.
const QList<RouteInfo> &allRoutes();
const RouteInfo &routeInfo(Route route);
QString routeName(Route route);
std::optional<Route> routeByName(const QString &name);

// The path of `route` with `pathArgs` (percent-encoded, one per ":name" in pattern order). A null QString
// when the number of arguments does not match the pattern (a programming error; the request then fails).
QString routePath(Route route, const QStringList &pathArgs);

// The paging/common query parameters every business list accepts (API.md §1.6).
const QSet<QString> &commonQueryParameters();
// `name` is a declared query parameter or filter of `route` (or a common one of §1.6). Filters that are not
// declared work only on a server that names "undeclaredFilters" among its extensions (C44).
bool isDeclared(Route route, const QString &name);

// A GET route answering a list of rows (the seeds name them list…/search…); only these take filters.
bool isListRoute(Route route);

} // namespace tutorhub::api
