// Who is a tutor (settled decision 5, amended; C50). The seeds define no "tutor" roleId: a user is a
// tutor when their tutor application is approved and a tutor profile names them (tutorProfile.tutorId).
// Our server's roleId "tutor" is an extension, taken only as a shortcut when present, so the app picks
// the right workspace against a server that does only what the seeds document.
#pragma once

#include "result.h"
#include "types.h"

#include <QObject>
#include <QString>

#include <functional>

namespace tutorhub::api {

class ApiClient;

// Whether `user` must be checked for a tutor profile: not an admin, no tutor roleId shortcut, and an
// approved application.
bool needsTutorProfileLookup(const User &user);

// Lists the tutor profiles (listTutorProfiles has no filters: every page, API.md §1.6 pageNumber 0) and
// answers the id of the active one whose tutorId is `userId`, or an empty string when there is none.
void findTutorProfileOf(ApiClient *client, const QString &userId, QObject *context,
                        std::function<void(const Result<QString> &)> done);

} // namespace tutorhub::api
