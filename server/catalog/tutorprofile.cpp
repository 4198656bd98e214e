#include "catalog/tutorprofile.h"

namespace tutorhub::server {

const ObjectSchema &tutorProfileSchema()
{
    static const ObjectSchema s{
        QStringLiteral("tutorProfile"), QStringLiteral("tutorProfiles"), QStringLiteral("tutorProfiles"),
        {
            {QStringLiteral("tutorId"), FieldType::ID, {}, true, false, false, 0},
            {QStringLiteral("displayName"), FieldType::String, {}, true, false, false, 0},
            {QStringLiteral("bio"), FieldType::Text, {}, false, false, false, 0},
            {QStringLiteral("subjects"), FieldType::String, {}, true, false, false, 0},
            {QStringLiteral("certifications"), FieldType::Text, {}, false, false, false, 0},
            {QStringLiteral("qualifications"), FieldType::Text, {}, false, false, false, 0},
            {QStringLiteral("experience"), FieldType::Text, {}, false, false, false, 0},
            {QStringLiteral("profilePhoto"), FieldType::String, {}, false, false, false, 1024},
            {QStringLiteral("profileStatus"), FieldType::Enum,
             {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected"), QStringLiteral("suspended")},
             true, false, false, 0},
        }};
    return s;
}

QVariantMap upsertApprovedTutorProfile(Repository &repo, const QVariantMap &user)
{
    const QString tutorId = user.value(QStringLiteral("id")).toString();
    const QVariantMap values{
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

#include "core/apierror.h"
#include "http/envelope.h"

namespace tutorhub::server {

QList<Route> tutorProfileRoutes(Context ctx)
{
    const QString C = QStringLiteral("tutorcatalog-api");
    QList<Route> r;
    r.append({"GET", C, QStringLiteral("/v1/tutorprofiles"), Access::Public, [ctx](Request &req) {
                  const ListQuery q = ListQuery::parse(req.query, tutorProfileSchema());
                  const ListResult res = ctx.repo->list(tutorProfileSchema(), q);
                  QJsonArray rows;
                  for (const QVariantMap &row : res.rows)
                      rows.append(tutorProfileSchema().toJson(row));
                  return envelope::list(req, tutorProfileSchema().plural, rows, q.paging(res.total));
              }});
    r.append({"GET", C, QStringLiteral("/v1/tutorprofiles/:tutorProfileId"), Access::Public, [ctx](Request &req) {
                  const auto row = ctx.repo->get(tutorProfileSchema(), req.param(QStringLiteral("tutorProfileId")));
                  if (!row)
                      throw HttpError::notFound(tutorProfileSchema().name);
                  return envelope::ok(req, tutorProfileSchema().name, QStringLiteral("get"), tutorProfileSchema().toJson(*row));
              }});
    return r;
}

} // namespace tutorhub::server
