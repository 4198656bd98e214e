// The route table as data (method, segment, path pattern, access rule, handler) and the one
// dispatcher that matches, checks limits and access, runs the handler and maps errors (D2/D4).
#pragma once

#include "http/contract.h"
#include "http/request.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace tutorhub::server {

enum class Access {
    Public, // no token needed; the caller is still resolved when a valid token comes along
    SignedIn, // a valid token is required (401 errMsg_LoginRequired)
    Admin, // admin or superAdmin (403 errMsg_Forbidden otherwise)
    Machine, // machine-to-machine only (API.md §3.5 sendSystemMessage): no user token is accepted, an
             // admin's neither (401 without a token, 403 errMsg_Forbidden with one); the server's own
             // services call the function behind it directly (C27)
};

using Handler = std::function<Response(Request &)>;
using R = contract::R; // route ids: {R::getUser, handler}

constexpr qint64 kMaxBodyBytes = 1024 * 1024; // D4; enforced before the body is read (SEC20)

// What a state-changing request's body may be (SEC25).
enum class BodyKind {
    Json, // Content-Type application/json (or no Content-Type with an empty body); else 415
    Raw, // an upload: the handler checks the type; a Content-Type is required, form encodings get 415
    Form, // application/x-www-form-urlencoded (the Stripe simulator speaks Stripe's wire format, C10)
};

// A route of the table contract/routes.def with its handler (C2). Method, segment, pattern and access
// come from the row of `id`; a PerIndex row (the BFF) is registered once per index with the concrete
// pattern ("/enrollments/list" for "/:indexName/list") and the index's access.
struct Route
{
    Route() = default;
    Route(contract::R id, Handler handler);
    Route(contract::R id, Handler handler, qint64 maxBodyBytes, BodyKind bodyKind = BodyKind::Json);
    // A PerIndex row for one index: its first path parameter (":indexName", ":viewName") becomes `index`.
    Route(contract::R id, const QString &index, Access access, Handler handler);

    contract::R id = contract::R::None;
    QByteArray method; // GET, POST, PATCH, DELETE, PUT
    QString segment; // "auth-api" ... or "*" for every segment
    QString pattern; // below the segment: "/v1/users/:userId"
    Access access = Access::SignedIn;
    Handler handler;
    qint64 maxBody = kMaxBodyBytes;
    BodyKind body = BodyKind::Json;
};

class Router
{
public:
    // Resolves the caller from the request's token (D6); nullopt when absent or not valid.
    using Authenticator = std::function<std::optional<AuthContext>(const Request &)>;

    static const QStringList &segments(); // D15
    // The Stripe test-mode simulator's base below the host ("stripe"): not a TutorHub service and not
    // an `*-api` segment (C10). Its errors are Stripe error objects, not TutorHub envelopes.
    static const QString &stripeSegment();

    // Throws std::logic_error for a route that has no row in the table or differs from its row (C2);
    // Server::start fails with that message.
    void add(Route route);
    void add(const QList<Route> &routes);
    // --contract strict|local (C3): under strict, Extension rows answer like unknown routes, undeclared
    // query parameters and body fields are removed before the handler runs and responses carry only
    // documented fields (http/strictprofile.h).
    void setProfile(contract::Profile profile) { m_profile = profile; }
    contract::Profile profile() const { return m_profile; }
    void setAuthenticator(Authenticator a) { m_auth = std::move(a); }
    const QList<Route> &routes() const { return m_routes; }
    // The routes the current profile serves (under strict: without the Extension rows, C4).
    QList<Route> servedRoutes() const;

    // Fills req.segment/subPath/params/auth and produces the response; never throws.
    Response dispatch(Request &req) const;
    // The body limit of the route `method` + `target` (as sent, query allowed) would reach;
    // kMaxBodyBytes when none matches. Asked by the connection guard as soon as a head is complete.
    qint64 maxBodyFor(const QByteArray &method, const QByteArray &target) const;

    // "/v1/users/:userId" against "/v1/users/42" -> true, params {userId: 42}.
    static bool match(const QString &pattern, const QString &path, QHash<QString, QString> *params);

private:
    // The route of `method` + percent-encoded `path`; nullptr with the allowed methods, or 404 thrown.
    const Route *find(const QByteArray &method, const QString &path, QHash<QString, QString> *params,
                      QStringList *allowed) const;

    QList<Route> m_routes;
    Authenticator m_auth;
    contract::Profile m_profile = contract::Profile::Local;
};

} // namespace tutorhub::server
