// The auth service's data objects (API.md §2.5) as schema descriptors, plus user helpers.
#pragma once

#include "core/apierror.h"
#include "db/schema.h"

#include <optional>

namespace tutorhub::server {

const ObjectSchema &userSchema();
const ObjectSchema &userAvatarsFileSchema();

namespace roles {
inline const QString superAdmin = QStringLiteral("superAdmin");
inline const QString admin = QStringLiteral("admin");
inline const QString tutor = QStringLiteral("tutor");
inline const QString user = QStringLiteral("user");
inline bool isAdmin(const QString &r)
{
    return r == admin || r == superAdmin;
}
inline const QStringList all {superAdmin, admin, tutor, user};
} // namespace roles

// Avatars are stored relative ("/auth-api/useravatars/<key>") and sent absolute with the current
// base URL, because the bundled server's port changes between starts.
QString avatarUrl(const QVariant &stored, const QString &baseUrl);
QString storedAvatar(const QString &given, const QString &baseUrl);
QString defaultAvatar(); // "/auth-api/useravatars/default-<n>"

// The user as sent on the wire (never the password).
QJsonObject userToJson(const QVariantMap &row, const QString &baseUrl);
// Brief form (getBriefUser): id, fullname, avatar, roleId, isActive.
QJsonObject briefUserToJson(const QVariantMap &row, const QString &baseUrl);

// D13: the 403 a user gets when their account may not sign in (archived, banned, suspended),
// or nullopt when the account is usable.
std::optional<HttpError> accountBlocked(const QVariantMap &user);

// D4 checks used by registration, creation and password changes.
void checkEmail(const QString &email); // 400 errMsg_InvalidEmail
void checkPassword(const QString &pw); // 400 errMsg_WeakPassword

} // namespace tutorhub::server
