// courseMaterial routes (API.md §3.1; rule 20 of §4.2; G23, G66).
#include "catalog/catalog.h"

#include "core/apierror.h"
#include "http/envelope.h"

namespace tutorhub::server {

namespace {

using namespace catalog;

const QString kMaterial = QStringLiteral("courseMaterial");
const QStringList kFields{QStringLiteral("coursePackId"), QStringLiteral("fileUrl"),     QStringLiteral("fileType"),
                          QStringLiteral("title"),        QStringLiteral("description"), QStringLiteral("linkUrl")};

// Owner tutor, enrolled student (active/completed) or admin.
bool maySee(const Repository &repo, const AuthContext &me, const QVariantMap &pack)
{
    return me.isAdmin() || ownsPack(repo, me.userId, pack) || isEnrolled(repo, me.userId, str(pack, "id"));
}

QVariantMap loadMaterial(const Repository &repo, const Request &req, QVariantMap *pack)
{
    const auto row = repo.get(courseMaterialSchema(), req.param(QStringLiteral("courseMaterialId")));
    if (!row)
        throw HttpError::notFound(kMaterial);
    const auto p = repo.get(coursePackSchema(), str(*row, "coursePackId"));
    if (!p || !maySee(repo, req.caller(), *p))
        throw HttpError::forbidden(QStringLiteral("Materials are visible to the pack's tutor, its enrolled students and administrators."));
    *pack = *p;
    return *row;
}

void requireEditor(const Repository &repo, const AuthContext &me, const QVariantMap &pack)
{
    if (!me.isAdmin() && !ownsPack(repo, me.userId, pack))
        throw HttpError::forbidden(QStringLiteral("Only the pack's tutor or an administrator may change its materials."));
}

void checkUrl(const QVariantMap &in, const QString &name)
{
    if (!in.contains(name) || in.value(name).isNull())
        return;
    const QUrl u(in.value(name).toString(), QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")) || u.host().isEmpty())
        throw HttpError::invalid(name, QStringLiteral("'%1' must be an http(s) URL.").arg(name));
}

// G66: an externalLink needs linkUrl; fileUrl then defaults to it. Other types need fileUrl.
void normalize(QVariantMap &merged)
{
    if (str(merged, "fileType") == QLatin1String("externalLink")) {
        if (str(merged, "linkUrl").isEmpty())
            throw HttpError::missing(QStringLiteral("linkUrl"));
        if (str(merged, "fileUrl").isEmpty())
            merged.insert(QStringLiteral("fileUrl"), merged.value(QStringLiteral("linkUrl")));
    }
    if (str(merged, "fileUrl").isEmpty())
        throw HttpError::missing(QStringLiteral("fileUrl"));
    if (str(merged, "title").trimmed().isEmpty())
        throw HttpError::missing(QStringLiteral("title"));
    merged.insert(QStringLiteral("title"), str(merged, "title").trimmed());
}

// Rule 20: titles are unique per pack (case-insensitive, among active materials) -> 409.
void checkTitleFree(const Repository &repo, const QString &packId, const QString &title, const QString &exceptId = {})
{
    if (repo.count(courseMaterialSchema(), QStringLiteral("isActive = 1 AND coursePackId = ? AND lower(title) = ? AND id IS NOT ?"),
                   {packId, title.toLower(), exceptId}) > 0)
        throw HttpError(409, QStringLiteral("errMsg_MaterialTitleTaken"),
                        QStringLiteral("This pack already has a material with this title."));
}

QJsonObject packJoin(const QVariantMap &pack)
{
    return {{QStringLiteral("id"), str(pack, "id")},
            {QStringLiteral("tutorProfileId"), str(pack, "tutorProfileId")},
            {QStringLiteral("title"), str(pack, "title")}};
}

Response createMaterial(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    QVariantMap in = courseMaterialSchema().readInput(
        req.json(), kFields, {QStringLiteral("coursePackId"), QStringLiteral("fileType"), QStringLiteral("title")});
    checkUrl(in, QStringLiteral("fileUrl"));
    checkUrl(in, QStringLiteral("linkUrl"));
    normalize(in);
    const QVariantMap pack = loadPack(*ctx.repo, str(in, "coursePackId"));
    if (!pack.value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(coursePackSchema().name);
    requireEditor(*ctx.repo, me, pack);
    checkTitleFree(*ctx.repo, str(pack, "id"), str(in, "title"));
    const QVariantMap row = ctx.repo->insert(courseMaterialSchema(), in, me.userId);
    return envelope::ok(req, kMaterial, QStringLiteral("create"), courseMaterialSchema().toJson(row), 201);
}

Response updateMaterial(const Context &ctx, Request &req)
{
    QVariantMap pack;
    const QVariantMap row = loadMaterial(*ctx.repo, req, &pack);
    requireEditor(*ctx.repo, req.caller(), pack);
    if (!row.value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(kMaterial);
    QStringList fields = kFields;
    fields.removeAll(QStringLiteral("coursePackId"));
    QVariantMap in = courseMaterialSchema().readInput(req.json(), fields);
    checkUrl(in, QStringLiteral("fileUrl"));
    checkUrl(in, QStringLiteral("linkUrl"));
    if (in.contains(QStringLiteral("fileType")) && in.value(QStringLiteral("fileType")).isNull())
        throw HttpError::missing(QStringLiteral("fileType"));
    QVariantMap merged = row;
    for (auto it = in.cbegin(); it != in.cend(); ++it)
        merged.insert(it.key(), it.value());
    normalize(merged);
    for (const char *k : {"title", "fileUrl"})
        in.insert(QLatin1String(k), merged.value(QLatin1String(k)));
    checkTitleFree(*ctx.repo, str(pack, "id"), str(merged, "title"), str(row, "id"));
    const QVariantMap out = ctx.repo->update(courseMaterialSchema(), str(row, "id"), in);
    return envelope::ok(req, kMaterial, QStringLiteral("update"), courseMaterialSchema().toJson(out));
}

Response deleteMaterial(const Context &ctx, Request &req)
{
    QVariantMap pack;
    const QVariantMap row = loadMaterial(*ctx.repo, req, &pack);
    requireEditor(*ctx.repo, req.caller(), pack);
    if (!row.value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(kMaterial);
    const QVariantMap out = ctx.repo->softDelete(courseMaterialSchema(), str(row, "id"));
    return envelope::ok(req, kMaterial, QStringLiteral("delete"), courseMaterialSchema().toJson(out));
}

Response getMaterial(const Context &ctx, Request &req)
{
    QVariantMap pack;
    const QVariantMap row = loadMaterial(*ctx.repo, req, &pack);
    QJsonObject o = courseMaterialSchema().toJson(row);
    if (wantJoins(req))
        o.insert(QStringLiteral("coursePack"), packJoin(pack));
    return envelope::ok(req, kMaterial, QStringLiteral("get"), o);
}

// G23: filter coursePackId (403 for a pack the caller may not see); without it the caller's packs
// (own and enrolled) are listed, everything for admins. Other filters: fileType, title.
Response listMaterials(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    const ListQuery q = ListQuery::parse(req.query, courseMaterialSchema());
    QString where;
    QVariantList binds;
    for (const QString &packId : req.queryValues(QStringLiteral("coursePackId"))) {
        if (packId == QLatin1String("null"))
            continue;
        const auto pack = ctx.repo->get(coursePackSchema(), packId);
        if (!pack)
            throw HttpError::notFound(coursePackSchema().name);
        if (!maySee(*ctx.repo, me, *pack))
            throw HttpError::forbidden(QStringLiteral("Materials are visible to the pack's tutor, its enrolled students and administrators."));
    }
    if (!me.isAdmin()) {
        QStringList scope{QStringLiteral("coursePackId IN (SELECT id FROM coursePacks WHERE tutorProfileId IN "
                                         "(SELECT id FROM tutorProfiles WHERE tutorId = ?))")};
        binds << me.userId;
        if (tableExists(*ctx.repo, QStringLiteral("enrollments"))) {
            scope << QStringLiteral("coursePackId IN (SELECT coursePackId FROM enrollments WHERE studentId = ? "
                                    "AND enrollmentStatus IN ('active', 'completed'))");
            binds << me.userId;
        }
        where = QLatin1Char('(') + scope.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    const ListResult res = ctx.repo->list(courseMaterialSchema(), q, where, binds);
    const bool joins = wantJoins(req);
    QJsonArray rows;
    for (const QVariantMap &row : res.rows) {
        QJsonObject o = courseMaterialSchema().toJson(row);
        if (joins) {
            const auto pack = ctx.repo->get(coursePackSchema(), str(row, "coursePackId"));
            o.insert(QStringLiteral("coursePack"), pack ? QJsonArray{packJoin(*pack)} : QJsonArray()); // G67
        }
        rows.append(o);
    }
    return envelope::list(req, courseMaterialSchema().plural, rows, q.paging(res.total));
}

} // namespace

QList<Route> courseMaterialRoutes(Context ctx)
{
    const QString C = QStringLiteral("tutorcatalog-api");
    const QString one = QStringLiteral("/v1/coursematerials/:courseMaterialId");
    return {
        {"POST", C, QStringLiteral("/v1/coursematerials"), Access::SignedIn, [ctx](Request &req) { return createMaterial(ctx, req); }},
        {"PATCH", C, one, Access::SignedIn, [ctx](Request &req) { return updateMaterial(ctx, req); }},
        {"DELETE", C, one, Access::SignedIn, [ctx](Request &req) { return deleteMaterial(ctx, req); }},
        {"GET", C, one, Access::SignedIn, [ctx](Request &req) { return getMaterial(ctx, req); }},
        {"GET", C, QStringLiteral("/v1/coursematerials"), Access::SignedIn, [ctx](Request &req) { return listMaterials(ctx, req); }},
    };
}

} // namespace tutorhub::server
