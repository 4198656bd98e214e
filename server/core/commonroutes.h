// Routes every segment serves (D15): /health, /currentuser, /permissions, /permissions/:name.
#pragma once

#include "core/context.h"
#include "http/router.h"

namespace tutorhub::server {

QList<Route> commonRoutes(Context ctx);

} // namespace tutorhub::server
