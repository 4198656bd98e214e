#include "db/repository.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include "core/util.h"
#include "db/statementcache.h"

#include <QSqlError>
#include <QSqlRecord>

#include <stdexcept>

namespace tutorhub::server {

Repository::Repository(QSqlDatabase db) : m_db(std::move(db)), m_counts(std::make_shared<CountCache>()) {}

namespace {
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.data());
}
} // namespace

QSqlQuery Repository::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        throw std::runtime_error(("prepare failed: " + q.lastError().text() + " in " + sql).toStdString());
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        throw std::runtime_error(("exec failed: " + q.lastError().text() + " in " + sql).toStdString());
    return q;
}

QVariantMap Repository::rowOf(const QSqlQuery &q)
{
    QVariantMap row;
    const QSqlRecord r = q.record();
    for (int i = 0; i < r.count(); ++i)
        row.insert(r.fieldName(i), q.value(i));
    return row;
}

QList<QVariantMap> Repository::select(const ObjectSchema &s, const QString &where, const QVariantList &binds,
                                      const QString &orderBy, int limit, int offset) const
{
    QString sql = QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3").arg(s.table, where.isEmpty() ? QStringLiteral("1") : where, orderBy);
    QVariantList all = binds;
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?"); // bound, so every page shares one prepared statement
        all << limit << offset;
    }
    return statements::rows(m_db, sql, all); // F5
}

int Repository::count(const ObjectSchema &s, const QString &where, const QVariantList &binds) const
{
    const QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(s.table, where.isEmpty() ? QStringLiteral("1") : where);
    // Cacheable only outside a transaction (a rolled-back write must not leave its count behind);
    // any write since on this connection (any Repository on it) changes total_changes.
    sqlite3 *h = sqliteHandle(m_db);
    const bool cacheable = h && sqlite3_get_autocommit(h);
    QString key;
    if (cacheable) {
        const qint64 changes = sqlite3_total_changes64(h);
        if (m_counts->changes != changes) {
            m_counts->changes = changes;
            m_counts->counts.clear();
        }
        key = sql;
        for (const QVariant &b : binds)
            key += (b.isNull() ? QLatin1Char('\x1e') : QLatin1Char('\x1f')) + b.toString();
        const auto it = m_counts->counts.constFind(key);
        if (it != m_counts->counts.cend())
            return it.value();
    }
    const int n = int(statements::scalar(m_db, sql, binds));
    if (cacheable) {
        if (m_counts->counts.size() > 512)
            m_counts->counts.clear();
        m_counts->counts.insert(key, n);
    }
    return n;
}

std::optional<QVariantMap> Repository::findOne(const ObjectSchema &s, const QString &where, const QVariantList &binds) const
{
    const auto rows = select(s, where, binds, QStringLiteral("createdAt ASC, id ASC"), 1);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<QVariantMap> Repository::get(const ObjectSchema &s, const QString &id) const
{
    return findOne(s, QStringLiteral("id = ?"), {id});
}

ListResult Repository::list(const ObjectSchema &s, const ListQuery &q, const QString &extraWhere,
                            const QVariantList &extraBinds) const
{
    QVariantList binds;
    QString where = q.whereSql(s, &binds);
    if (!extraWhere.isEmpty()) {
        where = QStringLiteral("(%1) AND (%2)").arg(where, extraWhere);
        binds += extraBinds;
    }
    ListResult r;
    r.total = count(s, where, binds);
    if (q.pageNumber == 0)
        r.rows = select(s, where, binds, q.orderSql());
    else
        r.rows = select(s, where, binds, q.orderSql(), q.pageRowCount, (q.pageNumber - 1) * q.pageRowCount);
    return r;
}

QVariantMap Repository::insert(const ObjectSchema &s, QVariantMap values, const QString &ownerId)
{
    const QString now = isoNow();
    if (values.value(QStringLiteral("id")).toString().isEmpty())
        values.insert(QStringLiteral("id"), newId());
    values.insert(QStringLiteral("isActive"), values.value(QStringLiteral("isActive"), 1));
    values.insert(QStringLiteral("recordVersion"), 1);
    values.insert(QStringLiteral("createdAt"), now);
    values.insert(QStringLiteral("updatedAt"), now);
    values.insert(QStringLiteral("_owner"), ownerId.isEmpty() ? QVariant() : QVariant(ownerId));
    QStringList cols, marks;
    QVariantList binds;
    for (const Field &f : s.allFields()) {
        if (!values.contains(f.name))
            continue;
        cols << QLatin1Char('"') + f.name + QLatin1Char('"');
        marks << QStringLiteral("?");
        binds << values.value(f.name);
    }
    statements::run(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(s.table, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                    binds);
    return *get(s, values.value(QStringLiteral("id")).toString());
}

QVariantMap Repository::update(const ObjectSchema &s, const QString &id, const QVariantMap &changes)
{
    QStringList sets{QStringLiteral("recordVersion = recordVersion + 1"), QStringLiteral("updatedAt = ?")};
    QVariantList binds{isoNow()};
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const Field *f = s.field(it.key());
        if (!f || f->name == QLatin1String("id") || f->name == QLatin1String("recordVersion")
            || f->name == QLatin1String("createdAt") || f->name == QLatin1String("updatedAt"))
            continue;
        sets << QStringLiteral("\"%1\" = ?").arg(f->name);
        binds << it.value();
    }
    binds << id;
    statements::run(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(s.table, sets.join(QStringLiteral(", "))), binds);
    const auto row = get(s, id);
    if (!row)
        throw std::runtime_error("update of a missing row");
    return *row;
}

QVariantMap Repository::softDelete(const ObjectSchema &s, const QString &id)
{
    return update(s, id, {{QStringLiteral("isActive"), 0}});
}

void inTransaction(Repository &repo, const std::function<void()> &f)
{
    QSqlDatabase db = repo.db();
    if (!db.transaction())
        throw std::runtime_error("cannot begin a transaction");
    try {
        f();
        if (!db.commit())
            throw std::runtime_error("commit failed");
    } catch (...) {
        db.rollback();
        throw;
    }
}

} // namespace tutorhub::server
