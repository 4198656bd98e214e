#include "tutorcommands.h"

#include "busytimestore.h"
#include "lessongenerator.h"
#include "tutorlists.h"

#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/contract.h"
#include "api/jsonapi.h"
#include "models/format.h"

#include <QPointer>
#include <QUrlQuery>

namespace tutorhub::models::tutor {

using api::ApiRequest;
using api::Route;

namespace {

Outcome outcomeOf(const api::Result<api::JsonAnswer> &r)
{
    Outcome o;
    if (!r.ok()) {
        o.canceled = r.error().kind == api::ApiError::Kind::Canceled;
        if (!o.canceled)
            o.error = r.error().userMessage();
        o.errorCode = r.error().codeName();
        return o;
    }
    o.object = r.value().object();
    o.array = r.value().array();
    o.envelope = r.value().envelope;
    return o;
}

api::JsonCallback answer(OutcomeFn done)
{
    return [done = std::move(done)](const api::Result<api::JsonAnswer> &r) { done(outcomeOf(r)); };
}

ApiRequest request(Route route, const QStringList &pathArgs, const QJsonObject &body = {})
{
    return body.isEmpty() ? ApiRequest::to(route, pathArgs) : ApiRequest::to(route, pathArgs, body);
}

// The lesson and screening changes may be retried when they are not a POST (a PATCH states the end result).
ApiRequest retried(Route route, const QStringList &pathArgs, const QJsonObject &body = {})
{
    ApiRequest r = request(route, pathArgs, body);
    r.idempotent = r.method != "POST";
    return r;
}

void fetchRows(api::ApiClient *client, const ApiRequest &r, QObject *context, RowsFn done)
{
    fetchAll(client, r, context, [done = std::move(done)](const QList<QJsonObject> &list, const api::ApiError &e) {
        done(list, e.isNone() ? QString() : e.userMessage());
    });
}

} // namespace

TutorCommands::TutorCommands(api::ApiClient *client, QObject *parent) : QObject(parent), m_client(client) { }

bool TutorCommands::offersMaterialUploads() const
{
    return m_client && m_client->serverFeatures().supportsOrNotAsked(Route::uploadCourseMaterialFile);
}

bool TutorCommands::offersAvatarUploads() const
{
    return m_client && m_client->serverFeatures().supportsOrNotAsked(Route::uploadUserAvatarsFile);
}

bool TutorCommands::offersScreeningProposals() const
{
    return m_client && m_client->serverFeatures().supportsOrNotAsked(Route::listScreeningProposals);
}

bool TutorCommands::offersProposingTimes() const
{
    return m_client && m_client->serverFeatures().supportsOrNotAsked(Route::proposeScreeningTimes);
}

// --- profile and application ---------------------------------------------------------------------------

void TutorCommands::findProfile(const QString &userId, QObject *context,
                                std::function<void(const QJsonObject &, const QString &)> done)
{
    findOwnTutorProfile(m_client, userId, context, [done](const QJsonObject &profile, const api::ApiError &e) {
        done(profile, e.isNone() ? QString() : e.userMessage());
    });
}

void TutorCommands::updateProfile(const QString &id, const QJsonObject &fields, QObject *context, OutcomeFn done)
{
    api::callJson(m_client, request(Route::updateTutorProfile, {id}, fields), context, answer(std::move(done)));
}

void TutorCommands::uploadAvatar(const QString &fileName, const QByteArray &mimeType, const QByteArray &data,
                                 QObject *context, OutcomeFn done)
{
    auto *auth = new api::AuthApi(m_client, this);
    auth->uploadAvatar(fileName, mimeType, data, context, [auth, done](const api::Result<QJsonObject> &r) {
        auth->deleteLater();
        Outcome o;
        if (r.ok())
            o.object = r.value();
        else
            o.error = r.error().userMessage(), o.errorCode = r.error().codeName();
        done(o);
    });
}

void TutorCommands::applyAsTutor(const QString &userId, const QJsonObject &body, QObject *context, OutcomeFn done)
{
    auto *auth = new api::AuthApi(m_client, this);
    auth->applyAsTutor(userId, body, context, [auth, done](const api::Result<api::User> &r) {
        auth->deleteLater();
        Outcome o;
        if (!r.ok())
            o.error = r.error().userMessage(), o.errorCode = r.error().codeName();
        done(o);
    });
}

// --- course packs and materials --------------------------------------------------------------------------

void TutorCommands::courseCategories(QObject *context, OutcomeFn done)
{
    api::callJson(m_client, ApiRequest::to(Route::listCourseCategories), context, answer(std::move(done)));
}

void TutorCommands::createPack(const QJsonObject &body, QObject *context, OutcomeFn done)
{
    api::callJson(m_client, request(Route::createCoursePack, {}, body), context, answer(std::move(done)));
}

void TutorCommands::updatePack(const QString &id, const QJsonObject &fields, QObject *context, OutcomeFn done)
{
    api::callJson(m_client, request(Route::updateCoursePack, {id}, fields), context, answer(std::move(done)));
}

void TutorCommands::deletePack(const QString &id, QObject *context, OutcomeFn done)
{
    api::callJson(m_client, request(Route::deleteCoursePack, {id}), context, answer(std::move(done)));
}

void TutorCommands::createMaterial(const QJsonObject &body, QObject *context, OutcomeFn done)
{
    api::callJson(m_client, request(Route::createCourseMaterial, {}, body), context, answer(std::move(done)));
}

void TutorCommands::updateMaterial(const QString &id, const QJsonObject &fields, QObject *context, OutcomeFn done)
{
    api::callJson(m_client, request(Route::updateCourseMaterial, {id}, fields), context, answer(std::move(done)));
}

void TutorCommands::deleteMaterial(const QString &id, QObject *context, OutcomeFn done)
{
    api::callJson(m_client, request(Route::deleteCourseMaterial, {id}), context, answer(std::move(done)));
}

std::function<void()> TutorCommands::uploadMaterialFile(const QString &coursePackId, const QString &fileName,
                                                        const QByteArray &mimeType, const QByteArray &data,
                                                        QObject *context, OutcomeFn done,
                                                        std::function<void(int)> progress)
{
    ApiRequest r = ApiRequest::to(Route::uploadCourseMaterialFile);
    r.query.addQueryItem(QStringLiteral("coursePackId"), coursePackId);
    r.query.addQueryItem(QStringLiteral("fileName"), fileName);
    r.rawBody = data;
    r.rawContentType = mimeType;
    r.timeoutMs = 300000;
    QPointer<api::ApiReply> reply = api::callJson(m_client, r, context, answer(std::move(done)));
    if (reply && progress)
        connect(reply, &api::ApiReply::uploadProgress, context, [progress](qint64 sent, qint64 total) {
            if (total > 0)
                progress(int(sent * 100 / total));
        });
    return [reply] {
        if (reply)
            reply->abort();
    };
}

// --- availability ----------------------------------------------------------------------------------------

void TutorCommands::availabilitiesOf(const QString &tutorProfileId, QObject *context, RowsFn done)
{
    fetchRows(m_client, ApiRequest::to(Route::listAvailabilities, {tutorProfileId}), context, std::move(done));
}

void TutorCommands::createAvailability(const QJsonObject &body, QObject *context, OutcomeFn done)
{
    api::callJson(m_client, request(Route::createAvailability, {}, body), context, answer(std::move(done)));
}

void TutorCommands::updateAvailability(const QString &id, const QJsonObject &fields, QObject *context, OutcomeFn done)
{
    api::callJson(m_client, request(Route::updateAvailability, {id}, fields), context, answer(std::move(done)));
}

void TutorCommands::deleteAvailability(const QString &id, QObject *context, OutcomeFn done)
{
    api::callJson(m_client, request(Route::deleteAvailability, {id}), context, answer(std::move(done)));
}

// --- lessons ---------------------------------------------------------------------------------------------

void TutorCommands::packsOf(const QString &tutorProfileId, QObject *context, RowsFn done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("tutorProfileId"), tutorProfileId);
    fetchRows(m_client, ApiRequest::to(Route::listCoursePacks, {}, q), context, std::move(done));
}

void TutorCommands::enrollmentsOf(const QString &tutorProfileId, bool oldestFirst, QObject *context, RowsFn done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("tutorProfileId"), tutorProfileId);
    if (oldestFirst)
        q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("createdAt"));
    fetchRows(m_client, ApiRequest::to(Route::listEnrollments, {}, q), context, std::move(done));
}

void TutorCommands::slotsOfPacks(const QStringList &coursePackIds, const QDateTime &fromUtc, QObject *context,
                                 RowsFn done)
{
    QUrlQuery q;
    for (const QString &id : coursePackIds)
        q.addQueryItem(QStringLiteral("coursePackId"), id);
    q.addQueryItem(QStringLiteral("from"), Format::toIsoUtc(fromUtc));
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("startsAt"));
    fetchRows(m_client, ApiRequest::to(Route::listLessonSlots, {}, q), context, std::move(done));
}

void TutorCommands::createSlot(const QJsonObject &body, QObject *context, OutcomeFn done)
{
    api::callJson(m_client, retried(Route::createLessonSlot, {}, body), context, answer(std::move(done)));
}

void TutorCommands::updateSlot(const QString &id, const QJsonObject &fields, QObject *context, OutcomeFn done)
{
    api::callJson(m_client, retried(Route::updateLessonSlot, {id}, fields), context, answer(std::move(done)));
}

void TutorCommands::deleteSlot(const QString &id, QObject *context, OutcomeFn done)
{
    api::callJson(m_client, request(Route::deleteLessonSlot, {id}), context, answer(std::move(done)));
}

void TutorCommands::generateSlots(const QJsonObject &body, const QTimeZone &tutorZone, const QString &dataDirectory,
                                  const QString &tutorProfileId, QObject *context, OutcomeFn done)
{
    QList<BusyTime> busy;
    const BusyTimeStore store(m_client, dataDirectory, tutorProfileId);
    if (!store.onServer() && !dataDirectory.isEmpty()) {
        QString error;
        store.load(context, [&](const QList<BusyTime> &list, const QString &e) { busy = list, error = e; });
        if (!error.isEmpty()) {
            Outcome o;
            o.error = error;
            done(o);
            return;
        }
    }
    generateLessons(m_client, body, tutorZone, context, answer(std::move(done)), busy);
}

void TutorCommands::userName(const QString &userId, QObject *context, std::function<void(const QString &)> done)
{
    api::callJson(m_client, ApiRequest::to(Route::getBriefUser, {userId}), context,
                  [done](const api::Result<api::JsonAnswer> &r) {
                      done(r.ok() ? Format::str(r.value().object(), "fullname") : QString());
                  });
}

// --- screening -------------------------------------------------------------------------------------------

void TutorCommands::updateMeeting(const QString &id, const QJsonObject &fields, QObject *context, OutcomeFn done)
{
    api::callJson(m_client, retried(Route::updatePreliminaryMeeting, {id}, fields), context, answer(std::move(done)));
}

void TutorCommands::proposeScreeningTimes(const QString &meetingId, const QJsonObject &body, QObject *context,
                                          OutcomeFn done)
{
    api::callJson(m_client, retried(Route::proposeScreeningTimes, {meetingId}, body), context, answer(std::move(done)));
}

void TutorCommands::acceptScreeningProposal(const QString &proposalId, const QJsonObject &body, QObject *context,
                                            OutcomeFn done)
{
    api::callJson(m_client, retried(Route::acceptScreeningProposal, {proposalId}, body), context,
                  answer(std::move(done)));
}

void TutorCommands::screeningProposals(const QString &meetingId, QObject *context, OutcomeFn done)
{
    api::callJson(m_client, ApiRequest::to(Route::listScreeningProposals, {meetingId}), context,
                  answer(std::move(done)));
}

} // namespace tutorhub::models::tutor
