// The realtime hub's durable acknowledgement (F60): committed batches wait here for the WAL sync that
// followed their commit, then are acknowledged and broadcast in commit order, with the observer pushes
// that were queued behind them.
#include "messaging/hub.h"

#include "db/walsync.h"

namespace tutorhub::server {

void Hub::awaitSync(QList<QueuedSend> batch, QList<messaging::BatchedSend> results)
{
    // A sync asked for now starts after this commit (or when the one in flight ends), so it covers it.
    const quint64 ticket = m_syncer->sync();
    m_awaiting.append({ticket, std::move(batch), std::move(results), {}});
}

void Hub::onSynced(quint64 upTo, bool ok, const QString &error)
{
    if (!ok)
        qWarning("tutorhub-server hub: the write-ahead log could not be synced (%s); the messages of the "
                 "batches before it are answered with errMsg_ServerError",
                 qPrintable(error));
    while (!m_awaiting.isEmpty() && m_awaiting.first().ticket <= upTo) {
        const Awaiting a = m_awaiting.takeFirst();
        if (!a.pushes.isEmpty())
            sendPushes(a.pushes);
        else
            releaseSends(a.batch, a.results, ok); // committed, but only acknowledged when on disk
    }
    if (!m_sends.isEmpty() && !m_sendFlushQueued)
        flushSends(); // the sends that arrived during the sync: one transaction, the next sync
}

} // namespace tutorhub::server
