#include "commandline.h"

#include "appearance.h"
#include "language.h"

#include "api/environment.h"

#include <QCommandLineParser>

namespace tutorhub::app {

namespace {
struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption environment {QStringLiteral("environment"),
                                    CommandLine::tr("Server to use: local, preview, staging, production or custom."),
                                    CommandLine::tr("name")};
    QCommandLineOption serverUrl {
        QStringLiteral("server-url"),
        CommandLine::tr("Address of the server: the host of the custom environment, or an already running "
                        "local server to use instead of starting one."),
        CommandLine::tr("url")};
    QCommandLineOption dataDir {
        QStringLiteral("data-dir"),
        CommandLine::tr("Folder for the settings and the local server's data (default: the standard "
                        "application data folder)."),
        CommandLine::tr("folder")};
    QCommandLineOption language {
        QStringLiteral("language"),
        CommandLine::tr("Language of the windows: en, de, fr or es (default: the one chosen in the app, else the "
                        "system language)."),
        CommandLine::tr("code")};
    QCommandLineOption theme {
        QStringLiteral("theme"),
        CommandLine::tr("Appearance of the windows: system, light, dark or high-contrast (default: the one chosen in "
                        "the app, else the system's)."),
        CommandLine::tr("name")};
    QCommandLineOption demo {QStringLiteral("demo"),
                             CommandLine::tr("Fill a new local server with demo accounts and courses.")};
    QCommandLineOption help {{QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Show this help.")};
    QCommandLineOption version {{QStringLiteral("v"), QStringLiteral("version")}, CommandLine::tr("Show the version.")};

    Parser()
    {
        parser.setApplicationDescription(CommandLine::tr("TutorHub Desktop: learn and teach with tutors."));
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions({environment, serverUrl, dataDir, language, theme, demo, help, version});
    }
};
} // namespace

QString CommandLineOptions::effectiveEnvironmentId() const
{
    if (!environmentId.isEmpty())
        return environmentId;
    if (!serverUrl.isEmpty())
        return api::Environment::idFor(api::EnvironmentKind::Local);
    return {};
}

CommandLineOptions CommandLine::parse(const QStringList &arguments)
{
    Parser p;
    CommandLineOptions o;
    if (!p.parser.parse(arguments)) {
        o.error = tr("The command line is not valid: %1 Use --help to see the options.").arg(p.parser.errorText());
        return o;
    }
    o.showHelp = p.parser.isSet(p.help);
    o.showVersion = p.parser.isSet(p.version);
    o.demo = p.parser.isSet(p.demo);
    o.dataDir = p.parser.value(p.dataDir);
    if (p.parser.isSet(p.language)) {
        o.language = Language::normalized(p.parser.value(p.language));
        if (o.language.isEmpty()) {
            o.error = tr("Unknown language \"%1\". Choose en (English), de (Deutsch), fr (Français) or es (Español).")
                          .arg(p.parser.value(p.language));
            return o;
        }
    }
    if (p.parser.isSet(p.theme)) {
        o.theme = Appearance::normalized(p.parser.value(p.theme));
        if (o.theme.isNull()) {
            o.error = tr("Unknown appearance \"%1\". Choose system, light, dark or high-contrast.")
                          .arg(p.parser.value(p.theme));
            return o;
        }
    }
    if (!p.parser.positionalArguments().isEmpty()) {
        o.error = tr("Unexpected argument \"%1\". Use --help to see the options.")
                      .arg(p.parser.positionalArguments().first());
        return o;
    }
    if (p.parser.isSet(p.environment)) {
        const QString id = p.parser.value(p.environment).trimmed().toLower();
        bool known = false;
        api::Environment::kindFor(id, &known);
        if (!known) {
            o.error = tr("Unknown environment \"%1\". Choose local, preview, staging, production or custom.")
                          .arg(p.parser.value(p.environment));
            return o;
        }
        o.environmentId = id;
    }
    if (p.parser.isSet(p.serverUrl)) {
        o.serverUrl = api::Environment::normalizeHost(p.parser.value(p.serverUrl));
        if (!o.serverUrl.isValid() || o.serverUrl.isEmpty()) {
            o.error = tr("\"%1\" is not a server address. Use a form like https://tutorhub.example.org or "
                         "http://127.0.0.1:8080.")
                          .arg(p.parser.value(p.serverUrl));
            return o;
        }
    }
    const QString env = o.effectiveEnvironmentId();
    if (env == api::Environment::idFor(api::EnvironmentKind::Custom) && o.serverUrl.isEmpty()) {
        o.error = tr("The custom environment needs a server address: add --server-url.");
        return o;
    }
    if (!o.serverUrl.isEmpty() && env != api::Environment::idFor(api::EnvironmentKind::Custom)
        && env != api::Environment::idFor(api::EnvironmentKind::Local)) {
        o.error = tr("--server-url can only be used with the local or the custom environment.");
        return o;
    }
    if (!o.serverUrl.isEmpty() && o.serverUrl.scheme() != QLatin1String("https")
        && !api::Environment::isLoopbackHost(o.serverUrl.host())) {
        o.error = tr("%1 uses plain http, which would send your password unencrypted over the network. Use an https:// "
                     "address; http is allowed only for a server on this computer.")
                      .arg(o.serverUrl.toString());
        return o;
    }
    if (o.demo && !o.serverUrl.isEmpty()) {
        o.error = tr(
            "--demo applies to a local server that TutorHub starts itself; it cannot be combined with --server-url.");
        return o;
    }
    return o;
}

QString CommandLine::helpText()
{
    Parser p;
    return p.parser.helpText();
}

QString CommandLine::versionText()
{
    return tr("TutorHub Desktop %1").arg(QStringLiteral(TUTORHUB_VERSION));
}

} // namespace tutorhub::app
