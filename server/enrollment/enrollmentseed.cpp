// Demo enrollments (idempotent, after the catalog and scheduling demo data):
//   Lena  - GCSE Maths Exam Preparation, 3 lessons, paid with her saved 4242 card; the first lesson
//           took place three days ago, so she may ask for her refund;
//   Tom   - English Conversation Club, 2 lessons, booked but not paid yet (pending);
//   Aiko  - English Conversation Club, 2 lessons, paid; her refund request (sent to support before
//           any lesson, so the automatic rules cannot approve it) waits for an admin's decision (C29).
#include "enrollment/enrollment.h"

#include "catalog/catalog.h"
#include "core/util.h"
#include "enrollment/enrollmentrules.h"
#include "enrollment/enrollmentschema.h"
#include "payments/gateway.h"
#include "payments/paymentroutes.h"
#include "scheduling/scheduling.h"

#include <QDate>
#include <QTimeZone>

#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>

namespace tutorhub::server {

namespace {

struct DemoEnrollment
{
    const char *studentEmail;
    const char *packTitle;
    int futureLessons;
    bool pastLessonCompleted; // one more lesson, three days ago, completed
    bool paid;
    const char *pendingRefundReason; // a refund request waiting for an admin (nullptr: none)
};

const DemoEnrollment kEnrollments[] = {
    {"lena.fischer@tutorhub.local", "GCSE Maths Exam Preparation", 2, true, true, nullptr},
    {"tom.baker@tutorhub.local", "English Conversation Club", 2, false, false, nullptr},
    {"aiko.tanaka@tutorhub.local", "English Conversation Club", 2, false, true,
     "I am moving abroad before the first lesson and cannot attend the club."},
};

// Demo enrollments book lessons from this many days ahead on.
constexpr int kDemoBookingLeadDays = 14;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString idOf(const QVariantMap &row)
{
    return row.value(QStringLiteral("id")).toString();
}

// Pays an order at the simulated gateway at once (the demo has no webhook to wait for).
void payDemo(Repository &repo, const QVariantMap &student, const QVariantMap &enrollment)
{
    const QString userId = idOf(student);
    const QDate today = QDate::currentDate();
    gateway::Card card {QStringLiteral("4242 4242 4242 4242"), 12, today.year() + 3, QStringLiteral("123"),
                        student.value(QStringLiteral("fullname")).toString()};
    const QString customer = gateway::customerOf(repo, userId, true);
    const QString pmId = idOf(gateway::createPaymentMethod(repo, card));
    gateway::attachPaymentMethod(repo, pmId, customer);
    savePaymentMethod(repo, userId, *gateway::paymentMethod(repo, pmId), card.holderName);
    QVariantMap intent = gateway::createIntent(
        repo, customer, pmId, gateway::minorUnits(enrollment.value(QStringLiteral("totalAmount")).toDouble()),
        enrollment.value(QStringLiteral("currency")).toString(),
        {{QStringLiteral("orderId"), idOf(enrollment)},
         {QStringLiteral("coursePackId"), enrollment.value(QStringLiteral("coursePackId")).toString()}});
    intent = gateway::confirmIntent(repo, idOf(intent), QString(), QString());
    repo.insert(enrollmentPaymentSchema(),
                {{QStringLiteral("ownerId"), userId},
                 {QStringLiteral("orderId"), idOf(enrollment)},
                 {QStringLiteral("paymentId"), idOf(intent)},
                 {QStringLiteral("paymentStatus"), intent.value(QStringLiteral("status"))},
                 {QStringLiteral("statusLiteral"), QStringLiteral("paid")}},
                userId);
    repo.update(enrollmentSchema(), idOf(enrollment),
                {{QStringLiteral("paymentStatus"), enrollment::paid},
                 {QStringLiteral("paymentConfirmation"), enrollment::paid},
                 {QStringLiteral("enrollmentStatus"), enrollment::active},
                 {QStringLiteral("enrolledAt"), isoTime(QDateTime::currentDateTimeUtc().addDays(-5))}});
}

bool seedOne(Repository &repo, const DemoEnrollment &d)
{
    QSqlQuery u = repo.exec(QStringLiteral("SELECT * FROM users WHERE lower(email) = ?"), {s(d.studentEmail)});
    if (!u.next())
        return false;
    const QVariantMap user = Repository::rowOf(u);
    const QString studentId = idOf(user);
    if (repo.count(enrollmentSchema(), QStringLiteral("studentId = ?"), {studentId}) > 0)
        return false; // already seeded (or the student enrolled on their own)
    const auto pack = repo.findOne(coursePackSchema(), QStringLiteral("title = ? AND isActive = 1"), {s(d.packTitle)});
    if (!pack)
        return false;
    const QString packId = idOf(*pack);
    QStringList slotIds;
    if (d.pastLessonCompleted) {
        const QDateTime start(QDate::currentDate().addDays(-3), QTime(16, 0), Qt::UTC);
        QVariantMap values
            = scheduling::slotValues(*pack, start, scheduling::kDefaultDurationMinutes, QStringLiteral("online"));
        values.insert(QStringLiteral("status"), QStringLiteral("completed"));
        values.insert(QStringLiteral("studentId"), studentId);
        values.insert(QStringLiteral("meetLink"), scheduling::newMeetLink());
        slotIds << idOf(
            repo.insert(lessonSlotSchema(), values,
                        enrollment::tutorUserOf(repo, pack->value(QStringLiteral("tutorProfileId")).toString())));
    }
    // The booked lessons start in the third week, so that every demo pack keeps free lessons in the next two (D55).
    const QList<QVariantMap> free = repo.select(
        lessonSlotSchema(), QStringLiteral("coursePackId = ? AND status = 'free' AND isActive = 1 AND startsAt > ?"),
        {packId, isoTime(QDateTime::currentDateTimeUtc().addDays(kDemoBookingLeadDays))},
        QStringLiteral("startsAt ASC, id ASC"), d.futureLessons);
    if (free.size() < d.futureLessons)
        return false;
    for (const QVariantMap &slot : free) {
        slotIds << idOf(slot);
        QVariantMap booking {{QStringLiteral("status"), QStringLiteral("booked")},
                             {QStringLiteral("studentId"), studentId}};
        if (slot.value(QStringLiteral("sessionMode")).toString() == QLatin1String("online")
            && slot.value(QStringLiteral("meetLink")).isNull())
            booking.insert(QStringLiteral("meetLink"), scheduling::newMeetLink());
        repo.update(lessonSlotSchema(), idOf(slot), booking);
    }
    const double total = std::round(pack->value(QStringLiteral("price")).toDouble() * slotIds.size() * 100.0) / 100.0;
    const QVariantMap e = repo.insert(
        enrollmentSchema(),
        {{QStringLiteral("coursePackId"), packId},
         {QStringLiteral("studentId"), studentId},
         {QStringLiteral("tutorProfileId"), pack->value(QStringLiteral("tutorProfileId"))},
         {QStringLiteral("lessonSlotIds"),
          QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(slotIds)).toJson(QJsonDocument::Compact))},
         {QStringLiteral("totalAmount"), total},
         {QStringLiteral("currency"), enrollment::kCurrency},
         {QStringLiteral("paymentStatus"), enrollment::pending},
         {QStringLiteral("refundStatus"), enrollment::notRequested},
         {QStringLiteral("enrollmentStatus"), enrollment::pending},
         {QStringLiteral("paymentConfirmation"), enrollment::pending}},
        studentId);
    if (d.paid) {
        payDemo(repo, user, e);
        enrollment::updateRefundEligibility(repo, *repo.get(enrollmentSchema(), idOf(e)));
    }
    if (d.pendingRefundReason) {
        // The admin refunds page has a request to decide (PATCH /v1/refundrequests/:id, rule 42).
        const QString asked = isoTime(QDateTime::currentDateTimeUtc().addDays(-1));
        repo.insert(refundRequestSchema(),
                    {{QStringLiteral("enrollmentId"), idOf(e)},
                     {QStringLiteral("requestedBy"), studentId},
                     {QStringLiteral("requestedAt"), asked},
                     {QStringLiteral("status"), QStringLiteral("pending")},
                     {QStringLiteral("reason"), s(d.pendingRefundReason)},
                     {QStringLiteral("firstLessonCompleted"), 0}},
                    studentId);
    }
    return true;
}

} // namespace

int seedEnrollmentDemo(Repository &repo)
{
    int n = 0;
    inTransaction(repo, [&] {
        for (const DemoEnrollment &d : kEnrollments)
            n += seedOne(repo, d) ? 1 : 0;
    });
    return n;
}

} // namespace tutorhub::server
