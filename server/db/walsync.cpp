#include "db/walsync.h"
#include "db/dialect.h"

#include <QFile>
#include <QMetaObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tutorhub::server {

// A missing WAL has nothing to sync (SQLite removes it only after a complete checkpoint into the
// synced database file).
bool WalSyncer::syncFile(const QByteArray &path, QString *error)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return true;
        *error
            = QStringLiteral("open %1: %2").arg(QString::fromLocal8Bit(path), QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    int rc;
    do
        rc = ::fdatasync(fd);
    while (rc != 0 && errno == EINTR);
    const int err = errno;
    ::close(fd);
    if (rc != 0) {
        *error = QStringLiteral("fdatasync %1: %2")
                     .arg(QString::fromLocal8Bit(path), QString::fromLocal8Bit(strerror(err)));
        return false;
    }
    return true;
}

void WalSyncer::setSyncFunction(SyncFunction fn)
{
    QMutexLocker lock(&m_fnMutex);
    m_fn = std::move(fn);
}

WalSyncer::WalSyncer(const QString &databasePath, QObject *parent)
    : QObject(parent),
      m_walPath(databasePath + QStringLiteral("-wal"))
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("wal-sync"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

WalSyncer *WalSyncer::forDatabase(const QSqlDatabase &db, QObject *parent)
{
    const QString path = db.databaseName();
    if (sql::isPostgres(db) || path.isEmpty() || path == QLatin1String(":memory:")
        || path.startsWith(QLatin1String("file:")))
        return nullptr;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return nullptr;
    return new WalSyncer(path, parent);
}

WalSyncer::~WalSyncer()
{
    // A sync in flight finishes (it only touches its own file descriptor); its result is dropped.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

quint64 WalSyncer::sync()
{
    ++m_asked;
    if (!m_inFlight)
        start();
    return m_asked;
}

void WalSyncer::start()
{
    m_inFlight = m_asked;
    const quint64 upTo = m_inFlight;
    const QByteArray path = QFile::encodeName(m_walPath);
    // The destructor waits for the worker thread, so `this` outlives the job; an answer posted to it
    // while it is being destroyed is dropped with its other posted events.
    QMetaObject::invokeMethod(m_worker, [this, path, upTo] {
        QString error;
        SyncFunction fn;
        {
            QMutexLocker lock(&m_fnMutex);
            fn = m_fn;
        }
        const bool ok = fn ? fn(path, &error) : syncFile(path, &error);
        QMetaObject::invokeMethod(
            this, [this, upTo, ok, error] { finished(upTo, ok, error); }, Qt::QueuedConnection);
    });
}

void WalSyncer::finished(quint64 upTo, bool ok, const QString &error)
{
    m_inFlight = 0;
    if (m_asked > upTo)
        start(); // commits made while this sync ran: the next one covers them
    emit synced(upTo, ok, error);
}

} // namespace tutorhub::server
