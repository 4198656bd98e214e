// The calendar's events read through the api (U31): ApiCalendarLoader, the app's CalendarLoader.
// Student: the lesson slots of their enrollments (listEnrollments, then getLessonSlot per slot id: the only
// documented way to a student's slots, C55) and their approved screening meetings with a date
// (listPreliminaryMeetings). Tutor: the slots of their packs in the range (listLessonSlots with our server's
// tutorProfileId/from/to filters; without the undeclaredFilters extension every row comes and is selected here),
// booked, completed and canceled ones (free slots are offers, not appointments); approved screening meetings; their
// busy times (models/tutor/busytimestore: the server or the app's data folder) and availability windows laid out on
// the range. Every failure comes back as a sentence; what did load is still shown.
#pragma once

#include "calendarevent.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <memory>
#include <QUrlQuery>

namespace tutorhub::api {
class ApiClient;
}

namespace tutorhub::models::calendar {

class ApiCalendarLoader : public QObject, public CalendarLoader
{
    Q_OBJECT

public:
    enum class Viewer { Student, Tutor };
    // `dataDirectory`: where a tutor's busy times are kept when the server does not keep them (U4).
    ApiCalendarLoader(api::ApiClient *client, Viewer viewer, const QString &userId, const QString &dataDirectory,
                      QObject *parent = nullptr);

    void load(const QDateTime &fromUtc, const QDateTime &toUtc, QObject *context, Done done) override;
    void invalidate() override;

    // Building blocks, public for tests: a slot (with the names the caller knows) as an event; null kind when
    // the slot is not shown (free or someone else's).
    static bool lessonOf(const QJsonObject &slot, const QString &title, const QString &withWhom, CalendarEvent *out);
    // An approved meeting with a date; false otherwise. Meetings last ScreeningMinutes (U33).
    static bool screeningOf(const QJsonObject &meeting, const QString &title, const QString &withWhom,
                            CalendarEvent *out);
    static constexpr int ScreeningMinutes = 30;

private:
    struct Job;
    void loadStudent(const std::shared_ptr<Job> &job);
    void loadTutor(const std::shared_ptr<Job> &job);
    void tutorRange(const std::shared_ptr<Job> &job);
    void meetings(const std::shared_ptr<Job> &job);
    void slotPage(const std::shared_ptr<Job> &job, const QUrlQuery &query, int page);

    api::ApiClient *m_client;
    Viewer m_viewer;
    QString m_userId;
    QString m_dataDirectory;
    // Student: every lesson of the enrollments (read once, until invalidate()).
    bool m_studentRead = false;
    QList<CalendarEvent> m_studentLessons;
    // Tutor: profile, pack titles, the students of booked slots (read once, until invalidate()).
    bool m_tutorRead = false;
    QString m_profileId;
    QHash<QString, QString> m_packTitles;
    QHash<QString, QString> m_studentBySlot;
};

} // namespace tutorhub::models::calendar
