// The command line of `tutorhub` (QCommandLineParser, translated descriptions).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tutorhub::app {

struct CommandLineOptions
{
    QString environmentId; // "local", "preview", "staging", "production", "custom"; empty = not given
    QUrl serverUrl; // --server-url (custom host, or an already-running local server)
    QString dataDir; // --data-dir; empty = the standard locations
    QString language; // --language: "en", "de", "fr" or "es"; empty = not given (P21)
    QString theme; // --theme: "light", "dark", "high-contrast", "" for system; null = not given (P44)
    bool demo = false;
    bool showHelp = false;
    bool showVersion = false;
    QString error; // a sentence when the command line is wrong

    bool ok() const { return error.isEmpty(); }
    // The environment to use: --environment, else "local" when --server-url is given, else empty
    // (then the remembered choice applies).
    QString effectiveEnvironmentId() const;
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(tutorhub::app::CommandLine)

public:
    // arguments[0] is the program name.
    static CommandLineOptions parse(const QStringList &arguments);
    static QString helpText();
    static QString versionText();
};

} // namespace tutorhub::app
