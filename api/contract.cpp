#include "contract.h"

#include "jsonapi.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tutorhub::api {

namespace {

struct RawRow
{
    Route id;
    const char *name;
    const char *segment;
    const char *method;
    const char *path;
    const char *access;
    const char *kind;
    const char *responseKey;
    const char *params;
};

const RawRow kRows[] = {
#define TH_ROUTE(id, segment, method, path, access, kind, responseKey, params)                                         \
    {Route::id, #id, segment, #method, path, #access, #kind, responseKey, params},
#include "contract/routes.def"
#undef TH_ROUTE
};

std::optional<Service> serviceOfSegment(const QString &segment)
{
    for (Service s : allServices())
        if (serviceSegment(s) == segment)
            return s;
    return std::nullopt;
}

RouteAccess accessOf(const QByteArray &a)
{
    if (a == "Public")
        return RouteAccess::Public;
    if (a == "Admin")
        return RouteAccess::Admin;
    if (a == "PerIndex")
        return RouteAccess::PerIndex;
    return RouteAccess::SignedIn;
}

RouteKind kindOf(const QByteArray &k)
{
    if (k == "Extension")
        return RouteKind::Extension;
    if (k == "Raw")
        return RouteKind::Raw;
    return RouteKind::Documented;
}

QList<RouteParam> parseParams(const QString &text)
{
    QList<RouteParam> params;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString w : words) {
        RouteParam p;
        if (w.endsWith(QLatin1Char('*'))) {
            p.required = true;
            w.chop(1);
        }
        const qsizetype dot = w.indexOf(QLatin1Char('.'));
        const QString where = w.left(dot);
        QString rest = w.mid(dot + 1);
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            p.type = rest.mid(colon + 1);
            rest.truncate(colon);
        }
        p.name = rest;
        if (where == QLatin1String("path"))
            p.where = RouteParam::Where::Path;
        else if (where == QLatin1String("filter"))
            p.where = RouteParam::Where::Filter;
        else if (where == QLatin1String("body"))
            p.where = RouteParam::Where::Body;
        else
            p.where = RouteParam::Where::Query;
        params.append(p);
    }
    return params;
}

QList<RouteInfo> buildTable()
{
    QList<RouteInfo> table;
    for (const RawRow &row : kRows) {
        RouteInfo info;
        info.id = row.id;
        info.name = QString::fromLatin1(row.name);
        info.segment = QString::fromLatin1(row.segment);
        if (info.segment != QLatin1String("*"))
            info.service = serviceOfSegment(info.segment);
        info.method = QByteArray(row.method);
        info.pattern = QString::fromLatin1(row.path);
        info.access = accessOf(row.access);
        info.kind = kindOf(row.kind);
        info.responseKey = QString::fromLatin1(row.responseKey);
        info.params = parseParams(QString::fromLatin1(row.params));
        for (const QString &part : info.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts))
            if (part.startsWith(QLatin1Char(':')))
                info.pathParams.append(part.mid(1));
        table.append(info);
    }
    return table;
}

} // namespace

const QList<RouteInfo> &allRoutes()
{
    static const QList<RouteInfo> table = buildTable();
    return table;
}

const RouteInfo &routeInfo(Route route)
{
    // Rows are in enum order: the enum is generated from the same rows.
    return allRoutes().at(int(route));
}

QString routeName(Route route)
{
    return routeInfo(route).name;
}

std::optional<Route> routeByName(const QString &name)
{
    static const QHash<QString, Route> byName = [] {
        QHash<QString, Route> h;
        for (const RouteInfo &r : allRoutes())
            h.insert(r.name, r.id);
        return h;
    }();
    const auto it = byName.constFind(name);
    if (it == byName.cend())
        return std::nullopt;
    return *it;
}

QString routePath(Route route, const QStringList &pathArgs)
{
    const RouteInfo &info = routeInfo(route);
    if (pathArgs.size() != info.pathParams.size())
        return {};
    QString path;
    qsizetype next = 0;
    for (const QString &part : info.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        path += QLatin1Char('/');
        if (part.startsWith(QLatin1Char(':')))
            path += pathSegment(pathArgs.at(next++));
        else
            path += part;
    }
    return path.isEmpty() ? QStringLiteral("/") : path;
}

const QSet<QString> &commonQueryParameters()
{
    static const QSet<QString> names {QStringLiteral("getJoins"),    QStringLiteral("excludeCQRS"),
                                      QStringLiteral("requestId"),   QStringLiteral("caching"),
                                      QStringLiteral("cacheTTL"),    QStringLiteral("pageNumber"),
                                      QStringLiteral("pageRowCount")};
    return names;
}

bool isDeclared(Route route, const QString &name)
{
    const RouteInfo &info = routeInfo(route);
    for (const RouteParam &p : info.params)
        if ((p.where == RouteParam::Where::Query || p.where == RouteParam::Where::Filter) && p.name == name)
            return true;
    // §1.6 applies to the business routes (the enveloped ones under /v1/); the others declare their own.
    return info.kind != RouteKind::Raw && info.access != RouteAccess::PerIndex && info.responseKey.size() > 0
           && commonQueryParameters().contains(name);
}

bool isListRoute(Route route)
{
    const RouteInfo &info = routeInfo(route);
    return info.method == "GET"
           && (info.name.startsWith(QLatin1String("list")) || info.name.startsWith(QLatin1String("search")));
}

bool ServerFeatures::supports(Route route) const
{
    const RouteInfo &info = routeInfo(route);
    return info.kind != RouteKind::Extension || has(info.name);
}

ServerFeatures ServerFeatures::fromJson(const QByteArray &json)
{
    ServerFeatures f;
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return f;
    const QJsonObject o = doc.object();
    const QJsonValue list = o.value(QLatin1String("extensions"));
    if (!list.isArray())
        return f;
    f.known = true;
    f.profile = o.value(QLatin1String("profile")).toString();
    for (const QJsonValue &v : list.toArray())
        if (v.isString() && !v.toString().isEmpty())
            f.extensions.insert(v.toString());
    return f;
}

} // namespace tutorhub::api
