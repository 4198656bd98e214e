// Background jobs that more than one server instance on one database would otherwise each run (issue 18 item 2,
// decision DB10): a job runs when it claims its turn, at most once per interval across every instance.
#pragma once

#include <QString>

namespace tutorhub::server {

class Repository;

// True when this caller may run `job` now: nobody ran it less than `intervalMs` ago. The claim is one conditional
// upsert of the job's row in serverJobs, so two instances asking at the same moment get one yes.
bool claimPeriodicJob(Repository &repo, const QString &job, qint64 intervalMs);

} // namespace tutorhub::server
