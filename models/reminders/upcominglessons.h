// The signed-in user's upcoming lessons for the reminders (U17): the lesson slots of their enrollments
// (GET /v1/enrollments, which the server answers with the caller's own — as a student, and as a tutor
// those of their packs), each read with GET /v1/lessonslots/:id; kept when booked and not yet ended.
// Works on both contract profiles (no undeclared filter is trusted).
#pragma once

#include "lessonreminders.h"

#include <QObject>
#include <QString>

namespace tutorhub::api {
class ApiClient;
}

namespace tutorhub::models {

class UpcomingLessons : public QObject
{
    Q_OBJECT

public:
    UpcomingLessons(api::ApiClient *client, const QString &userId, QObject *parent = nullptr);

    // Reads the lessons again; a refresh while one runs is queued behind it.
    void refresh();
    bool isLoading() const { return m_loading; }

signals:
    // In start order (then id).
    void lessonsChanged(const QList<tutorhub::models::UpcomingLesson> &lessons);
    void failed(const QString &message);

private:
    void finish();

    api::ApiClient *m_client;
    QString m_userId;
    bool m_loading = false;
    bool m_again = false;
    int m_pending = 0;
    int m_generation = 0;
    QString m_error;
    QList<UpcomingLesson> m_found;
};

} // namespace tutorhub::models
