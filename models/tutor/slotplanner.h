// Lesson times from availability windows, computed by the client (C52). It is the fallback for our
// server's generateLessonSlots extension: against a server without it, the tutor's "Generate lessons"
// creates the same lessons one by one through the documented createLessonSlot. The rules are the
// server's (D34): windows in the tutor's zone, lessons back to back inside each window, a wall-clock time
// in a spring-forward gap skipped, a repeated one (fall-back) taken at its first occurrence, no lesson
// in the past or overlapping one the tutor already has.
#pragma once

#include "busytimes.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace tutorhub::models {

struct PlannedLesson
{
    QDateTime startUtc;
    QString teachingMode; // of the window: online | faceToFace | both
};

// Lesson starts of `windows` (availability objects, API.md §3.2) on the days from..to. A window's zone is
// its `timeZone` (our extension) or else `tutorZone`. Sorted by start, without duplicates.
QList<PlannedLesson> plannedLessons(const QList<QJsonObject> &windows, const QDate &from, const QDate &to,
                                    int durationMinutes, const QTimeZone &tutorZone);

// `planned` minus starts at or before `now`, those overlapping a non-canceled lesson of `existing`
// (lesson slot objects of the same tutor) and those overlapping one of the tutor's `busy` times (U5);
// `skipped` counts what was left out.
QList<PlannedLesson> withoutConflicts(const QList<PlannedLesson> &planned, int durationMinutes,
                                      const QList<QJsonObject> &existing, const QDateTime &now, int *skipped,
                                      const QList<tutor::BusyTime> &busy = {});

} // namespace tutorhub::models
