#include "coursepackspage.h"

#include "common/widgets.h"
#include "packdialogs.h"

#include "api/catalogapi.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/tutor/tutorlists.h"
#include "ui/common/busyindicator.h"
#include "ui/common/liststate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tutorhub::ui::tutor {

using models::Format;
using models::PagedListModel;

CoursePacksPage::CoursePacksPage(const WorkspaceContext &context, QWidget *parent)
    : TutorPage(context, tr("Course packs"),
                tr("Your course packs with their price and scheduling rules, and the materials enrolled students get."), parent)
{
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(split);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_new = named(new QPushButton(tr("New pack…"), top), tr("New course pack"));
    m_edit = named(new QPushButton(tr("Edit…"), top), tr("Edit course pack"));
    m_publish = named(new QPushButton(tr("Publish"), top), tr("Publish or unpublish"));
    m_delete = named(new QPushButton(tr("Delete"), top), tr("Delete course pack"));
    for (QPushButton *b : {m_new, m_edit, m_publish, m_delete})
        bar->addWidget(b);
    bar->addStretch();
    topLayout->addLayout(bar);
    m_packView = listTable(top, tr("Course packs"));
    topLayout->addWidget(m_packView, 1);
    m_packState = new ListState(top);
    m_packState->setEmptyText(tr("You have no course packs yet. Create one with “New pack”."));
    topLayout->addWidget(m_packState);
    m_moderation = new QLabel(top);
    m_moderation->setWordWrap(true);
    m_moderation->setAccessibleName(tr("Moderation status"));
    topLayout->addWidget(m_moderation);

    auto *bottom = new QWidget(split);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_materialsTitle = new QLabel(tr("Materials"), bottom);
    QFont f = m_materialsTitle->font();
    f.setBold(true);
    m_materialsTitle->setFont(f);
    bottomLayout->addWidget(m_materialsTitle);
    auto *mbar = new QHBoxLayout;
    m_addMaterial = named(new QPushButton(tr("Add material…"), bottom), tr("Add material"));
    m_editMaterial = named(new QPushButton(tr("Edit…"), bottom), tr("Edit material"));
    m_up = named(new QPushButton(tr("Move up"), bottom), tr("Move material up"));
    m_down = named(new QPushButton(tr("Move down"), bottom), tr("Move material down"));
    m_deleteMaterial = named(new QPushButton(tr("Delete"), bottom), tr("Delete material"));
    for (QPushButton *b : {m_addMaterial, m_editMaterial, m_up, m_down, m_deleteMaterial})
        mbar->addWidget(b);
    mbar->addStretch();
    bottomLayout->addLayout(mbar);
    m_materialView = listTable(bottom, tr("Materials"));
    bottomLayout->addWidget(m_materialView, 1);
    m_materialState = new ListState(bottom);
    m_materialState->setEmptyText(tr("This pack has no materials yet."));
    bottomLayout->addWidget(m_materialState);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    body()->addWidget(split, 1);

    connect(m_new, &QPushButton::clicked, this, &CoursePacksPage::newPack);
    connect(m_edit, &QPushButton::clicked, this, &CoursePacksPage::editPack);
    connect(m_packView, &QTableView::activated, this, &CoursePacksPage::editPack);
    connect(m_publish, &QPushButton::clicked, this, [this] { setPublished(!Format::flag(selectedPack(), "isPublished")); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        auto *box = new QMessageBox(QMessageBox::Question, tr("Delete course pack"),
                                    tr("Delete “%1”? Students will no longer see it and its free lessons are canceled.")
                                        .arg(Format::str(selectedPack(), "title")),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::accepted, this, &CoursePacksPage::deletePack);
        box->open();
    });
    connect(m_addMaterial, &QPushButton::clicked, this, &CoursePacksPage::addMaterial);
    connect(m_editMaterial, &QPushButton::clicked, this, &CoursePacksPage::editMaterial);
    connect(m_materialView, &QTableView::activated, this, &CoursePacksPage::editMaterial);
    connect(m_up, &QPushButton::clicked, this, [this] { moveMaterial(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveMaterial(1); });
    connect(m_deleteMaterial, &QPushButton::clicked, this, &CoursePacksPage::deleteMaterial);
    updateButtons();
    lookUpProfile();
}

void CoursePacksPage::profileReady()
{
    m_packs = models::tutor::createCoursePacksModel(context().client, tutorProfileId(), this);
    m_packView->setModel(m_packs);
    m_packState->setModel(m_packs);
    connect(m_packView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CoursePacksPage::packChanged);
    connect(m_packs, &PagedListModel::pageLoaded, this, [this](int, bool first) {
        if (first && !m_packView->currentIndex().isValid() && m_packs->rowCount() > 0)
            m_packView->selectRow(0);
    });
    connect(m_packs, &QAbstractItemModel::dataChanged, this, [this] { packChanged(); });
    m_packs->refresh();
}

QJsonObject CoursePacksPage::selectedPack() const
{
    const QModelIndex i = m_packView->currentIndex();
    return m_packs && i.isValid() ? m_packs->object(i.row()) : QJsonObject();
}

QString CoursePacksPage::selectedPackId() const
{
    return Format::str(selectedPack(), "id");
}

void CoursePacksPage::selectPack(const QString &id)
{
    const int row = m_packs ? m_packs->rowOfId(id) : -1;
    if (row >= 0)
        m_packView->selectRow(row);
}

QString CoursePacksPage::selectedMaterialId() const
{
    const QModelIndex i = m_materialView->currentIndex();
    return m_materials && i.isValid() ? m_materials->idAt(i.row()) : QString();
}

void CoursePacksPage::selectMaterial(const QString &id)
{
    const int row = m_materials ? m_materials->rowOfId(id) : -1;
    if (row >= 0)
        m_materialView->selectRow(row);
}

QString CoursePacksPage::moderationText() const
{
    return m_moderation->text();
}

void CoursePacksPage::packChanged()
{
    const QJsonObject pack = selectedPack();
    const QString id = Format::str(pack, "id");
    const QString status = Format::str(pack, "moderationStatus");
    if (pack.isEmpty()) {
        m_moderation->clear();
    } else {
        QString text = tr("Moderation: %1.").arg(models::Labels::enumLabel(QStringLiteral("coursePack"), QStringLiteral("moderationStatus"), status));
        if (!Format::str(pack, "moderationNote").isEmpty())
            text += QLatin1Char(' ') + tr("Note from the moderators: %1").arg(Format::str(pack, "moderationNote"));
        if (status == QLatin1String("flagged"))
            text += QLatin1Char(' ') + tr("Students can still see the pack; please address the note.");
        m_moderation->setText(text);
    }
    const QString current = m_materials ? m_materials->property("packId").toString() : QString();
    if (id != current) {
        delete m_materials;
        m_materials = nullptr;
        if (!id.isEmpty()) {
            m_materials = models::tutor::createMaterialsModel(context().client, id, this);
            m_materials->setProperty("packId", id);
            connect(m_materials, &PagedListModel::stateChanged, this, &CoursePacksPage::updateButtons);
            m_materials->refresh();
        }
        m_materialView->setModel(m_materials);
        m_materialState->setModel(m_materials);
        if (m_materials)
            connect(m_materialView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CoursePacksPage::updateButtons);
        m_materialsTitle->setText(id.isEmpty() ? tr("Materials") : tr("Materials of “%1”").arg(Format::str(pack, "title")));
    }
    updateButtons();
}

void CoursePacksPage::updateButtons()
{
    const QJsonObject pack = selectedPack();
    const bool has = !pack.isEmpty();
    m_new->setEnabled(isReady());
    m_edit->setEnabled(has);
    m_delete->setEnabled(has);
    m_publish->setEnabled(has);
    m_publish->setText(Format::flag(pack, "isPublished") ? tr("Unpublish") : tr("Publish"));
    m_addMaterial->setEnabled(has);
    const QModelIndex mi = m_materialView->currentIndex();
    const bool material = m_materials && mi.isValid();
    m_editMaterial->setEnabled(material);
    m_deleteMaterial->setEnabled(material);
    m_up->setEnabled(material && mi.row() > 0);
    m_down->setEnabled(material && mi.row() + 1 < m_materials->rowCount());
}

PackEditorDialog *CoursePacksPage::newPack()
{
    if (!isReady())
        return nullptr;
    auto *d = new PackEditorDialog(context().client, tutorProfileId(), {}, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &PackEditorDialog::saved, this, [this](const QJsonObject &pack) {
        showSuccess(tr("“%1” was created.").arg(Format::str(pack, "title")));
        const QString id = Format::str(pack, "id");
        connect(m_packs, &PagedListModel::pageLoaded, this, [this, id](int, bool first) {
            if (first)
                selectPack(id);
        }, Qt::SingleShotConnection);
        m_packs->refresh();
    });
    d->open();
    return d;
}

PackEditorDialog *CoursePacksPage::editPack()
{
    const QJsonObject pack = selectedPack();
    if (pack.isEmpty())
        return nullptr;
    auto *d = new PackEditorDialog(context().client, tutorProfileId(), pack, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &PackEditorDialog::saved, this, [this](const QJsonObject &saved) {
        m_packs->replaceObject(saved);
        showSuccess(tr("“%1” was saved.").arg(Format::str(saved, "title")));
    });
    d->open();
    return d;
}

void CoursePacksPage::setPublished(bool published)
{
    const QJsonObject pack = selectedPack();
    if (pack.isEmpty())
        return;
    auto *api = new api::CatalogApi(context().client, this);
    busy()->start();
    api->updateCoursePack(Format::str(pack, "id"), {{QStringLiteral("isPublished"), published}}, this,
                          [this, api, published](const api::Result<api::JsonAnswer> &r) {
                              api->deleteLater();
                              busy()->stop();
                              if (!r.ok()) {
                                  showError(r.error().userMessage());
                                  return;
                              }
                              m_packs->replaceObject(r.value().object());
                              showSuccess(published ? tr("“%1” is published: students can find and book it.").arg(Format::str(r.value().object(), "title"))
                                                    : tr("“%1” is no longer shown to students; current enrollments continue.")
                                                          .arg(Format::str(r.value().object(), "title")));
                              updateButtons();
                          });
}

void CoursePacksPage::deletePack()
{
    const QJsonObject pack = selectedPack();
    if (pack.isEmpty())
        return;
    auto *api = new api::CatalogApi(context().client, this);
    busy()->start();
    api->deleteCoursePack(Format::str(pack, "id"), {}, this, [this, api, pack](const api::Result<api::JsonAnswer> &r) {
        api->deleteLater();
        busy()->stop();
        if (!r.ok()) {
            if (r.error().hasCode(QStringLiteral("errMsg_CoursePackHasActiveEnrollments")))
                showError(tr("“%1” cannot be deleted while students are enrolled in it. Unpublish it instead: "
                             "it disappears from the catalog and the current enrollments continue.")
                              .arg(Format::str(pack, "title")));
            else
                showError(r.error().userMessage());
            return;
        }
        m_packs->removeId(Format::str(pack, "id"));
        showSuccess(tr("“%1” was deleted.").arg(Format::str(pack, "title")));
        packChanged();
    });
}

QStringList CoursePacksPage::materialTitles(const QString &exceptId) const
{
    QStringList titles;
    for (int r = 0; m_materials && r < m_materials->rowCount(); ++r)
        if (m_materials->idAt(r) != exceptId)
            titles << Format::str(m_materials->object(r), "title").toLower();
    return titles;
}

MaterialDialog *CoursePacksPage::addMaterial()
{
    const QString packId = selectedPackId();
    if (packId.isEmpty())
        return nullptr;
    auto *d = new MaterialDialog(context().client, packId, {}, materialTitles({}), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &MaterialDialog::saved, this, [this](const QJsonObject &m) {
        showSuccess(tr("“%1” was added.").arg(Format::str(m, "title")));
        if (m_materials)
            m_materials->refresh();
    });
    d->open();
    return d;
}

MaterialDialog *CoursePacksPage::editMaterial()
{
    const QModelIndex i = m_materialView->currentIndex();
    if (!m_materials || !i.isValid())
        return nullptr;
    const QJsonObject material = m_materials->object(i.row());
    auto *d = new MaterialDialog(context().client, selectedPackId(), material, materialTitles(Format::str(material, "id")), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &MaterialDialog::saved, this, [this](const QJsonObject &m) {
        m_materials->replaceObject(m);
        showSuccess(tr("“%1” was saved.").arg(Format::str(m, "title")));
    });
    d->open();
    return d;
}

void CoursePacksPage::moveMaterial(int delta)
{
    const QModelIndex i = m_materialView->currentIndex();
    if (!m_materials || !i.isValid())
        return;
    const int target = i.row() + delta;
    if (target < 0 || target >= m_materials->rowCount())
        return;
    const QString id = m_materials->idAt(i.row());
    auto *api = new api::CatalogApi(context().client, this);
    busy()->start();
    // One request: the server moves the material to the position and renumbers the others (T4).
    api->updateCourseMaterial(id, {{QStringLiteral("sortOrder"), target}}, this, [this, api, id](const api::Result<api::JsonAnswer> &r) {
        api->deleteLater();
        busy()->stop();
        if (!r.ok()) {
            showError(r.error().userMessage());
            return;
        }
        connect(m_materials, &PagedListModel::pageLoaded, this, [this, id](int, bool first) {
            if (first)
                selectMaterial(id);
        }, Qt::SingleShotConnection);
        m_materials->refresh();
    });
}

void CoursePacksPage::deleteMaterial()
{
    const QModelIndex i = m_materialView->currentIndex();
    if (!m_materials || !i.isValid())
        return;
    const QJsonObject material = m_materials->object(i.row());
    auto *api = new api::CatalogApi(context().client, this);
    busy()->start();
    api->deleteCourseMaterial(Format::str(material, "id"), this, [this, api, material](const api::Result<api::JsonAnswer> &r) {
        api->deleteLater();
        busy()->stop();
        if (!r.ok()) {
            showError(r.error().userMessage());
            return;
        }
        m_materials->removeId(Format::str(material, "id"));
        showSuccess(tr("“%1” was deleted.").arg(Format::str(material, "title")));
        updateButtons();
    });
}

} // namespace tutorhub::ui::tutor
