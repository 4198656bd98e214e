// lessonSlot routes (API.md §3.2; rules 22, 24-26 of §4.3; G25, G27-G29).
#include "scheduling/scheduling.h"

#include "catalog/catalog.h"
#include "core/apierror.h"
#include "core/util.h"
#include "http/envelope.h"
#include "notification/notify.h"
#include "core/handler.h"

namespace tutorhub::server {

namespace {

using namespace scheduling;

const QString kSlot = QStringLiteral("lessonSlot");

bool ownsSlot(const Repository &repo, const AuthContext &me, const QVariantMap &slot)
{
    return catalog::ownsTutorProfile(repo, me.userId, str(slot, "tutorProfileId"));
}

// Readable: admin, the pack's tutor, the booked student, or anyone signed in for a free slot of a
// public pack (students choose among them). Others get 404 so that bookings do not leak.
QVariantMap loadReadableSlot(const Repository &repo, const Request &req, const QString &id)
{
    const auto row = repo.get(lessonSlotSchema(), id);
    if (!row)
        throw HttpError::notFound(kSlot);
    const AuthContext &me = req.caller();
    if (me.isAdmin())
        return *row;
    if (!row->value(QStringLiteral("isActive")).toBool()) // deleted slots: admins only
        throw HttpError::notFound(kSlot);
    if (ownsSlot(repo, me, *row) || str(*row, "studentId") == me.userId)
        return *row;
    if (str(*row, "status") == QLatin1String("free") && row->value(QStringLiteral("isActive")).toBool()) {
        const auto pack = repo.get(coursePackSchema(), str(*row, "coursePackId"));
        if (pack && catalog::isPackPublic(repo, *pack))
            return *row;
    }
    throw HttpError::notFound(kSlot);
}

int durationOf(const QVariantMap &in)
{
    const QVariant d = in.value(QStringLiteral("durationMinutes"));
    if (d.isNull())
        return kDefaultDurationMinutes;
    if (d.toLongLong() < kMinDurationMinutes || d.toLongLong() > kMaxDurationMinutes)
        throw HttpError::invalid(QStringLiteral("durationMinutes"),
                                 QStringLiteral("'durationMinutes' must be between %1 and %2.")
                                     .arg(kMinDurationMinutes)
                                     .arg(kMaxDurationMinutes));
    return int(d.toLongLong());
}

void checkUrl(const QVariantMap &in, const QString &name)
{
    const QString v = in.value(name).toString();
    if (v.isEmpty())
        return;
    const QUrl u(v, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http"))
        || u.host().isEmpty())
        throw HttpError::invalid(name, QStringLiteral("'%1' must be an http(s) URL.").arg(name));
}

void requireSchedulablePack(const QVariantMap &pack)
{
    if (str(pack, "moderationStatus") == QLatin1String("removed"))
        throw HttpError(409, QStringLiteral("errMsg_CoursePackRemoved"),
                        QStringLiteral("The pack was removed by moderation."));
}

// G25: the pack's tutor (or an admin) creates free slots one by one; scheduledDate/scheduledTime are
// UTC (decision 6); the lesson lasts durationMinutes (G27, default 60).
Response createSlot(const Context &ctx, Request &req)
{
    const QStringList fields {
        QStringLiteral("coursePackId"), QStringLiteral("scheduledDate"), QStringLiteral("scheduledTime"),
        QStringLiteral("status"),       QStringLiteral("locationType"),  QStringLiteral("locationDetails"),
        QStringLiteral("sessionMode"),  QStringLiteral("meetLink"),      QStringLiteral("durationMinutes")};
    QVariantMap in = lessonSlotSchema().readInput(
        req.json(), fields,
        {QStringLiteral("coursePackId"), QStringLiteral("scheduledDate"), QStringLiteral("scheduledTime")});
    const QDate date = parseYmd(in.value(QStringLiteral("scheduledDate")).toString());
    if (!date.isValid())
        throw HttpError::invalid(QStringLiteral("scheduledDate"),
                                 QStringLiteral("'scheduledDate' must be YYYY-MM-DD."));
    const QTime time = parseHhMm(in.value(QStringLiteral("scheduledTime")).toString());
    if (!time.isValid())
        throw HttpError::invalid(QStringLiteral("scheduledTime"),
                                 QStringLiteral("'scheduledTime' must be HH:mm (24 h)."));
    if (in.contains(QStringLiteral("status")) && !in.value(QStringLiteral("status")).isNull()
        && in.value(QStringLiteral("status")).toString() != QLatin1String("free"))
        throw HttpError::invalid(QStringLiteral("status"),
                                 QStringLiteral("New slots are free; they are booked by an enrollment."));
    checkUrl(in, QStringLiteral("meetLink"));
    const int duration = durationOf(in);
    const QVariantMap pack
        = catalog::loadWritablePack(*ctx.repo, req, in.value(QStringLiteral("coursePackId")).toString());
    requireSchedulablePack(pack);
    const QDateTime start(date, time, QTimeZone::utc());
    if (start <= QDateTime::currentDateTimeUtc())
        throw HttpError(400, QStringLiteral("errMsg_SlotInPast"),
                        QStringLiteral("A lesson slot must start in the future."));
    const QDateTime end = start.addSecs(qint64(duration) * 60);
    QString mode = in.value(QStringLiteral("sessionMode")).toString();
    if (mode.isEmpty())
        mode = QStringLiteral("online");
    QVariantMap values = slotValues(pack, start, duration, mode);
    for (const char *k : {"locationType", "locationDetails", "meetLink"})
        if (!in.value(QLatin1String(k)).isNull())
            values.insert(QLatin1String(k), in.value(QLatin1String(k)));
    if (mode == QLatin1String("faceToFace"))
        values.remove(QStringLiteral("meetLink"));
    return inTransaction(*ctx.repo, [&] {
        if (tutorSlotOverlaps(*ctx.repo, str(pack, "tutorProfileId"), start, end))
            throw HttpError(409, QStringLiteral("errMsg_SlotOverlap"),
                            QStringLiteral("The tutor already has a lesson slot at this time."));
        const QVariantMap row = ctx.repo->insert(lessonSlotSchema(), values, req.caller().userId);
        return envelope::ok(req, kSlot, QStringLiteral("create"), lessonSlotSchema().toJson(row), 201);
    });
}

// Rule 24: allowed status changes. Admin-only ones undo or force a booking.
bool transitionAllowed(const QString &from, const QString &to, bool admin)
{
    if (from == to)
        return true;
    static const QList<QPair<QString, QString>> tutor {{QStringLiteral("free"), QStringLiteral("canceled")},
                                                       {QStringLiteral("booked"), QStringLiteral("completed")},
                                                       {QStringLiteral("booked"), QStringLiteral("canceled")},
                                                       {QStringLiteral("canceled"), QStringLiteral("free")}};
    static const QList<QPair<QString, QString>> adminOnly {{QStringLiteral("booked"), QStringLiteral("free")},
                                                           {QStringLiteral("free"), QStringLiteral("booked")}};
    return tutor.contains({from, to}) || (admin && adminOnly.contains({from, to}));
}

// Rule 25: the tutor edits any slot of their packs, the booked student only the location of their
// booked slot, admins everything.
Response updateSlot(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    const QVariantMap slot = loadReadableSlot(*ctx.repo, req, req.param(QStringLiteral("lessonSlotId")));
    const QString id = str(slot, "id");
    if (!slot.value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(kSlot);
    const QStringList all {QStringLiteral("studentId"),    QStringLiteral("status"),
                           QStringLiteral("locationType"), QStringLiteral("locationDetails"),
                           QStringLiteral("sessionMode"),  QStringLiteral("meetLink"),
                           QStringLiteral("cancelReason")};
    const QJsonObject body = req.json();
    QVariantMap in = lessonSlotSchema().readInput(body, all);
    const bool admin = me.isAdmin();
    const bool tutor = ownsSlot(*ctx.repo, me, slot);
    if (!admin && !tutor) {
        const bool student = str(slot, "studentId") == me.userId && str(slot, "status") == QLatin1String("booked");
        const QStringList studentFields {QStringLiteral("locationType"), QStringLiteral("locationDetails")};
        for (auto it = in.cbegin(); it != in.cend(); ++it)
            if (!studentFields.contains(it.key()) || !student)
                throw HttpError::forbidden(
                    QStringLiteral("A student may only change the location of their own booked lesson."));
    }
    if (in.contains(QStringLiteral("studentId")) && !admin)
        throw HttpError::forbidden(QStringLiteral("Bookings are made through an enrollment."));
    for (const char *k : {"status", "sessionMode"})
        if (in.contains(QLatin1String(k)) && in.value(QLatin1String(k)).isNull())
            throw HttpError::missing(QLatin1String(k));
    checkUrl(in, QStringLiteral("meetLink"));
    const QString from = str(slot, "status");
    const QString to = in.value(QStringLiteral("status"), from).toString();
    if (!transitionAllowed(from, to, admin))
        throw HttpError(409, QStringLiteral("errMsg_InvalidStatusTransition"),
                        QStringLiteral("A lesson slot cannot go from '%1' to '%2'.").arg(from, to));
    if (from != to && to == QLatin1String("free")) {
        if (parseIso(str(slot, "startsAt")) <= QDateTime::currentDateTimeUtc())
            throw HttpError(400, QStringLiteral("errMsg_SlotInPast"),
                            QStringLiteral("A past lesson slot cannot be freed."));
        const QVariantMap freed = freedSlotChanges(slot); // SEC41
        for (auto it = freed.cbegin(); it != freed.cend(); ++it)
            in.insert(it.key(), it.value());
    }
    // SEC43: a lesson is completed once it has started, not before (it would end the student's refund window).
    if (from != to && to == QLatin1String("completed")
        && parseIso(str(slot, "startsAt")) > QDateTime::currentDateTimeUtc())
        throw HttpError(400, QStringLiteral("errMsg_LessonNotStarted"),
                        QStringLiteral("A lesson can be marked completed only once it has started."));
    // T6: a reason goes with a cancellation only.
    if (in.contains(QStringLiteral("cancelReason")) && !in.value(QStringLiteral("cancelReason")).isNull()
        && to != QLatin1String("canceled"))
        throw HttpError::invalid(QStringLiteral("cancelReason"),
                                 QStringLiteral("'cancelReason' is given only when a lesson is canceled."));
    if (from != to && to == QLatin1String("booked")
        && in.value(QStringLiteral("studentId"), slot.value(QStringLiteral("studentId"))).isNull())
        throw HttpError::missing(QStringLiteral("studentId"));
    // Rule 26: online lessons carry a Meet link, face-to-face ones none.
    const QString mode = in.value(QStringLiteral("sessionMode"), slot.value(QStringLiteral("sessionMode"))).toString();
    if (mode == QLatin1String("faceToFace"))
        in.insert(QStringLiteral("meetLink"), QVariant());
    else if (in.value(QStringLiteral("meetLink"), slot.value(QStringLiteral("meetLink"))).toString().isEmpty()
             && in.value(QStringLiteral("status"), from).toString() == QLatin1String("booked"))
        in.insert(QStringLiteral("meetLink"), newMeetLink());
    return inTransaction(*ctx.repo, [&] {
        if (from != to && to != QLatin1String("canceled")
            && tutorSlotOverlaps(*ctx.repo, str(slot, "tutorProfileId"), parseIso(str(slot, "startsAt")),
                                 parseIso(str(slot, "endsAt")), id))
            throw HttpError(409, QStringLiteral("errMsg_SlotOverlap"),
                            QStringLiteral("The tutor already has a lesson slot at this time."));
        const QVariantMap row = ctx.repo->update(lessonSlotSchema(), id, in);
        if (from != to)
            notifySlotObservers(*ctx.repo, slot, row);
        // T6: the booked student learns of a cancellation and its reason.
        if (from == QLatin1String("booked") && to == QLatin1String("canceled") && !str(slot, "studentId").isEmpty()) {
            const auto pack = ctx.repo->get(coursePackSchema(), str(slot, "coursePackId"));
            QString body = QStringLiteral("Your lesson of \"%1\" on %2 at %3 UTC was canceled.")
                               .arg(pack ? str(*pack, "title") : QString(), str(slot, "scheduledDate"),
                                    str(slot, "scheduledTime"));
            if (!str(row, "cancelReason").isEmpty())
                body += QStringLiteral(" Reason: ") + str(row, "cancelReason");
            notifyUser(
                *ctx.repo, str(slot, "studentId"), QStringLiteral("lessonCanceled"), QStringLiteral("Lesson canceled"),
                body,
                {{QStringLiteral("lessonSlotId"), id}, {QStringLiteral("coursePackId"), str(slot, "coursePackId")}});
        }
        return envelope::ok(req, kSlot, QStringLiteral("update"), lessonSlotSchema().toJson(row));
    });
}

// G28: a tutor deletes free or canceled slots of their packs; booked and completed ones belong to an
// enrollment (409). Admins delete any; students never.
Response deleteSlot(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    const QVariantMap slot = loadReadableSlot(*ctx.repo, req, req.param(QStringLiteral("lessonSlotId")));
    if (!slot.value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(kSlot);
    if (!me.isAdmin()) {
        if (!ownsSlot(*ctx.repo, me, slot))
            throw HttpError::forbidden(
                QStringLiteral("Only the pack's tutor or an administrator may delete a lesson slot."));
        const QString status = str(slot, "status");
        if (status == QLatin1String("booked") || status == QLatin1String("completed"))
            throw HttpError(
                409,
                status == QLatin1String("booked") ? QStringLiteral("errMsg_SlotBooked")
                                                  : QStringLiteral("errMsg_SlotCompleted"),
                QStringLiteral("This lesson belongs to an enrollment and cannot be deleted; cancel it instead."));
    }
    const QVariantMap row = ctx.repo->softDelete(lessonSlotSchema(), str(slot, "id"));
    return envelope::ok(req, kSlot, QStringLiteral("delete"), lessonSlotSchema().toJson(row));
}

Response getSlot(const Context &ctx, Request &req)
{
    const QVariantMap slot = loadReadableSlot(*ctx.repo, req, req.param(QStringLiteral("lessonSlotId")));
    return envelope::ok(req, kSlot, QStringLiteral("get"), lessonSlotSchema().toJson(slot));
}

QString isoQuery(const Request &req, const QString &name)
{
    const QString v = req.queryValue(name);
    if (v.isNull())
        return {};
    const QDate day = parseYmd(v);
    const QDateTime d = day.isValid() ? QDateTime(day, QTime(0, 0), QTimeZone::utc()) : parseIso(v);
    if (!d.isValid())
        throw HttpError::invalid(name, QStringLiteral("'%1' must be an ISO-8601 date or time.").arg(name));
    return isoTime(d);
}

// G29: filters coursePackId, tutorProfileId, studentId, status, scheduledDate, sessionMode,
// locationType, and from/to on startsAt (from inclusive, to exclusive). Rows are scoped by the caller.
Response listSlots(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    ListQuery q = ListQuery::parse(req, lessonSlotSchema());
    if (!req.hasQuery(QStringLiteral("sortBy")))
        q.sortBy = QStringLiteral("startsAt");
    QStringList where;
    QVariantList binds;
    if (!me.isAdmin()) {
        QString scope
            = QStringLiteral(
                  "studentId = ? OR (status = 'free' AND coursePackId IN (SELECT id FROM coursePacks WHERE %1))")
                  .arg(catalog::publicPackSql());
        binds << me.userId;
        if (const auto own = catalog::tutorProfileOfUser(*ctx.repo, me.userId)) {
            scope += QStringLiteral(" OR tutorProfileId = ?");
            binds << own->value(QStringLiteral("id"));
        }
        where << QLatin1Char('(') + scope + QLatin1Char(')');
    }
    const QString from = isoQuery(req, QStringLiteral("from"));
    const QString to = isoQuery(req, QStringLiteral("to"));
    if (!from.isEmpty()) {
        where << QStringLiteral("startsAt >= ?");
        binds << from;
    }
    if (!to.isEmpty()) {
        where << QStringLiteral("startsAt < ?");
        binds << to;
    }
    const ListResult res = ctx.repo->list(lessonSlotSchema(), q, where.join(QStringLiteral(" AND ")), binds);
    QJsonArray rows;
    for (const QVariantMap &row : res.rows)
        rows.append(lessonSlotSchema().toJson(row));
    return envelope::list(req, lessonSlotSchema().plural, rows, q.paging(res.total));
}

} // namespace

QList<Route> lessonSlotRoutes(Context ctx)
{
    return {
        route(R::createLessonSlot, ctx, createSlot), route(R::updateLessonSlot, ctx, updateSlot),
        route(R::deleteLessonSlot, ctx, deleteSlot), route(R::getLessonSlot, ctx, getSlot),
        route(R::listLessonSlots, ctx, listSlots),
    };
}

} // namespace tutorhub::server
