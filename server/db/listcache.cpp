#include "db/listcache.h"

#include "db/repository.h"
#include "db/statementcache.h"

#include <QSqlDriver>
#include <QThread>

#include <sqlite3.h>

#include <stdexcept>

namespace tutorhub::server {

namespace {

const char *const kName = "tutorhub-list-cache";
constexpr qsizetype kMaxBytes = 16 * 1024 * 1024;

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.driver() || !db.isOpen())
        return nullptr;
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.data());
}

// The answers of one connection (a child of its driver, as the statement cache) under one stamp.
class Store : public QObject
{
public:
    explicit Store(QObject *driver) : QObject(driver) { setObjectName(QLatin1String(kName)); }
    qint64 stamp = -1;
    qsizetype bytes = 0;
    QHash<QString, CachedList> lists;
};

Store *storeOf(const QSqlDatabase &db, qint64 stamp)
{
    QSqlDriver *driver = db.driver();
    if (stamp < 0 || !driver || driver->thread() != QThread::currentThread())
        return nullptr;
    auto *s = static_cast<Store *>(driver->findChild<QObject *>(QLatin1String(kName), Qt::FindDirectChildrenOnly));
    if (!s)
        s = new Store(driver);
    if (s->stamp != stamp) {
        s->stamp = stamp;
        s->bytes = 0;
        s->lists.clear();
    }
    return s;
}

} // namespace

qint64 writeStamp(const QSqlDatabase &db)
{
    sqlite3 *h = handleOf(db);
    if (!h || !sqlite3_get_autocommit(h))
        return -1;
    // total_changes counts this connection's rows; data_version moves with every other connection's commit.
    // Both only grow, so their sum with data_version in the high bits moves whenever either does.
    const qint64 version = statements::scalar(db, QStringLiteral("PRAGMA data_version"), {});
    return sqlite3_total_changes64(h) + (version << 32);
}

ListCache::ListCache(const Repository &repo, const Request &req, const QString &route) : m_db(repo.db())
{
    m_stamp = writeStamp(m_db);
    if (m_stamp < 0)
        return;
    m_key = route + QLatin1Char('\x1f') + QString::fromLatin1(req.method) + QLatin1Char('\x1f') + req.path
            + QLatin1Char('\x1f') + req.query.toString(QUrl::FullyEncoded) + QLatin1Char('\x1f')
            + QString::fromUtf8(req.body) + QLatin1Char('\x1f') + req.baseUrl + QLatin1Char('\x1f')
            + (req.auth ? req.auth->userId + QLatin1Char('/') + req.auth->roleId : QString());
    if (Store *s = storeOf(m_db, m_stamp)) {
        const auto it = s->lists.constFind(m_key);
        if (it != s->lists.cend())
            m_hit = &it.value();
    }
}

void ListCache::remember(CachedList list) const
{
    if (m_stamp < 0 || writeStamp(m_db) != m_stamp)
        return; // something was written while the answer was built
    Store *s = storeOf(m_db, m_stamp);
    if (!s)
        return;
    const qsizetype size = list.rows.size() + m_key.size() * 2;
    if (size > kMaxBytes / 4)
        return;
    if (s->bytes + size > kMaxBytes) {
        s->lists.clear();
        s->bytes = 0;
    }
    s->bytes += size;
    s->lists.insert(m_key, std::move(list));
}

Response ListCache::response(const Request &req, const QString &dataName, const CachedList &list, bool fromCache)
{
    // The envelope around an empty array first (its `source` is then the only one), the rows put in its place.
    Response r = envelope::listRaw(req, dataName, QByteArrayLiteral("[]"), list.rowCount, list.paging);
    if (fromCache)
        r.body.replace(QByteArrayLiteral("\"source\":\"db\""), QByteArrayLiteral("\"source\":\"cache\""));
    const QByteArray slot = '"' + dataName.toUtf8() + "\":[]";
    const qsizetype at = r.body.indexOf(slot);
    if (at < 0)
        throw std::runtime_error("ListCache: no place for the rows");
    r.body.replace(at + slot.size() - 2, 2, list.rows);
    return r;
}

} // namespace tutorhub::server
