// courseScheduling (API.md §3.2): availability windows, lesson slots, preliminary (screening)
// meetings and slot generation from availability in the tutor's IANA zone (ARCHITECTURE decision 6).
#pragma once

#include "core/context.h"
#include "db/repository.h"
#include "http/router.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <functional>

namespace tutorhub::server {

const ObjectSchema &availabilitySchema();
const ObjectSchema &lessonSlotSchema();
const ObjectSchema &preliminaryMeetingSchema();
const ObjectSchema &busyTimeSchema(); // local extension (busytime.cpp)
const ObjectSchema &screeningProposalSchema(); // local extension (preliminarymeeting.cpp; U20)

namespace scheduling {

inline constexpr int kDefaultDurationMinutes = 60; // G27
inline constexpr int kMinDurationMinutes = 15;
inline constexpr int kMaxDurationMinutes = 480;
inline constexpr int kMaxGenerationDays = 92;
// The demo tutors' free slots reach this many days ahead (D55): room for a strict pack's eight weeks.
inline constexpr int kDemoWindowDays = 63;

// Strict formats of the spec: "HH:mm" (24 h) and "YYYY-MM-DD"; invalid QTime/QDate otherwise.
QTime parseHhMm(const QString &s);
QDate parseYmd(const QString &s);

// A new free slot's row values (scheduledDate/scheduledTime in UTC, startsAt/endsAt ISO-8601 UTC).
QVariantMap slotValues(const QVariantMap &pack, const QDateTime &startUtc, int durationMinutes,
                       const QString &sessionMode);
// True when the tutor already has a live (not canceled, active) slot overlapping [start, end).
bool tutorSlotOverlaps(const Repository &repo, const QString &tutorProfileId, const QDateTime &startUtc,
                       const QDateTime &endUtc, const QString &exceptSlotId = {});
// True when the tutor has an active busy time (imported from a calendar) overlapping [start, end).
bool tutorBusyOverlaps(const Repository &repo, const QString &tutorProfileId, const QDateTime &startUtc,
                       const QDateTime &endUtc);
// "https://meet.google.com/abc-defg-hij" style link for online lessons (rule 26).
QString newMeetLink();

// SEC41: a freed slot keeps nothing of its old booking: no student, no meet link (the next booking
// gets a new one), no place the student gave (locationType studentHome), no cancel reason.
// freeSlot frees slot `slotId` if it is booked by `studentId`; the observer is not told.
void freeSlot(Repository &repo, const QString &slotId, const QString &studentId);
// The column changes of freeing, for an update through the repository (status is the caller's).
QVariantMap freedSlotChanges(const QVariantMap &slot);
// Gives each online slot among `slotIds` that has no meet link a new one (rule 26, at booking).
void addMeetLinks(Repository &repo, const QStringList &slotIds);

// UTC start times of the lessons that availability windows allow between `from` and `to` (inclusive
// dates in each window's zone). A window [startTime, endTime) yields starts every `durationMinutes`
// while a whole lesson fits; local times that do not exist (spring-forward gap) are skipped, and a
// repeated local time (fall-back) is taken at its first occurrence. Sorted, without duplicates.
struct GeneratedStart
{
    QDateTime startUtc;
    QString teachingMode;
};
QList<GeneratedStart> lessonStarts(const QList<QVariantMap> &windows, const QDate &from, const QDate &to,
                                   int durationMinutes);

// Called after a slot's status changed (e.g. the enrollment service's checkEnrollmentCompletion after
// booked -> completed). Runs inside the update's transaction; an HttpError it throws undoes the update.
// Registered by name (registering the same name again replaces it; an empty function removes it).
using SlotObserver = std::function<void(Repository &repo, const QVariantMap &before, const QVariantMap &after)>;
void setSlotObserver(const QString &name, SlotObserver observer);
void notifySlotObservers(Repository &repo, const QVariantMap &before, const QVariantMap &after);

} // namespace scheduling

QList<Route> availabilityRoutes(Context ctx);
QList<Route> lessonSlotRoutes(Context ctx);
QList<Route> preliminaryMeetingRoutes(Context ctx);
QList<Route> busyTimeRoutes(Context ctx);

// Demo data: weekly availability of Maria (Europe/Berlin) and James (Europe/London) once, then
// topUpDemoSlots (idempotent).
void seedSchedulingDemo(Repository &repo);
// Turns the demo tutors' availability into free slots of their packs from tomorrow to kDemoWindowDays ahead,
// skipping every time the tutor already has a slot at (any status, deleted included) and their busy times. Returns the
// slots created.
int topUpDemoSlots(Repository &repo, const QDateTime &nowUtc);
// A pending screening request for the tutor to answer (issue 15 item 1): Noah Brandt asks Maria for her
// "University Calculus Bootcamp" with two candidate times, 3 and 5 days after the first start. Once; returns
// whether it was added.
bool seedScreeningDemo(Repository &repo, const QDateTime &nowUtc);

} // namespace tutorhub::server
