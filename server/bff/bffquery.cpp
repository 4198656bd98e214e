// BFF list/count queries: paging names of the BFF (page, limit, sortBy, sortOrder, q), the `filters`
// body object (G51) and the SQL built from them within the caller's scope.
#include "bff/bff.h"

#include "core/apierror.h"
#include "core/util.h"
#include "db/paging.h"
#include "http/listquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace tutorhub::server::bff {

namespace {

constexpr int kMaxLimit = 1000;
constexpr int kMaxFilterValues = 100;

int intParam(const Request &req, const QString &name, int def, int min, int max)
{
    if (!req.hasQuery(name))
        return def;
    bool ok = false;
    const int v = req.queryValue(name).trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        throw HttpError::invalid(
            name, QStringLiteral("'%1' must be an integer between %2 and %3.").arg(name).arg(min).arg(max));
    return v;
}

bool isAdminReq(const Request &req)
{
    return req.auth && req.auth->isAdmin();
}

const Field *visibleField(const Index &idx, bool admin, const QString &name)
{
    static thread_local QList<Field> cache;
    cache = visibleFields(idx, admin);
    for (const Field &f : cache)
        if (f.name == name)
            return &f;
    return nullptr;
}

bool sortableOrFilterable(const Field &f)
{
    return f.type != FieldType::Object && f.type != FieldType::Blob;
}

QString col(const Field &f)
{
    return QLatin1Char('"') + f.name + QLatin1Char('"');
}

[[noreturn]] void badFilter(const QString &name, const QString &why)
{
    throw HttpError::invalid(QStringLiteral("filters.") + name, why);
}

// One scalar filter value of `f` -> SQL condition.
QString scalarSql(const Field &f, const QJsonValue &v, QVariantList *binds)
{
    const QString c = col(f);
    auto wrongType = [&](const char *what) {
        badFilter(f.name, QStringLiteral("'%1' must be %2.").arg(f.name, QLatin1String(what)));
    };
    switch (f.type) {
    case FieldType::ID:
        if (!v.isString() || QUuid::fromString(v.toString()).isNull())
            wrongType("an id (UUID)");
        binds->append(v.toString().toLower());
        return c + QStringLiteral(" = ?");
    case FieldType::String:
    case FieldType::Text:
        if (!v.isString() || v.toString().size() > f.effectiveMaxLength())
            wrongType("a string");
        if (f.exactFilter) {
            binds->append(v.toString().toLower());
            return QStringLiteral("lower(%1) = ?").arg(c);
        }
        binds->append(likePattern(v.toString()));
        return QStringLiteral("lower(%1) LIKE ? ESCAPE '\\'").arg(c);
    case FieldType::Enum:
        if (v.isString())
            for (const QString &e : f.enumValues)
                if (e.compare(v.toString(), Qt::CaseInsensitive) == 0) {
                    binds->append(e); // canonical spelling: the column's index stays usable
                    return c + QStringLiteral(" = ?");
                }
        badFilter(f.name,
                  QStringLiteral("'%1' must be one of %2.").arg(f.name, f.enumValues.join(QStringLiteral(", "))));
    case FieldType::Boolean:
        if (!v.isBool())
            wrongType("true or false");
        binds->append(v.toBool() ? 1 : 0);
        return c + QStringLiteral(" = ?");
    case FieldType::Integer:
        if (const std::optional<qint64> n = v.isDouble() ? exactInteger(v.toDouble()) : std::nullopt)
            binds->append(*n);
        else
            wrongType("an integer");
        return c + QStringLiteral(" = ?");
    case FieldType::Double:
        if (!v.isDouble())
            wrongType("a number");
        binds->append(v.toDouble());
        return c + QStringLiteral(" = ?");
    case FieldType::Date: {
        const QString s = v.toString();
        const QDate day = QDate::fromString(s, QStringLiteral("yyyy-MM-dd"));
        if (v.isString() && s.size() == 10 && day.isValid()) { // the whole UTC day
            binds->append(s);
            binds->append(day.addDays(1).toString(QStringLiteral("yyyy-MM-dd")));
            return QStringLiteral("(%1 >= ? AND %1 < ?)").arg(c);
        }
        const QDateTime t = v.isString() ? parseIso(s) : QDateTime();
        if (!t.isValid())
            wrongType("an ISO-8601 date");
        binds->append(isoTime(t));
        return c + QStringLiteral(" = ?");
    }
    case FieldType::Object:
    case FieldType::Blob:
        break;
    }
    badFilter(f.name, QStringLiteral("'%1' cannot be filtered.").arg(f.name));
}

// {gte, gt, lte, lt} on numbers and dates.
QString rangeSql(const Field &f, const QJsonObject &o, QVariantList *binds)
{
    static const QHash<QString, QString> ops {{QStringLiteral("gte"), QStringLiteral(">=")},
                                              {QStringLiteral("gt"), QStringLiteral(">")},
                                              {QStringLiteral("lte"), QStringLiteral("<=")},
                                              {QStringLiteral("lt"), QStringLiteral("<")}};
    if (f.type != FieldType::Integer && f.type != FieldType::Double && f.type != FieldType::Date)
        badFilter(f.name, QStringLiteral("Ranges apply to numbers and dates only."));
    if (o.isEmpty())
        badFilter(f.name, QStringLiteral("A range needs gte, gt, lte or lt."));
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!ops.contains(it.key()))
            badFilter(f.name, QStringLiteral("Unknown range operator '%1' (gte, gt, lte, lt).").arg(it.key()));
        if (f.type == FieldType::Date) {
            const QDateTime t = it.value().isString() ? parseIso(it.value().toString()) : QDateTime();
            const QDate d = QDate::fromString(it.value().toString(), QStringLiteral("yyyy-MM-dd"));
            if (!t.isValid() && !d.isValid())
                badFilter(f.name, QStringLiteral("'%1' bounds must be ISO-8601 dates.").arg(f.name));
            binds->append(t.isValid() ? isoTime(t) : d.toString(QStringLiteral("yyyy-MM-dd")));
        } else {
            if (!it.value().isDouble())
                badFilter(f.name, QStringLiteral("'%1' bounds must be numbers.").arg(f.name));
            binds->append(it.value().toDouble());
        }
        parts << QStringLiteral("%1 %2 ?").arg(col(f), ops.value(it.key()));
    }
    return QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
}

} // namespace

QString filterSql(const Index &idx, bool admin, const QJsonObject &filters, QVariantList *binds)
{
    QStringList ands;
    bool activeGiven = false;
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        const Field *f = visibleField(idx, admin, it.key());
        if (!f || !sortableOrFilterable(*f))
            badFilter(it.key(), QStringLiteral("'%1' is not a filter of %2.").arg(it.key(), idx.name));
        const Field field = *f;
        if (field.name == QLatin1String("isActive"))
            activeGiven = true;
        const QJsonValue v = it.value();
        if (v.isNull()) {
            ands << col(field) + QStringLiteral(" IS NULL");
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            if (a.isEmpty() || a.size() > kMaxFilterValues)
                badFilter(field.name, QStringLiteral("A list of values needs 1 to %1 entries.").arg(kMaxFilterValues));
            QStringList ors;
            for (const QJsonValue &e : a)
                ors << (e.isNull() ? col(field) + QStringLiteral(" IS NULL") : scalarSql(field, e, binds));
            ands << QLatin1Char('(') + ors.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        } else if (v.isObject()) {
            ands << rangeSql(field, v.toObject(), binds);
        } else {
            ands << scalarSql(field, v, binds);
        }
    }
    // D20: deleted rows only when asked for, and only by administrators (SEC40).
    if ((!activeGiven || !admin) && idx.schema)
        ands.prepend(QStringLiteral("isActive = 1"));
    return ands.isEmpty() ? QStringLiteral("1 = 1") : ands.join(QStringLiteral(" AND "));
}

Query parseQuery(Repository &repo, const Request &req, const Index &idx, bool withBody)
{
    const bool admin = isAdminReq(req);
    Query q;
    q.page = intParam(req, QStringLiteral("page"), 1, 1, 10000000);
    q.limit = intParam(req, QStringLiteral("limit"), 25, 1, kMaxLimit);
    q.sortBy = idx.defaultSort;
    q.descending = idx.defaultDescending;
    if (req.hasQuery(QStringLiteral("sortBy"))) {
        const QString s = req.queryValue(QStringLiteral("sortBy"));
        const Field *f = visibleField(idx, admin, s);
        if (!f || !sortableOrFilterable(*f))
            throw HttpError::invalid(QStringLiteral("sortBy"),
                                     QStringLiteral("Cannot sort %1 by '%2'.").arg(idx.name, s.left(100)));
        q.sortBy = s;
    }
    if (req.hasQuery(QStringLiteral("sortOrder"))) {
        const QString o = req.queryValue(QStringLiteral("sortOrder")).toLower();
        if (o != QLatin1String("asc") && o != QLatin1String("desc"))
            throw HttpError::invalid(QStringLiteral("sortOrder"), QStringLiteral("'sortOrder' must be asc or desc."));
        q.descending = o == QLatin1String("desc");
    }
    q.q = req.queryValue(QStringLiteral("q")).trimmed();
    if (q.q.size() > kMaxString)
        throw HttpError::tooLong(QStringLiteral("q"), kMaxString);

    if (req.hasQuery(QStringLiteral("filterId"))) {
        const QString id = req.queryValue(QStringLiteral("filterId"));
        const auto saved
            = QUuid::fromString(id).isNull() || !req.auth
                  ? std::nullopt
                  : repo.findOne(savedFilterSchema(),
                                 QStringLiteral("id = ? AND userId = ? AND indexName = ? AND isActive = 1"),
                                 {id.toLower(), req.auth->userId, idx.name});
        if (!saved)
            throw HttpError::notFound(savedFilterSchema().name);
        q.filters = QJsonDocument::fromJson(saved->value(QStringLiteral("conditions")).toByteArray()).object();
    }
    if (withBody) {
        const QJsonObject body = req.json();
        const QJsonValue f = body.value(QStringLiteral("filters"));
        if (!f.isUndefined() && !f.isNull() && !f.isObject())
            throw HttpError::invalid(QStringLiteral("filters"), QStringLiteral("'filters' must be a JSON object."));
        const QJsonObject given = f.toObject();
        for (auto it = given.begin(); it != given.end(); ++it)
            q.filters.insert(it.key(), it.value());
    }
    if (!idx.schema && !q.filters.isEmpty())
        throw HttpError::invalid(QStringLiteral("filters"),
                                 QStringLiteral("%1 has no filterable fields.").arg(idx.name));
    return q;
}

namespace {

// WHERE of a list/count: scope, the index's own condition, filters and q.
QString whereOf(Repository &repo, const Index &idx, const Request &req, const Query &q, QVariantList *binds)
{
    const bool admin = isAdminReq(req);
    QStringList ands;
    const Scope scope = idx.scope ? idx.scope(repo, req.auth ? &*req.auth : nullptr) : Scope {};
    if (!scope.where.isEmpty()) {
        ands << QLatin1Char('(') + scope.where + QLatin1Char(')');
        *binds += scope.binds;
    }
    if (!idx.baseWhere.isEmpty())
        ands << QLatin1Char('(') + idx.baseWhere + QLatin1Char(')');
    ands << filterSql(idx, admin, q.filters, binds);
    if (!q.q.isEmpty()) {
        QStringList ors;
        for (const Field &f : visibleFields(idx, admin)) {
            if (f.type != FieldType::String && f.type != FieldType::Text)
                continue;
            ors << QStringLiteral("lower(%1) LIKE ? ESCAPE '\\'").arg(col(f));
            binds->append(likePattern(q.q));
        }
        ands << (ors.isEmpty() ? QStringLiteral("0")
                               : QLatin1Char('(') + ors.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    return ands.join(QStringLiteral(" AND "));
}

QList<QVariantMap> selectRows(Repository &repo, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query = repo.exec(sql, binds);
    QList<QVariantMap> rows;
    while (query.next())
        rows.append(Repository::rowOf(query));
    return rows;
}

} // namespace

int runCount(Repository &repo, const Index &idx, const Request &req, const Query &q)
{
    if (!idx.schema)
        return idx.document ? 1 : 0;
    QVariantList binds;
    const QString where = whereOf(repo, idx, req, q, &binds);
    return repo.count(*idx.schema, where, binds); // remembered between writes (D54, F40)
}

Page runList(Repository &repo, const Index &idx, const Request &req, const Query &q)
{
    Page p;
    if (!idx.schema)
        return p;
    QVariantList binds;
    const QString where = whereOf(repo, idx, req, q, &binds);
    p.total = repo.count(*idx.schema, where, binds); // remembered between writes (D54, F40)
    // F41: a remembered position is sought, the back half read from the other end (readPage).
    PageSpec spec;
    spec.where = where;
    spec.binds = binds;
    spec.sortColumn = q.sortBy;
    spec.descending = q.descending;
    spec.idDescending = q.descending;
    spec.offset = qint64(q.page - 1) * q.limit;
    spec.limit = q.limit;
    spec.total = p.total;
    p.rows = readPage(repo, *idx.schema, spec);
    return p;
}

std::optional<QVariantMap> findVisible(Repository &repo, const Index &idx, const Request &req, const QString &id)
{
    if (!idx.schema || QUuid::fromString(id).isNull())
        return std::nullopt;
    QVariantList binds;
    QStringList ands {QStringLiteral("id = ?")};
    binds << id.toLower();
    const Scope scope = idx.scope ? idx.scope(repo, req.auth ? &*req.auth : nullptr) : Scope {};
    if (!scope.where.isEmpty()) {
        ands << QLatin1Char('(') + scope.where + QLatin1Char(')');
        binds += scope.binds;
    }
    if (!idx.baseWhere.isEmpty())
        ands << QLatin1Char('(') + idx.baseWhere + QLatin1Char(')');
    if (!isAdminReq(req))
        ands << QStringLiteral("isActive = 1"); // deleted rows: admins only
    const auto rows = selectRows(
        repo,
        QStringLiteral("SELECT * FROM %1 WHERE %2 LIMIT 1").arg(idx.schema->table, ands.join(QStringLiteral(" AND "))),
        binds);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

} // namespace tutorhub::server::bff
