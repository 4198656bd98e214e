#include "notificationapi.h"

#include "contract.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace tutorhub::api {

NotificationApi::NotificationApi(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) { }

ApiReply *NotificationApi::listNotifications(int page, int limit, QObject *c, JsonCallback d)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return callJson(m_client, ApiRequest::to(Route::listNotifications, {}, q), c ? c : this, std::move(d));
}
ApiReply *NotificationApi::markSeen(const QStringList &ids, QObject *c, JsonCallback d)
{
    ApiRequest r = ApiRequest::to(Route::markNotificationsSeen, {},
                                  QJsonObject {{QStringLiteral("notificationIds"), QJsonArray::fromStringList(ids)}});
    r.idempotent = true; // the first seenAt is kept (D41)
    return callJson(m_client, r, c ? c : this, std::move(d));
}
ApiReply *NotificationApi::unseenCount(QObject *c, std::function<void(int, const ApiError &)> done)
{
    return listNotifications(1, 1, c, [done = std::move(done)](const Result<JsonAnswer> &r) {
        if (!r)
            done(0, r.error());
        else
            done(r.value().envelope.value(QStringLiteral("unseenCount")).toInt(), ApiError());
    });
}

} // namespace tutorhub::api
