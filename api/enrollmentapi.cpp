#include "enrollmentapi.h"

#include "contract.h"

#include <QDateTime>
#include <QJsonArray>

namespace tutorhub::api {

EnrollmentApi::EnrollmentApi(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) { }

ApiReply *EnrollmentApi::run(const ApiRequest &request, QObject *context, JsonCallback done)
{
    return callJson(m_client, request, context ? context : this, std::move(done));
}

ApiReply *EnrollmentApi::createEnrollment(const QString &packId, const QString &tutorProfileId,
                                          const QStringList &slotIds, double totalAmount, QObject *c, JsonCallback d)
{
    const QJsonObject body {{QStringLiteral("coursePackId"), packId},
                            {QStringLiteral("tutorProfileId"), tutorProfileId},
                            {QStringLiteral("lessonSlotIds"), QJsonArray::fromStringList(slotIds)},
                            {QStringLiteral("totalAmount"), totalAmount},
                            {QStringLiteral("currency"), QStringLiteral("EUR")},
                            {QStringLiteral("refundStatus"), QStringLiteral("notRequested")}};
    return run(ApiRequest::to(Route::createEnrollment, {}, body), c, std::move(d));
}
ApiReply *EnrollmentApi::getEnrollment(const QString &id, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::getEnrollment, {id}), c, std::move(d));
}
ApiReply *EnrollmentApi::listEnrollments(const QUrlQuery &q, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::listEnrollments, {}, q), c, std::move(d));
}
ApiReply *EnrollmentApi::cleanupPendingEnrollments(int maxAgeMinutes, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::cleanupPendingEnrollments, {},
                              QJsonObject {{QStringLiteral("maxAgeMinutes"), maxAgeMinutes}}),
               c, std::move(d));
}
ApiReply *EnrollmentApi::createRefundRequest(const QString &enrollmentId, const QString &reason, QObject *c,
                                             JsonCallback d)
{
    const QJsonObject body {
        {QStringLiteral("enrollmentId"), enrollmentId},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("requestedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("status"), QStringLiteral("pending")},
        {QStringLiteral("firstLessonCompleted"), true}};
    return run(ApiRequest::to(Route::createRefundRequest, {}, body), c, std::move(d));
}
ApiReply *EnrollmentApi::listRefundRequests(const QUrlQuery &q, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::listRefundRequests, {}, q), c, std::move(d));
}
ApiReply *EnrollmentApi::startPayment(const QString &enrollmentId, const QString &pmId, bool savePaymentMethod,
                                      QObject *c, JsonCallback d)
{
    const QJsonObject body {
        {QStringLiteral("paymentUserParams"), QJsonObject {{QStringLiteral("paymentMethodId"), pmId},
                                                           {QStringLiteral("savePaymentMethod"), savePaymentMethod}}}};
    ApiRequest r = ApiRequest::to(Route::startEnrollmentPayment, {enrollmentId}, body);
    r.idempotent = true; // repeated starts charge once (D46)
    return run(r, c, std::move(d));
}
ApiReply *EnrollmentApi::refreshPayment(const QString &enrollmentId, QObject *c, JsonCallback d)
{
    ApiRequest r = ApiRequest::to(Route::refreshEnrollmentPayment, {enrollmentId}, QJsonObject {});
    r.idempotent = true; // a re-read only
    return run(r, c, std::move(d));
}
ApiReply *EnrollmentApi::callbackPayment(const QString &enrollmentId, QObject *c, JsonCallback d)
{
    ApiRequest r = ApiRequest::to(Route::callbackEnrollmentPayment, {},
                                  QJsonObject {{QStringLiteral("enrollmentId"), enrollmentId}});
    r.idempotent = true; // replays change nothing (D46)
    return run(r, c, std::move(d));
}
ApiReply *EnrollmentApi::listPaymentMethods(const QString &userId, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::listPaymentCustomerMethods, {userId}), c, std::move(d));
}
} // namespace tutorhub::api
