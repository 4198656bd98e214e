// Facade of tutorCatalog (API.md §3.1, decisions D27-D32) and courseScheduling (§3.2, D33-D35).
// Thin: each call names its route once and answers the payload as JSON (api/jsonapi.h); lists are
// usually read page by page through models::PagedListModel instead.
#pragma once

#include "jsonapi.h"

#include <QObject>
#include <QUrlQuery>

namespace tutorhub::api {

class CatalogApi : public QObject
{
    Q_OBJECT

public:
    explicit CatalogApi(ApiClient *client, QObject *parent = nullptr);
    ApiClient *client() const { return m_client; }

    // --- tutor profiles ------------------------------------------------------------------------
    ApiReply *getTutorProfile(const QString &id, QObject *context, JsonCallback done);
    ApiReply *listTutorProfiles(const QUrlQuery &query, QObject *context, JsonCallback done);
    ApiReply *updateTutorProfile(const QString &id, const QJsonObject &fields, QObject *context, JsonCallback done);
    // --- course packs --------------------------------------------------------------------------
    ApiReply *getCoursePack(const QString &id, QObject *context, JsonCallback done);
    ApiReply *listCoursePacks(const QUrlQuery &query, QObject *context, JsonCallback done);
    ApiReply *createCoursePack(const QJsonObject &fields, QObject *context, JsonCallback done);
    ApiReply *updateCoursePack(const QString &id, const QJsonObject &fields, QObject *context, JsonCallback done);
    // removalReason: required of admins when the pack has active enrollments (D31).
    ApiReply *deleteCoursePack(const QString &id, const QString &removalReason, QObject *context, JsonCallback done);
    // --- materials -----------------------------------------------------------------------------
    ApiReply *listCourseMaterials(const QString &coursePackId, QObject *context, JsonCallback done);
    ApiReply *createCourseMaterial(const QJsonObject &fields, QObject *context, JsonCallback done);
    ApiReply *updateCourseMaterial(const QString &id, const QJsonObject &fields, QObject *context, JsonCallback done);
    ApiReply *deleteCourseMaterial(const QString &id, QObject *context, JsonCallback done);
    // --- categories ----------------------------------------------------------------------------
    ApiReply *listCourseCategories(QObject *context, JsonCallback done);

    // --- courseScheduling ----------------------------------------------------------------------
    ApiReply *listAvailabilities(const QString &tutorProfileId, QObject *context, JsonCallback done);
    ApiReply *createAvailability(const QJsonObject &fields, QObject *context, JsonCallback done);
    ApiReply *updateAvailability(const QString &id, const QJsonObject &fields, QObject *context, JsonCallback done);
    ApiReply *deleteAvailability(const QString &id, QObject *context, JsonCallback done);
    // Filters per D34: coursePackId, tutorProfileId, studentId, status, from, to (startsAt), ...
    ApiReply *listLessonSlots(const QUrlQuery &query, QObject *context, JsonCallback done);
    ApiReply *createLessonSlot(const QJsonObject &fields, QObject *context, JsonCallback done);
    ApiReply *updateLessonSlot(const QString &id, const QJsonObject &fields, QObject *context, JsonCallback done);
    ApiReply *deleteLessonSlot(const QString &id, QObject *context, JsonCallback done);
    // POST /v1/generatelessonslots {coursePackId, from, to, durationMinutes?, sessionMode?} (D34).
    ApiReply *generateLessonSlots(const QJsonObject &fields, QObject *context, JsonCallback done);
    ApiReply *listPreliminaryMeetings(const QUrlQuery &query, QObject *context, JsonCallback done);
    ApiReply *createPreliminaryMeeting(const QJsonObject &fields, QObject *context, JsonCallback done);
    ApiReply *updatePreliminaryMeeting(const QString &id, const QJsonObject &fields, QObject *context,
                                       JsonCallback done);
    // Local extension (U20): the candidate times of a screening meeting; absent under --contract strict.
    ApiReply *listScreeningProposals(const QString &meetingId, QObject *context, JsonCallback done);
    // {times: [ISO UTC, 1-3], meetingLink (tutor), note}
    ApiReply *proposeScreeningTimes(const QString &meetingId, const QJsonObject &fields, QObject *context,
                                    JsonCallback done);
    ApiReply *acceptScreeningProposal(const QString &proposalId, const QJsonObject &fields, QObject *context,
                                      JsonCallback done);

private:
    ApiReply *run(const ApiRequest &request, QObject *context, JsonCallback done);
    ApiClient *m_client;
};

} // namespace tutorhub::api
