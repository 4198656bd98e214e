// createEnrollment, getEnrollment, listEnrollments and the refund request APIs (API.md §3.3).
#include "enrollment/enrollment.h"

#include "core/apierror.h"
#include "core/util.h"
#include "db/listcache.h"
#include "enrollment/enrollmentrules.h"
#include "enrollment/enrollmentschema.h"
#include "http/envelope.h"
#include "notification/notify.h"
#include "core/handler.h"

namespace tutorhub::server {

using namespace enrollment;

namespace {

bool wantsJoins(const Request &req)
{
    return req.queryValue(QStringLiteral("getJoins")).toLower() != QLatin1String("false");
}

Response enrollmentResponse(Context ctx, const Request &req, const QVariantMap &row, const QString &action,
                            int status = 200)
{
    // create/update return the pure object (§1.4); get embeds its joins.
    const bool joins = action == QLatin1String("get") && wantsJoins(req);
    return envelope::ok(req, enrollmentSchema().name, action, enrollmentJson(*ctx.repo, row, req.baseUrl, joins, false),
                        status);
}

// Rows of other people are filtered out unless the caller is an admin (rule 34 / rule 44).
QString enrollmentScope(Context ctx, const AuthContext &caller, QVariantList *binds)
{
    if (caller.isAdmin())
        return {};
    binds->append(caller.userId);
    binds->append(tutorProfileOfUser(*ctx.repo, caller.userId));
    return QStringLiteral("studentId = ? OR tutorProfileId = ?");
}

QJsonObject refundJson(Context ctx, const Request &req, const QVariantMap &row, bool joins, bool listShape)
{
    QJsonObject o = refundRequestSchema().toJson(row);
    if (!joins)
        return o;
    auto shape = [listShape](const QJsonObject &v) -> QJsonValue {
        if (!listShape)
            return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
        return v.isEmpty() ? QJsonArray() : QJsonArray {v};
    };
    QJsonObject enr, pack, requester;
    if (const auto e = ctx.repo->get(enrollmentSchema(), str(row, "enrollmentId"))) {
        enr = {{QStringLiteral("id"), idOf(*e)},
               {QStringLiteral("coursePackId"), str(*e, "coursePackId")},
               {QStringLiteral("studentId"), str(*e, "studentId")},
               {QStringLiteral("totalAmount"), e->value(QStringLiteral("totalAmount")).toDouble()},
               {QStringLiteral("currency"), str(*e, "currency")}};
        if (const auto p = coursePack(*ctx.repo, str(*e, "coursePackId")))
            pack = {{QStringLiteral("id"), idOf(*p)}, {QStringLiteral("title"), str(*p, "title")}};
    }
    if (const auto u = user(*ctx.repo, str(row, "requestedBy")))
        requester = {{QStringLiteral("id"), idOf(*u)},
                     {QStringLiteral("fullname"), str(*u, "fullname")},
                     {QStringLiteral("email"), str(*u, "email")}};
    o.insert(QStringLiteral("enrollment"), shape(enr));
    o.insert(QStringLiteral("coursePack"), shape(pack));
    o.insert(QStringLiteral("requester"), shape(requester));
    Q_UNUSED(req)
    return o;
}

QVariantMap loadRefund(Context ctx, const QString &id)
{
    const auto row = QUuid::fromString(id).isNull() ? std::nullopt : ctx.repo->get(refundRequestSchema(), id);
    if (!row)
        throw HttpError::notFound(refundRequestSchema().name);
    return *row;
}

// Server-owned refund fields (G33): type-checked when sent, then overridden.
const QStringList kRefundOverridden {QStringLiteral("requestedAt"), QStringLiteral("processedAt"),
                                     QStringLiteral("status"), QStringLiteral("firstLessonCompleted"),
                                     QStringLiteral("adminNote")};

} // namespace

namespace {

Response createEnrollment(const Context &ctx, Request &req)
{
    const QVariantMap row = enrollment::createEnrollment(*ctx.repo, req.caller(), req.json());
    return enrollmentResponse(ctx, req, row, QStringLiteral("create"), 201);
}

Response getEnrollment(const Context &ctx, Request &req)
{
    const QVariantMap row = loadEnrollment(*ctx.repo, req.param(QStringLiteral("enrollmentId")));
    requireCanSee(*ctx.repo, req.caller(), row);
    return enrollmentResponse(ctx, req, row, QStringLiteral("get"));
}

Response listEnrollments(const Context &ctx, Request &req)
{
    // F43: the same request before any write is the answer remembered (only answers to valid
    // requests are, so a hit needs no parsing; the caller is part of the key).
    const ListCache cache(*ctx.repo, req, QStringLiteral("listEnrollments"));
    if (const CachedList *hit = cache.hit())
        return ListCache::response(req, enrollmentSchema().plural, *hit, true);
    const ListQuery q = ListQuery::parse(req, enrollmentSchema());
    QVariantList binds;
    const QString scope = enrollmentScope(ctx, req.caller(), &binds);
    const ListResult res = ctx.repo->list(enrollmentSchema(), q, scope, binds);
    const bool joins = wantsJoins(req);
    const EnrollmentJoins prefetched = joins ? loadEnrollmentJoins(*ctx.repo, res.rows) : EnrollmentJoins {};
    // F20: the rows written straight to JSON bytes (the same bytes as enrollmentJson's objects).
    CachedList page {enrollmentListJson(res.rows, req.baseUrl, joins ? &prefetched : nullptr), int(res.rows.size()),
                     q.paging(res.total)};
    cache.remember(page);
    return ListCache::response(req, enrollmentSchema().plural, page, false);
}

Response createRefundRequest(const Context &ctx, Request &req)
{
    const QJsonObject body = req.json();
    const QString enrollmentId
        = requireUuid(body.value(QStringLiteral("enrollmentId")), QStringLiteral("enrollmentId"));
    const QVariantMap in = refundRequestSchema().readInput(
        body, kRefundOverridden + QStringList {QStringLiteral("reason")}, {QStringLiteral("reason")});
    const QVariantMap e = loadEnrollment(*ctx.repo, enrollmentId);
    if (str(e, "studentId") != req.caller().userId)
        throw HttpError::forbidden(QStringLiteral("Only the enrolled student may request a refund."));
    if (ctx.repo->findOne(refundRequestSchema(), QStringLiteral("enrollmentId = ?"), {enrollmentId}))
        throw HttpError(409, QStringLiteral("errMsg_RefundAlreadyRequested"),
                        QStringLiteral("A refund was already requested for this enrollment."));
    const QString why = refundIneligibility(*ctx.repo, e);
    if (!why.isEmpty())
        throw HttpError(400, QStringLiteral("errMsg_RefundNotEligible"), why);
    QVariantMap created;
    inTransaction(*ctx.repo, [&] {
        const QString now = isoNow();
        created = ctx.repo->insert(refundRequestSchema(),
                                   {{QStringLiteral("enrollmentId"), enrollmentId},
                                    {QStringLiteral("requestedBy"), req.caller().userId},
                                    {QStringLiteral("requestedAt"), now},
                                    {QStringLiteral("processedAt"), now},
                                    {QStringLiteral("status"), QStringLiteral("autoApproved")},
                                    {QStringLiteral("reason"), in.value(QStringLiteral("reason"))},
                                    {QStringLiteral("firstLessonCompleted"), 1}},
                                   req.caller().userId);
        CancelSpec spec;
        spec.reason = in.value(QStringLiteral("reason")).toString();
        spec.notificationType = QStringLiteral("refundProcessed");
        spec.notifyAdmins = true;
        cancelEnrollment(*ctx.repo, e, spec);
    });
    return envelope::ok(req, refundRequestSchema().name, QStringLiteral("create"),
                        refundRequestSchema().toJson(created), 201);
}

Response getRefundRequest(const Context &ctx, Request &req)
{
    const QVariantMap row = loadRefund(ctx, req.param(QStringLiteral("refundRequestId")));
    const auto e = ctx.repo->get(enrollmentSchema(), str(row, "enrollmentId"));
    if (!req.caller().isAdmin() && str(row, "requestedBy") != req.caller().userId
        && !(e && canSee(*ctx.repo, req.caller(), *e)))
        throw HttpError::forbidden(
            QStringLiteral("Only the student, the pack's tutor or an administrator may see this refund."));
    return envelope::ok(req, refundRequestSchema().name, QStringLiteral("get"),
                        refundJson(ctx, req, row, wantsJoins(req), false));
}

Response listRefundRequests(const Context &ctx, Request &req)
{
    const ListQuery q = ListQuery::parse(req, refundRequestSchema());
    QString scope;
    QVariantList binds;
    if (!req.caller().isAdmin()) {
        scope = QStringLiteral("requestedBy = ? OR enrollmentId IN (SELECT id FROM enrollments WHERE studentId = ? "
                               "OR tutorProfileId = ?)");
        binds = {req.caller().userId, req.caller().userId, tutorProfileOfUser(*ctx.repo, req.caller().userId)};
    }
    const ListResult res = ctx.repo->list(refundRequestSchema(), q, scope, binds);
    QJsonArray rows;
    for (const QVariantMap &row : res.rows)
        rows.append(refundJson(ctx, req, row, wantsJoins(req), true));
    return envelope::list(req, refundRequestSchema().plural, rows, q.paging(res.total));
}

Response updateRefundRequest(const Context &ctx, Request &req)
{
    const QVariantMap row = loadRefund(ctx, req.param(QStringLiteral("refundRequestId")));
    QVariantMap in = refundRequestSchema().readInput(
        req.json(), {QStringLiteral("processedAt"), QStringLiteral("status"), QStringLiteral("adminNote")});
    in.remove(QStringLiteral("processedAt")); // set automatically on a decision (G34)
    const QString decision = in.value(QStringLiteral("status")).toString();
    QVariantMap updated = row;
    inTransaction(*ctx.repo, [&] {
        if (in.contains(QStringLiteral("status")) && decision != str(row, "status")) {
            if (decision != QLatin1String("approved") && decision != QLatin1String("rejected"))
                throw HttpError::invalid(QStringLiteral("status"),
                                         QStringLiteral("An administrator sets 'status' to approved or rejected."));
            if (str(row, "status") != QLatin1String("pending"))
                throw HttpError(400, QStringLiteral("errMsg_RefundAlreadyProcessed"),
                                QStringLiteral("Only pending refund requests can be decided."));
            in.insert(QStringLiteral("processedAt"), isoNow());
            const auto e = ctx.repo->get(enrollmentSchema(), str(row, "enrollmentId"));
            const QString note = in.value(QStringLiteral("adminNote")).toString().trimmed();
            if (e && decision == QLatin1String("approved")) {
                // An admin's decision, so the eligibility rules do not apply (decision 9), but
                // there must be a payment to give back (as adminRefundEnrollment, D47; C28).
                if (str(*e, "paymentStatus") != paid || str(*e, "enrollmentStatus") == canceled)
                    throw HttpError(400, QStringLiteral("errMsg_EnrollmentNotPaid"),
                                    QStringLiteral("The enrollment is not paid or already canceled: there is nothing "
                                                   "to refund. Reject the request instead."));
                CancelSpec spec; // full refund, slots freed, student + tutor + admins notified
                spec.reason = note.isEmpty() ? str(row, "reason") : note;
                spec.notificationType = QStringLiteral("refundProcessed");
                spec.notifyAdmins = true;
                cancelEnrollment(*ctx.repo, *e, spec);
            } else if (e) {
                ctx.repo->update(enrollmentSchema(), idOf(*e), {{QStringLiteral("refundStatus"), ineligible}});
                // The requester learns the decision and the admin's reason (C28).
                notifyUser(*ctx.repo, str(row, "requestedBy"), QStringLiteral("refundRejected"),
                           QStringLiteral("Refund request rejected"),
                           note.isEmpty()
                               ? QStringLiteral("An administrator rejected your refund request.")
                               : QStringLiteral("An administrator rejected your refund request: %1").arg(note),
                           QJsonObject {{QStringLiteral("enrollmentId"), idOf(*e)},
                                        {QStringLiteral("refundRequestId"), idOf(row)}});
            }
        } else {
            in.remove(QStringLiteral("status"));
        }
        updated = ctx.repo->update(refundRequestSchema(), idOf(row), in);
    });
    return envelope::ok(req, refundRequestSchema().name, QStringLiteral("update"),
                        refundRequestSchema().toJson(updated));
}

} // namespace

QList<Route> enrollmentroutes::enrollmentCrud(Context ctx)
{
    QList<Route> r;
    r.append(route(R::createEnrollment, ctx, createEnrollment));
    r.append(route(R::getEnrollment, ctx, getEnrollment));
    r.append(route(R::listEnrollments, ctx, listEnrollments));
    return r;
}

QList<Route> enrollmentroutes::refunds(Context ctx)
{
    QList<Route> r;
    r.append(route(R::createRefundRequest, ctx, createRefundRequest));
    r.append(route(R::getRefundRequest, ctx, getRefundRequest));
    r.append(route(R::listRefundRequests, ctx, listRefundRequests));
    r.append(route(R::updateRefundRequest, ctx, updateRefundRequest));
    return r;
}

} // namespace tutorhub::server
