// Course packs: the tutor's packs (title, category, price, published, moderation, scheduling), with
// create/edit (PackEditorDialog), publish/unpublish, delete (refused by the server while
// enrollments are active: its sentence is shown, the pack stays), the selected pack's moderation
// note, and its materials: add (upload with progress or a link), edit, reorder, delete.
#pragma once

#include "tutorpage.h"

class QLabel;
class QPushButton;
class QTableView;

namespace tutorhub::models {
class PagedListModel;
namespace tutor {
class CoursePacksViewModel;
}
} // namespace tutorhub::models

namespace tutorhub::ui {
class ListState;
}

namespace tutorhub::ui::tutor {

class MaterialDialog;
class PackEditorDialog;

class CoursePacksPage : public TutorPage
{
    Q_OBJECT

public:
    CoursePacksPage(const WorkspaceContext &context, QWidget *parent);

    models::PagedListModel *packs() const;
    models::PagedListModel *materials() const;
    QTableView *packView() const { return m_packView; }
    void selectPack(const QString &id);
    QString selectedPackId() const;
    QString selectedMaterialId() const;
    void selectMaterial(const QString &id);

    PackEditorDialog *newPack();
    PackEditorDialog *editPack();
    void setPublished(bool published);
    void deletePack(); // no confirmation (the button asks first)
    MaterialDialog *addMaterial();
    MaterialDialog *editMaterial();
    void moveMaterial(int delta);
    void deleteMaterial();
    QString moderationText() const;

protected:
    void profileReady() override;

private:
    void packChanged();
    void updateButtons();
    QJsonObject selectedPack() const;

    models::tutor::CoursePacksViewModel *m_model;
    QTableView *m_packView;
    QTableView *m_materialView;
    ListState *m_packState;
    ListState *m_materialState;
    QLabel *m_moderation;
    QLabel *m_materialsTitle;
    QPushButton *m_new, *m_edit, *m_publish, *m_delete;
    QPushButton *m_addMaterial, *m_editMaterial, *m_up, *m_down, *m_deleteMaterial;
};

} // namespace tutorhub::ui::tutor
