// enrollmentManagement (API.md §3.3): enrollments, refunds, the Stripe-shaped payment flow with its
// records, and the payment gateway simulator (ARCHITECTURE decisions 7-9).
#pragma once

#include "core/context.h"
#include "http/router.h"

namespace tutorhub::server {

// Every route of enrollmentmanagement-api, including the simulated gateway under
// /enrollmentmanagement-api/v1/paymentgateway/…; also starts the housekeeping timer that runs
// cleanupPendingEnrollments (maxAgeMinutes 60) every 5 minutes.
QList<Route> enrollmentRoutes(Context ctx);

// For courseScheduling: call after a lesson slot was marked completed (checkEnrollmentCompletion).
void onLessonSlotCompleted(Repository &repo, const QString &lessonSlotId);

// Demo enrollments of the demo students (idempotent; needs the catalog and scheduling demo data).
int seedEnrollmentDemo(Repository &repo);

namespace enrollmentroutes {
// The route groups (one file each), sharing the scheduler of the simulated gateway.
QList<Route> enrollmentCrud(Context ctx);
QList<Route> refunds(Context ctx);
QList<Route> admin(Context ctx);
} // namespace enrollmentroutes

} // namespace tutorhub::server
