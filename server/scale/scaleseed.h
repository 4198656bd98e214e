// `tutorhub-server --demo --scale N`: a large, realistic data set for benchmarks, in addition to the
// demo accounts. N = 100000 gives ~N/20 tutors with profiles, ~N/2 students, N/10 course packs and
// 10 x N enrollments with their lesson slots and payment records, spread over the past year and the
// next weeks. Deterministic for a given N, loaded in one transaction with the indexes built after
// the bulk load, and seeded once per data directory.
#pragma once

#include "db/repository.h"

namespace tutorhub::server {

struct ScaleSummary
{
    bool seeded = false; // false: this data directory already holds a scale data set
    int scale = 0; // N of the data set in the directory
    qint64 users = 0, tutorProfiles = 0, coursePacks = 0, enrollments = 0, lessonSlots = 0, payments = 0, refunds = 0;
    qint64 milliseconds = 0; // in all, of which:
    qint64 hashMs = 0, insertMs = 0, indexMs = 0; // one password hash, the bulk inserts, the index builds
    qint64 cpuMs = 0; // CPU time of the process meanwhile (all threads)
};

// Throws std::runtime_error on a database failure (nothing is kept then).
ScaleSummary seedScaleData(Repository &repo, int n);

} // namespace tutorhub::server
