#include "packdetails.h"

#include "api/apiclient.h"
#include "api/catalogapi.h"
#include "api/contract.h"
#include "models/format.h"
#include "models/student/studentrules.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace tutorhub::models::student {

PackDetails::PackDetails(api::ApiClient *client, const QString &studentId, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_catalog(new api::CatalogApi(client, this)),
      m_studentId(studentId)
{ }

void PackDetails::busy(bool on)
{
    const bool was = isBusy();
    m_busy += on ? 1 : -1;
    if (was != isBusy())
        emit busyChanged(isBusy());
}

void PackDetails::setPack(const QJsonObject &pack)
{
    m_pack = pack;
    m_decision.clear();
    m_meeting = {};
    m_state = {};
    m_screeningLoaded = false;
    m_screeningError.clear();
    emit packChanged();
    loadPack();
    loadMaterials();
    loadScreening();
}

void PackDetails::loadPack()
{
    busy(true);
    m_catalog->getCoursePack(Format::str(m_pack, "id"), this, [this](const api::Result<api::JsonAnswer> &r) {
        busy(false);
        if (!r) {
            emit failed(r.error().userMessage());
            return;
        }
        QJsonObject full = r.value().object();
        if (!full.contains(QStringLiteral("tutorProfile")) && m_pack.contains(QStringLiteral("tutorProfile")))
            full.insert(QStringLiteral("tutorProfile"), m_pack.value(QStringLiteral("tutorProfile")));
        m_pack = full;
        emit packChanged();
    });
}

void PackDetails::loadMaterials()
{
    m_materials.clear();
    m_materialsAvailable = true;
    m_materialsNote = tr("Loading the materials…");
    emit materialsChanged();
    const QString packId = Format::str(m_pack, "id");
    m_catalog->listCourseMaterials(packId, this, [this, packId](const api::Result<api::JsonAnswer> &r) {
        if (packId != Format::str(m_pack, "id"))
            return;
        if (!r) {
            // D32: materials are for enrolled students; others only learn that they exist.
            m_materialsAvailable = false;
            m_materialsNote = r.error().httpStatus == 403
                                  ? tr("The course materials open once you are enrolled in this pack.")
                                  : r.error().userMessage();
            emit materialsChanged();
            return;
        }
        m_materials = materialItems(r.value().array());
        m_materialsAvailable = !m_materials.isEmpty();
        m_materialsNote = m_materials.isEmpty() ? tr("This pack has no materials yet.")
                                                : tr("Press Enter or double-click a material to open it.");
        emit materialsChanged();
    });
}

bool PackDetails::screeningRequired() const
{
    return Format::flag(m_pack, "preliminaryMeetingRequired");
}

bool PackDetails::hasProposals() const
{
    return m_client && m_client->serverFeatures().supportsOrNotAsked(api::Route::listScreeningProposals);
}

void PackDetails::loadScreening()
{
    if (!screeningRequired()) {
        m_screeningLoaded = true;
        emit screeningChanged();
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("coursePackId"), Format::str(m_pack, "id"));
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("createdAt"));
    q.addQueryItem(QStringLiteral("sortOrder"), QStringLiteral("desc"));
    m_catalog->listPreliminaryMeetings(q, this, [this](const api::Result<api::JsonAnswer> &r) {
        m_screeningLoaded = true;
        if (!r) {
            m_screeningError = r.error().userMessage();
            emit screeningChanged();
            return;
        }
        m_screeningError.clear();
        // The student's latest request, by its createdAt: a server that ignores sortBy answers in its own order.
        QJsonObject latest;
        for (const QJsonValue &v : r.value().array()) {
            const QJsonObject m = v.toObject();
            if (Format::str(m, "studentId") == m_studentId
                && (latest.isEmpty() || Format::when(m, "createdAt") > Format::when(latest, "createdAt")))
                latest = m;
        }
        m_decision = Format::str(latest, "tutorDecision");
        m_meeting = latest;
        if (!latest.isEmpty() && hasProposals()) {
            m_catalog->listScreeningProposals(
                Format::str(latest, "id"), this, [this](const api::Result<api::JsonAnswer> &pr) {
                    // Without the proposals (an error) the documented fields still tell the stage.
                    showScreening(Screening::state(m_meeting, pr ? pr.value().array() : QJsonArray()));
                });
            return;
        }
        showScreening(Screening::state(latest, {}));
    });
}

void PackDetails::showScreening(const Screening::State &state)
{
    m_state = state;
    emit screeningChanged();
    emit screeningStateKnown();
}

QString PackDetails::screeningText() const
{
    if (!screeningRequired())
        return tr("No screening meeting is needed: you can book right away.");
    if (!m_screeningError.isEmpty())
        return m_screeningError;
    if (m_state.stage != Screening::Stage::None)
        return Screening::describeForStudent(m_state);
    return tr("This pack requires a short screening meeting with the tutor before you can enroll.");
}

bool PackDetails::canRequestScreening() const
{
    return screeningRequired() && m_screeningLoaded && m_decision.isEmpty();
}

bool PackDetails::canAcceptScreeningTime() const
{
    return screeningRequired() && m_screeningLoaded && Screening::studentCanAccept(m_state);
}

bool PackDetails::canProposeAgain() const
{
    return screeningRequired() && m_screeningLoaded && Screening::studentCanProposeAgain(m_state);
}

QString PackDetails::bookBlockedReason() const
{
    if (m_pack.isEmpty())
        return tr("Choose a course pack first.");
    if (!screeningRequired())
        return {};
    if (!m_screeningLoaded)
        return tr("Checking your screening meeting…");
    if (m_decision == QLatin1String("approved"))
        return {};
    if (m_decision == QLatin1String("pending"))
        return tr("You can book once the tutor approves your screening meeting.");
    if (m_decision == QLatin1String("rejected"))
        return tr(
            "The tutor did not approve the screening; this pack cannot be booked. Another pack may suit you better.");
    return tr("Request a screening meeting first; you can book once the tutor approves it.");
}

QString PackDetails::bookNote() const
{
    const QString why = bookBlockedReason();
    return why.isEmpty()
               ? tr("Pick free lessons in a week calendar; times are shown in %1.").arg(Format::displayZoneName())
               : why;
}

void PackDetails::requestScreening(const QList<QDateTime> &timesUtc)
{
    if (m_requesting)
        return;
    m_requesting = true;
    busy(true);
    emit screeningChanged();
    const QJsonObject body = Screening::createBody(Format::str(m_pack, "id"), m_studentId, timesUtc);
    auto requested = [this] {
        emit succeeded(tr("Screening meeting requested. The tutor picks one of your times or proposes another; you "
                          "will be notified."));
        loadScreening();
    };
    m_catalog->createPreliminaryMeeting(body, this, [this, timesUtc, requested](const api::Result<api::JsonAnswer> &r) {
        busy(false);
        if (!r) {
            m_requesting = false;
            emit screeningChanged();
            emit failed(r.error().userMessage());
            return;
        }
        m_requesting = false;
        const QString id = Format::str(r.value().object(), "id");
        if (hasProposals()) {
            busy(true);
            m_catalog->proposeScreeningTimes(id, Screening::proposalBody(timesUtc, {}, {}), this,
                                             [this, requested](const api::Result<api::JsonAnswer> &pr) {
                                                 busy(false);
                                                 if (!pr)
                                                     emit failed(pr.error().userMessage());
                                                 requested();
                                             });
            return;
        }
        requested();
    });
}

void PackDetails::proposeTimes(const QList<QDateTime> &timesUtc)
{
    busy(true);
    m_catalog->proposeScreeningTimes(Format::str(m_meeting, "id"), Screening::proposalBody(timesUtc, {}, {}), this,
                                     [this](const api::Result<api::JsonAnswer> &r) {
                                         busy(false);
                                         if (!r) {
                                             emit failed(r.error().userMessage());
                                             return;
                                         }
                                         emit succeeded(tr("Your times were sent to the tutor."));
                                         loadScreening();
                                     });
}

void PackDetails::acceptScreeningTime()
{
    if (!Screening::studentCanAccept(m_state) || m_accepting)
        return;
    m_accepting = true;
    busy(true);
    emit screeningChanged();
    auto done = [this](const api::Result<api::JsonAnswer> &r) {
        busy(false);
        m_accepting = false;
        emit screeningChanged();
        if (!r) {
            emit failed(r.error().userMessage());
            return;
        }
        emit succeeded(m_state.negotiated ? tr("The screening meeting is agreed; it is in your calendar.")
                                          : tr("You accepted the time; the tutor confirms the meeting."));
        loadScreening();
    };
    const Screening::Proposal p = m_state.open.first();
    if (m_state.negotiated && !p.id.isEmpty())
        m_catalog->acceptScreeningProposal(p.id, {}, this, done);
    else
        m_catalog->updatePreliminaryMeeting(Format::str(m_meeting, "id"), Screening::confirmBody(m_state), this, done);
}

} // namespace tutorhub::models::student
