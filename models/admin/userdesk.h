// The view-models of the users page (issue 6 §4) and the tutor applications page (§3) (issue 17 K32): who may
// be managed (D23/D37) and why not, the roles offered, a role change, a moderation plan for the dialog, and the
// review of an application. Sentences go to the workspace's message.
#pragma once

#include "models/admin/adminworkspace.h"
#include "models/admin/moderationcascade.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace tutorhub::models {
class PagedListModel;
}

namespace tutorhub::models::admin {

class UserDesk : public QObject
{
    Q_OBJECT

public:
    UserDesk(AdminWorkspace *workspace, QObject *parent = nullptr);
    AdminWorkspace *workspace() const { return m_workspace; }
    PagedListModel *list() const { return m_list; }

    // D23/D37: nobody manages themself or a superAdmin; only a superAdmin manages an admin.
    bool canManage(const QJsonObject &user) const;
    // Why `user` cannot be managed ("" when they can, or for no user).
    QString whyNot(const QJsonObject &user) const;
    // The roles `user` can be given (not the one they have): user, tutor, and admin for a superAdmin.
    QStringList roleChoices(const QJsonObject &user) const;
    // The plan of "ban", "suspend" or "reactivate" for `user`; nothing (and the sentence said) when not allowed.
    std::optional<CascadePlan> moderationPlan(const QString &action, const QJsonObject &user);
    // Gives `user` the role `roleId`; userChanged with the updated row on success.
    void changeRole(const QJsonObject &user, const QString &roleId);

signals:
    void userChanged(const QJsonObject &user);

private:
    QPointer<AdminWorkspace> m_workspace;
    QPointer<PagedListModel> m_list;
};

class ApplicationDesk : public QObject
{
    Q_OBJECT

public:
    ApplicationDesk(AdminWorkspace *workspace, QObject *parent = nullptr);
    AdminWorkspace *workspace() const { return m_workspace; }
    PagedListModel *list() const { return m_list; }
    // Approves or rejects the application `row` with the review note; reviewed(true) when it was applied.
    void review(const QJsonObject &row, bool approve, const QString &note);

signals:
    void reviewed(bool applied);

private:
    QPointer<AdminWorkspace> m_workspace;
    QPointer<PagedListModel> m_list;
};

} // namespace tutorhub::models::admin
