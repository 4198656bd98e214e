// Facade of the admin routes (issue 6): platformAdmin (API.md §3.4, D36-D38), the admin routes of
// enrollmentManagement (cancel, admin refund, cascades, cleanup; D47-D48), warnings as moderation records (D37, C26),
// agentHub (§3.6, D42) and the admin BFF view (D52). Thin: each call names its route once and answers
// the payload as JSON (api/jsonapi.h); lists are usually read through models::PagedListModel.
// The user admin routes (role, accountStatus, application review) are in api::AuthApi.
#pragma once

#include "jsonapi.h"

#include <QObject>
#include <QUrlQuery>

namespace tutorhub::api {

// The longest warning text: a moderation record's actionReason is a String (255, D4).
constexpr int kWarningMaxLength = 255;
// POST /v1/adminmoderationactions {actionType warn, targetType user, ...}: how an admin warns a user.
ApiRequest warningRecordRequest(const QString &adminId, const QString &userId, const QString &text);

class AdminApi : public QObject
{
    Q_OBJECT

public:
    explicit AdminApi(ApiClient *client, QObject *parent = nullptr);
    ApiClient *client() const { return m_client; }

    // --- platformAdmin: issues (D36) -----------------------------------------------------------
    // Filters: status, issueType, reportedBy, reportedUserId, coursePackId, resolution.
    ApiReply *listIssues(const QUrlQuery &query, QObject *context, JsonCallback done);
    ApiReply *getIssue(const QString &id, QObject *context, JsonCallback done);
    // Students and tutors file issues (the reporter is the caller).
    ApiReply *createIssue(const QJsonObject &fields, QObject *context, JsonCallback done);
    // status, adminNote, resolution (closed issues: 409 errMsg_IssueAlreadyClosed).
    ApiReply *updateIssue(const QString &id, const QJsonObject &fields, QObject *context, JsonCallback done);

    // --- platformAdmin: moderation log (D37) and analytics reports (D38) ------------------------
    // Filters: actionType, targetType, adminId, targetId, targetUserId.
    ApiReply *listModerationActions(const QUrlQuery &query, QObject *context, JsonCallback done);
    ApiReply *createModerationAction(const QJsonObject &fields, QObject *context, JsonCallback done);
    ApiReply *listAnalyticsReports(const QUrlQuery &query, QObject *context, JsonCallback done);
    ApiReply *createAnalyticsReport(const QJsonObject &fields, QObject *context, JsonCallback done);

    // --- enrollmentManagement admin routes (D47-D48) ---------------------------------------------
    ApiReply *listEnrollments(const QUrlQuery &query, QObject *context, JsonCallback done);
    ApiReply *listRefundRequests(const QUrlQuery &query, QObject *context, JsonCallback done);
    // PATCH /v1/refundrequests/:id: an admin decides a pending request, `status` approved or rejected
    // with `adminNote` (rule 42; the server sets processedAt and, on approval, cancels and refunds).
    ApiReply *decideRefundRequest(const QString &id, bool approve, const QString &adminNote, QObject *context,
                                  JsonCallback done);
    ApiReply *cancelEnrollment(const QString &enrollmentId, const QString &reason, QObject *context, JsonCallback done);
    ApiReply *adminRefundEnrollment(const QString &enrollmentId, const QString &reason, QObject *context,
                                    JsonCallback done);
    ApiReply *cascadeTutorBan(const QString &tutorProfileId, const QString &reason, QObject *context,
                              JsonCallback done);
    ApiReply *cascadeCourseRemoval(const QString &coursePackId, const QString &reason, QObject *context,
                                   JsonCallback done);
    ApiReply *cleanupPendingEnrollments(int maxAgeMinutes, QObject *context, JsonCallback done);

    // --- messaging ------------------------------------------------------------------------------
    // sendSystemMessage is machine-to-machine only (API.md §3.5): the client never calls it. A warning
    // is a `warn` moderation record (POST /v1/adminmoderationactions), which the server delivers as the
    // warning message in the admin conversation and a notification (D37, C26). `text` is the record's
    // actionReason, a String of at most kWarningMaxLength characters.
    ApiReply *warnUser(const QString &adminId, const QString &userId, const QString &text, QObject *context,
                       JsonCallback done);
    ApiReply *myConversations(QObject *context, JsonCallback done);
    ApiReply *listChatMessages(const QString &roomId, int lastCount, QObject *context, JsonCallback done);

    // --- tutorCatalog (look-ups the moderation needs) ---------------------------------------------
    // listTutorProfiles declares no filter (G18): `tutorId` in the query is a hint, the caller selects.
    ApiReply *listTutorProfiles(const QUrlQuery &query, QObject *context, JsonCallback done);
    ApiReply *updateCoursePack(const QString &id, const QJsonObject &fields, QObject *context, JsonCallback done);
    ApiReply *deleteCoursePack(const QString &id, const QString &removalReason, QObject *context, JsonCallback done);

    // --- agentHub (D42) ---------------------------------------------------------------------------
    ApiReply *updateAgentOverride(const QString &id, const QJsonObject &fields, QObject *context, JsonCallback done);

    // --- BFF (D52) ------------------------------------------------------------------------------
    ApiReply *dashboardStats(QObject *context, JsonCallback done);

private:
    ApiReply *run(const ApiRequest &request, QObject *context, JsonCallback done);
    ApiClient *m_client;
};

} // namespace tutorhub::api
