// Payment records (API.md §3.3): sys_enrollmentPayment tickets, sys_paymentCustomer, sys_paymentMethod.
// Access (G39/G58, not stated in the spec): the payer, the order's student or tutor, and admins read;
// only admins create, update or delete tickets by hand (the flow writes them itself).
#include "payments/paymentroutes.h"

#include "core/apierror.h"
#include "enrollment/enrollmentrules.h"
#include "enrollment/enrollmentschema.h"
#include "http/envelope.h"
#include "core/handler.h"

#include <QUuid>

namespace tutorhub::server {

using namespace enrollment;

namespace {

const QStringList kTicketFields {QStringLiteral("orderId"), QStringLiteral("paymentId"),
                                 QStringLiteral("paymentStatus"), QStringLiteral("statusLiteral"),
                                 QStringLiteral("redirectUrl")};

void requireTicketAccess(Context ctx, const AuthContext &caller, const QVariantMap &ticket)
{
    if (caller.isAdmin() || str(ticket, "ownerId") == caller.userId)
        return;
    const auto e = ctx.repo->get(enrollmentSchema(), str(ticket, "orderId"));
    if (e && canSee(*ctx.repo, caller, *e))
        return;
    throw HttpError::forbidden(
        QStringLiteral("Only the payer, the order's student or tutor, or an administrator may see this payment."));
}

Response ticketAnswer(const Request &req, const QVariantMap &row, const QString &action, int status = 200)
{
    return envelope::ok(req, enrollmentPaymentSchema().name, action, enrollmentPaymentSchema().toJson(row), status);
}

QVariantMap loadTicket(Context ctx, const QString &where, const QString &value)
{
    const auto row = ctx.repo->findOne(enrollmentPaymentSchema(), where, {value});
    if (!row)
        throw HttpError::notFound(enrollmentPaymentSchema().name);
    return *row;
}

QVariantMap loadTicketById(Context ctx, const QString &id)
{
    if (QUuid::fromString(id).isNull())
        throw HttpError::notFound(enrollmentPaymentSchema().name);
    return loadTicket(ctx, QStringLiteral("id = ?"), id);
}

void requireSelfOrAdmin(const Request &req, const QString &userId)
{
    if (!req.caller().isAdmin() && req.caller().userId != userId)
        throw HttpError::forbidden(QStringLiteral("Only the user or an administrator may see saved payment data."));
}

Response listOf(Context ctx, const Request &req, const ObjectSchema &s, const QString &scope, const QVariantList &binds)
{
    const ListQuery q = ListQuery::parse(req, s);
    const ListResult res = ctx.repo->list(s, q, scope, binds);
    QJsonArray rows;
    for (const QVariantMap &row : res.rows)
        rows.append(s.toJson(row));
    return envelope::list(req, s.plural, rows, q.paging(res.total));
}

} // namespace

namespace {

Response getEnrollmentPayment(const Context &ctx, Request &req)
{
    const QVariantMap row = loadTicketById(ctx, req.param(QStringLiteral("sys_enrollmentPaymentId")));
    requireTicketAccess(ctx, req.caller(), row);
    return ticketAnswer(req, row, QStringLiteral("get"));
}

Response getEnrollmentPaymentByOrderId(const Context &ctx, Request &req)
{
    const QVariantMap row
        = loadTicket(ctx, QStringLiteral("orderId = ? AND isActive = 1"), req.param(QStringLiteral("orderId")));
    requireTicketAccess(ctx, req.caller(), row);
    return ticketAnswer(req, row, QStringLiteral("get"));
}

Response getEnrollmentPaymentByPaymentId(const Context &ctx, Request &req)
{
    const QVariantMap row
        = loadTicket(ctx, QStringLiteral("paymentId = ? AND isActive = 1"), req.param(QStringLiteral("paymentId")));
    requireTicketAccess(ctx, req.caller(), row);
    return ticketAnswer(req, row, QStringLiteral("get"));
}

Response listEnrollmentPayments(const Context &ctx, Request &req)
{
    const ObjectSchema &T = enrollmentPaymentSchema();
    if (req.caller().isAdmin())
        return listOf(ctx, req, T, {}, {});
    return listOf(ctx, req, T,
                  QStringLiteral("ownerId = ? OR orderId IN (SELECT id FROM enrollments WHERE studentId = ? OR "
                                 "tutorProfileId = ?)"),
                  {req.caller().userId, req.caller().userId, tutorProfileOfUser(*ctx.repo, req.caller().userId)});
}

Response createEnrollmentPayment(const Context &ctx, Request &req)
{
    const ObjectSchema &T = enrollmentPaymentSchema();
    const QJsonObject body = req.json();
    const QString orderId = requireUuid(body.value(QStringLiteral("orderId")), QStringLiteral("orderId"));
    QVariantMap in
        = T.readInput(body, kTicketFields,
                      {QStringLiteral("paymentId"), QStringLiteral("paymentStatus"), QStringLiteral("statusLiteral")});
    const QVariantMap e = loadEnrollment(*ctx.repo, orderId);
    if (ticketOf(*ctx.repo, orderId))
        throw HttpError(409, QStringLiteral("errMsg_PaymentTicketExists"),
                        QStringLiteral("This order already has a payment ticket."));
    in.insert(QStringLiteral("orderId"), orderId);
    in.insert(QStringLiteral("ownerId"), str(e, "studentId"));
    return ticketAnswer(req, ctx.repo->insert(T, in, req.caller().userId), QStringLiteral("create"), 201);
}

Response updateEnrollmentPayment(const Context &ctx, Request &req)
{
    const ObjectSchema &T = enrollmentPaymentSchema();
    const QVariantMap row = loadTicketById(ctx, req.param(QStringLiteral("sys_enrollmentPaymentId")));
    QVariantMap in = T.readInput(req.json(), kTicketFields.mid(1));
    for (const char *k : {"paymentId", "paymentStatus", "statusLiteral"})
        if (in.contains(QLatin1String(k)) && in.value(QLatin1String(k)).toString().trimmed().isEmpty())
            throw HttpError::missing(QLatin1String(k));
    return ticketAnswer(req, ctx.repo->update(T, idOf(row), in), QStringLiteral("update"));
}

Response deleteEnrollmentPayment(const Context &ctx, Request &req)
{
    const ObjectSchema &T = enrollmentPaymentSchema();
    const QVariantMap row = loadTicketById(ctx, req.param(QStringLiteral("sys_enrollmentPaymentId")));
    return ticketAnswer(req, ctx.repo->softDelete(T, idOf(row)), QStringLiteral("delete"));
}

Response getPaymentCustomerByUserId(const Context &ctx, Request &req)
{
    const QString userId = req.param(QStringLiteral("userId"));
    requireSelfOrAdmin(req, userId);
    const auto row
        = ctx.repo->findOne(paymentCustomerSchema(), QStringLiteral("userId = ? AND isActive = 1"), {userId});
    if (!row)
        throw HttpError::notFound(paymentCustomerSchema().name);
    return envelope::ok(req, paymentCustomerSchema().name, QStringLiteral("get"), paymentCustomerSchema().toJson(*row));
}

Response listPaymentCustomers(const Context &ctx, Request &req)
{
    if (req.caller().isAdmin())
        return listOf(ctx, req, paymentCustomerSchema(), {}, {});
    return listOf(ctx, req, paymentCustomerSchema(), QStringLiteral("userId = ?"), {req.caller().userId});
}

Response listPaymentCustomerMethods(const Context &ctx, Request &req)
{
    const QString userId = req.param(QStringLiteral("userId"));
    requireSelfOrAdmin(req, userId);
    return listOf(ctx, req, paymentMethodSchema(), QStringLiteral("userId = ?"), {userId});
}

} // namespace

QList<Route> paymentRecordRoutes(Context ctx)
{
    QList<Route> r;
    r.append(route(R::getEnrollmentPayment, ctx, getEnrollmentPayment));
    r.append(route(R::getEnrollmentPaymentByOrderId, ctx, getEnrollmentPaymentByOrderId));
    r.append(route(R::getEnrollmentPaymentByPaymentId, ctx, getEnrollmentPaymentByPaymentId));
    r.append(route(R::listEnrollmentPayments, ctx, listEnrollmentPayments));
    r.append(route(R::createEnrollmentPayment, ctx, createEnrollmentPayment));
    r.append(route(R::updateEnrollmentPayment, ctx, updateEnrollmentPayment));
    r.append(route(R::deleteEnrollmentPayment, ctx, deleteEnrollmentPayment));

    r.append(route(R::getPaymentCustomerByUserId, ctx, getPaymentCustomerByUserId));
    r.append(route(R::listPaymentCustomers, ctx, listPaymentCustomers));
    r.append(route(R::listPaymentCustomerMethods, ctx, listPaymentCustomerMethods));
    return r;
}

} // namespace tutorhub::server
