// preliminaryMeeting routes (API.md §3.2; rule 27 of §4.3, rule 74 of §4.10; G30, G42).
#include "scheduling/scheduling.h"

#include "auth/authroutes.h"
#include "catalog/catalog.h"
#include "catalog/tutorprofile.h"
#include "core/apierror.h"
#include "core/util.h"
#include "http/envelope.h"
#include "notification/notify.h"

namespace tutorhub::server {

namespace {

const QString kMeeting = QStringLiteral("preliminaryMeeting");

QJsonObject briefUser(const Repository &repo, const QString &id)
{
    QSqlQuery q = repo.exec(QStringLiteral("SELECT id, fullname, avatar, roleId FROM users WHERE id = ?"), {id});
    if (!q.next())
        return {};
    return {{QStringLiteral("id"), q.value(0).toString()},
            {QStringLiteral("fullname"), q.value(1).toString()},
            {QStringLiteral("roleId"), q.value(3).toString()}};
}

QJsonObject packBrief(const QVariantMap &pack)
{
    return {{QStringLiteral("id"), str(pack, "id")},
            {QStringLiteral("title"), str(pack, "title")},
            {QStringLiteral("tutorProfileId"), str(pack, "tutorProfileId")},
            {QStringLiteral("preliminaryMeetingRequired"), pack.value(QStringLiteral("preliminaryMeetingRequired")).toBool()}};
}

QString tutorUserOf(const Repository &repo, const QVariantMap &pack)
{
    const auto p = repo.get(tutorProfileSchema(), str(pack, "tutorProfileId"));
    return p ? p->value(QStringLiteral("tutorId")).toString() : QString();
}

bool isTutorOf(const Repository &repo, const AuthContext &me, const QVariantMap &pack)
{
    return catalog::ownsPack(repo, me.userId, pack);
}

// The meeting for its student, the pack's tutor or an admin (403 for others).
QVariantMap loadMeeting(const Repository &repo, const Request &req, QVariantMap *pack)
{
    const auto row = repo.get(preliminaryMeetingSchema(), req.param(QStringLiteral("preliminaryMeetingId")));
    if (!row || !row->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(kMeeting);
    *pack = catalog::loadPack(repo, str(*row, "coursePackId"));
    const AuthContext &me = req.caller();
    if (!me.isAdmin() && str(*row, "studentId") != me.userId && !isTutorOf(repo, me, *pack))
        throw HttpError::forbidden(QStringLiteral("A screening meeting is visible to its student, the pack's tutor and administrators."));
    return *row;
}

void checkUrl(const QVariantMap &in, const QString &name)
{
    if (!in.contains(name) || in.value(name).isNull())
        return;
    const QUrl u(in.value(name).toString(), QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")) || u.host().isEmpty())
        throw HttpError::invalid(name, QStringLiteral("'%1' must be an http(s) URL.").arg(name));
}

void checkFuture(const QVariantMap &in)
{
    const QVariant v = in.value(QStringLiteral("scheduledDatetime"));
    if (!v.isNull() && parseIso(v.toString()) <= QDateTime::currentDateTimeUtc())
        throw HttpError::invalid(QStringLiteral("scheduledDatetime"), QStringLiteral("'scheduledDatetime' must be in the future."));
}

// G30/G42: the student is the caller (an admin may name one); tutorDecision starts pending whatever
// the body says; only packs with preliminaryMeetingRequired; one open (pending/approved) request per
// student and pack (409).
Response createMeeting(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    QVariantMap in = preliminaryMeetingSchema().readInput(
        req.json(),
        {QStringLiteral("coursePackId"), QStringLiteral("studentId"), QStringLiteral("scheduledDatetime"), QStringLiteral("tutorDecision"),
         QStringLiteral("comments"), QStringLiteral("meetingLink")},
        {QStringLiteral("coursePackId")});
    QString studentId = str(in, "studentId");
    if (studentId.isEmpty() && me.isAdmin())
        throw HttpError::missing(QStringLiteral("studentId")); // an admin requests on a student's behalf
    if (studentId.isEmpty())
        studentId = me.userId;
    if (studentId != me.userId && !me.isAdmin())
        throw HttpError::forbidden(QStringLiteral("Students request screening meetings for themselves only."));
    const QVariantMap student = loadUser(*ctx.repo, studentId);
    const QVariantMap pack = catalog::loadReadablePack(*ctx.repo, req, str(in, "coursePackId"));
    if (!pack.value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(coursePackSchema().name);
    if (!pack.value(QStringLiteral("preliminaryMeetingRequired")).toBool())
        throw HttpError(400, QStringLiteral("errMsg_ScreeningNotRequired"), QStringLiteral("This course pack needs no screening meeting."));
    const QString tutorUser = tutorUserOf(*ctx.repo, pack);
    if (tutorUser == studentId)
        throw HttpError::forbidden(QStringLiteral("Tutors do not screen themselves."));
    checkUrl(in, QStringLiteral("meetingLink"));
    checkFuture(in);
    if (ctx.repo->count(preliminaryMeetingSchema(),
                        QStringLiteral("isActive = 1 AND coursePackId = ? AND studentId = ? AND tutorDecision IN ('pending', 'approved')"),
                        {str(pack, "id"), studentId}) > 0)
        throw HttpError(409, QStringLiteral("errMsg_ScreeningAlreadyRequested"),
                        QStringLiteral("A screening meeting for this pack is already pending or approved."));
    in.insert(QStringLiteral("studentId"), studentId);
    in.insert(QStringLiteral("tutorDecision"), QStringLiteral("pending"));
    if (!me.isAdmin())
        in.remove(QStringLiteral("meetingLink"));
    QSqlDatabase db = ctx.repo->db();
    db.transaction();
    try {
        const QVariantMap row = ctx.repo->insert(preliminaryMeetingSchema(), in, me.userId);
        notifyUser(*ctx.repo, tutorUser, QStringLiteral("screeningRequested"), QStringLiteral("New screening request"),
                   QStringLiteral("%1 asks for a screening meeting for \"%2\".").arg(str(student, "fullname"), str(pack, "title")),
                   {{QStringLiteral("preliminaryMeetingId"), str(row, "id")}, {QStringLiteral("coursePackId"), str(pack, "id")}});
        db.commit();
        const auto profile = ctx.repo->get(tutorProfileSchema(), str(pack, "tutorProfileId"));
        return envelope::ok(req, kMeeting, QStringLiteral("create"), preliminaryMeetingSchema().toJson(row), 201,
                            {{QStringLiteral("coursePack"), packBrief(pack)},
                             {QStringLiteral("tutorProfile"), catalog::tutorProfileJoin(*ctx.repo, str(pack, "tutorProfileId"))},
                             {QStringLiteral("tutorUser"), profile ? briefUser(*ctx.repo, tutorUser) : QJsonObject()},
                             {QStringLiteral("student"), briefUser(*ctx.repo, studentId)}});
    } catch (...) {
        db.rollback();
        throw;
    }
}

// Rule 27: the tutor (or an admin) approves with a date and a meeting link, or rejects; decisions are
// final (409). The student may only propose the initial date while the request is pending.
Response updateMeeting(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    QVariantMap pack;
    const QVariantMap row = loadMeeting(*ctx.repo, req, &pack);
    QVariantMap in = preliminaryMeetingSchema().readInput(
        req.json(),
        {QStringLiteral("scheduledDatetime"), QStringLiteral("tutorDecision"), QStringLiteral("comments"), QStringLiteral("meetingLink")});
    const bool decider = me.isAdmin() || isTutorOf(*ctx.repo, me, pack);
    const QString from = str(row, "tutorDecision");
    if (!decider) {
        const bool onlyDate = in.size() == 1 && in.contains(QStringLiteral("scheduledDatetime"));
        if (!onlyDate || from != QLatin1String("pending") || !row.value(QStringLiteral("scheduledDatetime")).isNull())
            throw HttpError::forbidden(QStringLiteral("A student may only propose the first date of a pending screening meeting."));
    }
    if (in.contains(QStringLiteral("tutorDecision")) && in.value(QStringLiteral("tutorDecision")).isNull())
        throw HttpError::missing(QStringLiteral("tutorDecision"));
    checkUrl(in, QStringLiteral("meetingLink"));
    checkFuture(in);
    const QString to = in.value(QStringLiteral("tutorDecision"), from).toString();
    if (from != to && from != QLatin1String("pending"))
        throw HttpError(409, QStringLiteral("errMsg_ScreeningAlreadyDecided"),
                        QStringLiteral("This screening meeting was already %1.").arg(from));
    if (from != to && to == QLatin1String("approved")) {
        for (const char *k : {"scheduledDatetime", "meetingLink"})
            if (in.value(QLatin1String(k), row.value(QLatin1String(k))).isNull())
                throw HttpError::missing(QLatin1String(k));
    }
    QSqlDatabase db = ctx.repo->db();
    db.transaction();
    try {
        const QVariantMap out = ctx.repo->update(preliminaryMeetingSchema(), str(row, "id"), in);
        if (from != to) {
            const bool ok = to == QLatin1String("approved");
            QString body = ok ? QStringLiteral("Your screening meeting for \"%1\" is approved: %2, %3.")
                                    .arg(str(pack, "title"), str(out, "scheduledDatetime"), str(out, "meetingLink"))
                              : QStringLiteral("Your screening request for \"%1\" was declined.").arg(str(pack, "title"));
            if (!str(out, "comments").isEmpty())
                body += QStringLiteral(" Tutor's note: ") + str(out, "comments");
            notifyUser(*ctx.repo, str(row, "studentId"), QStringLiteral("screeningDecided"),
                       ok ? QStringLiteral("Screening meeting approved") : QStringLiteral("Screening request declined"), body,
                       {{QStringLiteral("preliminaryMeetingId"), str(row, "id")}, {QStringLiteral("coursePackId"), str(pack, "id")},
                        {QStringLiteral("tutorDecision"), to}});
        }
        db.commit();
        return envelope::ok(req, kMeeting, QStringLiteral("update"), preliminaryMeetingSchema().toJson(out), 200,
                            {{QStringLiteral("student"), briefUser(*ctx.repo, str(row, "studentId"))},
                             {QStringLiteral("coursePack"), packBrief(pack)}});
    } catch (...) {
        db.rollback();
        throw;
    }
}

// Scoped by role: admin all, tutor the meetings of their packs, student their own. Filters:
// coursePackId, studentId, tutorDecision.
Response listMeetings(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    ListQuery q = ListQuery::parse(req, preliminaryMeetingSchema());
    QString where;
    QVariantList binds;
    if (!me.isAdmin()) {
        where = QStringLiteral("(studentId = ? OR coursePackId IN (SELECT id FROM coursePacks WHERE tutorProfileId IN "
                               "(SELECT id FROM tutorProfiles WHERE tutorId = ?)))");
        binds << me.userId << me.userId;
    }
    const ListResult res = ctx.repo->list(preliminaryMeetingSchema(), q, where, binds);
    QJsonArray rows;
    for (const QVariantMap &row : res.rows)
        rows.append(preliminaryMeetingSchema().toJson(row));
    return envelope::list(req, preliminaryMeetingSchema().plural, rows, q.paging(res.total));
}

} // namespace

QList<Route> preliminaryMeetingRoutes(Context ctx)
{
    return {
        {R::createPreliminaryMeeting, [ctx](Request &req) { return createMeeting(ctx, req); }},
        {R::updatePreliminaryMeeting, [ctx](Request &req) { return updateMeeting(ctx, req); }},
        {R::getPreliminaryMeeting, [ctx](Request &req) {
             QVariantMap pack;
             const QVariantMap row = loadMeeting(*ctx.repo, req, &pack);
             return envelope::ok(req, kMeeting, QStringLiteral("get"), preliminaryMeetingSchema().toJson(row));
         }},
        {R::listPreliminaryMeetings, [ctx](Request &req) { return listMeetings(ctx, req); }},
    };
}

} // namespace tutorhub::server
