#include "enrollment/enrollmentschema.h"

#include "db/statementcache.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tutorhub::server {

namespace {

Field f(const char *name, FieldType type, bool filterable = false, int maxLength = 0)
{
    return Field {QString::fromLatin1(name), type, {}, filterable, false, false, maxLength};
}

Field e(const char *name, const QStringList &values, bool filterable = true)
{
    return Field {QString::fromLatin1(name), FieldType::Enum, values, filterable, false, false, 0};
}

} // namespace

const ObjectSchema &enrollmentSchema()
{
    using namespace enrollment;
    static const ObjectSchema s {QStringLiteral("enrollment"),
                                 QStringLiteral("enrollments"),
                                 QStringLiteral("enrollments"),
                                 {
                                     f("coursePackId", FieldType::ID, true),
                                     f("studentId", FieldType::ID, true),
                                     f("tutorProfileId", FieldType::ID, true),
                                     f("lessonSlotIds", FieldType::Object, false, 64 * 40),
                                     f("totalAmount", FieldType::Double),
                                     f("currency", FieldType::String, true, 3),
                                     e("paymentStatus", {pending, paid, refunded}),
                                     e("refundStatus", {notRequested, eligible, processed, ineligible}),
                                     e("enrollmentStatus", {pending, active, completed, canceled}),
                                     f("enrolledAt", FieldType::Date),
                                     e("paymentConfirmation", {pending, processing, paid, canceled}),
                                 }};
    return s;
}

const ObjectSchema &refundRequestSchema()
{
    static const ObjectSchema s {QStringLiteral("refundRequest"),
                                 QStringLiteral("refundRequests"),
                                 QStringLiteral("refundRequests"),
                                 {
                                     f("enrollmentId", FieldType::ID, true),
                                     f("requestedBy", FieldType::ID, true),
                                     f("requestedAt", FieldType::Date),
                                     f("processedAt", FieldType::Date),
                                     e("status", {QStringLiteral("pending"), QStringLiteral("approved"),
                                                  QStringLiteral("rejected"), QStringLiteral("autoApproved")}),
                                     f("reason", FieldType::String),
                                     f("firstLessonCompleted", FieldType::Boolean),
                                     f("adminNote", FieldType::String),
                                 }};
    return s;
}

const ObjectSchema &enrollmentPaymentSchema()
{
    static const ObjectSchema s {QStringLiteral("sys_enrollmentPayment"),
                                 QStringLiteral("sys_enrollmentPayments"),
                                 QStringLiteral("sys_enrollmentPayments"),
                                 {
                                     f("ownerId", FieldType::ID, true),
                                     f("orderId", FieldType::ID, true),
                                     f("paymentId", FieldType::String, true),
                                     f("paymentStatus", FieldType::String, true),
                                     f("statusLiteral", FieldType::String, true),
                                     f("redirectUrl", FieldType::String, true, 1024),
                                 }};
    return s;
}

const ObjectSchema &paymentCustomerSchema()
{
    static const ObjectSchema s {QStringLiteral("sys_paymentCustomer"),
                                 QStringLiteral("sys_paymentCustomers"),
                                 QStringLiteral("sys_paymentCustomers"),
                                 {
                                     f("userId", FieldType::ID, true),
                                     f("customerId", FieldType::String, true),
                                     f("platform", FieldType::String, true),
                                 }};
    return s;
}

const ObjectSchema &paymentMethodSchema()
{
    static const ObjectSchema s {QStringLiteral("sys_paymentMethod"),
                                 QStringLiteral("sys_paymentMethods"),
                                 QStringLiteral("sys_paymentMethods"),
                                 {
                                     f("paymentMethodId", FieldType::String, true),
                                     f("userId", FieldType::ID, false),
                                     f("customerId", FieldType::String, true),
                                     f("cardHolderName", FieldType::String, true),
                                     f("cardHolderZip", FieldType::String, true, 16),
                                     f("platform", FieldType::String, true),
                                     f("cardInfo", FieldType::Object, true, 1024),
                                 }};
    return s;
}

namespace enrollment {

QString idOf(const QVariantMap &row)
{
    return row.value(QStringLiteral("id")).toString();
}

QStringList slotIdsOf(const QVariantMap &e)
{
    QStringList ids;
    const QJsonArray a = QJsonDocument::fromJson(e.value(QStringLiteral("lessonSlotIds")).toByteArray()).array();
    for (const QJsonValue &v : a)
        ids << v.toString();
    return ids;
}

static std::optional<QVariantMap> byId(Repository &repo, const char *table, const QString &id)
{
    const QList<QVariantMap> rows
        = statements::rows(repo.db(), QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<QVariantMap> coursePack(Repository &repo, const QString &id)
{
    return byId(repo, "coursePacks", id);
}

std::optional<QVariantMap> tutorProfile(Repository &repo, const QString &id)
{
    return byId(repo, "tutorProfiles", id);
}

std::optional<QVariantMap> user(Repository &repo, const QString &id)
{
    return byId(repo, "users", id);
}

std::optional<QVariantMap> lessonSlot(Repository &repo, const QString &id)
{
    return byId(repo, "lessonSlots", id);
}

QList<QVariantMap> lessonSlotsOf(Repository &repo, const QVariantMap &e)
{
    const QStringList ids = slotIdsOf(e);
    if (ids.isEmpty())
        return {};
    QStringList marks;
    QVariantList binds;
    for (const QString &id : ids) {
        marks << QStringLiteral("?");
        binds << id;
    }
    // SEC41: only slots booked by the enrollment's own student (a slot freed and booked again by
    // someone else is no longer this enrollment's lesson, whatever lessonSlotIds still says).
    binds << e.value(QStringLiteral("studentId"));
    return statements::rows(
        repo.db(),
        QStringLiteral(
            "SELECT * FROM lessonSlots WHERE id IN (%1) AND studentId = ? ORDER BY scheduledDate, scheduledTime, id")
            .arg(marks.join(QLatin1Char(','))),
        binds);
}

QString tutorUserOf(Repository &repo, const QString &tutorProfileId)
{
    const auto p = tutorProfile(repo, tutorProfileId);
    return p ? p->value(QStringLiteral("tutorId")).toString() : QString();
}

QString tutorProfileOfUser(Repository &repo, const QString &userId)
{
    QSqlQuery q = repo.exec(QStringLiteral("SELECT id FROM tutorProfiles WHERE tutorId = ? ORDER BY createdAt LIMIT 1"),
                            {userId});
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace enrollment
} // namespace tutorhub::server
