#include "tutorpagemodels.h"

#include "busytimestore.h"
#include "earningsmodel.h"
#include "tutorforms.h"
#include "tutorlists.h"

#include "api/apiclient.h"
#include "api/session.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/pagedlistmodel.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace tutorhub::models::tutor {

// --- becoming a tutor ------------------------------------------------------------------------------------

BecomeTutorViewModel::BecomeTutorViewModel(api::ApiClient *client, api::Session *session, QObject *parent)
    : TutorViewModel(client, session, parent)
{
    if (session)
        connect(session, &api::Session::userChanged, this, &BecomeTutorViewModel::userChanged);
}

api::User BecomeTutorViewModel::currentUser() const
{
    return session() ? session()->currentUser() : api::User();
}

void BecomeTutorViewModel::apply(const QString &certifications, const QString &qualifications, const QString &bio,
                                 const QString &specializations, const QString &documents)
{
    QStringList problems;
    const QJsonObject body
        = TutorForms::applicationBody(certifications, qualifications, bio, specializations, documents, &problems);
    if (!problems.isEmpty()) {
        emit failed(problems.join(QLatin1Char(' ')));
        return;
    }
    if (!session() || !commands()->client())
        return;
    begin();
    commands()->applyAsTutor(session()->currentUser().id, body, this, [this](const Outcome &o) {
        if (!finish(o))
            return;
        emit succeeded(tr("Your application was sent. We will let you know when it has been reviewed."));
        session()->refreshUser();
    });
}

void BecomeTutorViewModel::checkStatus()
{
    if (session())
        session()->refreshUser();
}

// --- profile ---------------------------------------------------------------------------------------------

ProfileViewModel::ProfileViewModel(api::ApiClient *client, api::Session *session, QObject *parent)
    : TutorViewModel(client, session, parent)
{ }

bool ProfileViewModel::offersUpload() const
{
    return commands()->offersAvatarUploads();
}

void ProfileViewModel::save(const QJsonObject &fields)
{
    if (fields.isEmpty())
        return;
    if (fields.contains(QLatin1String("displayName")) && Format::str(fields, "displayName").trimmed().isEmpty()) {
        emit failed(tr("Your display name cannot be empty: students look for you by it."));
        return;
    }
    const QString photo = Format::str(fields, "profilePhoto").trimmed();
    if (!photo.isEmpty() && !TutorForms::isHttpUrl(photo)) {
        emit failed(offersUpload()
                        ? tr("The photo must be a web address starting with https:// or http://, or upload an image.")
                        : tr("The photo must be a web address starting with https:// or http://."));
        return;
    }
    begin();
    commands()->updateProfile(tutorProfileId(), fields, this, [this](const Outcome &o) {
        if (!finish(o)) {
            emit saveFailed();
            return;
        }
        setProfile(o.object);
        emit succeeded(tr("Your profile was saved."));
        emit profileSaved();
    });
}

void ProfileViewModel::uploadPhoto(const QString &fileName)
{
    if (!offersUpload())
        return; // the page says why (it shows the sentence next to the photo field)
    QFile file(fileName);
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QHash<QString, QByteArray> types {{QStringLiteral("png"), "image/png"},
                                            {QStringLiteral("jpg"), "image/jpeg"},
                                            {QStringLiteral("jpeg"), "image/jpeg"},
                                            {QStringLiteral("webp"), "image/webp"},
                                            {QStringLiteral("gif"), "image/gif"}};
    if (!types.contains(suffix)) {
        emit failed(tr("A photo must be a PNG, JPEG, WebP or GIF image."));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        emit failed(tr("“%1” could not be read.").arg(QFileInfo(fileName).fileName()));
        return;
    }
    if (file.size() > 2 * 1024 * 1024) {
        emit failed(tr("The photo is larger than 2 MB; choose a smaller image."));
        return;
    }
    begin();
    commands()->uploadAvatar(QFileInfo(fileName).fileName(), types.value(suffix), file.readAll(), this,
                             [this](const Outcome &o) {
                                 if (!finish(o))
                                     return;
                                 emit photoUploaded(Format::str(o.object, "url"));
                                 emit succeeded(tr("The photo was uploaded; save the profile to show it to students."));
                             });
}

void ProfileViewModel::loadTeachingModes()
{
    if (!commands()->client())
        return;
    commands()->availabilitiesOf(tutorProfileId(), this, [this](const QList<QJsonObject> &rows, const QString &) {
        QStringList modes;
        for (const QJsonObject &w : rows) {
            const QString m = Labels::enumLabel(QStringLiteral("availability"), QStringLiteral("teachingMode"),
                                                Format::str(w, "teachingMode"));
            if (!modes.contains(m))
                modes << m;
        }
        emit teachingModesLoaded(modes.isEmpty() ? tr("no availability yet") : modes.join(QStringLiteral(", ")));
    });
}

void ProfileViewModel::fetchPhoto(const QString &url)
{
    if (!TutorForms::isHttpUrl(url) || !commands()->client())
        return;
    QNetworkReply *reply = commands()->client()->networkAccessManager()->get(QNetworkRequest(QUrl(url)));
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        QImage image;
        if (reply->error() == QNetworkReply::NoError)
            image.loadFromData(reply->readAll());
        emit photoFetched(url, image);
    });
}

// --- availability ----------------------------------------------------------------------------------------

AvailabilityViewModel::AvailabilityViewModel(api::ApiClient *client, api::Session *session,
                                             const QString &dataDirectory, QObject *parent)
    : TutorViewModel(client, session, parent),
      m_dataDirectory(dataDirectory)
{ }

void AvailabilityViewModel::load()
{
    if (!m_windows) {
        m_windows = createAvailabilityModel(commands()->client(), tutorProfileId(), this);
        connect(m_windows, &PagedListModel::errorOccurred, this,
                [this](const api::ApiError &e) { emit failed(e.userMessage()); });
    }
    m_windows->refresh();
    reloadBusyTimes();
}

void AvailabilityViewModel::saveWindow(const QString &id, QJsonObject fields)
{
    begin();
    auto done = [this, created = id.isEmpty()](const Outcome &o) {
        end();
        if (!o.ok()) {
            if (o.errorCode == QLatin1String("errMsg_AvailabilityOverlap"))
                emit failed(tr("This window overlaps another of your windows on that day. Change the times, or "
                               "change the other window instead; nothing was saved."));
            else
                emit failed(o.error);
            return;
        }
        emit succeeded(created ? tr("The window was added.") : tr("The window was changed."));
        m_windows->refresh();
    };
    if (id.isEmpty()) {
        fields.insert(QStringLiteral("tutorProfileId"), tutorProfileId());
        commands()->createAvailability(fields, this, done);
    } else {
        fields.remove(QStringLiteral("timeZone")); // the window keeps its zone
        commands()->updateAvailability(id, fields, this, done);
    }
}

void AvailabilityViewModel::deleteWindow(const QString &id)
{
    if (id.isEmpty())
        return;
    begin();
    commands()->deleteAvailability(id, this, [this](const Outcome &o) {
        if (!finish(o))
            return;
        emit succeeded(tr("The window was deleted. Lessons already opened from it stay."));
        emit windowDeleted();
        m_windows->refresh();
    });
}

void AvailabilityViewModel::reloadBusyTimes()
{
    if (tutorProfileId().isEmpty())
        return;
    const BusyTimeStore store = commands()->busyTimeStore(m_dataDirectory, tutorProfileId());
    store.load(this, [this](const QList<BusyTime> &busy, const QString &error) {
        if (!error.isEmpty()) {
            emit failed(error);
            return;
        }
        m_busyTimes = busy;
        emit busyTimesChanged();
    });
}

void AvailabilityViewModel::deleteBusyTime(const QString &id)
{
    if (id.isEmpty())
        return;
    const BusyTimeStore store = commands()->busyTimeStore(m_dataDirectory, tutorProfileId());
    begin();
    store.remove(id, this, [this](const QString &error) {
        end();
        if (!error.isEmpty()) {
            emit failed(error);
            return;
        }
        emit succeeded(tr("The busy time was deleted. Lessons can be generated in it again."));
        emit busyTimeDeleted();
        reloadBusyTimes();
    });
}

// --- earnings --------------------------------------------------------------------------------------------

EarningsViewModel::EarningsViewModel(api::ApiClient *client, api::Session *session, QObject *parent)
    : TutorViewModel(client, session, parent),
      m_earnings(new EarningsModel(this))
{ }

void EarningsViewModel::load()
{
    if (!m_enrollments)
        m_enrollments = createEnrollmentsModel(commands()->client(), tutorProfileId(), this);
    m_enrollments->refresh();
    reload();
}

void EarningsViewModel::reload()
{
    if (!isReady())
        return;
    begin();
    commands()->enrollmentsOf(tutorProfileId(), false, this, [this](const QList<QJsonObject> &rows, const QString &e) {
        end();
        if (!e.isEmpty()) {
            emit failed(e);
            return;
        }
        m_earnings->setEnrollments(rows);
        m_loaded = true;
        emit loaded();
    });
}

} // namespace tutorhub::models::tutor
