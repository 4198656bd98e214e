#include "languagechooser.h"

#include "api/appsettings.h"

#include <QActionGroup>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>

namespace tutorhub::ui {

QList<LanguageChooser::Choice> LanguageChooser::languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

QString LanguageChooser::nativeName(const QString &code)
{
    for (const Choice &c : languages())
        if (c.code == code)
            return c.nativeName;
    return {};
}

QString LanguageChooser::normalized(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("[-_.@]"));
    const QString code = text.trimmed().section(separator, 0, 0).toLower();
    return nativeName(code).isEmpty() ? QString() : code;
}

QString LanguageChooser::systemCode(const QStringList &uiLanguages)
{
    for (const QString &ui : uiLanguages) {
        const QString code = normalized(ui);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QString LanguageChooser::activeCode()
{
    const QString code = normalized(QLocale().name());
    return code.isEmpty() ? QStringLiteral("en") : code;
}

LanguageChooser::LanguageChooser(api::AppSettings *settings, QWidget *parent)
    : QToolButton(parent),
      m_settings(settings)
{
    setObjectName(QStringLiteral("languageChooser"));
    // The arrow as text: the style's menu indicator would be drawn over the name.
    setText(nativeName(activeCode()) + QStringLiteral(" \u25BE"));
    setStyleSheet(QStringLiteral("QToolButton#languageChooser::menu-indicator { image: none; width: 0px; }"));
    setToolTip(tr("Language of TutorHub"));
    setAccessibleName(tr("Language"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *menu = new QMenu(this);
    auto *group = new QActionGroup(menu);
    const QString saved = m_settings ? m_settings->language() : QString();
    auto add = [&](const QString &code, const QString &label) {
        QAction *a = menu->addAction(label);
        a->setCheckable(true);
        a->setChecked(saved == code);
        a->setData(code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("System language"));
    menu->addSeparator();
    for (const Choice &c : languages())
        add(c.code, c.nativeName);
    setMenu(menu);
}

void LanguageChooser::choose(const QString &code)
{
    if (!m_settings)
        return;
    m_settings->setLanguage(code);
    // The system language the next start will use, for the sentence (the app decides the same way, P21).
    const QString next = code.isEmpty() ? systemCode(QLocale::system().uiLanguages()) : code;
    if (next != activeCode())
        emit restartNeeded(tr("TutorHub will be in %1 from its next start.").arg(nativeName(next)));
}

} // namespace tutorhub::ui
