// Facade of the notification service (API.md §3.8, decision D41): the caller's notifications page
// by page (newest first, envelope key unseenCount) and marking them seen.
#pragma once

#include "jsonapi.h"

#include <QObject>

namespace tutorhub::api {

class NotificationApi : public QObject
{
    Q_OBJECT

public:
    explicit NotificationApi(ApiClient *client, QObject *parent = nullptr);

    // GET /notification-api/notifications?page=&limit= (page 0 = all).
    ApiReply *listNotifications(int page, int limit, QObject *context, JsonCallback done);
    // POST /notification-api/notifications/seen {notificationIds:[…]} — all or nothing.
    ApiReply *markSeen(const QStringList &ids, QObject *context, JsonCallback done);
    // The unseen count alone (a one-row page).
    ApiReply *unseenCount(QObject *context, std::function<void(int count, const ApiError &error)> done);

private:
    ApiClient *m_client;
};

} // namespace tutorhub::api
