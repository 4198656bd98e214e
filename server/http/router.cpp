#include "http/router.h"

#include "core/apierror.h"
#include "http/envelope.h"

#include <QUrl>

namespace tutorhub::server {

const QStringList &Router::segments()
{
    static const QStringList s{QStringLiteral("auth-api"),         QStringLiteral("tutorcatalog-api"),
                               QStringLiteral("coursescheduling-api"), QStringLiteral("enrollmentmanagement-api"),
                               QStringLiteral("platformadmin-api"), QStringLiteral("messaging-api"),
                               QStringLiteral("agenthub-api"),      QStringLiteral("bff-api"),
                               QStringLiteral("notification-api")};
    return s;
}

void Router::add(Route route)
{
    m_routes.append(std::move(route));
}

void Router::add(const QList<Route> &routes)
{
    for (const Route &r : routes)
        m_routes.append(r);
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

Response Router::dispatch(Request &req) const
{
    try {
        // req.path is still percent-encoded here; the first component names the service.
        const qsizetype slash = req.path.indexOf(QLatin1Char('/'), 1);
        req.segment = req.path.mid(1, slash < 0 ? -1 : slash - 1);
        req.subPath = slash < 0 ? QStringLiteral("/") : req.path.mid(slash);
        if (!segments().contains(req.segment))
            throw HttpError(404, QStringLiteral("errMsg_RouteNotFound"),
                            QStringLiteral("No service is served under '/%1'.").arg(req.segment));

        const Route *chosen = nullptr;
        QStringList allowed;
        for (const Route &r : m_routes) {
            if (r.segment != QLatin1String("*") && r.segment != req.segment)
                continue;
            QHash<QString, QString> params;
            if (!match(r.pattern, req.subPath, &params))
                continue;
            if (r.method != req.method) {
                allowed << QString::fromLatin1(r.method);
                continue;
            }
            chosen = &r;
            req.params = params;
            break;
        }
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
        if (req.body.size() > chosen->maxBody)
            throw HttpError(400, QStringLiteral("errMsg_RequestTooLarge"),
                            QStringLiteral("The request body is larger than %1 bytes.").arg(chosen->maxBody));

        // SEC45: a token never travels in a URL (logs, history, Referer); one found there is refused.
        if (req.query.hasQueryItem(QStringLiteral("access_token")))
            throw HttpError(400, QStringLiteral("errMsg_TokenInUrl"),
                            QStringLiteral("Send the access token in the Authorization header, never in the URL."));
        // Even public routes learn the caller when a valid token comes along (envelope userId/sessionId).
        if (m_auth)
            req.auth = m_auth(req);
        if (chosen->access == Access::SignedIn || chosen->access == Access::Admin) {
            if (!req.auth)
                throw HttpError::loginRequired();
            if (chosen->access == Access::Admin && !req.auth->isAdmin())
                throw HttpError::forbidden(QStringLiteral("This route is for administrators."));
        }
        return chosen->handler(req);
    } catch (const HttpError &e) {
        return envelope::error(e.status(), e.code(), e.detail());
    } catch (const std::exception &e) {
        qWarning("tutorhub-server: unexpected error in %s %s: %s", req.method.constData(), qPrintable(req.path), e.what());
        return envelope::error(500, QStringLiteral("errMsg_InternalError"), QStringLiteral("Unexpected server error."));
    }
}

} // namespace tutorhub::server
