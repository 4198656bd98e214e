// Paging, sorting and filters of list APIs (API.md §1.6/§1.7, D5), derived from a schema.
#pragma once

#include "db/schema.h"
#include "http/envelope.h"

#include <QUrlQuery>
#include <QVariantList>

namespace tutorhub::server {

struct FilterClause
{
    QString field;
    QStringList values; // any of; "null" matches a missing value
};

struct ListQuery
{
    int pageNumber = 1; // 0 = all rows
    int pageRowCount = 25; // 1..1000
    QString sortBy = QStringLiteral("createdAt");
    bool descending = false;
    QStringList sortEnumValues; // sortBy is an Enum: rows sort in its declared order (the codes of API.md), U62
    QList<FilterClause> filters;

    // Reads pageNumber, pageRowCount, sortBy, sortOrder and the filters named in `filterNames`
    // (empty: every filterable field of the schema). Unknown names are ignored; bad values -> 400.
    // Without an explicit isActive filter only active rows are listed.
    static ListQuery parse(const QUrlQuery &query, const ObjectSchema &schema, const QStringList &filterNames = {});
    // The same for a route: deleted rows (isActive=false) are listed for administrators only, so the
    // isActive filter of any other caller is replaced by isActive=true (SEC40).
    static ListQuery parse(const Request &req, const ObjectSchema &schema, const QStringList &filterNames = {});
    void activeOnlyUnlessAdmin(const Request &req);

    // SQL condition (without WHERE; "1 = 1" if none) with positional binds.
    // textIndexes: narrow text filters through the SQLite trigram tables (F42); PostgreSQL's trigram index serves
    // the LIKE itself (decision DB5).
    QString whereSql(const ObjectSchema &schema, QVariantList *binds, bool textIndexes = true) const;
    QString orderSql() const;
    Paging paging(int totalRows) const;
};

// LIKE pattern for a partial, case-insensitive match (escape character '\').
QString likePattern(const QString &value);

} // namespace tutorhub::server
