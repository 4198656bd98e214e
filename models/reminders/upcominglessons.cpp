#include "upcominglessons.h"

#include "api/contract.h"
#include "api/jsonapi.h"
#include "models/format.h"
#include "models/student/studentlists.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

namespace tutorhub::models {

UpcomingLessons::UpcomingLessons(api::ApiClient *client, const QString &userId, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_userId(userId)
{ }

void UpcomingLessons::refresh()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    m_again = false;
    m_error.clear();
    m_found.clear();
    const int generation = ++m_generation;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageRowCount"), QStringLiteral("1000"));
    api::callJson(m_client, api::ApiRequest::to(api::Route::listEnrollments, {}, q), this,
                  [this, generation](const api::Result<api::JsonAnswer> &result) {
                      if (generation != m_generation)
                          return;
                      if (!result.ok()) {
                          m_error = result.error().userMessage();
                          finish();
                          return;
                      }
                      const QDateTime now = QDateTime::currentDateTimeUtc();
                      for (const QJsonValue &v : result.value().array()) {
                          const QJsonObject e = v.toObject();
                          const QString status = Format::str(e, "enrollmentStatus");
                          if (status != QLatin1String("active"))
                              continue; // awaiting payment, canceled or completed: nothing to remind of
                          const bool mine = Format::str(e, "studentId") == m_userId;
                          const QString title = student::packTitleOf(e);
                          const QString other
                              = mine ? student::tutorNameOf(e) : Format::str(Format::join(e, "student"), "fullname");
                          for (const QJsonValue &slotId : e.value(QLatin1String("lessonSlotIds")).toArray()) {
                              ++m_pending;
                              api::callJson(
                                  m_client, api::ApiRequest::to(api::Route::getLessonSlot, {slotId.toString()}), this,
                                  [this, generation, title, other, now](const api::Result<api::JsonAnswer> &slot) {
                                      if (generation != m_generation)
                                          return;
                                      if (slot.ok()) {
                                          const QJsonObject s = slot.value().object();
                                          UpcomingLesson l {Format::str(s, "id"), Format::slotStart(s),
                                                            Format::slotEnd(s), title, other};
                                          if (Format::str(s, "status") == QLatin1String("booked") && l.end.isValid()
                                              && l.end > now)
                                              m_found.append(l);
                                      } else if (slot.error().httpStatus != 404) {
                                          m_error = slot.error().userMessage();
                                      }
                                      if (--m_pending == 0)
                                          finish();
                                  });
                          }
                      }
                      if (m_pending == 0)
                          finish();
                  });
}

void UpcomingLessons::finish()
{
    m_loading = false;
    // The slots' answers arrive in any order: the list is in start order (then id), the same on every read.
    std::sort(m_found.begin(), m_found.end(), [](const UpcomingLesson &a, const UpcomingLesson &b) {
        return a.start != b.start ? a.start < b.start : a.id < b.id;
    });
    if (m_error.isEmpty())
        emit lessonsChanged(m_found);
    else
        emit failed(m_error);
    if (m_again)
        refresh();
}

} // namespace tutorhub::models
