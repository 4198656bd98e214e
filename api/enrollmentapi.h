// Facade of enrollmentManagement (API.md §3.3, decisions D43-D48) for the student flow: enrollments,
// refund requests, the payment flow (start / refresh / callback) and the gateway simulator (D46).
// Card numbers go only to the simulator's tokenize route (never stored, never logged); TutorHub's
// own routes see the pm_… token.
#pragma once

#include "jsonapi.h"

#include <QObject>
#include <QUrlQuery>

namespace tutorhub::api {

// A card as typed by the user, for tokenizeCard only.
struct CardInput
{
    QString number; // digits (spaces allowed)
    int expMonth = 0;
    int expYear = 0;
    QString cvc;
    QString holderName;
    bool save = true;
};

class EnrollmentApi : public QObject
{
    Q_OBJECT

public:
    explicit EnrollmentApi(ApiClient *client, QObject *parent = nullptr);
    ApiClient *client() const { return m_client; }

    // --- enrollments ---------------------------------------------------------------------------
    // POST /v1/enrollments {coursePackId, tutorProfileId, lessonSlotIds, totalAmount, currency,
    // refundStatus}; the server recomputes the amount (D43).
    ApiReply *createEnrollment(const QString &coursePackId, const QString &tutorProfileId, const QStringList &lessonSlotIds,
                               double totalAmount, QObject *context, JsonCallback done);
    ApiReply *getEnrollment(const QString &id, QObject *context, JsonCallback done);
    ApiReply *listEnrollments(const QUrlQuery &query, QObject *context, JsonCallback done);
    // POST /v1/cleanuppendingenrollments {maxAgeMinutes} (own pending ones for a student, D48).
    ApiReply *cleanupPendingEnrollments(int maxAgeMinutes, QObject *context, JsonCallback done);

    // --- refunds -------------------------------------------------------------------------------
    ApiReply *createRefundRequest(const QString &enrollmentId, const QString &reason, QObject *context, JsonCallback done);
    ApiReply *listRefundRequests(const QUrlQuery &query, QObject *context, JsonCallback done);

    // --- payment flow (envelope key paymentResult) ---------------------------------------------
    ApiReply *startPayment(const QString &enrollmentId, const QString &paymentMethodId, QObject *context, JsonCallback done);
    ApiReply *refreshPayment(const QString &enrollmentId, QObject *context, JsonCallback done);
    ApiReply *callbackPayment(const QString &enrollmentId, QObject *context, JsonCallback done);
    ApiReply *listPaymentMethods(const QString &userId, QObject *context, JsonCallback done);

    // --- gateway simulator (D46) ---------------------------------------------------------------
    // POST paymentgateway/paymentmethods → paymentMethod {id: pm_…, card{brand, last4, …}, saved}.
    ApiReply *tokenizeCard(const CardInput &card, QObject *context, JsonCallback done);
    ApiReply *getPaymentIntent(const QString &intentId, QObject *context, JsonCallback done);
    // The extra confirmation step (4000 0025 0000 3155): approve or refuse.
    ApiReply *confirmPaymentIntent(const QString &intentId, bool approve, QObject *context, JsonCallback done);

private:
    ApiReply *run(const ApiRequest &request, QObject *context, JsonCallback done);
    ApiClient *m_client;
};

} // namespace tutorhub::api
