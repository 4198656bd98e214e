#include "issuedesk.h"

#include "adminlists.h"
#include "adminworkspace.h"

#include "api/adminapi.h"
#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/catalogapi.h"
#include "api/contract.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/pagedlistmodel.h"

#include <QJsonArray>

#include <algorithm>
#include <optional>

namespace tutorhub::models::admin {

QList<IssueDesk::FollowUp> IssueDesk::followUps()
{
    return {
        {QStringLiteral("warn"), tr("Warn the user"), QStringLiteral("warned"), true, false},
        {QStringLiteral("requireEdit"), tr("Require a course edit"), QStringLiteral("courseEditRequired"), false, true},
        {QStringLiteral("removeCourse"), tr("Remove the course…"), QStringLiteral("courseRemoved"), false, true},
        {QStringLiteral("suspend"), tr("Suspend the user…"), QStringLiteral("userSuspended"), true, false},
        {QStringLiteral("ban"), tr("Ban the user…"), QStringLiteral("userBanned"), true, false},
    };
}

namespace {
std::optional<IssueDesk::FollowUp> followUpOf(const QString &resolution)
{
    for (const IssueDesk::FollowUp &f : IssueDesk::followUps())
        if (f.resolution == resolution)
            return f;
    return std::nullopt;
}
QString now()
{
    return Format::toIsoUtc(QDateTime::currentDateTimeUtc());
}
} // namespace

IssueDesk::IssueDesk(AdminWorkspace *workspace, QObject *parent)
    : QObject(parent),
      m_workspace(workspace),
      m_list(AdminLists::create(workspace->client(), AdminList::Issues, this)),
      // Priority and assignee are our server's extension "issueTriage" (U60): without it they are not offered.
      m_triageAvailable(workspace->serverHas(QStringLiteral("issueTriage")))
{ }

QString IssueDesk::status() const
{
    return Format::str(m_issue, "status");
}

bool IssueDesk::isClosed() const
{
    return status() == QLatin1String("resolved") || status() == QLatin1String("dismissed");
}

void IssueDesk::setIssue(const QJsonObject &issue)
{
    m_issue = issue;
    emit issueChanged(m_issue);
}

void IssueDesk::select(const QJsonObject &row)
{
    setIssue(row);
    // The course's tutor is one more look-up (the issue's join carries only the profile id).
    const QString profileId = Format::str(Format::join(row, "coursePack"), "tutorProfileId");
    if (profileId.isEmpty() || row.contains(QStringLiteral("_tutorName")) || !m_workspace)
        return;
    auto *catalog = new api::CatalogApi(m_workspace->client(), this);
    const QString issueId = Format::str(row, "id");
    catalog->getTutorProfile(profileId, this, [this, catalog, issueId](const api::Result<api::JsonAnswer> &r) {
        catalog->deleteLater();
        if (!r || Format::str(m_issue, "id") != issueId)
            return;
        QJsonObject withName = m_issue;
        withName.insert(QStringLiteral("_tutorName"), Format::str(r.value().object(), "displayName"));
        withName.insert(QStringLiteral("_tutorUserId"), Format::str(r.value().object(), "tutorId"));
        setIssue(withName);
    });
}

void IssueDesk::reload(const QString &id)
{
    m_workspace->adminApi()->getIssue(id, this, [this, id](const api::Result<api::JsonAnswer> &r) {
        if (!r)
            return;
        const QJsonObject issue = r.value().object();
        if (m_list)
            m_list->replaceObject(issue); // a get carries the joins as objects; the row keeps the list shape
        if (Format::str(m_issue, "id") == id)
            select(issue);
    });
}

void IssueDesk::transition(const QString &status, const QString &resolution, const QString &note)
{
    const QString id = Format::str(m_issue, "id");
    if (id.isEmpty() || !m_workspace)
        return;
    QJsonObject fields {{QStringLiteral("adminNote"), note}};
    if (!status.isEmpty())
        fields.insert(QStringLiteral("status"), status);
    if (!resolution.isEmpty())
        fields.insert(QStringLiteral("resolution"), resolution);
    m_workspace->adminApi()->updateIssue(
        id, fields, this, [this, id, status, resolution](const api::Result<api::JsonAnswer> &r) {
            if (!r) {
                m_workspace->say(AdminWorkspace::failureSentence(r.error(), tr("This issue")), true);
                reload(id); // show what it is now
                return;
            }
            QJsonObject updated = r.value().object();
            // The update answers without the joins: keep the names until the full issue is re-read.
            for (const char *join : {"reporter", "reportedUser", "coursePack", "_tutorName", "_tutorUserId"})
                if (!updated.contains(QLatin1String(join)) && m_issue.contains(QLatin1String(join)))
                    updated.insert(QLatin1String(join), m_issue.value(QLatin1String(join)));
            if (m_list)
                m_list->replaceObject(updated);
            if (Format::str(m_issue, "id") == id)
                setIssue(updated);
            reload(id);
            m_workspace->say(status.isEmpty() ? tr("Note saved.")
                                              : tr("Issue is now: %1.")
                                                    .arg(Labels::enumLabel(QStringLiteral("adminIssue"),
                                                                           QStringLiteral("status"), status)));
            if (followUpOf(resolution))
                followUp(resolution);
        });
}

void IssueDesk::loadAdmins()
{
    if (!m_workspace || !m_triageAvailable)
        return;
    // The administrators an issue can be assigned to (the server checks it again, U61).
    const QJsonObject filters {
        {QStringLiteral("roleId"), QJsonArray {QStringLiteral("admin"), QStringLiteral("superAdmin")}},
        {QStringLiteral("accountStatus"), QStringLiteral("active")}};
    api::ApiRequest r = api::ApiRequest::to(api::Route::bffListPost, {QStringLiteral("user")},
                                            QJsonObject {{QStringLiteral("filters"), filters}});
    r.idempotent = true;
    r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    api::callJson(m_workspace->client(), r, this, [this](const api::Result<api::JsonAnswer> &a) {
        if (!a)
            return m_workspace->say(
                tr("Could not load the administrators to assign issues to: %1").arg(a.error().userMessage()), true);
        QList<QPair<QString, QString>> admins;
        for (const QJsonValue &v : a.value().array()) {
            const QJsonObject u = v.toObject();
            const QString id = Format::str(u, "id");
            QString name = Format::str(u, "fullname");
            if (id == m_workspace->myId())
                name = tr("%1 (me)").arg(name);
            admins.append({name, id});
        }
        std::sort(admins.begin(), admins.end(),
                  [](const auto &x, const auto &y) { return x.first.localeAwareCompare(y.first) < 0; });
        m_admins = admins;
        emit adminsChanged();
    });
}

void IssueDesk::setTriage(const QString &priority, const QString &assigneeId)
{
    const QString id = Format::str(m_issue, "id");
    if (id.isEmpty() || !m_triageAvailable || !m_workspace)
        return;
    const QJsonObject fields {
        {QStringLiteral("priority"), priority},
        {QStringLiteral("assigneeId"), assigneeId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(assigneeId)}};
    m_workspace->adminApi()->updateIssue(id, fields, this, [this, id](const api::Result<api::JsonAnswer> &r) {
        if (!r) {
            if (r.error().hasCode(QStringLiteral("errMsg_InvalidParameter"))
                && r.error().codeArgument() == QLatin1String("assigneeId"))
                m_workspace->say(tr("Only an active administrator can be assigned to an issue: choose another "
                                    "administrator or Nobody."),
                                 true);
            else
                m_workspace->say(AdminWorkspace::failureSentence(r.error(), tr("This issue")), true);
            reload(id);
            return;
        }
        const QJsonObject updated = r.value().object();
        const QString assignee = Format::str(updated, "assigneeId");
        QString assigneeName = tr("nobody");
        if (!assignee.isEmpty()) {
            assigneeName = assignee;
            for (const auto &a : std::as_const(m_admins))
                if (a.second == assignee)
                    assigneeName = a.first;
        }
        m_workspace->say(tr("Priority %1, assigned to %2.")
                             .arg(Labels::enumLabel(QStringLiteral("adminIssue"), QStringLiteral("priority"),
                                                    Format::str(updated, "priority")),
                                  assigneeName));
        reload(id);
        if (m_list)
            m_list->refresh(); // the order and the filters may place it elsewhere now
    });
}

void IssueDesk::followUp(const QString &resolution)
{
    const auto f = followUpOf(resolution);
    const QJsonObject issue = m_issue;
    if (!f || issue.isEmpty() || !m_workspace)
        return;
    AdminWorkspace *ws = m_workspace;
    const QString reportedUserId = Format::str(issue, "reportedUserId");
    const QString packId = Format::str(issue, "coursePackId");
    const QString reason = tr("Following issue %1").arg(Format::str(issue, "id").left(8));
    if (f->needsUser && reportedUserId.isEmpty())
        return ws->say(tr("This issue names no person, so there is nobody to %1.").arg(f->label.toLower()), true);
    if (f->needsCourse && packId.isEmpty())
        return ws->say(tr("This issue names no course."), true);

    if (f->id == QLatin1String("warn")) {
        const QJsonObject record {{QStringLiteral("adminId"), ws->myId()},
                                  {QStringLiteral("targetType"), QStringLiteral("user")},
                                  {QStringLiteral("targetId"), reportedUserId},
                                  {QStringLiteral("targetUserId"), reportedUserId},
                                  {QStringLiteral("actionType"), QStringLiteral("warn")},
                                  {QStringLiteral("actionReason"), reason},
                                  {QStringLiteral("actionDate"), now()}};
        ws->adminApi()->createModerationAction(record, this, [ws](const api::Result<api::JsonAnswer> &r) {
            ws->say(r ? tr("The user was warned; the warning is in their messages.") : r.error().userMessage(), !r);
        });
        return;
    }
    if (f->id == QLatin1String("requireEdit")) {
        const QString tutorUserId = issue.value(QStringLiteral("_tutorUserId")).toString();
        const QJsonObject flag {{QStringLiteral("moderationStatus"), QStringLiteral("flagged")},
                                {QStringLiteral("moderationNote"), reason}};
        ws->adminApi()->updateCoursePack(
            packId, flag, this, [this, ws, packId, tutorUserId, reason](const api::Result<api::JsonAnswer> &r) {
                if (!r)
                    return ws->say(r.error().userMessage(), true);
                if (tutorUserId.isEmpty())
                    return ws->say(tr("The course is flagged for an edit."));
                const QJsonObject record {{QStringLiteral("adminId"), ws->myId()},
                                          {QStringLiteral("targetType"), QStringLiteral("coursePack")},
                                          {QStringLiteral("targetId"), packId},
                                          {QStringLiteral("targetUserId"), tutorUserId},
                                          {QStringLiteral("actionType"), QStringLiteral("edit")},
                                          {QStringLiteral("actionReason"), reason},
                                          {QStringLiteral("actionDate"), now()}};
                ws->adminApi()->createModerationAction(
                    record, this, [this, ws, tutorUserId, reason](const api::Result<api::JsonAnswer> &rec) {
                        if (!rec)
                            return ws->say(rec.error().userMessage(), true);
                        // The request to edit travels as a `warn` record (sendSystemMessage is machine-to-machine
                        // only, C26); the server posts it to the tutor as a warning message.
                        QString text
                            = tr("Please edit your course: it was reported and needs changes (%1).").arg(reason);
                        if (text.size() > api::kWarningMaxLength)
                            text = text.left(api::kWarningMaxLength - 1) + QChar(0x2026);
                        ws->adminApi()->warnUser(ws->myId(), tutorUserId, text, this,
                                                 [ws](const api::Result<api::JsonAnswer> &m) {
                                                     ws->say(m ? tr("The course is flagged and the tutor was asked to "
                                                                    "edit it.")
                                                               : m.error().userMessage(),
                                                             !m);
                                                 });
                    });
            });
        return;
    }
    // Cascades: the dialog shows the impact first. Removal needs the tutor's user, a user action its role.
    if (f->id == QLatin1String("removeCourse")) {
        CascadePlan plan = CascadePlan::make(QStringLiteral("removeCourse"), ws->myId());
        plan.coursePackId = packId;
        plan.coursePackTitle = Format::str(Format::join(issue, "coursePack"), "title");
        plan.targetUserId = issue.value(QStringLiteral("_tutorUserId")).toString();
        plan.targetUserName = issue.value(QStringLiteral("_tutorName")).toString();
        plan.targetRoleId = QStringLiteral("tutor");
        plan.complaintId = Format::str(issue, "id");
        plan.reason = reason;
        emit moderationRequested(plan);
        return;
    }
    const QString action = f->id;
    ws->authApi()->getUser(reportedUserId, this, [this, ws, action, issue, reason](const api::Result<api::User> &r) {
        if (!r)
            return ws->say(r.error().userMessage(), true);
        const api::User u = r.value();
        if (u.isAdmin())
            return ws->say(tr("Administrators are not moderated from an issue."), true);
        CascadePlan plan = CascadePlan::make(action, ws->myId());
        plan.targetUserId = u.id;
        plan.targetUserName = u.fullname;
        plan.targetRoleId = u.roleId;
        plan.complaintId = Format::str(issue, "id");
        plan.reason = reason;
        emit moderationRequested(plan);
    });
}

} // namespace tutorhub::models::admin
