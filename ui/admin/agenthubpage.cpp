// AgentHub (issue 6 §7): agent overrides, the tool catalog and the execution log. An override is turned on or off
// (D42) or edited in a dialog with every field updateAgentOverride documents, checked before it is sent (U64).
#include "adminpages.h"

#include "admintable.h"

#include "common/widgets.h"
#include "models/admin/agenthubdesk.h"
#include "models/admin/agentoverrideform.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"
#include "common/prompter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tutorhub::ui::admin {

using models::Format;
using models::admin::AgentHubDesk;

AgentHubPage::AgentHubPage(const WorkspaceContext &context, QWidget *parent)
    : AdminPage(context, parent),
      m_desk(new AgentHubDesk(workspace(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(markupLabel(tr("<h2>AgentHub</h2>"), this));
    auto *tabs = m_tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("AgentHub"));
    m_overrides = new AdminTable(m_desk->overrides(), {}, tr("Agent overrides"), tabs);
    m_overrides->setEmptyText(tr("No agent override is configured."));
    m_toggle = new QPushButton(tr("&Turn off"), this);
    m_toggle->setAccessibleName(tr("Turn override on or off"));
    m_overrides->toolBar()->addWidget(m_toggle);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setAccessibleName(tr("Edit override"));
    m_overrides->toolBar()->addWidget(m_edit);
    m_overrides->toolBar()->addStretch();
    tabs->addTab(m_overrides, tr("&Overrides"));
    m_tools
        = new AdminTable(m_desk->tools(), {{FilterSpec::Kind::Text, QStringLiteral("serviceName"), tr("Service"), {}}},
                         tr("Tool catalog"), tabs);
    m_tools->setEmptyText(tr("No tool matches."));
    tabs->addTab(m_tools, tr("Tool &catalog"));
    m_executions = new AdminTable(
        m_desk->executions(),
        {{FilterSpec::Kind::Enum, QStringLiteral("status"), tr("Result"), QStringLiteral("sys_agentExecution")},
         {FilterSpec::Kind::Text, QStringLiteral("agentName"), tr("Agent"), {}}},
        tr("Agent executions"), tabs);
    m_executions->setEmptyText(
        tr("No agent has run yet: the local server runs no agents (it only records their executions)."));
    tabs->addTab(m_executions, tr("&Executions"));
    layout->addWidget(tabs, 1);

    auto update = [this](const QJsonObject &row) {
        m_toggle->setEnabled(!row.isEmpty());
        m_edit->setEnabled(!row.isEmpty());
        m_toggle->setText(Format::flag(row, "enabled") ? tr("&Turn off") : tr("&Turn on"));
    };
    connect(m_overrides, &AdminTable::currentChanged, this, update);
    update({});
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        const QJsonObject row = m_overrides->currentObject();
        if (!row.isEmpty())
            setEnabled(Format::str(row, "id"), !Format::flag(row, "enabled"));
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (QDialog *d = openEditDialog())
            openDialog(this->context().prompter, d);
    });
}

void AgentHubPage::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

QDialog *AgentHubPage::openEditDialog()
{
    const QJsonObject row = m_overrides->currentObject();
    if (row.isEmpty())
        return nullptr;
    const QString id = Format::str(row, "id");
    const models::admin::AgentOverrideForm form = models::admin::AgentOverrideForm::fromJson(row);
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit override: %1").arg(Format::str(row, "agentName")));
    dialog->setAccessibleName(tr("Edit override"));
    dialog->setMinimumWidth(560);
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(tr("Leave a field empty to use the agent's design default."), dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *formLayout = new QFormLayout;
    layout->addLayout(formLayout);
    auto line = [dialog](const QString &text, const QString &name) {
        auto *e = new QLineEdit(text, dialog);
        e->setAccessibleName(name);
        return e;
    };
    auto *provider = line(form.provider, tr("Provider"));
    provider->setPlaceholderText(tr("Design default"));
    auto *model = line(form.model, tr("Model"));
    model->setPlaceholderText(tr("Design default"));
    auto *prompt = new QPlainTextEdit(form.systemPrompt, dialog);
    prompt->setAccessibleName(tr("System prompt"));
    prompt->setTabChangesFocus(true);
    prompt->setPlaceholderText(tr("Design default"));
    prompt->setFixedHeight(prompt->fontMetrics().lineSpacing() * 5 + 12);
    auto *temperature = line(form.temperature, tr("Temperature"));
    temperature->setPlaceholderText(tr("0 to 2; design default"));
    auto *maxTokens = line(form.maxTokens, tr("Maximum tokens"));
    maxTokens->setPlaceholderText(tr("Design default"));
    auto *format = new QComboBox(dialog);
    format->setAccessibleName(tr("Response format"));
    format->addItem(tr("Design default"), QString());
    format->addItem(tr("Text"), QStringLiteral("text"));
    format->addItem(tr("JSON"), QStringLiteral("json"));
    format->setCurrentIndex(qMax(0, format->findData(form.responseFormat)));
    auto *ownTools = new QCheckBox(tr("Choose the tools (otherwise the design default's)"), dialog);
    ownTools->setChecked(form.toolsSet);
    auto *tools = new QListWidget(dialog);
    tools->setAccessibleName(tr("Selected tools"));
    tools->setFixedHeight(tools->fontMetrics().lineSpacing() * 5 + 12);
    tools->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long tool names wrap (L2: nothing scrolls sideways)
    tools->setWordWrap(true);
    tools->setTextElideMode(Qt::ElideNone);
    for (const QString &t : form.selectedTools) { // shown at once; the catalog adds the others
        auto *item = new QListWidgetItem(t, tools);
        item->setCheckState(Qt::Checked);
    }
    tools->setEnabled(form.toolsSet);
    connect(ownTools, &QCheckBox::toggled, tools, &QWidget::setEnabled);
    auto *maxToolCalls = line(form.maxToolCalls, tr("Maximum tool calls"));
    auto *timeout = line(form.timeoutSeconds, tr("Timeout in seconds"));
    auto *budget = line(form.maxTokenBudget, tr("Token budget"));
    for (QLineEdit *e : {maxToolCalls, timeout, budget})
        e->setPlaceholderText(tr("Design default"));
    auto *enabled = new QCheckBox(tr("Override on"), dialog);
    enabled->setChecked(form.enabled);
    formLayout->addRow(tr("&Provider:"), provider);
    formLayout->addRow(tr("&Model:"), model);
    formLayout->addRow(tr("&System prompt:"), prompt);
    formLayout->addRow(tr("&Temperature:"), temperature);
    formLayout->addRow(tr("Maximum t&okens:"), maxTokens);
    formLayout->addRow(tr("Response &format:"), format);
    formLayout->addRow(QString(), ownTools);
    formLayout->addRow(tr("Too&ls:"), tools);
    auto *guards = new QGroupBox(tr("Guardrails"), dialog);
    auto *guardForm = new QFormLayout(guards);
    guardForm->addRow(tr("Maximum tool &calls:"), maxToolCalls);
    guardForm->addRow(tr("T&imeout (seconds):"), timeout);
    guardForm->addRow(tr("Token &budget:"), budget);
    layout->addWidget(guards);
    layout->addWidget(enabled);
    auto *problems = new QLabel(dialog);
    problems->setWordWrap(true);
    problems->setAccessibleName(tr("Problems"));
    problems->hide();
    layout->addWidget(problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save override"));
    layout->addWidget(buttons);

    // Every tool of the catalog, added to the list unchecked.
    auto addTools = [tools](const QStringList &names) {
        for (const QString &name : names)
            if (tools->findItems(name, Qt::MatchExactly).isEmpty()) {
                auto *item = new QListWidgetItem(name, tools);
                item->setCheckState(Qt::Unchecked);
            }
    };
    addTools(m_desk->catalogTools());
    connect(m_desk, &AgentHubDesk::catalogLoaded, dialog, addTools);
    m_desk->loadCatalog();

    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=] {
        models::admin::AgentOverrideForm f;
        f.provider = provider->text();
        f.model = model->text();
        f.systemPrompt = prompt->toPlainText();
        f.temperature = temperature->text();
        f.maxTokens = maxTokens->text();
        f.responseFormat = format->currentData().toString();
        f.toolsSet = ownTools->isChecked();
        for (int i = 0; i < tools->count(); ++i)
            if (tools->item(i)->checkState() == Qt::Checked)
                f.selectedTools.append(tools->item(i)->text());
        f.maxToolCalls = maxToolCalls->text();
        f.timeoutSeconds = timeout->text();
        f.maxTokenBudget = budget->text();
        f.enabled = enabled->isChecked();
        const QStringList found = m_desk->save(id, f);
        if (!found.isEmpty()) {
            problems->setText(found.join(QLatin1Char('\n')));
            problems->show();
            return;
        }
        buttons->setEnabled(false);
    });
    connect(m_desk, &AgentHubDesk::saveFailed, dialog, [buttons, problems](const QString &sentence) {
        buttons->setEnabled(true);
        problems->setText(sentence); // the server's sentence, in the dialog, which stays open
        problems->show();
    });
    connect(m_desk, &AgentHubDesk::saved, dialog, [dialog] { dialog->accept(); });
    return dialog;
}

void AgentHubPage::setEnabled(const QString &overrideId, bool enabled)
{
    m_desk->setEnabled(overrideId, enabled);
}

} // namespace tutorhub::ui::admin
