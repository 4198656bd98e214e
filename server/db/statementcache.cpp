#include "db/statementcache.h"

#include "db/dialect.h"

#include <QHash>
#include <QObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>

namespace tutorhub::server::statements {

namespace {

const char *const kName = "tutorhub-statement-cache";

// Idle prepared statements of one connection by SQL text. A statement in use is taken out, so a nested
// query with the same text prepares its own (and the spare one is finalized when it comes back).
class Cache : public QObject
{
public:
    explicit Cache(QObject *driver, sqlite3 *handle) : QObject(driver), db(handle)
    {
        setObjectName(QLatin1String(kName));
    }
    ~Cache() override { clear(); }
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;
    void clear()
    {
        for (sqlite3_stmt *st : std::as_const(idle))
            sqlite3_finalize(st);
        idle.clear();
    }

    sqlite3 *db;
    QHash<QString, sqlite3_stmt *> idle;
};

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.driver() || !db.isOpen())
        return nullptr;
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.data());
}

Cache *cacheOf(const QSqlDatabase &db, bool create)
{
    QSqlDriver *driver = db.driver();
    if (!driver)
        return nullptr;
    auto *cache = static_cast<Cache *>(driver->findChild<QObject *>(QLatin1String(kName), Qt::FindDirectChildrenOnly));
    sqlite3 *h = handleOf(db);
    if (cache && cache->db != h) { // the driver was closed and opened again: a new handle
        cache->clear();
        cache->db = h;
    }
    if (!cache && create && h && driver->thread() == QThread::currentThread()) // a child lives in its parent's thread
        cache = new Cache(driver, h);
    return cache;
}

// Binds like QSQLITE (QSqlResultPrivate::isVariantNull, QSQLiteResult::exec).
void bindValue(sqlite3_stmt *st, int i, const QVariant &v)
{
    const int type = v.userType();
    const bool isNull = v.isNull() || (type == QMetaType::QString && v.toString().isNull())
                        || (type == QMetaType::QByteArray && v.toByteArray().isNull());
    if (isNull) {
        sqlite3_bind_null(st, i);
        return;
    }
    switch (type) {
    case QMetaType::QByteArray: {
        const QByteArray b = v.toByteArray();
        sqlite3_bind_blob(st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        sqlite3_bind_int(st, i, v.toInt());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(st, i, v.toDouble());
        break;
    case QMetaType::UInt:
    case QMetaType::LongLong:
        sqlite3_bind_int64(st, i, v.toLongLong());
        break;
    default: {
        const QString s = v.toString();
        sqlite3_bind_text16(st, i, s.utf16(), int(s.size() * 2), SQLITE_TRANSIENT);
        break;
    }
    }
}

// A column as QSQLITE reads it.
QVariant columnValue(sqlite3_stmt *st, int i)
{
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(st, i));
    case SQLITE_FLOAT:
        return sqlite3_column_double(st, i);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(st, i)), sqlite3_column_bytes(st, i));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i)),
                                 sqlite3_column_bytes(st, i));
    }
}

// A prepared, bound statement that goes back to the cache (reset, bindings cleared) when it ends.
class Lease
{
public:
    Lease(const QSqlDatabase &db, const QString &sql, const QVariantList &binds) : m_sql(sql)
    {
        m_db = handleOf(db);
        if (!m_db)
            throw std::runtime_error("no open SQLite connection for: " + sql.toStdString());
        m_cache = cacheOf(db, true); // null when the driver lives in another thread: then nothing is kept
        if (m_cache)
            m_st = m_cache->idle.take(sql);
        if (!m_st) {
            const QByteArray utf8 = sql.toUtf8();
            if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_st, nullptr)
                != SQLITE_OK) {
                sqlite3_finalize(m_st);
                m_st = nullptr;
                fail("prepare");
            }
        }
        if (sqlite3_bind_parameter_count(m_st) != binds.size())
            throw std::runtime_error("wrong number of bind values in " + sql.toStdString());
        for (int i = 0; i < binds.size(); ++i)
            bindValue(m_st, i + 1, binds.at(i));
    }
    ~Lease()
    {
        if (!m_st)
            return;
        sqlite3_reset(m_st);
        sqlite3_clear_bindings(m_st);
        if (!m_cache || m_cache->db != m_db || m_cache->idle.contains(m_sql) || m_cache->idle.size() >= 512)
            sqlite3_finalize(m_st);
        else
            m_cache->idle.insert(m_sql, m_st);
    }
    Lease(const Lease &) = delete;
    Lease &operator=(const Lease &) = delete;

    sqlite3_stmt *get() const { return m_st; }
    [[noreturn]] void fail(const char *what) const
    {
        throw std::runtime_error(std::string(what) + " failed: " + sqlite3_errmsg(m_db) + " in " + m_sql.toStdString());
    }

private:
    QString m_sql;
    sqlite3 *m_db = nullptr;
    Cache *m_cache = nullptr;
    sqlite3_stmt *m_st = nullptr;
};

// PostgreSQL (decision DB3): QPSQL's own prepared statement for each call, the text rewritten by the dialect; no
// statement is kept between calls (QSqlQuery deallocates it).
QSqlQuery pgRun(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql::toPostgres(sql)))
        throw std::runtime_error(("prepare failed: " + q.lastError().text() + " in " + sql).toStdString());
    for (const QVariant &b : binds)
        q.addBindValue(sql::bindable(db, b));
    if (!q.exec())
        throw std::runtime_error(("exec failed: " + q.lastError().text() + " in " + sql).toStdString());
    return q;
}

} // namespace

QList<QVariantMap> rows(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    if (sql::isPostgres(db)) {
        QSqlQuery q = pgRun(db, sql, binds);
        const QSqlRecord r = q.record();
        QStringList names;
        for (int i = 0; i < r.count(); ++i)
            names << sql::canonicalName(r.fieldName(i));
        QList<QVariantMap> out;
        while (q.next()) {
            QVariantMap row;
            for (int i = 0; i < names.size(); ++i)
                row.insert(names.at(i), q.value(i));
            out.append(std::move(row));
        }
        return out;
    }
    Lease l(db, sql, binds);
    sqlite3_stmt *st = l.get();
    QList<QVariantMap> out;
    const int columns = sqlite3_column_count(st);
    QStringList names;
    names.reserve(columns);
    for (int i = 0; i < columns; ++i)
        names << QString::fromUtf8(sqlite3_column_name(st, i));
    // Columns in key order, each inserted at the map's end: no key comparisons while a row is built.
    QList<int> order(columns);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return names.at(a) < names.at(b);
    }); // a repeated name: the last column wins, as before
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        QVariantMap row;
        for (const int i : std::as_const(order))
            row.insert(row.cend(), names.at(i), columnValue(st, i));
        out.append(std::move(row));
    }
    if (rc != SQLITE_DONE)
        l.fail("select");
    return out;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    if (sql::isPostgres(db)) {
        QSqlQuery q = pgRun(db, sql, binds);
        return q.next() ? q.value(0).toLongLong() : 0;
    }
    Lease l(db, sql, binds);
    const int rc = sqlite3_step(l.get());
    if (rc == SQLITE_ROW)
        return sqlite3_column_int64(l.get(), 0);
    if (rc != SQLITE_DONE)
        l.fail("select");
    return 0;
}

int run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    if (sql::isPostgres(db))
        return pgRun(db, sql, binds).numRowsAffected();
    Lease l(db, sql, binds);
    const int rc = sqlite3_step(l.get());
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        l.fail("exec");
    return sqlite3_changes(sqlite3_db_handle(l.get()));
}

void release(const QSqlDatabase &db)
{
    if (Cache *c = cacheOf(db, false))
        c->clear();
}

} // namespace tutorhub::server::statements
