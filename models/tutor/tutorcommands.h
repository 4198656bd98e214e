// The tutor workspace's requests, typed (issue 17 item 1, decision K20): the only place on the tutor side that
// names a route or builds an API facade. View-models (models/tutor/*viewmodel.h) and the workspace's dialogs call
// these commands; each answers as data (an Outcome: the payload, the envelope's extra keys, or the failure as a
// sentence the user can act on), so ui/ never sees a request, a reply or a route.
#pragma once

#include "busytimes.h"
#include "busytimestore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace tutorhub::api {
class ApiClient;
} // namespace tutorhub::api

namespace tutorhub::models::tutor {

// The answer of one command.
struct Outcome
{
    QJsonObject object; // the payload when it is an object
    QJsonArray array; // the payload when it is a list
    QJsonObject envelope; // extra keys (createdCount, skippedCount, ...)
    QString error; // why it failed, a sentence; empty on success
    QString errorCode; // the server's error code name (errMsg_…), for sentences a view-model words itself
    bool canceled = false; // stopped by the user (an aborted upload): nothing to show
    bool ok() const { return error.isEmpty() && !canceled; }
};
using OutcomeFn = std::function<void(const Outcome &)>;
// All rows of a list (one request, for lookups) or the failure as a sentence.
using RowsFn = std::function<void(const QList<QJsonObject> &rows, const QString &error)>;

class TutorCommands : public QObject
{
    Q_OBJECT

public:
    explicit TutorCommands(api::ApiClient *client, QObject *parent = nullptr);
    // For the models and stores built over the same client (lists, busy times); never for a request of its own.
    api::ApiClient *client() const { return m_client; }

    // Where the tutor's busy times are kept (the server's extension, else `dataDirectory`; U4).
    BusyTimeStore busyTimeStore(const QString &dataDirectory, const QString &tutorProfileId) const
    {
        return BusyTimeStore(m_client, dataDirectory, tutorProfileId);
    }

    // --- what the server offers (extensions, C68 / U20; true until the server was asked) ------------------
    bool offersMaterialUploads() const;
    bool offersAvatarUploads() const;
    bool offersScreeningProposals() const; // the list of a meeting's proposals
    bool offersProposingTimes() const;

    // --- profile and application -------------------------------------------------------------------------
    // The tutor profile of `userId`; an empty profile and no error when the user has none.
    void findProfile(const QString &userId, QObject *context,
                     std::function<void(const QJsonObject &profile, const QString &error)> done);
    void updateProfile(const QString &tutorProfileId, const QJsonObject &fields, QObject *context, OutcomeFn done);
    // The uploaded file record (`url`) in Outcome::object.
    void uploadAvatar(const QString &fileName, const QByteArray &mimeType, const QByteArray &data, QObject *context,
                      OutcomeFn done);
    void applyAsTutor(const QString &userId, const QJsonObject &body, QObject *context, OutcomeFn done);

    // --- course packs and materials ------------------------------------------------------------------------
    void courseCategories(QObject *context, OutcomeFn done);
    void createPack(const QJsonObject &body, QObject *context, OutcomeFn done);
    void updatePack(const QString &id, const QJsonObject &fields, QObject *context, OutcomeFn done);
    void deletePack(const QString &id, QObject *context, OutcomeFn done);
    void createMaterial(const QJsonObject &body, QObject *context, OutcomeFn done);
    void updateMaterial(const QString &id, const QJsonObject &fields, QObject *context, OutcomeFn done);
    void deleteMaterial(const QString &id, QObject *context, OutcomeFn done);
    // Uploads a material's file (extension, C57); `progress` gets percents. Returns what stops the upload (then
    // `done` gets a canceled Outcome).
    std::function<void()> uploadMaterialFile(const QString &coursePackId, const QString &fileName,
                                             const QByteArray &mimeType, const QByteArray &data, QObject *context,
                                             OutcomeFn done, std::function<void(int percent)> progress);

    // --- availability ----------------------------------------------------------------------------------
    void availabilitiesOf(const QString &tutorProfileId, QObject *context, RowsFn done);
    void createAvailability(const QJsonObject &body, QObject *context, OutcomeFn done);
    void updateAvailability(const QString &id, const QJsonObject &fields, QObject *context, OutcomeFn done);
    void deleteAvailability(const QString &id, QObject *context, OutcomeFn done);

    // --- lessons ---------------------------------------------------------------------------------------
    void packsOf(const QString &tutorProfileId, QObject *context, RowsFn done);
    // The tutor's enrollments; `oldestFirst` sorts them by createdAt.
    void enrollmentsOf(const QString &tutorProfileId, bool oldestFirst, QObject *context, RowsFn done);
    // Lessons of the packs starting from `fromUtc`, by start (the export).
    void slotsOfPacks(const QStringList &coursePackIds, const QDateTime &fromUtc, QObject *context, RowsFn done);
    void createSlot(const QJsonObject &body, QObject *context, OutcomeFn done);
    void updateSlot(const QString &id, const QJsonObject &fields, QObject *context, OutcomeFn done);
    void deleteSlot(const QString &id, QObject *context, OutcomeFn done);
    // Generates lessons (lessongenerator.h): the server's generateLessonSlots when it offers it (it skips the busy
    // times it keeps), else the client's plan (C52), which skips the busy times kept in `dataDirectory` (U5).
    void generateSlots(const QJsonObject &body, const QTimeZone &tutorZone, const QString &dataDirectory,
                       const QString &tutorProfileId, QObject *context, OutcomeFn done);
    // A user's public name (brief user, D23); an empty name on failure.
    void userName(const QString &userId, QObject *context, std::function<void(const QString &name)> done);

    // --- screening -------------------------------------------------------------------------------------
    void updateMeeting(const QString &id, const QJsonObject &fields, QObject *context, OutcomeFn done);
    void proposeScreeningTimes(const QString &meetingId, const QJsonObject &body, QObject *context, OutcomeFn done);
    void acceptScreeningProposal(const QString &proposalId, const QJsonObject &body, QObject *context, OutcomeFn done);
    // The open proposals of a meeting (extension U20) in Outcome::array.
    void screeningProposals(const QString &meetingId, QObject *context, OutcomeFn done);

private:
    api::ApiClient *m_client;
};

} // namespace tutorhub::models::tutor
