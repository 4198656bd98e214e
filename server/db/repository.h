// Generic data access for schema-described objects: get, insert, update (recordVersion/updatedAt),
// soft delete, list with ListQuery. SQL failures throw std::runtime_error (a server bug -> 500).
#pragma once

#include "db/schema.h"
#include "http/listquery.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <QHash>

#include <functional>
#include <memory>
#include <optional>

namespace tutorhub::server {

struct ListResult
{
    QList<QVariantMap> rows;
    int total = 0;
};

class Repository
{
public:
    explicit Repository(QSqlDatabase db);

    QSqlDatabase db() const { return m_db; }

    std::optional<QVariantMap> get(const ObjectSchema &s, const QString &id) const;
    std::optional<QVariantMap> findOne(const ObjectSchema &s, const QString &where, const QVariantList &binds) const;
    QList<QVariantMap> select(const ObjectSchema &s, const QString &where, const QVariantList &binds,
                              const QString &orderBy = QStringLiteral("createdAt ASC, id ASC"), int limit = -1,
                              int offset = 0) const;
    // Counts are remembered while the connection has written nothing since (SQLite's total_changes)
    // and no transaction is open, so paging a large public list does not count it again per page.
    int count(const ObjectSchema &s, const QString &where, const QVariantList &binds) const;
    ListResult list(const ObjectSchema &s, const ListQuery &q, const QString &extraWhere = {},
                    const QVariantList &extraBinds = {}) const;

    // Std fields are filled in (id unless given, isActive, recordVersion 1, timestamps, _owner).
    QVariantMap insert(const ObjectSchema &s, QVariantMap values, const QString &ownerId);
    // Applies `changes`, bumps recordVersion and updatedAt; returns the new row (throws if missing).
    QVariantMap update(const ObjectSchema &s, const QString &id, const QVariantMap &changes);
    QVariantMap softDelete(const ObjectSchema &s, const QString &id);

    // Plain SQL helpers for non-object tables (sessions, codes).
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {}) const;

    static QVariantMap rowOf(const QSqlQuery &q);

private:
    struct CountCache
    {
        qint64 changes = -1; // the connection's total_changes the entries belong to
        QHash<QString, int> counts;
    };
    QSqlDatabase m_db;
    std::shared_ptr<CountCache> m_counts;
};

// Runs `f` in one transaction of the repository's connection: committed when it returns, rolled back
// when it throws (and the exception goes on).
void inTransaction(Repository &repo, const std::function<void()> &f);

} // namespace tutorhub::server
