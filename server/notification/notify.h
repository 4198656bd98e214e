// The notification service's store (API.md §3.8, G55): per-user notifications and push devices.
// notifyUser() is the one way other services tell a user about an event (enrollment paid, refund
// processed, screening decided, issue resolved, warning received, cascade cancellation ...).
#pragma once

#include "db/repository.h"

#include <QJsonObject>

#include <functional>

namespace tutorhub::server {

// notification: userId, type (free machine word, e.g. "issueResolved"), title, body, refs (Object:
// ids of the objects the notification is about), isSeen, seenAt.
const ObjectSchema &notificationSchema();
// device: userId, deviceToken, platform (ios/android/web/desktop), deviceName, lastSeenAt.
const ObjectSchema &deviceSchema();

// Stores one unseen notification for `userId` (no-op for an empty id) and returns the stored row (empty for an
// empty id). Runs inside the caller's transaction when there is one; throws std::runtime_error only on a database
// failure.
QVariantMap notifyUser(Repository &repo, const QString &userId, const QString &type, const QString &title,
                       const QString &body, const QJsonObject &refs = {});

// Notifies every active admin and superAdmin (e.g. of a new issue or a refund).
void notifyAdmins(Repository &repo, const QString &type, const QString &title, const QString &body,
                  const QJsonObject &refs = {});

// Instances on one PostgreSQL database (issue 18 item 2, DB12): what one instance writes and the hubs push live
// (a chat message stored, edited or deleted; a notification) is also announced on the channel kPeerChannel
// (NOTIFY, delivered when the writing transaction commits, in commit order); the other instances' hubs push it to
// their own sockets. No-op on SQLite (one process).
inline constexpr const char *kPeerChannel = "tutorhub_hub";
void announceToPeers(const Repository &repo, const QString &kind, const QString &id, const QString &userId = {});

// The realtime hub's hook (issue 7): called by notifyUser() with the stored notification row of the
// server that owns `repo`, possibly inside a transaction that may still roll back (the observer
// defers and re-reads). One observer per repository; an empty function removes it.
using NotificationObserver = std::function<void(const QString &userId, const QVariantMap &notification)>;
void setNotificationObserver(const Repository *repo, NotificationObserver observer);

} // namespace tutorhub::server
