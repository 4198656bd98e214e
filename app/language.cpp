#include "language.h"

#include "appstorage.h"
#include "commandline.h"

#include "ui/common/languagechooser.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tutorhub::app {

using ui::LanguageChooser;

namespace {
const char *const translatorName = "tutorhub-translator";
}

QString Language::normalized(const QString &text)
{
    return LanguageChooser::normalized(text);
}

QString Language::saved(const QString &dataDir)
{
    // The same settings Application opens.
    return normalized(openSettings(dataDir)->language());
}

QString Language::resolve(const QString &commandLine, const QString &environment, const QString &saved,
                          const QStringList &systemUiLanguages)
{
    for (const QString &candidate : {commandLine, environment, saved}) {
        const QString code = normalized(candidate);
        if (!code.isEmpty())
            return code;
    }
    return LanguageChooser::systemCode(systemUiLanguages);
}

QString Language::choose(const CommandLineOptions &options)
{
    const QString environment = qEnvironmentVariable("TUTORHUB_LANGUAGE");
    if (!environment.isEmpty() && normalized(environment).isEmpty())
        qWarning("TUTORHUB_LANGUAGE=%s is not a language of TutorHub (en, de, fr, es); it is ignored.",
                 qPrintable(environment));
    return resolve(options.language, environment, saved(options.dataDir), QLocale::system().uiLanguages());
}

bool Language::install(const QString &code, const QString &directory)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return false;
    const auto old = app->findChildren<QTranslator *>(QString::fromLatin1(translatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *t : old) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }

    // Dates and numbers in the chosen language, keeping the system's country (fr on a German system:
    // French words, German conventions where the locale data has them). English on a plain "C" system
    // stays "C".
    const QLocale system = QLocale::system();
    const QLocale::Language language = QLocale::codeToLanguage(code);
    if (system.language() == language || (language == QLocale::English && system.language() == QLocale::C))
        QLocale::setDefault(system);
    else
        QLocale::setDefault(QLocale(language, system.territory()));

    // English needs its file too: it holds the plural forms of the %n messages (P26), "1 minute", "5 minutes".
    bool ok = false;
    auto *own = new QTranslator(app);
    own->setObjectName(QString::fromLatin1(translatorName));
    if (own->load(QStringLiteral("tutorhub_") + code, directory) && QCoreApplication::installTranslator(own))
        ok = true;
    else
        delete own;
    ok = ok || code == QLatin1String("en"); // English reads without it, only its plurals say "(s)"
    auto *qt = new QTranslator(app);
    qt->setObjectName(QString::fromLatin1(translatorName));
    if (code != QLatin1String("en")
        && qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return ok;
}

} // namespace tutorhub::app
