// enrollmentManagement (API.md §3.3): enrollments, refunds, the Stripe payment flow with its records
// (ARCHITECTURE decisions 7-9). The Stripe simulator itself is not part of it (payments/striperoutes.cpp).
#pragma once

#include "core/context.h"
#include "http/router.h"

namespace tutorhub::server {

// Every route of enrollmentmanagement-api; callbackEnrollmentPayment accepts webhook events signed
// with `webhookSecret` (C13). Also starts the housekeeping timer that runs cleanupPendingEnrollments
// (maxAgeMinutes 60) every 5 minutes.
QList<Route> enrollmentRoutes(Context ctx, const QByteArray &webhookSecret);

// For courseScheduling: call after a lesson slot was marked completed (checkEnrollmentCompletion).
void onLessonSlotCompleted(Repository &repo, const QString &lessonSlotId);

// Demo enrollments of the demo students (idempotent; needs the catalog and scheduling demo data).
int seedEnrollmentDemo(Repository &repo);

namespace enrollmentroutes {
// The route groups (one file each).
QList<Route> enrollmentCrud(Context ctx);
QList<Route> refunds(Context ctx);
QList<Route> admin(Context ctx);
} // namespace enrollmentroutes

} // namespace tutorhub::server
