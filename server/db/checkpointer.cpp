#include "db/checkpointer.h"

#include <QtGlobal>

#include <algorithm>

#include <sqlite3.h>

namespace tutorhub::server {

Checkpointer::~Checkpointer()
{
    stop();
}

bool Checkpointer::start(sqlite3 *db, const char *path)
{
    if (isRunning() || !db)
        return false;
    if (sqlite3_open_v2(path, &m_own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(m_own);
        m_own = nullptr;
        return false;
    }
    sqlite3_busy_timeout(m_own, 5000);
    bool ok = false;
    const int pages = qEnvironmentVariableIntValue("TUTORHUB_WAL_CHECKPOINT_PAGES", &ok);
    m_wakePages = ok && pages > 0 ? std::min(pages, kInlinePages - 1) : kWakePages;
    // The checkpoint syncs the WAL before it copies and the database after, as the automatic one did.
    sqlite3_exec(m_own, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
    m_db = db;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = false;
        m_wanted = false;
    }
    m_thread = std::thread([this] { run(); });
    sqlite3_wal_hook(m_db, &Checkpointer::onCommit, this); // replaces sqlite3_wal_autocheckpoint's hook
    return true;
}

void Checkpointer::stop()
{
    if (!isRunning())
        return;
    sqlite3_wal_autocheckpoint(m_db, 1000); // the connection checkpoints on its own again
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    sqlite3_close(m_own);
    m_own = nullptr;
    m_db = nullptr;
}

int Checkpointer::done() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_done;
}

int Checkpointer::onCommit(void *self, sqlite3 *db, const char *schema, int pages)
{
    auto *c = static_cast<Checkpointer *>(self);
    if (pages >= kInlinePages) {
        // Back-pressure: the WAL keeps growing (the thread starved or blocked), so this commit pays, as before.
        sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    } else if (pages >= c->m_wakePages) {
        {
            std::lock_guard<std::mutex> lock(c->m_mutex);
            c->m_wanted = true;
        }
        c->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void Checkpointer::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_wanted || m_stop; });
        if (m_stop)
            return;
        m_wanted = false;
        lock.unlock();
        // PASSIVE: copies what no reader still needs, never waits for the writer or blocks it. The next
        // write after a complete checkpoint starts the WAL from its beginning again.
        sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
        ++m_done;
    }
}

} // namespace tutorhub::server
