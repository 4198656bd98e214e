#include "themechooser.h"

#include "theme.h"

#include "api/appsettings.h"

#include <QActionGroup>
#include <QMenu>

namespace tutorhub::ui {

QStringList ThemeChooser::choices()
{
    return {QString(), QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("high-contrast")};
}

QString ThemeChooser::label(const QString &choice)
{
    if (choice == QLatin1String("light"))
        return tr("Light");
    if (choice == QLatin1String("dark"))
        return tr("Dark");
    if (choice == QLatin1String("high-contrast"))
        return tr("High contrast");
    return tr("Like the system");
}

QString ThemeChooser::normalized(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("system"))
        return QLatin1String(""); // empty, not null: a valid choice
    bool ok = false;
    const ThemeId id = themeIdFromName(t, &ok);
    return ok ? themeName(id) : QString();
}

ThemeChooser::ThemeChooser(api::AppSettings *settings, QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("themeChooser"));
    // A half-filled circle, the usual sign of light/dark, with the arrow as text (as the language button, P24).
    setText(QStringLiteral("\u25D0 \u25BE"));
    setStyleSheet(QStringLiteral("QToolButton#themeChooser::menu-indicator { image: none; width: 0px; }"));
    setToolTip(tr("Appearance of TutorHub: like the system, light, dark or high contrast"));
    setAccessibleName(tr("Appearance"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new ThemeMenu(settings, this);
    connect(menu, &ThemeMenu::restartNeeded, this, &ThemeChooser::restartNeeded);
    setMenu(menu);
}

ThemeMenu::ThemeMenu(api::AppSettings *settings, QWidget *parent) : QMenu(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(this);
    const QString saved = m_settings ? ThemeChooser::normalized(m_settings->theme()) : QString();
    for (const QString &choice : ThemeChooser::choices()) {
        QAction *a = addAction(ThemeChooser::label(choice));
        a->setCheckable(true);
        a->setChecked(saved == choice || (saved.isNull() && choice.isEmpty()));
        a->setData(choice);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, choice] { choose(choice); });
        if (choice.isEmpty())
            addSeparator();
    }
}

void ThemeMenu::choose(const QString &choice)
{
    if (!m_settings)
        return;
    using C = ThemeChooser;
    const QString before = C::normalized(m_settings->theme());
    m_settings->setTheme(choice);
    if (before.isNull() ? !choice.isEmpty() : before != choice)
        emit restartNeeded(ThemeChooser::tr("The appearance \u201C%1\u201D applies from TutorHub's next start.")
                               .arg(C::label(choice)));
}

} // namespace tutorhub::ui
