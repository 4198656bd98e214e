// Pages of a list without skipping the rows before them (F41). Implemented in repository.cpp.
#pragma once

#include "db/repository.h"

namespace tutorhub::server {

// One page of the rows of `s` matching `where`, ordered by `sortColumn` then id. A page whose first row is
// remembered (the first row of a page served before, or the row after its last) is read by seeking to that
// row's sort key instead of skipping `offset` rows; a page in the back half without one is read from the
// other end. Positions are remembered per connection while nothing has been written (the write stamp of
// listcache.h: this connection's total_changes and SQLite's data_version) and no transaction is open, as the
// counts of Repository::count (D54).
struct PageSpec
{
    QString where; // SQL condition ("1 = 1" for all rows)
    QVariantList binds;
    QString sortColumn; // a column of the table
    bool descending = false;
    bool idDescending = false; // the tie-break's direction
    qint64 offset = 0;
    int limit = 25;
    qint64 total = 0; // rows matching `where` (Repository::count)
};

QList<QVariantMap> readPage(const Repository &repo, const ObjectSchema &s, const PageSpec &spec);

} // namespace tutorhub::server
