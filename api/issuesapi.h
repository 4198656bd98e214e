// Facade of platformAdmin's issue routes for reporters (API.md §3.4, decision D36): file an issue
// about a course or a person, list one's own issues.
#pragma once

#include "jsonapi.h"

#include <QObject>

namespace tutorhub::api {

class IssuesApi : public QObject
{
    Q_OBJECT

public:
    explicit IssuesApi(ApiClient *client, QObject *parent = nullptr);

    // POST /v1/adminissues {reportedBy, issueType, description, coursePackId?, reportedUserId?, status: open}.
    ApiReply *createAdminIssue(const QString &reportedBy, const QString &issueType, const QString &description,
                               const QString &coursePackId, const QString &reportedUserId, QObject *context,
                               JsonCallback done);
    ApiReply *getAdminIssue(const QString &id, QObject *context, JsonCallback done);
    ApiReply *listMyIssues(QObject *context, JsonCallback done);

private:
    ApiClient *m_client;
};

} // namespace tutorhub::api
