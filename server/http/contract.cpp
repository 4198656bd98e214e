#include "http/contract.h"

#include <QHash>
#include <QUrl>

#include <optional>

namespace tutorhub::server::contract {

namespace {

QList<Param> parseParams(const char *text)
{
    QList<Param> out;
    const QStringList words = QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString w : words) {
        Param p;
        if (w.endsWith(QLatin1Char('*'))) {
            p.required = true;
            w.chop(1);
        }
        const qsizetype dot = w.indexOf(QLatin1Char('.'));
        const QString where = w.left(dot);
        w = w.mid(dot + 1);
        p.where = where == QLatin1String("path")     ? Where::Path
                  : where == QLatin1String("filter") ? Where::Filter
                  : where == QLatin1String("body")   ? Where::Body
                                                     : Where::Query;
        const qsizetype colon = w.indexOf(QLatin1Char(':'));
        p.name = colon < 0 ? w : w.left(colon);
        p.type = colon < 0 ? QString() : w.mid(colon + 1);
        out.append(p);
    }
    return out;
}

QList<Row> build()
{
    QList<Row> rows;
#define TH_ROUTE(id_, segment_, method_, path_, access_, kind_, responseKey_, params_)                                 \
    rows.append(Row {R::id_, QStringLiteral(#id_), QStringLiteral(segment_), QByteArrayLiteral(#method_),              \
                     QStringLiteral(path_), RowAccess::access_, Kind::kind_, QStringLiteral(responseKey_),             \
                     parseParams(params_)});
#include "contract/routes.def"
#undef TH_ROUTE
    return rows;
}

} // namespace

bool Row::declares(Where where, const QString &n) const
{
    for (const Param &p : params)
        if (p.where == where && p.name == n)
            return true;
    return false;
}

QStringList Row::names(Where where) const
{
    QStringList out;
    for (const Param &p : params)
        if (p.where == where)
            out << p.name;
    return out;
}

const QList<Row> &table()
{
    static const QList<Row> rows = build();
    return rows;
}

const Row &row(R id)
{
    Q_ASSERT(id != R::None);
    return table().at(static_cast<int>(id));
}

const Row *rowByName(const QString &name)
{
    for (const Row &r : table())
        if (r.name == name)
            return &r;
    return nullptr;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Documented:
        return QStringLiteral("Documented");
    case Kind::Extension:
        return QStringLiteral("Extension");
    case Kind::Raw:
        return QStringLiteral("Raw");
    }
    return {};
}

QString accessName(RowAccess access)
{
    switch (access) {
    case RowAccess::Public:
        return QStringLiteral("Public");
    case RowAccess::SignedIn:
        return QStringLiteral("SignedIn");
    case RowAccess::Admin:
        return QStringLiteral("Admin");
    case RowAccess::Machine:
        return QStringLiteral("Machine");
    case RowAccess::PerIndex:
        return QStringLiteral("PerIndex");
    }
    return {};
}

const QStringList &commonQueryParameters()
{
    static const QStringList names {QStringLiteral("getJoins"),    QStringLiteral("excludeCQRS"),
                                    QStringLiteral("requestId"),   QStringLiteral("caching"),
                                    QStringLiteral("cacheTTL"),    QStringLiteral("pageNumber"),
                                    QStringLiteral("pageRowCount")};
    return names;
}

QString path(R id, const QList<QPair<QString, QString>> &params, const QString &segment)
{
    const Row &r = row(id);
    QStringList parts = r.path.split(QLatin1Char('/'));
    for (QString &part : parts) {
        if (!part.startsWith(QLatin1Char(':')))
            continue;
        for (const auto &[name, value] : params)
            if (part.mid(1) == name) {
                part = QString::fromLatin1(QUrl::toPercentEncoding(value));
                break;
            }
    }
    const QString seg = r.segment == QLatin1String("*") ? segment : r.segment;
    return QLatin1Char('/') + seg + parts.join(QLatin1Char('/'));
}

std::optional<Profile> parseProfile(const QString &text)
{
    if (text == QLatin1String("strict"))
        return Profile::Strict;
    if (text == QLatin1String("local"))
        return Profile::Local;
    return std::nullopt;
}

QString profileName(Profile profile)
{
    return profile == Profile::Strict ? QStringLiteral("strict") : QStringLiteral("local");
}

} // namespace tutorhub::server::contract
