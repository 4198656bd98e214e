// Throttling of sign-in and code checks (SEC3): failures are counted per account and per client
// address in a sliding window; once either count reaches its limit the route answers 429
// errMsg_TooManyAttempts with Retry-After until enough failures have left the window. In memory
// only: a restart forgets the counts (an attacker who can restart the server owns it anyway).
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

namespace tutorhub::server {

struct ThrottleLimits
{
    int accountFailures = 10; // per account (e-mail or user id) ...
    int addressFailures = 30; // ... and per client address ...
    int windowSecs = 15 * 60; // ... within this many seconds
};

class Throttle
{
public:
    explicit Throttle(ThrottleLimits limits = {});

    // Throws HttpError 429 (with retryAfter) when the account or the address is over its limit.
    // `scope` separates the counters ("login", "code"); an empty account or address is not counted.
    void check(const QString &scope, const QString &account, const QString &address) const;
    // Records one failure for both.
    void failed(const QString &scope, const QString &account, const QString &address);
    // A success clears the account's failures (not the address's: one good account does not
    // unlock guessing at others).
    void succeeded(const QString &scope, const QString &account);

    const ThrottleLimits &limits() const { return m_limits; }

private:
    // Seconds until the key is below `limit` again; 0 when it is below already.
    int waitFor(const QString &key, int limit) const;
    void prune(QList<qint64> &times) const;

    ThrottleLimits m_limits;
    QElapsedTimer m_clock;
    mutable QHash<QString, QList<qint64>> m_failures; // key -> failure times (ms on m_clock), oldest first
};

} // namespace tutorhub::server
