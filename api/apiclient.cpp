#include "apiclient.h"

#include "contract.h"
#include "responsecache.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace tutorhub::api {

// ---------------------------------------------------------------------------------------------
// ApiRequest

ApiRequest::ApiRequest(const QByteArray &method_, Service service_, const QString &path_)
    : method(method_.toUpper()),
      service(service_),
      path(path_),
      idempotent(method == "GET" || method == "HEAD")
{ }

ApiRequest ApiRequest::to(Route route, const QStringList &pathArgs)
{
    const RouteInfo &info = routeInfo(route);
    return on(info.service.value_or(Service::Auth), route, pathArgs);
}

ApiRequest ApiRequest::to(Route route, const QStringList &pathArgs, const QUrlQuery &query)
{
    ApiRequest r = to(route, pathArgs);
    r.query = query;
    return r;
}

ApiRequest ApiRequest::to(Route route, const QStringList &pathArgs, const QJsonValue &body)
{
    ApiRequest r = to(route, pathArgs);
    r.body = body;
    return r;
}

ApiRequest ApiRequest::on(Service service, Route route, const QStringList &pathArgs)
{
    const RouteInfo &info = routeInfo(route);
    ApiRequest r(info.method, info.service.value_or(service), routePath(route, pathArgs));
    r.route = route;
    if (r.path.isNull())
        qWarning("ApiRequest: route %s takes %d path arguments, got %d", qPrintable(info.name),
                 int(info.pathParams.size()), int(pathArgs.size()));
    return r;
}

ApiRequest ApiRequest::get(Service service, const QString &path, const QUrlQuery &query)
{
    ApiRequest r("GET", service, path);
    r.query = query;
    return r;
}

ApiRequest ApiRequest::post(Service service, const QString &path, const QJsonValue &body)
{
    ApiRequest r("POST", service, path);
    r.body = body;
    return r;
}

ApiRequest ApiRequest::patch(Service service, const QString &path, const QJsonValue &body)
{
    ApiRequest r("PATCH", service, path);
    r.body = body;
    return r;
}

ApiRequest ApiRequest::put(Service service, const QString &path, const QJsonValue &body)
{
    ApiRequest r("PUT", service, path);
    r.body = body;
    return r;
}

ApiRequest ApiRequest::del(Service service, const QString &path)
{
    return ApiRequest("DELETE", service, path);
}

// ---------------------------------------------------------------------------------------------
// ApiReply

ApiReply::ApiReply(ApiClient *client, const ApiRequest &request) : QObject(client), m_client(client), m_request(request)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString ApiReply::dataName() const
{
    return envelope().value(QLatin1String("dataName")).toString();
}

QJsonValue ApiReply::payload() const
{
    if (m_json.isArray())
        return m_json.array();
    const QJsonObject o = envelope();
    const QString name = o.value(QLatin1String("dataName")).toString();
    if (!name.isEmpty() && o.value(QLatin1String("status")).toString() == QLatin1String("OK"))
        return o.value(name);
    return o;
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    m_client->complete(this, ApiError::canceled());
}

// ---------------------------------------------------------------------------------------------
// ApiClient

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent),
      m_nam(nam ? nam : new QNetworkAccessManager(this))
{
    qRegisterMetaType<tutorhub::api::ApiError>();
    m_probeTimer = new QTimer(this);
    m_probeTimer->setSingleShot(true);
    connect(m_probeTimer, &QTimer::timeout, this, &ApiClient::probe);
}

ApiClient::~ApiClient() = default;

void ApiClient::setEnvironment(const Environment &environment)
{
    if (m_environment == environment)
        return;
    const QUrl oldHost = m_environment.host;
    m_environment = environment;
    if (environment.host != oldHost) {
        // A request to the old server (on the wire, queued inside QNetworkAccessManager or waiting for a
        // retry) must never reach whatever answers at that address next (SEC48): it ends here.
        const QList<ApiReply *> live = m_live;
        for (ApiReply *reply : live)
            if (reply->m_attempts > 0 && reply->m_host != environment.host)
                complete(reply, ApiError::network(oldHost, QStringLiteral("the server changed")));
    }
    // Another server may offer other extensions: the documented contract only until it is asked (C42).
    setServerFeatures({});
    // Another server: reachable until a request says otherwise.
    if (environment.host != oldHost)
        setOnline(true);
    emit environmentChanged();
}

void ApiClient::setServerFeatures(const ServerFeatures &features)
{
    if (m_features == features)
        return;
    m_features = features;
    emit serverFeaturesChanged();
}

void ApiClient::setAccessToken(const QString &token)
{
    if (m_token == token)
        return;
    m_token = token;
    emit accessTokenChanged();
}

void ApiClient::setReloginHandler(ReloginHandler handler)
{
    m_reloginHandler = std::move(handler);
    if (m_reloginRunning) {
        // The old handler (e.g. a destroyed Session) will never answer: end the waiting requests.
        ++m_reloginGeneration;
        reloginFinished(ApiError::sessionExpired(QStringLiteral("relogin handler replaced")));
    }
}

void ApiClient::setRetryDelays(const QList<int> &delaysMs)
{
    m_retryDelays = delaysMs;
}

void ApiClient::setDefaultHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : m_defaultHeaders) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    m_defaultHeaders.append({name, value});
}

ApiReply *ApiClient::send(const ApiRequest &request)
{
    auto *reply = new ApiReply(this, request);
    m_live.append(reply);
    connect(reply->m_timer, &QTimer::timeout, this, [this, reply] { onTimeout(reply); });
    if (request.path.isNull()) {
        // Built from a route with the wrong number of path arguments (a programming error): never sent.
        QTimer::singleShot(0, reply, [this, reply] {
            complete(reply, ApiError(ApiError::Kind::InvalidResponse, 0, {},
                                     QStringLiteral("request path could not be built from the route table")));
        });
        return reply;
    }
    if (!m_online && needsServer(request)) {
        // U45: booking and money need the server; refused at once while offline, never queued or sent later.
        QTimer::singleShot(0, reply, [this, reply] { complete(reply, ApiError::offline(m_environment.host)); });
        return reply;
    }
    if (!m_environment.isValid()) {
        // No usable host: fail after the caller had a chance to connect.
        QTimer::singleShot(0, reply, [this, reply] {
            complete(reply, ApiError::network(m_environment.host, QStringLiteral("no valid environment host")));
        });
        return reply;
    }
    startAttempt(reply);
    return reply;
}

void ApiClient::startAttempt(ApiReply *reply)
{
    if (reply->m_finished)
        return;
    const ApiRequest &r = reply->m_request;
    if (reply->m_attempts == 0)
        reply->m_host = m_environment.host;
    else if (reply->m_host != m_environment.host || !m_environment.isValid())
        return complete(reply, ApiError::network(reply->m_host, QStringLiteral("the server changed")));
    ++reply->m_attempts;
    reply->m_timedOut = false;

    QNetworkRequest req(m_environment.url(r.service, r.path, r.query));
    req.setRawHeader("Accept", r.expectJson ? "application/json" : "*/*");
    // Cookies are neither stored nor sent: the login's token cookie would otherwise become a second,
    // stale token location beside the Authorization header (decision A2).
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    for (const auto &h : m_defaultHeaders)
        req.setRawHeader(h.first, h.second);

    QByteArray data;
    if (!r.rawBody.isEmpty()) {
        data = r.rawBody;
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      r.rawContentType.isEmpty() ? QByteArray("application/octet-stream") : r.rawContentType);
    } else if (r.body.isObject() || r.body.isArray()) {
        data = r.body.isObject() ? QJsonDocument(r.body.toObject()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(r.body.toArray()).toJson(QJsonDocument::Compact);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    } else if (r.method == "POST" || r.method == "PUT" || r.method == "PATCH") {
        // No body: still announced as JSON, so no Qt default (a form type) can reach the server,
        // which refuses other types (SEC25); the server reads an empty JSON body as {}.
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    }

    // The one place the access token is attached (ARCHITECTURE settled decision 3).
    reply->m_sentToken.clear();
    if (r.attachToken && !m_token.isEmpty()) {
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        reply->m_sentToken = m_token;
    }

    QNetworkReply *nr = m_nam->sendCustomRequest(req, r.method, data);
    reply->m_reply = nr;
    connect(nr, &QNetworkReply::finished, reply, [this, reply] { onNetworkFinished(reply); });
    connect(nr, &QNetworkReply::uploadProgress, reply, &ApiReply::uploadProgress);
    connect(nr, &QNetworkReply::downloadProgress, reply, &ApiReply::downloadProgress);
    reply->m_timer->start(qMax(1, r.timeoutMs));
}

void ApiClient::onTimeout(ApiReply *reply)
{
    if (reply->m_finished || !reply->m_reply)
        return;
    reply->m_timedOut = true;
    reply->m_reply->abort(); // finished() -> onNetworkFinished
}

void ApiClient::onNetworkFinished(ApiReply *reply)
{
    QNetworkReply *nr = reply->m_reply;
    if (!nr)
        return;
    reply->m_reply = nullptr;
    reply->m_timer->stop();
    nr->disconnect(reply);
    nr->deleteLater();
    if (reply->m_finished)
        return;

    const QUrl url = nr->url();
    const int status = nr->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = nr->isOpen() ? nr->readAll() : QByteArray();
    reply->m_httpStatus = status;
    reply->m_body = body;
    reply->m_headers.clear();
    const auto pairs = nr->rawHeaderPairs();
    for (const auto &p : pairs)
        reply->m_headers.insert(p.first.toLower(), p.second);
    reply->m_json = QJsonDocument::fromJson(body);

    ApiError error;
    if (reply->m_timedOut) {
        error = ApiError::timeout(url);
        reply->m_httpStatus = 0;
    } else {
        error = ApiError::fromReply(nr->error(), status, body, url, nr->errorString(), reply->m_request.expectJson);
    }

    // Any 401 on a call that carried a token means the session is no longer accepted, whatever text
    // the server chose for it (issue 13: the cloud's wording is not ours to match; C25).
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 401 && reply->m_request.allowRelogin
        && !reply->m_sentToken.isEmpty()) {
        if (!reply->m_reloginTried && m_reloginHandler) {
            handle401(reply, error);
            return;
        }
        if (reply->m_reloginTried) {
            // Refused again right after a successful relogin: the session is gone.
            const ApiError expired = ApiError::sessionExpired(error.code);
            complete(reply, expired);
            emit sessionExpired(expired);
            return;
        }
    }

    if (shouldRetry(reply, error)) {
        const int delay = m_retryDelays.value(reply->m_retries, 0);
        ++reply->m_retries;
        QTimer::singleShot(delay, reply, [this, reply] { startAttempt(reply); });
        return;
    }
    complete(reply, error);
}

bool ApiClient::shouldRetry(const ApiReply *reply, const ApiError &error) const
{
    if (!reply->m_request.idempotent || reply->m_retries >= m_retryDelays.size())
        return false;
    if (error.kind == ApiError::Kind::Network)
        return error.code != QLatin1String("SslHandshakeFailedError")
               && error.code != QLatin1String("OperationCanceledError");
    return error.isTransient();
}

void ApiClient::handle401(ApiReply *reply, const ApiError &error)
{
    Q_UNUSED(error)
    reply->m_reloginTried = true;
    if (!m_token.isEmpty() && m_token != reply->m_sentToken) {
        // Another relogin already replaced the token while this request was on its way.
        startAttempt(reply);
        return;
    }
    reply->m_waitingForRelogin = true;
    m_waitingForRelogin.append(reply);
    if (m_reloginRunning)
        return; // coalesced into the relogin already running
    m_reloginRunning = true;
    QPointer<ApiClient> self(this);
    auto called = std::make_shared<bool>(false);
    const quint64 generation = ++m_reloginGeneration;
    m_reloginHandler([self, called, generation](const ApiError &result) {
        if (*called || !self || self->m_reloginGeneration != generation)
            return;
        *called = true;
        self->reloginFinished(result);
    });
}

void ApiClient::reloginFinished(const ApiError &result)
{
    m_reloginRunning = false;
    const auto waiting = std::exchange(m_waitingForRelogin, {});
    if (result.isNone()) {
        for (const auto &r : waiting) {
            if (r && !r->m_finished) {
                r->m_waitingForRelogin = false;
                startAttempt(r);
            }
        }
        return;
    }
    if (result.isTransient()) {
        // Could not reach the server to relogin: report that, the session may still be fine.
        for (const auto &r : waiting)
            if (r)
                complete(r, result);
        return;
    }
    const ApiError expired = ApiError::sessionExpired(result.code.isEmpty() ? result.detail : result.code);
    bool any = false;
    for (const auto &r : waiting) {
        if (r && !r->m_finished) {
            complete(r, expired);
            any = true;
        }
    }
    if (any)
        emit sessionExpired(expired);
}

void ApiClient::complete(ApiReply *reply, const ApiError &givenError)
{
    if (reply->m_finished)
        return;
    ApiError error = givenError;
    // U43: any answer proves the server reachable; a sent request that could not reach it makes the client
    // offline (a request refused here before sending, or canceled, says nothing either way).
    if (reply->m_httpStatus > 0 && !reply->m_timedOut)
        setOnline(true);
    else if (reply->m_attempts > 0 && isConnectivityError(error))
        setOnline(false);
    if (isConnectivityError(error) && needsServer(reply->m_request)
        && error.code != QLatin1String(ApiError::kOfflineCode))
        error = ApiError::offline(error.host.isEmpty() ? m_environment.host : error.host);
    // U42: out of reach, and this request was answered before: the last answer, marked as such.
    if (isConnectivityError(error) && m_cache) {
        if (const auto entry = m_cache->lookup(reply->m_request)) {
            reply->m_body = entry->body;
            reply->m_json = QJsonDocument::fromJson(entry->body);
            reply->m_httpStatus = entry->httpStatus;
            reply->m_headers.clear();
            reply->m_fromCache = true;
            reply->m_cachedAt = entry->savedAt;
            error = ApiError();
        }
    } else if (error.isNone() && m_cache && reply->m_httpStatus >= 200 && reply->m_httpStatus < 300) {
        m_cache->store(reply->m_request, reply->m_httpStatus, reply->m_body);
    }
    reply->m_finished = true;
    reply->m_error = error;
    if (reply->m_error.host.isEmpty() && !error.isNone())
        reply->m_error.host = m_environment.host;
    reply->m_timer->stop();
    if (reply->m_waitingForRelogin) {
        reply->m_waitingForRelogin = false;
        m_waitingForRelogin.removeAll(reply);
    }
    if (QNetworkReply *nr = reply->m_reply) {
        reply->m_reply = nullptr;
        nr->disconnect(reply);
        nr->abort();
        nr->deleteLater();
    }
    if (!error.isNone())
        emit requestFailed(reply->m_error);
    else if (!reply->m_fromCache)
        emit requestSucceeded(reply->m_request);
    emit reply->finished();
    forget(reply);
}

void ApiClient::setResponseCache(std::shared_ptr<ResponseCache> cache)
{
    m_cache = std::move(cache);
}

void ApiClient::setOfflineProbeDelays(const QList<int> &delaysMs)
{
    m_probeDelays = delaysMs;
}

bool ApiClient::needsServer(const ApiRequest &request)
{
    if (!request.route)
        return false;
    switch (*request.route) {
    case Route::createEnrollment:
    case Route::startEnrollmentPayment:
    case Route::refreshEnrollmentPayment:
    case Route::createRefundRequest:
    case Route::updateRefundRequest:
    case Route::cancelEnrollment:
    case Route::adminRefundEnrollment:
    case Route::stripeCreatePaymentMethod:
    case Route::stripeConfirmPaymentIntent:
        return true;
    default:
        return false;
    }
}

bool ApiClient::isConnectivityError(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Timeout)
        return true;
    return error.kind == ApiError::Kind::Network && error.code != QLatin1String("SslHandshakeFailedError")
           && error.code != QLatin1String("OperationCanceledError");
}

void ApiClient::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online) {
        m_offlineSince = {};
        m_probeAttempt = 0;
        m_probeTimer->stop();
    } else {
        m_offlineSince = QDateTime::currentDateTimeUtc();
        m_probeAttempt = 0;
        m_probeTimer->start(m_probeDelays.value(0, 1000));
    }
    // Reported from the event loop, not from inside complete(): a listener that reloads (and aborts its request)
    // must not re-enter the reply being completed. A flip back meanwhile is reported by its own call.
    QMetaObject::invokeMethod(
        this,
        [this, online] {
            if (m_online == online)
                emit connectivityChanged(online);
        },
        Qt::QueuedConnection);
}

// U43: while offline, GET /health with backoff; its answer (any answer) sets the client online again in complete().
void ApiClient::probe()
{
    if (m_online || m_probe)
        return;
    ApiRequest r = ApiRequest::to(Route::health);
    r.attachToken = false;
    r.allowRelogin = false;
    r.idempotent = false; // one attempt per probe: the backoff is the retry
    r.timeoutMs = 5000;
    r.expectJson = false;
    m_probe = send(r);
    connect(m_probe, &ApiReply::finished, this, [this] {
        if (m_online)
            return;
        ++m_probeAttempt;
        const int last = int(m_probeDelays.size()) - 1;
        m_probeTimer->start(m_probeDelays.isEmpty() ? 30000 : m_probeDelays.at(qMin(m_probeAttempt, last)));
    });
}

void ApiClient::forget(ApiReply *reply)
{
    m_live.removeAll(reply);
    reply->deleteLater();
}

} // namespace tutorhub::api
