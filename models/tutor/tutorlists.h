// The tutor workspace's server lists, each a models::PagedListModel whose columns are data: the
// tutor's course packs, a pack's materials, availability windows, lesson slots (joined with pack
// titles and student names through a LessonLookup), enrollments and screening requests.
#pragma once

#include "models/pagedlistmodel.h"

#include <QHash>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace tutorhub::models::tutor {

// Names the lesson slots do not carry (slots have no joins, D34): pack titles by pack id and the
// booked student's name by slot id (from the tutor's enrollments).
struct LessonLookup
{
    QHash<QString, QString> packTitles;
    QHash<QString, QString> studentBySlot;
    QHash<QString, QString> enrollmentStatusBySlot;
    QHash<QString, QString> studentNames; // user id -> full name (brief users, for screening requests)

    void addPacks(const QList<QJsonObject> &packs);
    void addEnrollments(const QList<QJsonObject> &enrollments);
    QString packTitle(const QJsonObject &slot) const;
    // Whether `packId` is one of the tutor's packs (a slot belongs to a pack, C55).
    bool hasPack(const QString &packId) const { return packTitles.contains(packId); }
    QString studentName(const QJsonObject &slot) const;
    // A screening request's student and pack (the list carries ids only).
    QString requester(const QJsonObject &meeting) const;
};
using SharedLookup = std::shared_ptr<LessonLookup>;

PagedListModel *createCoursePacksModel(api::ApiClient *client, const QString &tutorProfileId, QObject *parent);
PagedListModel *createMaterialsModel(api::ApiClient *client, const QString &coursePackId, QObject *parent);
PagedListModel *createAvailabilityModel(api::ApiClient *client, const QString &tutorProfileId, QObject *parent);
// Slots of the tutor; filter by from/to (setFilter) for a week. The filter tutorProfileId is our server's (D34);
// without the undeclaredFilters extension a slot is the tutor's when its pack is one of `lookup`'s packs (the
// documented lessonSlot has no tutorProfileId; C55), so the lookup's packs must be loaded before the slots.
PagedListModel *createSlotsModel(api::ApiClient *client, const QString &tutorProfileId, SharedLookup lookup,
                                 QObject *parent);
PagedListModel *createEnrollmentsModel(api::ApiClient *client, const QString &tutorProfileId, QObject *parent);
PagedListModel *createScreeningModel(api::ApiClient *client, SharedLookup lookup, QObject *parent);

// The tutor profile of `userId` (GET /v1/tutorprofiles?tutorId=); `done(profile, error)`: an empty
// profile and no error when the user has none.
void findOwnTutorProfile(api::ApiClient *client, const QString &userId, QObject *context,
                         std::function<void(const QJsonObject &profile, const api::ApiError &error)> done);

// All rows of a list in one request (pageRowCount 1000) — for lookups, not for views.
void fetchAll(api::ApiClient *client, const api::ApiRequest &request, QObject *context,
              std::function<void(const QList<QJsonObject> &rows, const api::ApiError &error)> done);

} // namespace tutorhub::models::tutor
