// preliminaryMeeting routes (API.md §3.2; rule 27 of §4.3, rule 74 of §4.10; G30, G42).
#include "scheduling/scheduling.h"

#include "auth/authroutes.h"
#include "catalog/catalog.h"
#include "catalog/tutorprofile.h"
#include "core/apierror.h"
#include "core/util.h"
#include "http/envelope.h"
#include "notification/notify.h"
#include "core/handler.h"

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
            {QStringLiteral("preliminaryMeetingRequired"),
             pack.value(QStringLiteral("preliminaryMeetingRequired")).toBool()}};
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
        throw HttpError::forbidden(
            QStringLiteral("A screening meeting is visible to its student, the pack's tutor and administrators."));
    return *row;
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

void checkFuture(const QVariantMap &in)
{
    const QVariant v = in.value(QStringLiteral("scheduledDatetime"));
    if (!v.isNull() && parseIso(v.toString()) <= QDateTime::currentDateTimeUtc())
        throw HttpError::invalid(QStringLiteral("scheduledDatetime"),
                                 QStringLiteral("'scheduledDatetime' must be in the future."));
}

// G30/G42: the student is the caller (an admin may name one); tutorDecision starts pending whatever
// the body says; only packs with preliminaryMeetingRequired; one open (pending/approved) request per
// student and pack (409).
Response createMeeting(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    QVariantMap in = preliminaryMeetingSchema().readInput(
        req.json(),
        {QStringLiteral("coursePackId"), QStringLiteral("studentId"), QStringLiteral("scheduledDatetime"),
         QStringLiteral("tutorDecision"), QStringLiteral("comments"), QStringLiteral("meetingLink")},
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
        throw HttpError(400, QStringLiteral("errMsg_ScreeningNotRequired"),
                        QStringLiteral("This course pack needs no screening meeting."));
    const QString tutorUser = tutorUserOf(*ctx.repo, pack);
    if (tutorUser == studentId)
        throw HttpError::forbidden(QStringLiteral("Tutors do not screen themselves."));
    checkUrl(in, QStringLiteral("meetingLink"));
    checkFuture(in);
    if (ctx.repo->count(
            preliminaryMeetingSchema(),
            QStringLiteral(
                "isActive = 1 AND coursePackId = ? AND studentId = ? AND tutorDecision IN ('pending', 'approved')"),
            {str(pack, "id"), studentId})
        > 0)
        throw HttpError(409, QStringLiteral("errMsg_ScreeningAlreadyRequested"),
                        QStringLiteral("A screening meeting for this pack is already pending or approved."));
    in.insert(QStringLiteral("studentId"), studentId);
    in.insert(QStringLiteral("tutorDecision"), QStringLiteral("pending"));
    if (!me.isAdmin())
        in.remove(QStringLiteral("meetingLink"));
    const QVariantMap row = inTransaction(*ctx.repo, [&] {
        const QVariantMap created = ctx.repo->insert(preliminaryMeetingSchema(), in, me.userId);
        notifyUser(*ctx.repo, tutorUser, QStringLiteral("screeningRequested"), QStringLiteral("New screening request"),
                   QStringLiteral("%1 asks for a screening meeting for \"%2\".")
                       .arg(str(student, "fullname"), str(pack, "title")),
                   {{QStringLiteral("preliminaryMeetingId"), str(created, "id")},
                    {QStringLiteral("coursePackId"), str(pack, "id")}});
        return created;
    });
    const auto profile = ctx.repo->get(tutorProfileSchema(), str(pack, "tutorProfileId"));
    return envelope::ok(
        req, kMeeting, QStringLiteral("create"), preliminaryMeetingSchema().toJson(row), 201,
        {{QStringLiteral("coursePack"), packBrief(pack)},
         {QStringLiteral("tutorProfile"), catalog::tutorProfileJoin(*ctx.repo, str(pack, "tutorProfileId"))},
         {QStringLiteral("tutorUser"), profile ? briefUser(*ctx.repo, tutorUser) : QJsonObject()},
         {QStringLiteral("student"), briefUser(*ctx.repo, studentId)}});
}

// Rule 27: the tutor (or an admin) approves with a date and a meeting link, or rejects; decisions are
// final (409). The student may only propose the initial date while the request is pending.
Response updateMeeting(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    QVariantMap pack;
    const QVariantMap row = loadMeeting(*ctx.repo, req, &pack);
    QVariantMap in = preliminaryMeetingSchema().readInput(
        req.json(), {QStringLiteral("scheduledDatetime"), QStringLiteral("tutorDecision"), QStringLiteral("comments"),
                     QStringLiteral("meetingLink")});
    const bool decider = me.isAdmin() || isTutorOf(*ctx.repo, me, pack);
    const QString from = str(row, "tutorDecision");
    bool studentConfirms = false;
    if (!decider) {
        // U22: the student proposes the first date, or (the documented-contract negotiation) confirms the date
        // the tutor proposed by sending that very date back; a date someone else set is never changed.
        const bool onlyDate = in.size() == 1 && in.contains(QStringLiteral("scheduledDatetime"));
        const QVariant current = row.value(QStringLiteral("scheduledDatetime"));
        studentConfirms
            = onlyDate && !current.isNull() && !in.value(QStringLiteral("scheduledDatetime")).isNull()
              && parseIso(in.value(QStringLiteral("scheduledDatetime")).toString()) == parseIso(current.toString());
        if (!onlyDate || from != QLatin1String("pending") || (!current.isNull() && !studentConfirms))
            throw HttpError::forbidden(
                QStringLiteral("A student may only propose the first date of a pending screening meeting, "
                               "or confirm the date the tutor proposed."));
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
    return inTransaction(*ctx.repo, [&] {
        const QVariantMap out = ctx.repo->update(preliminaryMeetingSchema(), str(row, "id"), in);
        if (studentConfirms) {
            notifyUser(*ctx.repo, tutorUserOf(*ctx.repo, pack), QStringLiteral("screeningConfirmed"),
                       QStringLiteral("Screening time accepted"),
                       QStringLiteral("The student accepts the screening time you proposed for \"%1\" (%2). Approve "
                                      "the meeting to confirm it.")
                           .arg(str(pack, "title"), str(out, "scheduledDatetime")),
                       {{QStringLiteral("preliminaryMeetingId"), str(row, "id")},
                        {QStringLiteral("coursePackId"), str(pack, "id")}});
        } else if (decider && from == to && to == QLatin1String("pending")
                   && in.contains(QStringLiteral("scheduledDatetime"))
                   && !in.value(QStringLiteral("scheduledDatetime")).isNull()) {
            notifyUser(*ctx.repo, str(row, "studentId"), QStringLiteral("screeningProposed"),
                       QStringLiteral("Screening time proposed"),
                       QStringLiteral("The tutor proposes %1 for your screening meeting for \"%2\".")
                           .arg(str(out, "scheduledDatetime"), str(pack, "title")),
                       {{QStringLiteral("preliminaryMeetingId"), str(row, "id")},
                        {QStringLiteral("coursePackId"), str(pack, "id")}});
        }
        if (from != to) {
            const bool ok = to == QLatin1String("approved");
            QString body
                = ok ? QStringLiteral("Your screening meeting for \"%1\" is approved: %2, %3.")
                           .arg(str(pack, "title"), str(out, "scheduledDatetime"), str(out, "meetingLink"))
                     : QStringLiteral("Your screening request for \"%1\" was declined.").arg(str(pack, "title"));
            if (!str(out, "comments").isEmpty())
                body += QStringLiteral(" Tutor's note: ") + str(out, "comments");
            notifyUser(*ctx.repo, str(row, "studentId"), QStringLiteral("screeningDecided"),
                       ok ? QStringLiteral("Screening meeting approved") : QStringLiteral("Screening request declined"),
                       body,
                       {{QStringLiteral("preliminaryMeetingId"), str(row, "id")},
                        {QStringLiteral("coursePackId"), str(pack, "id")},
                        {QStringLiteral("tutorDecision"), to}});
        }
        return envelope::ok(req, kMeeting, QStringLiteral("update"), preliminaryMeetingSchema().toJson(out), 200,
                            {{QStringLiteral("student"), briefUser(*ctx.repo, str(row, "studentId"))},
                             {QStringLiteral("coursePack"), packBrief(pack)}});
    });
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

// --- screening proposals (local extension; issue 15 item 1, decisions U20-U24) -------------------------
// Candidate times of a pending meeting: the student proposes one to three, the pack's tutor (or an admin)
// answers with times of their own (with the meeting link), and so on; each new round replaces the open
// one. Accepting an open proposal of the other side approves the meeting with that time. Absent under
// --contract strict, where the app negotiates through scheduledDatetime alone (U22).

const QString kProposal = QStringLiteral("screeningProposal");
constexpr int kMaxProposedTimes = 3;

QString sideOf(const Repository &repo, const AuthContext &me, const QVariantMap &meeting, const QVariantMap &pack)
{
    if (me.isAdmin() || isTutorOf(repo, me, pack))
        return QStringLiteral("tutor");
    return str(meeting, "studentId") == me.userId ? QStringLiteral("student") : QString();
}

QVariantMap loadMeetingById(const Repository &repo, const AuthContext &me, const QString &id, QVariantMap *pack)
{
    const auto row = repo.get(preliminaryMeetingSchema(), id);
    if (!row || !row->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(kMeeting);
    *pack = catalog::loadPack(repo, str(*row, "coursePackId"));
    if (sideOf(repo, me, *row, *pack).isEmpty())
        throw HttpError::forbidden(
            QStringLiteral("A screening meeting is visible to its student, the pack's tutor and administrators."));
    return *row;
}

void requirePending(const QVariantMap &meeting)
{
    if (str(meeting, "tutorDecision") != QLatin1String("pending"))
        throw HttpError(409, QStringLiteral("errMsg_ScreeningAlreadyDecided"),
                        QStringLiteral("This screening meeting was already %1.").arg(str(meeting, "tutorDecision")));
}

Response proposalList(const Context &ctx, Request &req, const QString &meetingId, const QString &action, int status)
{
    ListQuery q = ListQuery::parse(req, screeningProposalSchema(), {});
    if (!req.hasQuery(QStringLiteral("sortBy")))
        q.sortBy = QStringLiteral("proposedAt");
    const ListResult res
        = ctx.repo->list(screeningProposalSchema(), q, QStringLiteral("preliminaryMeetingId = ?"), {meetingId});
    QJsonArray rows;
    for (const QVariantMap &row : res.rows)
        rows.append(screeningProposalSchema().toJson(row));
    if (action.isEmpty())
        return envelope::list(req, screeningProposalSchema().plural, rows, q.paging(res.total));
    return envelope::ok(req, screeningProposalSchema().plural, action, rows, status);
}

Response listProposals(const Context &ctx, Request &req)
{
    QVariantMap pack;
    const QVariantMap meeting
        = loadMeetingById(*ctx.repo, req.caller(), req.param(QStringLiteral("preliminaryMeetingId")), &pack);
    return proposalList(ctx, req, str(meeting, "id"), {}, 200);
}

Response proposeTimes(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    QVariantMap pack;
    const QVariantMap meeting
        = loadMeetingById(*ctx.repo, me, req.param(QStringLiteral("preliminaryMeetingId")), &pack);
    const QString side = sideOf(*ctx.repo, me, meeting, pack);
    requirePending(meeting);
    const QJsonObject body = req.json();
    const QJsonArray times = body.value(QStringLiteral("times")).toArray();
    if (times.isEmpty() || times.size() > kMaxProposedTimes)
        throw HttpError::invalid(QStringLiteral("times"), QStringLiteral("Propose between one and three times."));
    QList<QDateTime> parsed;
    for (const QJsonValue &v : times) {
        const QDateTime t = parseIso(v.toString());
        if (!t.isValid() || !v.toString().endsWith(QLatin1Char('Z')))
            throw HttpError::invalid(
                QStringLiteral("times"),
                QStringLiteral("Each proposed time must be an ISO-8601 UTC time such as 2026-03-29T09:00:00Z."));
        if (t <= QDateTime::currentDateTimeUtc())
            throw HttpError::invalid(QStringLiteral("times"),
                                     QStringLiteral("Each proposed time must be in the future."));
        if (parsed.contains(t))
            throw HttpError::invalid(QStringLiteral("times"),
                                     QStringLiteral("The proposed times must differ from each other."));
        parsed << t.toUTC();
    }
    const QString link = body.value(QStringLiteral("meetingLink")).toString().trimmed();
    const QString note = body.value(QStringLiteral("note")).toString().trimmed();
    if (note.size() > 2000)
        throw HttpError::invalid(QStringLiteral("note"),
                                 QStringLiteral("The note may be at most 2000 characters long."));
    const auto open = ctx.repo->select(screeningProposalSchema(),
                                       QStringLiteral("preliminaryMeetingId = ? AND status = 'open' AND isActive = 1"),
                                       {str(meeting, "id")});
    const bool any = ctx.repo->count(screeningProposalSchema(),
                                     QStringLiteral("preliminaryMeetingId = ? AND isActive = 1"), {str(meeting, "id")})
                     > 0;
    if (side == QLatin1String("student")) {
        // Only the student opens the negotiation; afterwards they answer the tutor's times.
        const bool tutorsTurn = !open.isEmpty() && str(open.first(), "proposedBy") == QLatin1String("student");
        if (tutorsTurn)
            throw HttpError(409, QStringLiteral("errMsg_ScreeningTutorsTurn"),
                            QStringLiteral("You already proposed times; wait for the tutor's answer."));
        if (!any && !meeting.value(QStringLiteral("meetingLink")).isNull() && !str(meeting, "meetingLink").isEmpty())
            throw HttpError(409, QStringLiteral("errMsg_ScreeningTutorsTurn"),
                            QStringLiteral("The tutor has already proposed a time."));
        if (!link.isEmpty())
            throw HttpError::forbidden(QStringLiteral("The meeting link is set by the tutor."));
    } else {
        if (!any)
            throw HttpError(409, QStringLiteral("errMsg_ScreeningStudentProposesFirst"),
                            QStringLiteral("The student proposes the first times; answer them once they have."));
        QVariantMap check {{QStringLiteral("meetingLink"), link}};
        if (link.isEmpty())
            throw HttpError::invalid(
                QStringLiteral("meetingLink"),
                QStringLiteral("Add the meeting link to your proposal so that the student can join."));
        checkUrl(check, QStringLiteral("meetingLink"));
    }
    inTransaction(*ctx.repo, [&] {
        for (const QVariantMap &o : open)
            ctx.repo->update(screeningProposalSchema(), str(o, "id"),
                             {{QStringLiteral("status"), QStringLiteral("superseded")}});
        for (const QDateTime &t : std::as_const(parsed))
            ctx.repo->insert(screeningProposalSchema(),
                             {{QStringLiteral("preliminaryMeetingId"), str(meeting, "id")},
                              {QStringLiteral("proposedAt"), t.toString(Qt::ISODateWithMs)},
                              {QStringLiteral("proposedBy"), side},
                              {QStringLiteral("status"), QStringLiteral("open")},
                              {QStringLiteral("meetingLink"), link.isEmpty() ? QVariant() : QVariant(link)},
                              {QStringLiteral("note"), note.isEmpty() ? QVariant() : QVariant(note)}},
                             me.userId);
        const bool byStudent = side == QLatin1String("student");
        notifyUser(*ctx.repo, byStudent ? tutorUserOf(*ctx.repo, pack) : str(meeting, "studentId"),
                   QStringLiteral("screeningProposed"), QStringLiteral("Screening times proposed"),
                   byStudent ? QStringLiteral("The student proposes times for a screening meeting for \"%1\".")
                                   .arg(str(pack, "title"))
                             : QStringLiteral("The tutor proposes another time for your screening meeting for \"%1\".")
                                   .arg(str(pack, "title")),
                   {{QStringLiteral("preliminaryMeetingId"), str(meeting, "id")},
                    {QStringLiteral("coursePackId"), str(pack, "id")}});
    });
    return proposalList(ctx, req, str(meeting, "id"), QStringLiteral("create"), 201);
}

Response acceptProposal(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    const auto proposal = ctx.repo->get(screeningProposalSchema(), req.param(QStringLiteral("screeningProposalId")));
    if (!proposal || !proposal->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(kProposal);
    QVariantMap pack;
    const QVariantMap meeting = loadMeetingById(*ctx.repo, me, str(*proposal, "preliminaryMeetingId"), &pack);
    const QString side = sideOf(*ctx.repo, me, meeting, pack);
    requirePending(meeting);
    if (str(*proposal, "status") != QLatin1String("open"))
        throw HttpError(409, QStringLiteral("errMsg_ProposalClosed"),
                        QStringLiteral("This time was already answered or replaced by a newer proposal."));
    if (str(*proposal, "proposedBy") == side)
        throw HttpError::forbidden(
            side == QLatin1String("student")
                ? QStringLiteral("A student cannot approve a screening meeting: wait for the tutor's answer.")
                : QStringLiteral("Wait for the student's answer to the time you proposed."));
    const QDateTime at = parseIso(str(*proposal, "proposedAt"));
    if (at <= QDateTime::currentDateTimeUtc())
        throw HttpError::invalid(QStringLiteral("proposedAt"),
                                 QStringLiteral("This time has passed; propose another one."));
    QString link = req.json().value(QStringLiteral("meetingLink")).toString().trimmed();
    if (side == QLatin1String("student"))
        link = str(*proposal, "meetingLink"); // the tutor's link travels with their proposal
    if (link.isEmpty())
        throw HttpError::invalid(QStringLiteral("meetingLink"),
                                 QStringLiteral("Add the meeting link so that the student can join."));
    checkUrl({{QStringLiteral("meetingLink"), link}}, QStringLiteral("meetingLink"));
    return inTransaction(*ctx.repo, [&] {
        for (const QVariantMap &o :
             ctx.repo->select(screeningProposalSchema(), QStringLiteral("preliminaryMeetingId = ? AND status = 'open'"),
                              {str(meeting, "id")}))
            ctx.repo->update(
                screeningProposalSchema(), str(o, "id"),
                {{QStringLiteral("status"),
                  str(o, "id") == str(*proposal, "id") ? QStringLiteral("accepted") : QStringLiteral("superseded")}});
        QVariantMap change {{QStringLiteral("scheduledDatetime"), at.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("meetingLink"), link},
                            {QStringLiteral("tutorDecision"), QStringLiteral("approved")}};
        if (!str(*proposal, "note").isEmpty() && side == QLatin1String("student"))
            change.insert(QStringLiteral("comments"), str(*proposal, "note"));
        const QVariantMap out = ctx.repo->update(preliminaryMeetingSchema(), str(meeting, "id"), change);
        const bool byStudent = side == QLatin1String("student");
        notifyUser(*ctx.repo, byStudent ? tutorUserOf(*ctx.repo, pack) : str(meeting, "studentId"),
                   QStringLiteral("screeningDecided"), QStringLiteral("Screening meeting agreed"),
                   QStringLiteral("The screening meeting for \"%1\" is agreed: %2, %3.")
                       .arg(str(pack, "title"), str(out, "scheduledDatetime"), link),
                   {{QStringLiteral("preliminaryMeetingId"), str(meeting, "id")},
                    {QStringLiteral("coursePackId"), str(pack, "id")},
                    {QStringLiteral("tutorDecision"), QStringLiteral("approved")}});
        return envelope::ok(req, kMeeting, QStringLiteral("update"), preliminaryMeetingSchema().toJson(out));
    });
}

} // namespace

const ObjectSchema &screeningProposalSchema()
{
    static const ObjectSchema s {
        QStringLiteral("screeningProposal"),
        QStringLiteral("screeningProposals"),
        QStringLiteral("screeningProposals"),
        {
            field("preliminaryMeetingId", FieldType::ID, true),
            field("proposedAt", FieldType::String, true, {}, 30),
            field("proposedBy", FieldType::Enum, true, {QStringLiteral("student"), QStringLiteral("tutor")}),
            field("status", FieldType::Enum, true,
                  {QStringLiteral("open"), QStringLiteral("accepted"), QStringLiteral("superseded")}),
            field("meetingLink", FieldType::String, false, {}, 2048),
            field("note", FieldType::String, false, {}, 2000),
        }};
    return s;
}

namespace { } // namespace

namespace {

Response getPreliminaryMeeting(const Context &ctx, Request &req)
{
    QVariantMap pack;
    const QVariantMap row = loadMeeting(*ctx.repo, req, &pack);
    return envelope::ok(req, kMeeting, QStringLiteral("get"), preliminaryMeetingSchema().toJson(row));
}

} // namespace

QList<Route> preliminaryMeetingRoutes(Context ctx)
{
    return {
        route(R::createPreliminaryMeeting, ctx, createMeeting),
        route(R::updatePreliminaryMeeting, ctx, updateMeeting),
        route(R::getPreliminaryMeeting, ctx, getPreliminaryMeeting),
        route(R::listPreliminaryMeetings, ctx, listMeetings),
        route(R::listScreeningProposals, ctx, listProposals),
        route(R::proposeScreeningTimes, ctx, proposeTimes),
        route(R::acceptScreeningProposal, ctx, acceptProposal),
    };
}

} // namespace tutorhub::server
