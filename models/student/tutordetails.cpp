#include "tutordetails.h"

#include "api/catalogapi.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"
#include "models/student/studentlists.h"

namespace tutorhub::models::student {

TutorDetails::TutorDetails(api::ApiClient *client, QObject *parent)
    : QObject(parent),
      m_catalog(new api::CatalogApi(client, this)),
      m_packs(coursePacksModel(client, this))
{ }

void TutorDetails::setTutor(const QString &id)
{
    m_profile = {};
    emit loading();
    m_catalog->getTutorProfile(id, this, [this](const api::Result<api::JsonAnswer> &r) {
        if (!r) {
            emit failed(r.error().userMessage());
            return;
        }
        m_profile = r.value().object();
        emit loaded();
    });
    m_packs->setFilter(QStringLiteral("tutorProfileId"), id);
}

QString TutorDetails::name() const
{
    return Format::str(m_profile, "displayName");
}

QString TutorDetails::detailsHtml() const
{
    QStringList parts;
    auto add = [&](const QString &label, const char *field) {
        const QString value = Format::str(m_profile, field);
        if (!value.isEmpty())
            parts << QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    add(tr("Subjects:"), "subjects");
    add(tr("Experience:"), "experience");
    add(tr("Certifications:"), "certifications");
    add(tr("About:"), "bio");
    return parts.join(QStringLiteral("<br>"));
}

} // namespace tutorhub::models::student
