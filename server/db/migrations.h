// The ordered list of schema migrations of the server database. Append, never edit a shipped one.
#pragma once

#include "db/database.h"

namespace tutorhub::server {

QList<Migration> allMigrations();

} // namespace tutorhub::server
