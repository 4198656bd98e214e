// The view-models of the tutor workspace's smaller pages (issue 17 item 1, K21): becoming a tutor, the public
// profile, the availability windows and busy times, and the earnings. Each holds the page's state and commands;
// results and failures come back as signals and data (sentences made here), the pages only present them.
#pragma once

#include "busytimes.h"
#include "tutorviewmodel.h"

#include "api/types.h"

#include <QImage>
#include <QList>
#include <QString>

namespace tutorhub::models {
class PagedListModel;
}

namespace tutorhub::models::tutor {

class EarningsModel;

// Applying to teach, and the application's status (the signed-in user, refreshed on demand).
class BecomeTutorViewModel : public TutorViewModel
{
    Q_OBJECT

public:
    BecomeTutorViewModel(api::ApiClient *client, api::Session *session, QObject *parent);

    api::User currentUser() const;
    // Validates (TutorForms::applicationBody) and sends; failed() with the sentences, else succeeded().
    void apply(const QString &certifications, const QString &qualifications, const QString &bio,
               const QString &specializations, const QString &documents);
    // Reads the user again (the status may have changed): userChanged().
    void checkStatus();

signals:
    void userChanged(const api::User &user);
};

// The tutor's public profile: save the changed fields, upload a photo, the teaching modes of the availability.
class ProfileViewModel : public TutorViewModel
{
    Q_OBJECT

public:
    ProfileViewModel(api::ApiClient *client, api::Session *session, QObject *parent);

    // Whether a photo can be uploaded (the server names the avatar upload route, C68).
    bool offersUpload() const;
    // Saves `fields` (only the changed ones): profileSaved() and succeeded(), or failed().
    void save(const QJsonObject &fields);
    // Checks and uploads an image file: photoUploaded(url) and succeeded(), or failed().
    void uploadPhoto(const QString &fileName);
    // The teaching modes the availability windows offer, for the preview: teachingModesLoaded().
    void loadTeachingModes();
    // Reads the photo at `url` for the preview: photoFetched(url, image), a null image when it cannot be read.
    void fetchPhoto(const QString &url);

signals:
    void photoFetched(const QString &url, const QImage &image);
    void profileSaved();
    void saveFailed();
    void photoUploaded(const QString &url);
    void teachingModesLoaded(const QString &modes);
};

// The availability windows (a list model) and the busy times (kept by BusyTimeStore).
class AvailabilityViewModel : public TutorViewModel
{
    Q_OBJECT

public:
    AvailabilityViewModel(api::ApiClient *client, api::Session *session, const QString &dataDirectory, QObject *parent);

    // Builds the windows' list (once the profile is known) and loads it and the busy times.
    void load();
    PagedListModel *windows() const { return m_windows; }
    const QList<BusyTime> &busyTimes() const { return m_busyTimes; }
    QString dataDirectory() const { return m_dataDirectory; }

    // Adds (`id` empty) or changes a window: windowSaved() and succeeded(), or failed().
    void saveWindow(const QString &id, QJsonObject fields);
    void deleteWindow(const QString &id);
    void reloadBusyTimes();
    void deleteBusyTime(const QString &id);

signals:
    void busyTimesChanged();
    void windowDeleted();
    void busyTimeDeleted();

private:
    QString m_dataDirectory;
    PagedListModel *m_windows = nullptr;
    QList<BusyTime> m_busyTimes;
};

// Enrollments in the tutor's packs (a list) and the monthly earnings computed from all of them.
class EarningsViewModel : public TutorViewModel
{
    Q_OBJECT

public:
    EarningsViewModel(api::ApiClient *client, api::Session *session, QObject *parent);

    EarningsModel *earnings() const { return m_earnings; }
    PagedListModel *enrollments() const { return m_enrollments; }
    bool isLoaded() const { return m_loaded; }
    // Builds the enrollment list (once the profile is known) and loads both.
    void load();
    // Reads every enrollment again for the summary: loaded().
    void reload();

signals:
    void loaded();

private:
    EarningsModel *m_earnings;
    PagedListModel *m_enrollments = nullptr;
    bool m_loaded = false;
};

} // namespace tutorhub::models::tutor
