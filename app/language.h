// The language of the windows (issue 16, decisions P20-P22). Chosen once at start-up, before any
// window is built: --language, else TUTORHUB_LANGUAGE, else the choice saved by the language button
// (ui::LanguageChooser), else the first of the system's UI languages TutorHub has, else English.
#pragma once

#include <QString>
#include <QStringList>

namespace tutorhub::app {

struct CommandLineOptions;

class Language
{
public:
    // "fr", "fr_FR", "fr-CA" → "fr"; a language TutorHub lacks → empty.
    static QString normalized(const QString &text);
    // The choice saved in the app's settings (those of --data-dir when given); empty = none.
    static QString saved(const QString &dataDir);
    // The rule above, as a pure function.
    static QString resolve(const QString &commandLine, const QString &environment, const QString &saved,
                           const QStringList &systemUiLanguages);
    // The rule above for this process (environment, settings, QLocale::system()).
    static QString choose(const CommandLineOptions &options);
    // Installs TutorHub's translation (<directory>/tutorhub_<code>.qm; English's holds only plural forms) and Qt's own
    // (qtbase, for the standard dialogs and buttons), replacing ones installed before, and makes the
    // language the default QLocale's (dates and numbers follow it). Returns false when a language
    // other than English has no translation to load.
    static bool install(const QString &code, const QString &directory = QStringLiteral(":/i18n"));
};

} // namespace tutorhub::app
