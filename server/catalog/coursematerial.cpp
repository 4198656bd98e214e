// courseMaterial routes (API.md §3.1; rule 20 of §4.2; G23, G66).
#include "catalog/catalog.h"

#include "core/apierror.h"
#include "core/util.h"
#include "http/contract.h"
#include "http/envelope.h"
#include "http/filenames.h"
#include "core/handler.h"

namespace tutorhub::server {

namespace {

using namespace catalog;

const QString kMaterial = QStringLiteral("courseMaterial");
const QStringList kFields {QStringLiteral("coursePackId"), QStringLiteral("fileUrl"),     QStringLiteral("fileType"),
                           QStringLiteral("title"),        QStringLiteral("description"), QStringLiteral("linkUrl")};

// Owner tutor, enrolled student (active/completed) or admin.
bool maySee(const Repository &repo, const AuthContext &me, const QVariantMap &pack)
{
    return me.isAdmin() || ownsPack(repo, me.userId, pack) || isEnrolled(repo, me.userId, str(pack, "id"));
}

QVariantMap loadMaterial(const Repository &repo, const Request &req, QVariantMap *pack)
{
    const auto row = repo.get(courseMaterialSchema(), req.param(QStringLiteral("courseMaterialId")));
    if (!row || (!row->value(QStringLiteral("isActive")).toBool() && !req.caller().isAdmin())) // SEC40: admins only
        throw HttpError::notFound(kMaterial);
    const auto p = repo.get(coursePackSchema(), str(*row, "coursePackId"));
    if (!p || !maySee(repo, req.caller(), *p))
        throw HttpError::forbidden(
            QStringLiteral("Materials are visible to the pack's tutor, its enrolled students and administrators."));
    *pack = *p;
    return *row;
}

void requireEditor(const Repository &repo, const AuthContext &me, const QVariantMap &pack)
{
    if (!me.isAdmin() && !ownsPack(repo, me.userId, pack))
        throw HttpError::forbidden(
            QStringLiteral("Only the pack's tutor or an administrator may change its materials."));
}

void checkUrl(const QVariantMap &in, const QString &name)
{
    if (!in.contains(name) || in.value(name).isNull())
        return;
    const QUrl u(in.value(name).toString(), QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http"))
        || u.host().isEmpty())
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
    if (repo.count(courseMaterialSchema(),
                   QStringLiteral("isActive = 1 AND coursePackId = ? AND lower(title) = ? AND id IS NOT ?"),
                   {packId, title.toLower(), exceptId})
        > 0)
        throw HttpError(409, QStringLiteral("errMsg_MaterialTitleTaken"),
                        QStringLiteral("This pack already has a material with this title."));
}

QJsonObject packJoin(const QVariantMap &pack)
{
    return {{QStringLiteral("id"), str(pack, "id")},
            {QStringLiteral("tutorProfileId"), str(pack, "tutorProfileId")},
            {QStringLiteral("title"), str(pack, "title")}};
}

// T4: materials are ordered per pack by sortOrder (0-based). The active materials of a pack in order.
QStringList orderedIds(const Repository &repo, const QString &packId)
{
    QStringList ids;
    for (const QVariantMap &m : repo.select(courseMaterialSchema(), QStringLiteral("coursePackId = ? AND isActive = 1"),
                                            {packId}, QStringLiteral("sortOrder IS NULL, sortOrder, createdAt, id")))
        ids << str(m, "id");
    return ids;
}

// Moves `id` to `position` (clamped) and renumbers the pack's materials 0..n-1 (one transaction, by the caller).
void moveMaterial(Repository &repo, const QString &packId, const QString &id, qint64 position)
{
    QStringList ids = orderedIds(repo, packId);
    ids.removeAll(id);
    ids.insert(int(qBound<qint64>(0, position, ids.size())), id);
    for (int i = 0; i < ids.size(); ++i)
        repo.exec(QStringLiteral("UPDATE courseMaterials SET sortOrder = ? WHERE id = ?"), {i, ids.at(i)});
}

// Uploaded material files (T3): stored like the avatar bucket (D14), readable by whoever may see the pack.
const ObjectSchema &materialFileSchema()
{
    static const ObjectSchema s {QStringLiteral("courseMaterialFile"),
                                 QStringLiteral("courseMaterialFiles"),
                                 QStringLiteral("courseMaterialFiles"),
                                 {
                                     field("coursePackId", FieldType::ID, true),
                                     field("fileName", FieldType::String),
                                     field("mimeType", FieldType::String, true),
                                     field("fileSize", FieldType::Integer),
                                     field("accessKey", FieldType::String),
                                     field("ownerId", FieldType::ID, true),
                                     [] {
                                         Field f = field("fileData", FieldType::Blob);
                                         f.hidden = true;
                                         return f;
                                     }(),
                                 }};
    return s;
}

// SEC40: the uploaded file a deleted material pointed to is deleted with it (unless another active
// material of the pack still points to it), so its download URL stops working for everyone but admins.
void deleteUnusedFile(Repository &repo, const QVariantMap &material)
{
    static const QString marker
        = contract::path(contract::R::downloadCourseMaterialFile, {{QStringLiteral("accessKey"), QString()}});
    const QString url = str(material, "fileUrl");
    const qsizetype at = url.indexOf(marker);
    if (at < 0)
        return;
    const QString key = url.mid(at + marker.size()).section(QLatin1Char('?'), 0, 0);
    if (key.isEmpty()
        || repo.count(courseMaterialSchema(), QStringLiteral("isActive = 1 AND coursePackId = ? AND fileUrl LIKE ?"),
                      {str(material, "coursePackId"), QStringLiteral("%") + marker + key})
               > 0)
        return;
    if (const auto file
        = repo.findOne(materialFileSchema(), QStringLiteral("accessKey = ? AND coursePackId = ? AND isActive = 1"),
                       {key, str(material, "coursePackId")}))
        repo.softDelete(materialFileSchema(), str(*file, "id"));
}

constexpr qint64 kMaxMaterialFileBytes = 20 * 1024 * 1024;

// The file types a pack may carry: MIME type -> allowed suffixes.
bool allowedFile(const QByteArray &mime, const QString &fileName)
{
    static const QList<QPair<QByteArray, QStringList>> kinds {
        {"application/pdf", {QStringLiteral("pdf")}},
        {"application/msword", {QStringLiteral("doc")}},
        {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", {QStringLiteral("docx")}},
        {"application/vnd.oasis.opendocument.text", {QStringLiteral("odt")}},
        {"application/vnd.ms-powerpoint", {QStringLiteral("ppt")}},
        {"application/vnd.openxmlformats-officedocument.presentationml.presentation", {QStringLiteral("pptx")}},
        {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", {QStringLiteral("xlsx")}},
        {"text/plain", {QStringLiteral("txt")}},
        {"text/markdown", {QStringLiteral("md")}},
        {"video/mp4", {QStringLiteral("mp4")}},
        {"video/webm", {QStringLiteral("webm")}},
        {"video/quicktime", {QStringLiteral("mov")}},
        {"audio/mpeg", {QStringLiteral("mp3")}},
        {"image/png", {QStringLiteral("png")}},
        {"image/jpeg", {QStringLiteral("jpg"), QStringLiteral("jpeg")}},
        {"application/zip", {QStringLiteral("zip")}},
    };
    const QString suffix = fileName.section(QLatin1Char('.'), -1).toLower();
    for (const auto &k : kinds)
        if (k.first == mime)
            return k.second.contains(suffix);
    return false;
}

Response uploadMaterialFile(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    const QString packId = req.queryValue(QStringLiteral("coursePackId"));
    if (packId.isEmpty())
        throw HttpError::missing(QStringLiteral("coursePackId"));
    const QVariantMap pack = loadPack(*ctx.repo, packId);
    if (!pack.value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(coursePackSchema().name);
    requireEditor(*ctx.repo, me, pack);
    const QString fileName = req.queryValue(QStringLiteral("fileName")).trimmed();
    if (fileName.isEmpty())
        throw HttpError::missing(QStringLiteral("fileName"));
    if (fileName.size() > kMaxString)
        throw HttpError::tooLong(QStringLiteral("fileName"), kMaxString);
    requireSafeFileName(fileName, QStringLiteral("fileName"));
    if (req.body.isEmpty())
        throw HttpError::missing(QStringLiteral("fileData"));
    const QByteArray mime = req.header("content-type").split(';').first().trimmed().toLower();
    if (!allowedFile(mime, fileName))
        throw HttpError(
            400, QStringLiteral("errMsg_UnsupportedFileType"),
            QStringLiteral(
                "Course materials may be PDF, office documents, text, MP4/WebM/MOV videos, MP3, PNG/JPEG images "
                "or ZIP files, with a matching file name."));
    const QString key = randomKey(24);
    const QVariantMap row = ctx.repo->insert(materialFileSchema(),
                                             {{QStringLiteral("coursePackId"), packId},
                                              {QStringLiteral("fileName"), fileName},
                                              {QStringLiteral("mimeType"), QString::fromLatin1(mime)},
                                              {QStringLiteral("fileSize"), req.body.size()},
                                              {QStringLiteral("accessKey"), key},
                                              {QStringLiteral("ownerId"), me.userId},
                                              {QStringLiteral("fileData"), req.body}},
                                             me.userId);
    QJsonObject o = materialFileSchema().toJson(row);
    o.insert(QStringLiteral("url"),
             req.baseUrl
                 + contract::path(contract::R::downloadCourseMaterialFile, {{QStringLiteral("accessKey"), key}}));
    return envelope::ok(req, materialFileSchema().name, QStringLiteral("create"), o, 201);
}

Response downloadMaterialFile(const Context &ctx, Request &req)
{
    const auto file = ctx.repo->findOne(materialFileSchema(), QStringLiteral("accessKey = ? AND isActive = 1"),
                                        {req.param(QStringLiteral("accessKey"))});
    if (!file)
        throw HttpError::notFound(materialFileSchema().name);
    const auto pack = ctx.repo->get(coursePackSchema(), str(*file, "coursePackId"));
    if (!pack || !maySee(*ctx.repo, req.caller(), *pack))
        throw HttpError::forbidden(
            QStringLiteral("Materials are visible to the pack's tutor, its enrolled students and administrators."));
    Response res
        = Response::raw(file->value(QStringLiteral("fileData")).toByteArray(), str(*file, "mimeType").toLatin1());
    res.headers.append(qMakePair(QByteArrayLiteral("Content-Disposition"), contentDisposition(str(*file, "fileName"))));
    return res;
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
    in.insert(QStringLiteral("sortOrder"), orderedIds(*ctx.repo, str(pack, "id")).size()); // T4: appended
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
    fields << QStringLiteral("sortOrder");
    QVariantMap in = courseMaterialSchema().readInput(req.json(), fields);
    const QVariant position = in.take(QStringLiteral("sortOrder"));
    if (in.contains(QStringLiteral("sortOrder")) || (!position.isNull() && position.toLongLong() < 0))
        throw HttpError::invalid(QStringLiteral("sortOrder"), QStringLiteral("'sortOrder' must be a position from 0."));
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
    return inTransaction(*ctx.repo, [&] {
        if (!position.isNull())
            moveMaterial(*ctx.repo, str(pack, "id"), str(row, "id"), position.toLongLong());
        const QVariantMap out = ctx.repo->update(courseMaterialSchema(), str(row, "id"), in);
        return envelope::ok(req, kMaterial, QStringLiteral("update"), courseMaterialSchema().toJson(out));
    });
}

Response deleteMaterial(const Context &ctx, Request &req)
{
    QVariantMap pack;
    const QVariantMap row = loadMaterial(*ctx.repo, req, &pack);
    requireEditor(*ctx.repo, req.caller(), pack);
    if (!row.value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(kMaterial);
    const QVariantMap out = ctx.repo->softDelete(courseMaterialSchema(), str(row, "id"));
    deleteUnusedFile(*ctx.repo, row);
    const QStringList rest = orderedIds(*ctx.repo, str(pack, "id"));
    for (int i = 0; i < rest.size(); ++i) // T4: no gaps
        ctx.repo->exec(QStringLiteral("UPDATE courseMaterials SET sortOrder = ? WHERE id = ?"), {i, rest.at(i)});
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
    ListQuery q = ListQuery::parse(req, courseMaterialSchema());
    if (!req.hasQuery(QStringLiteral("sortBy")))
        q.sortBy = QStringLiteral("sortOrder"); // T4: the tutor's order
    QString where;
    QVariantList binds;
    for (const QString &packId : req.queryValues(QStringLiteral("coursePackId"))) {
        if (packId == QLatin1String("null"))
            continue;
        const auto pack = ctx.repo->get(coursePackSchema(), packId);
        if (!pack)
            throw HttpError::notFound(coursePackSchema().name);
        if (!maySee(*ctx.repo, me, *pack))
            throw HttpError::forbidden(
                QStringLiteral("Materials are visible to the pack's tutor, its enrolled students and administrators."));
    }
    if (!me.isAdmin()) {
        QStringList scope {QStringLiteral("coursePackId IN (SELECT id FROM coursePacks WHERE tutorProfileId IN "
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
            o.insert(QStringLiteral("coursePack"), pack ? QJsonArray {packJoin(*pack)} : QJsonArray()); // G67
        }
        rows.append(o);
    }
    return envelope::list(req, courseMaterialSchema().plural, rows, q.paging(res.total));
}

} // namespace

QList<Route> courseMaterialRoutes(Context ctx)
{
    const QString C = QStringLiteral("tutorcatalog-api");
    return {
        route(R::createCourseMaterial, ctx, createMaterial),
        route(R::updateCourseMaterial, ctx, updateMaterial),
        route(R::deleteCourseMaterial, ctx, deleteMaterial),
        route(R::getCourseMaterial, ctx, getMaterial),
        route(R::listCourseMaterials, ctx, listMaterials),
        [ctx, C] {
            Route upload = route(R::uploadCourseMaterialFile, ctx, uploadMaterialFile);
            upload.maxBody = kMaxMaterialFileBytes; // T3
            upload.body = BodyKind::Raw; // the file itself, allowedFile() checks its type
            return upload;
        }(),
        route(R::downloadCourseMaterialFile, ctx, downloadMaterialFile),
    };
}

} // namespace tutorhub::server
