// The appearance control (issue 16 item 4, decisions P44-P45): a menu of the appearances (follow the system, light,
// dark, high contrast) — ThemeMenu in the main window's account menu, ThemeChooser (a small button beside the
// language button) in the sign-in window. The choice is saved in the app's settings (AppSettings::theme); the app
// reads it at start-up before any window is built (app/appearance.h), so a new choice applies from the next start,
// like the language (P22), and the window says so.
#pragma once

#include <QMenu>
#include <QString>
#include <QStringList>
#include <QToolButton>

namespace tutorhub::api {
class AppSettings;
}

namespace tutorhub::ui {

class ThemeMenu : public QMenu
{
    Q_OBJECT

public:
    explicit ThemeMenu(api::AppSettings *settings, QWidget *parent = nullptr);

signals:
    // After a choice that differs from the saved one: a sentence for the window's banner.
    void restartNeeded(const QString &sentence);

private:
    void choose(const QString &choice);

    api::AppSettings *m_settings;
};

class ThemeChooser : public QToolButton
{
    Q_OBJECT

public:
    // The saved values: "light", "dark", "high-contrast"; empty = follow the system.
    static QStringList choices();
    // "Dark", "High contrast", ... in the window's language; "System" for the empty choice.
    static QString label(const QString &choice);
    // "system", "light", "dark", "high-contrast" (any case; "hc", "highcontrast") → the saved value ("" for
    // system); anything else → a null string.
    static QString normalized(const QString &text);

    explicit ThemeChooser(api::AppSettings *settings, QWidget *parent = nullptr);

signals:
    // After a choice that differs from the saved one: a sentence for the window's banner.
    void restartNeeded(const QString &sentence);
};

} // namespace tutorhub::ui
