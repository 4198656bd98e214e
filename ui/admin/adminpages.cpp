#include "adminpages.h"

#include "admintable.h"
#include "moderationdialog.h"

#include "common/busyindicator.h"
#include "common/messagebanner.h"
#include "common/prompter.h"
#include "common/widgets.h"
#include "models/admin/adminlists.h"
#include "models/admin/adminworkspace.h"
#include "models/admin/dashboardmodel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tutorhub::ui::admin {

using models::admin::AdminList;
using models::admin::AdminLists;
using models::admin::AdminWorkspace;
using models::admin::CascadePlan;
using models::admin::DashboardModel;
using models::admin::DashboardTile;

// ---------------------------------------------------------------------------------------------
// AdminPage

AdminPage::AdminPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      // Unfinished moderation sequences are kept under the data directory the app passes in (K31).
      m_workspace(new AdminWorkspace(context.client, context.session, context.dataDirectory, this))
{
    connect(m_workspace, &AdminWorkspace::message, this, &AdminPage::say);
}

AdminPage::~AdminPage() = default;

QString AdminPage::myId() const
{
    return m_workspace->myId();
}

void AdminPage::say(const QString &text, bool error)
{
    if (m_context.banner)
        m_context.banner->showMessage(error ? MessageBanner::Kind::Error : MessageBanner::Kind::Success, text);
}

void AdminPage::ask(QDialog *dialog)
{
    if (!dialog)
        return;
    // Opened window-modal and not waited for (K24, K35): the page goes on with the dialog's signals, and a keyboard
    // user (or a journey test) works the real dialog; a test's ScriptedPrompter answers it without showing it.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    openDialog(m_context.prompter, dialog);
}

ModerationDialog *AdminPage::moderationDialog(const CascadePlan &plan)
{
    auto *dialog = new ModerationDialog(m_workspace, plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ModerationDialog::sequenceFinished, this, [this] {
        refreshUnfinished();
        afterModeration();
    });
    connect(dialog, &QDialog::finished, this, [this] { refreshUnfinished(); });
    return dialog;
}

QWidget *AdminPage::unfinishedBar()
{
    m_unfinished = new QWidget(this);
    auto *row = new QHBoxLayout(m_unfinished);
    row->setContentsMargins(0, 0, 0, 0);
    m_unfinishedText = new QLabel(m_unfinished);
    m_unfinishedText->setWordWrap(true);
    auto *resume = new QPushButton(tr("Resume unfinished moderation…"), m_unfinished);
    resume->setAccessibleName(tr("Resume unfinished moderation"));
    row->addWidget(new QLabel(QStringLiteral("\u26a0"), m_unfinished));
    row->addWidget(m_unfinishedText, 1);
    row->addWidget(resume);
    connect(resume, &QPushButton::clicked, this, [this] {
        const auto entries = m_workspace->unfinished();
        if (entries.isEmpty())
            return refreshUnfinished();
        auto *dialog = new ModerationDialog(m_workspace, entries.first(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ModerationDialog::sequenceFinished, this, [this] { afterModeration(); });
        connect(dialog, &QDialog::finished, this, [this] { refreshUnfinished(); });
        openDialog(m_context.prompter, dialog);
    });
    refreshUnfinished();
    return m_unfinished;
}

void AdminPage::refreshUnfinished()
{
    if (!m_unfinished)
        return;
    const QString sentence = m_workspace->unfinishedSentence();
    m_unfinished->setVisible(!sentence.isEmpty());
    m_unfinishedText->setText(sentence);
}

// ---------------------------------------------------------------------------------------------
// Dashboard

DashboardPage::DashboardPage(const WorkspaceContext &context, QWidget *parent)
    : AdminPage(context, parent),
      m_model(new DashboardModel(workspace(), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    auto *title = markupLabel(tr("<h2>Needs attention</h2>"), this);
    m_busy = new BusyIndicator(this);
    m_updated = new QLabel(this);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setAccessibleName(tr("Refresh dashboard"));
    head->addWidget(title);
    head->addWidget(m_busy);
    head->addStretch();
    head->addWidget(m_updated);
    head->addWidget(refresh);
    layout->addLayout(head);
    layout->addWidget(unfinishedBar());

    auto *grid = new QGridLayout;
    int i = 0;
    for (const DashboardTile &t : m_model->tiles()) {
        auto *b = new QPushButton(this);
        b->setObjectName(t.id);
        b->setMinimumHeight(64);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        b->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 8px; }"));
        const QString tileId = t.id;
        connect(b, &QPushButton::clicked, this, [this, tileId] { openTile(tileId); });
        grid->addWidget(b, i / 2, i % 2);
        m_tiles.append(b);
        ++i;
    }
    layout->addLayout(grid);
    layout->addStretch();
    connect(refresh, &QPushButton::clicked, this, &DashboardPage::reload);
    connect(m_model, &DashboardModel::changed, this, &DashboardPage::showTiles);
    showTiles();
    reload();
}

QJsonObject DashboardPage::stats() const
{
    return m_model->stats();
}

AdminTable *DashboardPage::openTile(const QString &tileId)
{
    const DashboardTile t = m_model->tile(tileId);
    if (t.id.isEmpty())
        return nullptr;
    if (!context().openPage) {
        if (context().showPage)
            context().showPage(t.pageId);
        return nullptr;
    }
    auto *target = qobject_cast<AdminPage *>(context().openPage(t.pageId));
    AdminTable *table = target ? target->queueTable(t.table) : nullptr;
    if (!table)
        return nullptr;
    table->setFilters(t.filters); // visible in the table's filter bar; "Clear filters" shows every row again
    table->view()->setFocus();
    return table;
}

void DashboardPage::reload()
{
    m_model->reload();
}

void DashboardPage::showTiles()
{
    if (m_model->isLoading())
        m_busy->start();
    else
        m_busy->stop();
    const QList<DashboardTile> tiles = m_model->tiles();
    for (int i = 0; i < tiles.size() && i < m_tiles.size(); ++i) {
        const DashboardTile &t = tiles.at(i);
        m_tiles.at(i)->setText(QStringLiteral("%1   %2").arg(t.countText(), t.title));
        m_tiles.at(i)->setAccessibleName(t.title);
        m_tiles.at(i)->setAccessibleDescription(tr("%1: %2. Opens the queue.").arg(t.title, t.countText()));
    }
    if (!m_model->statusText().isEmpty())
        m_updated->setText(m_model->statusText());
}

// ---------------------------------------------------------------------------------------------
// Moderation log

ModerationLogPage::ModerationLogPage(const WorkspaceContext &context, QWidget *parent) : AdminPage(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(markupLabel(tr("<h2>Moderation log</h2>"), this));
    m_table = new AdminTable(
        AdminLists::create(context.client, AdminList::ModerationLog),
        {{FilterSpec::Kind::Enum, QStringLiteral("actionType"), tr("Action"), QStringLiteral("adminModerationAction")},
         {FilterSpec::Kind::Enum, QStringLiteral("targetType"), tr("Target"), QStringLiteral("adminModerationAction")}},
        tr("Moderation log"), this);
    m_table->setEmptyText(tr("No moderation action matches these filters."));
    layout->addWidget(m_table, 1);
}

} // namespace tutorhub::ui::admin
