#include "systemnotifier.h"

#include "messagebanner.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QSystemTrayIcon>

namespace tutorhub::ui {

namespace {
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

SystemNotifier::SystemNotifier(const QDBusConnection &bus, QObject *parent)
    : SystemNotifier(BusProvider([bus] { return bus; }), parent)
{
    this->bus();
}

SystemNotifier::SystemNotifier(BusProvider provider, QObject *parent)
    : DesktopNotifier(parent),
      m_provider(std::move(provider))
{ }

QDBusConnection &SystemNotifier::bus() const
{
    if (!m_bus) {
        m_bus.emplace(m_provider ? m_provider() : QDBusConnection(QString()));
        auto *self = const_cast<SystemNotifier *>(this);
        if (m_bus->isConnected()) {
            m_bus->connect(QString(), Path, Interface, QStringLiteral("ActionInvoked"), self,
                           SLOT(onActionInvoked(uint, QString)));
            m_bus->connect(QString(), Path, Interface, QStringLiteral("NotificationClosed"), self,
                           SLOT(onNotificationClosed(uint, uint)));
        }
    }
    return *m_bus;
}

SystemNotifier::~SystemNotifier() = default;

bool SystemNotifier::desktopServerRunning() const
{
    // Only a running server counts (U11): activating one (e.g. dunst's service file) on a desktop without
    // a display would fail after a timeout, and the user would see nothing.
    QDBusConnection &b = bus();
    return b.isConnected() && b.interface() && b.interface()->isServiceRegistered(QLatin1String(ServiceName)).value();
}

DesktopNotifier::Channel SystemNotifier::channel() const
{
    if (desktopServerRunning())
        return Channel::Desktop;
    if (QSystemTrayIcon::isSystemTrayAvailable())
        return Channel::Tray;
    return m_banner ? Channel::Banner : Channel::None;
}

void SystemNotifier::notify(const DesktopNotification &notification)
{
    if (desktopServerRunning())
        notifyDesktop(notification);
    else
        notifyFallback(notification);
}

void SystemNotifier::notifyDesktop(const DesktopNotification &n)
{
    QStringList actions;
    for (const auto &[id, label] : n.actions)
        actions << id << label;
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QLatin1String(DesktopEntry));
    if (!n.category.isEmpty())
        hints.insert(QStringLiteral("category"), n.category);
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(n.urgent ? 2 : 1)));
    QDBusMessage call
        = QDBusMessage::createMethodCall(QLatin1String(ServiceName), Path, Interface, QStringLiteral("Notify"));
    call << QCoreApplication::translate("tutorhub::ui::SystemNotifier", "TutorHub") // app_name
         << m_ids.value(n.key) // replaces_id
         << QString::fromLatin1(DesktopEntry) // app_icon (installed hicolor name)
         << n.title << n.body << actions << hints << qint32(n.timeoutMs);
    auto *watcher = new QDBusPendingCallWatcher(bus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, n](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        QDBusPendingReply<uint> reply = *w;
        if (reply.isError() || reply.value() == 0) {
            // The server went away between the check and the call: the tray or the banner shows it.
            notifyFallback(n);
            return;
        }
        const uint id = reply.value();
        const uint old = m_ids.value(n.key);
        if (old != 0 && old != id)
            m_keys.remove(old);
        m_ids.insert(n.key, id);
        m_keys.insert(id, n.key);
        // A click that arrived before this reply was handled (the server answers first, but the reply
        // reaches us through the event loop): it belongs to this notification.
        const auto early = m_early.constFind(id);
        if (early != m_early.constEnd()) {
            const QString action = early.value();
            m_early.clear();
            emit activated(n.key, action);
        }
    });
}

bool SystemNotifier::ensureTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_icon, this);
        m_tray->setObjectName(QStringLiteral("tutorhubTrayIcon"));
        m_tray->setToolTip(QCoreApplication::translate("tutorhub::ui::SystemNotifier", "TutorHub"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { emit activated(m_trayKey, QStringLiteral("default")); });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                emit activated(QString(), QStringLiteral("default"));
        });
    }
    return true;
}

void SystemNotifier::setTrayIconVisible(bool visible)
{
    if (visible && ensureTray())
        m_tray->show();
    else if (!visible && m_tray)
        m_tray->hide();
}

void SystemNotifier::notifyFallback(const DesktopNotification &n, bool allowTray)
{
    if (allowTray && ensureTray()) {
        if (!m_tray->isVisible())
            m_tray->show();
        m_trayKey = n.key;
        m_tray->showMessage(n.title, n.body, m_icon, n.timeoutMs > 0 ? n.timeoutMs : 10000);
        return;
    }
    if (m_banner)
        //: A desktop notification shown inside the window: %1 its title, %2 its text
        m_banner->showMessage(
            MessageBanner::Kind::Info,
            QCoreApplication::translate("tutorhub::ui::SystemNotifier", "%1: %2").arg(n.title, n.body));
}

void SystemNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_keys.constFind(id);
    if (it != m_keys.constEnd()) {
        emit activated(it.value(), action);
        return;
    }
    // Another application's notification, or ours whose Notify reply is still on its way (kept briefly).
    if (m_early.size() > 32)
        m_early.clear();
    m_early.insert(id, action);
}

void SystemNotifier::onNotificationClosed(uint id, uint)
{
    const QString key = m_keys.take(id);
    if (!key.isEmpty() && m_ids.value(key) == id)
        m_ids.remove(key);
}

} // namespace tutorhub::ui
