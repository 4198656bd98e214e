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
#include <type_traits>

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
    // True while a transaction is open on the connection (SQLite is out of autocommit mode).
    bool isInTransaction() const;

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

// What inTransaction() is built on; use inTransaction(), not this. Begins a transaction unless the connection
// already has one open (then it joins it and neither commits nor rolls back); commit() ends its own one (throws
// when SQLite refuses the commit), the destructor rolls back its own one when commit() was not reached.
class TransactionScope
{
public:
    explicit TransactionScope(Repository &repo);
    ~TransactionScope();
    TransactionScope(const TransactionScope &) = delete;
    TransactionScope &operator=(const TransactionScope &) = delete;
    void commit();
    bool joined() const { return !m_own; }

private:
    QSqlDatabase m_db;
    bool m_own = false;
};

// The one transaction helper of the server (decision K60). Runs `fn` in one transaction of the repository's
// connection: committed when it returns, rolled back when it throws (and the exception goes on); returns what
// `fn` returns. Nesting-safe: called while a transaction is already open on the connection (an outer
// inTransaction, a caller's batch), it joins that transaction instead of beginning one, and the outermost call
// commits or rolls back everything. No other server code calls QSqlDatabase::transaction/commit/rollback
// (scripts/check-server-style.sh; the named exceptions are listed there).
template<typename Fn>
auto inTransaction(Repository &repo, Fn &&fn) -> decltype(fn())
{
    TransactionScope scope(repo);
    if constexpr (std::is_void_v<decltype(fn())>) {
        fn();
        scope.commit();
    } else {
        auto result = fn();
        scope.commit();
        return result;
    }
}

} // namespace tutorhub::server
