// A tutor's busy times (issue 15 item 3; decisions U3-U6): blocks of time imported from an .ics file in
// which no lesson may be planned. The contract has no "availability exception" object, so a busy time is
// our own small object (startsAt/endsAt in UTC, a title, the source event's UID): kept on our server
// through the busyTimes extension routes, else in the app's data directory (models/tutor/busytimestore.h).
//
// readBusyTimes() turns an .ics file into busy times with libical: every VEVENT (RRULE/RDATE expanded
// with icalrecur_iterator, EXDATE and RECURRENCE-ID overrides honoured, TZID resolved through the file's
// VTIMEZONE or libical's builtin zones, floating times and all-day dates read in the tutor's zone) and
// every BUSY period of a VFREEBUSY that meets the chosen dates; CANCELLED and TRANSPARENT events and FREE
// periods are skipped. Files over kMaxIcsBytes, malformed files and imports of more than kMaxBusyTimes
// blocks are refused with a sentence the tutor can act on.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace tutorhub::models::tutor {

inline constexpr qint64 kMaxIcsBytes = 1024 * 1024; // 1 MiB
inline constexpr int kMaxBusyTimes = 500; // blocks per import
inline constexpr int kMaxImportDays = 366; // the chosen range

struct BusyTime
{
    QString id; // the stored object's id; empty before it is stored
    QDateTime startUtc;
    QDateTime endUtc;
    QString title; // the event's SUMMARY (may be empty)
    QString sourceUid; // "<UID>/<start, ISO UTC>": the same occurrence imported again is recognised
    bool allDay = false;

    bool operator==(const BusyTime &o) const
    {
        return startUtc == o.startUtc && endUtc == o.endUtc && sourceUid == o.sourceUid;
    }
};

struct BusyImport
{
    QList<BusyTime> busy; // sorted by start, each meeting [from 00:00, to + 1 00:00) of the tutor's zone
    int skipped = 0; // CANCELLED / TRANSPARENT events and FREE periods left out (moments are not counted)
    QString error; // why nothing was read (a sentence for the tutor); empty on success
    bool ok() const { return error.isEmpty(); }
};

BusyImport readBusyTimes(const QByteArray &ics, const QDate &from, const QDate &to, const QTimeZone &tutorZone);

// The wire/file form: {id, tutorProfileId, startsAt, endsAt, title, sourceUid, allDay}.
QJsonObject busyTimeJson(const BusyTime &b, const QString &tutorProfileId = {});
BusyTime busyTimeFromJson(const QJsonObject &o);

// Whether `b` is among `existing` already: the same source occurrence, or the same start and end.
bool alreadyStored(const BusyTime &b, const QList<BusyTime> &existing);

// True when [startUtc, endUtc) meets a busy time of `busy`.
bool overlapsBusy(const QList<BusyTime> &busy, const QDateTime &startUtc, const QDateTime &endUtc);

} // namespace tutorhub::models::tutor
