// The tutor profile page's view-model (issue 17 item 1, decision K10): the tutor's public profile and the course
// packs of this tutor (a PagedListModel filtered by tutorProfileId).
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace tutorhub::api {
class ApiClient;
class CatalogApi;
} // namespace tutorhub::api

namespace tutorhub::models {
class PagedListModel;
}

namespace tutorhub::models::student {

class TutorDetails : public QObject
{
    Q_OBJECT

public:
    explicit TutorDetails(api::ApiClient *client, QObject *parent = nullptr);

    PagedListModel *packs() const { return m_packs; }
    void setTutor(const QString &tutorProfileId);
    const QJsonObject &profile() const { return m_profile; }
    QString name() const;
    // The profile's subjects, experience, certifications and bio as rich text, every value escaped (SEC49).
    QString detailsHtml() const;

signals:
    void loading();
    void loaded();
    void failed(const QString &sentence);

private:
    api::CatalogApi *m_catalog;
    PagedListModel *m_packs;
    QJsonObject m_profile;
};

} // namespace tutorhub::models::student
