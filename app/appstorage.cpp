#include "appstorage.h"

#include <QSettings>
#include <QStandardPaths>

namespace tutorhub::app {

api::AppSettings::Folders appFolders(const QString &dataDir)
{
    api::AppSettings::Folders f;
    f.data = dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataDir;
    f.documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    f.downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return f;
}

std::unique_ptr<api::AppSettings> openSettings(const QString &dataDir, QObject *parent)
{
    auto store = dataDir.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(dataDir + QLatin1String("/settings.ini"), QSettings::IniFormat);
    auto settings = std::make_unique<api::AppSettings>(std::move(store), parent);
    settings->setFolders(appFolders(dataDir));
    return settings;
}

QString findOnPath(const QString &program)
{
    return QStandardPaths::findExecutable(program);
}

} // namespace tutorhub::app
