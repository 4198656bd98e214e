// Facade of enrollmentManagement (API.md §3.3, decisions D43-D48) for the student flow: enrollments,
// refund requests and the payment flow (start / refresh / callback). Card numbers never pass through
// here: the app hands them to Stripe only (api/stripeclient.h); TutorHub sees the pm_… id (C14).
#pragma once

#include "jsonapi.h"

#include <QObject>
#include <QUrlQuery>

namespace tutorhub::api {

class EnrollmentApi : public QObject
{
    Q_OBJECT

public:
    explicit EnrollmentApi(ApiClient *client, QObject *parent = nullptr);
    ApiClient *client() const { return m_client; }

    // --- enrollments ---------------------------------------------------------------------------
    // POST /v1/enrollments {coursePackId, tutorProfileId, lessonSlotIds, totalAmount, currency,
    // refundStatus}; the server recomputes the amount (D43).
    ApiReply *createEnrollment(const QString &coursePackId, const QString &tutorProfileId,
                               const QStringList &lessonSlotIds, double totalAmount, QObject *context,
                               JsonCallback done);
    ApiReply *getEnrollment(const QString &id, QObject *context, JsonCallback done);
    ApiReply *listEnrollments(const QUrlQuery &query, QObject *context, JsonCallback done);
    // POST /v1/cleanuppendingenrollments {maxAgeMinutes} (own pending ones for a student, D48).
    ApiReply *cleanupPendingEnrollments(int maxAgeMinutes, QObject *context, JsonCallback done);

    // --- refunds -------------------------------------------------------------------------------
    ApiReply *createRefundRequest(const QString &enrollmentId, const QString &reason, QObject *context,
                                  JsonCallback done);
    ApiReply *listRefundRequests(const QUrlQuery &query, QObject *context, JsonCallback done);

    // --- payment flow (envelope key paymentResult) ---------------------------------------------
    // PATCH startenrollmentpayment {paymentUserParams: {paymentMethodId, savePaymentMethod}}: the answer's
    // paymentResult.paymentIntentInfo is the Stripe PaymentIntent with its client_secret (C14).
    ApiReply *startPayment(const QString &enrollmentId, const QString &paymentMethodId, bool savePaymentMethod,
                           QObject *context, JsonCallback done);
    ApiReply *refreshPayment(const QString &enrollmentId, QObject *context, JsonCallback done);
    ApiReply *callbackPayment(const QString &enrollmentId, QObject *context, JsonCallback done);
    ApiReply *listPaymentMethods(const QString &userId, QObject *context, JsonCallback done);

private:
    ApiReply *run(const ApiRequest &request, QObject *context, JsonCallback done);
    ApiClient *m_client;
};

} // namespace tutorhub::api
