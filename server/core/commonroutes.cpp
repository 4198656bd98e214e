#include "core/commonroutes.h"

#include "auth/userschema.h"
#include "core/util.h"
#include "http/envelope.h"
#include "core/handler.h"

namespace tutorhub::server {

namespace {

// The caller for the session routes: the short 401 shape when there is none (D2).
std::optional<Sessions::Resolved> sessionCaller(const Context &ctx, const Request &req)
{
    auto s = ctx.sessions->resolve(Sessions::extractToken(req));
    if (!s || accountBlocked(s->user))
        return std::nullopt;
    return s;
}

} // namespace

namespace {

Response currentUser(const Context &ctx, Request &req)
{
    const auto s = sessionCaller(ctx, req);
    if (!s)
        return envelope::shortError(QStringLiteral("No login found"));
    return Response::json(Sessions::sessionObject(s->user, s->sessionId, s->token, req.baseUrl));
}

Response listPermissions(const Context &ctx, Request &req)
{
    if (!sessionCaller(ctx, req))
        return envelope::shortError(QStringLiteral("No login found"));
    return Response::json(QJsonArray());
}

Response getPermission(const Context &ctx, Request &req)
{
    const auto s = sessionCaller(ctx, req);
    if (!s)
        return envelope::shortError(QStringLiteral("No login found"));
    const bool admin = roles::isAdmin(s->user.value(QStringLiteral("roleId")).toString());
    return Response::json(QJsonObject {{QStringLiteral("canDo"), admin}, {QStringLiteral("exceptions"), QJsonArray()}});
}

} // namespace

namespace {

Response health(const Context &, Request &req)
{
    return Response::json(QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")},
                                       {QStringLiteral("service"), req.segment},
                                       {QStringLiteral("version"), envelope::appVersion(req.segment)},
                                       {QStringLiteral("date"), isoNow()}});
}

} // namespace

QList<Route> commonRoutes(Context ctx)
{
    QList<Route> r;

    r.append(route(R::health, ctx, health));

    r.append(route(R::currentUser, ctx, currentUser));

    // No TutorHub permission names are documented (API.md §1.9): the local server keeps no grants,
    // so the list is empty and a named permission is granted to administrators only.
    r.append(route(R::listPermissions, ctx, listPermissions));

    r.append(route(R::getPermission, ctx, getPermission));
    return r;
}

} // namespace tutorhub::server
