// Payment APIs of enrollmentmanagement-api (API.md §3.3 "Payment (Stripe) and payment records") and
// the Stripe test-mode simulator under {host}/stripe (ARCHITECTURE decision 8 amended, C10-C13).
#pragma once

#include "core/context.h"
#include "http/router.h"
#include "payments/gateway.h"

#include <functional>
#include <memory>

namespace tutorhub::server {

// Where the simulator's webhook events go (Server: callbackEnrollmentPayment through the router).
struct StripeWebhook
{
    QByteArray secret; // whsec_…, signs every event (Stripe-Signature: t=…,v1=HMAC-SHA256)
    std::function<void(const QByteArray &body, const QByteArray &signatureHeader)> deliver;
};

// startEnrollmentPayment, refreshEnrollmentPayment, callbackEnrollmentPayment. The callback takes a
// webhook event signed with `webhookSecret`, or a signed-in caller who may see the order (a replay).
QList<Route> paymentFlowRoutes(Context ctx, const QByteArray &webhookSecret);
// sys_enrollmentPayment CRUD and lookups, sys_paymentCustomer and sys_paymentMethod reads.
QList<Route> paymentRecordRoutes(Context ctx);
// Records a payment method (gateway row) as the user's saved sys_paymentMethod and creates their
// sys_paymentCustomer on first use. Idempotent per payment method.
void savePaymentMethod(Repository &repo, const QString &userId, const QVariantMap &paymentMethod,
                       const QString &holder);
// The Stripe simulator's routes (segment Router::stripeSegment()).
QList<Route> stripeRoutes(Context ctx, std::shared_ptr<PaymentScheduler> scheduler, StripeWebhook webhook);

// Stripe-Signature header of `body` at `timestamp` (seconds), and its check with a tolerance.
QByteArray stripeSignatureHeader(const QByteArray &secret, qint64 timestamp, const QByteArray &body);
bool verifyStripeSignature(const QByteArray &secret, const QByteArray &header, const QByteArray &body, qint64 now,
                           int toleranceSecs = 300);

} // namespace tutorhub::server
