// Filters the server may not honour (C44). The route table declares the filters of each list route; a
// filter it does not declare (lessonslots?coursePackId, enrollments?studentId, ...) works only on a server
// that names "undeclaredFilters" among its extensions. Without it a list must not depend on the filter: the
// request asks for every row (pageNumber=0, API.md §1.6) without those filters, and the rows are selected
// here by the same values. PagedListModel and the fetchAll helper both go through this one place.
#pragma once

#include "apiclient.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace tutorhub::api {

// The filters taken out of a request, applied to rows on the client.
class LocalSelection
{
public:
    bool isEmpty() const { return m_filters.isEmpty(); }
    QStringList names() const { return m_filters.keys(); }
    QStringList values(const QString &name) const { return m_filters.value(name); }
    void add(const QString &name, const QStringList &values) { m_filters[name] += values; }
    // Every filter matches (several values of one filter: any of them, API.md §1.7).
    bool matches(const QJsonObject &row) const;
    QList<QJsonObject> select(const QList<QJsonObject> &rows) const;

    // One filter against one row: "null" = missing or null; from/to = the row's startsAt (else its UTC
    // scheduledDate + scheduledTime, D34) in [from, to);
    // minPrice/maxPrice = price bounds; title = contains, ignoring case; otherwise the value equals the field
    // (ignoring case, as the server compares ids and enums) or, for an array field, is one of its items.
    static bool matchesValue(const QJsonObject &row, const QString &name, const QString &value);

private:
    QMap<QString, QStringList> m_filters;
};

// The query items of `request` (built from a list route) that are not declared for its route, when `features`
// lack undeclaredFilters: removed from the request, which then asks for every row (pageNumber=0, no
// pageRowCount). Paging, sorting and search parameters (isListParameter) stay. callJson applies this to every
// request, so a direct list call (fetchAll, a facade's list…) gets only the matching rows either way.
// Returns the selection to apply to the answer; empty when the server can be trusted with the request as is.
LocalSelection takeUndeclaredFilters(ApiRequest &request, const ServerFeatures &features);

// Query parameters that are not row filters (paging, sorting, search text); never taken out.
bool isListParameter(const QString &name);

} // namespace tutorhub::api
