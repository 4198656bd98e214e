#include "server.h"

#include "admin/admin.h"
#include "agenthub/agenthub.h"
#include "auth/authroutes.h"
#include "auth/jwt.h"
#include "auth/sessions.h"
#include "catalog/catalog.h"
#include "catalog/tutorprofile.h"
#include "core/apierror.h"
#include "core/commonroutes.h"
#include "core/context.h"
#include "core/demoseed.h"
#include "db/database.h"
#include "db/migrations.h"
#include "db/repository.h"
#include "enrollment/enrollment.h"
#include "http/httpserver.h"
#include "http/router.h"
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

namespace tutorhub::server {

Server::Server(ServerOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_router(std::make_unique<Router>())
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
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("tutorhub-server"));
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
    if (!QDir().mkpath(m_options.dataDir))
        return fail(QStringLiteral("cannot create the data directory %1").arg(m_options.dataDir));

    m_db = std::make_unique<Database>();
    QString why;
    if (!m_db->open(databasePath(), allMigrations(), &why))
        return fail(why);
    m_repo = std::make_unique<Repository>(m_db->db());
    m_keys = std::make_unique<JwtKeys>();
    if (!m_keys->loadOrCreate(m_options.dataDir, &why))
        return fail(why);
    m_sessions = std::make_unique<Sessions>(m_repo.get(), m_keys.get());
    if (m_options.demo || m_options.scale > 0) {
        try {
            seedDemoData(*m_repo);
        } catch (const std::exception &e) {
            return fail(QStringLiteral("demo data: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    if (m_options.scale > 0) {
        try {
            const ScaleSummary s = seedScaleData(*m_repo, m_options.scale);
            if (s.seeded)
                qInfo("tutorhub-server: scale data N=%d seeded in %lld ms (inserts %lld ms, indexes %lld ms): %lld enrollments, %lld lesson slots",
                      s.scale, static_cast<long long>(s.milliseconds), static_cast<long long>(s.insertMs), static_cast<long long>(s.indexMs),
                      static_cast<long long>(s.enrollments), static_cast<long long>(s.lessonSlots));
        } catch (const std::exception &e) {
            return fail(QStringLiteral("scale data: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    registerRoutes();

    m_http = new HttpServer(m_router.get(), this);
    m_http->setLogging(m_options.logRequests);
    m_port = m_http->listen(m_options.address, m_options.port);
    if (m_port == 0)
        return fail(QStringLiteral("cannot listen on %1:%2").arg(m_options.address.toString()).arg(m_options.port));
    m_http->setBaseUrl(baseUrl().toString());
    // The realtime hub on the same port (ARCHITECTURE decision 10, docs/realtime-protocol.md).
    HubOptions hubOptions;
    hubOptions.framesPerSecond = m_options.hubFramesPerSecond;
    hubOptions.frameBurst = 2 * m_options.hubFramesPerSecond;
    m_hub = new Hub(Context{m_repo.get(), m_sessions.get(), m_keys.get()}, hubOptions, this);
    m_hub->setBaseUrl(baseUrl().toString());
    m_hub->attach(m_http);
    m_http->setWebSocketPath(Hub::path(), [hub = m_hub](const Request &req) { return hub->verifyUpgrade(req); });
    return true;
}

void Server::registerRoutes()
{
    *m_router = Router();
    Context ctx{m_repo.get(), m_sessions.get(), m_keys.get()};
    m_router->setAuthenticator([s = m_sessions.get()](const Request &req) { return s->authenticate(req); });
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
    m_router->add(lessonSlotRoutes(ctx));
    m_router->add(preliminaryMeetingRoutes(ctx));
    m_router->add(enrollmentRoutes(ctx));
    m_router->add(adminIssueRoutes(ctx));
    m_router->add(adminModerationRoutes(ctx));
    m_router->add(conversationRoutes(ctx));
    m_router->add(chatMessageRoutes(ctx));
    m_router->add(notificationRoutes(ctx));
    m_router->add(bffRoutes(ctx));
    m_router->add(agentHubRoutes(ctx, m_router.get()));
    m_router->add(instanceProofRoute());
}

// SEC48: GET /auth-api/instanceproof?challenge=<hex> -> {proof: hex HMAC-SHA256(instance secret,
// challenge)}. The app that started this server checks the proof before it sends a token here, so a
// program that took the port after this server died cannot pose as it. 404 without a secret.
Route Server::instanceProofRoute() const
{
    return {"GET", QStringLiteral("auth-api"), QStringLiteral("/instanceproof"), Access::Public,
            [secret = m_options.instanceSecret](Request &req) {
                if (secret.isEmpty())
                    throw HttpError(404, QStringLiteral("errMsg_NoInstanceSecret"),
                                    QStringLiteral("This server was not started with an instance secret."));
                const QByteArray challenge = QByteArray::fromHex(req.queryValue(QStringLiteral("challenge")).toLatin1());
                if (challenge.size() < 16 || challenge.size() > 64)
                    throw HttpError::invalid(QStringLiteral("challenge"), QStringLiteral("'challenge' must be 16 to 64 bytes in hex."));
                const QByteArray proof = QMessageAuthenticationCode::hash(challenge, secret, QCryptographicHash::Sha256).toHex();
                return Response::json(QJsonObject{{QStringLiteral("proof"), QString::fromLatin1(proof)}});
            }};
}

void Server::stop()
{
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
    u.setHost(m_options.address == QHostAddress::LocalHost ? QStringLiteral("127.0.0.1") : m_options.address.toString());
    u.setPort(m_port);
    return u;
}

QString Server::dataDir() const
{
    return m_options.dataDir;
}

QString Server::databasePath() const
{
    return QDir(m_options.dataDir).filePath(QStringLiteral("tutorhub.sqlite"));
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
