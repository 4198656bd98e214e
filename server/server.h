// tutorhub::server::Server — the local reference server: one loopback port serving every service
// segment (D15), SQLite data in a data directory, RS256 tokens, optional demo data.
#pragma once

#include "http/contract.h"

#include <QDate>
#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QTimer;

namespace tutorhub::server {

class Router;
struct Route;
class Repository;
class Database;
class JwtKeys;
class Sessions;
class HttpServer;
class Hub;
class Throttle;

struct ServerOptions
{
    quint16 port = 0; // 0: any free port
    QString dataDir; // created if missing; empty: QStandardPaths AppDataLocation of "tutorhub-server"
    bool demo = false; // seed demo data (idempotent)
    int scale = 0; // > 0: also seed the large data set of scale N once (implies demo)
    bool logRequests = true; // one line per request on stderr (D16)
    QHostAddress address = QHostAddress::LocalHost;
    double hubFramesPerSecond = 50; // realtime hub flood limit per connection (burst: twice as many)
    // --dev-codes (SEC1): verification, reset and 2FA codes also appear in the …/start responses.
    // For tests and development only; --demo does not imply it. Codes always go to mailDir().
    bool devCodes = false;
    // Connection limits (SEC21/SEC22, http/connectionguard.h).
    int maxConnectionsPerAddress = 64; // concurrent connections (HTTP and WebSocket) per client address
    int idleTimeoutMs = 60 * 1000; // silence between requests or inside a body closes a connection
    int headTimeoutMs = 10 * 1000; // a request head must arrive within this (408)
    // --contract strict|local (settled decision 13, C3): strict behaves like the documented cloud.
    contract::Profile contract = contract::Profile::Local;
    QByteArray instanceSecret = {}; // SEC48: per-launch secret of the starting app; GET /auth-api/instanceproof
    // --database (issue 18): empty for <dataDir>/tutorhub.sqlite, a file path, or a postgresql:// URL. The data
    // directory still holds the signing key and the mail of codes.
    QString database = {};
};

class Server : public QObject
{
    Q_OBJECT
public:
    explicit Server(ServerOptions options = {}, QObject *parent = nullptr);
    ~Server() override;

    // Opens/migrates the database, loads or creates the signing key, seeds demo data when asked,
    // and listens. Call from the thread the server lives in. False with *error on failure.
    bool start(QString *error = nullptr);
    // Closes the listening socket and every connection, then the database. Idempotent.
    void stop();

    bool isRunning() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    QString dataDir() const;
    // The SQLite file, or the PostgreSQL URL without its password.
    QString databasePath() const;
    QString mailDir() const; // <data>/mail: one .eml per code sent (SEC1)

    // Internals, for services added later and for tests.
    Router &router();
    Repository &repository();
    Database &database();
    JwtKeys &keys();
    Sessions &sessions();
    Hub *hub() const { return m_hub; }
    Throttle &throttle();

    // With demo data: tops the demo tutors' free slots up to the rolling window (D55) when the UTC date of
    // `nowUtc` differs from the last top-up's. Called on start and hourly by a timer. Returns the slots created.
    int maybeTopUpDemo(const QDateTime &nowUtc);

    static QString defaultDataDir();

private:
    void registerRoutes();
    Route instanceProofRoute() const;
    Route extensionsRoute() const;

    ServerOptions m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repository> m_repo;
    std::unique_ptr<JwtKeys> m_keys;
    std::unique_ptr<Sessions> m_sessions;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<Throttle> m_throttle;
    HttpServer *m_http = nullptr;
    Hub *m_hub = nullptr;
    quint16 m_port = 0;
    QTimer *m_demoTimer = nullptr;
    QDate m_demoToppedUp;
};

} // namespace tutorhub::server
