// The generic handlers of a CrudResource (K62).
#include "core/crud.h"

#include "core/apierror.h"
#include "http/envelope.h"

#include <memory>
#include <stdexcept>

namespace tutorhub::server {

namespace {

using Resource = std::shared_ptr<const CrudResource>;

QString notFoundName(const CrudResource &r)
{
    return r.notFoundName.isEmpty() ? r.schema->name : r.notFoundName;
}

// The active row named by the id parameter, or 404.
QVariantMap loadActive(const Context &ctx, const CrudResource &r, const Request &req)
{
    const auto row = ctx.repo->get(*r.schema, req.param(r.idParam));
    if (!row || !row->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(notFoundName(r));
    return *row;
}

QVariantMap readBody(const CrudResource &r, const Request &req, bool create)
{
    QVariantMap in = r.schema->readInput(req.json(), create ? r.createFields : r.updateFields,
                                         create ? r.requiredOnCreate : QStringList {});
    for (const QString &name : r.trimmedFields) {
        if (!in.contains(name) || in.value(name).isNull())
            continue;
        const QString value = in.value(name).toString().trimmed();
        if (value.isEmpty())
            throw HttpError::missing(name);
        in.insert(name, value);
    }
    return in;
}

Response crudList(const Context &ctx, const CrudResource &r, Request &req)
{
    ListQuery q = ListQuery::parse(req, *r.schema, r.listFilters);
    if (!r.defaultSort.isEmpty() && !req.hasQuery(QStringLiteral("sortBy")))
        q.sortBy = r.defaultSort;
    const ListResult res = ctx.repo->list(*r.schema, q);
    QJsonArray rows;
    for (const QVariantMap &row : res.rows)
        rows.append(r.schema->toJson(row));
    return envelope::list(req, r.schema->plural, rows, q.paging(res.total));
}

Response crudGet(const Context &ctx, const CrudResource &r, Request &req)
{
    const QString key = req.param(r.getParam.isEmpty() ? r.idParam : r.getParam);
    std::optional<QVariantMap> row;
    if (r.findForGet)
        row = r.findForGet(ctx, key);
    else if ((row = ctx.repo->get(*r.schema, key)) && !row->value(QStringLiteral("isActive")).toBool())
        row.reset();
    if (!row)
        throw HttpError::notFound(notFoundName(r));
    return envelope::ok(req, r.schema->name, QStringLiteral("get"), r.schema->toJson(*row));
}

Response crudCreate(const Context &ctx, const CrudResource &r, Request &req)
{
    QVariantMap in = readBody(r, req, true);
    const QVariantMap row = inTransaction(*ctx.repo, [&] {
        if (r.onCreate)
            r.onCreate(ctx, req, in);
        return ctx.repo->insert(*r.schema, in, req.caller().userId);
    });
    return envelope::ok(req, r.schema->name, QStringLiteral("create"), r.schema->toJson(row), 201);
}

Response crudUpdate(const Context &ctx, const CrudResource &r, Request &req)
{
    const QVariantMap old = loadActive(ctx, r, req);
    QVariantMap in = readBody(r, req, false);
    const QVariantMap row = inTransaction(*ctx.repo, [&] {
        if (r.onUpdate)
            r.onUpdate(ctx, req, old, in);
        return ctx.repo->update(*r.schema, old.value(QStringLiteral("id")).toString(), in);
    });
    return envelope::ok(req, r.schema->name, QStringLiteral("update"), r.schema->toJson(row));
}

Response crudRemove(const Context &ctx, const CrudResource &r, Request &req)
{
    const QVariantMap old = loadActive(ctx, r, req);
    const QVariantMap row = inTransaction(*ctx.repo, [&] {
        if (r.onDelete)
            r.onDelete(ctx, old);
        return ctx.repo->softDelete(*r.schema, old.value(QStringLiteral("id")).toString());
    });
    return envelope::ok(req, r.schema->name, QStringLiteral("delete"), r.schema->toJson(row));
}

} // namespace

QList<Route> crudRoutes(const Context &ctx, const CrudResource &resource)
{
    const Resource r = std::make_shared<const CrudResource>(resource);
    using Generic = Response (*)(const Context &, const CrudResource &, Request &);
    const std::pair<contract::R, Generic> handlers[] {{r->routes.list, crudList},
                                                      {r->routes.get, crudGet},
                                                      {r->routes.create, crudCreate},
                                                      {r->routes.update, crudUpdate},
                                                      {r->routes.remove, crudRemove}};
    QList<Route> routes;
    for (const auto &entry : handlers) {
        // Named copies: a lambda cannot capture a structured binding in C++17 (clang refuses it).
        const contract::R id = entry.first;
        const Generic handler = entry.second;
        if (id == contract::R::None)
            continue;
        Route route(id, [ctx, r, handler](Request &req) { return handler(ctx, *r, req); });
        const bool read = id == r->routes.list || id == r->routes.get;
        if (route.access != (read ? r->readAccess : r->writeAccess))
            throw std::logic_error("CRUD resource " + r->schema->name.toStdString() + ": the access of "
                                   + contract::row(id).name.toStdString()
                                   + " in contract/routes.def differs from its descriptor");
        routes.append(route);
    }
    return routes;
}

} // namespace tutorhub::server
