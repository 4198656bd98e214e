#include "server.h"

#include "admin/admin.h"
#include "agenthub/agenthub.h"
#include "auth/authroutes.h"
#include "auth/jwt.h"
#include "auth/sessions.h"
#include "auth/throttle.h"
#include "auth/twofactor.h"
#include "catalog/catalog.h"
#include "catalog/tutorprofile.h"
#include "core/apierror.h"
#include "core/commonroutes.h"
#include "core/context.h"
#include "core/demoseed.h"
#include "core/privatefiles.h"
#include "db/database.h"
#include "db/dialect.h"
#include "db/migrations.h"
#include "db/repository.h"
#include "enrollment/enrollment.h"
#include "core/util.h"
#include "payments/paymentroutes.h"
#include "http/connectionguard.h"
#include "http/httpserver.h"
#include "http/router.h"
#include "http/strictprofile.h"
#include "messaging/hub.h"
#include "messaging/messaging.h"
#include "notification/notificationroutes.h"
#include "scheduling/scheduling.h"
#include "bff/bff.h"
#include "scale/scaleseed.h"

#include <QDir>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace tutorhub::server {

Server::Server(ServerOptions options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_router(std::make_unique<Router>()),
      m_throttle(std::make_unique<Throttle>())
{
    if (m_options.dataDir.isEmpty())
        m_options.dataDir = defaultDataDir();
}

Server::~Server()
{
    stop();
}

QString Server::defaultDataDir()
{
    // AppDataLocation of an application called "tutorhub-server", whatever the host application is.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("tutorhub-server"));
}

bool Server::start(QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        stop();
        return false;
    };
    if (isRunning())
        return true;
    QString why;
    // SEC26: 0700 for the directory, 0600 for what is in it, also for a directory made earlier.
    if (!privatefiles::makeDirectory(m_options.dataDir, &why) || !privatefiles::restrictTree(m_options.dataDir, &why))
        return fail(why);

    m_db = std::make_unique<Database>();
    if (!m_db->open(m_options.database.isEmpty() ? databasePath() : m_options.database, allMigrations(), &why))
        return fail(why);
    if (m_options.scale > 0 && sql::isPostgres(m_db->db()))
        return fail(QStringLiteral("--scale seeds a SQLite database only (it bulk-loads through SQLite's own "
                                   "interface)"));
    m_repo = std::make_unique<Repository>(m_db->db());
    m_keys = std::make_unique<JwtKeys>();
    // DB9: on PostgreSQL the signing key is the database's, shared by every instance; on SQLite the data
    // directory's file (SEC26).
    if (!(sql::isPostgres(m_db->db()) ? m_keys->loadOrCreateShared(*m_repo, &why)
                                      : m_keys->loadOrCreate(m_options.dataDir, &why)))
        return fail(why);
    m_sessions = std::make_unique<Sessions>(m_repo.get(), m_keys.get());
    if (m_options.demo || m_options.scale > 0) {
        try {
            seedDemoData(*m_repo);
        } catch (const std::exception &e) {
            return fail(QStringLiteral("demo data: %1").arg(QString::fromUtf8(e.what())));
        }
        // seedDemoData topped the demo slots up for today; the timer does it again each new day (D55).
        m_demoToppedUp = QDateTime::currentDateTimeUtc().date();
        m_demoTimer = new QTimer(this);
        m_demoTimer->setInterval(std::chrono::hours(1));
        connect(m_demoTimer, &QTimer::timeout, this, [this] { maybeTopUpDemo(QDateTime::currentDateTimeUtc()); });
        m_demoTimer->start();
    }
    if (m_options.scale > 0) {
        try {
            const ScaleSummary s = seedScaleData(*m_repo, m_options.scale);
            if (s.seeded)
                qInfo("tutorhub-server: scale data N=%d seeded in %lld ms (inserts %lld ms, indexes %lld ms; %lld ms "
                      "CPU): %lld enrollments, "
                      "%lld lesson slots",
                      s.scale, static_cast<long long>(s.milliseconds), static_cast<long long>(s.insertMs),
                      static_cast<long long>(s.indexMs), static_cast<long long>(s.cpuMs),
                      static_cast<long long>(s.enrollments), static_cast<long long>(s.lessonSlots));
        } catch (const std::exception &e) {
            return fail(QStringLiteral("scale data: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    // F50: checkpoints on their own thread from here on (after the scale seed, which leaves WAL mode).
    m_db->startBackgroundCheckpoints();
    try {
        registerRoutes();
    } catch (const std::logic_error &e) {
        return fail(QStringLiteral("route table: %1").arg(QString::fromUtf8(e.what())));
    }
    m_sessions->setHideTutorRole(m_options.contract == contract::Profile::Strict);

    m_http = new HttpServer(m_router.get(), this);
    m_http->setLogging(m_options.logRequests);
    // The HTTP server reads through GuardedTcpServer: body limits from the head, connection cap,
    // idle and head timeouts (SEC20-SEC22).
    ConnectionLimits limits;
    limits.maxConnectionsPerAddress = m_options.maxConnectionsPerAddress;
    limits.idleTimeoutMs = m_options.idleTimeoutMs;
    limits.headTimeoutMs = m_options.headTimeoutMs;
    auto *tcp = new GuardedTcpServer(limits, [router = m_router.get()](const RequestHead &head) {
        return router->maxBodyFor(head.method, head.target);
    });
    tcp->setLogging(m_options.logRequests);
    if (!tcp->listen(m_options.address, m_options.port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        return fail(QStringLiteral("cannot listen on %1:%2: %3")
                        .arg(m_options.address.toString())
                        .arg(m_options.port)
                        .arg(reason));
    }
    m_http->bind(tcp);
    tcp->setHttpServer(m_http);
    m_port = tcp->serverPort();
    m_http->setPolicy(RequestPolicy(m_options.address, m_port)); // SEC23/SEC24
    m_http->setBaseUrl(baseUrl().toString());
    // The realtime hub on the same port (ARCHITECTURE decision 10, docs/realtime-protocol.md).
    HubOptions hubOptions;
    hubOptions.framesPerSecond = m_options.hubFramesPerSecond;
    hubOptions.frameBurst = 2 * m_options.hubFramesPerSecond;
    m_hub = new Hub(
        Context {m_repo.get(), m_sessions.get(), m_keys.get(), m_throttle.get(), mailDir(), m_options.devCodes},
        hubOptions, this);
    m_hub->setBaseUrl(baseUrl().toString());
    m_hub->attach(m_http);
    m_http->setWebSocketPath(Hub::path(), [hub = m_hub](const Request &req) { return hub->verifyUpgrade(req); });
    return true;
}

void Server::registerRoutes()
{
    *m_router = Router();
    Context ctx {m_repo.get(), m_sessions.get(), m_keys.get(), m_throttle.get(), mailDir(), m_options.devCodes};
    m_router->setAuthenticator([s = m_sessions.get(), repo = m_repo.get(), keys = m_keys.get()](const Request &req) {
        auto auth = s->authenticate(req);
        // C31: a token of a sign-in still waiting for its 2FA code is nobody; say so where it matters.
        if (!auth && !twofactor::pendingSession(*repo, *keys, Sessions::extractToken(req)).isEmpty())
            throw HttpError(
                403, QStringLiteral("errMsg_TwoFactorNeeded"),
                QStringLiteral("This sign-in is not finished: complete the two-step verification with the code "
                               "sent by e-mail first."));
        return auth;
    });
    m_router->add(commonRoutes(ctx));
    m_router->add(authSessionRoutes(ctx));
    m_router->add(userRoutes(ctx));
    m_router->add(verificationRoutes(ctx));
    m_router->add(avatarRoutes(ctx));
    m_router->add(tutorProfileRoutes(ctx));
    m_router->add(courseCategoryRoutes(ctx));
    m_router->add(coursePackRoutes(ctx));
    m_router->add(courseMaterialRoutes(ctx));
    m_router->add(availabilityRoutes(ctx));
    m_router->add(busyTimeRoutes(ctx));
    m_router->add(lessonSlotRoutes(ctx));
    m_router->add(preliminaryMeetingRoutes(ctx));
    // The Stripe test-mode simulator (C10-C13) and its webhook: each event goes through the router to
    // the documented callbackEnrollmentPayment route, signed with a per-launch secret.
    const QByteArray webhookSecret = "whsec_" + randomKey(32).toLatin1();
    m_router->add(enrollmentRoutes(ctx, webhookSecret));
    StripeWebhook webhook;
    webhook.secret = webhookSecret;
    webhook.deliver = [router = m_router.get(), this](const QByteArray &body, const QByteArray &signature) {
        Request req;
        req.method = "POST";
        req.path = QStringLiteral("/enrollmentmanagement-api/v1/callbackenrollmentpayment");
        req.headers.insert("content-type", "application/json");
        req.headers.insert("stripe-signature", signature);
        req.body = body;
        req.baseUrl = baseUrl().toString();
        req.timer.start();
        const Response res = router->dispatch(req);
        if (m_options.logRequests) {
            const QByteArray line = isoNow().toUtf8() + " POST " + req.path.toUtf8() + ' '
                                    + QByteArray::number(res.status) + ' ' + QByteArray::number(req.timer.elapsed())
                                    + "ms\n"; // an in-process webhook call
            std::fputs(line.constData(), stderr);
            std::fflush(stderr);
        }
    };
    m_router->add(stripeRoutes(ctx, std::make_shared<PaymentScheduler>(m_repo->db().connectionName()), webhook));
    m_router->add(adminIssueRoutes(ctx));
    m_router->add(adminModerationRoutes(ctx));
    m_router->add(conversationRoutes(ctx));
    m_router->add(chatMessageRoutes(ctx));
    m_router->add(chatFileRoutes(ctx));
    m_router->add(notificationRoutes(ctx));
    m_router->add(bffRoutes(ctx));
    m_router->add(agentHubRoutes(ctx, m_router.get()));
    m_router->add(instanceProofRoute());
    m_router->add(extensionsRoute());
    m_router->setProfile(m_options.contract);
}

// C8: GET /auth-api/extensions -> what this profile has beyond the documented contract. An Extension
// route itself, so a strict server answers 404 like the cloud, and the client learns "no extensions".
Route Server::extensionsRoute() const
{
    return {R::serverExtensions, [profile = m_options.contract](Request &) {
                return Response::json(QJsonObject {{QStringLiteral("profile"), contract::profileName(profile)},
                                                   {QStringLiteral("extensions"), strict::extensionNames()}});
            }};
}

// SEC48: GET /auth-api/instanceproof?challenge=<hex> -> {proof: hex HMAC-SHA256(instance secret,
// challenge)}. The app that started this server checks the proof before it sends a token here, so a
// program that took the port after this server died cannot pose as it. 404 without a secret.
Route Server::instanceProofRoute() const
{
    return {R::instanceProof, [secret = m_options.instanceSecret](Request &req) {
                if (secret.isEmpty())
                    throw HttpError(404, QStringLiteral("errMsg_NoInstanceSecret"),
                                    QStringLiteral("This server was not started with an instance secret."));
                const QByteArray challenge
                    = QByteArray::fromHex(req.queryValue(QStringLiteral("challenge")).toLatin1());
                if (challenge.size() < 16 || challenge.size() > 64)
                    throw HttpError::invalid(QStringLiteral("challenge"),
                                             QStringLiteral("'challenge' must be 16 to 64 bytes in hex."));
                const QByteArray proof
                    = QMessageAuthenticationCode::hash(challenge, secret, QCryptographicHash::Sha256).toHex();
                return Response::json(QJsonObject {{QStringLiteral("proof"), QString::fromLatin1(proof)}});
            }};
}

int Server::maybeTopUpDemo(const QDateTime &nowUtc)
{
    if (!m_repo || !m_demoTimer || nowUtc.toUTC().date() == m_demoToppedUp)
        return 0;
    try {
        const int created = topUpDemoSlots(*m_repo, nowUtc);
        m_demoToppedUp = nowUtc.toUTC().date();
        if (m_options.logRequests)
            qInfo("tutorhub-server: demo schedule topped up with %d free lessons", created);
        return created;
    } catch (const std::exception &e) {
        qWarning("tutorhub-server: demo schedule top-up failed: %s", e.what());
        return 0;
    }
}

void Server::stop()
{
    delete m_demoTimer;
    m_demoTimer = nullptr;
    delete m_hub; // closes its connections (1001) and removes its observers
    m_hub = nullptr;
    if (m_http) {
        // Deleting the server deletes its QTcpServer and, with it, every open connection.
        const auto servers = m_http->servers();
        for (QTcpServer *s : servers)
            s->close();
        delete m_http;
        m_http = nullptr;
    }
    m_port = 0;
    m_sessions.reset();
    m_keys.reset();
    m_repo.reset();
    m_db.reset();
}

bool Server::isRunning() const
{
    return m_http != nullptr && m_port != 0;
}

quint16 Server::port() const
{
    return m_port;
}

QUrl Server::baseUrl() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(m_options.address == QHostAddress::LocalHost ? QStringLiteral("127.0.0.1")
                                                           : m_options.address.toString());
    u.setPort(m_port);
    return u;
}

QString Server::dataDir() const
{
    return m_options.dataDir;
}

QString Server::databasePath() const
{
    if (!m_options.database.isEmpty())
        return Database::redacted(m_options.database);
    return QDir(m_options.dataDir).filePath(QStringLiteral("tutorhub.sqlite"));
}

QString Server::mailDir() const
{
    return QDir(m_options.dataDir).filePath(QStringLiteral("mail"));
}

Throttle &Server::throttle()
{
    return *m_throttle;
}

Router &Server::router()
{
    return *m_router;
}

Repository &Server::repository()
{
    return *m_repo;
}

Database &Server::database()
{
    return *m_db;
}

JwtKeys &Server::keys()
{
    return *m_keys;
}

Sessions &Server::sessions()
{
    return *m_sessions;
}

} // namespace tutorhub::server
