// The admin tables as data (issue 6): for each list, where it comes from (service, path, paging
// style) and its columns (header, how a row shows, server sort field). Every table is a
// models::PagedListModel in Paged mode (admin tables jump to the last page, A13).
#pragma once

#include "models/pagedlistmodel.h"

#include <QCoreApplication>

namespace tutorhub::models::admin {

enum class AdminList {
    Issues, // platformAdmin /v1/adminissues (business paging, joins reporter/reportedUser/coursePack)
    Users, // BFF /user/list (q search + filters body: roleId, accountStatus, tutorApplicationStatus)
    TutorApplications, // BFF /user/list with tutorApplicationStatus = pending
    Courses, // tutorCatalog /v1/coursepacks (admins see every moderation status)
    Enrollments, // BFF /enrollment/list (indexed at a million rows); student and course names resolved per page
    RefundRequests, // enrollmentManagement /v1/refundrequests
    ModerationLog, // platformAdmin /v1/adminmoderationactions
    AnalyticsReports, // platformAdmin /v1/adminanalyticsreports
    AgentOverrides, // agentHub /v1/agentoverrides
    ToolCatalog, // agentHub /v1/toolcatalog
    AgentExecutions, // agentHub /v1/agentexecutions
};

class AdminLists
{
    Q_DECLARE_TR_FUNCTIONS(tutorhub::models::admin::AdminLists)

public:
    static ListSource source(AdminList list);
    static QList<ListColumn> columns(AdminList list);
    // A Paged model of `list` with its default sort (newest first where the list has createdAt).
    static PagedListModel *create(api::ApiClient *client, AdminList list, QObject *parent = nullptr);

    // Row readers shared by the pages.
    static QString personName(const QJsonObject &row, const char *joinKey); // fullname (email) of a join
    static QString enumText(const QJsonObject &row, const char *object, const char *field);
    // After each page: rows whose `idField` has no `joinKey` join get one ({fullname, email}) from one
    // BFF user list by ids (the moderation log's targetUserId is not joined by the server).
    static void resolveUserNames(api::ApiClient *client, PagedListModel *model, const char *idField,
                                 const char *joinKey);
    // The same for any BFF index: `joinKey` = [{id, fields...}] of the row whose id is in `idField`.
    static void resolveJoin(api::ApiClient *client, PagedListModel *model, const char *idField, const char *joinKey,
                            const char *bffIndex, const QList<const char *> &fields);
};

} // namespace tutorhub::models::admin
