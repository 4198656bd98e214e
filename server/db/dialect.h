// The two database engines of the server (issue 18, decisions DB1-DB8): SQLite (the default, one file in the data
// directory) and PostgreSQL (--database postgresql://…, through Qt's QPSQL driver). The server's SQL is written
// once, in SQLite's spelling; the few places where the engines differ are the named functions below, and the
// rewrite rules of toPostgres() (a table of word -> word swaps applied outside string literals) cover the rest.
//
// Names: the SQL writes camelCase identifiers unquoted (both engines) or double-quoted. PostgreSQL folds unquoted
// names to lower case, so toPostgres() lower-cases the quoted ones too (one spelling per column on the server),
// and the column names of a PostgreSQL result are mapped back to the schema's spelling with canonicalName().
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace tutorhub::server::sql {

enum class Engine { Sqlite, Postgres };

Engine engineOf(const QSqlDatabase &db);
inline bool isPostgres(const QSqlDatabase &db)
{
    return engineOf(db) == Engine::Postgres;
}

// True for a postgresql:// or postgres:// connection URL (what --database takes besides a file path).
bool isPostgresUrl(const QString &location);

// The SQL text as the connection's engine reads it (SQLite: unchanged). Rewrites are remembered per text.
QString forEngine(const QSqlDatabase &db, const QString &sql);
QString toPostgres(const QString &sql);

// A bind value as the engine stores it: PostgreSQL gets 1/0 for a bool (our flags are INTEGER columns) and U+FFFD
// for a U+0000 in a text (which its text type cannot hold).
QVariant bindable(const QSqlDatabase &db, const QVariant &value);

// The spelling the server uses for a column or alias name PostgreSQL gave back in lower case (the name itself when
// no SQL text the server ran or migrated spelled it otherwise).
QString canonicalName(const QString &name);
// Learns the spellings of the identifiers in `sql` (toPostgres() calls it for every text it rewrites).
void learnNames(const QString &sql);

// Whether a table exists (sqlite_master / information_schema).
bool tableExists(const QSqlDatabase &db, const QString &table);

// The text of the top-level `key` of the JSON object stored as text in `column` (json_extract / ->>).
QString jsonTextField(const QSqlDatabase &db, const QString &column, const QString &key);

// Whether a transaction is open on the connection (SQLite out of autocommit mode; PostgreSQL not idle).
bool inTransaction(const QSqlDatabase &db);

} // namespace tutorhub::server::sql
