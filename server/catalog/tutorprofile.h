// tutorCatalog's tutorProfile: created when a tutor application is approved (D9) or by an admin.
#pragma once

#include "db/repository.h"

namespace tutorhub::server {

const ObjectSchema &tutorProfileSchema();

// Creates the tutor's profile from the user's application fields (profileStatus approved,
// displayName = fullname, subjects = specializations), or re-approves and refreshes an existing one.
QVariantMap upsertApprovedTutorProfile(Repository &repo, const QVariantMap &user);

} // namespace tutorhub::server

#include "core/context.h"
#include "http/router.h"

namespace tutorhub::server {

// tutorProfile routes: create (admin), update (owner or admin; G17), get/list (public: approved
// profiles), onTutorApplicationReviewed (admin).
QList<Route> tutorProfileRoutes(Context ctx);

} // namespace tutorhub::server
