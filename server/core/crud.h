// Resources whose handlers only list, get, create, update and delete, described as data (decision K62): a
// CrudResource names the schema, the id parameter, the fields written on create and update, the required ones,
// the list's filters and default sort, and the five rows of contract/routes.def; its business rules are named
// hook functions. crudRoutes() serves any such descriptor with one set of generic handlers.
//
// Who may do what is the access column of each route's row (Public, SignedIn, Admin; the router checks it before
// any handler), restated in the descriptor and checked against the rows. A resource whose rows belong to someone (owner
// rules), or whose writes are a workflow (states, bookings, payments), is not plain CRUD: it keeps its own handlers.
#pragma once

#include "core/context.h"
#include "http/router.h"

#include <functional>
#include <optional>

namespace tutorhub::server {

struct CrudResource
{
    const ObjectSchema *schema = nullptr; // fields, table and wire names
    QString notFoundName; // 404 errMsg_FethcedObjectNotFound:<notFoundName>; empty: schema->name
    QString idParam; // the path parameter naming the row of get/update/delete ("courseCategoryId")
    QString getParam; // the get route's path parameter when its row names it otherwise (":name"); empty: idParam
    QStringList createFields; // body fields read on create (others are ignored)
    QStringList updateFields; // body fields read on update
    QStringList requiredOnCreate; // present and non-empty on create (400 errMsg_MissingParameter)
    QStringList trimmedFields; // String fields trimmed; present but empty after trimming: 400 MissingParameter
    QStringList listFilters; // the list's filters; empty: every filterable field of the schema
    QString defaultSort; // the list's sortBy when the request names none; empty: the schema's default

    struct Routes
    {
        contract::R list = contract::R::None, get = contract::R::None, create = contract::R::None,
                    update = contract::R::None, remove = contract::R::None;
    } routes; // None: the resource has no such route
    // Who may do what: the access of the routes' rows, which the router enforces. Stated here too so that the
    // descriptor reads whole; crudRoutes() refuses (std::logic_error, Server::start fails) when a row differs.
    Access readAccess = Access::Public; // list, get
    Access writeAccess = Access::Admin; // create, update, delete

    // The business rules. Each is optional and throws HttpError to refuse. The write hooks run inside the
    // request's one transaction (inTransaction, K60), together with the row's own write.
    using CreateHook = std::function<void(const Context &, const Request &, QVariantMap &in)>;
    using UpdateHook = std::function<void(const Context &, const Request &, const QVariantMap &row, QVariantMap &in)>;
    using DeleteHook = std::function<void(const Context &, const QVariantMap &row)>;
    using Finder = std::function<std::optional<QVariantMap>(const Context &, const QString &key)>;
    CreateHook onCreate; // checks and completes the new row's values
    UpdateHook onUpdate; // checks the change of `row`, completes `in`, carries dependent rows along
    DeleteHook onDelete; // refuses a delete (a row still in use) or cleans up before the soft delete
    Finder findForGet; // the get route's lookup when its key is not the id (null: active row by id)
};

// The routes of `resource` (those not None), each in the one handler shape. Throws std::logic_error when a route's
// row in contract/routes.def has another access than the descriptor says.
QList<Route> crudRoutes(const Context &ctx, const CrudResource &resource);

} // namespace tutorhub::server
