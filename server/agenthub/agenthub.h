// agentHub (API.md §3.6): agent overrides, the execution log and the tool catalog. The catalog is
// derived from this server's own route table (every business API of every service), so it never
// drifts from what the server really serves. All routes are admin-only (G58).
#pragma once

#include "core/context.h"
#include "http/router.h"

#include <QJsonObject>

namespace tutorhub::server {

const ObjectSchema &agentOverrideSchema();
const ObjectSchema &agentExecutionSchema();
const ObjectSchema &toolCatalogSchema();

namespace agenthub {
// "service:apiName" of a route, e.g. "platformAdmin:getAdminissuesByAdminIssueId"; empty for routes that
// are not business APIs (the common routes of every segment, agentHub's own routes).
QString toolName(const Route &route);
// Upserts one catalog row per business route (by toolName) and deactivates rows of routes that are
// gone. Returns the number of active entries.
int refreshToolCatalog(Repository &repo, const QList<Route> &routes);
// Stores one execution record (for agents run by the server later).
QVariantMap recordExecution(Repository &repo, const QVariantMap &values);
} // namespace agenthub

// `router` must outlive the routes; the catalog is refreshed from router->routes() on first use.
QList<Route> agentHubRoutes(Context ctx, const Router *router);

} // namespace tutorhub::server
