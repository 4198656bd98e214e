#include "coursepackspage.h"

#include "common/prompter.h"

#include "common/widgets.h"
#include "packdialogs.h"

#include "models/format.h"
#include "models/labels.h"
#include "models/pagedlistmodel.h"
#include "models/tutor/packsviewmodel.h"
#include "ui/common/liststate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tutorhub::ui::tutor {

using models::Format;
using models::PagedListModel;
using models::tutor::CoursePacksViewModel;

CoursePacksPage::CoursePacksPage(const WorkspaceContext &context, QWidget *parent)
    : TutorPage(context, tr("Course packs"),
                tr("Your course packs with their price and scheduling rules, and the materials enrolled students get."),
                parent),
      m_model(new CoursePacksViewModel(context.client, context.session, this))
{
    attach(m_model);
    connect(m_model, &CoursePacksViewModel::packChanged, this, &CoursePacksPage::packChanged);
    connect(m_model, &CoursePacksViewModel::materialDeleted, this, &CoursePacksPage::updateButtons);
    connect(m_model, &CoursePacksViewModel::selectPackRequested, this, &CoursePacksPage::selectPack);
    connect(m_model, &CoursePacksViewModel::selectMaterialRequested, this, &CoursePacksPage::selectMaterial);
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(split);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_new = named(new QPushButton(tr("New pack…"), top), tr("New course pack"));
    m_edit = named(new QPushButton(tr("Edit…"), top), tr("Edit course pack"));
    m_publish = named(new QPushButton(tr("Publish"), top), tr("Publish or unpublish"));
    m_delete = named(new QPushButton(tr("Delete"), top), tr("Delete course pack"), "deletePack");
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
    connect(m_publish, &QPushButton::clicked, this,
            [this] { setPublished(!Format::flag(selectedPack(), "isPublished")); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (this->context().prompter->confirm(
                this, tr("Delete course pack"),
                tr("Delete “%1”? Students will no longer see it and its free lessons are canceled.")
                    .arg(Format::str(selectedPack(), "title")),
                tr("Delete course pack"), true))
            deletePack();
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

models::PagedListModel *CoursePacksPage::packs() const
{
    return m_model->packs();
}

models::PagedListModel *CoursePacksPage::materials() const
{
    return m_model->materials();
}

void CoursePacksPage::profileReady()
{
    m_model->load();
    PagedListModel *packs = m_model->packs();
    m_packView->setModel(packs);
    m_packState->setModel(packs);
    connect(m_packView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CoursePacksPage::packChanged);
    connect(packs, &PagedListModel::pageLoaded, this, [this](int, bool first) {
        if (first && !m_packView->currentIndex().isValid() && m_model->packs()->rowCount() > 0)
            m_packView->selectRow(0);
    });
    connect(packs, &QAbstractItemModel::dataChanged, this, [this] { packChanged(); });
}

QJsonObject CoursePacksPage::selectedPack() const
{
    const QModelIndex i = m_packView->currentIndex();
    return packs() && i.isValid() ? packs()->object(i.row()) : QJsonObject();
}

QString CoursePacksPage::selectedPackId() const
{
    return Format::str(selectedPack(), "id");
}

void CoursePacksPage::selectPack(const QString &id)
{
    const int row = packs() ? packs()->rowOfId(id) : -1;
    if (row >= 0)
        m_packView->selectRow(row);
}

QString CoursePacksPage::selectedMaterialId() const
{
    const QModelIndex i = m_materialView->currentIndex();
    return materials() && i.isValid() ? materials()->idAt(i.row()) : QString();
}

void CoursePacksPage::selectMaterial(const QString &id)
{
    const int row = materials() ? materials()->rowOfId(id) : -1;
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
        QString text = tr("Moderation: %1.")
                           .arg(models::Labels::enumLabel(QStringLiteral("coursePack"),
                                                          QStringLiteral("moderationStatus"), status));
        if (!Format::str(pack, "moderationNote").isEmpty())
            text += QLatin1Char(' ') + tr("Note from the moderators: %1").arg(Format::str(pack, "moderationNote"));
        if (status == QLatin1String("flagged"))
            text += QLatin1Char(' ') + tr("Students can still see the pack; please address the note.");
        m_moderation->setText(text);
    }
    if (id != m_model->materialsPackId() || (!id.isEmpty() && !materials())) {
        m_model->showMaterials(id);
        PagedListModel *materials = m_model->materials();
        if (materials)
            connect(materials, &PagedListModel::stateChanged, this, &CoursePacksPage::updateButtons);
        m_materialView->setModel(materials);
        m_materialState->setModel(materials);
        if (materials)
            connect(m_materialView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                    &CoursePacksPage::updateButtons);
        m_materialsTitle->setText(id.isEmpty() ? tr("Materials")
                                               : tr("Materials of “%1”").arg(Format::str(pack, "title")));
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
    const bool material = materials() && mi.isValid();
    m_editMaterial->setEnabled(material);
    m_deleteMaterial->setEnabled(material);
    m_up->setEnabled(material && mi.row() > 0);
    m_down->setEnabled(material && mi.row() + 1 < materials()->rowCount());
}

PackEditorDialog *CoursePacksPage::newPack()
{
    if (!isReady())
        return nullptr;
    auto *d = new PackEditorDialog(m_model->commands(), tutorProfileId(), {}, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &PackEditorDialog::saved, m_model, &CoursePacksViewModel::packCreated);
    openForm(d);
    return d;
}

PackEditorDialog *CoursePacksPage::editPack()
{
    const QJsonObject pack = selectedPack();
    if (pack.isEmpty())
        return nullptr;
    auto *d = new PackEditorDialog(m_model->commands(), tutorProfileId(), pack, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &PackEditorDialog::saved, m_model, &CoursePacksViewModel::packSaved);
    openForm(d);
    return d;
}

void CoursePacksPage::setPublished(bool published)
{
    m_model->setPublished(selectedPack(), published);
}

void CoursePacksPage::deletePack()
{
    m_model->deletePack(selectedPack());
}

MaterialDialog *CoursePacksPage::addMaterial()
{
    const QString packId = selectedPackId();
    if (packId.isEmpty())
        return nullptr;
    auto *d
        = new MaterialDialog(m_model->commands(), context().prompter, packId, {}, m_model->materialTitles({}), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &MaterialDialog::saved, m_model, &CoursePacksViewModel::materialAdded);
    openForm(d);
    return d;
}

MaterialDialog *CoursePacksPage::editMaterial()
{
    const QModelIndex i = m_materialView->currentIndex();
    if (!materials() || !i.isValid())
        return nullptr;
    const QJsonObject material = materials()->object(i.row());
    auto *d = new MaterialDialog(m_model->commands(), context().prompter, selectedPackId(), material,
                                 m_model->materialTitles(Format::str(material, "id")), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &MaterialDialog::saved, m_model, &CoursePacksViewModel::materialSaved);
    openForm(d);
    return d;
}

void CoursePacksPage::moveMaterial(int delta)
{
    const QModelIndex i = m_materialView->currentIndex();
    if (materials() && i.isValid())
        m_model->moveMaterial(i.row(), delta);
}

void CoursePacksPage::deleteMaterial()
{
    const QModelIndex i = m_materialView->currentIndex();
    if (materials() && i.isValid())
        m_model->deleteMaterial(materials()->object(i.row()));
}

} // namespace tutorhub::ui::tutor
