// The view-model of the tutor's Course packs page (issue 17 item 1, K22): the tutor's packs and the selected pack's
// materials (list models), and the commands on them (publish, delete, reorder, delete a material) with their
// results and failures as signals and sentences. The editors (ui/tutor/packdialogs.h) send through the same
// TutorCommands; the page only presents.
#pragma once

#include "tutorviewmodel.h"

#include <QJsonObject>
#include <QStringList>

namespace tutorhub::models {
class PagedListModel;
}

namespace tutorhub::models::tutor {

class CoursePacksViewModel : public TutorViewModel
{
    Q_OBJECT

public:
    CoursePacksViewModel(api::ApiClient *client, api::Session *session, QObject *parent);

    PagedListModel *packs() const { return m_packs; }
    // The materials of the pack shown (showMaterials); null when none is.
    PagedListModel *materials() const { return m_materials; }
    QString materialsPackId() const { return m_materialsPackId; }

    // Builds the packs' list (once the profile is known) and loads it.
    void load();
    // Shows the materials of `packId` (empty: none); materialsChanged() when the list is another one.
    void showMaterials(const QString &packId);
    // Lower-case titles of the shown pack's materials except `exceptId` (titles are unique per pack).
    QStringList materialTitles(const QString &exceptId) const;

    void setPublished(const QJsonObject &pack, bool published);
    void deletePack(const QJsonObject &pack);
    // Moves the material at `row` by `delta` rows: one request, the server renumbers the others (T4).
    void moveMaterial(int row, int delta);
    void deleteMaterial(const QJsonObject &material);
    // The answers of the editors.
    void packCreated(const QJsonObject &pack);
    void packSaved(const QJsonObject &pack);
    void materialAdded(const QJsonObject &material);
    void materialSaved(const QJsonObject &material);

signals:
    void materialsChanged();
    void packChanged(); // a pack's state changed (published, deleted)
    void materialDeleted();
    // Select this row once the list has it again (after a create or a move).
    void selectPackRequested(const QString &id);
    void selectMaterialRequested(const QString &id);

private:
    PagedListModel *m_packs = nullptr;
    PagedListModel *m_materials = nullptr;
    QString m_materialsPackId;
};

} // namespace tutorhub::models::tutor
