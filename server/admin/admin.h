// platformAdmin (API.md §3.4, rules §4.8): complaints (adminIssue), the moderation audit log
// (adminModerationAction) and analytics report records (adminAnalyticsReport).
#pragma once

#include "core/context.h"
#include "http/router.h"

namespace tutorhub::server {

const ObjectSchema &adminIssueSchema();
const ObjectSchema &adminModerationActionSchema();
const ObjectSchema &adminAnalyticsReportSchema();

QList<Route> adminIssueRoutes(Context ctx);
QList<Route> adminModerationRoutes(Context ctx); // moderation actions and analytics reports

// Demo issues in different states, a moderation warning and a report. Idempotent.
void seedAdminDemo(Repository &repo);

namespace admin {
// The figures of an analytics report of `reportType` (users, complaints, moderation, enrollments,
// revenue) computed from the current data; throws 400 for an unknown type.
QJsonObject computeReport(const Repository &repo, const QString &reportType);
} // namespace admin

} // namespace tutorhub::server
