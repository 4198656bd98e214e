// coursePack routes (API.md §3.1; rules 14, 16-19 of §4.2; G18-G20, G61).
#include "catalog/catalog.h"

#include "catalog/tutorprofile.h"
#include "core/apierror.h"
#include "core/util.h"
#include "db/listcache.h"
#include "db/statementcache.h"
#include "http/envelope.h"
#include "http/jsonwriter.h"
#include "core/handler.h"

#include <QJsonDocument>
#include <QSet>

namespace tutorhub::server {

namespace catalog {
PackRemovalCascade packRemovalCascade();
}

namespace {

using namespace catalog;

const QString kPack = QStringLiteral("coursePack");

const QStringList kCreateFields {QStringLiteral("tutorProfileId"),
                                 QStringLiteral("title"),
                                 QStringLiteral("description"),
                                 QStringLiteral("price"),
                                 QStringLiteral("category"),
                                 QStringLiteral("schedulingType"),
                                 QStringLiteral("minWeeklyClasses"),
                                 QStringLiteral("preliminaryMeetingRequired"),
                                 QStringLiteral("isPublished"),
                                 QStringLiteral("maxDailyLessons"),
                                 QStringLiteral("requiredClassesCount"),
                                 QStringLiteral("moderationNote"),
                                 QStringLiteral("maxPeriodValue"),
                                 QStringLiteral("maxPeriodUnit")};
const QStringList kRequired {QStringLiteral("tutorProfileId"), QStringLiteral("title"),
                             QStringLiteral("price"),          QStringLiteral("category"),
                             QStringLiteral("schedulingType"), QStringLiteral("preliminaryMeetingRequired"),
                             QStringLiteral("isPublished")};
const QStringList kUpdateFields = kCreateFields + QStringList {QStringLiteral("moderationStatus")};
// What only an administrator sets (G19): silently dropped for the owner tutor, as D10 does.
const QStringList kAdminOnly {QStringLiteral("moderationStatus"), QStringLiteral("moderationNote"),
                              QStringLiteral("tutorProfileId")};

constexpr double kMaxPrice = 100000.0;

struct IntLimit
{
    const char *name;
    int min;
    int max;
};
const IntLimit kIntLimits[] = {{"minWeeklyClasses", 0, 50},
                               {"maxDailyLessons", 1, 24},
                               {"requiredClassesCount", 1, 1000},
                               {"maxPeriodValue", 1, 120}};

void checkNumbers(const QVariantMap &in)
{
    if (in.contains(QStringLiteral("price"))) {
        const QVariant p = in.value(QStringLiteral("price"));
        if (p.isNull() || p.toDouble() < 0.0 || p.toDouble() > kMaxPrice)
            throw HttpError::invalid(QStringLiteral("price"),
                                     QStringLiteral("'price' must be a number between 0 and 100000."));
    }
    for (const IntLimit &l : kIntLimits) {
        const QString name = QString::fromLatin1(l.name);
        const QVariant v = in.value(name);
        if (!v.isNull() && (v.toLongLong() < l.min || v.toLongLong() > l.max))
            throw HttpError::invalid(name,
                                     QStringLiteral("'%1' must be between %2 and %3.").arg(name).arg(l.min).arg(l.max));
    }
    if (in.contains(QStringLiteral("title")) && in.value(QStringLiteral("title")).toString().trimmed().isEmpty())
        throw HttpError::missing(QStringLiteral("title"));
}

// G21: `category` names an existing category (case-insensitive); the canonical name is stored.
void canonicalCategory(const Repository &repo, QVariantMap &in)
{
    if (!in.contains(QStringLiteral("category")))
        return;
    const QString name = in.value(QStringLiteral("category")).toString().trimmed();
    const auto cat
        = repo.findOne(courseCategorySchema(), QStringLiteral("isActive = 1 AND lower(name) = ?"), {name.toLower()});
    if (!cat)
        throw HttpError::invalid(QStringLiteral("category"),
                                 QStringLiteral("'category' must be the name of an existing course category."));
    in.insert(QStringLiteral("category"), cat->value(QStringLiteral("name")));
}

QVariantMap loadProfile(const Repository &repo, const QString &id)
{
    const auto p = repo.get(tutorProfileSchema(), id);
    if (!p || !p->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(tutorProfileSchema().name);
    return *p;
}

QJsonObject categoryJoin(const Repository &repo, const QString &name)
{
    const auto cat
        = repo.findOne(courseCategorySchema(), QStringLiteral("lower(name) = ? AND isActive = 1"), {name.toLower()});
    if (!cat)
        return {};
    return courseCategorySchema().toJson(*cat);
}

QJsonObject packWithJoins(const Repository &repo, const QVariantMap &row, bool asArrays)
{
    QJsonObject o = coursePackSchema().toJson(row);
    const QJsonObject tp = tutorProfileJoin(repo, row.value(QStringLiteral("tutorProfileId")).toString());
    const QJsonObject cat = categoryJoin(repo, row.value(QStringLiteral("category")).toString());
    // G67: joins are objects in get responses and arrays in lists (as the spec's examples show).
    o.insert(QStringLiteral("tutorProfile"),
             asArrays ? QJsonValue(tp.isEmpty() ? QJsonArray() : QJsonArray {tp}) : QJsonValue(tp));
    o.insert(QStringLiteral("courseCategory"),
             asArrays ? QJsonValue(cat.isEmpty() ? QJsonArray() : QJsonArray {cat}) : QJsonValue(cat));
    return o;
}

std::optional<double> doubleQuery(const Request &req, const QString &name)
{
    const QString v = req.queryValue(name);
    if (v.isNull())
        return std::nullopt;
    bool ok = false;
    const double d = v.trimmed().toDouble(&ok);
    if (!ok)
        throw HttpError::invalid(name, QStringLiteral("'%1' must be a number.").arg(name));
    return d;
}

void cancelFreeSlots(Repository &repo, const QString &packId)
{
    if (!tableExists(repo, QStringLiteral("lessonSlots")))
        return;
    repo.exec(QStringLiteral("UPDATE lessonSlots SET status = 'canceled', recordVersion = recordVersion + 1, "
                             "updatedAt = ? WHERE coursePackId = ? AND status = 'free' AND isActive = 1"),
              {isoNow(), packId});
}

Response createPack(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    QVariantMap in = coursePackSchema().readInput(req.json(), kCreateFields, kRequired);
    checkNumbers(in);
    const QVariantMap profile = loadProfile(*ctx.repo, in.value(QStringLiteral("tutorProfileId")).toString());
    if (!me.isAdmin()) {
        if (profile.value(QStringLiteral("tutorId")).toString() != me.userId)
            throw HttpError::forbidden(QStringLiteral("Tutors create course packs for their own profile only."));
        in.remove(QStringLiteral("moderationNote"));
    }
    canonicalCategory(*ctx.repo, in);
    in.insert(QStringLiteral("title"), in.value(QStringLiteral("title")).toString().trimmed());
    in.insert(QStringLiteral("moderationStatus"), QString::fromLatin1(kDefaultModerationStatus)); // G32
    const QVariantMap row = ctx.repo->insert(coursePackSchema(), in, me.userId);
    return envelope::ok(req, kPack, QStringLiteral("create"), coursePackSchema().toJson(row), 201);
}

Response updatePack(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    const QVariantMap pack = loadWritablePack(*ctx.repo, req, req.param(QStringLiteral("coursePackId")));
    QVariantMap in = coursePackSchema().readInput(req.json(), kUpdateFields);
    for (const QString &name : kRequired)
        if (in.contains(name) && in.value(name).isNull() && name != QLatin1String("tutorProfileId"))
            throw HttpError::missing(name);
    if (!me.isAdmin()) {
        for (const QString &name : kAdminOnly)
            in.remove(name);
    } else if (in.contains(QStringLiteral("tutorProfileId"))) {
        if (in.value(QStringLiteral("tutorProfileId")).isNull())
            in.remove(QStringLiteral("tutorProfileId"));
        else
            loadProfile(*ctx.repo, in.value(QStringLiteral("tutorProfileId")).toString());
    }
    if (in.contains(QStringLiteral("moderationStatus")) && in.value(QStringLiteral("moderationStatus")).isNull())
        throw HttpError::missing(QStringLiteral("moderationStatus"));
    checkNumbers(in);
    canonicalCategory(*ctx.repo, in);
    if (in.contains(QStringLiteral("title")))
        in.insert(QStringLiteral("title"), in.value(QStringLiteral("title")).toString().trimmed());
    const QVariantMap row = ctx.repo->update(coursePackSchema(), pack.value(QStringLiteral("id")).toString(), in);
    return envelope::ok(req, kPack, QStringLiteral("update"), coursePackSchema().toJson(row));
}

// Rules 17/18: the tutor unpublishes instead of deleting a pack with active enrollments; the admin
// force-deletes with a removalReason through the enrollment service's cascade.
Response deletePack(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    const QVariantMap pack = loadWritablePack(*ctx.repo, req, req.param(QStringLiteral("coursePackId")));
    const QString id = pack.value(QStringLiteral("id")).toString();
    const QVariantMap in = coursePackSchema().readInput(req.json(), {QStringLiteral("removalReason")});
    const QString reason = in.value(QStringLiteral("removalReason")).toString().trimmed();
    const int active = activeEnrollmentCount(*ctx.repo, id);
    PackRemovalCascade cascade;
    if (active > 0) {
        if (!me.isAdmin())
            throw HttpError(
                409, QStringLiteral("errMsg_CoursePackHasActiveEnrollments"),
                QStringLiteral("This pack has %1 active enrollment(s); unpublish it instead (isPublished=false).")
                    .arg(active));
        if (reason.isEmpty())
            throw HttpError::missing(QStringLiteral("removalReason"));
        cascade = packRemovalCascade();
        if (!cascade)
            throw HttpError(409, QStringLiteral("errMsg_CascadeUnavailable"),
                            QStringLiteral("Packs with active enrollments cannot be removed on this server yet."));
    }
    return inTransaction(*ctx.repo, [&] {
        if (cascade)
            cascade(*ctx.repo, pack, reason, me.userId);
        if (!reason.isEmpty())
            ctx.repo->update(coursePackSchema(), id, {{QStringLiteral("removalReason"), reason}});
        cancelFreeSlots(*ctx.repo, id);
        const QVariantMap row = ctx.repo->softDelete(coursePackSchema(), id);
        return envelope::ok(req, kPack, QStringLiteral("delete"), coursePackSchema().toJson(row));
    });
}

Response getPack(const Context &ctx, Request &req)
{
    const QVariantMap pack = loadReadablePack(*ctx.repo, req, req.param(QStringLiteral("coursePackId")));
    const QJsonObject o = wantJoins(req) ? packWithJoins(*ctx.repo, pack, false) : coursePackSchema().toJson(pack);
    return envelope::ok(req, kPack, QStringLiteral("get"), o);
}

// G18: the public sees published, approved packs of approved tutors; the owner tutor also sees their
// own hidden packs; admins see everything. Filters: title (part), category, schedulingType,
// tutorProfileId, isPublished, moderationStatus, preliminaryMeetingRequired, minPrice, maxPrice.
Response listPacks(const Context &ctx, Request &req)
{
    // F43: the same request before any write is the answer remembered (only answers to valid requests are
    // remembered, so a hit needs no parsing, and the caller's scope is part of the key).
    const ListCache cache(*ctx.repo, req, QStringLiteral("listCoursePacks"));
    if (const CachedList *hit = cache.hit())
        return ListCache::response(req, coursePackSchema().plural, *hit, true);
    const ListQuery q = ListQuery::parse(req, coursePackSchema());
    QStringList where;
    QVariantList binds;
    if (!req.auth || !req.auth->isAdmin()) {
        const auto own = req.auth ? tutorProfileOfUser(*ctx.repo, req.auth->userId) : std::nullopt;
        // F75: the public tutor profiles as one remembered list instead of publicPackSql()'s EXISTS per pack.
        const QString profileIds = publicTutorProfileIds(*ctx.repo);
        if (own) {
            where << QStringLiteral("(%1 OR tutorProfileId = ?)").arg(publicPackByListSql());
            binds << profileIds << own->value(QStringLiteral("id"));
        } else {
            where << publicPackByListSql();
            binds << profileIds;
        }
    }
    const auto minPrice = doubleQuery(req, QStringLiteral("minPrice"));
    const auto maxPrice = doubleQuery(req, QStringLiteral("maxPrice"));
    if (minPrice) {
        where << QStringLiteral("price >= ?");
        binds << *minPrice;
    }
    if (maxPrice) {
        where << QStringLiteral("price <= ?");
        binds << *maxPrice;
    }
    const ListResult res = ctx.repo->list(coursePackSchema(), q, where.join(QStringLiteral(" AND ")), binds);
    const bool joins = wantJoins(req);
    // F23: the rows written straight to JSON bytes, the same bytes as packWithJoins(..., true) of each
    // row; the page's tutor profiles read with one query, each category's join looked up once a page.
    QHash<QString, QByteArray> profiles, categories; // id / lower(name) -> "[{...}]" or "[]"
    auto inArray = [](const QJsonObject &o) {
        return o.isEmpty() ? QByteArray("[]") : '[' + QJsonDocument(o).toJson(QJsonDocument::Compact) + ']';
    };
    if (joins && !res.rows.isEmpty()) {
        QJsonArray ids;
        QSet<QString> seen;
        for (const QVariantMap &row : res.rows) {
            const QString id = row.value(QStringLiteral("tutorProfileId")).toString();
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
        const QList<QVariantMap> found = statements::rows(
            ctx.repo->db(), QStringLiteral("SELECT * FROM tutorProfiles WHERE id IN (SELECT value FROM json_each(?))"),
            {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
        for (const QVariantMap &p : found)
            profiles.insert(p.value(QStringLiteral("id")).toString(), inArray(tutorProfileJoinOf(p)));
    }
    static const QStringList joinKeys {QStringLiteral("tutorProfile"), QStringLiteral("courseCategory")};
    QByteArray out;
    out.reserve(res.rows.size() * 1536);
    out.append('[');
    for (qsizetype i = 0; i < res.rows.size(); ++i) {
        const QVariantMap &row = res.rows.at(i);
        if (i)
            out.append(',');
        json::Object o;
        if (!joins) {
            coursePackSchema().writeJson(o, row);
            o.writeTo(out);
            continue;
        }
        coursePackSchema().writeJson(o, row, joinKeys);
        o.key(QLatin1StringView("tutorProfile"))
            .append(profiles.value(row.value(QStringLiteral("tutorProfileId")).toString(), QByteArray("[]")));
        const QString category = row.value(QStringLiteral("category")).toString();
        auto c = categories.constFind(category.toLower());
        if (c == categories.cend())
            c = categories.insert(category.toLower(), inArray(categoryJoin(*ctx.repo, category)));
        o.key(QLatin1StringView("courseCategory")).append(*c);
        o.writeTo(out);
    }
    out.append(']');
    const CachedList page {out, int(res.rows.size()), q.paging(res.total)};
    cache.remember(page);
    return ListCache::response(req, coursePackSchema().plural, page, false);
}

} // namespace

QList<Route> coursePackRoutes(Context ctx)
{
    return {
        route(R::createCoursePack, ctx, createPack), route(R::updateCoursePack, ctx, updatePack),
        route(R::deleteCoursePack, ctx, deletePack), route(R::getCoursePack, ctx, getPack),
        route(R::listCoursePacks, ctx, listPacks),
    };
}

} // namespace tutorhub::server
