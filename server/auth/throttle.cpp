#include "auth/throttle.h"

#include "core/apierror.h"

namespace tutorhub::server {

namespace {

constexpr int kMaxKeys = 100000; // beyond this the oldest-looking keys are dropped (memory bound)

QString accountKey(const QString &scope, const QString &account)
{
    return scope + QStringLiteral("|a|") + account.trimmed().toLower();
}

QString addressKey(const QString &scope, const QString &address)
{
    return scope + QStringLiteral("|ip|") + address;
}

} // namespace

Throttle::Throttle(ThrottleLimits limits) : m_limits(limits)
{
    m_clock.start();
}

void Throttle::prune(QList<qint64> &times) const
{
    const qint64 oldest = m_clock.elapsed() - qint64(m_limits.windowSecs) * 1000;
    while (!times.isEmpty() && times.first() <= oldest)
        times.removeFirst();
}

int Throttle::waitFor(const QString &key, int limit) const
{
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return 0;
    prune(*it);
    const qsizetype n = it->size();
    if (n < limit) {
        if (n == 0)
            m_failures.erase(it);
        return 0;
    }
    // Below the limit again when the (n - limit + 1)-th oldest failure leaves the window.
    const qint64 freeAt = it->at(n - limit) + qint64(m_limits.windowSecs) * 1000;
    return int(std::max<qint64>(1, (freeAt - m_clock.elapsed() + 999) / 1000));
}

void Throttle::check(const QString &scope, const QString &account, const QString &address) const
{
    int wait = 0;
    if (!account.trimmed().isEmpty())
        wait = waitFor(accountKey(scope, account), m_limits.accountFailures);
    if (!address.isEmpty())
        wait = std::max(wait, waitFor(addressKey(scope, address), m_limits.addressFailures));
    if (wait > 0)
        throw HttpError::tooManyAttempts(wait);
}

void Throttle::failed(const QString &scope, const QString &account, const QString &address)
{
    if (m_failures.size() > kMaxKeys) {
        for (auto it = m_failures.begin(); it != m_failures.end();) {
            prune(*it);
            it = it->isEmpty() ? m_failures.erase(it) : std::next(it);
        }
        if (m_failures.size() > kMaxKeys)
            m_failures.clear(); // a flood of distinct keys: forget rather than grow without bound
    }
    const qint64 now = m_clock.elapsed();
    if (!account.trimmed().isEmpty())
        m_failures[accountKey(scope, account)].append(now);
    if (!address.isEmpty())
        m_failures[addressKey(scope, address)].append(now);
}

void Throttle::succeeded(const QString &scope, const QString &account)
{
    m_failures.remove(accountKey(scope, account));
}

} // namespace tutorhub::server
