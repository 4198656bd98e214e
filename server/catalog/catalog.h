// tutorCatalog (API.md §3.1): course packs, course materials, course categories, and the access
// helpers the catalog and scheduling services share (ownership, public visibility, enrollment).
#pragma once

#include "core/context.h"
#include "db/repository.h"
#include "http/router.h"

#include <functional>
#include <optional>

namespace tutorhub::server {

const ObjectSchema &coursePackSchema();
const ObjectSchema &courseMaterialSchema();
const ObjectSchema &courseCategorySchema();

namespace catalog {

// Admin-owned pack fields: silently dropped when the owner tutor sends them (G19, as D10).
inline constexpr const char *kDefaultModerationStatus = "approved";

bool tableExists(const Repository &repo, const QString &table);

// The caller's tutor profile (tutorProfiles.tutorId = userId), active or not.
std::optional<QVariantMap> tutorProfileOfUser(const Repository &repo, const QString &userId);
// True when `userId` owns the tutor profile `tutorProfileId`.
bool ownsTutorProfile(const Repository &repo, const QString &userId, const QString &tutorProfileId);
// True when the caller owns the pack through its tutor profile.
bool ownsPack(const Repository &repo, const QString &userId, const QVariantMap &pack);
// Published, moderation approved, active, and its tutor profile approved and active (G18).
bool isPackPublic(const Repository &repo, const QVariantMap &pack);
// SQL condition (on coursePacks columns, no alias) for the same rule.
QString publicPackSql();
// F75: the same condition for the catalog's list: the pack's tutor profile in the bound JSON array of
// publicTutorProfileIds() (one bind), instead of the two-table EXISTS per pack.
QString publicPackByListSql();
// The ids of the tutor profiles whose packs the public sees (approved, active, of an active account), a JSON
// array remembered on the connection while nothing is written (F44's stamp).
QString publicTutorProfileIds(const Repository &repo);

// An enrollment of `studentId` in the pack with enrollmentStatus active or completed. False while the
// enrollments table does not exist (the enrollment service adds it).
bool isEnrolled(const Repository &repo, const QString &studentId, const QString &coursePackId);
// Enrollments of the pack that still hold it (pending or active); 0 without the enrollments table.
int activeEnrollmentCount(const Repository &repo, const QString &coursePackId);

// The pack by id; 404 errMsg_FethcedObjectNotFound:coursePack when missing.
QVariantMap loadPack(const Repository &repo, const QString &id);
// The pack when the caller may read it: admin, owner, enrolled student, or public (404 otherwise,
// so hidden packs do not leak).
QVariantMap loadReadablePack(const Repository &repo, const Request &req, const QString &id);
// The pack when the caller may change it (owner tutor or admin; 403 otherwise); deleted packs 404.
QVariantMap loadWritablePack(const Repository &repo, const Request &req, const QString &id);

// The brief tutor profile joined into packs: id, tutorId, certifications, experience, subjects, bio,
// profilePhoto, displayName (API.md §3.1 getCoursePack).
QJsonObject tutorProfileJoin(const Repository &repo, const QString &tutorProfileId);
// The same object of a profile row already read.
QJsonObject tutorProfileJoinOf(const QVariantMap &tutorProfileRow);
// getJoins (API.md §1.6, default true).
bool wantJoins(const Request &req);

// Admin force-delete of a pack with active enrollments: cancels them, refunds pro-rata and tells the
// students why. Implemented by the enrollment service, which registers it at route set-up; while
// none is registered such a delete is refused (409 errMsg_CascadeUnavailable).
using PackRemovalCascade = std::function<void(Repository &repo, const QVariantMap &pack, const QString &removalReason,
                                              const QString &adminId)>;
void setPackRemovalCascade(PackRemovalCascade cascade);

} // namespace catalog

QList<Route> coursePackRoutes(Context ctx);
QList<Route> courseMaterialRoutes(Context ctx);
QList<Route> courseCategoryRoutes(Context ctx);

// Demo data: categories, Maria's and James's packs and materials (idempotent).
void seedCatalogDemo(Repository &repo);

} // namespace tutorhub::server
