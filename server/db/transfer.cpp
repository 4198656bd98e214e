#include "db/transfer.h"

#include "db/database.h"
#include "db/dialect.h"
#include "db/migrations.h"
#include "db/repository.h"
#include "db/statementcache.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>
#include <stdexcept>

namespace tutorhub::server {

namespace {

// Each value as bytes that do not depend on the engine: text and blobs by their bytes (a JSON text an older SQLite
// database kept as a blob is the same text in PostgreSQL), integers and reals by their decimal spelling.
QByteArray canonical(const QVariant &v)
{
    if (v.isNull())
        return QByteArrayLiteral("\x1eN");
    switch (v.typeId()) {
    case QMetaType::QByteArray:
        return "B" + v.toByteArray();
    case QMetaType::QString:
        return "B" + v.toString().toUtf8();
    case QMetaType::Double:
    case QMetaType::Float:
        return "R" + QByteArray::number(v.toDouble(), 'g', 17);
    default:
        return "I" + QByteArray::number(v.toLongLong());
    }
}

struct Column
{
    QString name;
    bool blob = false; // BLOB / bytea
};

// The columns of a table, in the order the migrations made them.
QList<Column> columnsOf(const QSqlDatabase &db, const QString &table)
{
    QList<Column> out;
    QSqlQuery q(db);
    const bool postgres = sql::isPostgres(db);
    if (postgres) {
        q.prepare(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = "
                                 "current_schema() AND table_name = ? ORDER BY ordinal_position"));
        q.addBindValue(table.toLower());
        q.exec();
    } else {
        q.exec(QStringLiteral("SELECT name, type FROM pragma_table_info('%1') ORDER BY cid").arg(table));
    }
    while (q.next()) {
        const QString type = q.value(1).toString();
        out.append({postgres ? sql::canonicalName(q.value(0).toString()) : q.value(0).toString(),
                    type.compare(QLatin1String(postgres ? "bytea" : "BLOB"), Qt::CaseInsensitive) == 0});
    }
    return out;
}

QString columnList(const QList<Column> &columns)
{
    QStringList names;
    for (const Column &c : columns)
        names << c.name;
    return names.join(QLatin1Char(','));
}

} // namespace

QStringList dataTables(const Database &db)
{
    // From the SQLite catalogue of a scratch database: the tables the migrations make, in their spelling.
    static const QStringList tables = [] {
        QStringList out;
        Database scratch;
        if (!scratch.open(QStringLiteral(":memory:"), allMigrations()))
            return out;
        QSqlQuery q(scratch.db());
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                              "AND name <> 'schema_version' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"));
        while (q.next())
            out << q.value(0).toString();
        // FTS5's shadow tables (coursePacks_title_data, …) belong to its virtual table: the triggers refill them.
        out.removeIf([&](const QString &t) { return t.startsWith(QLatin1String("coursePacks_title")); });
        // A table after the tables its foreign keys name (sessions after users), so the copy never refers ahead.
        QHash<QString, QStringList> references;
        q.exec(QStringLiteral("SELECT m.name, f.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
                              "WHERE m.type = 'table'"));
        while (q.next())
            references[q.value(0).toString()] << q.value(1).toString();
        QStringList ordered;
        std::function<void(const QString &)> place = [&](const QString &t) {
            if (ordered.contains(t) || !out.contains(t))
                return;
            for (const QString &r : references.value(t))
                if (r != t)
                    place(r);
            ordered << t;
        };
        for (const QString &t : std::as_const(out))
            place(t);
        return ordered;
    }();
    QStringList present;
    for (const QString &t : tables)
        if (sql::tableExists(db.db(), t))
            present << t;
    return present;
}

QList<TableSummary> summarize(const Database &db, const QStringList &tables)
{
    QList<TableSummary> out;
    for (const QString &table : tables) {
        const QList<Column> columns = columnsOf(db.db(), table);
        QSqlQuery q(db.db());
        q.setForwardOnly(true);
        q.exec(sql::forEngine(db.db(), QStringLiteral("SELECT %1 FROM %2").arg(columnList(columns), table)));
        TableSummary s;
        s.table = table;
        // The sum of the rows' hashes (mod 2^64 in each of four lanes): the same whatever order the rows come in.
        quint64 lanes[4] = {0, 0, 0, 0};
        while (q.next()) {
            QCryptographicHash h(QCryptographicHash::Sha256);
            for (int i = 0; i < columns.size(); ++i) {
                const QByteArray v = canonical(q.value(i));
                h.addData(QByteArray::number(v.size()) + ':');
                h.addData(v);
            }
            const QByteArray d = h.result();
            for (int lane = 0; lane < 4; ++lane) {
                quint64 x = 0;
                for (int b = 0; b < 8; ++b)
                    x = (x << 8) | quint8(d.at(lane * 8 + b));
                lanes[lane] += x;
            }
            ++s.rows;
        }
        for (const quint64 lane : lanes)
            s.checksum += QStringLiteral("%1").arg(lane, 16, 16, QLatin1Char('0'));
        out << s;
    }
    return out;
}

bool copyData(const Database &from, const Database &to, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QStringList tables = dataTables(from);
    Repository target(to.db());
    for (const QString &table : tables)
        if (sql::tableExists(to.db(), table)
            && statements::scalar(to.db(), QStringLiteral("SELECT count(*) FROM %1").arg(table)) > 0)
            return fail(QStringLiteral("the target already holds data (table %1 has rows); migrate into a new, "
                                       "empty database")
                            .arg(table));
    try {
        inTransaction(target, [&] {
            for (const QString &table : tables) {
                if (!sql::tableExists(to.db(), table))
                    throw std::runtime_error(("the target has no table " + table).toStdString());
                const QList<Column> columns = columnsOf(from.db(), table);
                const QString insert
                    = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(table, columnList(columns),
                               QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
                // One prepared statement per table, executed for every row (one round trip a row on PostgreSQL).
                QSqlQuery write(to.db());
                if (!write.prepare(sql::forEngine(to.db(), insert)))
                    throw std::runtime_error(write.lastError().text().toStdString());
                QSqlQuery rows(from.db());
                rows.setForwardOnly(true);
                if (!rows.exec(
                        sql::forEngine(from.db(), QStringLiteral("SELECT %1 FROM %2").arg(columnList(columns), table))))
                    throw std::runtime_error(rows.lastError().text().toStdString());
                while (rows.next()) {
                    for (int i = 0; i < columns.size(); ++i) {
                        QVariant v = rows.value(i);
                        // Bytes in any other column than a blob (JSON an older version kept as a blob) are text.
                        if (v.typeId() == QMetaType::QByteArray && !columns.at(i).blob && !v.isNull())
                            v = QString::fromUtf8(v.toByteArray());
                        write.bindValue(i, sql::bindable(to.db(), v));
                    }
                    if (!write.exec())
                        throw std::runtime_error(("copying " + table + ": " + write.lastError().text()).toStdString());
                }
            }
        });
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    return true;
}

} // namespace tutorhub::server
