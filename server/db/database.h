// SQLite through QtSql with versioned migrations: a `schema_version` table records the applied
// version; pending migrations run in order, each in its own transaction.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tutorhub::server {

struct Migration
{
    int version;       // 1, 2, 3 ... strictly increasing
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

private:
    QString m_name;
};

} // namespace tutorhub::server
