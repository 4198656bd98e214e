// WAL checkpoints off the request path (F50). SQLite's automatic checkpoint runs inside the commit that
// takes the WAL past 1000 pages: that request copied the WAL into the database and waited for two
// fsyncs. The Checkpointer replaces it: a commit only notes the WAL's size (sqlite3_wal_hook); a thread
// of its own, with its own connection, runs PASSIVE checkpoints (they never block the server's reads or
// writes). Durability is unchanged (F9): a commit is in the WAL, a checkpoint only moves pages.
#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace tutorhub::server {

class Checkpointer
{
public:
    // Pages in the WAL after a commit from which the thread is woken: 8000 pages (31 MiB at 4 KiB), not
    // SQLite's 1000, so that the index pages every booking touches (the newest entries of the date
    // indexes) are copied once per checkpoint rather than once per few dozen bookings.
    static constexpr int kWakePages = 8000;
    // If the thread cannot keep up, the committing connection checkpoints itself from this size on.
    static constexpr int kInlinePages = 100000;

    Checkpointer() = default;
    ~Checkpointer();
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    // Takes over the WAL hook of `db` (turning its automatic checkpoint off) and opens a second connection
    // to `path` for the thread. False (and nothing changed) when the second connection cannot be opened.
    bool start(sqlite3 *db, const char *path);
    // Stops the thread and closes its connection; gives `db` back its automatic checkpoint.
    void stop();
    bool isRunning() const { return m_thread.joinable(); }

    // Checkpoints done by the thread (for tests).
    int done() const;
    // The wake mark in use: kWakePages, or TUTORHUB_WAL_CHECKPOINT_PAGES when set to a positive number
    // (tests use 1: every commit wakes the thread).
    int wakePages() const { return m_wakePages; }

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int pages);
    void run();

    sqlite3 *m_db = nullptr; // the server's connection (not owned)
    sqlite3 *m_own = nullptr; // the thread's connection
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_wanted = false;
    bool m_stop = false;
    int m_done = 0;
    int m_wakePages = kWakePages;
};

} // namespace tutorhub::server
