// Demo data for --demo (idempotent): the accounts of the api tests and the tutors' profiles.
#pragma once

#include "db/repository.h"

namespace tutorhub::server {

inline constexpr const char *kDemoPassword = "tutorhub-demo";

// Inserts whatever is missing; returns the number of users created.
int seedDemoData(Repository &repo);

} // namespace tutorhub::server
