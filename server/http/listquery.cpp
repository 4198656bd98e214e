#include "http/listquery.h"

#include "core/apierror.h"

#include <QUuid>

namespace tutorhub::server {

static int intParam(const QUrlQuery &q, const QString &name, int def, int min, int max)
{
    if (!q.hasQueryItem(name))
        return def;
    bool ok = false;
    const int v = q.queryItemValue(name, QUrl::FullyDecoded).trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        throw HttpError::invalid(
            name, QStringLiteral("'%1' must be an integer between %2 and %3.").arg(name).arg(min).arg(max));
    return v;
}

QString likePattern(const QString &value)
{
    QString v = value.toLower();
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('%'), QLatin1String("\\%"));
    v.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + v + QLatin1Char('%');
}

ListQuery ListQuery::parse(const QUrlQuery &query, const ObjectSchema &schema, const QStringList &filterNames)
{
    ListQuery q;
    q.pageNumber = intParam(query, QStringLiteral("pageNumber"), 1, 0, 1000000);
    q.pageRowCount = intParam(query, QStringLiteral("pageRowCount"), 25, 1, 1000);
    if (query.hasQueryItem(QStringLiteral("sortBy"))) {
        const QString s = query.queryItemValue(QStringLiteral("sortBy"), QUrl::FullyDecoded);
        const Field *f = schema.field(s);
        if (!f || f->hidden || f->type == FieldType::Blob || f->type == FieldType::Object)
            throw HttpError::invalid(QStringLiteral("sortBy"), QStringLiteral("Cannot sort by '%1'.").arg(s));
        q.sortBy = s;
        if (f->type == FieldType::Enum)
            q.sortEnumValues = f->enumValues;
    }
    if (query.hasQueryItem(QStringLiteral("sortOrder"))) {
        const QString o = query.queryItemValue(QStringLiteral("sortOrder"), QUrl::FullyDecoded).toLower();
        if (o != QLatin1String("asc") && o != QLatin1String("desc"))
            throw HttpError::invalid(QStringLiteral("sortOrder"), QStringLiteral("'sortOrder' must be asc or desc."));
        q.descending = o == QLatin1String("desc");
    }

    QStringList names = filterNames;
    if (names.isEmpty()) {
        for (const Field &f : schema.allFields())
            if (f.filterable && !f.hidden)
                names << f.name;
    }
    if (!names.contains(QStringLiteral("isActive")))
        names << QStringLiteral("isActive");
    bool activeGiven = false;
    for (const QString &name : std::as_const(names)) {
        const Field *f = schema.field(name);
        if (!f || !query.hasQueryItem(name))
            continue;
        FilterClause c {name, query.allQueryItemValues(name, QUrl::FullyDecoded)};
        for (const QString &v : std::as_const(c.values)) {
            if (v == QLatin1String("null"))
                continue;
            bool ok = true;
            switch (f->type) {
            case FieldType::Boolean:
                ok = v == QLatin1String("true") || v == QLatin1String("false");
                break;
            case FieldType::Integer:
                v.toLongLong(&ok);
                break;
            case FieldType::Double:
                v.toDouble(&ok);
                break;
            case FieldType::Enum: {
                ok = false;
                for (const QString &e : f->enumValues)
                    ok = ok || e.compare(v, Qt::CaseInsensitive) == 0;
                break;
            }
            case FieldType::ID:
                ok = !QUuid::fromString(v).isNull();
                break;
            default:
                ok = v.size() <= f->effectiveMaxLength();
                break;
            }
            if (!ok)
                throw HttpError::invalid(name,
                                         QStringLiteral("'%1' is not a valid value for filter '%2'.").arg(v, name));
        }
        if (name == QLatin1String("isActive"))
            activeGiven = true;
        q.filters.append(c);
    }
    if (!activeGiven)
        q.filters.append({QStringLiteral("isActive"), {QStringLiteral("true")}});
    return q;
}

ListQuery ListQuery::parse(const Request &req, const ObjectSchema &schema, const QStringList &filterNames)
{
    ListQuery q = parse(req.query, schema, filterNames);
    q.activeOnlyUnlessAdmin(req);
    return q;
}

void ListQuery::activeOnlyUnlessAdmin(const Request &req)
{
    if (req.auth && req.auth->isAdmin())
        return;
    filters.removeIf([](const FilterClause &c) { return c.field == QLatin1String("isActive"); });
    filters.append({QStringLiteral("isActive"), {QStringLiteral("true")}});
}

namespace {

// F42: FTS5 trigram tables (columns: the field, id) kept in step with their table by triggers (migration 34).
QString textIndexOf(const ObjectSchema &schema, const QString &field)
{
    if (schema.table == QLatin1String("coursePacks") && field == QLatin1String("title"))
        return QStringLiteral("coursePacks_title");
    return {};
}

} // namespace

QString ListQuery::whereSql(const ObjectSchema &schema, QVariantList *binds, bool textIndexes) const
{
    QStringList ands;
    for (const FilterClause &c : filters) {
        const Field *f = schema.field(c.field);
        if (!f)
            continue;
        const QString col = QLatin1Char('"') + f->name + QLatin1Char('"');
        QStringList ors;
        for (const QString &v : c.values) {
            if (v == QLatin1String("null")) {
                ors << col + QStringLiteral(" IS NULL");
                continue;
            }
            switch (f->type) {
            case FieldType::String:
            case FieldType::Text:
                if (f->exactFilter) {
                    ors << QStringLiteral("lower(%1) = ?").arg(col);
                    binds->append(v.toLower());
                } else if (const QString fts = textIndexes ? textIndexOf(schema, f->name) : QString();
                           !fts.isEmpty() && v.toUcs4().size() >= 3 && !v.contains(QChar(0))) {
                    // (Not for a text holding NUL: FTS5 reads its query as a C string and fails on it; the LIKE
                    // alone answers that, as before F42.)
                    // F42: the trigram index narrows to the rows holding the text (case folded, a superset of
                    // what the LIKE finds), the LIKE keeps the answer exactly the scan's.
                    ors << QStringLiteral("(\"id\" IN (SELECT \"id\" FROM %2 WHERE %2 MATCH ?) AND lower(%1) LIKE ? "
                                          "ESCAPE '\\')")
                               .arg(col, fts);
                    binds->append(QStringLiteral("%1 : \"%2\"")
                                      .arg(f->name, v.toLower().replace(QLatin1Char('"'), QLatin1String("\"\""))));
                    binds->append(likePattern(v));
                } else {
                    ors << QStringLiteral("lower(%1) LIKE ? ESCAPE '\\'").arg(col);
                    binds->append(likePattern(v));
                }
                break;
            case FieldType::Enum:
                ors << QStringLiteral("lower(%1) = ?").arg(col);
                binds->append(v.toLower());
                break;
            case FieldType::Boolean:
                ors << col + QStringLiteral(" = ?");
                binds->append(v == QLatin1String("true") ? 1 : 0);
                break;
            case FieldType::Integer:
                ors << col + QStringLiteral(" = ?");
                binds->append(v.toLongLong());
                break;
            case FieldType::Double:
                ors << col + QStringLiteral(" = ?");
                binds->append(v.toDouble());
                break;
            default: // ID, Date, Object: exact
                ors << col + QStringLiteral(" = ?");
                binds->append(v);
                break;
            }
        }
        if (!ors.isEmpty())
            ands << QLatin1Char('(') + ors.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return ands.isEmpty() ? QStringLiteral("1 = 1") : ands.join(QStringLiteral(" AND "));
}

QString ListQuery::orderSql() const
{
    if (!sortEnumValues.isEmpty()) {
        // The declared order (low < normal < high < urgent), not the alphabetical one; values come from the schema.
        QString cases;
        for (int i = 0; i < sortEnumValues.size(); ++i)
            cases += QStringLiteral(" WHEN '%1' THEN %2").arg(sortEnumValues.at(i)).arg(i);
        return QStringLiteral("CASE \"%1\"%2 ELSE %3 END %4, \"id\" ASC")
            .arg(sortBy, cases)
            .arg(sortEnumValues.size())
            .arg(descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    }
    return QStringLiteral("\"%1\" %2, \"id\" ASC")
        .arg(sortBy, descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
}

Paging ListQuery::paging(int totalRows) const
{
    Paging p;
    p.pageNumber = pageNumber;
    p.totalRowCount = totalRows;
    if (pageNumber == 0) {
        p.pageRowCount = totalRows;
        p.pageCount = 1;
    } else {
        p.pageRowCount = pageRowCount;
        p.pageCount = (totalRows + pageRowCount - 1) / pageRowCount;
    }
    return p;
}

} // namespace tutorhub::server
