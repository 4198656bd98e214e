#include "db/database.h"

#include "core/privatefiles.h"
#include "core/util.h"
#include "db/checkpointer.h"
#include "db/dialect.h"
#include "db/statementcache.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

#include <sqlite3.h>

namespace tutorhub::server {

Database::Database() : m_name(QStringLiteral("tutorhub-server-") + newId()) { }

Database::~Database()
{
    close();
}

QSqlDatabase Database::db() const
{
    return QSqlDatabase::database(m_name, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_name) && db().isOpen();
}

void Database::close()
{
    m_checkpointer.reset(); // its thread and connection go before the server's connection
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase d = db();
        statements::release(d); // F5: a cached statement would keep SQLite from closing the connection
        d.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

int Database::readSchemaVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int Database::schemaVersion() const
{
    return readSchemaVersion(db());
}

QString Database::redacted(const QString &location)
{
    if (!sql::isPostgresUrl(location))
        return location;
    QUrl u(location);
    if (!u.password().isEmpty())
        u.setPassword(QStringLiteral("***"));
    return u.toString();
}

bool Database::open(const QString &location, const QList<Migration> &migrations, QString *error)
{
    if (!(sql::isPostgresUrl(location) ? openPostgres(location, error) : openSqlite(location, error)))
        return false;
    return migrate(migrations, error);
}

bool Database::openSqlite(const QString &path, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    // SEC26: the database is created 0600 (SQLite gives its -wal/-shm/-journal the database's mode);
    // files left with looser modes by an older version are restricted before they are opened.
    if (!path.isEmpty() && path != QLatin1String(":memory:")) {
        QString why;
        if (!privatefiles::ensureFile(path, &why))
            return fail(why);
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            if (!privatefiles::restrictFile(path + QLatin1String(suffix), &why))
                return fail(why);
    }
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        d.setDatabaseName(path);
        m_path = path;
        if (!d.open())
            return fail(QStringLiteral("cannot open %1: %2").arg(path, d.lastError().text()));
    }
    QSqlQuery q(db());
    // WAL with synchronous=NORMAL (F9): a commit appends to the WAL without an fsync (a committed write
    // survives a crash of the server; a power cut can lose the last commits, never corrupt the file);
    // the realtime hub acknowledges its batches after syncing the WAL itself (F60, db/walsync.h).
    // Reads through a memory map of up to 2 GiB and a 32 MiB page cache (F6): with SQLite's default 2 MB
    // cache every page of a large list or count was copied in by a pread() call.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA busy_timeout=5000", "PRAGMA mmap_size=2147418112", "PRAGMA cache_size=-32768"})
        q.exec(QString::fromLatin1(pragma));
    return true;
}

bool Database::openPostgres(const QString &url, QString *error)
{
    // postgresql://[user[:password]@][host][:port]/database[?key=value&…] (libpq's URI form). A socket directory
    // goes in ?host=/path; other parameters (sslmode, sslrootcert, connect_timeout, …) are handed to libpq as they
    // are. A password is better kept out of the URL (PGPASSWORD or ~/.pgpass, which libpq reads itself).
    const QUrl u(url);
    const QString name = u.path().mid(1);
    if (!u.isValid() || name.isEmpty() || name.contains(QLatin1Char('/'))) {
        if (error)
            *error = QStringLiteral("%1 is not a PostgreSQL URL of the form postgresql://user@host:port/database")
                         .arg(redacted(url));
        return false;
    }
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    if (!d.isValid()) {
        QSqlDatabase::removeDatabase(m_name);
        if (error)
            *error = QStringLiteral("the PostgreSQL driver of Qt (QPSQL, Debian package libqt6sql6-psql) is missing");
        return false;
    }
    d.setDatabaseName(QUrl::fromPercentEncoding(name.toUtf8()));
    if (!u.host().isEmpty())
        d.setHostName(u.host());
    if (u.port() > 0)
        d.setPort(u.port());
    if (!u.userName().isEmpty())
        d.setUserName(u.userName());
    if (!u.password().isEmpty())
        d.setPassword(u.password());
    QStringList options {QStringLiteral("application_name=tutorhub-server")};
    const QUrlQuery query(u);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            d.setHostName(value);
        else if (key == QLatin1String("user"))
            d.setUserName(value);
        else if (key == QLatin1String("port"))
            d.setPort(value.toInt());
        else
            options << key + QLatin1Char('=') + value;
    }
    d.setConnectOptions(options.join(QLatin1Char(';')));
    m_path.clear();
    if (!d.open()) {
        const QString why = d.lastError().text();
        if (error)
            *error = QStringLiteral("cannot connect to %1: %2").arg(redacted(url), why);
        return false;
    }
    QSqlQuery q(d);
    // No NOTICE lines ("relation … already exists, skipping") in the server's log.
    q.exec(QStringLiteral("SET client_min_messages = warning"));
    // Lists sort text by code point on SQLite; a database made with another collation sorts titles and names
    // otherwise (nothing breaks, the order differs): said once at start (docs/deploy.md).
    if (q.exec(QStringLiteral("SHOW lc_collate")) && q.next()) {
        const QString collation = q.value(0).toString();
        if (collation != QLatin1String("C") && collation != QLatin1String("POSIX")
            && !collation.startsWith(QLatin1String("C.")))
            qWarning("tutorhub-server: the database sorts text by the %s collation; lists sort as on SQLite with a "
                     "database created with --locale=C.UTF-8 (docs/deploy.md)",
                     qPrintable(collation));
    }
    return true;
}

bool Database::migrate(const QList<Migration> &migrations, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QSqlDatabase d = db();
    const bool postgres = sql::isPostgres(d);
    QSqlQuery q(d);
    auto run = [&](const QString &text) { return q.exec(sql::forEngine(d, text)); };
    // PostgreSQL: one instance migrates at a time (the others wait here, then find the versions applied).
    constexpr qint64 kMigrationLock = 0x7475746f72687562; // "tutorhub"
    if (postgres && !q.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock)))
        return fail(q.lastError().text());
    struct Unlock
    {
        QSqlQuery &q;
        bool on;
        ~Unlock()
        {
            if (on)
                q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
        }
    } unlock {q, postgres};
    if (!run(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, name TEXT, appliedAt TEXT)")))
        return fail(q.lastError().text());

    // Applied in version order whatever order the list is written in; a repeated version is a bug.
    QList<Migration> ordered = migrations;
    std::sort(ordered.begin(), ordered.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 1; i < ordered.size(); ++i)
        if (ordered[i].version == ordered[i - 1].version)
            return fail(QStringLiteral("two migrations have version %1").arg(ordered[i].version));
    const int applied = readSchemaVersion(d); // versions only grow: what is applied now needs no transaction
    for (const Migration &m : ordered) {
        const QStringList &statements = postgres && !m.postgres.isEmpty() ? m.postgres : m.statements;
        if (postgres) // the spelling of every column, for the names PostgreSQL gives back folded (DB2)
            for (const QString &text : statements)
                sql::learnNames(text);
        if (m.version <= applied)
            continue;
        // The version is read inside the migration's transaction, which on SQLite takes the write lock at once
        // (IMMEDIATE): a second process opening the same file meanwhile waits (busy_timeout) and then finds the
        // migration applied (DB8). On PostgreSQL the advisory lock above does this.
        if (!(postgres ? d.transaction() : q.exec(QStringLiteral("BEGIN IMMEDIATE"))))
            return fail(postgres ? d.lastError().text() : q.lastError().text());
        if (m.version <= readSchemaVersion(d)) {
            d.commit();
            continue;
        }
        for (const QString &text : statements) {
            if (!run(text)) {
                const QString why = QStringLiteral("migration %1 (%2) failed: %3 in: %4")
                                        .arg(m.version)
                                        .arg(m.name, q.lastError().text(), text);
                d.rollback();
                return fail(why);
            }
        }
        q.prepare(sql::forEngine(
            d, QStringLiteral("INSERT INTO schema_version (version, name, appliedAt) VALUES (?, ?, ?)")));
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        q.addBindValue(isoNow());
        if (!q.exec() || !d.commit()) {
            const QString why = q.lastError().text();
            d.rollback();
            return fail(why);
        }
    }
    return true;
}

bool Database::startBackgroundCheckpoints()
{
    if (m_checkpointer || !isOpen() || m_path.isEmpty() || m_path == QLatin1String(":memory:"))
        return false;
    const QVariant h = db().driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *handle = *static_cast<sqlite3 *const *>(h.data());
    auto c = std::make_unique<Checkpointer>();
    if (!c->start(handle, m_path.toUtf8().constData()))
        return false;
    m_checkpointer = std::move(c);
    return true;
}

int Database::backgroundCheckpoints() const
{
    return m_checkpointer ? m_checkpointer->done() : -1;
}

} // namespace tutorhub::server
