// courseCategory routes (API.md §3.1; rule 21 of §4.2; G21, G24): a plain CRUD resource described as data
// (core/crud.h, K62) with its business rules as the named functions below.
#include "catalog/catalog.h"

#include "core/apierror.h"
#include "core/crud.h"

#include <QUuid>

namespace tutorhub::server {

namespace {

// Names are unique among active categories, case-insensitively (409).
void checkNameFree(const Repository &repo, const QString &name, const QString &exceptId = {})
{
    if (repo.count(courseCategorySchema(), QStringLiteral("isActive = 1 AND lower(name) = ? AND id IS NOT ?"),
                   {name.toLower(), exceptId})
        > 0)
        throw HttpError(409, QStringLiteral("errMsg_CategoryNameTaken"),
                        QStringLiteral("A category with this name already exists."));
}

void checkNewCategory(const Context &ctx, const Request &, QVariantMap &in)
{
    checkNameFree(*ctx.repo, in.value(QStringLiteral("name")).toString());
}

// A rename must keep the name free and carries the packs along (their `category` holds the name, G21).
void renameCarriesPacks(const Context &ctx, const Request &, const QVariantMap &category, QVariantMap &in)
{
    if (!in.contains(QStringLiteral("name")))
        return;
    checkNameFree(*ctx.repo, in.value(QStringLiteral("name")).toString(),
                  category.value(QStringLiteral("id")).toString());
    ctx.repo->exec(QStringLiteral("UPDATE coursePacks SET category = ?, recordVersion = recordVersion + 1 "
                                  "WHERE lower(category) = ?"),
                   {in.value(QStringLiteral("name")), category.value(QStringLiteral("name")).toString().toLower()});
}

// A category still used by an active pack cannot be deleted (409 errMsg_CategoryInUse).
void refuseCategoryInUse(const Context &ctx, const QVariantMap &category)
{
    const int used = ctx.repo->count(coursePackSchema(), QStringLiteral("isActive = 1 AND lower(category) = ?"),
                                     {category.value(QStringLiteral("name")).toString().toLower()});
    if (used > 0)
        throw HttpError(409, QStringLiteral("errMsg_CategoryInUse"),
                        QStringLiteral("%1 course pack(s) still use this category.").arg(used));
}

// G24: the get route's path value is a name (case-insensitive); a category id is accepted too.
std::optional<QVariantMap> findByNameOrId(const Context &ctx, const QString &key)
{
    auto row = ctx.repo->findOne(courseCategorySchema(), QStringLiteral("isActive = 1 AND lower(name) = ?"),
                                 {key.trimmed().toLower()});
    if (!row && !QUuid::fromString(key).isNull())
        row = ctx.repo->findOne(courseCategorySchema(), QStringLiteral("isActive = 1 AND id = ?"), {key});
    return row;
}

CrudResource courseCategories()
{
    const QStringList fields {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("icon")};
    CrudResource r;
    r.schema = &courseCategorySchema();
    r.idParam = QStringLiteral("courseCategoryId");
    r.getParam = QStringLiteral("name");
    r.createFields = fields;
    r.updateFields = fields;
    r.requiredOnCreate = {QStringLiteral("name")};
    r.trimmedFields = {QStringLiteral("name")};
    r.defaultSort = QStringLiteral("name");
    r.readAccess = Access::Public;
    r.writeAccess = Access::Admin;
    r.routes = {R::listCourseCategories, R::getCourseCategory, R::createCourseCategory, R::updateCourseCategory,
                R::deleteCourseCategory};
    r.onCreate = checkNewCategory;
    r.onUpdate = renameCarriesPacks;
    r.onDelete = refuseCategoryInUse;
    r.findForGet = findByNameOrId;
    return r;
}

} // namespace

QList<Route> courseCategoryRoutes(Context ctx)
{
    return crudRoutes(ctx, courseCategories());
}

} // namespace tutorhub::server
