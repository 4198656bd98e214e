#include "core/privatefiles.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tutorhub::server::privatefiles {

namespace {

bool fail(QString *error, const QString &what, const QString &path)
{
    if (error)
        *error = QStringLiteral("cannot %1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}

// chmod without following a symbolic link at `path` (lstat first; links are left alone).
bool setMode(const QString &path, mode_t mode, bool wantDir, QString *error)
{
    const QByteArray p = QFile::encodeName(path);
    struct stat st;
    if (::lstat(p.constData(), &st) != 0)
        return errno == ENOENT ? true : fail(error, QStringLiteral("inspect"), path);
    if (S_ISLNK(st.st_mode))
        return true;
    if (wantDir && !S_ISDIR(st.st_mode)) {
        errno = ENOTDIR;
        return fail(error, QStringLiteral("use the directory"), path);
    }
    if ((st.st_mode & 07777) == mode)
        return true;
    if (::chmod(p.constData(), mode) != 0)
        return fail(error, QStringLiteral("restrict the permissions of"), path);
    return true;
}

} // namespace

bool makeDirectory(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        errno = EACCES;
        return fail(error, QStringLiteral("create the data directory"), dir);
    }
    return setMode(dir, 0700, true, error);
}

bool restrictTree(const QString &dir, QString *error)
{
    if (!setMode(dir, 0700, true, error))
        return false;
    const QFileInfoList entries
        = QDir(dir).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &e : entries) {
        if (e.isSymLink())
            continue;
        if (e.isDir()) {
            if (!restrictTree(e.filePath(), error))
                return false;
        } else if (!setMode(e.filePath(), 0600, false, error)) {
            return false;
        }
    }
    return true;
}

bool ensureFile(const QString &path, QString *error)
{
    const QByteArray p = QFile::encodeName(path);
    // O_CREAT with 0600 (the umask can only remove bits), then chmod for an existing or umask-shaped file.
    const int fd = ::open(p.constData(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(error, QStringLiteral("create"), path);
    const bool ok = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    return ok ? true : fail(error, QStringLiteral("restrict the permissions of"), path);
}

bool restrictFile(const QString &path, QString *error)
{
    return setMode(path, 0600, false, error);
}

} // namespace tutorhub::server::privatefiles
