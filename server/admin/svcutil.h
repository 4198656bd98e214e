// Small helpers shared by the platformAdmin, messaging, notification and agentHub services:
// lookups of rows owned by other services (which may not exist yet in a given build), brief
// projections for joins. Transactions: inTransaction() of db/repository.h (K60).
#pragma once

#include "core/apierror.h"
#include "db/repository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace tutorhub::server {
struct Request;
}

namespace tutorhub::server::svc {

// True when the SQL table exists (tables of services that may be added later are looked up softly).
bool tableExists(const Repository &repo, const QString &table);
// The active row of `table` with this id, or nullopt (also when the table does not exist).
std::optional<QVariantMap> rowById(const Repository &repo, const QString &table, const QString &id);
// The user row or 404 errMsg_FethcedObjectNotFound:user.
QVariantMap requireUser(const Repository &repo, const QString &id);
// Throws 400 errMsg_InvalidParameter:<name> unless `value` is a UUID.
void requireUuid(const QString &name, const QString &value);
// The listed keys of a row as JSON (strings, numbers and nulls as stored).
QJsonObject pick(const QVariantMap &row, const QStringList &keys);
// pick() of the user `id`, or null when there is no such user.
QJsonValue userBrief(const Repository &repo, const QVariant &id, const QStringList &keys);
// pick() of the coursePack `id` (title, tutorProfileId, ...), or null.
QJsonValue coursePackBrief(const Repository &repo, const QVariant &id, const QStringList &keys);
// A to-one join as a list response shows it (G67): [object] or [].
QJsonArray asListJoin(const QJsonValue &v);
// getJoins (API.md §1.6): true unless "false".
bool wantJoins(const Request &req);

} // namespace tutorhub::server::svc
