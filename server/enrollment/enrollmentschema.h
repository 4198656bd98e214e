// enrollmentManagement's data objects (API.md §3.3) as schema descriptors, and read access to the
// rows of other services it depends on (coursePacks, lessonSlots, preliminaryMeetings,
// tutorProfiles, users), read by the spec's column names.
#pragma once

#include "db/repository.h"

#include <optional>

namespace tutorhub::server {

const ObjectSchema &enrollmentSchema();
const ObjectSchema &refundRequestSchema();
const ObjectSchema &enrollmentPaymentSchema(); // sys_enrollmentPayment
const ObjectSchema &paymentCustomerSchema(); // sys_paymentCustomer
const ObjectSchema &paymentMethodSchema(); // sys_paymentMethod

namespace enrollment {

// Enum values in declared order (x_idx = index).
inline const QString pending = QStringLiteral("pending");
inline const QString active = QStringLiteral("active");
inline const QString completed = QStringLiteral("completed");
inline const QString canceled = QStringLiteral("canceled");
inline const QString paid = QStringLiteral("paid");
inline const QString refunded = QStringLiteral("refunded");
inline const QString processing = QStringLiteral("processing");
inline const QString notRequested = QStringLiteral("notRequested");
inline const QString eligible = QStringLiteral("eligible");
inline const QString processed = QStringLiteral("processed");
inline const QString ineligible = QStringLiteral("ineligible");

// The platform's one currency (G22): packs carry no currency, so every amount is in EUR.
inline const QString kCurrency = QStringLiteral("EUR");

QString idOf(const QVariantMap &row);
// lessonSlotIds of an enrollment row (stored as a JSON array).
QStringList slotIdsOf(const QVariantMap &enrollment);

// Rows of other services (active or not; nullopt when missing).
std::optional<QVariantMap> coursePack(Repository &repo, const QString &id);
std::optional<QVariantMap> tutorProfile(Repository &repo, const QString &id);
std::optional<QVariantMap> user(Repository &repo, const QString &id);
std::optional<QVariantMap> lessonSlot(Repository &repo, const QString &id);
// The lesson slots of an enrollment in lesson order (scheduledDate, scheduledTime).
QList<QVariantMap> lessonSlotsOf(Repository &repo, const QVariantMap &enrollment);
// The user id of the tutor who owns a tutor profile (empty when unknown).
QString tutorUserOf(Repository &repo, const QString &tutorProfileId);
// The caller's own tutor profile id (empty when the caller has none).
QString tutorProfileOfUser(Repository &repo, const QString &userId);

} // namespace enrollment
} // namespace tutorhub::server
