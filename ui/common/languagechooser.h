// The language control (issue 16, decisions P21-P22): a small button with a menu of the languages
// TutorHub speaks (system language, English, Deutsch, Français, Español). The choice is saved in the
// app's settings (AppSettings::language); the app reads it at start-up, before any window is built, so a
// new choice applies from the next start (the windows are not retranslated live) and the button says so.
#pragma once

#include <QList>
#include <QStringList>
#include <QString>
#include <QToolButton>

namespace tutorhub::api {
class AppSettings;
}

namespace tutorhub::ui {

class LanguageChooser : public QToolButton
{
    Q_OBJECT

public:
    struct Choice
    {
        QString code; // "en", "de", "fr", "es"
        QString nativeName; // in its own language, never translated
    };
    static QList<Choice> languages();
    static QString nativeName(const QString &code);
    // "fr", "FR", "fr_FR", "fr-CA" → "fr"; a language TutorHub lacks → empty.
    static QString normalized(const QString &text);
    // The first of the system's UI languages TutorHub has, else "en" (P21).
    static QString systemCode(const QStringList &uiLanguages);
    // The language the windows are in now (the default QLocale's, P21), "en" when TutorHub has no other.
    static QString activeCode();

    explicit LanguageChooser(api::AppSettings *settings, QWidget *parent = nullptr);

signals:
    // After a choice that changes the language: a sentence for the window's banner.
    void restartNeeded(const QString &sentence);

private:
    void choose(const QString &code);

    api::AppSettings *m_settings;
};

} // namespace tutorhub::ui
