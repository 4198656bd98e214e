// The issue triage view-model (issue 6 §2, U60-U65; issue 17 K32): the queue, the current issue with its course's
// tutor resolved, the transitions open -> investigating -> resolved/dismissed with a resolution and the internal
// note, priority and assignee (our extension "issueTriage"; absent: not offered), the administrators to assign,
// and the follow-up action of a resolution. Warnings and course edits run here; a suspension, ban or removal
// becomes a moderation plan (moderationRequested) that the page shows in the moderation dialog.
#pragma once

#include "models/admin/adminworkspace.h"
#include "models/admin/moderationcascade.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

namespace tutorhub::models {
class PagedListModel;
}

namespace tutorhub::models::admin {

class IssueDesk : public QObject
{
    Q_OBJECT

public:
    struct FollowUp
    {
        QString id; // "warn", "requireEdit", "removeCourse", "suspend", "ban"
        QString label; // translated
        QString resolution; // the resolution it follows
        bool needsUser = false;
        bool needsCourse = false;
    };
    static QList<FollowUp> followUps();

    IssueDesk(AdminWorkspace *workspace, QObject *parent = nullptr);

    AdminWorkspace *workspace() const { return m_workspace; }
    // The queue (an AdminList::Issues model; the page's table takes it over).
    PagedListModel *list() const { return m_list; }
    bool triageAvailable() const { return m_triageAvailable; }

    QJsonObject issue() const { return m_issue; }
    QString status() const;
    bool isClosed() const;
    // Shows `row` (the queue's current row; {} = none); looks up the course's tutor when the row names a course.
    void select(const QJsonObject &row);
    // PATCH status / resolution / adminNote (status "" = the note only); a resolution with a follow-up runs it.
    void transition(const QString &status, const QString &resolution, const QString &note);
    // Priority (low/normal/high/urgent) and assignee (an admin's id, "" = nobody) of the current issue.
    void setTriage(const QString &priority, const QString &assigneeId);
    // The follow-up action of `resolution` on the current issue.
    void followUp(const QString &resolution);

    // The administrators an issue can be assigned to: (name, id), sorted by name, "(me)" marked.
    void loadAdmins();
    QList<QPair<QString, QString>> admins() const { return m_admins; }

signals:
    void issueChanged(const QJsonObject &issue);
    void adminsChanged();
    // A suspension, ban or course removal to confirm in the moderation dialog.
    void moderationRequested(const tutorhub::models::admin::CascadePlan &plan);

private:
    void reload(const QString &id);
    void setIssue(const QJsonObject &issue);

    QPointer<AdminWorkspace> m_workspace;
    QPointer<PagedListModel> m_list;
    bool m_triageAvailable = true;
    QJsonObject m_issue;
    QList<QPair<QString, QString>> m_admins;
};

} // namespace tutorhub::models::admin
