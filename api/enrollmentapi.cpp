#include "enrollmentapi.h"

#include <QDateTime>
#include <QJsonArray>

namespace tutorhub::api {

namespace {
constexpr Service kEnrollment = Service::EnrollmentManagement;

QString v1(const char *route, const QString &id = {})
{
    QString path = QStringLiteral("/v1/") + QLatin1String(route);
    if (!id.isEmpty())
        path += QLatin1Char('/') + pathSegment(id);
    return path;
}
} // namespace

EnrollmentApi::EnrollmentApi(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

ApiReply *EnrollmentApi::run(const ApiRequest &request, QObject *context, JsonCallback done)
{
    return callJson(m_client, request, context ? context : this, std::move(done));
}

ApiReply *EnrollmentApi::createEnrollment(const QString &packId, const QString &tutorProfileId, const QStringList &slotIds,
                                          double totalAmount, QObject *c, JsonCallback d)
{
    const QJsonObject body{{QStringLiteral("coursePackId"), packId},
                           {QStringLiteral("tutorProfileId"), tutorProfileId},
                           {QStringLiteral("lessonSlotIds"), QJsonArray::fromStringList(slotIds)},
                           {QStringLiteral("totalAmount"), totalAmount},
                           {QStringLiteral("currency"), QStringLiteral("EUR")},
                           {QStringLiteral("refundStatus"), QStringLiteral("notRequested")}};
    return run(ApiRequest::post(kEnrollment, v1("enrollments"), body), c, std::move(d));
}
ApiReply *EnrollmentApi::getEnrollment(const QString &id, QObject *c, JsonCallback d)
{
    return run(ApiRequest::get(kEnrollment, v1("enrollments", id)), c, std::move(d));
}
ApiReply *EnrollmentApi::listEnrollments(const QUrlQuery &q, QObject *c, JsonCallback d)
{
    return run(ApiRequest::get(kEnrollment, v1("enrollments"), q), c, std::move(d));
}
ApiReply *EnrollmentApi::cleanupPendingEnrollments(int maxAgeMinutes, QObject *c, JsonCallback d)
{
    return run(ApiRequest::post(kEnrollment, v1("cleanuppendingenrollments"), QJsonObject{{QStringLiteral("maxAgeMinutes"), maxAgeMinutes}}),
               c, std::move(d));
}
ApiReply *EnrollmentApi::createRefundRequest(const QString &enrollmentId, const QString &reason, QObject *c, JsonCallback d)
{
    const QJsonObject body{{QStringLiteral("enrollmentId"), enrollmentId},
                           {QStringLiteral("reason"), reason},
                           {QStringLiteral("requestedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("status"), QStringLiteral("pending")},
                           {QStringLiteral("firstLessonCompleted"), true}};
    return run(ApiRequest::post(kEnrollment, v1("refundrequests"), body), c, std::move(d));
}
ApiReply *EnrollmentApi::listRefundRequests(const QUrlQuery &q, QObject *c, JsonCallback d)
{
    return run(ApiRequest::get(kEnrollment, v1("refundrequests"), q), c, std::move(d));
}
ApiReply *EnrollmentApi::startPayment(const QString &enrollmentId, const QString &pmId, bool savePaymentMethod, QObject *c,
                                       JsonCallback d)
{
    const QJsonObject body{{QStringLiteral("paymentUserParams"), QJsonObject{{QStringLiteral("paymentMethodId"), pmId},
                                                                             {QStringLiteral("savePaymentMethod"), savePaymentMethod}}}};
    ApiRequest r = ApiRequest::patch(kEnrollment, v1("startenrollmentpayment", enrollmentId), body);
    r.idempotent = true; // repeated starts charge once (D46)
    return run(r, c, std::move(d));
}
ApiReply *EnrollmentApi::refreshPayment(const QString &enrollmentId, QObject *c, JsonCallback d)
{
    ApiRequest r = ApiRequest::patch(kEnrollment, v1("refreshenrollmentpayment", enrollmentId), QJsonObject{});
    r.idempotent = true; // a re-read only
    return run(r, c, std::move(d));
}
ApiReply *EnrollmentApi::callbackPayment(const QString &enrollmentId, QObject *c, JsonCallback d)
{
    ApiRequest r = ApiRequest::post(kEnrollment, v1("callbackenrollmentpayment"), QJsonObject{{QStringLiteral("enrollmentId"), enrollmentId}});
    r.idempotent = true; // replays change nothing (D46)
    return run(r, c, std::move(d));
}
ApiReply *EnrollmentApi::listPaymentMethods(const QString &userId, QObject *c, JsonCallback d)
{
    return run(ApiRequest::get(kEnrollment, v1("paymentcustomermethods", userId)), c, std::move(d));
}
} // namespace tutorhub::api
