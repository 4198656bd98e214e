#include "db/dialect.h"

#include <QHash>
#include <QReadWriteLock>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <stdexcept>

namespace tutorhub::server::sql {

namespace {

// Words PostgreSQL spells differently (outside string literals, case-insensitive, whole words). The column types
// only in table definitions: SQLite's INTEGER is 64 bits and its REAL is a double.
struct WordSwap
{
    const char *sqlite;
    const char *postgres;
    bool definitionsOnly;
};
constexpr WordSwap kWordSwaps[] = {
    {"INTEGER", "BIGINT", true},
    {"REAL", "DOUBLE PRECISION", true},
    {"BLOB", "BYTEA", true},
    {"instr", "strpos", false},
    {"ifnull", "coalesce", false},
    {"json_group_array", "json_agg", false}, // NULL instead of [] over no rows: callers take NULL as []
};

// Phrases PostgreSQL says otherwise (exact text, as the server writes them).
struct PhraseSwap
{
    const char *sqlite;
    const char *postgres;
};
constexpr PhraseSwap kPhraseSwaps[] = {
    // A JSON array of ids bound as one value (F20, F75).
    {"SELECT value FROM json_each(?)", "SELECT json_array_elements_text(CAST(? AS json))"},
    // SQLite's IS / IS NOT compare any two values, NULL included; PostgreSQL's only with NULL or a boolean.
    {" IS NOT ?", " IS DISTINCT FROM ?"},
    {" IS ?", " IS NOT DISTINCT FROM ?"},
};

bool isDefinition(const QString &sql)
{
    const QString head = sql.trimmed().left(12).toUpper();
    return head.startsWith(QLatin1String("CREATE TABLE")) || head.startsWith(QLatin1String("ALTER TABLE"));
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Spellings of camelCase identifiers by their lower-case form.
QReadWriteLock namesLock;
QHash<QString, QString> &names()
{
    static QHash<QString, QString> n;
    return n;
}

QReadWriteLock rewritesLock;
QHash<QString, QString> &rewrites()
{
    static QHash<QString, QString> r;
    return r;
}

} // namespace

Engine engineOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Engine::Postgres : Engine::Sqlite;
}

bool isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

void learnNames(const QString &sql)
{
    QHash<QString, QString> found;
    bool inLiteral = false;
    for (qsizetype i = 0; i < sql.size();) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'')) {
            inLiteral = !inLiteral;
            ++i;
            continue;
        }
        if (inLiteral || !isWordChar(c) || (i > 0 && isWordChar(sql.at(i - 1)))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        bool upper = false, lower = false;
        while (end < sql.size() && isWordChar(sql.at(end))) {
            upper = upper || sql.at(end).isUpper();
            lower = lower || sql.at(end).isLower();
            ++end;
        }
        if (upper && lower) { // camelCase: never a keyword (those are written in capitals)
            const QString word = sql.mid(i, end - i);
            found.insert(word.toLower(), word);
        }
        i = end;
    }
    if (found.isEmpty())
        return;
    {
        QReadLocker read(&namesLock);
        bool known = true;
        for (auto it = found.cbegin(); known && it != found.cend(); ++it)
            known = names().contains(it.key());
        if (known)
            return;
    }
    QWriteLocker write(&namesLock);
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        if (!names().contains(it.key()))
            names().insert(it.key(), it.value()); // the first spelling stays
}

QString canonicalName(const QString &name)
{
    QReadLocker read(&namesLock);
    return names().value(name, name);
}

QString toPostgres(const QString &sql)
{
    {
        QReadLocker read(&rewritesLock);
        const auto it = rewrites().constFind(sql);
        if (it != rewrites().cend())
            return it.value();
    }
    learnNames(sql);
    const bool definition = isDefinition(sql);
    QString text = sql;
    for (const PhraseSwap &p : kPhraseSwaps)
        text.replace(QLatin1String(p.sqlite), QLatin1String(p.postgres));
    QString out;
    out.reserve(sql.size() + 16);
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\'')) { // a literal, copied as it is ('' inside stays doubled)
            const qsizetype end = text.indexOf(QLatin1Char('\''), i + 1);
            const qsizetype stop = end < 0 ? text.size() : end + 1;
            out += QStringView(text).mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == QLatin1Char('"')) { // a quoted identifier: the folded spelling an unquoted one gets
            const qsizetype end = text.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype stop = end < 0 ? text.size() : end + 1;
            out += QStringView(text).mid(i, stop - i).toString().toLower();
            i = stop;
            continue;
        }
        // SQLite's unary `+column` (keeps its planner off an index) is an error on text in PostgreSQL: dropped.
        if (c == QLatin1Char('+') && i + 1 < text.size()
            && (text.at(i + 1).isLetter() || text.at(i + 1) == QLatin1Char('_'))
            && (i == 0 || text.at(i - 1).isSpace() || text.at(i - 1) == QLatin1Char('(')
                || text.at(i - 1) == QLatin1Char(','))) {
            ++i;
            continue;
        }
        if (isWordChar(c) && (i == 0 || !isWordChar(text.at(i - 1)))) {
            qsizetype end = i;
            while (end < text.size() && isWordChar(text.at(end)))
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            const char *swap = nullptr;
            for (const WordSwap &w : kWordSwaps)
                if ((definition || !w.definitionsOnly)
                    && word.compare(QLatin1String(w.sqlite), Qt::CaseInsensitive) == 0)
                    swap = w.postgres;
            if (swap)
                out += QLatin1String(swap);
            else
                out += word;
            i = end;
            continue;
        }
        out += c;
        ++i;
    }
    QWriteLocker write(&rewritesLock);
    if (rewrites().size() > 4096)
        rewrites().clear(); // bounded: texts with values spelled in are not remembered forever
    rewrites().insert(sql, out);
    return out;
}

QString forEngine(const QSqlDatabase &db, const QString &sql)
{
    return isPostgres(db) ? toPostgres(sql) : sql;
}

QVariant bindable(const QSqlDatabase &db, const QVariant &value)
{
    if (!isPostgres(db))
        return value;
    if (value.typeId() == QMetaType::Bool)
        return value.isNull() ? QVariant(QMetaType::fromType<int>()) : QVariant(value.toBool() ? 1 : 0);
    // PostgreSQL's text cannot hold U+0000 (SQLite's can): it is kept as U+FFFD, the replacement character, and
    // a filter holding one matches nothing, as on SQLite (DB3).
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString();
        if (text.contains(QChar(0)))
            return QString(text).replace(QChar(0), QChar(QChar::ReplacementCharacter));
    }
    return value;
}

bool tableExists(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (isPostgres(db))
        q.prepare(QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
                                 "AND table_name = ?"));
    else
        q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(isPostgres(db) ? table.toLower() : table);
    if (!q.exec())
        throw std::runtime_error(("table lookup failed: " + q.lastError().text()).toStdString());
    return q.next();
}

QString jsonTextField(const QSqlDatabase &db, const QString &column, const QString &key)
{
    // Keys are the server's own field names (letters only); never a caller's text.
    if (isPostgres(db))
        return QStringLiteral("(CASE WHEN %1 LIKE '{%' THEN (%1::json ->> '%2') END)").arg(column, key);
    return QStringLiteral("json_extract(%1, '$.%2')").arg(column, key);
}

bool inTransaction(const QSqlDatabase &db)
{
    if (!db.driver() || !db.isOpen())
        return false;
    const QVariant h = db.driver()->handle();
    if (!h.isValid())
        return false;
    if (qstrcmp(h.typeName(), "sqlite3*") == 0)
        return sqlite3_get_autocommit(*static_cast<sqlite3 *const *>(h.data())) == 0;
    // QPSQL's handle is a PGconn* (its metatype says "pg_conn*", the struct behind the typedef).
    if (qstrcmp(h.typeName(), "pg_conn*") == 0 || qstrcmp(h.typeName(), "PGconn*") == 0)
        return PQtransactionStatus(*static_cast<PGconn *const *>(h.data())) != PQTRANS_IDLE;
    return false;
}

} // namespace tutorhub::server::sql
