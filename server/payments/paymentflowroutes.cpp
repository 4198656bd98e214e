// The Stripe payment flow of an enrollment (rules 46-51, decision 8 amended, C13-C15): start creates
// the PaymentIntent (requires_confirmation) for the app's pm_… and hands its client_secret to the
// paying student, who confirms it with Stripe directly; Stripe (the simulator) reports the outcome
// through the signed webhook callback; refresh is the poll.
#include "payments/paymentroutes.h"

#include "core/apierror.h"
#include "enrollment/enrollmentrules.h"
#include "enrollment/enrollmentschema.h"
#include "http/envelope.h"
#include "core/handler.h"

#include <QDateTime>
#include <QJsonDocument>

namespace tutorhub::server {

using namespace enrollment;

namespace {

QJsonObject userParams(const QJsonObject &body, bool required)
{
    const QJsonValue v = body.value(QStringLiteral("paymentUserParams"));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            throw HttpError::missing(QStringLiteral("paymentUserParams"));
        return {};
    }
    if (!v.isObject())
        throw HttpError::invalid(QStringLiteral("paymentUserParams"),
                                 QStringLiteral("'paymentUserParams' must be a JSON object."));
    return v.toObject();
}

Response answer(Context ctx, const Request &req, const QVariantMap &e, const QJsonObject &params)
{
    const bool payer = req.auth && str(e, "studentId") == req.auth->userId;
    return envelope::ok(req, enrollmentSchema().name, QStringLiteral("update"),
                        enrollmentJson(*ctx.repo, e, req.baseUrl, false, false), 200,
                        {{QStringLiteral("paymentResult"), paymentResult(*ctx.repo, e, params, payer, req.baseUrl)}});
}

// Pulls the gateway's state into the enrollment (webhook and poll share it).
QVariantMap sync(Context ctx, const QString &enrollmentId)
{
    QVariantMap e;
    inTransaction(*ctx.repo, [&] { e = applyGatewayState(*ctx.repo, enrollmentId); });
    return e;
}

} // namespace

// Records the payment method as a saved TutorHub payment method (and the customer on first use).
void savePaymentMethod(Repository &repo, const QString &userId, const QVariantMap &pm, const QString &holder)
{
    const QString pmId = str(pm, "id");
    const QString customer = str(pm, "customerId");
    if (repo.findOne(paymentMethodSchema(), QStringLiteral("paymentMethodId = ?"), {pmId}))
        return;
    if (!repo.findOne(paymentCustomerSchema(), QStringLiteral("userId = ?"), {userId}))
        repo.insert(paymentCustomerSchema(),
                    {{QStringLiteral("userId"), userId},
                     {QStringLiteral("customerId"), customer},
                     {QStringLiteral("platform"), QStringLiteral("stripe")}},
                    userId);
    repo.insert(paymentMethodSchema(),
                {{QStringLiteral("paymentMethodId"), pmId},
                 {QStringLiteral("userId"), userId},
                 {QStringLiteral("customerId"), customer},
                 {QStringLiteral("cardHolderName"), holder.isEmpty() ? QVariant() : QVariant(holder.left(kMaxString))},
                 {QStringLiteral("cardHolderZip"), QVariant()},
                 {QStringLiteral("platform"), QStringLiteral("stripe")},
                 {QStringLiteral("cardInfo"),
                  QString::fromUtf8(QJsonDocument(gateway::cardInfo(pm)).toJson(QJsonDocument::Compact))}},
                userId);
}

namespace {

Response startEnrollmentPayment(const Context &ctx, Request &req)
{
    const QJsonObject params = userParams(req.json(), true);
    const QJsonValue pmValue = params.value(QStringLiteral("paymentMethodId"));
    if (pmValue.isUndefined() || pmValue.isNull() || (pmValue.isString() && pmValue.toString().isEmpty()))
        throw HttpError::missing(QStringLiteral("paymentMethodId"));
    if (!pmValue.isString() || pmValue.toString().size() > kMaxString)
        throw HttpError::invalid(QStringLiteral("paymentMethodId"),
                                 QStringLiteral("'paymentMethodId' must be a pm_… string."));
    const QJsonValue saveValue = params.value(QStringLiteral("savePaymentMethod"));
    if (!saveValue.isUndefined() && !saveValue.isNull() && !saveValue.isBool())
        throw HttpError::invalid(QStringLiteral("savePaymentMethod"),
                                 QStringLiteral("'savePaymentMethod' must be true or false."));
    QVariantMap e = loadEnrollment(*ctx.repo, req.param(QStringLiteral("enrollmentId")));
    if (str(e, "studentId") != req.caller().userId)
        throw HttpError::forbidden(QStringLiteral("Only the enrolled student pays for an enrollment."));
    e = sync(ctx, idOf(e));
    if (str(e, "enrollmentStatus") == canceled)
        throw HttpError(400, QStringLiteral("errMsg_EnrollmentCanceled"),
                        QStringLiteral("This enrollment was canceled; enroll again to book lessons."));
    // Idempotent: a payment that is under way or done is reported, not started again.
    const auto ticket = ticketOf(*ctx.repo, idOf(e));
    const auto current = ticket ? gateway::intent(*ctx.repo, str(*ticket, "paymentId")) : std::nullopt;
    const QString status = current ? str(*current, "status") : QString();
    if (str(e, "paymentStatus") != pending || status == gateway::processing || status == gateway::requiresAction
        || status == gateway::succeeded)
        return answer(ctx, req, e, params);

    const QString pmId = pmValue.toString();
    const auto pm = gateway::paymentMethod(*ctx.repo, pmId);
    const QString mine = gateway::customerOf(*ctx.repo, req.caller().userId, false);
    if (!pm || (!str(*pm, "customerId").isEmpty() && str(*pm, "customerId") != mine))
        throw HttpError::invalid(QStringLiteral("paymentMethodId"),
                                 QStringLiteral("Unknown payment method; create it with Stripe first."));
    const QString redirect = params.value(QStringLiteral("redirectUrl")).toString().left(1024);
    inTransaction(*ctx.repo, [&] {
        // What TutorHub's backend does with Stripe's secret key: customer, attach, intent.
        const QString customer = gateway::customerOf(*ctx.repo, req.caller().userId, true);
        gateway::attachPaymentMethod(*ctx.repo, pmId, customer);
        if (saveValue.toBool(false))
            savePaymentMethod(*ctx.repo, req.caller().userId, *gateway::paymentMethod(*ctx.repo, pmId),
                              str(*pm, "holderName"));
        QVariantMap intent;
        if (current && (status == gateway::requiresConfirmation || status == gateway::declined))
            intent = gateway::updateIntentMethod(*ctx.repo, str(*current, "id"), pmId); // one intent per order
        else
            intent = gateway::createIntent(
                *ctx.repo, customer, pmId, gateway::minorUnits(e.value(QStringLiteral("totalAmount")).toDouble()),
                str(e, "currency"),
                {{QStringLiteral("orderId"), idOf(e)}, {QStringLiteral("coursePackId"), str(e, "coursePackId")}});
        const QVariantMap values {
            {QStringLiteral("ownerId"), req.caller().userId},
            {QStringLiteral("orderId"), idOf(e)},
            {QStringLiteral("paymentId"), str(intent, "id")},
            {QStringLiteral("paymentStatus"), str(intent, "status")},
            {QStringLiteral("statusLiteral"), QStringLiteral("processing")},
            {QStringLiteral("redirectUrl"), redirect.isEmpty() ? QVariant() : QVariant(redirect)}};
        if (ticket)
            ctx.repo->update(enrollmentPaymentSchema(), idOf(*ticket), values);
        else
            ctx.repo->insert(enrollmentPaymentSchema(), values, req.caller().userId);
        e = ctx.repo->update(enrollmentSchema(), idOf(e), {{QStringLiteral("paymentConfirmation"), processing}});
    });
    return answer(ctx, req, e, params);
}

Response refreshEnrollmentPayment(const Context &ctx, Request &req)
{
    const QJsonObject params = userParams(req.json(), false);
    const QVariantMap e = loadEnrollment(*ctx.repo, req.param(QStringLiteral("enrollmentId")));
    requireCanSee(*ctx.repo, req.caller(), e);
    return answer(ctx, req, sync(ctx, idOf(e)), params);
}

} // namespace

QList<Route> paymentFlowRoutes(Context ctx, const QByteArray &webhookSecret)
{
    QList<Route> r;
    r.append(route(R::startEnrollmentPayment, ctx, startEnrollmentPayment));

    r.append(route(R::refreshEnrollmentPayment, ctx, refreshEnrollmentPayment));

    // The webhook: Stripe (the simulator) posts its signed event here (Stripe-Signature); the order id
    // is the documented `enrollmentId` or, in a Stripe event, data.object.metadata.orderId. Without a
    // signature it is a replay by a signed-in caller who may see the order. Either way the route only
    // pulls the gateway's state again, so a forged or repeated call changes nothing by itself.
    r.append(
        {R::callbackEnrollmentPayment, [ctx, webhookSecret](Request &req) {
             const QJsonObject body = req.json();
             const QByteArray signature = req.header("stripe-signature");
             QJsonValue idValue = body.value(QStringLiteral("enrollmentId"));
             if (!signature.isEmpty()) {
                 if (!verifyStripeSignature(webhookSecret, signature, req.body, QDateTime::currentSecsSinceEpoch()))
                     throw HttpError(400, QStringLiteral("errMsg_InvalidWebhookSignature"),
                                     QStringLiteral("The Stripe-Signature of this webhook event does not match."));
                 if (idValue.isUndefined())
                     idValue = body.value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("object"))
                                   .toObject()
                                   .value(QStringLiteral("metadata"))
                                   .toObject()
                                   .value(QStringLiteral("orderId"));
             } else if (!req.auth) {
                 throw HttpError::loginRequired();
             }
             const QString id = requireUuid(idValue, QStringLiteral("enrollmentId"));
             const QVariantMap e = loadEnrollment(*ctx.repo, id);
             if (signature.isEmpty())
                 requireCanSee(*ctx.repo, req.caller(), e);
             return answer(ctx, req, sync(ctx, id), userParams(body, false));
         }});
    return r;
}

} // namespace tutorhub::server
