// Answers of list routes remembered between writes (F43). The contract's envelope has the field for it:
// `source` is "db", or "cache" for an answer served from a cache (API.md §1.4).
#pragma once

#include "http/envelope.h"
#include "http/request.h"

#include <QSqlDatabase>

namespace tutorhub::server {

class Repository;

// A number that moves whenever the database may have changed: this connection's total_changes plus
// SQLite's data_version (commits of other connections); -1 inside a transaction, when nothing may be
// remembered (a rollback would leave it behind). What is remembered under one stamp is valid while
// the stamp is the same.
qint64 writeStamp(const QSqlDatabase &db);

// The rows of a list answer (a JSON array), their number and the paging block.
struct CachedList
{
    QByteArray rows;
    int rowCount = 0;
    Paging paging;
};

// One list request's look-up: keyed by the route, its query and body, the caller (id and role) and the
// base URL the rows' links use. Answers are kept per connection, at most 16 MiB, and forgotten at the
// next write.
class ListCache
{
public:
    ListCache(const Repository &repo, const Request &req, const QString &route);

    const CachedList *hit() const { return m_hit; }
    // Keeps `list` if nothing was written since the look-up (and no transaction is open).
    void remember(CachedList list) const;
    // The envelope of an answer: listRaw's bytes, with source "cache" for a remembered one.
    static Response response(const Request &req, const QString &dataName, const CachedList &list, bool fromCache);

private:
    QSqlDatabase m_db;
    QString m_key;
    qint64 m_stamp = -1;
    const CachedList *m_hit = nullptr;
};

} // namespace tutorhub::server
