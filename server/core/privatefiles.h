// Files only the user who runs the server may read (SEC26): the data directory is 0700 and every file
// in it 0600, whatever the umask, also when it was created earlier with looser modes.
#pragma once

#include <QString>

namespace tutorhub::server::privatefiles {

// Creates `dir` (and missing parents) and sets it to 0700.
bool makeDirectory(const QString &dir, QString *error);
// Sets every directory below `dir` to 0700 and every regular file to 0600. Symbolic links are neither
// followed nor changed. False with *error naming the first entry that could not be changed.
bool restrictTree(const QString &dir, QString *error);
// Makes sure `path` exists as a 0600 file (created empty when missing, never truncated).
bool ensureFile(const QString &path, QString *error);
// Sets an existing file to 0600 (nothing when it does not exist).
bool restrictFile(const QString &path, QString *error);

} // namespace tutorhub::server::privatefiles
