// The business rules of enrollmentManagement (API.md §4.4-4.7) as small named functions shared by the
// route modules: booking (createEnrollment), access, cancellation with refund, refund eligibility,
// completion and the payment state taken over from the gateway. None of them opens a transaction
// unless its name says so; callers group multi-row writes with inTransaction() (db/repository.h, K60).
#pragma once

#include <QHash>

#include "db/repository.h"
#include "http/request.h"

#include <QJsonObject>

#include <functional>

namespace tutorhub::server {

class PaymentScheduler;

namespace enrollment {

// 400 errMsg_InvalidParameter:<name> unless `v` is a UUID string; returns it.
QString requireUuid(const QJsonValue &v, const QString &name, bool required = true);

// createEnrollment (003 workflow + rules 28-30): validates and books every slot in one transaction
// that only succeeds while all of them are still free (decision 7). Returns the new enrollment.
QVariantMap createEnrollment(Repository &repo, const AuthContext &caller, const QJsonObject &body);

// Loads an enrollment (404 errMsg_FethcedObjectNotFound:enrollment).
QVariantMap loadEnrollment(Repository &repo, const QString &id);
// Who may see an enrollment: its student, the pack's tutor, admins (rule 34). 403 otherwise.
void requireCanSee(Repository &repo, const AuthContext &caller, const QVariantMap &enrollment);
bool canSee(Repository &repo, const AuthContext &caller, const QVariantMap &enrollment);

struct CancelSpec
{
    double refundShare = 1.0; // of totalAmount, for a paid enrollment (1.0 full, pro-rata for cascades)
    QString reason; // shown in the notifications (G37: no field stores it)
    QString notificationType = QStringLiteral("enrollmentCanceled");
    bool notifyAdmins = false; // refunds notify admins (rule 41)
};

// Cancels an enrollment (idempotent for canceled ones): enrollmentStatus canceled; a paid one is
// refunded at the gateway (paymentStatus refunded, refundStatus processed); its lessons that did
// not take place are freed; student and tutor (and admins when asked) are notified.
QVariantMap cancelEnrollment(Repository &repo, const QVariantMap &enrollment, const CancelSpec &spec);

// Cascades (rules 54-56): cancels every pending or active enrollment matching `where` whose
// paymentConfirmation is in `confirmationFilter` (empty: any); paid ones are refunded pro rata for the
// lessons that did not take place. One transaction per enrollment when `ownTransactions`, else the
// caller's (the catalog's pack removal runs it inside its delete).
QList<QVariantMap> cascadeCancel(Repository &repo, const QString &where, const QVariantList &binds,
                                 const QStringList &confirmationFilter, const QString &reason, bool ownTransactions);

// Share of the lessons that have not taken place (pro-rata refunds of the cascades).
double untaughtShare(Repository &repo, const QVariantMap &enrollment);

// Rule 37: empty when the student may ask for a refund, otherwise why not.
QString refundIneligibility(Repository &repo, const QVariantMap &enrollment);
bool firstLessonCompleted(Repository &repo, const QVariantMap &enrollment);
// refundStatus of a paid enrollment follows its lessons: notRequested before the first lesson,
// eligible after it, ineligible once a later lesson took place (processed stays). Returns the row.
QVariantMap updateRefundEligibility(Repository &repo, const QVariantMap &enrollment);

// Rule 36: an active enrollment whose lessons are all completed becomes completed. Returns the row.
QVariantMap checkCompletion(Repository &repo, const QVariantMap &enrollment);
// For courseScheduling: after a slot was marked completed, checks the enrollments holding it.
void checkCompletionOfSlot(Repository &repo, const QString &lessonSlotId);
// SEC41: a slot that went back to free leaves the lessonSlotIds of every enrollment that held it.
void forgetFreedSlot(Repository &repo, const QString &lessonSlotId);

// Cancels stale unpaid enrollments (rule 35). `studentId` empty = everybody's.
QList<QVariantMap> cleanupPending(Repository &repo, int maxAgeMinutes, const QString &studentId,
                                  const QStringList &confirmationFilter = {});

// Payment ticket of an order (sys_enrollmentPayment), if any.
std::optional<QVariantMap> ticketOf(Repository &repo, const QString &orderId);

// Takes the gateway's view of the order's payment intent over (webhook and poll path): ticket
// status, paymentConfirmation, and on success enrollment active/paid/enrolledAt. Writes only what
// changed and notifies only on a transition, so replays are harmless. Returns the enrollment row.
QVariantMap applyGatewayState(Repository &repo, const QString &enrollmentId);

// paymentResult of start/refresh/callback (API.md §3.3); the intent's clientSecret only when
// `forPayer` (the enrolled student asks, SEC44).
QJsonObject paymentResult(Repository &repo, const QVariantMap &enrollment, const QJsonObject &userParams, bool forPayer,
                          const QString &baseUrl);

// The joined rows of a page of enrollments (course packs, students, tutor profiles, lesson slots by
// id), read with one query per table instead of four per enrollment (F7).
struct EnrollmentJoins
{
    QHash<QString, QVariantMap> packs, users, profiles, lessonSlots;
};
EnrollmentJoins loadEnrollmentJoins(Repository &repo, const QList<QVariantMap> &rows);

// The enrollment on the wire with its joins (get: objects; list: arrays, as the examples, G67);
// `prefetched` (from loadEnrollmentJoins over rows including this one) gives the same object.
QJsonObject enrollmentJson(Repository &repo, const QVariantMap &row, const QString &baseUrl, bool joins, bool listShape,
                           const EnrollmentJoins *prefetched = nullptr);
// A page of the list as JSON array bytes (F20): the same bytes as the QJsonArray of enrollmentJson(...,
// joins, true, &joins) of each row written by QJsonDocument, without a QJsonObject per row.
QByteArray enrollmentListJson(const QList<QVariantMap> &rows, const QString &baseUrl, const EnrollmentJoins *joins);

} // namespace enrollment
} // namespace tutorhub::server
