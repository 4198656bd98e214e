#include "admin/svcutil.h"
#include "db/dialect.h"

#include "http/request.h"

#include <QUuid>

namespace tutorhub::server::svc {

bool tableExists(const Repository &repo, const QString &table)
{
    return sql::tableExists(repo.db(), table);
}

std::optional<QVariantMap> rowById(const Repository &repo, const QString &table, const QString &id)
{
    if (id.isEmpty() || !tableExists(repo, table))
        return std::nullopt;
    QSqlQuery q = repo.exec(QStringLiteral("SELECT * FROM \"%1\" WHERE id = ? AND isActive = 1").arg(table), {id});
    if (!q.next())
        return std::nullopt;
    return Repository::rowOf(q);
}

QVariantMap requireUser(const Repository &repo, const QString &id)
{
    const auto row = rowById(repo, QStringLiteral("users"), id);
    if (!row)
        throw HttpError::notFound(QStringLiteral("user"));
    return *row;
}

void requireUuid(const QString &name, const QString &value)
{
    if (QUuid::fromString(value).isNull())
        throw HttpError::invalid(name, QStringLiteral("'%1' must be a UUID.").arg(name));
}

QJsonObject pick(const QVariantMap &row, const QStringList &keys)
{
    QJsonObject o;
    for (const QString &k : keys) {
        const QVariant v = row.value(k);
        if (v.isNull() || !v.isValid())
            o.insert(k, QJsonValue::Null);
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            o.insert(k, v.toLongLong());
        else if (v.typeId() == QMetaType::Double)
            o.insert(k, v.toDouble());
        else
            o.insert(k, v.toString());
    }
    return o;
}

QJsonValue userBrief(const Repository &repo, const QVariant &id, const QStringList &keys)
{
    if (id.isNull())
        return QJsonValue::Null;
    QSqlQuery q = repo.exec(QStringLiteral("SELECT * FROM users WHERE id = ?"), {id.toString()});
    if (!q.next())
        return QJsonValue::Null;
    return pick(Repository::rowOf(q), keys);
}

QJsonValue coursePackBrief(const Repository &repo, const QVariant &id, const QStringList &keys)
{
    if (id.isNull() || !tableExists(repo, QStringLiteral("coursePacks")))
        return QJsonValue::Null;
    QSqlQuery q = repo.exec(QStringLiteral("SELECT * FROM coursePacks WHERE id = ?"), {id.toString()});
    if (!q.next())
        return QJsonValue::Null;
    return pick(Repository::rowOf(q), keys);
}

QJsonArray asListJoin(const QJsonValue &v)
{
    return v.isObject() ? QJsonArray {v} : QJsonArray {};
}

bool wantJoins(const Request &req)
{
    return req.queryValue(QStringLiteral("getJoins")).toLower() != QLatin1String("false");
}

} // namespace tutorhub::server::svc
