#include "agenthubdesk.h"

#include "adminlists.h"
#include "adminworkspace.h"

#include "api/adminapi.h"
#include "api/contract.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"

#include <QJsonArray>

namespace tutorhub::models::admin {

AgentHubDesk::AgentHubDesk(AdminWorkspace *workspace, QObject *parent)
    : QObject(parent),
      m_workspace(workspace),
      m_overrides(AdminLists::create(workspace->client(), AdminList::AgentOverrides, this)),
      m_tools(AdminLists::create(workspace->client(), AdminList::ToolCatalog, this)),
      m_executions(AdminLists::create(workspace->client(), AdminList::AgentExecutions, this))
{ }

void AgentHubDesk::setEnabled(const QString &overrideId, bool enabled)
{
    if (!m_workspace || overrideId.isEmpty())
        return;
    m_workspace->adminApi()->updateAgentOverride(overrideId, QJsonObject {{QStringLiteral("enabled"), enabled}}, this,
                                                 [this](const api::Result<api::JsonAnswer> &r) {
                                                     if (!r)
                                                         return m_workspace->say(r.error().userMessage(), true);
                                                     if (m_overrides)
                                                         m_overrides->replaceObject(r.value().object());
                                                     m_workspace->say(Format::flag(r.value().object(), "enabled")
                                                                          ? tr("The override is on.")
                                                                          : tr("The override is off."));
                                                 });
}

void AgentHubDesk::loadCatalog()
{
    if (!m_workspace)
        return;
    api::ApiRequest r = api::ApiRequest::to(api::Route::listToolCatalog);
    r.idempotent = true;
    r.query.addQueryItem(QStringLiteral("pageRowCount"), QStringLiteral("500"));
    api::callJson(m_workspace->client(), r, this, [this](const api::Result<api::JsonAnswer> &a) {
        if (!a)
            return; // the form then leaves tool names to the server
        QStringList names;
        for (const QJsonValue &v : a.value().array())
            names.append(Format::str(v.toObject(), "toolName"));
        m_catalog = names;
        emit catalogLoaded(names);
    });
}

QStringList AgentHubDesk::save(const QString &overrideId, const AgentOverrideForm &form)
{
    QStringList problems;
    for (const auto &p : form.validate(m_catalog))
        problems << p.sentence;
    if (!problems.isEmpty() || !m_workspace || overrideId.isEmpty() || m_saving)
        return problems;
    m_saving = true;
    m_workspace->adminApi()->updateAgentOverride(
        overrideId, form.toPatch(), this, [this](const api::Result<api::JsonAnswer> &res) {
            m_saving = false;
            if (!res) // the server's sentence, in the dialog, which stays open
                return emit saveFailed(res.error().userMessage());
            const QJsonObject row = res.value().object();
            if (m_overrides)
                m_overrides->replaceObject(row);
            m_workspace->say(tr("The override of %1 is saved.").arg(Format::str(row, "agentName")));
            emit saved(row);
        });
    return problems;
}

} // namespace tutorhub::models::admin
