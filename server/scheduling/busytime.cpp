// busyTimes (local extension; issue 15 item 3, decisions U3, U4): blocks of a tutor's time in which no
// lesson may be generated, imported by the app from an .ics file. Only the tutor (and admins) read or
// change them: their titles come from a private calendar. Absent under --contract strict.
#include "scheduling/scheduling.h"

#include "catalog/catalog.h"
#include "catalog/tutorprofile.h"
#include "core/apierror.h"
#include "core/util.h"
#include "http/envelope.h"
#include "core/handler.h"

namespace tutorhub::server {

namespace {

const QString kBusyTime = QStringLiteral("busyTime");
constexpr qint64 kMaxBusySeconds = 31LL * 24 * 3600; // one block at most a month long

void requireOwnProfile(const Repository &repo, const AuthContext &me, const QString &tutorProfileId)
{
    const auto p = repo.get(tutorProfileSchema(), tutorProfileId);
    if (!p || !p->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(tutorProfileSchema().name);
    if (!me.isAdmin() && p->value(QStringLiteral("tutorId")).toString() != me.userId)
        throw HttpError::forbidden(QStringLiteral("Busy times are visible to their tutor and administrators only."));
}

QDateTime readInstant(const QVariantMap &in, const char *key)
{
    const QDateTime t = QDateTime::fromString(str(in, key), Qt::ISODateWithMs);
    if (!t.isValid() || !str(in, key).endsWith(QLatin1Char('Z')))
        throw HttpError::invalid(
            QLatin1String(key),
            QStringLiteral("'%1' must be an ISO-8601 UTC time such as 2026-03-29T09:00:00Z.").arg(QLatin1String(key)));
    return t.toUTC();
}

Response createBusy(const Context &ctx, Request &req)
{
    QVariantMap in = busyTimeSchema().readInput(
        req.json(),
        {QStringLiteral("tutorProfileId"), QStringLiteral("startsAt"), QStringLiteral("endsAt"),
         QStringLiteral("title"), QStringLiteral("sourceUid"), QStringLiteral("allDay")},
        {QStringLiteral("tutorProfileId"), QStringLiteral("startsAt"), QStringLiteral("endsAt")});
    requireOwnProfile(*ctx.repo, req.caller(), str(in, "tutorProfileId"));
    const QDateTime start = readInstant(in, "startsAt");
    const QDateTime end = readInstant(in, "endsAt");
    if (end <= start || start.secsTo(end) > kMaxBusySeconds)
        throw HttpError::invalid(QStringLiteral("endsAt"),
                                 QStringLiteral("'endsAt' must be after 'startsAt' and at most 31 days later."));
    in.insert(QStringLiteral("startsAt"), start.toString(Qt::ISODateWithMs));
    in.insert(QStringLiteral("endsAt"), end.toString(Qt::ISODateWithMs));
    if (!str(in, "sourceUid").isEmpty()
        && !ctx.repo
                ->select(busyTimeSchema(), QStringLiteral("tutorProfileId = ? AND sourceUid = ? AND isActive = 1"),
                         {in.value(QStringLiteral("tutorProfileId")), in.value(QStringLiteral("sourceUid"))})
                .isEmpty())
        throw HttpError(409, QStringLiteral("errMsg_BusyTimeExists"),
                        QStringLiteral("This busy time was imported before."));
    const QVariantMap row = ctx.repo->insert(busyTimeSchema(), in, req.caller().userId);
    return envelope::ok(req, kBusyTime, QStringLiteral("create"), busyTimeSchema().toJson(row), 201);
}

Response listBusy(const Context &ctx, Request &req)
{
    const QString profileId = req.param(QStringLiteral("tutorProfileId"));
    requireOwnProfile(*ctx.repo, req.caller(), profileId);
    ListQuery q = ListQuery::parse(req, busyTimeSchema(), {});
    if (!req.hasQuery(QStringLiteral("sortBy")))
        q.sortBy = QStringLiteral("startsAt");
    const ListResult res = ctx.repo->list(busyTimeSchema(), q, QStringLiteral("tutorProfileId = ?"), {profileId});
    QJsonArray rows;
    for (const QVariantMap &row : res.rows)
        rows.append(busyTimeSchema().toJson(row));
    return envelope::list(req, busyTimeSchema().plural, rows, q.paging(res.total));
}

Response deleteBusy(const Context &ctx, Request &req)
{
    const auto row = ctx.repo->get(busyTimeSchema(), req.param(QStringLiteral("busyTimeId")));
    if (!row || !row->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(kBusyTime);
    requireOwnProfile(*ctx.repo, req.caller(), str(*row, "tutorProfileId"));
    const QVariantMap out = ctx.repo->softDelete(busyTimeSchema(), str(*row, "id"));
    return envelope::ok(req, kBusyTime, QStringLiteral("delete"), busyTimeSchema().toJson(out));
}

} // namespace

const ObjectSchema &busyTimeSchema()
{
    static const ObjectSchema s {QStringLiteral("busyTime"),
                                 QStringLiteral("busyTimes"),
                                 QStringLiteral("busyTimes"),
                                 {
                                     field("tutorProfileId", FieldType::ID, true),
                                     field("startsAt", FieldType::String, false, {}, 30),
                                     field("endsAt", FieldType::String, false, {}, 30),
                                     field("title", FieldType::String, false, {}, 200),
                                     field("sourceUid", FieldType::String, false, {}, 400),
                                     field("allDay", FieldType::Boolean),
                                 }};
    return s;
}

namespace scheduling {

bool tutorBusyOverlaps(const Repository &repo, const QString &tutorProfileId, const QDateTime &startUtc,
                       const QDateTime &endUtc)
{
    // ISO-8601 UTC with milliseconds sorts as text.
    return !repo.select(busyTimeSchema(),
                        QStringLiteral("tutorProfileId = ? AND isActive = 1 AND startsAt < ? AND endsAt > ?"),
                        {tutorProfileId, endUtc.toUTC().toString(Qt::ISODateWithMs),
                         startUtc.toUTC().toString(Qt::ISODateWithMs)},
                        QStringLiteral("startsAt ASC"), 1)
                .isEmpty();
}

} // namespace scheduling

QList<Route> busyTimeRoutes(Context ctx)
{
    return {
        route(R::createBusyTime, ctx, createBusy),
        route(R::listBusyTimes, ctx, listBusy),
        route(R::deleteBusyTime, ctx, deleteBusy),
    };
}

} // namespace tutorhub::server
