#include "catalog/tutorprofile.h"

namespace tutorhub::server {

const ObjectSchema &tutorProfileSchema()
{
    static const ObjectSchema s {QStringLiteral("tutorProfile"),
                                 QStringLiteral("tutorProfiles"),
                                 QStringLiteral("tutorProfiles"),
                                 {
                                     {QStringLiteral("tutorId"), FieldType::ID, {}, true, false, false, 0},
                                     {QStringLiteral("displayName"), FieldType::String, {}, true, false, false, 0},
                                     {QStringLiteral("bio"), FieldType::Text, {}, false, false, false, 0},
                                     {QStringLiteral("subjects"), FieldType::String, {}, true, false, false, 0},
                                     {QStringLiteral("certifications"), FieldType::Text, {}, false, false, false, 0},
                                     {QStringLiteral("qualifications"), FieldType::Text, {}, false, false, false, 0},
                                     {QStringLiteral("experience"), FieldType::Text, {}, false, false, false, 0},
                                     {QStringLiteral("profilePhoto"), FieldType::String, {}, false, false, false, 1024},
                                     {QStringLiteral("profileStatus"),
                                      FieldType::Enum,
                                      {QStringLiteral("pending"), QStringLiteral("approved"),
                                       QStringLiteral("rejected"), QStringLiteral("suspended")},
                                      true,
                                      false,
                                      false,
                                      0},
                                 }};
    return s;
}

QVariantMap upsertApprovedTutorProfile(Repository &repo, const QVariantMap &user)
{
    const QString tutorId = user.value(QStringLiteral("id")).toString();
    const QVariantMap values {
        {QStringLiteral("tutorId"), tutorId},
        {QStringLiteral("displayName"), user.value(QStringLiteral("fullname"))},
        {QStringLiteral("bio"), user.value(QStringLiteral("bio"))},
        {QStringLiteral("subjects"), user.value(QStringLiteral("specializations"))},
        {QStringLiteral("certifications"), user.value(QStringLiteral("certifications"))},
        {QStringLiteral("qualifications"), user.value(QStringLiteral("qualifications"))},
        {QStringLiteral("profileStatus"), QStringLiteral("approved")},
        {QStringLiteral("isActive"), 1},
    };
    const auto existing = repo.findOne(tutorProfileSchema(), QStringLiteral("tutorId = ?"), {tutorId});
    if (existing)
        return repo.update(tutorProfileSchema(), existing->value(QStringLiteral("id")).toString(), values);
    return repo.insert(tutorProfileSchema(), values, tutorId);
}

} // namespace tutorhub::server

#include "auth/authroutes.h"
#include "core/apierror.h"
#include "http/envelope.h"
#include "core/handler.h"

namespace tutorhub::server {

namespace {

const QString kProfile = QStringLiteral("tutorProfile");
const QStringList kProfileFields {
    QStringLiteral("tutorId"),      QStringLiteral("certifications"), QStringLiteral("qualifications"),
    QStringLiteral("experience"),   QStringLiteral("subjects"),       QStringLiteral("bio"),
    QStringLiteral("profilePhoto"), QStringLiteral("profileStatus"),  QStringLiteral("displayName")};
// G17: only administrators re-assign a profile or change its status; the owner's values are dropped (as D10).
const QStringList kAdminOnly {QStringLiteral("tutorId"), QStringLiteral("profileStatus")};

QString publicProfileSql()
{
    return QStringLiteral("(isActive = 1 AND profileStatus = 'approved')");
}

bool isOwner(const Request &req, const QVariantMap &row)
{
    return req.auth && row.value(QStringLiteral("tutorId")).toString() == req.auth->userId;
}

// Approved, active profiles are public; others only for their tutor and administrators (404).
QVariantMap loadReadableProfile(const Repository &repo, const Request &req, const QString &id)
{
    const auto row = repo.get(tutorProfileSchema(), id);
    if (!row)
        throw HttpError::notFound(kProfile);
    const bool visible = row->value(QStringLiteral("isActive")).toBool()
                         && row->value(QStringLiteral("profileStatus")).toString() == QLatin1String("approved");
    if (!visible && !isOwner(req, *row) && !(req.auth && req.auth->isAdmin()))
        throw HttpError::notFound(kProfile);
    return *row;
}

void checkTutorIdFree(const Repository &repo, const QString &tutorId, const QString &exceptId = {})
{
    if (repo.count(tutorProfileSchema(), QStringLiteral("tutorId = ? AND id IS NOT ?"), {tutorId, exceptId}) > 0)
        throw HttpError(409, QStringLiteral("errMsg_TutorProfileExists"),
                        QStringLiteral("This user already has a tutor profile."));
}

void checkDisplayName(const QVariantMap &in)
{
    if (in.contains(QStringLiteral("displayName"))
        && in.value(QStringLiteral("displayName")).toString().trimmed().isEmpty())
        throw HttpError::missing(QStringLiteral("displayName"));
}

Response profileResponse(const Request &req, const QVariantMap &row, const QString &action, int status = 200)
{
    return envelope::ok(req, kProfile, action, tutorProfileSchema().toJson(row), status);
}

// G15: admin only (approval through auth creates profiles itself); one profile per user (409).
Response createProfile(const Context &ctx, Request &req)
{
    QVariantMap in = tutorProfileSchema().readInput(req.json(), kProfileFields, {QStringLiteral("tutorId")});
    const QVariantMap user = loadUser(*ctx.repo, in.value(QStringLiteral("tutorId")).toString());
    checkTutorIdFree(*ctx.repo, user.value(QStringLiteral("id")).toString());
    checkDisplayName(in);
    if (in.value(QStringLiteral("displayName")).isNull())
        in.insert(QStringLiteral("displayName"), user.value(QStringLiteral("fullname")));
    if (in.value(QStringLiteral("profileStatus")).isNull())
        in.insert(QStringLiteral("profileStatus"), QStringLiteral("pending"));
    const QVariantMap row = ctx.repo->insert(tutorProfileSchema(), in, req.caller().userId);
    return profileResponse(req, row, QStringLiteral("create"), 201);
}

Response updateProfile(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    const QVariantMap row = loadReadableProfile(*ctx.repo, req, req.param(QStringLiteral("tutorProfileId")));
    const QString id = row.value(QStringLiteral("id")).toString();
    if (!me.isAdmin() && !isOwner(req, row))
        throw HttpError::forbidden(QStringLiteral("Only the profile's tutor or an administrator may edit it."));
    if (!row.value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(kProfile);
    QVariantMap in = tutorProfileSchema().readInput(req.json(), kProfileFields);
    if (!me.isAdmin())
        for (const QString &name : kAdminOnly)
            in.remove(name);
    for (const QString &name : kAdminOnly)
        if (in.contains(name) && in.value(name).isNull())
            throw HttpError::missing(name);
    if (in.contains(QStringLiteral("tutorId"))) {
        loadUser(*ctx.repo, in.value(QStringLiteral("tutorId")).toString());
        checkTutorIdFree(*ctx.repo, in.value(QStringLiteral("tutorId")).toString(), id);
    }
    checkDisplayName(in);
    return profileResponse(req, ctx.repo->update(tutorProfileSchema(), id, in), QStringLiteral("update"));
}

// G18: the public lists approved, active profiles; a tutor also sees their own; admins all.
// Filters: tutorId, displayName, subjects (parts), profileStatus.
Response listProfiles(const Context &ctx, Request &req)
{
    const ListQuery q = ListQuery::parse(req, tutorProfileSchema());
    QString where;
    QVariantList binds;
    if (!req.auth || !req.auth->isAdmin()) {
        where = publicProfileSql();
        if (req.auth) {
            where = QStringLiteral("(%1 OR tutorId = ?)").arg(where);
            binds << req.auth->userId;
        }
    }
    const ListResult res = ctx.repo->list(tutorProfileSchema(), q, where, binds);
    QJsonArray rows;
    for (const QVariantMap &row : res.rows)
        rows.append(tutorProfileSchema().toJson(row));
    return envelope::list(req, tutorProfileSchema().plural, rows, q.paging(res.total));
}

// The event handler of tutorhub-auth-service-tutorapplication-reviewed as a REST route (admin, G15):
// approved creates or re-approves the profile (D9); another status is stored on the profile.
Response onApplicationReviewed(const Context &ctx, Request &req)
{
    QVariantMap in = tutorProfileSchema().readInput(req.json(), kProfileFields,
                                                    {QStringLiteral("tutorId"), QStringLiteral("profileStatus")});
    checkDisplayName(in);
    const QVariantMap user = loadUser(*ctx.repo, in.value(QStringLiteral("tutorId")).toString());
    return inTransaction(*ctx.repo, [&] {
        QVariantMap row = upsertApprovedTutorProfile(*ctx.repo, user);
        in.remove(QStringLiteral("tutorId"));
        for (auto it = in.begin(); it != in.end();)
            it = it.value().isNull() ? in.erase(it) : std::next(it);
        row = ctx.repo->update(tutorProfileSchema(), row.value(QStringLiteral("id")).toString(), in);
        return profileResponse(req, row, QStringLiteral("create"), 201);
    });
}

} // namespace

namespace {

Response getTutorProfile(const Context &ctx, Request &req)
{
    const QVariantMap row = loadReadableProfile(*ctx.repo, req, req.param(QStringLiteral("tutorProfileId")));
    return profileResponse(req, row, QStringLiteral("get"));
}

} // namespace

QList<Route> tutorProfileRoutes(Context ctx)
{
    return {
        route(R::createTutorProfile, ctx, createProfile),
        route(R::updateTutorProfile, ctx, updateProfile),
        route(R::getTutorProfile, ctx, getTutorProfile),
        route(R::listTutorProfiles, ctx, listProfiles),
        route(R::onTutorApplicationReviewed, ctx, onApplicationReviewed),
    };
}

} // namespace tutorhub::server
