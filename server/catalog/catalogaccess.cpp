// Schemas of the catalog objects and the access helpers shared by catalog and scheduling routes.
#include "catalog/catalog.h"
#include "db/dialect.h"

#include "catalog/tutorprofile.h"
#include "core/apierror.h"
#include "db/listcache.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <mutex>

namespace tutorhub::server {

const ObjectSchema &coursePackSchema()
{
    static const ObjectSchema s {
        QStringLiteral("coursePack"),
        QStringLiteral("coursePacks"),
        QStringLiteral("coursePacks"),
        {
            field("tutorProfileId", FieldType::ID, true),
            field("title", FieldType::String, true),
            field("description", FieldType::Text),
            field("price", FieldType::Double),
            [] {
                Field c = field("category", FieldType::String, true);
                c.exactFilter = true;
                return c;
            }(),
            field("schedulingType", FieldType::Enum, true, {QStringLiteral("flexible"), QStringLiteral("strict")}),
            field("minWeeklyClasses", FieldType::Integer),
            field("preliminaryMeetingRequired", FieldType::Boolean, true),
            field("isPublished", FieldType::Boolean, true),
            field("maxDailyLessons", FieldType::Integer),
            field("requiredClassesCount", FieldType::Integer),
            field("moderationStatus", FieldType::Enum, true,
                  {QStringLiteral("approved"), QStringLiteral("flagged"), QStringLiteral("removed")}),
            field("moderationNote", FieldType::String),
            field("maxPeriodValue", FieldType::Integer),
            field("maxPeriodUnit", FieldType::Enum, false, {QStringLiteral("weeks"), QStringLiteral("months")}),
            field("removalReason", FieldType::String),
        }};
    return s;
}

const ObjectSchema &courseMaterialSchema()
{
    static const ObjectSchema s {
        QStringLiteral("courseMaterial"),
        QStringLiteral("courseMaterials"),
        QStringLiteral("courseMaterials"),
        {
            field("coursePackId", FieldType::ID, true), field("fileUrl", FieldType::String, false, {}, 2048),
            field("fileType", FieldType::Enum, true,
                  {QStringLiteral("file"), QStringLiteral("video"), QStringLiteral("document"),
                   QStringLiteral("externalLink")}),
            field("title", FieldType::String, true), field("description", FieldType::Text),
            field("linkUrl", FieldType::String, false, {}, 2048),
            field("sortOrder", FieldType::Integer), // T4: position in the pack, 0-based (migration 24)
        }};
    return s;
}

const ObjectSchema &courseCategorySchema()
{
    static const ObjectSchema s {QStringLiteral("courseCategory"),
                                 QStringLiteral("courseCategories"),
                                 QStringLiteral("courseCategories"),
                                 {
                                     field("name", FieldType::String, true, {}, 100),
                                     field("description", FieldType::Text),
                                     field("icon", FieldType::String, false, {}, 32),
                                 }};
    return s;
}

namespace catalog {

namespace {

std::mutex &cascadeMutex()
{
    static std::mutex m;
    return m;
}

PackRemovalCascade &cascadeSlot()
{
    static PackRemovalCascade c;
    return c;
}

} // namespace

void setPackRemovalCascade(PackRemovalCascade cascade)
{
    std::lock_guard<std::mutex> lock(cascadeMutex());
    cascadeSlot() = std::move(cascade);
}

PackRemovalCascade packRemovalCascade(); // used by coursepack.cpp

PackRemovalCascade packRemovalCascade()
{
    std::lock_guard<std::mutex> lock(cascadeMutex());
    return cascadeSlot();
}

bool tableExists(const Repository &repo, const QString &table)
{
    return sql::tableExists(repo.db(), table);
}

std::optional<QVariantMap> tutorProfileOfUser(const Repository &repo, const QString &userId)
{
    if (userId.isEmpty())
        return std::nullopt;
    return repo.findOne(tutorProfileSchema(), QStringLiteral("tutorId = ?"), {userId});
}

bool ownsTutorProfile(const Repository &repo, const QString &userId, const QString &tutorProfileId)
{
    if (userId.isEmpty() || tutorProfileId.isEmpty())
        return false;
    return repo.count(tutorProfileSchema(), QStringLiteral("id = ? AND tutorId = ?"), {tutorProfileId, userId}) > 0;
}

bool ownsPack(const Repository &repo, const QString &userId, const QVariantMap &pack)
{
    return ownsTutorProfile(repo, userId, pack.value(QStringLiteral("tutorProfileId")).toString());
}

QString publicPackSql()
{
    // A correlated EXISTS rather than `tutorProfileId IN (…)`: the IN list made SQLite drive the query through
    // the tutorProfileId index and sort every public pack for each page (0.1 s a page at 10k packs), while
    // EXISTS lets it walk the ORDER BY index and stop after one page. The tutor's account must be active too
    // (createEnrollment refuses the others, so listing their packs would offer what nobody can book).
    return QStringLiteral("(isActive = 1 AND isPublished = 1 AND moderationStatus = 'approved' AND EXISTS "
                          "(SELECT 1 FROM tutorProfiles p JOIN users u ON u.id = p.tutorId "
                          "WHERE p.id = coursePacks.tutorProfileId AND p.isActive = 1 AND p.profileStatus = 'approved' "
                          "AND u.isActive = 1 AND u.accountStatus = 'active'))");
}

QString publicPackByListSql()
{
    // `+tutorProfileId`: the list is a filter, never the way in (see publicPackSql: driving the query through the
    // tutorProfileId index sorted every public pack for each page).
    return QStringLiteral("(isActive = 1 AND isPublished = 1 AND moderationStatus = 'approved' AND "
                          "+tutorProfileId IN (SELECT value FROM json_each(?)))");
}

QString publicTutorProfileIds(const Repository &repo)
{
    static const char *kProperty = "tutorhub.publicTutorProfileIds";
    QSqlDriver *driver = repo.db().driver();
    const qint64 stamp = writeStamp(repo.db());
    const QVariantList kept = driver->property(kProperty).toList();
    if (stamp >= 0 && kept.size() == 2 && kept.at(0).toLongLong() == stamp)
        return kept.at(1).toString();
    // The profile half of publicPackSql()'s EXISTS, once for every pack of the page and its count.
    QSqlQuery q = repo.exec(QStringLiteral(
        "SELECT json_group_array(p.id) FROM tutorProfiles p JOIN users u ON u.id = p.tutorId WHERE p.isActive = 1 "
        "AND p.profileStatus = 'approved' AND u.isActive = 1 AND u.accountStatus = 'active'"));
    const QString ids = q.next() && !q.value(0).isNull() ? q.value(0).toString() : QStringLiteral("[]");
    if (stamp >= 0 && writeStamp(repo.db()) == stamp)
        driver->setProperty(kProperty, QVariantList {stamp, ids});
    return ids;
}

bool isPackPublic(const Repository &repo, const QVariantMap &pack)
{
    return repo.count(coursePackSchema(), QStringLiteral("id = ? AND ") + publicPackSql(),
                      {pack.value(QStringLiteral("id"))})
           > 0;
}

bool isEnrolled(const Repository &repo, const QString &studentId, const QString &coursePackId)
{
    if (studentId.isEmpty() || !tableExists(repo, QStringLiteral("enrollments")))
        return false;
    QSqlQuery q = repo.exec(QStringLiteral("SELECT 1 FROM enrollments WHERE studentId = ? AND coursePackId = ? "
                                           "AND enrollmentStatus IN ('active', 'completed') LIMIT 1"),
                            {studentId, coursePackId});
    return q.next();
}

int activeEnrollmentCount(const Repository &repo, const QString &coursePackId)
{
    if (!tableExists(repo, QStringLiteral("enrollments")))
        return 0;
    QSqlQuery q = repo.exec(QStringLiteral("SELECT count(*) FROM enrollments WHERE coursePackId = ? "
                                           "AND enrollmentStatus IN ('pending', 'active')"),
                            {coursePackId});
    return q.next() ? q.value(0).toInt() : 0;
}

QVariantMap loadPack(const Repository &repo, const QString &id)
{
    const auto row = repo.get(coursePackSchema(), id);
    if (!row)
        throw HttpError::notFound(coursePackSchema().name);
    return *row;
}

QVariantMap loadReadablePack(const Repository &repo, const Request &req, const QString &id)
{
    const QVariantMap pack = loadPack(repo, id);
    if (req.auth && (req.auth->isAdmin() || ownsPack(repo, req.auth->userId, pack)))
        return pack;
    if (isPackPublic(repo, pack))
        return pack;
    if (req.auth && pack.value(QStringLiteral("isActive")).toBool() && isEnrolled(repo, req.auth->userId, id))
        return pack;
    throw HttpError::notFound(coursePackSchema().name);
}

QVariantMap loadWritablePack(const Repository &repo, const Request &req, const QString &id)
{
    const QVariantMap pack = loadPack(repo, id);
    const AuthContext &me = req.caller();
    if (!me.isAdmin() && !ownsPack(repo, me.userId, pack)) {
        if (!isPackPublic(repo, pack) && !isEnrolled(repo, me.userId, id))
            throw HttpError::notFound(coursePackSchema().name);
        throw HttpError::forbidden(QStringLiteral("Only the pack's tutor or an administrator may do this."));
    }
    if (!pack.value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(coursePackSchema().name);
    return pack;
}

QJsonObject tutorProfileJoin(const Repository &repo, const QString &tutorProfileId)
{
    const auto row = repo.get(tutorProfileSchema(), tutorProfileId);
    if (!row)
        return {};
    return tutorProfileJoinOf(*row);
}

QJsonObject tutorProfileJoinOf(const QVariantMap &row)
{
    const QJsonObject full = tutorProfileSchema().toJson(row);
    QJsonObject o;
    for (const char *k :
         {"id", "tutorId", "certifications", "experience", "subjects", "bio", "profilePhoto", "displayName"})
        o.insert(QLatin1String(k), full.value(QLatin1String(k)));
    return o;
}

bool wantJoins(const Request &req)
{
    return req.queryValue(QStringLiteral("getJoins")).toLower() != QLatin1String("false");
}

} // namespace catalog
} // namespace tutorhub::server
