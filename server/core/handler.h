// The one shape of a route handler (decision K61): a named function
//     Response name(const Context &ctx, Request &req)
// registered from its row of contract/routes.def with route(R::id, ctx, name). The row gives method, path and
// access; the function reads the request, applies its rules (small named functions beside it) and answers.
#pragma once

#include "core/context.h"
#include "http/router.h"

namespace tutorhub::server {

using ContextHandler = Response (*)(const Context &, Request &);

// The Route of the row `id` served by `handler` with the module's context.
inline Route route(contract::R id, const Context &ctx, ContextHandler handler)
{
    return Route(id, [ctx, handler](Request &req) { return handler(ctx, req); });
}

// The same for an upload or form route: its body limit and kind (SEC20, SEC25).
inline Route route(contract::R id, const Context &ctx, ContextHandler handler, qint64 maxBodyBytes,
                   BodyKind bodyKind = BodyKind::Json)
{
    return Route(
        id, [ctx, handler](Request &req) { return handler(ctx, req); }, maxBodyBytes, bodyKind);
}

} // namespace tutorhub::server
