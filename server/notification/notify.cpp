#include "notification/notify.h"

#include "db/dialect.h"

#include <QHash>
#include <QJsonDocument>
#include <QMutex>

namespace tutorhub::server {

const ObjectSchema &notificationSchema()
{
    static const ObjectSchema s {QStringLiteral("notification"),
                                 QStringLiteral("notifications"),
                                 QStringLiteral("notifications"),
                                 {
                                     {QStringLiteral("userId"), FieldType::ID, {}, true, false, false, 0},
                                     {QStringLiteral("type"), FieldType::String, {}, true, true, false, 64},
                                     {QStringLiteral("title"), FieldType::String, {}, false, false, false, 0},
                                     {QStringLiteral("body"), FieldType::Text, {}, false, false, false, 0},
                                     {QStringLiteral("refs"), FieldType::Object, {}, false, false, false, 4096},
                                     {QStringLiteral("isSeen"), FieldType::Boolean, {}, true, false, false, 0},
                                     {QStringLiteral("seenAt"), FieldType::Date, {}, false, false, false, 0},
                                 }};
    return s;
}

const ObjectSchema &deviceSchema()
{
    static const ObjectSchema s {
        QStringLiteral("device"),
        QStringLiteral("devices"),
        QStringLiteral("devices"),
        {
            {QStringLiteral("userId"), FieldType::ID, {}, true, false, false, 0},
            {QStringLiteral("deviceToken"), FieldType::String, {}, false, false, false, 1024},
            {QStringLiteral("platform"),
             FieldType::Enum,
             {QStringLiteral("ios"), QStringLiteral("android"), QStringLiteral("web"), QStringLiteral("desktop")},
             true,
             false,
             false,
             0},
            {QStringLiteral("deviceName"), FieldType::String, {}, false, false, false, 0},
            {QStringLiteral("lastSeenAt"), FieldType::Date, {}, false, false, false, 0},
        }};
    return s;
}

namespace {

QMutex g_observerMutex;
QHash<const Repository *, NotificationObserver> &observers()
{
    static QHash<const Repository *, NotificationObserver> o;
    return o;
}

} // namespace

void setNotificationObserver(const Repository *repo, NotificationObserver observer)
{
    QMutexLocker lock(&g_observerMutex);
    if (observer)
        observers().insert(repo, std::move(observer));
    else
        observers().remove(repo);
}

QVariantMap notifyUser(Repository &repo, const QString &userId, const QString &type, const QString &title,
                       const QString &body, const QJsonObject &refs)
{
    if (userId.isEmpty())
        return {};
    const QVariantMap row = repo.insert(notificationSchema(),
                                        {{QStringLiteral("userId"), userId},
                                         {QStringLiteral("type"), type.left(64)},
                                         {QStringLiteral("title"), title.left(kMaxString)},
                                         {QStringLiteral("body"), body.left(kMaxText)},
                                         {QStringLiteral("refs"), QJsonDocument(refs).toJson(QJsonDocument::Compact)},
                                         {QStringLiteral("isSeen"), 0}},
                                        QString());
    NotificationObserver observer;
    {
        QMutexLocker lock(&g_observerMutex);
        observer = observers().value(&repo);
    }
    if (observer)
        observer(userId, row);
    announceToPeers(repo, QStringLiteral("notification"), row.value(QStringLiteral("id")).toString(), userId);
    return row;
}

void announceToPeers(const Repository &repo, const QString &kind, const QString &id, const QString &userId)
{
    if (!sql::isPostgres(repo.db()))
        return;
    // kind, id and user id: the receivers read the row itself (it may have changed again since).
    repo.exec(QStringLiteral("SELECT pg_notify(?, ?)"),
              {QString::fromLatin1(kPeerChannel), kind + QLatin1Char('\x1f') + id + QLatin1Char('\x1f') + userId});
}

void notifyAdmins(Repository &repo, const QString &type, const QString &title, const QString &body,
                  const QJsonObject &refs)
{
    QSqlQuery q
        = repo.exec(QStringLiteral("SELECT id FROM users WHERE isActive = 1 AND roleId IN ('admin', 'superAdmin') "
                                   "ORDER BY createdAt, id"));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    for (const QString &id : std::as_const(ids))
        notifyUser(repo, id, type, title, body, refs);
}

} // namespace tutorhub::server
