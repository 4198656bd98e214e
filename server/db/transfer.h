// Copying a data set between databases (issue 18 item 3, decision DB11): `tutorhub-server migrate --from A --to B`
// moves a Local (SQLite) data set into PostgreSQL, or between any two locations Database::open takes. Both are
// opened with the migrations (the source is brought to the current schema first, as a server start would), the
// target must hold no rows, and the copy is one transaction on the target: all or nothing.
#pragma once

#include <QList>
#include <QString>

namespace tutorhub::server {

class Database;

// One table's row count and an order-independent checksum of its rows (every column, NULLs, numbers and text
// spelled the same way whichever engine holds them), for comparing a source with its copy.
struct TableSummary
{
    QString table;
    qint64 rows = 0;
    QString checksum;
    bool operator==(const TableSummary &o) const
    {
        return table == o.table && rows == o.rows && checksum == o.checksum;
    }
};

// The data tables of the schema (every table the migrations make, without schema_version and SQLite's text index
// tables), in a stable order.
QStringList dataTables(const Database &db);
QList<TableSummary> summarize(const Database &db, const QStringList &tables);

// Copies every data table of `from` into `to`. False with *error when the target holds rows already or a copy
// fails (then nothing is left in the target).
bool copyData(const Database &from, const Database &to, QString *error);

} // namespace tutorhub::server
