// SQLite (a file) or PostgreSQL (a postgresql:// URL, issue 18) through QtSql with versioned migrations: a
// `schema_version` table records the applied version; pending migrations run in order, each in its own transaction
// (on PostgreSQL under an advisory lock, so instances starting together migrate once).
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace tutorhub::server {

class Checkpointer;

struct Migration
{
    int version; // 1, 2, 3 ... strictly increasing
    QString name;
    QStringList statements;
    // What PostgreSQL runs instead, where SQLite's statements have no counterpart there (FTS5, triggers);
    // empty: `statements`, rewritten by the dialect (db/dialect.h).
    QStringList postgres = {};
};

class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creates) the file, or connects to the postgresql:// URL, and applies every migration newer than the
    // stored version. A failed migration is rolled back and open() fails with *error set (never with the URL's
    // password in it).
    bool open(const QString &location, const QList<Migration> &migrations, QString *error = nullptr);
    void close();
    bool isOpen() const;

    QSqlDatabase db() const;
    QString connectionName() const { return m_name; }
    int schemaVersion() const; // 0 for an empty database

    static int readSchemaVersion(QSqlDatabase db);
    // A postgresql:// URL with its password replaced by "***" (for messages and logs); other text unchanged.
    static QString redacted(const QString &location);

    // F50: from now on WAL checkpoints run on a thread of their own instead of inside the commit that
    // fills the WAL. Call after any bulk load that changes the journal mode (the scale seed). False for
    // an in-memory database or when the second connection cannot be opened (then nothing changes).
    bool startBackgroundCheckpoints();
    // Checkpoints the thread has done so far (-1 without one).
    int backgroundCheckpoints() const;

private:
    bool openSqlite(const QString &path, QString *error);
    bool openPostgres(const QString &url, QString *error);
    bool migrate(const QList<Migration> &migrations, QString *error);

    QString m_name;
    QString m_path;
    std::unique_ptr<Checkpointer> m_checkpointer;
};

} // namespace tutorhub::server
