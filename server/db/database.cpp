#include "db/database.h"

#include "core/privatefiles.h"
#include "core/util.h"
#include "db/checkpointer.h"
#include "db/statementcache.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

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

bool Database::open(const QString &path, const QList<Migration> &migrations, QString *error)
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
    QSqlDatabase d = db();
    QSqlQuery q(d);
    // WAL with synchronous=NORMAL (F9): a commit appends to the WAL without an fsync (a committed write
    // survives a crash of the server; a power cut can lose the last commits, never corrupt the file);
    // the realtime hub acknowledges its batches after syncing the WAL itself (F60, db/walsync.h).
    // Reads through a memory map of up to 2 GiB and a 32 MiB page cache (F6): with SQLite's default 2 MB
    // cache every page of a large list or count was copied in by a pread() call.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA busy_timeout=5000", "PRAGMA mmap_size=2147418112", "PRAGMA cache_size=-32768"})
        q.exec(QString::fromLatin1(pragma));
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, name TEXT, appliedAt TEXT)")))
        return fail(q.lastError().text());

    // Applied in version order whatever order the list is written in; a repeated version is a bug.
    QList<Migration> ordered = migrations;
    std::sort(ordered.begin(), ordered.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 1; i < ordered.size(); ++i)
        if (ordered[i].version == ordered[i - 1].version)
            return fail(QStringLiteral("two migrations have version %1").arg(ordered[i].version));
    const int current = readSchemaVersion(d);
    for (const Migration &m : ordered) {
        if (m.version <= current)
            continue;
        if (!d.transaction())
            return fail(d.lastError().text());
        for (const QString &sql : m.statements) {
            if (!q.exec(sql)) {
                const QString why = QStringLiteral("migration %1 (%2) failed: %3 in: %4")
                                        .arg(m.version)
                                        .arg(m.name, q.lastError().text(), sql);
                d.rollback();
                return fail(why);
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version (version, name, appliedAt) VALUES (?, ?, ?)"));
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
