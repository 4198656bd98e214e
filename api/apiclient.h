// The one HTTP client of TutorHub Desktop (ARCHITECTURE "patterns": one request abstraction with a
// typed result, a timeout, readable error text and a retry table; the token attached in ONE place).
//
//   ApiRequest req = ApiRequest::to(Route::getUser, {id});   // method, service and path from the table (C40)
//   ApiReply *reply = client->send(req);
//   connect(reply, &ApiReply::finished, this, [reply] { if (reply->ok()) use(reply->payload()); });
//
// The reply is deleted by the client (deleteLater) after finished() has been delivered; read it
// inside the slot. Retry table and relogin: see docs/decisions.md (A4, A6).
#pragma once

#include "apierror.h"
#include "environment.h"
#include "serverfeatures.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace tutorhub::api {

class ApiClient;
class ResponseCache;

struct ApiRequest
{
    ApiRequest() = default;
    ApiRequest(const QByteArray &method, Service service, const QString &path);

    QByteArray method = "GET";
    Service service = Service::Auth;
    QString path; // below the service base, starting with '/' (routePath(); null: built with wrong arguments)
    std::optional<Route> route; // the table row it was built from (list layers check declared filters, C44)
    QUrlQuery query;
    QJsonValue body; // sent as JSON when not Undefined
    QByteArray rawBody; // sent as-is when non-empty (uploads); wins over body
    QByteArray rawContentType;
    bool idempotent = true; // default: method is GET or HEAD; only idempotent requests are retried
    int timeoutMs = 15000; // per attempt
    bool allowRelogin = true; // any 401 to a request that carried a token triggers one relogin + replay
    bool attachToken = true; // false for public routes that must not carry a (stale) token
    bool expectJson = true; // false for raw downloads (avatar bytes)
    // false: the caller reads every page and checks each row itself, undeclared filters being only hints
    // (the admin cascades, C20-C24); callJson then sends the request as it is (no C44 selection).
    bool selectUndeclaredFilters = true;

    // The request of a route of the table (C40): method and service from the row ("*" routes: auth-api, or
    // the service given to on()), the path from the pattern with `pathArgs` percent-encoded in order.
    static ApiRequest to(Route route, const QStringList &pathArgs = {});
    static ApiRequest to(Route route, const QStringList &pathArgs, const QUrlQuery &query);
    static ApiRequest to(Route route, const QStringList &pathArgs, const QJsonValue &body);
    static ApiRequest on(Service service, Route route, const QStringList &pathArgs = {});
    ApiRequest &withQuery(const QUrlQuery &q)
    {
        query = q;
        return *this;
    }
    ApiRequest &withBody(const QJsonValue &b)
    {
        body = b;
        return *this;
    }

    // Low-level constructors for peers outside the TutorHub route table (tests' fakes, Stripe's wire).
    static ApiRequest get(Service service, const QString &path, const QUrlQuery &query = {});
    static ApiRequest post(Service service, const QString &path, const QJsonValue &body = {});
    static ApiRequest patch(Service service, const QString &path, const QJsonValue &body = {});
    static ApiRequest put(Service service, const QString &path, const QJsonValue &body = {});
    static ApiRequest del(Service service, const QString &path);
};

class ApiReply : public QObject
{
    Q_OBJECT

public:
    ~ApiReply() override;

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error.isNone(); }
    int httpStatus() const { return m_httpStatus; }
    // Parsed JSON body. For an enveloped answer this is the whole envelope; for the raw routes
    // (login, relogin, verification, permissions) it is the object as sent. Empty when not an object.
    QJsonObject envelope() const { return m_json.isObject() ? m_json.object() : QJsonObject(); }
    // The whole JSON body (object or array).
    QJsonDocument json() const { return m_json; }
    // The payload: envelope[dataName] when the body names one, otherwise the whole body.
    QJsonValue payload() const;
    QString dataName() const;
    QByteArray rawBody() const { return m_body; }
    QByteArray rawHeader(const QByteArray &name) const { return m_headers.value(name.toLower()); }
    ApiError error() const { return m_error; }
    int attempts() const { return m_attempts; }
    bool wasReplayedAfterRelogin() const { return m_reloginTried; }
    // The server could not be reached and this is the last answer it gave to the same request, read from the
    // offline cache (U42): ok() is true, cachedAt() says when the answer was received.
    bool isFromCache() const { return m_fromCache; }
    QDateTime cachedAt() const { return m_cachedAt; }

public slots:
    // Cancels the request; finished() follows with Kind::Canceled (at once, synchronously).
    void abort();

signals:
    void finished();
    // Bytes of the request body sent so far (uploads show progress with it).
    void uploadProgress(qint64 sent, qint64 total);
    // Bytes of the answer received so far (file downloads show progress with it; total -1 when unknown).
    void downloadProgress(qint64 received, qint64 total);

private:
    friend class ApiClient;
    ApiReply(ApiClient *client, const ApiRequest &request);

    ApiClient *m_client;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr; // per-attempt timeout
    QJsonDocument m_json;
    QByteArray m_body;
    QHash<QByteArray, QByteArray> m_headers; // lower-case names
    ApiError m_error;
    int m_httpStatus = 0;
    int m_attempts = 0;
    int m_retries = 0; // transient-error retries used
    QUrl m_host; // the environment host of the first attempt: retries go there or nowhere
    QString m_sentToken; // token attached to the current attempt
    bool m_timedOut = false;
    bool m_finished = false;
    bool m_reloginTried = false;
    bool m_waitingForRelogin = false;
    bool m_fromCache = false;
    QDateTime m_cachedAt;
};

class ApiClient : public QObject
{
    Q_OBJECT

public:
    // done(error): error.isNone() -> a new token has been set with setAccessToken(); replay.
    using ReloginDone = std::function<void(const ApiError &error)>;
    using ReloginHandler = std::function<void(ReloginDone done)>;

    // nam == nullptr: the client creates and owns one.
    explicit ApiClient(QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~ApiClient() override;

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    void setEnvironment(const Environment &environment);
    const Environment &environment() const { return m_environment; }

    // The ONE place the "Authorization: Bearer" header comes from. Empty = no header.
    void setAccessToken(const QString &token);
    QString accessToken() const { return m_token; }
    bool hasAccessToken() const { return !m_token.isEmpty(); }

    // Installed by Session. Called at most once at a time: concurrent 401s wait for the same relogin.
    void setReloginHandler(ReloginHandler handler);
    bool hasReloginHandler() const { return bool(m_reloginHandler); }

    // Backoff before retry 1, 2, ... of idempotent requests; the list length is the retry limit.
    // Default {250, 1000}. Tests shorten it.
    void setRetryDelays(const QList<int> &delaysMs);
    QList<int> retryDelays() const { return m_retryDelays; }

    // Extra request header on every request (e.g. "Accept-Language"). Not for tokens.
    void setDefaultHeader(const QByteArray &name, const QByteArray &value);

    // Starts the request now (the token is read at send time and again for each retry/replay).
    ApiReply *send(const ApiRequest &request);

    // What the server said about its extensions (C42): set by Session after sign-in, reset (to the documented
    // contract only) when the environment changes. Models read it through the client they are given.
    void setServerFeatures(const ServerFeatures &features);
    const ServerFeatures &serverFeatures() const { return m_features; }

    // Number of requests in flight (for tests and shutdown).
    int pendingCount() const { return m_live.size(); }

    // --- offline (issue 15 item 4, U40-U49) ------------------------------------------------------
    // The signed-in user's offline cache; null: none (answers are neither stored nor served).
    void setResponseCache(std::shared_ptr<ResponseCache> cache);
    ResponseCache *responseCache() const { return m_cache.get(); }
    // False from the first request that could not reach the server (connection refused, timeout, host not
    // found) until any answer arrives again. While offline the client asks GET /health with backoff.
    bool isOnline() const { return m_online; }
    QDateTime offlineSince() const { return m_offlineSince; }
    // Delays of the /health probes while offline (the last one repeats). Default {1000, 2000, 4000, 8000, 15000,
    // 30000}; tests shorten it.
    void setOfflineProbeDelays(const QList<int> &delaysMs);
    // Booking and money routes (enroll, pay, refund, cancel): never queued, refused while offline (U45).
    static bool needsServer(const ApiRequest &request);
    // Connection refused, host not found, no answer in time: the server is out of reach (not a 4xx/5xx answer).
    static bool isConnectivityError(const ApiError &error);

signals:
    void accessTokenChanged();
    void environmentChanged();
    void serverFeaturesChanged();
    // Relogin failed (or the replay was refused again): the user has to sign in again.
    void sessionExpired(const tutorhub::api::ApiError &error);
    // Every finished request that failed; for logging / a status bar.
    void requestFailed(const tutorhub::api::ApiError &error);
    // Every finished request that succeeded (the lesson reminders re-plan after a booking or a
    // cancellation made in this app, U17).
    void requestSucceeded(const tutorhub::api::ApiRequest &request);
    // isOnline() changed (U43): the status bar, and the lists that show cached rows reload when it is true again.
    void connectivityChanged(bool online);

private:
    friend class ApiReply;
    void startAttempt(ApiReply *reply);
    void onNetworkFinished(ApiReply *reply);
    void onTimeout(ApiReply *reply);
    void handle401(ApiReply *reply, const ApiError &error);
    void reloginFinished(const ApiError &error);
    bool shouldRetry(const ApiReply *reply, const ApiError &error) const;
    void complete(ApiReply *reply, const ApiError &error);
    void forget(ApiReply *reply);
    void setOnline(bool online);
    void probe();

    QNetworkAccessManager *m_nam;
    Environment m_environment;
    ServerFeatures m_features;
    QString m_token;
    ReloginHandler m_reloginHandler;
    bool m_reloginRunning = false;
    quint64 m_reloginGeneration = 0;
    QList<QPointer<ApiReply>> m_waitingForRelogin;
    QList<int> m_retryDelays {250, 1000};
    QList<QPair<QByteArray, QByteArray>> m_defaultHeaders;
    QList<ApiReply *> m_live;
    std::shared_ptr<ResponseCache> m_cache;
    bool m_online = true;
    QDateTime m_offlineSince;
    QList<int> m_probeDelays {1000, 2000, 4000, 8000, 15000, 30000};
    int m_probeAttempt = 0;
    QTimer *m_probeTimer = nullptr;
    QPointer<ApiReply> m_probe;
};

} // namespace tutorhub::api
