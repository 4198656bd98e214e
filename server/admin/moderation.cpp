// adminModerationAction (the audit log, rule 57) and adminAnalyticsReport (rule 64).
#include "admin/admin.h"

#include "admin/svcutil.h"
#include "auth/userschema.h"
#include "core/util.h"
#include "http/contract.h"
#include "http/envelope.h"
#include "messaging/messaging.h"
#include "notification/notify.h"
#include "core/handler.h"

#include <QJsonDocument>

namespace tutorhub::server {

const ObjectSchema &adminModerationActionSchema()
{
    static const ObjectSchema s {QStringLiteral("adminModerationAction"),
                                 QStringLiteral("adminModerationActions"),
                                 QStringLiteral("adminModerationActions"),
                                 {
                                     {QStringLiteral("adminId"), FieldType::ID, {}, true, false, false, 0},
                                     {QStringLiteral("targetType"),
                                      FieldType::Enum,
                                      {QStringLiteral("user"), QStringLiteral("coursePack"), QStringLiteral("profile"),
                                       QStringLiteral("material")},
                                      true,
                                      false,
                                      false,
                                      0},
                                     {QStringLiteral("targetId"), FieldType::ID, {}, true, false, false, 0},
                                     {QStringLiteral("actionType"),
                                      FieldType::Enum,
                                      {QStringLiteral("suspend"), QStringLiteral("ban"), QStringLiteral("edit"),
                                       QStringLiteral("remove"), QStringLiteral("approve"), QStringLiteral("warn")},
                                      true,
                                      false,
                                      false,
                                      0},
                                     {QStringLiteral("actionReason"), FieldType::String, {}, false, false, false, 0},
                                     {QStringLiteral("actionDate"), FieldType::Date, {}, false, false, false, 0},
                                     {QStringLiteral("targetUserId"), FieldType::ID, {}, true, false, false, 0},
                                 }};
    return s;
}

const ObjectSchema &adminAnalyticsReportSchema()
{
    static const ObjectSchema s {QStringLiteral("adminAnalyticsReport"),
                                 QStringLiteral("adminAnalyticsReports"),
                                 QStringLiteral("adminAnalyticsReports"),
                                 {
                                     {QStringLiteral("reportType"), FieldType::String, {}, true, true, false, 0},
                                     {QStringLiteral("filterParams"), FieldType::String, {}, false, false, false, 2000},
                                     {QStringLiteral("generatedAt"), FieldType::Date, {}, false, false, false, 0},
                                     {QStringLiteral("reportUrl"), FieldType::String, {}, false, false, false, 1024},
                                     {QStringLiteral("reportData"), FieldType::Object, {}, false, false, false, 0},
                                 }};
    return s;
}

namespace {

// Which SQL table holds a moderation target of each type (other services' tables, looked up softly).
QString targetTable(const QString &targetType)
{
    if (targetType == QLatin1String("user"))
        return QStringLiteral("users");
    if (targetType == QLatin1String("coursePack"))
        return QStringLiteral("coursePacks");
    if (targetType == QLatin1String("profile"))
        return QStringLiteral("tutorProfiles");
    return QStringLiteral("courseMaterials");
}

// Who may be moderated: nobody acts on themself; a superAdmin is never moderated; only a
// superAdmin moderates an admin (D23).
void checkModerationTarget(const AuthContext &me, const QVariantMap &targetUser)
{
    const QString role = str(targetUser, "roleId");
    if (str(targetUser, "id") == me.userId)
        throw HttpError::forbidden(QStringLiteral("You cannot moderate yourself."));
    if (role == roles::superAdmin)
        throw HttpError::forbidden(QStringLiteral("A super admin cannot be moderated."));
    if (role == roles::admin && !me.isSuperAdmin())
        throw HttpError::forbidden(QStringLiteral("Only a super admin may moderate an administrator."));
}

QVariantMap createModerationAction(Repository &repo, const Request &req)
{
    const AuthContext &me = req.caller();
    QVariantMap in = adminModerationActionSchema().readInput(
        req.json(),
        {QStringLiteral("adminId"), QStringLiteral("targetType"), QStringLiteral("targetId"),
         QStringLiteral("actionType"), QStringLiteral("actionReason"), QStringLiteral("actionDate"),
         QStringLiteral("targetUserId")},
        {QStringLiteral("targetType"), QStringLiteral("targetId"), QStringLiteral("actionType"),
         QStringLiteral("actionReason"), QStringLiteral("actionDate"), QStringLiteral("targetUserId")});
    if (!str(in, "adminId").isEmpty() && str(in, "adminId") != me.userId)
        throw HttpError::forbidden(QStringLiteral("'adminId' must be your own user id."));
    in.insert(QStringLiteral("adminId"), me.userId);
    svc::requireUuid(QStringLiteral("targetId"), str(in, "targetId"));
    svc::requireUuid(QStringLiteral("targetUserId"), str(in, "targetUserId"));
    const QString targetType = str(in, "targetType");
    if (targetType == QLatin1String("user") && str(in, "targetId") != str(in, "targetUserId"))
        throw HttpError::invalid(QStringLiteral("targetId"),
                                 QStringLiteral("For a user target, 'targetId' is the 'targetUserId'."));
    const QVariantMap targetUser = svc::requireUser(repo, str(in, "targetUserId"));
    if (svc::tableExists(repo, targetTable(targetType))) {
        QSqlQuery q = repo.exec(QStringLiteral("SELECT 1 FROM \"%1\" WHERE id = ?").arg(targetTable(targetType)),
                                {str(in, "targetId")});
        if (!q.next())
            throw HttpError::notFound(targetType);
    }
    checkModerationTarget(me, targetUser);
    return inTransaction(repo, [&] {
        const QVariantMap row = repo.insert(adminModerationActionSchema(), in, me.userId);
        if (str(row, "actionType") == QLatin1String("warn")) {
            // A warning is how an admin reaches a user (C26): the server's own sendSystemMessage posts it in
            // the admin conversation and notifies them once (adminWarning); an admin, who has no such
            // conversation, gets the notification alone.
            const QString reason = str(row, "actionReason");
            if (!roles::isAdmin(str(targetUser, "roleId")))
                messaging::sendSystemMessage(repo, me.user, targetUser, reason, QStringLiteral("warning"),
                                             QStringLiteral("warn"));
            else
                notifyUser(repo, str(targetUser, "id"), QStringLiteral("warningReceived"),
                           QStringLiteral("You received a warning"),
                           QStringLiteral("An administrator warned you: %1").arg(reason),
                           QJsonObject {{QStringLiteral("adminModerationActionId"), str(row, "id")}});
        }
        return row;
    });
}

const QStringList kReportTypes {QStringLiteral("users"), QStringLiteral("complaints"), QStringLiteral("moderation"),
                                QStringLiteral("enrollments"), QStringLiteral("revenue")};

// "column -> count" over the active rows of `table` (empty when the table does not exist).
QJsonObject countBy(const Repository &repo, const QString &table, const QString &column)
{
    QJsonObject o;
    if (!svc::tableExists(repo, table))
        return o;
    QSqlQuery q
        = repo.exec(QStringLiteral("SELECT \"%1\", count(*) FROM \"%2\" WHERE isActive = 1 GROUP BY \"%1\" ORDER BY 1")
                        .arg(column, table));
    while (q.next())
        o.insert(q.value(0).isNull() ? QStringLiteral("none") : q.value(0).toString(), q.value(1).toInt());
    return o;
}

QJsonObject createReport(Repository &repo, const Request &req, QVariantMap *out)
{
    QVariantMap in
        = adminAnalyticsReportSchema().readInput(req.json(),
                                                 {QStringLiteral("reportType"), QStringLiteral("filterParams"),
                                                  QStringLiteral("generatedAt"), QStringLiteral("reportUrl")},
                                                 {QStringLiteral("reportType")});
    const QString type = str(in, "reportType");
    const QJsonObject data = admin::computeReport(repo, type);
    const QString filter = str(in, "filterParams");
    if (!filter.isEmpty() && !QJsonDocument::fromJson(filter.toUtf8()).isObject())
        throw HttpError::invalid(QStringLiteral("filterParams"),
                                 QStringLiteral("'filterParams' must be a stringified JSON object."));
    const QString id = newId();
    in.insert(QStringLiteral("id"), id);
    // The figures are computed now; generatedAt is that moment and the report is served by getAdminAnalyticsReport.
    in.insert(QStringLiteral("generatedAt"), isoNow());
    if (str(in, "reportUrl").isEmpty())
        in.insert(QStringLiteral("reportUrl"), contract::path(contract::R::getAdminAnalyticsReport,
                                                              {{QStringLiteral("adminAnalyticsReportId"), id}}));
    in.insert(QStringLiteral("reportData"), QJsonDocument(data).toJson(QJsonDocument::Compact));
    *out = repo.insert(adminAnalyticsReportSchema(), in, req.caller().userId);
    return adminAnalyticsReportSchema().toJson(*out);
}

template<typename Decorate>
Response listOf(const Context &ctx, const Request &req, const ObjectSchema &s, const QStringList &filters,
                Decorate decorate)
{
    const ListQuery q = ListQuery::parse(req, s, filters);
    const ListResult res = ctx.repo->list(s, q);
    QJsonArray rows;
    for (const QVariantMap &row : res.rows)
        rows.append(decorate(row));
    return envelope::list(req, s.plural, rows, q.paging(res.total));
}

QVariantMap loadActive(const Repository &repo, const ObjectSchema &s, const QString &id)
{
    const auto row = repo.get(s, id);
    if (!row || !row->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(s.name);
    return *row;
}

} // namespace

QJsonObject admin::computeReport(const Repository &repo, const QString &reportType)
{
    if (!kReportTypes.contains(reportType))
        throw HttpError::invalid(
            QStringLiteral("reportType"),
            QStringLiteral("'reportType' must be one of %1.").arg(kReportTypes.join(QStringLiteral(", "))));
    QJsonObject o {{QStringLiteral("reportType"), reportType}, {QStringLiteral("computedAt"), isoNow()}};
    if (reportType == QLatin1String("users")) {
        o.insert(QStringLiteral("byRole"), countBy(repo, QStringLiteral("users"), QStringLiteral("roleId")));
        o.insert(QStringLiteral("byAccountStatus"),
                 countBy(repo, QStringLiteral("users"), QStringLiteral("accountStatus")));
    } else if (reportType == QLatin1String("complaints")) {
        o.insert(QStringLiteral("byStatus"), countBy(repo, QStringLiteral("adminIssues"), QStringLiteral("status")));
        o.insert(QStringLiteral("byIssueType"),
                 countBy(repo, QStringLiteral("adminIssues"), QStringLiteral("issueType")));
        o.insert(QStringLiteral("byResolution"),
                 countBy(repo, QStringLiteral("adminIssues"), QStringLiteral("resolution")));
    } else if (reportType == QLatin1String("moderation")) {
        o.insert(QStringLiteral("byActionType"),
                 countBy(repo, QStringLiteral("adminModerationActions"), QStringLiteral("actionType")));
        o.insert(QStringLiteral("byTargetType"),
                 countBy(repo, QStringLiteral("adminModerationActions"), QStringLiteral("targetType")));
    } else if (reportType == QLatin1String("enrollments")) {
        o.insert(QStringLiteral("byEnrollmentStatus"),
                 countBy(repo, QStringLiteral("enrollments"), QStringLiteral("enrollmentStatus")));
        o.insert(QStringLiteral("byPaymentStatus"),
                 countBy(repo, QStringLiteral("enrollments"), QStringLiteral("paymentStatus")));
    } else {
        // revenue: paid (and not refunded) enrollment amounts per currency, and refunded amounts.
        QJsonObject paid, refunded;
        if (svc::tableExists(repo, QStringLiteral("enrollments"))) {
            QSqlQuery q
                = repo.exec(QStringLiteral("SELECT paymentStatus, currency, sum(totalAmount) FROM enrollments "
                                           "WHERE paymentStatus IN ('paid', 'refunded') GROUP BY 1, 2 ORDER BY 1, 2"));
            while (q.next())
                (q.value(0).toString() == QLatin1String("paid") ? paid : refunded)
                    .insert(q.value(1).toString().toUpper(), q.value(2).toDouble());
        }
        o.insert(QStringLiteral("paidByCurrency"), paid);
        o.insert(QStringLiteral("refundedByCurrency"), refunded);
    }
    return o;
}

namespace {

Response createAdminModerationAction(const Context &ctx, Request &req)
{
    const ObjectSchema &M = adminModerationActionSchema();
    const QVariantMap row = createModerationAction(*ctx.repo, req);
    const QJsonValue target = svc::userBrief(*ctx.repo, row.value(QStringLiteral("targetUserId")),
                                             {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("fullname"),
                                              QStringLiteral("roleId"), QStringLiteral("accountStatus")});
    return envelope::ok(req, M.name, QStringLiteral("create"), M.toJson(row), 201,
                        QJsonObject {{QStringLiteral("targetUser"), target}});
}

Response createAdminAnalyticsReport(const Context &ctx, Request &req)
{
    const ObjectSchema &R = adminAnalyticsReportSchema();
    QVariantMap row;
    const QJsonObject o = createReport(*ctx.repo, req, &row);
    return envelope::ok(req, R.name, QStringLiteral("create"), o, 201);
}

Response getAdminAnalyticsReport(const Context &ctx, Request &req)
{
    const ObjectSchema &R = adminAnalyticsReportSchema();
    const QVariantMap row = loadActive(*ctx.repo, R, req.param(QStringLiteral("adminAnalyticsReportId")));
    return envelope::ok(req, R.name, QStringLiteral("get"), R.toJson(row));
}

Response listAdminAnalyticsReports(const Context &ctx, Request &req)
{
    const ObjectSchema &R = adminAnalyticsReportSchema();
    return listOf(ctx, req, R, {QStringLiteral("reportType")}, [&](const QVariantMap &row) { return R.toJson(row); });
}

// The moderating admin as the moderation actions show them.
const QStringList userKeys {QStringLiteral("email"), QStringLiteral("fullname")};

} // namespace

namespace {

Response getAdminModerationAction(const Context &ctx, Request &req)
{
    const ObjectSchema &M = adminModerationActionSchema();
    const QVariantMap row = loadActive(*ctx.repo, M, req.param(QStringLiteral("adminModerationActionId")));
    QJsonObject o = M.toJson(row);
    if (svc::wantJoins(req))
        o.insert(QStringLiteral("admin"), svc::userBrief(*ctx.repo, row.value(QStringLiteral("adminId")), userKeys));
    return envelope::ok(req, M.name, QStringLiteral("get"), o);
}

Response listAdminModerationActions(const Context &ctx, Request &req)
{
    const ObjectSchema &M = adminModerationActionSchema();
    const bool joins = svc::wantJoins(req);
    return listOf(
        ctx, req, M,
        {QStringLiteral("actionType"), QStringLiteral("targetType"), QStringLiteral("adminId"),
         QStringLiteral("targetId"), QStringLiteral("targetUserId")},
        [&](const QVariantMap &row) {
            QJsonObject o = M.toJson(row);
            if (joins)
                o.insert(QStringLiteral("admin"),
                         svc::asListJoin(svc::userBrief(*ctx.repo, row.value(QStringLiteral("adminId")), userKeys)));
            return o;
        });
}

} // namespace

QList<Route> adminModerationRoutes(Context ctx)
{
    QList<Route> r;
    r.append(route(R::createAdminModerationAction, ctx, createAdminModerationAction));
    r.append(route(R::getAdminModerationAction, ctx, getAdminModerationAction));
    r.append(route(R::listAdminModerationActions, ctx, listAdminModerationActions));
    r.append(route(R::createAdminAnalyticsReport, ctx, createAdminAnalyticsReport));
    r.append(route(R::getAdminAnalyticsReport, ctx, getAdminAnalyticsReport));
    r.append(route(R::listAdminAnalyticsReports, ctx, listAdminAnalyticsReports));
    return r;
}

} // namespace tutorhub::server
