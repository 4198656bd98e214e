// Payment APIs of enrollmentmanagement-api (API.md §3.3 "Payment (Stripe) and payment records") and
// the simulated gateway's own routes (ARCHITECTURE decision 8).
#pragma once

#include "core/context.h"
#include "http/router.h"
#include "payments/gateway.h"

#include <memory>

namespace tutorhub::server {

// startEnrollmentPayment, refreshEnrollmentPayment, callbackEnrollmentPayment.
QList<Route> paymentFlowRoutes(Context ctx, std::shared_ptr<PaymentScheduler> scheduler);
// sys_enrollmentPayment CRUD and lookups, sys_paymentCustomer and sys_paymentMethod reads.
QList<Route> paymentRecordRoutes(Context ctx);
// Records a tokenized card (gateway::tokenize's answer) as the user's saved sys_paymentMethod and
// creates their sys_paymentCustomer on first use.
void savePaymentMethod(Repository &repo, const QString &userId, const QJsonObject &paymentMethod, const QString &holder,
                       const QString &zip);
// POST /v1/paymentgateway/paymentmethods (tokenize a test card), GET/confirm a payment intent.
QList<Route> gatewayRoutes(Context ctx, std::shared_ptr<PaymentScheduler> scheduler);

} // namespace tutorhub::server
