// SQLite through QtSql with versioned migrations: a `schema_version` table records the applied
// version; pending migrations run in order, each in its own transaction.
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
};

class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creates) the file and applies every migration newer than the stored version.
    // A failed migration is rolled back and open() fails with *error set.
    bool open(const QString &path, const QList<Migration> &migrations, QString *error = nullptr);
    void close();
    bool isOpen() const;

    QSqlDatabase db() const;
    QString connectionName() const { return m_name; }
    int schemaVersion() const; // 0 for an empty database

    static int readSchemaVersion(QSqlDatabase db);

    // F50: from now on WAL checkpoints run on a thread of their own instead of inside the commit that
    // fills the WAL. Call after any bulk load that changes the journal mode (the scale seed). False for
    // an in-memory database or when the second connection cannot be opened (then nothing changes).
    bool startBackgroundCheckpoints();
    // Checkpoints the thread has done so far (-1 without one).
    int backgroundCheckpoints() const;

private:
    QString m_name;
    QString m_path;
    std::unique_ptr<Checkpointer> m_checkpointer;
};

} // namespace tutorhub::server
