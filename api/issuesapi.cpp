#include "issuesapi.h"

#include "contract.h"

namespace tutorhub::api {

IssuesApi::IssuesApi(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) { }

ApiReply *IssuesApi::createAdminIssue(const QString &reportedBy, const QString &issueType, const QString &description,
                                      const QString &coursePackId, const QString &reportedUserId, QObject *c,
                                      JsonCallback d)
{
    QJsonObject body {{QStringLiteral("reportedBy"), reportedBy},
                      {QStringLiteral("issueType"), issueType},
                      {QStringLiteral("description"), description},
                      {QStringLiteral("status"), QStringLiteral("open")}};
    if (!coursePackId.isEmpty())
        body.insert(QStringLiteral("coursePackId"), coursePackId);
    if (!reportedUserId.isEmpty())
        body.insert(QStringLiteral("reportedUserId"), reportedUserId);
    return callJson(m_client, ApiRequest::to(Route::createAdminIssue, {}, body), c ? c : this, std::move(d));
}
ApiReply *IssuesApi::getAdminIssue(const QString &id, QObject *c, JsonCallback d)
{
    return callJson(m_client, ApiRequest::to(Route::getAdminIssue, {id}), c ? c : this, std::move(d));
}
ApiReply *IssuesApi::listMyIssues(QObject *c, JsonCallback d)
{
    return callJson(m_client, ApiRequest::to(Route::listMyIssues), c ? c : this, std::move(d));
}

} // namespace tutorhub::api
