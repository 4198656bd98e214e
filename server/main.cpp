// tutorhub-server --port N --data DIR [--database FILE|postgresql://…] [--demo] [--scale N] [--dev-codes] [--contract
// strict|local] (ARCHITECTURE decisions 2 and 13, D16, SEC1, C3)
#include "db/database.h"
#include "db/dialect.h"
#include "db/migrations.h"
#include "db/repository.h"
#include "db/transfer.h"
#include "server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

int signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(signalFds[0], &c, 1);
}

// tutorhub-server migrate --from FILE|sqlite:FILE|URL --to FILE|URL (issue 18 item 3, DB11): copies a data set into
// a new, empty database, then compares every table's row count and checksum; exit 0 only when all are equal.
int migrate(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Copy a TutorHub data set into a new, empty database."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("migrate"), QStringLiteral("The command."));
    parser.addOption({QStringLiteral("from"),
                      QStringLiteral("The data set: a SQLite file (optionally sqlite:FILE) or a postgresql:// URL."),
                      QStringLiteral("FROM")});
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("The new database: a postgresql:// URL (or a new SQLite file)."),
                      QStringLiteral("TO")});
    parser.process(app);
    auto location = [&](const char *name) {
        QString v = parser.value(QLatin1String(name));
        if (v.startsWith(QLatin1String("sqlite:")))
            v = v.mid(7);
        return v;
    };
    const QString from = location("from"), to = location("to");
    if (from.isEmpty() || to.isEmpty()) {
        std::fprintf(stderr, "tutorhub-server migrate: --from and --to are both needed\n");
        return 2;
    }
    using namespace tutorhub::server;
    if (!tutorhub::server::sql::isPostgresUrl(from) && !QFileInfo::exists(from)) {
        std::fprintf(stderr, "tutorhub-server migrate: %s does not exist\n", qPrintable(from));
        return 1;
    }
    Database source, target;
    QString error;
    if (!source.open(from, allMigrations(), &error) || !target.open(to, allMigrations(), &error)) {
        std::fprintf(stderr, "tutorhub-server migrate: %s\n", qPrintable(error));
        return 1;
    }
    if (!copyData(source, target, &error)) {
        std::fprintf(stderr, "tutorhub-server migrate: nothing copied: %s\n", qPrintable(error));
        return 1;
    }
    const QStringList tables = dataTables(source);
    const QList<TableSummary> before = summarize(source, tables), after = summarize(target, tables);
    bool same = before.size() == after.size();
    std::printf("%-28s %10s %10s  %s\n", "table", "rows", "copied", "checksum");
    for (qsizetype i = 0; i < before.size(); ++i) {
        const bool equal = i < after.size() && before[i] == after[i];
        same = same && equal;
        std::printf("%-28s %10lld %10lld  %s\n", qPrintable(before[i].table), static_cast<long long>(before[i].rows),
                    static_cast<long long>(i < after.size() ? after[i].rows : -1), equal ? "equal" : "DIFFERENT");
    }
    std::printf("%s\n", same ? "tutorhub-server migrate: every table copied and equal"
                             : "tutorhub-server migrate: the copy differs from the data set (see above)");
    // DB9: a SQLite data set's signing key lives beside it; on PostgreSQL it is the database's. Carried over, so
    // the tokens the app holds stay valid on the new server.
    const QString keyFile = QFileInfo(from).dir().filePath(QStringLiteral("jwt-private.pem"));
    if (same && sql::isPostgres(target.db()) && !sql::isPostgres(source.db()) && QFileInfo::exists(keyFile)) {
        QFile f(keyFile);
        Repository repo(target.db());
        if (f.open(QIODevice::ReadOnly)) {
            repo.exec(QStringLiteral("INSERT INTO serverSecrets (name, value, createdAt) VALUES ('jwt-private', ?, ?) "
                                     "ON CONFLICT (name) DO NOTHING"),
                      {QString::fromLatin1(f.readAll()), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
            std::printf("tutorhub-server migrate: the signing key %s now signs on the new database\n",
                        qPrintable(keyFile));
        }
    }
    return same ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tutorhub-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TUTORHUB_VERSION));
    ::umask(077);
    if (argc > 1 && qstrcmp(argv[1], "migrate") == 0)
        return migrate(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("TutorHub local reference server"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0 picks a free one)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("data"), QStringLiteral("Data directory."), QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("database"),
         QStringLiteral("Where the data is kept: a SQLite file (default DIR/tutorhub.sqlite) or a PostgreSQL server, "
                        "postgresql://user@host:port/database[?sslmode=verify-full&...] (the password from "
                        "PGPASSWORD or ~/.pgpass; see docs/deploy.md)."),
         QStringLiteral("FILE|URL")});
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Seed demo accounts on first start.")});
    parser.addOption(
        {QStringLiteral("scale"),
         QStringLiteral("With the demo data, seed a large data set once (N/10 course packs, 10 x N enrollments)."),
         QStringLiteral("N")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("Do not log requests.")});
    parser.addOption(
        {QStringLiteral("dev-codes"),
         QStringLiteral("Development and tests only: also return verification, reset and 2FA codes in the "
                        "responses (they are always written to DIR/mail as .eml files). Never use it with real "
                        "accounts.")});
    parser.addOption(
        {QStringLiteral("max-connections"),
         QStringLiteral("Concurrent connections (HTTP and WebSocket) one client address may hold (default 64)."),
         QStringLiteral("N"), QStringLiteral("64")});
    parser.addOption(
        {QStringLiteral("idle-timeout"),
         QStringLiteral("Seconds a connection may stay silent between requests or inside a body (default 60)."),
         QStringLiteral("S"), QStringLiteral("60")});
    parser.addOption(
        {QStringLiteral("contract"),
         QStringLiteral("Contract profile: 'local' (default) serves this server's extensions; 'strict' behaves like "
                        "the documented cloud (undeclared parameters and fields ignored, only documented response "
                        "fields, extension routes 404)."),
         QStringLiteral("PROFILE"), QStringLiteral("local")});
    parser.process(app);
    const auto profile = tutorhub::server::contract::parseProfile(parser.value(QStringLiteral("contract")));
    if (!profile) {
        std::fprintf(stderr, "tutorhub-server: --contract must be 'strict' or 'local'\n");
        return 2;
    }

    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "tutorhub-server: --port must be a number between 0 and 65535\n");
        return 2;
    }

    const int scale = parser.isSet(QStringLiteral("scale")) ? parser.value(QStringLiteral("scale")).toInt(&ok) : 0;
    if (parser.isSet(QStringLiteral("scale")) && (!ok || scale < 1 || scale > 10000000)) {
        std::fprintf(stderr, "tutorhub-server: --scale must be a number between 1 and 10000000\n");
        return 2;
    }

    const int maxConnections = parser.value(QStringLiteral("max-connections")).toInt(&ok);
    if (!ok || maxConnections < 1 || maxConnections > 10000) {
        std::fprintf(stderr, "tutorhub-server: --max-connections must be a number between 1 and 10000\n");
        return 2;
    }
    const int idleSeconds = parser.value(QStringLiteral("idle-timeout")).toInt(&ok);
    if (!ok || idleSeconds < 1 || idleSeconds > 86400) {
        std::fprintf(stderr, "tutorhub-server: --idle-timeout must be a number of seconds between 1 and 86400\n");
        return 2;
    }

    // Whatever the server writes is for its user alone (SEC26; the data directory is also fixed up explicitly).
    ::umask(077);

    tutorhub::server::ServerOptions options;
    options.maxConnectionsPerAddress = maxConnections;
    options.idleTimeoutMs = idleSeconds * 1000;
    options.port = quint16(port);
    options.dataDir = parser.value(QStringLiteral("data"));
    options.database = parser.value(QStringLiteral("database"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.scale = scale;
    options.logRequests = !parser.isSet(QStringLiteral("quiet"));
    options.devCodes = parser.isSet(QStringLiteral("dev-codes"));
    options.contract = *profile;
    // SEC48: the app that starts this server hands it a per-launch secret in the environment (only
    // the same user can read a process's environment) and later checks that the server on the port
    // knows it. Not kept in the environment of anything this process starts.
    options.instanceSecret = QByteArray::fromHex(qgetenv("TUTORHUB_INSTANCE_SECRET"));
    qunsetenv("TUTORHUB_INSTANCE_SECRET");

    // SIGTERM/SIGINT -> quit the event loop (self-pipe, so the handler stays async-signal-safe).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalFds) == 0) {
        auto *notifier = new QSocketNotifier(signalFds[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
            char c;
            [[maybe_unused]] const auto n = ::read(signalFds[1], &c, 1);
            QCoreApplication::quit();
        });
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGTERM, &sa, nullptr);
        sigaction(SIGINT, &sa, nullptr);
    }

    tutorhub::server::Server server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "tutorhub-server: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("tutorhub-server listening on http://127.0.0.1:%u\n", unsigned(server.port()));
    std::fflush(stdout);
    const int rc = QCoreApplication::exec();
    server.stop();
    return rc;
}
