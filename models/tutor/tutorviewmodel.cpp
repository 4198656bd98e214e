#include "tutorviewmodel.h"

#include "api/session.h"
#include "models/format.h"

namespace tutorhub::models::tutor {

TutorViewModel::TutorViewModel(api::ApiClient *client, api::Session *session, QObject *parent)
    : QObject(parent),
      m_commands(new TutorCommands(client, this)),
      m_session(session)
{ }

QString TutorViewModel::tutorProfileId() const
{
    return Format::str(m_profile, "id");
}

void TutorViewModel::begin()
{
    if (m_busy++ == 0)
        emit busyChanged(true);
}

void TutorViewModel::end()
{
    if (m_busy > 0 && --m_busy == 0)
        emit busyChanged(false);
}

bool TutorViewModel::finish(const Outcome &outcome)
{
    end();
    if (!outcome.error.isEmpty())
        emit failed(outcome.error);
    return outcome.ok();
}

void TutorViewModel::lookUpProfile()
{
    if (!m_session || !m_commands->client())
        return;
    begin();
    m_commands->findProfile(m_session->currentUser().id, this, [this](const QJsonObject &profile, const QString &e) {
        end();
        if (!e.isEmpty()) {
            emit failed(e);
            return;
        }
        if (profile.isEmpty()) {
            emit failed(tr("Your tutor profile could not be found. If your application was approved just now, sign "
                           "out and in again."));
            return;
        }
        m_profile = profile;
        emit profileReady();
    });
}

} // namespace tutorhub::models::tutor
