#include "listfilter.h"

#include "contract.h"
#include "jsonnumber.h"

#include <QDateTime>
#include <QJsonArray>

namespace tutorhub::api {

namespace {

QDateTime isoTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        const std::optional<qint64> n = exactInteger(d);
        return n ? QString::number(*n) : QString::number(d);
    }
    return {};
}

} // namespace

bool LocalSelection::matchesValue(const QJsonObject &row, const QString &name, const QString &value)
{
    const QJsonValue field = row.value(name);
    if (value == QLatin1String("null"))
        return field.isUndefined() || field.isNull();
    if (name == QLatin1String("from") || name == QLatin1String("to")) {
        QDateTime at = isoTime(row.value(QLatin1String("startsAt")).toString());
        if (!at.isValid()) {
            // startsAt is the local server's extension field; the documented slot has scheduledDate and
            // scheduledTime, both UTC (D34).
            const QDate d
                = QDate::fromString(row.value(QLatin1String("scheduledDate")).toString().left(10), Qt::ISODate);
            const QTime t = QTime::fromString(row.value(QLatin1String("scheduledTime")).toString().left(5),
                                              QStringLiteral("HH:mm"));
            if (d.isValid() && t.isValid())
                at = QDateTime(d, t, Qt::UTC);
        }
        const QDateTime bound = isoTime(value);
        if (!at.isValid() || !bound.isValid())
            return false;
        return name == QLatin1String("from") ? at >= bound : at < bound;
    }
    if (name == QLatin1String("minPrice") || name == QLatin1String("maxPrice")) {
        const QJsonValue price = row.value(QLatin1String("price"));
        bool ok = false;
        const double bound = value.toDouble(&ok);
        if (!price.isDouble() || !ok)
            return false;
        return name == QLatin1String("minPrice") ? price.toDouble() >= bound : price.toDouble() <= bound;
    }
    if (name == QLatin1String("title"))
        return field.toString().contains(value, Qt::CaseInsensitive);
    if (field.isArray()) {
        for (const QJsonValue &item : field.toArray())
            if (text(item).compare(value, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    return !field.isUndefined() && !field.isNull() && text(field).compare(value, Qt::CaseInsensitive) == 0;
}

bool LocalSelection::matches(const QJsonObject &row) const
{
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        bool any = false;
        for (const QString &v : it.value())
            if (matchesValue(row, it.key(), v)) {
                any = true;
                break;
            }
        if (!any)
            return false;
    }
    return true;
}

QList<QJsonObject> LocalSelection::select(const QList<QJsonObject> &rows) const
{
    if (isEmpty())
        return rows;
    QList<QJsonObject> out;
    for (const QJsonObject &row : rows)
        if (matches(row))
            out.append(row);
    return out;
}

bool isListParameter(const QString &name)
{
    static const QSet<QString> names {QStringLiteral("sortBy"), QStringLiteral("sortOrder"), QStringLiteral("q"),
                                      QStringLiteral("page"),   QStringLiteral("limit"),     QStringLiteral("keyword")};
    return names.contains(name) || commonQueryParameters().contains(name);
}

LocalSelection takeUndeclaredFilters(ApiRequest &request, const ServerFeatures &features)
{
    LocalSelection selection;
    if (!request.route || !request.selectUndeclaredFilters || !isListRoute(*request.route)
        || features.undeclaredFilters())
        return selection;
    const Route route = *request.route;
    QUrlQuery kept;
    const auto items = request.query.queryItems();
    for (const auto &item : items) {
        if (isListParameter(item.first) || isDeclared(route, item.first))
            kept.addQueryItem(item.first, item.second);
        else
            selection.add(item.first, {item.second});
    }
    if (selection.isEmpty())
        return selection;
    // Every row, so that the selection here sees all of them (API.md §1.6: pageNumber=0 = no pagination).
    kept.removeAllQueryItems(QStringLiteral("pageNumber"));
    kept.removeAllQueryItems(QStringLiteral("pageRowCount"));
    kept.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0"));
    request.query = kept;
    return selection;
}

} // namespace tutorhub::api
