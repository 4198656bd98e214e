#include "calendarloader.h"

#include "api/apiclient.h"
#include "api/contract.h"
#include "api/jsonapi.h"
#include "models/format.h"
#include "models/student/studentlists.h"
#include "models/tutor/availabilityweek.h"
#include "models/tutor/busytimestore.h"
#include "models/tutor/tutorlists.h"

#include <QJsonArray>
#include <QPointer>
#include <QUrlQuery>

#include <memory>

namespace tutorhub::models::calendar {

// One load: requests run side by side; `done` is called once, when the last one answered.
struct ApiCalendarLoader::Job
{
    QDateTime from, to;
    QPointer<QObject> context;
    Done done;
    QList<CalendarEvent> events;
    QString error;
    int pending = 0;

    void begin() { ++pending; }
    void end()
    {
        if (--pending > 0)
            return;
        if (context && done)
            done(events, error);
        done = nullptr;
    }
    void fail(const QString &sentence)
    {
        if (error.isEmpty())
            error = sentence;
    }
    bool overlaps(const CalendarEvent &e) const { return e.startUtc < to && e.endUtc > from; }
    void add(const CalendarEvent &e)
    {
        if (overlaps(e))
            events << e;
    }
};

ApiCalendarLoader::ApiCalendarLoader(api::ApiClient *client, Viewer viewer, const QString &userId,
                                     const QString &dataDirectory, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_viewer(viewer),
      m_userId(userId),
      m_dataDirectory(dataDirectory)
{ }

void ApiCalendarLoader::invalidate()
{
    m_studentRead = false;
    m_studentLessons.clear();
    m_tutorRead = false;
    m_packTitles.clear();
    m_studentBySlot.clear();
}

bool ApiCalendarLoader::lessonOf(const QJsonObject &slot, const QString &title, const QString &withWhom,
                                 CalendarEvent *out)
{
    const QString status = Format::str(slot, "status");
    if (status != QLatin1String("booked") && status != QLatin1String("completed")
        && status != QLatin1String("canceled"))
        return false;
    const QDateTime start = Format::slotStart(slot);
    if (!start.isValid())
        return false;
    CalendarEvent e;
    e.kind = CalendarEvent::Lesson;
    e.id = Format::str(slot, "id");
    e.startUtc = start;
    e.endUtc = Format::slotEnd(slot).isValid() && Format::slotEnd(slot) > start ? Format::slotEnd(slot)
                                                                                : start.addSecs(3600);
    e.title = title;
    e.withWhom = withWhom;
    e.status = status;
    *out = e;
    return true;
}

bool ApiCalendarLoader::screeningOf(const QJsonObject &meeting, const QString &title, const QString &withWhom,
                                    CalendarEvent *out)
{
    const QDateTime at = Format::when(meeting, "scheduledDatetime");
    if (Format::str(meeting, "tutorDecision") != QLatin1String("approved") || !at.isValid())
        return false;
    CalendarEvent e;
    e.kind = CalendarEvent::Screening;
    e.id = Format::str(meeting, "id");
    e.startUtc = at;
    e.endUtc = at.addSecs(60LL * ScreeningMinutes);
    e.title = title;
    e.withWhom = withWhom;
    e.status = QStringLiteral("approved");
    *out = e;
    return true;
}

void ApiCalendarLoader::load(const QDateTime &fromUtc, const QDateTime &toUtc, QObject *context, Done done)
{
    auto job = std::make_shared<Job>();
    job->from = fromUtc;
    job->to = toUtc;
    job->context = context;
    job->done = std::move(done);
    job->begin(); // held until every request of this load has been sent
    if (m_viewer == Viewer::Student)
        loadStudent(job);
    else
        loadTutor(job);
    job->end();
}

void ApiCalendarLoader::loadStudent(const std::shared_ptr<Job> &job)
{
    meetings(job);
    if (m_studentRead) {
        for (const CalendarEvent &e : m_studentLessons)
            job->add(e);
        return;
    }
    job->begin();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageRowCount"), QStringLiteral("1000"));
    api::callJson(m_client, api::ApiRequest::to(api::Route::listEnrollments, {}, q), this,
                  [this, job](const api::Result<api::JsonAnswer> &result) {
                      if (!result.ok()) {
                          job->fail(result.error().userMessage());
                          job->end();
                          return;
                      }
                      auto lessons = std::make_shared<QList<CalendarEvent>>();
                      auto waiting = std::make_shared<int>(1);
                      auto failed = std::make_shared<bool>(false);
                      auto settle = [this, job, lessons, waiting, failed] {
                          if (--*waiting > 0)
                              return;
                          if (!*failed) { // a complete read is kept for the next ranges
                              m_studentLessons = *lessons;
                              m_studentRead = true;
                          }
                          for (const CalendarEvent &e : *lessons)
                              job->add(e);
                          job->end();
                      };
                      for (const QJsonValue &v : result.value().array()) {
                          const QJsonObject e = v.toObject();
                          if (Format::str(e, "studentId") != m_userId
                              || Format::str(e, "enrollmentStatus") == QLatin1String("canceled"))
                              continue; // canceled: its lessons are free again (or were refunded)
                          const QString enrollmentId = Format::str(e, "id");
                          const QString title = student::packTitleOf(e);
                          const QString tutor = student::tutorNameOf(e);
                          for (const QJsonValue &slotId : e.value(QLatin1String("lessonSlotIds")).toArray()) {
                              ++*waiting;
                              api::callJson(m_client,
                                            api::ApiRequest::to(api::Route::getLessonSlot, {slotId.toString()}), this,
                                            [this, job, lessons, failed, settle, enrollmentId, title,
                                             tutor](const api::Result<api::JsonAnswer> &slot) {
                                                if (slot.ok()) {
                                                    const QJsonObject s = slot.value().object();
                                                    const QString holder = Format::str(s, "studentId");
                                                    CalendarEvent event;
                                                    if ((holder.isEmpty() || holder == m_userId)
                                                        && lessonOf(s, title, tutor, &event)) {
                                                        event.enrollmentId = enrollmentId;
                                                        *lessons << event;
                                                    }
                                                } else if (slot.error().httpStatus != 404) {
                                                    *failed = true;
                                                    job->fail(slot.error().userMessage());
                                                }
                                                settle();
                                            });
                          }
                      }
                      settle();
                  });
}

void ApiCalendarLoader::meetings(const std::shared_ptr<Job> &job)
{
    job->begin();
    tutor::fetchAll(m_client, api::ApiRequest::to(api::Route::listPreliminaryMeetings), this,
                    [this, job](const QList<QJsonObject> &rows, const api::ApiError &error) {
                        if (!error.isNone())
                            job->fail(error.userMessage());
                        for (const QJsonObject &m : rows) {
                            const QString packId = Format::str(m, "coursePackId");
                            if (m_viewer == Viewer::Tutor && !m_packTitles.contains(packId))
                                continue; // not one of the tutor's packs (an admin's list, a student's own request)
                            QString title = Format::str(Format::join(m, "coursePack"), "title");
                            if (title.isEmpty())
                                title = m_packTitles.value(packId);
                            const QString who = m_viewer == Viewer::Tutor
                                                    ? Format::str(Format::join(m, "student"), "fullname")
                                                    : Format::str(Format::join(m, "tutorUser"), "fullname");
                            CalendarEvent e;
                            if (!screeningOf(m, title, who, &e) || !job->overlaps(e))
                                continue;
                            if (!title.isEmpty() || packId.isEmpty()) {
                                job->add(e);
                                continue;
                            }
                            // The documented list carries ids only: the pack's title from the public pack.
                            job->begin();
                            api::callJson(m_client, api::ApiRequest::to(api::Route::getCoursePack, {packId}), this,
                                          [job, e](const api::Result<api::JsonAnswer> &pack) mutable {
                                              if (pack.ok())
                                                  e.title = Format::str(pack.value().object(), "title");
                                              job->add(e);
                                              job->end();
                                          });
                        }
                        job->end();
                    });
}

void ApiCalendarLoader::loadTutor(const std::shared_ptr<Job> &job)
{
    if (m_tutorRead) {
        tutorRange(job);
        return;
    }
    job->begin();
    tutor::findOwnTutorProfile(
        m_client, m_userId, this, [this, job](const QJsonObject &profile, const api::ApiError &error) {
            if (!error.isNone() || profile.isEmpty()) {
                job->fail(error.isNone() ? tr("You have no tutor profile yet, so there are no lessons to show.")
                                         : error.userMessage());
                job->end();
                return;
            }
            const QString profileId = Format::str(profile, "id");
            QUrlQuery pq;
            pq.addQueryItem(QStringLiteral("tutorProfileId"), profileId);
            tutor::fetchAll(m_client, api::ApiRequest::to(api::Route::listCoursePacks, {}, pq), this,
                            [this, job, profileId](const QList<QJsonObject> &packs, const api::ApiError &error) {
                                if (!error.isNone()) {
                                    job->fail(error.userMessage());
                                    job->end();
                                    return;
                                }
                                QUrlQuery eq;
                                eq.addQueryItem(QStringLiteral("tutorProfileId"), profileId);
                                tutor::fetchAll(m_client, api::ApiRequest::to(api::Route::listEnrollments, {}, eq),
                                                this,
                                                [this, job, profileId, packs](const QList<QJsonObject> &enrollments,
                                                                              const api::ApiError &error) {
                                                    if (!error.isNone()) {
                                                        job->fail(error.userMessage());
                                                        job->end();
                                                        return;
                                                    }
                                                    tutor::LessonLookup lookup;
                                                    lookup.addPacks(packs);
                                                    lookup.addEnrollments(enrollments);
                                                    m_profileId = profileId;
                                                    m_packTitles = lookup.packTitles;
                                                    m_studentBySlot = lookup.studentBySlot;
                                                    m_tutorRead = true;
                                                    tutorRange(job);
                                                    job->end();
                                                });
                            });
        });
}

// One page of the tutor's slots (1000 rows); the next page while there is one: a server that ignores the filters
// (the documented contract) answers with every slot it lets the tutor see.
void ApiCalendarLoader::slotPage(const std::shared_ptr<Job> &job, const QUrlQuery &query, int page)
{
    QUrlQuery q = query;
    q.addQueryItem(QStringLiteral("pageNumber"), QString::number(page));
    q.addQueryItem(QStringLiteral("pageRowCount"), QStringLiteral("1000"));
    api::callJson(m_client, api::ApiRequest::to(api::Route::listLessonSlots, {}, q), this,
                  [this, job, query, page](const api::Result<api::JsonAnswer> &result) {
                      if (!result.ok()) {
                          job->fail(result.error().userMessage());
                          job->end();
                          return;
                      }
                      for (const QJsonValue &v : result.value().array()) {
                          const QJsonObject s = v.toObject();
                          const QString own = Format::str(s, "tutorProfileId");
                          if (own.isEmpty() ? !m_packTitles.contains(Format::str(s, "coursePackId"))
                                            : own.compare(m_profileId, Qt::CaseInsensitive) != 0)
                              continue;
                          CalendarEvent e;
                          const QString student = Format::str(s, "studentId").isEmpty()
                                                      ? QString()
                                                      : m_studentBySlot.value(Format::str(s, "id"));
                          if (lessonOf(s, m_packTitles.value(Format::str(s, "coursePackId")), student, &e))
                              job->add(e);
                      }
                      const api::Paging paging = result.value().paging();
                      if (page < paging.pageCount && page < 100) {
                          slotPage(job, query, page + 1);
                          return;
                      }
                      job->end();
                  });
}

void ApiCalendarLoader::tutorRange(const std::shared_ptr<Job> &job)
{
    meetings(job);
    // Lessons: the server's filters select by start, so a lesson that began the day before and runs into the
    // range is asked for too (lessons are shorter than a day); rows are checked here whatever the server did.
    job->begin();
    // The filters are our server's (undeclaredFilters, C44): sent only to a server that names them.
    QUrlQuery q;
    if (m_client->serverFeatures().undeclaredFilters()) {
        q.addQueryItem(QStringLiteral("tutorProfileId"), m_profileId);
        q.addQueryItem(QStringLiteral("from"), Format::toIsoUtc(job->from.addDays(-1)));
        q.addQueryItem(QStringLiteral("to"), Format::toIsoUtc(job->to));
    }
    slotPage(job, q, 1);
    // Busy times, wherever they are kept.
    job->begin();
    tutor::BusyTimeStore(m_client, m_dataDirectory, m_profileId)
        .load(this, [job](const QList<tutor::BusyTime> &busy, const QString &error) {
            if (!error.isEmpty())
                job->fail(error);
            for (const tutor::BusyTime &b : busy) {
                CalendarEvent e;
                e.kind = CalendarEvent::Busy;
                e.id = b.id.isEmpty() ? b.sourceUid : b.id;
                e.startUtc = b.startUtc;
                e.endUtc = b.endUtc;
                e.title = b.title;
                job->add(e);
            }
            job->end();
        });
    // Availability windows, laid out week by week of the display zone.
    job->begin();
    tutor::fetchAll(
        m_client, api::ApiRequest::to(api::Route::listAvailabilities, {m_profileId}), this,
        [job](const QList<QJsonObject> &windows, const api::ApiError &error) {
            if (!error.isNone())
                job->fail(error.userMessage());
            const QTimeZone zone = Format::displayZone();
            const QDate first = job->from.toTimeZone(zone).date();
            const QDate last = job->to.toTimeZone(zone).date();
            for (QDate monday = first.addDays(1 - first.dayOfWeek()); monday <= last; monday = monday.addDays(7))
                for (const tutor::AvailabilityOccurrence &o : tutor::occurrencesInWeek(windows, monday, zone)) {
                    CalendarEvent e;
                    e.kind = CalendarEvent::Availability;
                    e.id = o.id + QLatin1Char('@') + Format::toIsoUtc(o.startUtc);
                    e.startUtc = o.startUtc;
                    e.endUtc = o.endUtc;
                    e.status = o.teachingMode;
                    job->add(e);
                }
            job->end();
        });
}

} // namespace tutorhub::models::calendar
