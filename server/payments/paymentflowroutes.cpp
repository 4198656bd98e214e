// The Stripe-shaped payment flow of an enrollment (rules 46-51, decision 8): start, refresh (poll),
// callback (webhook). The gateway simulator settles asynchronously and calls the webhook itself.
#include "payments/paymentroutes.h"

#include "core/apierror.h"
#include "enrollment/enrollmentrules.h"
#include "enrollment/enrollmentschema.h"
#include "http/envelope.h"

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
        throw HttpError::invalid(QStringLiteral("paymentUserParams"), QStringLiteral("'paymentUserParams' must be a JSON object."));
    return v.toObject();
}

Response answer(Context ctx, const Request &req, const QVariantMap &e, const QJsonObject &params)
{
    return envelope::ok(req, enrollmentSchema().name, QStringLiteral("update"),
                        enrollmentJson(*ctx.repo, e, req.baseUrl, false, false),
                        200, {{QStringLiteral("paymentResult"), paymentResult(*ctx.repo, e, params, str(e, "studentId") == req.caller().userId)}});
}

// Pulls the gateway's state into the enrollment (webhook and poll share it).
QVariantMap sync(Context ctx, const QString &enrollmentId)
{
    QVariantMap e;
    inTransaction(*ctx.repo, [&] { e = applyGatewayState(*ctx.repo, enrollmentId); });
    return e;
}

} // namespace

QList<Route> paymentFlowRoutes(Context ctx, std::shared_ptr<PaymentScheduler> scheduler)
{
    QList<Route> r;
    r.append({R::startEnrollmentPayment, [ctx, scheduler](Request &req) {
                  const QJsonObject params = userParams(req.json(), true);
                  const QJsonValue pmValue = params.value(QStringLiteral("paymentMethodId"));
                  if (pmValue.isUndefined() || pmValue.isNull() || (pmValue.isString() && pmValue.toString().isEmpty()))
                      throw HttpError::missing(QStringLiteral("paymentMethodId"));
                  if (!pmValue.isString() || pmValue.toString().size() > kMaxString)
                      throw HttpError::invalid(QStringLiteral("paymentMethodId"), QStringLiteral("'paymentMethodId' must be a pm_… string."));
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
                  if (!pm || str(*pm, "customerId") != gateway::customerOf(*ctx.repo, req.caller().userId, false))
                      throw HttpError::invalid(QStringLiteral("paymentMethodId"), QStringLiteral("Unknown payment method; add the card first."));
                  const QString redirect = params.value(QStringLiteral("redirectUrl")).toString().left(1024);
                  QVariantMap intent;
                  inTransaction(*ctx.repo, [&] {
                      intent = gateway::createIntent(*ctx.repo, pmId, gateway::minorUnits(e.value(QStringLiteral("totalAmount")).toDouble()),
                                                     str(e, "currency"),
                                                     {{QStringLiteral("orderId"), idOf(e)},
                                                      {QStringLiteral("coursePackId"), str(e, "coursePackId")}});
                      const QVariantMap values{{QStringLiteral("ownerId"), req.caller().userId},
                                               {QStringLiteral("orderId"), idOf(e)},
                                               {QStringLiteral("paymentId"), str(intent, "id")},
                                               {QStringLiteral("paymentStatus"), str(intent, "status")},
                                               {QStringLiteral("statusLiteral"), str(intent, "status") == gateway::requiresAction
                                                                                     ? QStringLiteral("actionRequired")
                                                                                     : QStringLiteral("processing")},
                                               {QStringLiteral("redirectUrl"), redirect.isEmpty() ? QVariant() : QVariant(redirect)}};
                      if (ticket)
                          ctx.repo->update(enrollmentPaymentSchema(), idOf(*ticket), values);
                      else
                          ctx.repo->insert(enrollmentPaymentSchema(), values, req.caller().userId);
                      e = ctx.repo->update(enrollmentSchema(), idOf(e), {{QStringLiteral("paymentConfirmation"), processing}});
                  });
                  scheduler->track(intent);
                  return answer(ctx, req, e, params);
              }});

    r.append({R::refreshEnrollmentPayment, [ctx](Request &req) {
                  const QJsonObject params = userParams(req.json(), false);
                  const QVariantMap e = loadEnrollment(*ctx.repo, req.param(QStringLiteral("enrollmentId")));
                  requireCanSee(*ctx.repo, req.caller(), e);
                  return answer(ctx, req, sync(ctx, idOf(e)), params);
              }});

    // The gateway delivers its webhook in-process (PaymentScheduler); over HTTP this route is a
    // replay that only pulls the gateway's state again, so it needs a caller who may see the order.
    r.append({R::callbackEnrollmentPayment, [ctx](Request &req) {
                  const QJsonObject body = req.json();
                  const QString id = requireUuid(body.value(QStringLiteral("enrollmentId")), QStringLiteral("enrollmentId"));
                  const QVariantMap e = loadEnrollment(*ctx.repo, id);
                  requireCanSee(*ctx.repo, req.caller(), e);
                  return answer(ctx, req, sync(ctx, id), userParams(body, false));
              }});
    return r;
}

} // namespace tutorhub::server
