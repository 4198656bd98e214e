#include "adminapi.h"

#include "contract.h"

#include <QDateTime>

namespace tutorhub::api {

namespace {
// The admin actions are idempotent on the server (D48), so a lost answer may be retried.
ApiRequest retryable(ApiRequest r)
{
    r.idempotent = true;
    return r;
}
} // namespace

ApiRequest warningRecordRequest(const QString &adminId, const QString &userId, const QString &text)
{
    const QJsonObject record {
        {QStringLiteral("adminId"), adminId},
        {QStringLiteral("targetType"), QStringLiteral("user")},
        {QStringLiteral("targetId"), userId},
        {QStringLiteral("targetUserId"), userId},
        {QStringLiteral("actionType"), QStringLiteral("warn")},
        {QStringLiteral("actionReason"), text},
        {QStringLiteral("actionDate"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    return ApiRequest::to(Route::createAdminModerationAction, {}, record);
}

AdminApi::AdminApi(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) { }

ApiReply *AdminApi::run(const ApiRequest &request, QObject *context, JsonCallback done)
{
    return callJson(m_client, request, context ? context : this, std::move(done));
}

ApiReply *AdminApi::listIssues(const QUrlQuery &q, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::listAdminIssues, {}, q), c, std::move(d));
}
ApiReply *AdminApi::getIssue(const QString &id, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::getAdminIssue, {id}), c, std::move(d));
}
ApiReply *AdminApi::createIssue(const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::createAdminIssue, {}, f), c, std::move(d));
}
ApiReply *AdminApi::updateIssue(const QString &id, const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::updateAdminIssue, {id}, f), c, std::move(d));
}
ApiReply *AdminApi::listModerationActions(const QUrlQuery &q, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::listAdminModerationActions, {}, q), c, std::move(d));
}
ApiReply *AdminApi::createModerationAction(const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::createAdminModerationAction, {}, f), c, std::move(d));
}
ApiReply *AdminApi::listAnalyticsReports(const QUrlQuery &q, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::listAdminAnalyticsReports, {}, q), c, std::move(d));
}
ApiReply *AdminApi::createAnalyticsReport(const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::createAdminAnalyticsReport, {}, f), c, std::move(d));
}

ApiReply *AdminApi::listEnrollments(const QUrlQuery &q, QObject *c, JsonCallback d)
{
    ApiRequest r = ApiRequest::to(Route::listEnrollments, {}, q);
    r.selectUndeclaredFilters = false; // the cascades page and check every row themselves (C22)
    return run(r, c, std::move(d));
}
ApiReply *AdminApi::listRefundRequests(const QUrlQuery &q, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::listRefundRequests, {}, q), c, std::move(d));
}
ApiReply *AdminApi::decideRefundRequest(const QString &id, bool approve, const QString &note, QObject *c,
                                        JsonCallback d)
{
    QJsonObject body {{QStringLiteral("status"), approve ? QStringLiteral("approved") : QStringLiteral("rejected")}};
    if (!note.isEmpty())
        body.insert(QStringLiteral("adminNote"), note);
    // Deciding twice answers 400 errMsg_RefundAlreadyProcessed (D47): not blindly repeated.
    return run(ApiRequest::to(Route::updateRefundRequest, {id}, body), c, std::move(d));
}
ApiReply *AdminApi::cancelEnrollment(const QString &id, const QString &reason, QObject *c, JsonCallback d)
{
    QJsonObject body;
    if (!reason.isEmpty())
        body.insert(QStringLiteral("cancelReason"), reason);
    return run(retryable(ApiRequest::to(Route::cancelEnrollment, {id}, body)), c, std::move(d));
}
ApiReply *AdminApi::adminRefundEnrollment(const QString &id, const QString &reason, QObject *c, JsonCallback d)
{
    QJsonObject body {{QStringLiteral("enrollmentId"), id}};
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    return run(ApiRequest::to(Route::adminRefundEnrollment, {}, body), c, std::move(d));
}
ApiReply *AdminApi::cascadeTutorBan(const QString &profileId, const QString &reason, QObject *c, JsonCallback d)
{
    const QJsonObject body {{QStringLiteral("tutorProfileId"), profileId}, {QStringLiteral("reason"), reason}};
    return run(retryable(ApiRequest::to(Route::cascadeTutorBan, {}, body)), c, std::move(d));
}
ApiReply *AdminApi::cascadeCourseRemoval(const QString &packId, const QString &reason, QObject *c, JsonCallback d)
{
    const QJsonObject body {{QStringLiteral("coursePackId"), packId}, {QStringLiteral("reason"), reason}};
    return run(retryable(ApiRequest::to(Route::cascadeCourseRemoval, {}, body)), c, std::move(d));
}
ApiReply *AdminApi::cleanupPendingEnrollments(int maxAgeMinutes, QObject *c, JsonCallback d)
{
    const QJsonObject body {{QStringLiteral("maxAgeMinutes"), maxAgeMinutes}};
    return run(retryable(ApiRequest::to(Route::cleanupPendingEnrollments, {}, body)), c, std::move(d));
}

ApiReply *AdminApi::warnUser(const QString &adminId, const QString &userId, const QString &text, QObject *c,
                             JsonCallback d)
{
    return run(warningRecordRequest(adminId, userId, text), c, std::move(d));
}
ApiReply *AdminApi::myConversations(QObject *c, JsonCallback d)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0"));
    return run(ApiRequest::to(Route::listMyConversations, {}, q), c, std::move(d));
}
ApiReply *AdminApi::listChatMessages(const QString &roomId, int lastCount, QObject *c, JsonCallback d)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("roomId"), roomId);
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("sequence"));
    q.addQueryItem(QStringLiteral("sortOrder"), QStringLiteral("desc"));
    q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("pageRowCount"), QString::number(lastCount));
    return run(ApiRequest::to(Route::listChatMessages, {}, q), c, std::move(d));
}

ApiReply *AdminApi::listTutorProfiles(const QUrlQuery &q, QObject *c, JsonCallback d)
{
    ApiRequest r = ApiRequest::to(Route::listTutorProfiles, {}, q);
    r.selectUndeclaredFilters = false; // the caller selects (C22)
    return run(r, c, std::move(d));
}
ApiReply *AdminApi::updateCoursePack(const QString &id, const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::updateCoursePack, {id}, f), c, std::move(d));
}
ApiReply *AdminApi::deleteCoursePack(const QString &id, const QString &reason, QObject *c, JsonCallback d)
{
    ApiRequest r = ApiRequest::to(Route::deleteCoursePack, {id});
    if (!reason.isEmpty())
        r.body = QJsonObject {{QStringLiteral("removalReason"), reason}};
    return run(r, c, std::move(d));
}

ApiReply *AdminApi::updateAgentOverride(const QString &id, const QJsonObject &f, QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::updateAgentOverride, {id}, f), c, std::move(d));
}

ApiReply *AdminApi::dashboardStats(QObject *c, JsonCallback d)
{
    return run(ApiRequest::to(Route::bffGet, {QStringLiteral("adminDashboardStatsView"), QStringLiteral("current")}), c,
               std::move(d));
}

} // namespace tutorhub::api
