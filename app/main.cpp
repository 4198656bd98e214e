// tutorhub: the desktop client. Everything lives in tutorhub_app; this file only starts it.
#include "application.h"
#include "appearance.h"
#include "commandline.h"
#include "language.h"

#include "ui/common/theme.h"

#include <QApplication>
#include <cstdio>

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TutorHub"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tutorhub.mindbricks.co"));
    QCoreApplication::setApplicationName(QStringLiteral("TutorHub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TUTORHUB_VERSION));
}
} // namespace

int main(int argc, char **argv)
{
    using tutorhub::app::CommandLine;
    using tutorhub::app::Language;
    tutorhub::app::CommandLineOptions options;
    QString language;
    {
        // --help, --version and mistakes are answered without a display.
        QCoreApplication core(argc, argv);
        setIdentity();
        // The language first (--language, TUTORHUB_LANGUAGE, the saved choice of --data-dir's settings,
        // the system's), then the command line again so that its sentences are in that language (P21).
        language = Language::choose(CommandLine::parse(QCoreApplication::arguments()));
        Language::install(language);
        options = CommandLine::parse(QCoreApplication::arguments());
        if (!options.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(options.error));
            return 2;
        }
        if (options.showHelp) {
            std::printf("%s", qPrintable(CommandLine::helpText()));
            return 0;
        }
        if (options.showVersion) {
            std::printf("%s\n", qPrintable(CommandLine::versionText()));
            return 0;
        }
    }

    QApplication qtApp(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("TutorHub"));
    QApplication::setDesktopFileName(QStringLiteral("co.mindbricks.tutorhub"));
    Language::install(language); // before any window is built
    // The appearance (P44): --theme, TUTORHUB_THEME, the saved choice, else the desktop's; before any window.
    tutorhub::ui::applyTheme(qtApp, tutorhub::app::Appearance::choose(options));
    tutorhub::app::Application app({options, nullptr, {}});
    app.start();
    return QApplication::exec();
}
