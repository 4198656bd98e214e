#include "messagingapi.h"

#include "adminapi.h"
#include "contract.h"

namespace tutorhub::api {

void MessagingApi::myConversations(QObject *context, JsonCallback done) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0")); // every page
    callJson(m_client, ApiRequest::to(Route::listMyConversations, {}, q), context, std::move(done));
}

void MessagingApi::openEnrollmentConversation(const QString &enrollmentId, const QString &studentId,
                                              const QString &tutorId, QObject *context, JsonCallback done) const
{
    const QJsonObject body {{QStringLiteral("conversationType"), QStringLiteral("studentTutor")},
                            {QStringLiteral("participantA"), studentId},
                            {QStringLiteral("participantB"), tutorId},
                            {QStringLiteral("enrollmentId"), enrollmentId}};
    ApiRequest r = ApiRequest::to(Route::createConversation, {}, body);
    r.idempotent = true; // creating it again returns the existing one (D39)
    callJson(m_client, r, context, std::move(done));
}

void MessagingApi::openAdminConversation(const QString &adminId, const QString &userId, bool tutor, QObject *context,
                                         JsonCallback done) const
{
    const QJsonObject body {
        {QStringLiteral("conversationType"), tutor ? QStringLiteral("adminTutor") : QStringLiteral("adminStudent")},
        {QStringLiteral("participantA"), adminId},
        {QStringLiteral("participantB"), userId}};
    ApiRequest r = ApiRequest::to(Route::createConversation, {}, body);
    r.idempotent = true;
    callJson(m_client, r, context, std::move(done));
}

void MessagingApi::warnUser(const QString &adminId, const QString &userId, const QString &text, QObject *context,
                            JsonCallback done) const
{
    callJson(m_client, warningRecordRequest(adminId, userId, text), context, std::move(done));
}

void MessagingApi::setConversationClosed(const QString &conversationId, bool closed, QObject *context,
                                         JsonCallback done) const
{
    callJson(m_client,
             ApiRequest::to(Route::updateConversation, {conversationId},
                            QJsonObject {{QStringLiteral("status"),
                                          closed ? QStringLiteral("closed") : QStringLiteral("active")}}),
             context, std::move(done));
}

} // namespace tutorhub::api
