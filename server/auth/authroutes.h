// The auth service (API.md §2, D6-D14), one route list per area.
#pragma once

#include "core/context.h"
#include "http/router.h"

namespace tutorhub::server {

QList<Route> authSessionRoutes(Context ctx); // login, logout, relogin, publickey (authroutes.cpp)
QList<Route> userRoutes(Context ctx); // the /v1 user APIs (userroutes.cpp)
QList<Route> verificationRoutes(Context ctx); // /verification-services (verificationroutes.cpp)
QList<Route> avatarRoutes(Context ctx); // avatar bucket (avatarroutes.cpp)

// Shared by user routes and the session routes.
QVariantMap loadUser(const Repository &repo, const QString &id); // 404 errMsg_UserNotFound
std::optional<QVariantMap> findUserByEmail(const Repository &repo, const QString &email);

} // namespace tutorhub::server
