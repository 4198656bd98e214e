// REST side of messaging (API.md §3.5; decisions D39-D40): the conversation list, opening a
// conversation from an enrollment, admin warnings (as moderation records) and older message pages. Live traffic goes
// through RealtimeConnection (api/realtime.h).
#pragma once

#include "jsonapi.h"

namespace tutorhub::api {

class MessagingApi
{
public:
    explicit MessagingApi(ApiClient *client) : m_client(client) { }

    // GET /v1/myconversations (newest message first), every page.
    void myConversations(QObject *context, JsonCallback done) const;
    // POST /v1/conversations: the studentTutor conversation of an enrollment (an existing one is
    // returned). `studentId`/`tutorId` are user ids; the caller is one of them.
    void openEnrollmentConversation(const QString &enrollmentId, const QString &studentId, const QString &tutorId,
                                    QObject *context, JsonCallback done) const;
    // POST /v1/conversations by an admin: adminStudent (student) or adminTutor (tutor) with `userId`.
    void openAdminConversation(const QString &adminId, const QString &userId, bool tutor, QObject *context,
                               JsonCallback done) const;
    // An admin warns `userId`: a `warn` moderation record (AdminApi::warnUser); the server posts the
    // warning in the admin conversation. Never sendSystemMessage, which is machine-to-machine only (C26).
    void warnUser(const QString &adminId, const QString &userId, const QString &text, QObject *context,
                  JsonCallback done) const;
    // PATCH /v1/conversations/:id (admins): active or closed.
    void setConversationClosed(const QString &conversationId, bool closed, QObject *context, JsonCallback done) const;

private:
    ApiClient *m_client;
};

} // namespace tutorhub::api
