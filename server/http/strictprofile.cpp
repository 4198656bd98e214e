#include "http/strictprofile.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

namespace tutorhub::server::strict {

namespace {

struct ObjectDoc
{
    QString name;
    QString plural;
    QSet<QString> fields; // documented own fields
    QSet<QString> extensions; // named response-field extensions (docs/decisions.md C6)
};

QSet<QString> words(const char *text)
{
    const QStringList list = QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return QSet<QString>(list.begin(), list.end());
}

struct Objects
{
    QList<ObjectDoc> docs;
    QHash<QString, int> byKey; // name and plural -> index in docs

    Objects()
    {
#define TH_OBJECT(name_, plural_, fields_)                                                                             \
    docs.append(ObjectDoc {QStringLiteral(#name_), QStringLiteral(plural_), words(fields_), {}});
#define TH_FIELD_EXTENSION(object_, field_, decision_)
#include "contract/objects.def"
#undef TH_OBJECT
#undef TH_FIELD_EXTENSION
        for (int i = 0; i < docs.size(); ++i) {
            byKey.insert(docs[i].name, i);
            byKey.insert(docs[i].plural, i);
        }
#define TH_OBJECT(name_, plural_, fields_)
#define TH_FIELD_EXTENSION(object_, field_, decision_)                                                                 \
    docs[byKey.value(QStringLiteral(#object_))].extensions.insert(QStringLiteral(#field_));
#include "contract/objects.def"
#undef TH_OBJECT
#undef TH_FIELD_EXTENSION
    }

    const ObjectDoc *find(const QString &key) const
    {
        const auto it = byKey.constFind(key);
        return it == byKey.cend() ? nullptr : &docs[*it];
    }
};

const Objects &objects()
{
    static const Objects o;
    return o;
}

bool isStdField(const QString &k)
{
    static const QSet<QString> std {
        QStringLiteral("id"),        QStringLiteral("isActive"),  QStringLiteral("recordVersion"),
        QStringLiteral("createdAt"), QStringLiteral("updatedAt"), QStringLiteral("_owner")};
    return std.contains(k);
}

QJsonValue filterValue(const ObjectDoc &doc, const QJsonValue &v, QStringList *removed);

QJsonObject filterObject(const ObjectDoc &doc, const QJsonObject &o, QStringList *removed)
{
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString &k = it.key();
        if (isStdField(k) || doc.fields.contains(k) || doc.extensions.contains(k)
            || (k.endsWith(QLatin1String("_idx")) && doc.fields.contains(k.chopped(4)))) {
            out.insert(k, it.value());
        } else if (const ObjectDoc *joined = objects().find(k);
                   joined && (it->isObject() || it->isArray() || it->isNull())) {
            // A joined object ("coursePack", "lessonSlots" ...; null when there is none): kept, with its own
            // documented fields.
            out.insert(k, filterValue(*joined, it.value(), removed));
        } else if (removed) {
            removed->append(doc.name + QLatin1Char('.') + k);
        }
    }
    return out;
}

QJsonValue filterValue(const ObjectDoc &doc, const QJsonValue &v, QStringList *removed)
{
    if (v.isObject())
        return filterObject(doc, v.toObject(), removed);
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(e.isObject() ? QJsonValue(filterObject(doc, e.toObject(), removed)) : e);
        return out;
    }
    return v;
}

// roleId "tutor" is ours (settled decision 5): on the strict wire a tutor is a "user" (C7).
QJsonValue hideTutorRole(const QJsonValue &v, bool *changed)
{
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = hideTutorRole(a[i], changed);
        return a;
    }
    if (!v.isObject())
        return v;
    QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("roleId") && it->toString() == QLatin1String("tutor")) {
            *it = QStringLiteral("user");
            *changed = true;
        } else if (it->isObject() || it->isArray()) {
            *it = hideTutorRole(*it, changed);
        }
    }
    return o;
}

} // namespace

bool served(const contract::Row &row)
{
    // The Stripe simulator speaks Stripe's documented wire format; the cloud client sends the same to Stripe.
    return row.kind != contract::Kind::Extension || row.id == contract::R::instanceProof
           || row.segment == QLatin1String("stripe");
}

void sanitizeRequest(Request &req, const contract::Row &row)
{
    if (row.segment == QLatin1String("stripe")) // Stripe's wire format, not the TutorHub contract
        return;
    const QList<QPair<QString, QString>> items = req.query.queryItems(QUrl::FullyEncoded);
    QList<QPair<QString, QString>> kept;
    for (const auto &item : items) {
        const QString name = QUrl::fromPercentEncoding(item.first.toUtf8());
        if (row.declares(contract::Where::Query, name) || row.declares(contract::Where::Filter, name)
            || (row.isBusiness() && contract::commonQueryParameters().contains(name)))
            kept.append(item);
    }
    if (kept.size() != items.size()) {
        QUrlQuery q;
        q.setQueryItems(kept);
        req.query = q;
    }
    // A signed webhook (Stripe-Signature) is checked over its exact bytes and is Stripe's event format.
    if (req.method == "GET" || req.body.isEmpty() || !req.header("stripe-signature").isEmpty())
        return;
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return;
    QJsonObject body = doc.object();
    bool dropped = false;
    for (auto it = body.begin(); it != body.end();) {
        if (row.declares(contract::Where::Body, it.key())) {
            ++it;
        } else {
            it = body.erase(it);
            dropped = true;
        }
    }
    if (dropped)
        req.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonValue filterPayload(const QString &dataName, const QJsonValue &payload, QStringList *removed)
{
    const ObjectDoc *doc = objects().find(dataName);
    return doc ? filterValue(*doc, payload, removed) : payload;
}

void filterResponse(Response &res, const contract::Row &row)
{
    if (res.status < 200 || res.status >= 300 || !res.contentType.startsWith("application/json") || res.body.isEmpty())
        return;
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(res.body, &err);
    if (err.error != QJsonParseError::NoError)
        return;
    bool changed = false;
    QJsonValue v = hideTutorRole(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), &changed);
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        const QString dataName = o.value(QStringLiteral("dataName")).toString();
        if (!row.responseKey.isEmpty() && !dataName.isEmpty() && o.contains(dataName) && objects().find(dataName)) {
            o.insert(dataName, filterPayload(dataName, o.value(dataName)));
            changed = true;
        }
        v = o;
    }
    if (changed)
        res.body
            = (v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray())).toJson(QJsonDocument::Compact);
}

QJsonArray extensionNames()
{
    QJsonArray out;
    for (const contract::Row &row : contract::table())
        if (row.kind == contract::Kind::Extension)
            out.append(row.name);
    out.append(QStringLiteral("undeclaredFilters"));
    out.append(QStringLiteral("undeclaredBodyFields"));
    out.append(QStringLiteral("tutorRole"));
    out.append(QStringLiteral("issueTriage")); // adminIssue priority + assigneeId (U60)
    for (const ObjectDoc &doc : objects().docs) {
        QStringList names(doc.extensions.begin(), doc.extensions.end());
        names.sort();
        for (const QString &f : names)
            out.append(doc.name + QLatin1Char('.') + f);
    }
    return out;
}

} // namespace tutorhub::server::strict
