#include "db/schema.h"

#include "core/apierror.h"
#include "core/util.h"
#include "http/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

#include <memory>
#include <vector>

namespace tutorhub::server {

int Field::effectiveMaxLength() const
{
    if (maxLength > 0)
        return maxLength;
    switch (type) {
    case FieldType::Text:
        return kMaxText;
    case FieldType::Object:
        return kMaxText * 10;
    default:
        return kMaxString;
    }
}

QList<Field> stdFields()
{
    static const QList<Field> f {
        {QStringLiteral("id"), FieldType::ID, {}, true, false, false, 0},
        {QStringLiteral("isActive"), FieldType::Boolean, {}, true, false, false, 0},
        {QStringLiteral("recordVersion"), FieldType::Integer, {}, false, false, false, 0},
        {QStringLiteral("createdAt"), FieldType::Date, {}, false, false, false, 0},
        {QStringLiteral("updatedAt"), FieldType::Date, {}, false, false, false, 0},
        {QStringLiteral("_owner"), FieldType::ID, {}, true, false, false, 0},
    };
    return f;
}

QList<Field> ObjectSchema::allFields() const
{
    return stdFields() + fields;
}

const Field *ObjectSchema::field(const QString &n) const
{
    for (const Field &f : fields)
        if (f.name == n)
            return &f;
    static const QList<Field> std = stdFields();
    for (const Field &f : std)
        if (f.name == n)
            return &f;
    return nullptr;
}

QStringList ObjectSchema::columns() const
{
    QStringList c;
    for (const Field &f : allFields())
        c << f.name;
    return c;
}

QJsonValue ObjectSchema::writeValue(const Field &f, const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    switch (f.type) {
    case FieldType::Integer:
        return QJsonValue(v.toLongLong());
    case FieldType::Double:
        return v.toDouble();
    case FieldType::Boolean:
        return v.toLongLong() != 0 || v.toString() == QLatin1String("true");
    case FieldType::Object: {
        const QJsonDocument d = QJsonDocument::fromJson(v.toByteArray());
        if (d.isObject())
            return d.object();
        if (d.isArray())
            return d.array();
        return QJsonValue::Null;
    }
    case FieldType::Blob:
        return QString::fromLatin1(v.toByteArray().toBase64());
    default:
        return v.toString();
    }
}

QJsonObject ObjectSchema::toJson(const QVariantMap &row) const
{
    QJsonObject o;
    for (const Field &f : allFields()) {
        if (f.hidden)
            continue;
        const QVariant v = row.value(f.name);
        o.insert(f.name, writeValue(f, v));
        if (f.type == FieldType::Enum) {
            const qsizetype idx = v.isNull() ? -1 : f.enumValues.indexOf(v.toString());
            o.insert(f.name + QStringLiteral("_idx"), idx < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(int(idx)));
        }
    }
    return o;
}

namespace {

// A schema's serialized fields with their keys as Latin-1 bytes, built once per schema (F20).
struct WireField
{
    Field field;
    QByteArray key, idxKey;
};

const std::vector<WireField> &wireFields(const ObjectSchema &s)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const std::vector<WireField>>> cache;
    const QString cacheKey = s.table + QLatin1Char('/') + s.name;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(cacheKey);
    if (it == cache.cend()) {
        auto v = std::make_shared<std::vector<WireField>>();
        for (const Field &f : s.allFields())
            if (!f.hidden)
                v->push_back({f, f.name.toLatin1(),
                              f.type == FieldType::Enum ? (f.name + QStringLiteral("_idx")).toLatin1() : QByteArray()});
        it = cache.insert(cacheKey, v);
    }
    return **it;
}

} // namespace

void ObjectSchema::writeJson(json::Object &o, const QVariantMap &row, const QStringList &leaveOut) const
{
    const std::vector<WireField> &wire = wireFields(*this);
    for (const WireField &w : wire) {
        if (!leaveOut.isEmpty() && leaveOut.contains(w.field.name))
            continue;
        const auto it = row.constFind(w.field.name);
        const QVariant v = it == row.cend() ? QVariant() : *it;
        QByteArray &out = o.key(QLatin1StringView(w.key));
        if (v.isNull() || !v.isValid()) {
            json::writeNull(out);
        } else {
            switch (w.field.type) {
            case FieldType::Integer:
                json::writeInt(out, v.toLongLong());
                break;
            case FieldType::Boolean:
                json::writeBool(out, v.toLongLong() != 0 || v.toString() == QLatin1String("true"));
                break;
            case FieldType::Double:
                json::writeDouble(out, v.toDouble());
                break;
            case FieldType::Object:
            case FieldType::Blob:
                json::writeValue(out, writeValue(w.field, v));
                break;
            default:
                json::writeString(out, v.toString());
                break;
            }
        }
        if (w.field.type == FieldType::Enum) {
            QByteArray &idx = o.key(QLatin1StringView(w.idxKey));
            const qsizetype i = v.isNull() ? -1 : w.field.enumValues.indexOf(v.toString());
            if (i < 0)
                json::writeNull(idx);
            else
                json::writeInt(idx, i);
        }
    }
}

QVariant ObjectSchema::readValue(const Field &f, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    switch (f.type) {
    case FieldType::ID:
    case FieldType::String:
    case FieldType::Text: {
        if (!v.isString())
            throw HttpError::invalid(f.name, QStringLiteral("'%1' must be a string.").arg(f.name));
        const QString s = v.toString();
        if (s.size() > f.effectiveMaxLength())
            throw HttpError::tooLong(f.name, f.effectiveMaxLength());
        return s;
    }
    case FieldType::Enum: {
        if (!v.isString())
            throw HttpError::invalid(
                f.name, QStringLiteral("'%1' must be one of %2.").arg(f.name, f.enumValues.join(QStringLiteral(", "))));
        for (const QString &e : f.enumValues)
            if (e.compare(v.toString(), Qt::CaseInsensitive) == 0)
                return e;
        throw HttpError::invalid(
            f.name, QStringLiteral("'%1' must be one of %2.").arg(f.name, f.enumValues.join(QStringLiteral(", "))));
    }
    case FieldType::Integer: {
        const std::optional<qint64> n = v.isDouble() ? exactInteger(v.toDouble()) : std::nullopt;
        if (!n)
            throw HttpError::invalid(f.name, QStringLiteral("'%1' must be an integer.").arg(f.name));
        return *n;
    }
    case FieldType::Double:
        if (!v.isDouble())
            throw HttpError::invalid(f.name, QStringLiteral("'%1' must be a number.").arg(f.name));
        return v.toDouble();
    case FieldType::Boolean:
        if (!v.isBool())
            throw HttpError::invalid(f.name, QStringLiteral("'%1' must be true or false.").arg(f.name));
        return v.toBool() ? 1 : 0;
    case FieldType::Date: {
        const QDateTime d = v.isString() ? parseIso(v.toString()) : QDateTime();
        if (!d.isValid())
            throw HttpError::invalid(f.name, QStringLiteral("'%1' must be an ISO-8601 date.").arg(f.name));
        return isoTime(d);
    }
    case FieldType::Object: {
        QByteArray text;
        if (v.isObject())
            text = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        else if (v.isArray())
            text = QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
        else
            throw HttpError::invalid(f.name, QStringLiteral("'%1' must be a JSON object.").arg(f.name));
        if (text.size() > f.effectiveMaxLength())
            throw HttpError::tooLong(f.name, f.effectiveMaxLength());
        return text;
    }
    case FieldType::Blob:
        throw HttpError::invalid(f.name, QStringLiteral("'%1' cannot be set in JSON.").arg(f.name));
    }
    return QVariant();
}

QVariantMap ObjectSchema::readInput(const QJsonObject &body, const QStringList &allowed,
                                    const QStringList &required) const
{
    QVariantMap out;
    for (const QString &name : allowed) {
        const Field *f = field(name);
        if (!f)
            continue;
        const bool present = body.contains(name) && !body.value(name).isNull();
        if (!present) {
            if (required.contains(name))
                throw HttpError::missing(name);
            if (body.contains(name))
                out.insert(name, QVariant()); // explicit null clears
            continue;
        }
        const QVariant v = readValue(*f, body.value(name));
        if (required.contains(name) && v.toString().trimmed().isEmpty())
            throw HttpError::missing(name);
        out.insert(name, v);
    }
    return out;
}

Field field(const char *name, FieldType type, bool filterable, QStringList enumValues, int maxLength)
{
    Field out;
    out.name = QString::fromLatin1(name);
    out.type = type;
    out.enumValues = std::move(enumValues);
    out.filterable = filterable;
    out.maxLength = maxLength;
    return out;
}

} // namespace tutorhub::server
