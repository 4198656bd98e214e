// AgentHub (issue 6 §7): agent overrides, the tool catalog and the execution log, read-only, with
// the one edit the contract allows an admin here: turning an override on or off (D42).
#include "adminpages.h"

#include "admintable.h"

#include "api/adminapi.h"
#include "models/format.h"
#include "common/widgets.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tutorhub::ui::admin {

using models::Format;
using models::admin::AdminList;
using models::admin::AdminLists;

AgentHubPage::AgentHubPage(const WorkspaceContext &context, QWidget *parent) : AdminPage(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(markupLabel(tr("<h2>AgentHub</h2>"), this));
    auto *tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("AgentHub"));
    m_overrides = new AdminTable(AdminLists::create(context.client, AdminList::AgentOverrides), {}, tr("Agent overrides"), tabs);
    m_overrides->setEmptyText(tr("No agent override is configured."));
    m_toggle = new QPushButton(tr("&Turn off"), this);
    m_toggle->setAccessibleName(tr("Turn override on or off"));
    m_overrides->toolBar()->addWidget(m_toggle);
    tabs->addTab(m_overrides, tr("&Overrides"));
    m_tools = new AdminTable(AdminLists::create(context.client, AdminList::ToolCatalog),
                             {{FilterSpec::Kind::Text, QStringLiteral("serviceName"), tr("Service"), {}}}, tr("Tool catalog"), tabs);
    m_tools->setEmptyText(tr("No tool matches."));
    tabs->addTab(m_tools, tr("Tool &catalog"));
    m_executions = new AdminTable(AdminLists::create(context.client, AdminList::AgentExecutions),
                                  {{FilterSpec::Kind::Enum, QStringLiteral("status"), tr("Result"), QStringLiteral("sys_agentExecution")},
                                   {FilterSpec::Kind::Text, QStringLiteral("agentName"), tr("Agent"), {}}},
                                  tr("Agent executions"), tabs);
    m_executions->setEmptyText(tr("No agent has run yet: the local server runs no agents (it only records their executions)."));
    tabs->addTab(m_executions, tr("&Executions"));
    layout->addWidget(tabs, 1);

    auto update = [this](const QJsonObject &row) {
        m_toggle->setEnabled(!row.isEmpty());
        m_toggle->setText(Format::flag(row, "enabled") ? tr("&Turn off") : tr("&Turn on"));
    };
    connect(m_overrides, &AdminTable::currentChanged, this, update);
    update({});
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        const QJsonObject row = m_overrides->currentObject();
        if (!row.isEmpty())
            setEnabled(Format::str(row, "id"), !Format::flag(row, "enabled"));
    });
}

void AgentHubPage::setEnabled(const QString &overrideId, bool enabled)
{
    adminApi()->updateAgentOverride(overrideId, QJsonObject{{QStringLiteral("enabled"), enabled}}, this,
                                    [this](const api::Result<api::JsonAnswer> &r) {
                                        if (!r)
                                            return say(r.error().userMessage(), true);
                                        m_overrides->model()->replaceObject(r.value().object());
                                        say(Format::flag(r.value().object(), "enabled") ? tr("The override is on.") : tr("The override is off."));
                                    });
}

} // namespace tutorhub::ui::admin
