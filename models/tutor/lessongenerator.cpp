#include "lessongenerator.h"

#include "slotplanner.h"
#include "tutorforms.h"
#include "../format.h"

#include "api/contract.h"
#include "api/serverfeatures.h"

#include <QJsonArray>
#include <QPointer>
#include <QUrlQuery>

#include <memory>

namespace tutorhub::models::tutor {

namespace {

using Rows = QList<QJsonObject>;

QList<QJsonObject> rowsOf(const api::JsonAnswer &a)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : a.array())
        out.append(v.toObject());
    return out;
}

api::ApiRequest everyRow(api::Route route, const QStringList &args = {})
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0")); // every row (API.md §1.6)
    return api::ApiRequest::to(route, args, q);
}

struct Job
{
    api::ApiClient *client = nullptr;
    QPointer<QObject> context;
    api::JsonCallback done;
    QJsonObject body;
    QTimeZone zone;
    QString packId, profileId;
    QSet<QString> tutorPacks;
    Rows windows;
    QList<PlannedLesson> plan;
    QList<BusyTime> busy;
    int skipped = 0;
    QJsonArray created;

    void fail(const api::ApiError &e) { done(api::Result<api::JsonAnswer>::failure(e)); }
};
using JobPtr = std::shared_ptr<Job>;

void createNext(const JobPtr &job)
{
    if (!job->context)
        return;
    if (job->created.size() == job->plan.size()) {
        api::JsonAnswer a;
        a.payload = job->created;
        a.httpStatus = 201;
        a.envelope = {{QStringLiteral("status"), QStringLiteral("OK")},
                      {QStringLiteral("lessonSlots"), job->created},
                      {QStringLiteral("createdCount"), int(job->created.size())},
                      {QStringLiteral("skippedCount"), job->skipped}};
        job->done(api::Result<api::JsonAnswer>::success(a));
        return;
    }
    const PlannedLesson &p = job->plan.at(job->created.size());
    const int minutes = job->body.value(QStringLiteral("durationMinutes")).toInt(60);
    QString mode = job->body.value(QStringLiteral("sessionMode")).toString();
    if (mode.isEmpty())
        mode = p.teachingMode == QLatin1String("faceToFace") ? QStringLiteral("faceToFace") : QStringLiteral("online");
    QStringList problems;
    const QJsonObject slot = TutorForms::singleSlotBody(job->packId, p.startUtc, minutes, mode, QDateTime(), &problems);
    api::ApiRequest r = api::ApiRequest::to(api::Route::createLessonSlot, {}, slot);
    r.idempotent = false;
    api::callJson(job->client, r, job->context, [job](const api::Result<api::JsonAnswer> &res) {
        if (!res.ok())
            return job->fail(res.error());
        job->created.append(res.value().object());
        createNext(job);
    });
}

void planAndCreate(const JobPtr &job, const Rows &lessons)
{
    Rows mine;
    for (const QJsonObject &s : lessons) // checked row by row: listLessonSlots declares no filter
        if (job->tutorPacks.contains(Format::str(s, "coursePackId"))
            || Format::str(s, "tutorProfileId") == job->profileId)
            mine.append(s);
    const QDate from = QDate::fromString(job->body.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(job->body.value(QStringLiteral("to")).toString(), Qt::ISODate);
    const int minutes = job->body.value(QStringLiteral("durationMinutes")).toInt(60);
    job->plan = withoutConflicts(plannedLessons(job->windows, from, to, minutes, job->zone), minutes, mine,
                                 QDateTime::currentDateTimeUtc(), &job->skipped, job->busy);
    createNext(job);
}

} // namespace

void generateLessons(api::ApiClient *client, const QJsonObject &body, const QTimeZone &tutorZone, QObject *context,
                     api::JsonCallback done, const QList<BusyTime> &busy)
{
    if (client->serverFeatures().supports(api::Route::generateLessonSlots)) {
        api::ApiRequest r = api::ApiRequest::to(api::Route::generateLessonSlots, {}, body);
        r.idempotent = false;
        api::callJson(client, r, context, std::move(done));
        return;
    }
    auto job = std::make_shared<Job>();
    job->client = client;
    job->context = context;
    job->done = std::move(done);
    job->body = body;
    job->zone = tutorZone;
    job->busy = busy;
    job->packId = body.value(QStringLiteral("coursePackId")).toString();
    // The pack's tutor, the tutor's packs and windows, every lesson (to skip what overlaps), then the plan.
    api::callJson(client, api::ApiRequest::to(api::Route::getCoursePack, {job->packId}), context,
                  [job](const api::Result<api::JsonAnswer> &p) {
                      if (!p.ok())
                          return job->fail(p.error());
                      job->profileId = Format::str(p.value().object(), "tutorProfileId");
                      api::callJson(job->client, everyRow(api::Route::listCoursePacks), job->context,
                                    [job](const api::Result<api::JsonAnswer> &packs) {
                                        if (!packs.ok())
                                            return job->fail(packs.error());
                                        for (const QJsonObject &o : rowsOf(packs.value()))
                                            if (Format::str(o, "tutorProfileId") == job->profileId)
                                                job->tutorPacks.insert(Format::str(o, "id"));
                                        job->tutorPacks.insert(job->packId);
                                        api::callJson(
                                            job->client, everyRow(api::Route::listAvailabilities, {job->profileId}),
                                            job->context, [job](const api::Result<api::JsonAnswer> &w) {
                                                if (!w.ok())
                                                    return job->fail(w.error());
                                                for (const QJsonObject &o : rowsOf(w.value()))
                                                    if (Format::str(o, "tutorProfileId").isEmpty()
                                                        || Format::str(o, "tutorProfileId") == job->profileId)
                                                        job->windows.append(o);
                                                api::callJson(job->client, everyRow(api::Route::listLessonSlots),
                                                              job->context,
                                                              [job](const api::Result<api::JsonAnswer> &s) {
                                                                  if (!s.ok())
                                                                      return job->fail(s.error());
                                                                  planAndCreate(job, rowsOf(s.value()));
                                                              });
                                            });
                                    });
                  });
}

} // namespace tutorhub::models::tutor
