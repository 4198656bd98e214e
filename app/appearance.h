// The appearance of the windows (issue 16 item 4, decisions P44-P45): light, dark or high contrast. Chosen once at
// start-up, before any window is built: --theme, else TUTORHUB_THEME, else the choice saved by the appearance
// button (ui::ThemeChooser), else the desktop's preference. Qt 6.4 has no QStyleHints::colorScheme, so the desktop
// is read the freedesktop way: the XDG desktop portal's settings (org.freedesktop.appearance color-scheme and
// contrast, GNOME's gtk-theme and high-contrast keys) over the session D-Bus, else GTK_THEME, else the lightness
// of the platform theme's window colour.
#pragma once

#include "ui/common/theme.h"

#include <QColor>
#include <QString>

namespace tutorhub::app {

struct CommandLineOptions;

class Appearance
{
public:
    // What the desktop says; -1 / empty / invalid where it says nothing.
    struct SystemHints
    {
        int colorScheme = -1; // org.freedesktop.appearance color-scheme: 0 no preference, 1 dark, 2 light
        int contrast = -1; // org.freedesktop.appearance contrast: 0 normal, 1 high
        int gnomeHighContrast = -1; // org.gnome.desktop.a11y.interface high-contrast: 0/1
        QString gtkTheme; // the portal's org.gnome.desktop.interface gtk-theme, else GTK_THEME
        QColor platformWindow; // the platform theme's QPalette::Window before TutorHub sets its own
    };

    // "system", "light", "dark", "high-contrast" → "", "light", ...; anything else → a null string.
    static QString normalized(const QString &text);
    // The choice saved in the app's settings (those of --data-dir when given); null = none.
    static QString saved(const QString &dataDir);
    // The theme the desktop asks for (pure).
    static ui::ThemeId fromSystem(const SystemHints &hints);
    // The rule above, as a pure function: the first explicit choice of commandLine, environment, saved; a choice
    // of "system" (or none) → fromSystem(hints).
    static ui::ThemeId resolve(const QString &commandLine, const QString &environment, const QString &saved,
                               const SystemHints &hints);
    // The desktop's hints for this process (needs the QGuiApplication; asks the portal with a short timeout, and
    // only when a session bus is there, so that no bus is started for it).
    static SystemHints systemHints();
    // The rule above for this process.
    static ui::ThemeId choose(const CommandLineOptions &options);
};

} // namespace tutorhub::app
