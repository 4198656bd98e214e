// The AgentHub page's view-model (issue 6 §7, D42, U64; issue 17 K32): the overrides, the tool catalog and the
// execution log as lists; an override turned on or off; the catalog's tool names for the edit form; and an edited
// form checked field by field (AgentOverrideForm) and saved, its problems or the server's sentence as data.
#pragma once

#include "models/admin/adminworkspace.h"
#include "models/admin/agentoverrideform.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace tutorhub::models {
class PagedListModel;
}

namespace tutorhub::models::admin {

class AgentHubDesk : public QObject
{
    Q_OBJECT

public:
    AgentHubDesk(AdminWorkspace *workspace, QObject *parent = nullptr);
    AdminWorkspace *workspace() const { return m_workspace; }
    PagedListModel *overrides() const { return m_overrides; }
    PagedListModel *tools() const { return m_tools; }
    PagedListModel *executions() const { return m_executions; }

    void setEnabled(const QString &overrideId, bool enabled);

    // Every tool name of the catalog (one page of up to 500 is plenty for an agent's choice): catalogLoaded.
    void loadCatalog();
    QStringList catalogTools() const { return m_catalog; }

    // Checks `form` against the catalog and, when it is fine, saves it: saved() or saveFailed(sentences).
    // Returns the problems found before sending (empty: sent).
    QStringList save(const QString &overrideId, const AgentOverrideForm &form);
    bool isSaving() const { return m_saving; }

signals:
    void catalogLoaded(const QStringList &names);
    void saved(const QJsonObject &row);
    void saveFailed(const QString &sentence);

private:
    QPointer<AdminWorkspace> m_workspace;
    QPointer<PagedListModel> m_overrides, m_tools, m_executions;
    QStringList m_catalog;
    bool m_saving = false;
};

} // namespace tutorhub::models::admin
