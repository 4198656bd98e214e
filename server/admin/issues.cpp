// adminIssue: filed by students and tutors, handled by admins (rules 60-63).
#include "admin/admin.h"

#include "admin/svcutil.h"
#include "auth/userschema.h"
#include "core/util.h"
#include "http/envelope.h"
#include "notification/notify.h"
#include "core/handler.h"

namespace tutorhub::server {

const ObjectSchema &adminIssueSchema()
{
    static const ObjectSchema s {
        QStringLiteral("adminIssue"),
        QStringLiteral("adminIssues"),
        QStringLiteral("adminIssues"),
        {
            {QStringLiteral("reportedBy"), FieldType::ID, {}, true, false, false, 0},
            {QStringLiteral("reportedUserId"), FieldType::ID, {}, true, false, false, 0},
            {QStringLiteral("coursePackId"), FieldType::ID, {}, true, false, false, 0},
            {QStringLiteral("description"), FieldType::Text, {}, false, false, false, 0},
            {QStringLiteral("issueType"),
             FieldType::Enum,
             {QStringLiteral("user"), QStringLiteral("content"), QStringLiteral("other")},
             true,
             false,
             false,
             0},
            {QStringLiteral("status"),
             FieldType::Enum,
             {QStringLiteral("open"), QStringLiteral("investigating"), QStringLiteral("resolved"),
              QStringLiteral("dismissed")},
             true,
             false,
             false,
             0},
            {QStringLiteral("adminNote"), FieldType::String, {}, false, false, false, 0},
            {QStringLiteral("resolution"),
             FieldType::Enum,
             {QStringLiteral("dismissed"), QStringLiteral("warned"), QStringLiteral("courseEditRequired"),
              QStringLiteral("courseRemoved"), QStringLiteral("userSuspended"), QStringLiteral("userBanned"),
              QStringLiteral("acknowledged")},
             true,
             false,
             false,
             0},
            // Local extension "issueTriage" (U60): absent under --contract strict (not in contract/objects.def).
            {QStringLiteral("priority"),
             FieldType::Enum,
             {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("urgent")},
             true,
             false,
             false,
             0},
            {QStringLiteral("assigneeId"), FieldType::ID, {}, true, false, false, 0},
        }};
    return s;
}

namespace {

const QString kIssue = QStringLiteral("adminIssue");
bool isClosed(const QString &status)
{
    return status == QLatin1String("resolved") || status == QLatin1String("dismissed");
}

// Rule 63: open -> investigating -> resolved | dismissed (an open issue may be dismissed at once).
bool transitionAllowed(const QString &from, const QString &to)
{
    if (from == to)
        return true;
    if (from == QLatin1String("open"))
        return to == QLatin1String("investigating") || to == QLatin1String("dismissed");
    if (from == QLatin1String("investigating"))
        return to == QLatin1String("resolved") || to == QLatin1String("dismissed");
    return false;
}

// A targeted issue names its target (issueType user -> reportedUserId, content -> coursePackId);
// targets must exist; nobody reports themself.
void checkTargets(const Repository &repo, const QVariantMap &issue, const QString &reporterId)
{
    const QString type = str(issue, "issueType");
    const QString userId = str(issue, "reportedUserId");
    const QString packId = str(issue, "coursePackId");
    if (type == QLatin1String("user") && userId.isEmpty())
        throw HttpError::missing(QStringLiteral("reportedUserId"));
    if (type == QLatin1String("content") && packId.isEmpty())
        throw HttpError::missing(QStringLiteral("coursePackId"));
    if (!userId.isEmpty()) {
        svc::requireUser(repo, userId);
        if (userId == reporterId)
            throw HttpError::invalid(QStringLiteral("reportedUserId"), QStringLiteral("You cannot report yourself."));
    }
    if (!packId.isEmpty() && !svc::rowById(repo, QStringLiteral("coursePacks"), packId))
        throw HttpError::notFound(QStringLiteral("coursePack"));
}

// U61: an issue is assigned to an active administrator (admin or superAdmin), or to nobody (null).
void checkAssignee(const Repository &repo, const QVariantMap &in)
{
    if (!in.contains(QStringLiteral("assigneeId")))
        return;
    const QString id = str(in, "assigneeId");
    if (id.isEmpty())
        return;
    const auto user = svc::rowById(repo, QStringLiteral("users"), id);
    const QString role = user ? str(*user, "roleId") : QString();
    if (!user || !user->value(QStringLiteral("isActive")).toBool()
        || (role != QLatin1String("admin") && role != QLatin1String("superAdmin"))
        || str(*user, "accountStatus") != QLatin1String("active"))
        throw HttpError::invalid(QStringLiteral("assigneeId"),
                                 QStringLiteral("An issue can only be assigned to an active administrator."));
}

// Full object plus joins; the reporter never sees adminNote (rule 62).
QJsonObject issueJson(const Repository &repo, const QVariantMap &row, bool forAdmin, bool joins, bool listShape)
{
    QJsonObject o = adminIssueSchema().toJson(row);
    if (!forAdmin)
        o.remove(QStringLiteral("adminNote"));
    if (!joins)
        return o;
    const QStringList userKeys
        = forAdmin && listShape
              ? QStringList {QStringLiteral("email"), QStringLiteral("fullname"), QStringLiteral("roleId")}
              : QStringList {QStringLiteral("email"), QStringLiteral("fullname")};
    const QStringList packKeys = forAdmin ? QStringList {QStringLiteral("tutorProfileId"), QStringLiteral("title")}
                                          : QStringList {QStringLiteral("title")};
    const QJsonValue reporter = svc::userBrief(repo, row.value(QStringLiteral("reportedBy")), userKeys);
    const QJsonValue reported = svc::userBrief(repo, row.value(QStringLiteral("reportedUserId")), userKeys);
    const QJsonValue pack = svc::coursePackBrief(repo, row.value(QStringLiteral("coursePackId")), packKeys);
    if (forAdmin && !str(row, "assigneeId").isEmpty()) // U60: the assignee's name (absent under strict with the field)
        o.insert(QStringLiteral("assignee"), svc::userBrief(repo, row.value(QStringLiteral("assigneeId")),
                                                            {QStringLiteral("email"), QStringLiteral("fullname")}));
    if (listShape) {
        if (forAdmin)
            o.insert(QStringLiteral("reporter"), svc::asListJoin(reporter));
        o.insert(QStringLiteral("reportedUser"), svc::asListJoin(reported));
        o.insert(QStringLiteral("coursePack"), svc::asListJoin(pack));
    } else {
        o.insert(QStringLiteral("reporter"), reporter);
        o.insert(QStringLiteral("reportedUser"), reported);
        o.insert(QStringLiteral("coursePack"), pack);
    }
    return o;
}

QVariantMap loadIssue(const Repository &repo, const QString &id)
{
    const auto row = repo.get(adminIssueSchema(), id);
    if (!row || !row->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(kIssue);
    return *row;
}

void notifyReporterOfClosing(Repository &repo, const QVariantMap &issue)
{
    const bool resolved = str(issue, "status") == QLatin1String("resolved");
    const QString resolution = str(issue, "resolution");
    notifyUser(
        repo, str(issue, "reportedBy"), resolved ? QStringLiteral("issueResolved") : QStringLiteral("issueDismissed"),
        resolved ? QStringLiteral("Your report has been resolved") : QStringLiteral("Your report has been closed"),
        resolved ? QStringLiteral(
                       "An administrator resolved the problem you reported (outcome: %1). Thank you for telling us.")
                       .arg(resolution)
                 : QStringLiteral(
                     "An administrator reviewed the problem you reported and closed it without further action."),
        QJsonObject {{QStringLiteral("adminIssueId"), str(issue, "id")}, {QStringLiteral("resolution"), resolution}});
}

QVariantMap createIssue(Repository &repo, const Request &req)
{
    const AuthContext &me = req.caller();
    if (me.isAdmin())
        throw HttpError::forbidden(QStringLiteral("Issues are filed by students and tutors."));
    const QJsonObject body = req.json();
    QVariantMap in = adminIssueSchema().readInput(body,
                                                  {QStringLiteral("reportedBy"), QStringLiteral("reportedUserId"),
                                                   QStringLiteral("coursePackId"), QStringLiteral("description"),
                                                   QStringLiteral("issueType"), QStringLiteral("status")},
                                                  {QStringLiteral("description"), QStringLiteral("issueType")});
    // G42: the reporter is the caller; G33: status, adminNote and resolution are the server's.
    if (in.contains(QStringLiteral("reportedBy")) && !in.value(QStringLiteral("reportedBy")).isNull()
        && in.value(QStringLiteral("reportedBy")).toString() != me.userId)
        throw HttpError::forbidden(QStringLiteral("'reportedBy' must be your own user id."));
    if (!in.value(QStringLiteral("status")).isNull() && in.contains(QStringLiteral("status"))
        && in.value(QStringLiteral("status")).toString() != QLatin1String("open"))
        throw HttpError::invalid(QStringLiteral("status"), QStringLiteral("A new issue is always 'open'."));
    in.insert(QStringLiteral("reportedBy"), me.userId);
    in.insert(QStringLiteral("status"), QStringLiteral("open"));
    checkTargets(repo, in, me.userId);
    return inTransaction(repo, [&] {
        const QVariantMap row = repo.insert(adminIssueSchema(), in, me.userId);
        notifyAdmins(repo, QStringLiteral("issueFiled"), QStringLiteral("New issue reported"),
                     QStringLiteral("%1 reported a %2 issue.").arg(str(me.user, "fullname"), str(row, "issueType")),
                     QJsonObject {{QStringLiteral("adminIssueId"), str(row, "id")}});
        return row;
    });
}

QVariantMap updateIssue(Repository &repo, const Request &req, const QString &id)
{
    const QVariantMap issue = loadIssue(repo, id);
    QVariantMap in = adminIssueSchema().readInput(
        req.json(), {QStringLiteral("reportedUserId"), QStringLiteral("coursePackId"), QStringLiteral("description"),
                     QStringLiteral("issueType"), QStringLiteral("status"), QStringLiteral("adminNote"),
                     QStringLiteral("resolution"), QStringLiteral("priority"), QStringLiteral("assigneeId")});
    const QString from = str(issue, "status");
    if (isClosed(from))
        throw HttpError(409, QStringLiteral("errMsg_IssueAlreadyClosed"),
                        QStringLiteral("This issue is already %1; a closed issue cannot be changed.").arg(from));
    if (in.contains(QStringLiteral("description"))
        && in.value(QStringLiteral("description")).toString().trimmed().isEmpty())
        throw HttpError::missing(QStringLiteral("description"));
    for (const char *k : {"issueType", "status", "priority"})
        if (in.contains(QLatin1String(k)) && in.value(QLatin1String(k)).isNull())
            throw HttpError::missing(QLatin1String(k));
    const QString to = in.value(QStringLiteral("status"), from).toString();
    if (!transitionAllowed(from, to))
        throw HttpError(
            400, QStringLiteral("errMsg_InvalidStatusTransition"),
            QStringLiteral("An issue cannot go from '%1' to '%2' (open -> investigating -> resolved | dismissed).")
                .arg(from, to));
    // Rule 63: the resolution is chosen when closing, and only then.
    const QString resolution = in.value(QStringLiteral("resolution")).toString();
    if (!isClosed(to) && !resolution.isEmpty())
        throw HttpError::invalid(QStringLiteral("resolution"),
                                 QStringLiteral("'resolution' is set when the issue is resolved or dismissed."));
    if (to == QLatin1String("resolved") && resolution.isEmpty())
        throw HttpError::missing(QStringLiteral("resolution"));
    if (to == QLatin1String("dismissed") && resolution.isEmpty())
        in.insert(QStringLiteral("resolution"), QStringLiteral("dismissed"));
    QVariantMap merged = issue;
    for (auto it = in.begin(); it != in.end(); ++it)
        merged.insert(it.key(), it.value());
    checkTargets(repo, merged, str(issue, "reportedBy"));
    checkAssignee(repo, in);
    return inTransaction(repo, [&] {
        const QVariantMap row = repo.update(adminIssueSchema(), id, in);
        if (isClosed(to))
            notifyReporterOfClosing(repo, row);
        return row;
    });
}

Response issueList(const Context &ctx, const Request &req, bool forAdmin)
{
    static const QStringList filters {QStringLiteral("status"),       QStringLiteral("issueType"),
                                      QStringLiteral("reportedBy"),   QStringLiteral("reportedUserId"),
                                      QStringLiteral("coursePackId"), QStringLiteral("resolution"),
                                      QStringLiteral("priority"),     QStringLiteral("assigneeId")};
    const ListQuery q = ListQuery::parse(req, adminIssueSchema(), forAdmin ? filters : filters.mid(0, 2));
    const ListResult res
        = forAdmin ? ctx.repo->list(adminIssueSchema(), q)
                   : ctx.repo->list(adminIssueSchema(), q, QStringLiteral("reportedBy = ?"), {req.caller().userId});
    QJsonArray rows;
    const bool joins = svc::wantJoins(req);
    for (const QVariantMap &row : res.rows)
        rows.append(issueJson(*ctx.repo, row, forAdmin, joins, true));
    return envelope::list(req, adminIssueSchema().plural, rows, q.paging(res.total));
}

} // namespace

namespace {

Response createAdminIssue(const Context &ctx, Request &req)
{
    const QVariantMap row = createIssue(*ctx.repo, req);
    return envelope::ok(req, kIssue, QStringLiteral("create"), issueJson(*ctx.repo, row, false, false, false), 201);
}

Response updateAdminIssue(const Context &ctx, Request &req)
{
    const QVariantMap row = updateIssue(*ctx.repo, req, req.param(QStringLiteral("adminIssueId")));
    const QJsonValue reporter = svc::userBrief(
        *ctx.repo, row.value(QStringLiteral("reportedBy")),
        {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("fullname"), QStringLiteral("roleId")});
    return envelope::ok(
        req, kIssue, QStringLiteral("update"), adminIssueSchema().toJson(row), 200,
        QJsonObject {{QStringLiteral("reporterUser"), reporter.isObject() ? reporter : QJsonObject {}}});
}

Response getAdminIssue(const Context &ctx, Request &req)
{
    const QVariantMap row = loadIssue(*ctx.repo, req.param(QStringLiteral("adminIssueId")));
    const bool admin = req.caller().isAdmin();
    if (!admin && str(row, "reportedBy") != req.caller().userId)
        throw HttpError::forbidden(QStringLiteral("Only the reporter or an administrator can read this issue."));
    return envelope::ok(req, kIssue, QStringLiteral("get"),
                        issueJson(*ctx.repo, row, admin, svc::wantJoins(req), false));
}

Response listAdminIssues(const Context &ctx, Request &req)
{
    return issueList(ctx, req, true);
}

Response listMyIssues(const Context &ctx, Request &req)
{
    return issueList(ctx, req, false);
}

} // namespace

QList<Route> adminIssueRoutes(Context ctx)
{
    QList<Route> r;
    r.append(route(R::createAdminIssue, ctx, createAdminIssue));
    r.append(route(R::updateAdminIssue, ctx, updateAdminIssue));
    r.append(route(R::getAdminIssue, ctx, getAdminIssue));
    r.append(route(R::listAdminIssues, ctx, listAdminIssues));
    r.append(route(R::listMyIssues, ctx, listMyIssues));
    return r;
}

} // namespace tutorhub::server
