// Where the app keeps its settings and finds the user's folders (issue 17 item 2, K52): the only code that opens
// the settings file (QSettings) and asks QStandardPaths. Application hands the result to every component through
// api::AppSettings (and its folders); the language and the appearance read the same settings before it exists.
#pragma once

#include "api/appsettings.h"

#include <QString>

#include <memory>

class QObject;

namespace tutorhub::app {

// The folders for --data-dir `dataDir` (empty: the platform's application data folder) and the user's documents
// and downloads folders.
api::AppSettings::Folders appFolders(const QString &dataDir);
// The settings of --data-dir `dataDir` (its settings.ini), else the platform's place for them; folders filled.
std::unique_ptr<api::AppSettings> openSettings(const QString &dataDir, QObject *parent = nullptr);
// A program on PATH (empty when none).
QString findOnPath(const QString &program);

} // namespace tutorhub::app
