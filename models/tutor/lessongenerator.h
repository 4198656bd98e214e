// "Generate lessons" against any server (C52). With our server's generateLessonSlots extension the server
// does it in one transaction; without it (the documented contract) the client plans the lessons from the
// documented listAvailabilities (models/tutor/slotplanner.h) and creates them one by one through the
// documented createLessonSlot. Either way the answer looks the same: the created lessons under
// `lessonSlots`, with `createdCount` and `skippedCount` in the envelope.
#pragma once

#include "busytimes.h"

#include "api/jsonapi.h"

#include <QJsonObject>
#include <QObject>
#include <QTimeZone>

namespace tutorhub::models::tutor {

// `body` is TutorForms::generateBody's; `tutorZone` is where availability windows without a zone of their
// own are read (the tutor's). A failure part-way reports the error; lessons created before it stay.
// The tutor's busy times are skipped (U5): by the server's generateLessonSlots (from its busyTimes table),
// else by the client's plan, which skips `busy` (the caller reads them from models/tutor/busytimestore.h).
void generateLessons(api::ApiClient *client, const QJsonObject &body, const QTimeZone &tutorZone, QObject *context,
                     api::JsonCallback done, const QList<BusyTime> &busy = {});

} // namespace tutorhub::models::tutor
