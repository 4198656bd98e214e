// The view-model of a tutor workspace page (issue 17 item 1, decision K21): the signed-in tutor's profile (looked
// up once per page), the page's commands (TutorCommands), and what the page shows about them as signals: busy
// while a request runs, a failure or a success as a sentence. Each page's view-model derives from it; the page
// builds it from the workspace's services and only presents.
#pragma once

#include "tutorcommands.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

namespace tutorhub::api {
class Session;
} // namespace tutorhub::api

namespace tutorhub::models::tutor {

class TutorViewModel : public QObject
{
    Q_OBJECT

public:
    TutorViewModel(api::ApiClient *client, api::Session *session, QObject *parent);

    TutorCommands *commands() const { return m_commands; }
    const QJsonObject &profile() const { return m_profile; }
    QString tutorProfileId() const;
    bool isReady() const { return !m_profile.isEmpty(); }
    void setProfile(const QJsonObject &profile) { m_profile = profile; }
    bool isBusy() const { return m_busy > 0; }

    // Looks up the signed-in user's tutor profile: profileReady() or failed().
    void lookUpProfile();

signals:
    void profileReady();
    void busyChanged(bool busy);
    void failed(const QString &sentence);
    void succeeded(const QString &sentence);

protected:
    api::Session *session() const { return m_session; }
    // Counts requests in flight (busyChanged on the first and the last).
    void begin();
    void end();
    // Ends a request; emits failed() with its sentence and returns false when it did not succeed.
    bool finish(const Outcome &outcome);

private:
    TutorCommands *m_commands;
    api::Session *m_session;
    QJsonObject m_profile;
    int m_busy = 0;
};

} // namespace tutorhub::models::tutor
