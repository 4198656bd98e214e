// Group commit without blocking the writer (F60): the server's connection commits with
// synchronous=NORMAL (F9), so a commit appends to the write-ahead log without an fsync. WalSyncer makes
// those commits durable on a thread of its own: sync() asks for an fdatasync() of the database's -wal
// file, and synced() reports, on the owner's thread, the ticket of the last sync() it covers. One sync
// is in flight at a time; every commit that returned before a sync started is on disk when it ends
// (a commit is either still in the WAL, which the sync flushes, or already checkpointed into the
// database file, which SQLite syncs before it reuses the WAL). Only for a WAL database in a file.
#pragma once

#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>

class QSqlDatabase;
class QThread;

namespace tutorhub::server {

class WalSyncer : public QObject
{
    Q_OBJECT
public:
    // `databasePath`: the SQLite file whose "-wal" companion is synced.
    explicit WalSyncer(const QString &databasePath, QObject *parent = nullptr);
    ~WalSyncer() override;
    // A syncer for the database of `db` when it is a file in WAL mode, else nullptr (no WAL to sync:
    // the caller commits with synchronous=FULL instead).
    static WalSyncer *forDatabase(const QSqlDatabase &db, QObject *parent);

    // Asks for a sync of everything committed so far; returns its ticket (1, 2, ...). A sync asked
    // for while another is in flight starts when that one ends, and covers every ticket asked by then.
    quint64 sync();
    bool busy() const { return m_inFlight != 0; }
    // fdatasync() of the file at `path` (true when its data is on disk; a missing file has nothing to sync).
    static bool syncFile(const QByteArray &path, QString *error);
    // Tests: what a sync runs on the syncer's thread instead of syncFile() (e.g. to hold it).
    using SyncFunction = std::function<bool(const QByteArray &path, QString *error)>;
    void setSyncFunction(SyncFunction fn);
    quint64 lastTicket() const { return m_asked; }

signals:
    // Every ticket <= `upTo` is on disk (ok) or its sync failed (!ok: `error` says why).
    void synced(quint64 upTo, bool ok, const QString &error);

private:
    void start();
    void finished(quint64 upTo, bool ok, const QString &error);

    QString m_walPath;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives in m_thread
    QMutex m_fnMutex;
    SyncFunction m_fn; // empty: syncFile
    quint64 m_asked = 0; // last ticket handed out
    quint64 m_inFlight = 0; // ticket covered by the sync in flight, 0 when idle
};

} // namespace tutorhub::server
