#include "appearance.h"

#include "appstorage.h"
#include "commandline.h"

#include "ui/common/themechooser.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPalette>

namespace tutorhub::app {

namespace {

QVariant unwrap(QVariant v)
{
    // Settings.Read answers a variant inside a variant (ReadOne, from portal version 2, answers one level).
    while (v.canConvert<QDBusVariant>() && v.userType() == qMetaTypeId<QDBusVariant>())
        v = v.value<QDBusVariant>().variant();
    return v;
}

QVariant readPortal(QDBusConnection &bus, const QString &ns, const QString &key)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.portal.Desktop"), QStringLiteral("/org/freedesktop/portal/desktop"),
        QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("Read"));
    call << ns << key;
    const QDBusMessage reply = bus.call(call, QDBus::Block, 500);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return unwrap(reply.arguments().constFirst());
}

bool sessionBusPresent()
{
    // Without an address libdbus would try X11 autolaunch and start a bus only to ask it this.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
}

} // namespace

QString Appearance::normalized(const QString &text)
{
    return ui::ThemeChooser::normalized(text);
}

QString Appearance::saved(const QString &dataDir)
{
    // The same settings Application opens.
    return normalized(openSettings(dataDir)->theme());
}

ui::ThemeId Appearance::fromSystem(const SystemHints &hints)
{
    const QString gtk = hints.gtkTheme.toLower();
    if (hints.contrast == 1 || hints.gnomeHighContrast == 1 || gtk.contains(QLatin1String("highcontrast"))
        || gtk.contains(QLatin1String("high-contrast")))
        return ui::ThemeId::HighContrast;
    if (hints.colorScheme == 1)
        return ui::ThemeId::Dark;
    if (hints.colorScheme == 2)
        return ui::ThemeId::Light;
    // No preference from the portal: a GTK theme named dark ("Adwaita-dark", "Adwaita:dark"), else the platform
    // theme's window colour (a KDE or GTK platform theme hands Qt the desktop's palette).
    if (!gtk.isEmpty())
        return gtk.contains(QLatin1String("dark")) ? ui::ThemeId::Dark : ui::ThemeId::Light;
    if (hints.platformWindow.isValid() && hints.platformWindow.lightnessF() < 0.5)
        return ui::ThemeId::Dark;
    return ui::ThemeId::Light;
}

ui::ThemeId Appearance::resolve(const QString &commandLine, const QString &environment, const QString &saved,
                                const SystemHints &hints)
{
    for (const QString &candidate : {commandLine, environment, saved}) {
        const QString choice = normalized(candidate);
        if (choice.isNull())
            continue;
        if (choice.isEmpty()) // "system": stop here, the desktop decides
            break;
        return ui::themeIdFromName(choice);
    }
    return fromSystem(hints);
}

Appearance::SystemHints Appearance::systemHints()
{
    SystemHints h;
    if (sessionBusPresent()) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (bus.isConnected()) {
            const QString appearance = QStringLiteral("org.freedesktop.appearance");
            const QVariant scheme = readPortal(bus, appearance, QStringLiteral("color-scheme"));
            if (scheme.isValid()) {
                h.colorScheme = int(scheme.toUInt());
                const QVariant contrast = readPortal(bus, appearance, QStringLiteral("contrast"));
                if (contrast.isValid())
                    h.contrast = int(contrast.toUInt());
                h.gtkTheme = readPortal(bus, QStringLiteral("org.gnome.desktop.interface"), QStringLiteral("gtk-theme"))
                                 .toString();
                const QVariant hc = readPortal(bus, QStringLiteral("org.gnome.desktop.a11y.interface"),
                                               QStringLiteral("high-contrast"));
                if (hc.isValid())
                    h.gnomeHighContrast = hc.toBool() ? 1 : 0;
            }
        }
    }
    if (h.gtkTheme.isEmpty())
        h.gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        h.platformWindow = QGuiApplication::palette().color(QPalette::Window);
    return h;
}

ui::ThemeId Appearance::choose(const CommandLineOptions &options)
{
    const QString environment = qEnvironmentVariable("TUTORHUB_THEME");
    if (!environment.isEmpty() && normalized(environment).isNull())
        qWarning(
            "TUTORHUB_THEME=%s is not an appearance of TutorHub (system, light, dark, high-contrast); it is ignored.",
            qPrintable(environment));
    const QString saved = Appearance::saved(options.dataDir);
    // The desktop is asked only when it decides.
    bool explicitChoice = false;
    for (const QString &candidate : {options.theme, environment, saved}) {
        const QString choice = normalized(candidate);
        if (choice.isNull())
            continue;
        explicitChoice = !choice.isEmpty();
        break;
    }
    return resolve(options.theme, environment, saved, explicitChoice ? SystemHints {} : systemHints());
}

} // namespace tutorhub::app
