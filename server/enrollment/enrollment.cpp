#include "enrollment/enrollment.h"

#include "catalog/catalog.h"
#include "db/periodicjob.h"
#include "enrollment/enrollmentrules.h"
#include "scheduling/scheduling.h"
#include "payments/paymentroutes.h"

namespace tutorhub::server {

namespace {
constexpr int kHousekeepingMs = 5 * 60 * 1000;
constexpr int kDefaultMaxAgeMinutes = 60;
} // namespace

QList<Route> enrollmentRoutes(Context ctx, const QByteArray &webhookSecret)
{
    // One scheduler per route table: it dies with the routes, and its timers check that the
    // database is still open before they touch it.
    auto scheduler = std::make_shared<PaymentScheduler>(ctx.repo->db().connectionName());
    // Once per interval whatever the number of instances on the database (DB10).
    scheduler->every(kHousekeepingMs, [](Repository &repo) {
        if (claimPeriodicJob(repo, QStringLiteral("enrollment-cleanup"), kHousekeepingMs))
            enrollment::cleanupPending(repo, kDefaultMaxAgeMinutes, QString());
    });

    // Hooks of the other services: a completed lesson may complete its enrollment (rule 36); an admin
    // force-deleting a pack cancels and refunds its enrollments pro rata (rules 18, 56).
    scheduling::setSlotObserver(
        QStringLiteral("enrollment"), [](Repository &repo, const QVariantMap &before, const QVariantMap &after) {
            const QString status = after.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("completed") && before.value(QStringLiteral("status")).toString() != status)
                enrollment::checkCompletionOfSlot(repo, after.value(QStringLiteral("id")).toString());
            if (status == QLatin1String("free") && before.value(QStringLiteral("status")).toString() != status)
                enrollment::forgetFreedSlot(repo, after.value(QStringLiteral("id")).toString());
        });
    catalog::setPackRemovalCascade(
        [](Repository &repo, const QVariantMap &pack, const QString &reason, const QString &) {
            enrollment::cascadeCancel(repo, QStringLiteral("coursePackId = ?"), {pack.value(QStringLiteral("id"))}, {},
                                      reason, false);
        });

    QList<Route> r = enrollmentroutes::enrollmentCrud(ctx);
    r += enrollmentroutes::refunds(ctx);
    r += enrollmentroutes::admin(ctx);
    r += paymentFlowRoutes(ctx, webhookSecret);
    r += paymentRecordRoutes(ctx);
    return r;
}

void onLessonSlotCompleted(Repository &repo, const QString &lessonSlotId)
{
    enrollment::checkCompletionOfSlot(repo, lessonSlotId);
}

} // namespace tutorhub::server
