// availability routes and slot generation (API.md §3.2; rules 22-23 of §4.3; G26, G27;
// ARCHITECTURE decision 6: windows are wall-clock times in the tutor's IANA zone).
#include "scheduling/scheduling.h"

#include "catalog/catalog.h"
#include "catalog/tutorprofile.h"
#include "core/apierror.h"
#include "core/util.h"
#include "http/envelope.h"
#include "core/handler.h"

namespace tutorhub::server {

namespace {

using namespace scheduling;

const QString kAvailability = QStringLiteral("availability");
const QStringList kDays {QStringLiteral("sunday"),    QStringLiteral("monday"),   QStringLiteral("tuesday"),
                         QStringLiteral("wednesday"), QStringLiteral("thursday"), QStringLiteral("friday"),
                         QStringLiteral("saturday")};
const QStringList kWindowFields {QStringLiteral("dayOfWeek"),    QStringLiteral("startTime"),
                                 QStringLiteral("endTime"),      QStringLiteral("isRecurring"),
                                 QStringLiteral("specificDate"), QStringLiteral("teachingMode"),
                                 QStringLiteral("timeZone")};

void requireProfileEditor(const Repository &repo, const AuthContext &me, const QString &tutorProfileId)
{
    const auto p = repo.get(tutorProfileSchema(), tutorProfileId);
    if (!p || !p->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(tutorProfileSchema().name);
    if (!me.isAdmin() && p->value(QStringLiteral("tutorId")).toString() != me.userId)
        throw HttpError::forbidden(QStringLiteral("Only the tutor or an administrator may manage this availability."));
}

QVariantMap loadOwnWindow(const Repository &repo, const Request &req)
{
    const auto row = repo.get(availabilitySchema(), req.param(QStringLiteral("availabilityId")));
    if (!row || !row->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(kAvailability);
    const AuthContext &me = req.caller();
    if (!me.isAdmin() && !catalog::ownsTutorProfile(repo, me.userId, str(*row, "tutorProfileId")))
        throw HttpError::forbidden(
            QStringLiteral("Availability windows are visible to their tutor and administrators."));
    return *row;
}

// Checks a complete window (times, one-off date, zone) and fills dayOfWeek of one-off windows.
void normalizeWindow(QVariantMap &w)
{
    for (const char *k : {"startTime", "endTime", "teachingMode"})
        if (str(w, k).isEmpty())
            throw HttpError::missing(QLatin1String(k));
    const QTime start = parseHhMm(str(w, "startTime"));
    const QTime end = parseHhMm(str(w, "endTime"));
    if (!start.isValid())
        throw HttpError::invalid(QStringLiteral("startTime"), QStringLiteral("'startTime' must be HH:mm (24 h)."));
    if (!end.isValid())
        throw HttpError::invalid(QStringLiteral("endTime"), QStringLiteral("'endTime' must be HH:mm (24 h)."));
    if (end <= start)
        throw HttpError::invalid(QStringLiteral("endTime"), QStringLiteral("'endTime' must be after 'startTime'."));
    if (!QTimeZone::isTimeZoneIdAvailable(str(w, "timeZone").toUtf8()))
        throw HttpError::invalid(QStringLiteral("timeZone"),
                                 QStringLiteral("'timeZone' must be an IANA time zone such as Europe/Berlin."));
    if (w.value(QStringLiteral("isRecurring")).toBool()) {
        w.insert(QStringLiteral("specificDate"), QVariant());
        if (str(w, "dayOfWeek").isEmpty())
            throw HttpError::missing(QStringLiteral("dayOfWeek"));
        return;
    }
    if (str(w, "specificDate").isEmpty())
        throw HttpError::missing(QStringLiteral("specificDate"));
    const QDate d = parseYmd(str(w, "specificDate"));
    if (!d.isValid())
        throw HttpError::invalid(QStringLiteral("specificDate"), QStringLiteral("'specificDate' must be YYYY-MM-DD."));
    const QString day = kDays.at(d.dayOfWeek() % 7);
    if (!str(w, "dayOfWeek").isEmpty() && str(w, "dayOfWeek") != day)
        throw HttpError::invalid(QStringLiteral("dayOfWeek"),
                                 QStringLiteral("'dayOfWeek' does not match 'specificDate' (a %1).").arg(day));
    w.insert(QStringLiteral("dayOfWeek"), day);
}

bool sameDays(const QVariantMap &a, const QVariantMap &b)
{
    const bool ra = a.value(QStringLiteral("isRecurring")).toBool();
    const bool rb = b.value(QStringLiteral("isRecurring")).toBool();
    if (!ra && !rb)
        return str(a, "specificDate") == str(b, "specificDate");
    return str(a, "dayOfWeek") == str(b, "dayOfWeek");
}

// Two windows of one tutor may not overlap on a day (wall-clock times compared) -> 409.
void checkNoOverlap(const Repository &repo, const QVariantMap &w, const QString &exceptId = {})
{
    const QList<QVariantMap> others
        = repo.select(availabilitySchema(), QStringLiteral("tutorProfileId = ? AND isActive = 1 AND id IS NOT ?"),
                      {w.value(QStringLiteral("tutorProfileId")), exceptId});
    const QTime s = parseHhMm(str(w, "startTime"));
    const QTime e = parseHhMm(str(w, "endTime"));
    for (const QVariantMap &o : others) {
        if (!sameDays(w, o))
            continue;
        if (s < parseHhMm(str(o, "endTime")) && parseHhMm(str(o, "startTime")) < e)
            throw HttpError(409, QStringLiteral("errMsg_AvailabilityOverlap"),
                            QStringLiteral("This window overlaps the %1 window %2-%3.")
                                .arg(str(o, "dayOfWeek"), str(o, "startTime"), str(o, "endTime")));
    }
}

// Default zone of a new window: the zone of the tutor's latest window, else UTC.
QString defaultZone(const Repository &repo, const QString &tutorProfileId)
{
    const QList<QVariantMap> rows
        = repo.select(availabilitySchema(), QStringLiteral("tutorProfileId = ? AND isActive = 1"), {tutorProfileId},
                      QStringLiteral("createdAt DESC, id DESC"), 1);
    return rows.isEmpty() ? QStringLiteral("UTC") : str(rows.first(), "timeZone");
}

Response createWindow(const Context &ctx, Request &req)
{
    QVariantMap in = availabilitySchema().readInput(
        req.json(), QStringList {QStringLiteral("tutorProfileId")} + kWindowFields,
        {QStringLiteral("tutorProfileId"), QStringLiteral("startTime"), QStringLiteral("endTime"),
         QStringLiteral("isRecurring"), QStringLiteral("teachingMode")});
    requireProfileEditor(*ctx.repo, req.caller(), str(in, "tutorProfileId"));
    if (str(in, "timeZone").isEmpty())
        in.insert(QStringLiteral("timeZone"), defaultZone(*ctx.repo, str(in, "tutorProfileId")));
    normalizeWindow(in);
    checkNoOverlap(*ctx.repo, in);
    const QVariantMap row = ctx.repo->insert(availabilitySchema(), in, req.caller().userId);
    return envelope::ok(req, kAvailability, QStringLiteral("create"), availabilitySchema().toJson(row), 201);
}

Response updateWindow(const Context &ctx, Request &req)
{
    const QVariantMap row = loadOwnWindow(*ctx.repo, req);
    const QVariantMap in
        = availabilitySchema().readInput(req.json(), kWindowFields); // tutorProfileId is not changeable
    for (const char *k : {"isRecurring", "timeZone", "teachingMode", "startTime", "endTime"})
        if (in.contains(QLatin1String(k)) && in.value(QLatin1String(k)).isNull())
            throw HttpError::missing(QLatin1String(k));
    QVariantMap merged = row;
    for (auto it = in.cbegin(); it != in.cend(); ++it)
        merged.insert(it.key(), it.value());
    if (in.contains(QStringLiteral("specificDate")) && !in.contains(QStringLiteral("dayOfWeek"))
        && !merged.value(QStringLiteral("isRecurring")).toBool())
        merged.insert(QStringLiteral("dayOfWeek"), QVariant());
    normalizeWindow(merged);
    checkNoOverlap(*ctx.repo, merged, str(row, "id"));
    QVariantMap changes;
    for (const QString &k : kWindowFields)
        changes.insert(k, merged.value(k));
    const QVariantMap out = ctx.repo->update(availabilitySchema(), str(row, "id"), changes);
    return envelope::ok(req, kAvailability, QStringLiteral("update"), availabilitySchema().toJson(out));
}

// G26: every signed-in user reads the windows of an approved tutor (students choose lesson times);
// a tutor whose profile is not public is visible to themself and admins only.
Response listWindows(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    const QString profileId = req.param(QStringLiteral("tutorProfileId"));
    const auto p = ctx.repo->get(tutorProfileSchema(), profileId);
    const bool own = p && p->value(QStringLiteral("tutorId")).toString() == me.userId;
    if (!p
        || (!me.isAdmin() && !own
            && (!p->value(QStringLiteral("isActive")).toBool()
                || str(*p, "profileStatus") != QLatin1String("approved"))))
        throw HttpError::notFound(tutorProfileSchema().name);
    ListQuery q = ListQuery::parse(req, availabilitySchema(),
                                   {QStringLiteral("teachingMode"), QStringLiteral("dayOfWeek"),
                                    QStringLiteral("isRecurring"), QStringLiteral("specificDate")});
    if (!req.hasQuery(QStringLiteral("sortBy")))
        q.sortBy = QStringLiteral("startTime");
    const ListResult res = ctx.repo->list(availabilitySchema(), q, QStringLiteral("tutorProfileId = ?"), {profileId});
    QJsonArray rows;
    for (const QVariantMap &row : res.rows)
        rows.append(availabilitySchema().toJson(row));
    return envelope::list(req, availabilitySchema().plural, rows, q.paging(res.total));
}

// POST /v1/generatelessonslots {coursePackId, from, to, durationMinutes?, sessionMode?}: free slots
// for every lesson that fits the tutor's windows between the dates (inclusive, each window's zone),
// stored in UTC. Past times, times the tutor already has a slot at and the tutor's busy times (U5) are skipped
// (counted).
Response generateSlots(const Context &ctx, Request &req)
{
    const QJsonObject body = req.json();
    const QVariantMap in = lessonSlotSchema().readInput(
        body, {QStringLiteral("coursePackId"), QStringLiteral("durationMinutes"), QStringLiteral("sessionMode")},
        {QStringLiteral("coursePackId")});
    QDate range[2];
    const char *names[2] = {"from", "to"};
    for (int i = 0; i < 2; ++i) {
        const QString name = QLatin1String(names[i]);
        const QJsonValue v = body.value(name);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
            throw HttpError::missing(name);
        range[i] = v.isString() ? parseYmd(v.toString()) : QDate();
        if (!range[i].isValid())
            throw HttpError::invalid(name, QStringLiteral("'%1' must be YYYY-MM-DD.").arg(name));
    }
    if (range[1] < range[0] || range[0].daysTo(range[1]) >= kMaxGenerationDays)
        throw HttpError::invalid(
            QStringLiteral("to"),
            QStringLiteral("'to' must be on or after 'from' and at most %1 days later.").arg(kMaxGenerationDays - 1));
    int duration = kDefaultDurationMinutes;
    if (!in.value(QStringLiteral("durationMinutes")).isNull()) {
        const qint64 d = in.value(QStringLiteral("durationMinutes")).toLongLong();
        if (d < kMinDurationMinutes || d > kMaxDurationMinutes)
            throw HttpError::invalid(QStringLiteral("durationMinutes"),
                                     QStringLiteral("'durationMinutes' must be between %1 and %2.")
                                         .arg(kMinDurationMinutes)
                                         .arg(kMaxDurationMinutes));
        duration = int(d);
    }
    const QVariantMap pack = catalog::loadWritablePack(*ctx.repo, req, str(in, "coursePackId"));
    if (str(pack, "moderationStatus") == QLatin1String("removed"))
        throw HttpError(409, QStringLiteral("errMsg_CoursePackRemoved"),
                        QStringLiteral("The pack was removed by moderation."));
    const QList<QVariantMap> windows
        = ctx.repo->select(availabilitySchema(), QStringLiteral("tutorProfileId = ? AND isActive = 1"),
                           {pack.value(QStringLiteral("tutorProfileId"))});
    const QList<GeneratedStart> starts = lessonStarts(windows, range[0], range[1], duration);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray created;
    int skipped = 0;
    inTransaction(*ctx.repo, [&] {
        for (const GeneratedStart &g : starts) {
            const QDateTime end = g.startUtc.addSecs(qint64(duration) * 60);
            if (g.startUtc <= now || tutorSlotOverlaps(*ctx.repo, str(pack, "tutorProfileId"), g.startUtc, end)
                || tutorBusyOverlaps(*ctx.repo, str(pack, "tutorProfileId"), g.startUtc, end)) {
                ++skipped;
                continue;
            }
            QString mode = str(in, "sessionMode");
            if (mode.isEmpty())
                mode = g.teachingMode == QLatin1String("faceToFace") ? QStringLiteral("faceToFace")
                                                                     : QStringLiteral("online");
            const QVariantMap row = ctx.repo->insert(lessonSlotSchema(), slotValues(pack, g.startUtc, duration, mode),
                                                     req.caller().userId);
            created.append(lessonSlotSchema().toJson(row));
        }
    });
    return envelope::ok(
        req, lessonSlotSchema().plural, QStringLiteral("create"), created, 201,
        {{QStringLiteral("createdCount"), int(created.size())}, {QStringLiteral("skippedCount"), skipped}});
}

} // namespace

namespace {

Response deleteAvailability(const Context &ctx, Request &req)
{
    const QVariantMap row = loadOwnWindow(*ctx.repo, req);
    const QVariantMap out = ctx.repo->softDelete(availabilitySchema(), str(row, "id"));
    return envelope::ok(req, kAvailability, QStringLiteral("delete"), availabilitySchema().toJson(out));
}

Response getAvailability(const Context &ctx, Request &req)
{
    return envelope::ok(req, kAvailability, QStringLiteral("get"),
                        availabilitySchema().toJson(loadOwnWindow(*ctx.repo, req)));
}

} // namespace

QList<Route> availabilityRoutes(Context ctx)
{
    return {
        route(R::createAvailability, ctx, createWindow),       route(R::updateAvailability, ctx, updateWindow),
        route(R::deleteAvailability, ctx, deleteAvailability), route(R::getAvailability, ctx, getAvailability),
        route(R::listAvailabilities, ctx, listWindows),        route(R::generateLessonSlots, ctx, generateSlots),
    };
}

} // namespace tutorhub::server
