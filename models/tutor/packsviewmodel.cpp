#include "packsviewmodel.h"

#include "tutorlists.h"

#include "models/format.h"
#include "models/pagedlistmodel.h"

namespace tutorhub::models::tutor {

CoursePacksViewModel::CoursePacksViewModel(api::ApiClient *client, api::Session *session, QObject *parent)
    : TutorViewModel(client, session, parent)
{ }

void CoursePacksViewModel::load()
{
    if (!m_packs)
        m_packs = createCoursePacksModel(commands()->client(), tutorProfileId(), this);
    m_packs->refresh();
}

void CoursePacksViewModel::showMaterials(const QString &packId)
{
    if (packId == m_materialsPackId && (m_materials || packId.isEmpty()))
        return;
    delete m_materials;
    m_materials = nullptr;
    m_materialsPackId = packId;
    if (!packId.isEmpty()) {
        m_materials = createMaterialsModel(commands()->client(), packId, this);
        m_materials->refresh();
    }
    emit materialsChanged();
}

QStringList CoursePacksViewModel::materialTitles(const QString &exceptId) const
{
    QStringList titles;
    for (int r = 0; m_materials && r < m_materials->rowCount(); ++r)
        if (m_materials->idAt(r) != exceptId)
            titles << Format::str(m_materials->object(r), "title").toLower();
    return titles;
}

void CoursePacksViewModel::setPublished(const QJsonObject &pack, bool published)
{
    if (pack.isEmpty())
        return;
    begin();
    commands()->updatePack(
        Format::str(pack, "id"), {{QStringLiteral("isPublished"), published}}, this,
        [this, published](const Outcome &o) {
            if (!finish(o))
                return;
            m_packs->replaceObject(o.object);
            const QString title = Format::str(o.object, "title");
            emit succeeded(published
                               ? tr("“%1” is published: students can find and book it.").arg(title)
                               : tr("“%1” is no longer shown to students; current enrollments continue.").arg(title));
            emit packChanged();
        });
}

void CoursePacksViewModel::deletePack(const QJsonObject &pack)
{
    if (pack.isEmpty())
        return;
    begin();
    commands()->deletePack(Format::str(pack, "id"), this, [this, pack](const Outcome &o) {
        end();
        if (!o.ok()) {
            if (o.errorCode == QLatin1String("errMsg_CoursePackHasActiveEnrollments"))
                emit failed(tr("“%1” cannot be deleted while students are enrolled in it. Unpublish it instead: "
                               "it disappears from the catalog and the current enrollments continue.")
                                .arg(Format::str(pack, "title")));
            else
                emit failed(o.error);
            return;
        }
        m_packs->removeId(Format::str(pack, "id"));
        emit succeeded(tr("“%1” was deleted.").arg(Format::str(pack, "title")));
        emit packChanged();
    });
}

void CoursePacksViewModel::moveMaterial(int row, int delta)
{
    const int target = row + delta;
    if (!m_materials || row < 0 || target < 0 || target >= m_materials->rowCount())
        return;
    const QString id = m_materials->idAt(row);
    begin();
    commands()->updateMaterial(id, {{QStringLiteral("sortOrder"), target}}, this, [this, id](const Outcome &o) {
        if (!finish(o))
            return;
        connect(
            m_materials, &PagedListModel::pageLoaded, this,
            [this, id](int, bool first) {
                if (first)
                    emit selectMaterialRequested(id);
            },
            Qt::SingleShotConnection);
        m_materials->refresh();
    });
}

void CoursePacksViewModel::deleteMaterial(const QJsonObject &material)
{
    if (material.isEmpty())
        return;
    begin();
    commands()->deleteMaterial(Format::str(material, "id"), this, [this, material](const Outcome &o) {
        if (!finish(o))
            return;
        m_materials->removeId(Format::str(material, "id"));
        emit succeeded(tr("“%1” was deleted.").arg(Format::str(material, "title")));
        emit materialDeleted();
    });
}

void CoursePacksViewModel::packCreated(const QJsonObject &pack)
{
    emit succeeded(tr("“%1” was created.").arg(Format::str(pack, "title")));
    const QString id = Format::str(pack, "id");
    connect(
        m_packs, &PagedListModel::pageLoaded, this,
        [this, id](int, bool first) {
            if (first)
                emit selectPackRequested(id);
        },
        Qt::SingleShotConnection);
    m_packs->refresh();
}

void CoursePacksViewModel::packSaved(const QJsonObject &pack)
{
    m_packs->replaceObject(pack);
    emit succeeded(tr("“%1” was saved.").arg(Format::str(pack, "title")));
}

void CoursePacksViewModel::materialAdded(const QJsonObject &material)
{
    emit succeeded(tr("“%1” was added.").arg(Format::str(material, "title")));
    if (m_materials)
        m_materials->refresh();
}

void CoursePacksViewModel::materialSaved(const QJsonObject &material)
{
    if (m_materials)
        m_materials->replaceObject(material);
    emit succeeded(tr("“%1” was saved.").arg(Format::str(material, "title")));
}

} // namespace tutorhub::models::tutor
