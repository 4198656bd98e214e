#include "db/periodicjob.h"

#include "core/util.h"
#include "db/repository.h"
#include "db/statementcache.h"

#include <QDateTime>

namespace tutorhub::server {

bool claimPeriodicJob(Repository &repo, const QString &job, qint64 intervalMs)
{
    // One statement, so the claim is atomic on both engines: the row is written only when the last run is older
    // than the interval (10 % slack: the instances' timers drift, a turn asked a little early is still the same
    // turn). A second claimer waits for the first one's row lock (PostgreSQL) or write lock (SQLite) and then
    // finds the new time.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return statements::run(repo.db(),
                           QStringLiteral("INSERT INTO serverJobs (name, lastRunAt) VALUES (?, ?) "
                                          "ON CONFLICT (name) DO UPDATE SET lastRunAt = excluded.lastRunAt "
                                          "WHERE serverJobs.lastRunAt <= ?"),
                           {job, isoTime(now), isoTime(now.addMSecs(-intervalMs * 9 / 10))})
           == 1;
}

} // namespace tutorhub::server
