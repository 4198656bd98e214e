#include "db/repository.h"

#include <QSqlDriver>
#include <QThread>

#include <sqlite3.h>

#include "core/util.h"
#include "db/dialect.h"
#include "db/listcache.h"
#include "db/paging.h"
#include "db/statementcache.h"

#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>
#include <stdexcept>

namespace tutorhub::server {

Repository::Repository(QSqlDatabase db) : m_db(std::move(db)), m_counts(std::make_shared<CountCache>()) { }

namespace {
QString bindsKey(const QVariantList &binds)
{
    QString key;
    for (const QVariant &b : binds)
        key += (b.isNull() ? QLatin1Char('\x1e') : QLatin1Char('\x1f')) + b.toString();
    return key;
}

// A value for a column of field `f`: on PostgreSQL, bytes meant for a text column (JSON written with
// QJsonDocument::toJson) go as text; QPSQL would spell them as an escaped bytea literal that a TEXT column
// keeps as it is ("\x7b22…"). Blob columns keep their bytes (DB3).
QVariant storable(const QSqlDatabase &db, const Field &f, const QVariant &v)
{
    if (f.type != FieldType::Blob && v.typeId() == QMetaType::QByteArray && sql::isPostgres(db))
        return QString::fromUtf8(v.toByteArray());
    return v;
}

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
    if (!q.prepare(sql::forEngine(m_db, sql)))
        throw std::runtime_error(("prepare failed: " + q.lastError().text() + " in " + sql).toStdString());
    for (const QVariant &b : binds)
        q.addBindValue(sql::bindable(m_db, b));
    if (!q.exec())
        throw std::runtime_error(("exec failed: " + q.lastError().text() + " in " + sql).toStdString());
    return q;
}

QVariantMap Repository::rowOf(const QSqlQuery &q)
{
    QVariantMap row;
    const QSqlRecord r = q.record();
    // PostgreSQL gives names back folded to lower case (decision DB2).
    const bool folded = q.driver() && q.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    for (int i = 0; i < r.count(); ++i)
        row.insert(folded ? sql::canonicalName(r.fieldName(i)) : r.fieldName(i), q.value(i));
    return row;
}

QList<QVariantMap> Repository::select(const ObjectSchema &s, const QString &where, const QVariantList &binds,
                                      const QString &orderBy, int limit, int offset) const
{
    QString sql = QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3")
                      .arg(s.table, where.isEmpty() ? QStringLiteral("1 = 1") : where, orderBy);
    QVariantList all = binds;
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?"); // bound, so every page shares one prepared statement
        all << limit << offset;
    }
    return statements::rows(m_db, sql, all); // F5
}

int Repository::count(const ObjectSchema &s, const QString &where, const QVariantList &binds) const
{
    const QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                            .arg(s.table, where.isEmpty() ? QStringLiteral("1 = 1") : where);
    // Cacheable only outside a transaction (a rolled-back write must not leave its count behind);
    // any write since on this connection (any Repository on it) changes total_changes.
    // F43: the write stamp also moves with other connections' commits (data_version).
    const qint64 changes = writeStamp(m_db);
    const bool cacheable = changes >= 0;
    QString key;
    if (cacheable) {
        if (m_counts->changes != changes) {
            m_counts->changes = changes;
            m_counts->counts.clear();
        }
        key = sql + bindsKey(binds);
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

namespace {

const char *const kPositions = "tutorhub-page-positions";

// F41: list key -> offset -> (sort value, id) of the row at that offset, for one connection (a child of
// its driver, as the statement cache), valid for one write stamp (listcache.h) outside transactions.
class Positions : public QObject
{
public:
    explicit Positions(QObject *driver) : QObject(driver) { setObjectName(QLatin1String(kPositions)); }
    sqlite3 *db = nullptr;
    qint64 changes = -1;
    QHash<QString, QHash<qint64, std::pair<QVariant, QVariant>>> lists;
};

Positions *positionsOf(const QSqlDatabase &db)
{
    sqlite3 *h = sqliteHandle(db);
    QSqlDriver *driver = db.driver();
    const qint64 changes = writeStamp(db);
    if (!h || !driver || changes < 0 || driver->thread() != QThread::currentThread())
        return nullptr;
    auto *p
        = static_cast<Positions *>(driver->findChild<QObject *>(QLatin1String(kPositions), Qt::FindDirectChildrenOnly));
    if (!p)
        p = new Positions(driver);
    if (p->db != h || p->changes != changes) {
        p->db = h;
        p->changes = changes;
        p->lists.clear();
    }
    return p;
}

} // namespace

QList<QVariantMap> readPage(const Repository &repo, const ObjectSchema &s, const PageSpec &p)
{
    if (p.offset >= p.total || p.limit <= 0 || p.offset < 0)
        return {};
    const qint64 n = std::min<qint64>(p.limit, p.total - p.offset);
    const int extra = p.offset + n < p.total ? 1 : 0; // the next page's first row, to remember its position
    const QString col = QLatin1Char('"') + p.sortColumn + QLatin1Char('"');
    auto order = [&](bool flip) {
        return QStringLiteral("%1 %2, \"id\" %3")
            .arg(col, (p.descending != flip) ? QLatin1String("DESC") : QLatin1String("ASC"),
                 (p.idDescending != flip) ? QLatin1String("DESC") : QLatin1String("ASC"));
    };
    Positions *cache = positionsOf(repo.db());
    const QString key
        = cache ? s.table + QLatin1Char('\x1d') + p.where + QLatin1Char('\x1d') + order(false) + bindsKey(p.binds)
                : QString();
    const std::pair<QVariant, QVariant> *at = nullptr;
    if (cache) {
        const auto list = cache->lists.constFind(key);
        if (list != cache->lists.cend()) {
            const auto pos = list->constFind(p.offset);
            if (pos != list->cend())
                at = &pos.value();
        }
    }
    QList<QVariantMap> rows;
    QVariantList binds = p.binds;
    if (at) {
        // Seek: the rows from the remembered one on, in the list's order. Std columns are never NULL; another
        // column's NULLs sort first (ascending: before the key, left out) or last (descending: kept).
        static const QStringList notNull {QStringLiteral("id"), QStringLiteral("createdAt"),
                                          QStringLiteral("updatedAt"), QStringLiteral("isActive"),
                                          QStringLiteral("recordVersion")};
        const QString from = p.descending ? QStringLiteral("<=") : QStringLiteral(">=");
        const QString past = p.descending ? QStringLiteral("<") : QStringLiteral(">");
        QString seek = QStringLiteral("%1 %2 ? AND (%1 %3 ? OR \"id\" %4 ?)")
                           .arg(col, from, past, p.idDescending ? QStringLiteral("<=") : QStringLiteral(">="));
        if (p.descending && !notNull.contains(p.sortColumn))
            seek = QStringLiteral("(%1) OR %2 IS NULL").arg(seek, col);
        binds << at->first << at->first << at->second;
        binds << n + extra;
        rows = statements::rows(repo.db(),
                                QStringLiteral("SELECT * FROM %1 WHERE (%2) AND (%3) ORDER BY %4 LIMIT ?")
                                    .arg(s.table, p.where, seek, order(false)),
                                binds);
    } else if (p.offset > p.total / 2) {
        // The back half from the other end: the last page of a million rows skips as few as the first.
        binds << n + extra << p.total - p.offset - n - extra;
        rows = statements::rows(
            repo.db(),
            QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?").arg(s.table, p.where, order(true)),
            binds);
        std::reverse(rows.begin(), rows.end());
    } else {
        binds << n + extra << p.offset;
        rows = statements::rows(repo.db(),
                                QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?")
                                    .arg(s.table, p.where, order(false)),
                                binds);
    }
    if (cache && !rows.isEmpty()) {
        if (cache->lists.size() > 256 || cache->lists.value(key).size() > 4096)
            cache->lists.clear(); // bounded: a crawler of every page starts over
        auto &list = cache->lists[key];
        auto remember = [&](qint64 offset, const QVariantMap &row) {
            const QVariant v = row.value(p.sortColumn);
            if (!v.isNull())
                list.insert(offset, {v, row.value(QStringLiteral("id"))});
        };
        remember(p.offset, rows.first());
        if (rows.size() > n)
            remember(p.offset + n, rows.at(n));
    }
    if (rows.size() > n)
        rows.resize(n);
    return rows;
}

std::optional<QVariantMap> Repository::findOne(const ObjectSchema &s, const QString &where,
                                               const QVariantList &binds) const
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
    QString where = q.whereSql(s, &binds, !sql::isPostgres(m_db));
    if (!extraWhere.isEmpty()) {
        where = QStringLiteral("(%1) AND (%2)").arg(where, extraWhere);
        binds += extraBinds;
    }
    ListResult r;
    r.total = count(s, where, binds);
    if (q.pageNumber == 0) {
        r.rows = select(s, where, binds, q.orderSql());
    } else if (!q.sortEnumValues.isEmpty()) {
        r.rows = select(s, where, binds, q.orderSql(), q.pageRowCount, (q.pageNumber - 1) * q.pageRowCount);
    } else {
        PageSpec p; // the order of ListQuery::orderSql(): sortBy, then id ascending
        p.where = where.isEmpty() ? QStringLiteral("1 = 1") : where;
        p.binds = binds;
        p.sortColumn = q.sortBy;
        p.descending = q.descending;
        p.offset = qint64(q.pageNumber - 1) * q.pageRowCount;
        p.limit = q.pageRowCount;
        p.total = r.total;
        r.rows = readPage(*this, s, p);
    }
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
        binds << storable(m_db, f, values.value(f.name));
    }
    statements::run(m_db,
                    QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(s.table, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                    binds);
    return *get(s, values.value(QStringLiteral("id")).toString());
}

QVariantMap Repository::update(const ObjectSchema &s, const QString &id, const QVariantMap &changes)
{
    QStringList sets {QStringLiteral("recordVersion = recordVersion + 1"), QStringLiteral("updatedAt = ?")};
    QVariantList binds {isoNow()};
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const Field *f = s.field(it.key());
        if (!f || f->name == QLatin1String("id") || f->name == QLatin1String("recordVersion")
            || f->name == QLatin1String("createdAt") || f->name == QLatin1String("updatedAt"))
            continue;
        sets << QStringLiteral("\"%1\" = ?").arg(f->name);
        binds << storable(m_db, *f, it.value());
    }
    binds << id;
    statements::run(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(s.table, sets.join(QStringLiteral(", "))),
                    binds);
    const auto row = get(s, id);
    if (!row)
        throw std::runtime_error("update of a missing row");
    return *row;
}

QVariantMap Repository::softDelete(const ObjectSchema &s, const QString &id)
{
    return update(s, id, {{QStringLiteral("isActive"), 0}});
}

bool Repository::isInTransaction() const
{
    return sql::inTransaction(m_db);
}

// The only QSqlDatabase::transaction/commit/rollback calls of the server's request paths (K60).
TransactionScope::TransactionScope(Repository &repo) : m_db(repo.db()), m_own(!repo.isInTransaction())
{
    if (m_own && !m_db.transaction())
        throw std::runtime_error("cannot begin a transaction: " + m_db.lastError().text().toStdString());
}

TransactionScope::~TransactionScope()
{
    if (m_own)
        m_db.rollback();
}

void TransactionScope::commit()
{
    if (!m_own)
        return;
    if (!m_db.commit())
        throw std::runtime_error("commit failed: "
                                 + m_db.lastError().text().toStdString()); // the destructor rolls back
    m_own = false;
}

} // namespace tutorhub::server
