// notification service routes (API.md §3.8, G54/G55) under the segment notification-api (D15).
#pragma once

#include "core/context.h"
#include "http/router.h"

namespace tutorhub::server {

QList<Route> notificationRoutes(Context ctx);

} // namespace tutorhub::server
