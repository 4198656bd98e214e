// Desktop notifications as a service passed in (issue 15 item 7, decisions U10-U19): the UI asks a
// DesktopNotifier to show a notification under a key ("chat:<conversationId>", "lesson:<slotId>@<start>")
// and hears back through activated() when the user clicks it or one of its actions. The app's
// implementation is SystemNotifier (org.freedesktop.Notifications, else the tray's balloon, else the
// window's banner); tests may pass another.
#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

namespace tutorhub::ui {

struct DesktopNotification
{
    QString key; // same key again: the shown notification is replaced (updated), not added
    QString title; // one short line
    QString body; // plain text
    QString category; // freedesktop category, e.g. "im.received", "x-tutorhub.reminder"
    // (action id, visible label); "default" is the click on the notification itself.
    QList<QPair<QString, QString>> actions;
    int timeoutMs = -1; // -1: the server's default; 0: until dismissed
    bool urgent = false;
};

class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    // Where notify() shows a notification now (it may change while the app runs).
    enum class Channel { Desktop, Tray, Banner, None };
    Q_ENUM(Channel)

    using QObject::QObject;
    virtual void notify(const DesktopNotification &notification) = 0;
    virtual Channel channel() const = 0;

signals:
    // The user clicked a notification (action "default") or one of its actions. An empty key: the
    // tray icon itself was clicked.
    void activated(const QString &key, const QString &action);
};

} // namespace tutorhub::ui
