#include "catalogapi.h"

namespace tutorhub::api {

namespace {
constexpr Service kCatalog = Service::TutorCatalog;
constexpr Service kScheduling = Service::CourseScheduling;

QString item(const char *collection, const QString &id)
{
    return QStringLiteral("/v1/%1/%2").arg(QLatin1String(collection), pathSegment(id));
}
QString collection(const char *name)
{
    return QStringLiteral("/v1/") + QLatin1String(name);
}
ApiRequest withQuery(ApiRequest r, const QUrlQuery &query)
{
    r.query = query;
    return r;
}
} // namespace

CatalogApi::CatalogApi(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

ApiReply *CatalogApi::run(const ApiRequest &request, QObject *context, JsonCallback done)
{
    return callJson(m_client, request, context ? context : this, std::move(done));
}

ApiReply *CatalogApi::getTutorProfile(const QString &id, QObject *c, JsonCallback d)
{
    return run(ApiRequest::get(kCatalog, item("tutorprofiles", id)), c, std::move(d));
}
ApiReply *CatalogApi::listTutorProfiles(const QUrlQuery &q, QObject *c, JsonCallback d)
{
    return run(ApiRequest::get(kCatalog, collection("tutorprofiles"), q), c, std::move(d));
}
ApiReply *CatalogApi::updateTutorProfile(const QString &id, const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::patch(kCatalog, item("tutorprofiles", id), f), c, std::move(d));
}
ApiReply *CatalogApi::getCoursePack(const QString &id, QObject *c, JsonCallback d)
{
    return run(ApiRequest::get(kCatalog, item("coursepacks", id)), c, std::move(d));
}
ApiReply *CatalogApi::listCoursePacks(const QUrlQuery &q, QObject *c, JsonCallback d)
{
    return run(ApiRequest::get(kCatalog, collection("coursepacks"), q), c, std::move(d));
}
ApiReply *CatalogApi::createCoursePack(const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::post(kCatalog, collection("coursepacks"), f), c, std::move(d));
}
ApiReply *CatalogApi::updateCoursePack(const QString &id, const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::patch(kCatalog, item("coursepacks", id), f), c, std::move(d));
}
ApiReply *CatalogApi::deleteCoursePack(const QString &id, const QString &reason, QObject *c, JsonCallback d)
{
    ApiRequest r = ApiRequest::del(kCatalog, item("coursepacks", id));
    if (!reason.isEmpty())
        r.body = QJsonObject{{QStringLiteral("removalReason"), reason}};
    return run(r, c, std::move(d));
}
ApiReply *CatalogApi::listCourseMaterials(const QString &packId, QObject *c, JsonCallback d)
{
    QUrlQuery q;
    if (!packId.isEmpty())
        q.addQueryItem(QStringLiteral("coursePackId"), packId);
    q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0"));
    return run(ApiRequest::get(kCatalog, collection("coursematerials"), q), c, std::move(d));
}
ApiReply *CatalogApi::createCourseMaterial(const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::post(kCatalog, collection("coursematerials"), f), c, std::move(d));
}
ApiReply *CatalogApi::updateCourseMaterial(const QString &id, const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::patch(kCatalog, item("coursematerials", id), f), c, std::move(d));
}
ApiReply *CatalogApi::deleteCourseMaterial(const QString &id, QObject *c, JsonCallback d)
{
    return run(ApiRequest::del(kCatalog, item("coursematerials", id)), c, std::move(d));
}
ApiReply *CatalogApi::listCourseCategories(QObject *c, JsonCallback d)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0"));
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("name"));
    ApiRequest r = ApiRequest::get(kCatalog, collection("coursecategories"), q);
    r.attachToken = false; // public route (D26)
    return run(r, c, std::move(d));
}

ApiReply *CatalogApi::listAvailabilities(const QString &tutorProfileId, QObject *c, JsonCallback d)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0"));
    return run(ApiRequest::get(kScheduling, item("listavailabilities", tutorProfileId), q), c, std::move(d));
}
ApiReply *CatalogApi::createAvailability(const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::post(kScheduling, collection("availabilities"), f), c, std::move(d));
}
ApiReply *CatalogApi::updateAvailability(const QString &id, const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::patch(kScheduling, item("availabilities", id), f), c, std::move(d));
}
ApiReply *CatalogApi::deleteAvailability(const QString &id, QObject *c, JsonCallback d)
{
    return run(ApiRequest::del(kScheduling, item("availabilities", id)), c, std::move(d));
}
ApiReply *CatalogApi::listLessonSlots(const QUrlQuery &q, QObject *c, JsonCallback d)
{
    return run(withQuery(ApiRequest::get(kScheduling, collection("lessonslots")), q), c, std::move(d));
}
ApiReply *CatalogApi::createLessonSlot(const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::post(kScheduling, collection("lessonslots"), f), c, std::move(d));
}
ApiReply *CatalogApi::updateLessonSlot(const QString &id, const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::patch(kScheduling, item("lessonslots", id), f), c, std::move(d));
}
ApiReply *CatalogApi::deleteLessonSlot(const QString &id, QObject *c, JsonCallback d)
{
    return run(ApiRequest::del(kScheduling, item("lessonslots", id)), c, std::move(d));
}
ApiReply *CatalogApi::generateLessonSlots(const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::post(kScheduling, collection("generatelessonslots"), f), c, std::move(d));
}
ApiReply *CatalogApi::listPreliminaryMeetings(const QUrlQuery &q, QObject *c, JsonCallback d)
{
    return run(withQuery(ApiRequest::get(kScheduling, collection("preliminarymeetings")), q), c, std::move(d));
}
ApiReply *CatalogApi::createPreliminaryMeeting(const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::post(kScheduling, collection("preliminarymeetings"), f), c, std::move(d));
}
ApiReply *CatalogApi::updatePreliminaryMeeting(const QString &id, const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::patch(kScheduling, item("preliminarymeetings", id), f), c, std::move(d));
}

} // namespace tutorhub::api
