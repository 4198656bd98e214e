// The app's DesktopNotifier (decisions U10-U13): org.freedesktop.Notifications over the session bus
// when a notification server owns that name (app name "TutorHub", the desktop entry's icon, category and
// desktop-entry hints, replaces_id per key, ActionInvoked/NotificationClosed mapped back to keys); else
// the system tray's balloon when a tray exists; else the window's message banner.
#pragma once

#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QIcon>
#include <QPointer>

#include <functional>
#include <optional>

class QSystemTrayIcon;

namespace tutorhub::ui {

class MessageBanner;

class SystemNotifier : public DesktopNotifier
{
    Q_OBJECT

public:
    static constexpr auto ServiceName = "org.freedesktop.Notifications";
    static constexpr auto DesktopEntry = "co.mindbricks.tutorhub";

    // `bus`: the session bus in the app; tests may pass another connection.
    explicit SystemNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);
    // The bus asked for on first use (the first notification or channel()), not at construction: the app's
    // start-up does not connect to the session bus (F32).
    using BusProvider = std::function<QDBusConnection()>;
    explicit SystemNotifier(BusProvider provider, QObject *parent = nullptr);
    ~SystemNotifier() override;

    void notify(const DesktopNotification &notification) override;
    Channel channel() const override;

    // The icon of the tray entry and of balloons (the window icon).
    void setIcon(const QIcon &icon) { m_icon = icon; }
    // The last resort: the signed-in window's banner (may be null; cleared when it goes away).
    void setBanner(MessageBanner *banner) { m_banner = banner; }
    // Shows (or hides) the tray icon when a system tray exists; the icon's click raises the window
    // (activated with an empty key).
    void setTrayIconVisible(bool visible);
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    // The server's notification id of a key (0 when none is open) — for tests.
    uint notificationId(const QString &key) const { return m_ids.value(key); }

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    QDBusConnection &bus() const;
    bool desktopServerRunning() const;
    bool ensureTray();
    void notifyDesktop(const DesktopNotification &notification);
    void notifyFallback(const DesktopNotification &notification, bool allowTray = true);

    BusProvider m_provider;
    mutable std::optional<QDBusConnection> m_bus; // connected (and its signals hooked) on first use
    QIcon m_icon;
    QPointer<MessageBanner> m_banner;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_trayKey; // the key of the last balloon (messageClicked has no id)
    QHash<QString, uint> m_ids;
    QHash<uint, QString> m_keys;
    QHash<uint, QString> m_early; // ActionInvoked for ids not known yet
};

} // namespace tutorhub::ui
