#include "catalogapi.h"

#include "contract.h"

namespace tutorhub::api {

CatalogApi::CatalogApi(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) { }

ApiReply *CatalogApi::run(const ApiRequest &request, QObject *context, JsonCallback done)
{
    return callJson(m_client, request, context ? context : this, std::move(done));
}

ApiReply *CatalogApi::getTutorProfile(const QString &id, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::getTutorProfile, {id}), c, std::move(d));
}
ApiReply *CatalogApi::listTutorProfiles(const QUrlQuery &q, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::listTutorProfiles, {}, q), c, std::move(d));
}
ApiReply *CatalogApi::updateTutorProfile(const QString &id, const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::updateTutorProfile, {id}, f), c, std::move(d));
}
ApiReply *CatalogApi::getCoursePack(const QString &id, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::getCoursePack, {id}), c, std::move(d));
}
ApiReply *CatalogApi::listCoursePacks(const QUrlQuery &q, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::listCoursePacks, {}, q), c, std::move(d));
}
ApiReply *CatalogApi::createCoursePack(const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::createCoursePack, {}, f), c, std::move(d));
}
ApiReply *CatalogApi::updateCoursePack(const QString &id, const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::updateCoursePack, {id}, f), c, std::move(d));
}
ApiReply *CatalogApi::deleteCoursePack(const QString &id, const QString &reason, QObject *c, JsonCallback d)
{
    ApiRequest r = ApiRequest::to(Route::deleteCoursePack, {id});
    if (!reason.isEmpty())
        r.body = QJsonObject {{QStringLiteral("removalReason"), reason}};
    return run(r, c, std::move(d));
}
ApiReply *CatalogApi::listCourseMaterials(const QString &packId, QObject *c, JsonCallback d)
{
    QUrlQuery q;
    if (!packId.isEmpty())
        q.addQueryItem(QStringLiteral("coursePackId"), packId);
    q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0"));
    return run(ApiRequest::to(Route::listCourseMaterials, {}, q), c, std::move(d));
}
ApiReply *CatalogApi::createCourseMaterial(const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::createCourseMaterial, {}, f), c, std::move(d));
}
ApiReply *CatalogApi::updateCourseMaterial(const QString &id, const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::updateCourseMaterial, {id}, f), c, std::move(d));
}
ApiReply *CatalogApi::deleteCourseMaterial(const QString &id, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::deleteCourseMaterial, {id}), c, std::move(d));
}
ApiReply *CatalogApi::listCourseCategories(QObject *c, JsonCallback d)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0"));
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("name"));
    ApiRequest r = ApiRequest::to(Route::listCourseCategories, {}, q);
    r.attachToken = false; // public route (D26)
    return run(r, c, std::move(d));
}

ApiReply *CatalogApi::listAvailabilities(const QString &tutorProfileId, QObject *c, JsonCallback d)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0"));
    return run(ApiRequest::to(Route::listAvailabilities, {tutorProfileId}, q), c, std::move(d));
}
ApiReply *CatalogApi::createAvailability(const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::createAvailability, {}, f), c, std::move(d));
}
ApiReply *CatalogApi::updateAvailability(const QString &id, const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::updateAvailability, {id}, f), c, std::move(d));
}
ApiReply *CatalogApi::deleteAvailability(const QString &id, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::deleteAvailability, {id}), c, std::move(d));
}
ApiReply *CatalogApi::listLessonSlots(const QUrlQuery &q, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::listLessonSlots, {}, q), c, std::move(d));
}
ApiReply *CatalogApi::createLessonSlot(const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::createLessonSlot, {}, f), c, std::move(d));
}
ApiReply *CatalogApi::updateLessonSlot(const QString &id, const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::updateLessonSlot, {id}, f), c, std::move(d));
}
ApiReply *CatalogApi::deleteLessonSlot(const QString &id, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::deleteLessonSlot, {id}), c, std::move(d));
}
ApiReply *CatalogApi::generateLessonSlots(const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::generateLessonSlots, {}, f), c, std::move(d));
}
ApiReply *CatalogApi::listPreliminaryMeetings(const QUrlQuery &q, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::listPreliminaryMeetings, {}, q), c, std::move(d));
}
ApiReply *CatalogApi::createPreliminaryMeeting(const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::createPreliminaryMeeting, {}, f), c, std::move(d));
}
ApiReply *CatalogApi::updatePreliminaryMeeting(const QString &id, const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::updatePreliminaryMeeting, {id}, f), c, std::move(d));
}
ApiReply *CatalogApi::listScreeningProposals(const QString &id, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::listScreeningProposals, {id}), c, std::move(d));
}
ApiReply *CatalogApi::proposeScreeningTimes(const QString &id, const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::proposeScreeningTimes, {id}, f), c, std::move(d));
}
ApiReply *CatalogApi::acceptScreeningProposal(const QString &id, const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::acceptScreeningProposal, {id}, f), c, std::move(d));
}

} // namespace tutorhub::api
