#include "http/router.h"

#include "core/apierror.h"
#include "http/envelope.h"
#include "http/strictprofile.h"

#include <QJsonObject>
#include <QUrl>

#include <stdexcept>

namespace tutorhub::server {

const QStringList &Router::segments()
{
    static const QStringList s {QStringLiteral("auth-api"),
                                QStringLiteral("tutorcatalog-api"),
                                QStringLiteral("coursescheduling-api"),
                                QStringLiteral("enrollmentmanagement-api"),
                                QStringLiteral("platformadmin-api"),
                                QStringLiteral("messaging-api"),
                                QStringLiteral("agenthub-api"),
                                QStringLiteral("bff-api"),
                                QStringLiteral("notification-api")};
    return s;
}

namespace {

Access accessOf(contract::RowAccess a)
{
    switch (a) {
    case contract::RowAccess::Public:
        return Access::Public;
    case contract::RowAccess::Admin:
        return Access::Admin;
    case contract::RowAccess::Machine:
        return Access::Machine;
    case contract::RowAccess::SignedIn:
    case contract::RowAccess::PerIndex:
        break;
    }
    return Access::SignedIn;
}

} // namespace

Route::Route(contract::R routeId, Handler h) : id(routeId), handler(std::move(h))
{
    if (id == contract::R::None)
        return;
    const contract::Row &row = contract::row(id);
    method = row.method;
    segment = row.segment;
    pattern = row.path;
    access = accessOf(row.access);
}

Route::Route(contract::R routeId, Handler h, qint64 maxBodyBytes, BodyKind bodyKind) : Route(routeId, std::move(h))
{
    maxBody = maxBodyBytes;
    body = bodyKind;
}

Route::Route(contract::R routeId, const QString &index, Access a, Handler h) : Route(routeId, std::move(h))
{
    QStringList parts = pattern.split(QLatin1Char('/'));
    for (QString &part : parts)
        if (part.startsWith(QLatin1Char(':'))) {
            part = index;
            break;
        }
    pattern = parts.join(QLatin1Char('/'));
    access = a;
}

const QString &Router::stripeSegment()
{
    static const QString s = QStringLiteral("stripe");
    return s;
}

void Router::add(Route route)
{
    auto refuse = [&](const char *why) {
        throw std::logic_error(
            QStringLiteral("route %1 %2 %3: %4")
                .arg(QString::fromLatin1(route.method), route.segment, route.pattern, QLatin1String(why))
                .toStdString());
    };
    if (route.id == contract::R::None)
        refuse("no row in contract/routes.def");
    const contract::Row &row = contract::row(route.id);
    if (route.method != row.method || route.segment != row.segment)
        refuse("method or segment differ from its row");
    if (row.access == contract::RowAccess::PerIndex) {
        // A concrete index route: the generic pattern with a literal index or view name.
        QHash<QString, QString> filled;
        if (route.pattern.startsWith(QLatin1String("/:")) || !match(row.path, route.pattern, &filled))
            refuse("not an instance of its row's pattern");
    } else if (route.pattern != row.path || route.access != accessOf(row.access)) {
        refuse("pattern or access differ from its row");
    }
    if (!route.handler)
        refuse("no handler");
    m_routes.append(std::move(route));
}

QList<Route> Router::servedRoutes() const
{
    if (m_profile != contract::Profile::Strict)
        return m_routes;
    QList<Route> out;
    for (const Route &r : m_routes)
        if (strict::served(contract::row(r.id)))
            out.append(r);
    return out;
}

void Router::add(const QList<Route> &routes)
{
    for (const Route &r : routes)
        add(r);
}

static QStringList splitPath(const QString &path)
{
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = QUrl::fromPercentEncoding(p.toUtf8());
    return parts;
}

bool Router::match(const QString &pattern, const QString &path, QHash<QString, QString> *params)
{
    const QStringList want = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QStringList have = splitPath(path);
    if (want.size() != have.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want[i].startsWith(QLatin1Char(':'))) {
            if (have[i].isEmpty())
                return false;
            found.insert(want[i].mid(1), have[i]);
        } else if (want[i] != have[i]) {
            return false;
        }
    }
    if (params)
        *params = found;
    return true;
}

namespace {

// (segment, path below it) of a percent-encoded path: "/auth-api/v1/users" -> ("auth-api", "/v1/users").
QPair<QString, QString> splitSegment(const QString &path)
{
    const qsizetype slash = path.indexOf(QLatin1Char('/'), 1);
    return {path.mid(1, slash < 0 ? -1 : slash - 1), slash < 0 ? QStringLiteral("/") : path.mid(slash)};
}

QByteArray mediaType(const Request &req)
{
    return req.header("content-type").split(';').first().trimmed().toLower();
}

// SEC25: a cross-site form can only send text/plain, x-www-form-urlencoded or multipart/form-data
// without a CORS preflight, so JSON routes take nothing but application/json.
void checkBodyType(const Route &route, const Request &req)
{
    const QByteArray type = mediaType(req);
    if (route.body == BodyKind::Form) {
        if (type == "application/x-www-form-urlencoded" || (type.isEmpty() && req.body.isEmpty()))
            return;
        throw HttpError(415, QStringLiteral("errMsg_UnsupportedMediaType"),
                        QStringLiteral("This route takes 'Content-Type: application/x-www-form-urlencoded'."));
    }
    if (route.body == BodyKind::Json) {
        if (type == "application/json" || (type.isEmpty() && req.body.isEmpty()))
            return;
        throw HttpError(415, QStringLiteral("errMsg_UnsupportedMediaType"),
                        type.isEmpty()
                            ? QStringLiteral("A request body must be sent as 'Content-Type: application/json'.")
                            : QStringLiteral("This route takes 'Content-Type: application/json', not '%1'.")
                                  .arg(QString::fromLatin1(type.left(100))));
    }
    if (type.isEmpty())
        throw HttpError(415, QStringLiteral("errMsg_UnsupportedMediaType"),
                        QStringLiteral("An upload needs the Content-Type of its file."));
    if (type == "application/x-www-form-urlencoded" || type == "multipart/form-data")
        throw HttpError(415, QStringLiteral("errMsg_UnsupportedMediaType"),
                        QStringLiteral("Uploads are sent as the raw file with its own Content-Type, not as a form."));
}

} // namespace

const Route *Router::find(const QByteArray &method, const QString &path, QHash<QString, QString> *params,
                          QStringList *allowed) const
{
    const auto [segment, subPath] = splitSegment(path);
    if (!segments().contains(segment) && segment != stripeSegment())
        throw HttpError(404, QStringLiteral("errMsg_RouteNotFound"),
                        QStringLiteral("No service is served under '/%1'.").arg(segment));
    const bool strictProfile = m_profile == contract::Profile::Strict;
    for (const Route &r : m_routes) {
        if (r.segment != QLatin1String("*") && r.segment != segment)
            continue;
        // C4: under strict an Extension route is not there at all (404, or 405 when the path has others).
        if (strictProfile && !strict::served(contract::row(r.id)))
            continue;
        QHash<QString, QString> found;
        if (!match(r.pattern, subPath, &found))
            continue;
        if (r.method != method) {
            *allowed << QString::fromLatin1(r.method);
            continue;
        }
        *params = found;
        return &r;
    }
    return nullptr;
}

qint64 Router::maxBodyFor(const QByteArray &method, const QByteArray &target) const
{
    // The path as HttpServer hands it to dispatch (requestFromHttp).
    const QString path = QUrl::fromEncoded(target).path(QUrl::FullyEncoded);
    try {
        QHash<QString, QString> params;
        QStringList allowed;
        if (const Route *r = find(method, path, &params, &allowed))
            return r->maxBody;
    } catch (const HttpError &) { }
    return kMaxBodyBytes;
}

Response Router::dispatch(Request &req) const
{
    try {
        // req.path is still percent-encoded here; the first component names the service.
        const auto [segment, subPath] = splitSegment(req.path);
        req.segment = segment;
        req.subPath = subPath;
        QStringList allowed;
        const Route *chosen = find(req.method, req.path, &req.params, &allowed);
        if (!chosen && allowed.isEmpty())
            throw HttpError(404, QStringLiteral("errMsg_RouteNotFound"),
                            QStringLiteral("No route %1 %2.").arg(QString::fromLatin1(req.method), req.path));
        if (!chosen) {
            allowed.removeDuplicates();
            Response r = envelope::error(405, QStringLiteral("errMsg_MethodNotAllowed"),
                                         QStringLiteral("%1 is not allowed here; use %2.")
                                             .arg(QString::fromLatin1(req.method), allowed.join(QStringLiteral(", "))));
            r.headers.append({QByteArrayLiteral("Allow"), allowed.join(QStringLiteral(", ")).toLatin1()});
            return r;
        }
        // Normally refused from the head already (GuardedTcpServer); this covers every other way in.
        if (req.body.size() > chosen->maxBody)
            throw HttpError(413, QStringLiteral("errMsg_RequestTooLarge"),
                            QStringLiteral("The request body is larger than the %1 bytes this route accepts.")
                                .arg(chosen->maxBody));
        if (chosen->method != "GET")
            checkBodyType(*chosen, req);

        // SEC45: a token never travels in a URL (logs, history, Referer); one found there is refused.
        if (req.query.hasQueryItem(QStringLiteral("access_token")))
            throw HttpError(400, QStringLiteral("errMsg_TokenInUrl"),
                            QStringLiteral("Send the access token in the Authorization header, never in the URL."));
        // Even public routes learn the caller when a valid token comes along (envelope userId/sessionId).
        // The authenticator may throw to say why a token it knows is nobody (C31: a sign-in still waiting
        // for its 2FA code, 403 errMsg_TwoFactorNeeded): routes that need a sign-in answer with it,
        // public routes go on as for an anonymous caller.
        const bool needsSignIn = chosen->access == Access::SignedIn || chosen->access == Access::Admin
                                 || chosen->access == Access::Machine;
        if (m_auth) {
            try {
                req.auth = m_auth(req);
            } catch (const HttpError &) {
                if (needsSignIn)
                    throw;
                req.auth.reset();
            }
        }
        if (needsSignIn) {
            if (!req.auth)
                throw HttpError::loginRequired();
            if (chosen->access == Access::Machine)
                throw HttpError::forbidden(
                    QStringLiteral("This route is called by TutorHub's own services only, never with a user's "
                                   "token. Administrators warn users with a 'warn' moderation action."));
            if (chosen->access == Access::Admin && !req.auth->isAdmin())
                throw HttpError::forbidden(QStringLiteral("This route is for administrators."));
        }
        if (m_profile != contract::Profile::Strict)
            return chosen->handler(req);
        strict::sanitizeRequest(req, contract::row(chosen->id));
        Response res = chosen->handler(req);
        strict::filterResponse(res, contract::row(chosen->id));
        return res;
    } catch (const HttpError &e) {
        if (req.segment == stripeSegment()) // Stripe's own error object (C12)
            return Response::json(
                QJsonObject {{QStringLiteral("error"),
                              QJsonObject {{QStringLiteral("type"), QStringLiteral("invalid_request_error")},
                                           {QStringLiteral("message"), e.detail().isEmpty() ? e.code() : e.detail()}}}},
                e.status());
        Response r = envelope::error(e.status(), e.code(), e.detail());
        if (e.retryAfter() > 0)
            r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(e.retryAfter())});
        return r;
    } catch (const std::exception &e) {
        qWarning("tutorhub-server: unexpected error in %s %s: %s", req.method.constData(), qPrintable(req.path),
                 e.what());
        return envelope::error(500, QStringLiteral("errMsg_InternalError"), QStringLiteral("Unexpected server error."));
    }
}

} // namespace tutorhub::server
