// Prepared statements kept per SQLite connection (on PostgreSQL: the same functions over QSqlQuery, decision DB3) and
// reused (decision F5): a query's SQL text is prepared once, then only bound and stepped. The cache hangs on the
// connection's QSqlDriver, so every Repository on that connection shares it, and Database::close() finalizes it before
// the connection closes. Rows come back with the values QSQLITE would give (integer -> qlonglong, real -> double, text
// -> QString, blob -> QByteArray, NULL -> a null QString variant), and values are bound as QSQLITE binds them, so a
// query answers the same through either path.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

namespace tutorhub::server::statements {

// Any SELECT; rows as column -> value. Throws std::runtime_error on an SQL error.
QList<QVariantMap> rows(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// The first column of the first row as an integer (0 without a row).
qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// A write; the number of rows it changed.
int run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// Finalizes the connection's cached statements (before it closes).
void release(const QSqlDatabase &db);

} // namespace tutorhub::server::statements
