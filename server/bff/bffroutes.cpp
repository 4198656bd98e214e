// The BFF route table, derived from the index table: nine routes per data-object index and named
// view, two per aggregated view (API.md §3.7). Read-only except the caller's saved filters.
#include "bff/bff.h"

#include "core/apierror.h"
#include "db/listcache.h"
#include "http/envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace tutorhub::server {

namespace bff {
namespace {

constexpr int kMaxSavedFiltersPerIndex = 100;
constexpr int kMaxFilterName = 100;

bool isAdminCaller(const Request &req)
{
    return req.auth && req.auth->isAdmin();
}

Paging pagingOf(const Query &q, int total)
{
    Paging p;
    p.pageNumber = q.page;
    p.pageRowCount = q.limit;
    p.totalRowCount = total;
    p.pageCount = (total + q.limit - 1) / q.limit;
    return p;
}

Response listAnswer(const Context &ctx, const Index &idx, Request &req, bool withBody)
{
    const Query q = parseQuery(*ctx.repo, req, idx, withBody);
    // F43: an object index's page asked again before any write is the answer remembered.
    std::optional<ListCache> cache;
    if (!idx.document) {
        cache.emplace(*ctx.repo, req, QStringLiteral("bff:") + idx.name);
        if (const CachedList *hit = cache->hit())
            return ListCache::response(req, idx.listDataName(), *hit, true);
    }
    QJsonArray rows;
    int total = 0;
    if (idx.document) {
        total = 1;
        if (q.page == 1)
            rows.append(idx.document(*ctx.repo));
    } else {
        const Page page = runList(*ctx.repo, idx, req, q);
        total = page.total;
        for (const QVariantMap &row : page.rows)
            rows.append(rowJson(*ctx.repo, idx, req, row));
    }
    if (!cache)
        return envelope::list(req, idx.listDataName(), rows, pagingOf(q, total));
    const CachedList page {QJsonDocument(rows).toJson(QJsonDocument::Compact), int(rows.size()), pagingOf(q, total)};
    cache->remember(page);
    return ListCache::response(req, idx.listDataName(), page, false);
}

Response countAnswer(const Context &ctx, const Index &idx, Request &req, bool withBody)
{
    const Query q = parseQuery(*ctx.repo, req, idx, withBody);
    return envelope::ok(req, QStringLiteral("count"), QStringLiteral("count"), runCount(*ctx.repo, idx, req, q));
}

Response getAnswer(const Context &ctx, const Index &idx, Request &req)
{
    const QString id = req.param(QStringLiteral("id"));
    if (idx.document) {
        if (id != QLatin1String("current"))
            throw HttpError::notFound(idx.getDataName());
        return envelope::ok(req, idx.getDataName(), QStringLiteral("get"), idx.document(*ctx.repo));
    }
    const auto row = findVisible(*ctx.repo, idx, req, id);
    if (!row) // missing and not visible look the same, so ids of other users' rows do not leak
        throw HttpError::notFound(idx.getDataName());
    return envelope::ok(req, idx.getDataName(), QStringLiteral("get"), rowJson(*ctx.repo, idx, req, *row));
}

QString typeName(FieldType t)
{
    switch (t) {
    case FieldType::ID:
        return QStringLiteral("ID");
    case FieldType::String:
        return QStringLiteral("String");
    case FieldType::Text:
        return QStringLiteral("Text");
    case FieldType::Integer:
        return QStringLiteral("Integer");
    case FieldType::Double:
        return QStringLiteral("Double");
    case FieldType::Boolean:
        return QStringLiteral("Boolean");
    case FieldType::Date:
        return QStringLiteral("Date");
    case FieldType::Enum:
        return QStringLiteral("Enum");
    case FieldType::Object:
        return QStringLiteral("Object");
    case FieldType::Blob:
        return QStringLiteral("Blob");
    }
    return {};
}

Response schemaAnswer(const Index &idx, Request &req)
{
    QJsonArray fields;
    for (const Field &f : visibleFields(idx, isAdminCaller(req))) {
        const bool usable = f.type != FieldType::Object && f.type != FieldType::Blob;
        QJsonObject o {{QStringLiteral("name"), f.name},
                       {QStringLiteral("type"), typeName(f.type)},
                       {QStringLiteral("filterable"), usable},
                       {QStringLiteral("sortable"), usable},
                       {QStringLiteral("searchable"), f.type == FieldType::String || f.type == FieldType::Text}};
        if (f.type == FieldType::Enum)
            o.insert(QStringLiteral("enumValues"), QJsonArray::fromStringList(f.enumValues));
        fields.append(o);
    }
    const QString kind = idx.kind == Kind::Object ? QStringLiteral("object") : QStringLiteral("view");
    QJsonObject s {
        {QStringLiteral("indexName"), idx.name},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("objectName"), idx.schema ? QJsonValue(idx.schema->name) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("listDataName"), idx.listDataName()},
        {QStringLiteral("getDataName"), idx.getDataName()},
        {QStringLiteral("access"), idx.access == Access::Public  ? QStringLiteral("public")
                                   : idx.access == Access::Admin ? QStringLiteral("admin")
                                                                 : QStringLiteral("signedIn")},
        {QStringLiteral("defaultSort"), idx.schema ? QJsonValue(idx.defaultSort) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("defaultSortOrder"), idx.defaultDescending ? QStringLiteral("desc") : QStringLiteral("asc")},
        {QStringLiteral("fields"), fields}};
    return envelope::ok(req, QStringLiteral("schema"), QStringLiteral("get"), s);
}

// ---- saved filters (per user) ---------------------------------------------------------------

QString savedScope()
{
    return QStringLiteral("userId = ? AND indexName = ? AND isActive = 1");
}

Response listSavedFilters(const Context &ctx, const Index &idx, Request &req)
{
    const int page = req.hasQuery(QStringLiteral("page")) ? req.queryValue(QStringLiteral("page")).toInt() : 1;
    const int limit = req.hasQuery(QStringLiteral("limit")) ? req.queryValue(QStringLiteral("limit")).toInt() : 25;
    if (page < 1)
        throw HttpError::invalid(QStringLiteral("page"), QStringLiteral("'page' must be an integer of at least 1."));
    if (limit < 1 || limit > 1000)
        throw HttpError::invalid(QStringLiteral("limit"),
                                 QStringLiteral("'limit' must be an integer between 1 and 1000."));
    const QVariantList binds {req.caller().userId, idx.name};
    const int total = ctx.repo->count(savedFilterSchema(), savedScope(), binds);
    QJsonArray rows;
    for (const QVariantMap &row : ctx.repo->select(savedFilterSchema(), savedScope(), binds,
                                                   QStringLiteral("createdAt ASC, id ASC"), limit, (page - 1) * limit))
        rows.append(savedFilterSchema().toJson(row));
    Query q;
    q.page = page;
    q.limit = limit;
    return envelope::list(req, savedFilterSchema().plural, rows, pagingOf(q, total));
}

// G52: {filterName, conditions} (generic) and {filters} (named views) are both accepted.
Response saveFilter(const Context &ctx, const Index &idx, Request &req)
{
    const QJsonObject body = req.json();
    QString key = QStringLiteral("conditions");
    if (!body.contains(key) || body.value(key).isNull())
        key = QStringLiteral("filters");
    const QJsonValue cond = body.value(key);
    if (cond.isUndefined() || cond.isNull())
        throw HttpError::missing(QStringLiteral("conditions"));
    if (!cond.isObject())
        throw HttpError::invalid(key, QStringLiteral("'%1' must be a JSON object.").arg(key));
    if (!idx.schema && !cond.toObject().isEmpty())
        throw HttpError::invalid(key, QStringLiteral("%1 has no filterable fields.").arg(idx.name));
    QVariantList ignored;
    filterSql(idx, isAdminCaller(req), cond.toObject(), &ignored); // rejects what a list would reject
    const QJsonValue nameValue = body.value(QStringLiteral("filterName"));
    QString name = QStringLiteral("%1 filter").arg(idx.name);
    if (!nameValue.isUndefined() && !nameValue.isNull()) {
        if (!nameValue.isString() || nameValue.toString().trimmed().isEmpty())
            throw HttpError::invalid(QStringLiteral("filterName"),
                                     QStringLiteral("'filterName' must be a non-empty string."));
        if (nameValue.toString().size() > kMaxFilterName)
            throw HttpError::tooLong(QStringLiteral("filterName"), kMaxFilterName);
        name = nameValue.toString().trimmed();
    }
    const QString me = req.caller().userId;
    if (ctx.repo->count(savedFilterSchema(), savedScope(), {me, idx.name}) >= kMaxSavedFiltersPerIndex)
        throw HttpError(
            400, QStringLiteral("errMsg_TooManySavedFilters"),
            QStringLiteral("At most %1 saved filters per index; delete one first.").arg(kMaxSavedFiltersPerIndex));
    const QByteArray text = QJsonDocument(cond.toObject()).toJson(QJsonDocument::Compact);
    if (text.size() > savedFilterSchema().field(QStringLiteral("conditions"))->effectiveMaxLength())
        throw HttpError::tooLong(key, savedFilterSchema().field(QStringLiteral("conditions"))->effectiveMaxLength());
    const QVariantMap row = ctx.repo->insert(savedFilterSchema(),
                                             {{QStringLiteral("userId"), me},
                                              {QStringLiteral("indexName"), idx.name},
                                              {QStringLiteral("filterName"), name},
                                              {QStringLiteral("conditions"), text}},
                                             me);
    return envelope::ok(req, savedFilterSchema().name, QStringLiteral("create"), savedFilterSchema().toJson(row), 201);
}

Response deleteSavedFilter(const Context &ctx, const Index &idx, Request &req)
{
    const QString id = req.param(QStringLiteral("filterId"));
    const auto row = QUuid::fromString(id).isNull()
                         ? std::nullopt
                         : ctx.repo->findOne(savedFilterSchema(), QStringLiteral("id = ? AND ") + savedScope(),
                                             {id.toLower(), req.caller().userId, idx.name});
    if (!row)
        throw HttpError::notFound(savedFilterSchema().name);
    return envelope::ok(req, savedFilterSchema().name, QStringLiteral("delete"),
                        savedFilterSchema().toJson(
                            ctx.repo->softDelete(savedFilterSchema(), row->value(QStringLiteral("id")).toString())));
}

// Saved filters belong to signed-in users; on admin indices only admins keep them.
Access filterAccess(const Index &idx)
{
    return idx.access == Access::Admin ? Access::Admin : Access::SignedIn;
}

} // namespace
} // namespace bff

QList<Route> bffRoutes(Context ctx)
{
    using namespace bff;
    QList<Route> r;
    for (const Index &index : indices()) {
        const Index *idx = &index; // indices() is a static list: pointers stay valid
        if (idx->kind == Kind::Aggregated) {
            r.append({R::bffViewList, idx->name, idx->access,
                      [ctx, idx](Request &req) { return listAnswer(ctx, *idx, req, false); }});
            r.append(
                {R::bffGet, idx->name, idx->access, [ctx, idx](Request &req) { return getAnswer(ctx, *idx, req); }});
            continue;
        }
        r.append({R::bffListPost, idx->name, idx->access,
                  [ctx, idx](Request &req) { return listAnswer(ctx, *idx, req, true); }});
        r.append({R::bffList, idx->name, idx->access,
                  [ctx, idx](Request &req) { return listAnswer(ctx, *idx, req, false); }});
        r.append({R::bffCountPost, idx->name, idx->access,
                  [ctx, idx](Request &req) { return countAnswer(ctx, *idx, req, true); }});
        r.append({R::bffCount, idx->name, idx->access,
                  [ctx, idx](Request &req) { return countAnswer(ctx, *idx, req, false); }});
        r.append({R::bffSchema, idx->name, idx->access, [idx](Request &req) { return schemaAnswer(*idx, req); }});
        r.append({R::bffListFilters, idx->name, filterAccess(*idx),
                  [ctx, idx](Request &req) { return listSavedFilters(ctx, *idx, req); }});
        r.append({R::bffSaveFilter, idx->name, filterAccess(*idx),
                  [ctx, idx](Request &req) { return saveFilter(ctx, *idx, req); }});
        r.append({R::bffDeleteFilter, idx->name, filterAccess(*idx),
                  [ctx, idx](Request &req) { return deleteSavedFilter(ctx, *idx, req); }});
        r.append({R::bffGet, idx->name, idx->access, [ctx, idx](Request &req) { return getAnswer(ctx, *idx, req); }});
    }
    return r;
}

} // namespace tutorhub::server
