// Devices (register/unregister), the caller's notifications (page/limit/sortBy), admin sends, seen marks.
#include "notification/notificationroutes.h"

#include "admin/svcutil.h"
#include "core/util.h"
#include "http/envelope.h"
#include "notification/notify.h"
#include "core/handler.h"

#include <QJsonDocument>

namespace tutorhub::server {

namespace {

QJsonObject requiredObject(const QJsonObject &body, const QString &key)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined() || v.isNull())
        throw HttpError::missing(key);
    if (!v.isObject())
        throw HttpError::invalid(key, QStringLiteral("'%1' must be a JSON object.").arg(key));
    return v.toObject();
}

// POST /devices/register: {device:{deviceToken*, platform*, deviceName}}. The same token of the same
// user is refreshed (200); a token another user registered before moves to the caller (one owner).
Response registerDevice(const Context &ctx, Request &req)
{
    const QJsonObject device = requiredObject(req.json(), QStringLiteral("device"));
    QVariantMap in = deviceSchema().readInput(
        device, {QStringLiteral("deviceToken"), QStringLiteral("platform"), QStringLiteral("deviceName")},
        {QStringLiteral("deviceToken"), QStringLiteral("platform")});
    const QString me = req.caller().userId;
    in.insert(QStringLiteral("lastSeenAt"), isoNow());
    in.insert(QStringLiteral("userId"), me);
    return inTransaction(*ctx.repo, [&] {
        const auto existing = ctx.repo->findOne(deviceSchema(), QStringLiteral("deviceToken = ? AND isActive = 1"),
                                                {str(in, "deviceToken")});
        if (existing && str(*existing, "userId") == me)
            return envelope::ok(req, deviceSchema().name, QStringLiteral("update"),
                                deviceSchema().toJson(ctx.repo->update(deviceSchema(), str(*existing, "id"), in)));
        if (existing)
            ctx.repo->softDelete(deviceSchema(), str(*existing, "id"));
        return envelope::ok(req, deviceSchema().name, QStringLiteral("create"),
                            deviceSchema().toJson(ctx.repo->insert(deviceSchema(), in, me)), 201);
    });
}

Response unregisterDevice(const Context &ctx, Request &req)
{
    const auto row = ctx.repo->get(deviceSchema(), req.param(QStringLiteral("deviceId")));
    if (!row || !row->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(deviceSchema().name);
    if (str(*row, "userId") != req.caller().userId)
        throw HttpError::forbidden(QStringLiteral("You can only remove your own devices."));
    return envelope::ok(req, deviceSchema().name, QStringLiteral("delete"),
                        deviceSchema().toJson(ctx.repo->softDelete(deviceSchema(), str(*row, "id"))));
}

// GET /notifications: page (default 1, 0 = all), limit (default 25, 1..1000), sortBy (default
// createdAt), sortOrder (default desc: newest first), filter isSeen. Extra key unseenCount.
Response listNotifications(const Context &ctx, Request &req)
{
    QUrlQuery translated;
    for (const auto &item : req.query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("page"))
            translated.addQueryItem(QStringLiteral("pageNumber"), item.second);
        else if (item.first == QLatin1String("limit"))
            translated.addQueryItem(QStringLiteral("pageRowCount"), item.second);
        else if (item.first != QLatin1String("pageNumber") && item.first != QLatin1String("pageRowCount"))
            translated.addQueryItem(item.first, item.second);
    }
    ListQuery q;
    try {
        q = ListQuery::parse(translated, notificationSchema(), {QStringLiteral("isSeen"), QStringLiteral("type")});
        q.activeOnlyUnlessAdmin(req);
    } catch (const HttpError &e) {
        if (e.code() == QLatin1String("errMsg_InvalidParameter:pageNumber"))
            throw HttpError::invalid(QStringLiteral("page"),
                                     QStringLiteral("'page' must be an integer between 0 and 1000000."));
        if (e.code() == QLatin1String("errMsg_InvalidParameter:pageRowCount"))
            throw HttpError::invalid(QStringLiteral("limit"),
                                     QStringLiteral("'limit' must be an integer between 1 and 1000."));
        throw;
    }
    if (!req.hasQuery(QStringLiteral("sortOrder")))
        q.descending = true;
    const QString me = req.caller().userId;
    const ListResult res = ctx.repo->list(notificationSchema(), q, QStringLiteral("userId = ?"), {me});
    QJsonArray rows;
    for (const QVariantMap &row : res.rows)
        rows.append(notificationSchema().toJson(row));
    const int unseen
        = ctx.repo->count(notificationSchema(), QStringLiteral("userId = ? AND isActive = 1 AND isSeen = 0"), {me});
    return envelope::list(req, notificationSchema().plural, rows, q.paging(res.total),
                          QJsonObject {{QStringLiteral("unseenCount"), unseen}});
}

// POST /notifications (admins): {notification:{userIds:[ID]* (or userId), type*, title*, body, refs}}.
Response sendNotification(const Context &ctx, Request &req)
{
    const QJsonObject n = requiredObject(req.json(), QStringLiteral("notification"));
    QStringList recipients;
    const QJsonValue ids = n.value(QStringLiteral("userIds"));
    if (ids.isArray()) {
        for (const QJsonValue &v : ids.toArray()) {
            if (!v.isString())
                throw HttpError::invalid(QStringLiteral("userIds"),
                                         QStringLiteral("'userIds' must be an array of user ids."));
            svc::requireUuid(QStringLiteral("userIds"), v.toString());
            if (!recipients.contains(v.toString()))
                recipients << v.toString();
        }
    } else if (!ids.isUndefined() && !ids.isNull()) {
        throw HttpError::invalid(QStringLiteral("userIds"), QStringLiteral("'userIds' must be an array of user ids."));
    }
    const QVariantMap one
        = notificationSchema().readInput(n,
                                         {QStringLiteral("userId"), QStringLiteral("type"), QStringLiteral("title"),
                                          QStringLiteral("body"), QStringLiteral("refs")},
                                         {QStringLiteral("type"), QStringLiteral("title")});
    if (!str(one, "userId").isEmpty()) {
        svc::requireUuid(QStringLiteral("userId"), str(one, "userId"));
        if (!recipients.contains(str(one, "userId")))
            recipients << str(one, "userId");
    }
    if (recipients.isEmpty())
        throw HttpError::missing(QStringLiteral("userIds"));
    if (recipients.size() > 1000)
        throw HttpError::invalid(QStringLiteral("userIds"), QStringLiteral("At most 1000 recipients per request."));
    const QJsonValue refsV = n.value(QStringLiteral("refs"));
    if (!refsV.isUndefined() && !refsV.isNull() && !refsV.isObject())
        throw HttpError::invalid(QStringLiteral("refs"), QStringLiteral("'refs' must be a JSON object."));
    for (const QString &id : std::as_const(recipients))
        svc::requireUser(*ctx.repo, id);
    QJsonArray rows;
    inTransaction(*ctx.repo, [&] {
        for (const QString &id : std::as_const(recipients)) {
            rows.append(notificationSchema().toJson(
                notifyUser(*ctx.repo, id, str(one, "type"), str(one, "title"), str(one, "body"), refsV.toObject())));
        }
    });
    return envelope::ok(req, notificationSchema().plural, QStringLiteral("create"), rows, 201);
}

// POST /notifications/seen: {notificationIds:[ID]*} of the caller's notifications; all or nothing.
Response markSeen(const Context &ctx, Request &req)
{
    const QJsonValue v = req.json().value(QStringLiteral("notificationIds"));
    if (v.isUndefined() || v.isNull())
        throw HttpError::missing(QStringLiteral("notificationIds"));
    if (!v.isArray() || v.toArray().isEmpty())
        throw HttpError::invalid(QStringLiteral("notificationIds"),
                                 QStringLiteral("'notificationIds' must be a non-empty array of ids."));
    if (v.toArray().size() > 1000)
        throw HttpError::invalid(QStringLiteral("notificationIds"), QStringLiteral("At most 1000 ids per request."));
    QStringList ids;
    for (const QJsonValue &id : v.toArray()) {
        if (!id.isString())
            throw HttpError::invalid(QStringLiteral("notificationIds"),
                                     QStringLiteral("'notificationIds' must be an array of ids."));
        svc::requireUuid(QStringLiteral("notificationIds"), id.toString());
        if (!ids.contains(id.toString()))
            ids << id.toString();
    }
    const QString me = req.caller().userId;
    QList<QVariantMap> rows;
    for (const QString &id : std::as_const(ids)) {
        const auto row = ctx.repo->get(notificationSchema(), id);
        if (!row || str(*row, "userId") != me || !row->value(QStringLiteral("isActive")).toBool())
            throw HttpError::notFound(notificationSchema().name);
        rows << *row;
    }
    QJsonArray out;
    inTransaction(*ctx.repo, [&] {
        const QString now = isoNow();
        for (const QVariantMap &row : std::as_const(rows)) {
            const QVariantMap updated
                = row.value(QStringLiteral("isSeen")).toInt() != 0
                      ? row
                      : ctx.repo->update(notificationSchema(), str(row, "id"),
                                         {{QStringLiteral("isSeen"), 1}, {QStringLiteral("seenAt"), now}});
            out.append(notificationSchema().toJson(updated));
        }
    });
    return envelope::ok(req, notificationSchema().plural, QStringLiteral("update"), out);
}

} // namespace

QList<Route> notificationRoutes(Context ctx)
{
    QList<Route> r;
    r.append(route(R::registerDevice, ctx, registerDevice));
    r.append(route(R::unregisterDevice, ctx, unregisterDevice));
    r.append(route(R::listNotifications, ctx, listNotifications));
    r.append(route(R::sendNotification, ctx, sendNotification));
    r.append(route(R::markNotificationsSeen, ctx, markSeen));
    return r;
}

} // namespace tutorhub::server
