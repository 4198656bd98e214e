// The pages of a workspace (student, tutor, admin; decision D9), in sidebar order. A plain list model:
// it knows nothing about views or widgets. The main window builds one page per row.
#pragma once

#include "api/types.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace tutorhub::models {

struct NavigationPage
{
    QString id; // stable, e.g. "find-tutor"; used for page lookup and file names
    QString title; // translated
    QString description; // translated sentence: what the page is for
    QString iconName; // name of an icon in the ui icon set, e.g. "search"
    bool available = false; // false: the feature comes in a later version
};

class WorkspaceNavigationModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        PageIdRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        IconNameRole,
        AvailableRole,
    };
    Q_ENUM(Role)

    explicit WorkspaceNavigationModel(QObject *parent = nullptr);
    explicit WorkspaceNavigationModel(api::Workspace workspace, QObject *parent = nullptr);

    api::Workspace workspace() const { return m_workspace; }
    // Replaces all rows (model reset) when the workspace differs.
    void setWorkspace(api::Workspace workspace);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const NavigationPage &page(int row) const { return m_pages.at(row); }
    // Row of the page with that id, or -1.
    int rowOf(const QString &pageId) const;

    // The pages of a workspace (translated at call time).
    static QList<NavigationPage> pagesFor(api::Workspace workspace);
    // Translated name of a workspace ("Student", "Tutor", "Administration").
    static QString workspaceName(api::Workspace workspace);
    // Translated label of a role id ("Student", "Tutor", "Administrator", "Super administrator").
    static QString roleLabel(const QString &roleId);

signals:
    void workspaceChanged(tutorhub::api::Workspace workspace);

private:
    api::Workspace m_workspace = api::Workspace::Student;
    QList<NavigationPage> m_pages;
};

} // namespace tutorhub::models
