// courseCategory routes (API.md §3.1; rule 21 of §4.2; G21, G24).
#include "catalog/catalog.h"

#include "core/apierror.h"
#include "http/envelope.h"

#include <QUuid>

namespace tutorhub::server {

namespace {

const QString kCategory = QStringLiteral("courseCategory");
const QStringList kFields{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("icon")};

QVariantMap loadCategory(const Repository &repo, const QString &id)
{
    const auto row = repo.get(courseCategorySchema(), id);
    if (!row || !row->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(kCategory);
    return *row;
}

// Names are unique among active categories, case-insensitively (409).
void checkNameFree(const Repository &repo, const QString &name, const QString &exceptId = {})
{
    if (repo.count(courseCategorySchema(), QStringLiteral("isActive = 1 AND lower(name) = ? AND id IS NOT ?"),
                   {name.toLower(), exceptId}) > 0)
        throw HttpError(409, QStringLiteral("errMsg_CategoryNameTaken"), QStringLiteral("A category with this name already exists."));
}

QVariantMap readCategory(const Request &req, bool create)
{
    QVariantMap in = courseCategorySchema().readInput(req.json(), kFields, create ? QStringList{QStringLiteral("name")} : QStringList{});
    if (in.contains(QStringLiteral("name"))) {
        const QString name = in.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            throw HttpError::missing(QStringLiteral("name"));
        in.insert(QStringLiteral("name"), name);
    }
    return in;
}

Response createCategory(const Context &ctx, Request &req)
{
    const QVariantMap in = readCategory(req, true);
    checkNameFree(*ctx.repo, in.value(QStringLiteral("name")).toString());
    const QVariantMap row = ctx.repo->insert(courseCategorySchema(), in, req.caller().userId);
    return envelope::ok(req, kCategory, QStringLiteral("create"), courseCategorySchema().toJson(row), 201);
}

// A rename carries the packs along (their `category` holds the name, G21).
Response updateCategory(const Context &ctx, Request &req)
{
    const QVariantMap cat = loadCategory(*ctx.repo, req.param(QStringLiteral("courseCategoryId")));
    const QString id = cat.value(QStringLiteral("id")).toString();
    const QVariantMap in = readCategory(req, false);
    QSqlDatabase db = ctx.repo->db();
    db.transaction();
    try {
        if (in.contains(QStringLiteral("name"))) {
            checkNameFree(*ctx.repo, in.value(QStringLiteral("name")).toString(), id);
            ctx.repo->exec(QStringLiteral("UPDATE coursePacks SET category = ?, recordVersion = recordVersion + 1 "
                                          "WHERE lower(category) = ?"),
                           {in.value(QStringLiteral("name")), cat.value(QStringLiteral("name")).toString().toLower()});
        }
        const QVariantMap row = ctx.repo->update(courseCategorySchema(), id, in);
        db.commit();
        return envelope::ok(req, kCategory, QStringLiteral("update"), courseCategorySchema().toJson(row));
    } catch (...) {
        db.rollback();
        throw;
    }
}

// A category still used by an active pack cannot be deleted (409 errMsg_CategoryInUse).
Response deleteCategory(const Context &ctx, Request &req)
{
    const QVariantMap cat = loadCategory(*ctx.repo, req.param(QStringLiteral("courseCategoryId")));
    const int used = ctx.repo->count(coursePackSchema(), QStringLiteral("isActive = 1 AND lower(category) = ?"),
                                     {cat.value(QStringLiteral("name")).toString().toLower()});
    if (used > 0)
        throw HttpError(409, QStringLiteral("errMsg_CategoryInUse"),
                        QStringLiteral("%1 course pack(s) still use this category.").arg(used));
    const QVariantMap row = ctx.repo->softDelete(courseCategorySchema(), cat.value(QStringLiteral("id")).toString());
    return envelope::ok(req, kCategory, QStringLiteral("delete"), courseCategorySchema().toJson(row));
}

// G24: the path value is a name (case-insensitive); a category id is accepted too.
Response getCategory(const Context &ctx, Request &req)
{
    const QString key = req.param(QStringLiteral("name"));
    auto row = ctx.repo->findOne(courseCategorySchema(), QStringLiteral("isActive = 1 AND lower(name) = ?"), {key.trimmed().toLower()});
    if (!row && !QUuid::fromString(key).isNull())
        row = ctx.repo->findOne(courseCategorySchema(), QStringLiteral("isActive = 1 AND id = ?"), {key});
    if (!row)
        throw HttpError::notFound(kCategory);
    return envelope::ok(req, kCategory, QStringLiteral("get"), courseCategorySchema().toJson(*row));
}

Response listCategories(const Context &ctx, Request &req)
{
    ListQuery q = ListQuery::parse(req, courseCategorySchema());
    if (!req.hasQuery(QStringLiteral("sortBy")))
        q.sortBy = QStringLiteral("name");
    const ListResult res = ctx.repo->list(courseCategorySchema(), q);
    QJsonArray rows;
    for (const QVariantMap &row : res.rows)
        rows.append(courseCategorySchema().toJson(row));
    return envelope::list(req, courseCategorySchema().plural, rows, q.paging(res.total));
}

} // namespace

QList<Route> courseCategoryRoutes(Context ctx)
{
    return {
        {R::createCourseCategory, [ctx](Request &req) { return createCategory(ctx, req); }},
        {R::updateCourseCategory, [ctx](Request &req) { return updateCategory(ctx, req); }},
        {R::deleteCourseCategory, [ctx](Request &req) { return deleteCategory(ctx, req); }},
        {R::getCourseCategory, [ctx](Request &req) { return getCategory(ctx, req); }},
        {R::listCourseCategories, [ctx](Request &req) { return listCategories(ctx, req); }},
    };
}

} // namespace tutorhub::server
