// The typed hub frames of contract/hub.def on the client: field checks and serialization.
#include "hubprotocol.h"

#include "jsonnumber.h"

#include <QUuid>

namespace tutorhub::api::hub {

namespace {

struct Bad
{
    QString why;
};

QString readString(const QJsonValue &v, const QString &name, bool required, qint64 max)
{
    if (!v.isString())
        throw Bad {QStringLiteral("'%1' must be a string.").arg(name)};
    const QString s = v.toString();
    if (required && s.isEmpty())
        throw Bad {QStringLiteral("'%1' is required.").arg(name)};
    if (max > 0 && s.size() > max)
        throw Bad {QStringLiteral("'%1' is longer than %2 characters.").arg(name).arg(max)};
    return s;
}

template<class Tag>
typename Tag::type read(const QJsonValue &v, const QString &name, bool required, qint64 min, qint64 max)
{
    if constexpr (std::is_same_v<Tag, field::String>) {
        return readString(v, name, required, max);
    } else if constexpr (std::is_same_v<Tag, field::Uuid>) {
        const QString s = readString(v, name, required, max);
        if (QUuid::fromString(s).isNull())
            throw Bad {QStringLiteral("'%1' must be a UUID.").arg(name)};
        return s;
    } else if constexpr (std::is_same_v<Tag, field::Int>) {
        const std::optional<qint64> n = v.isDouble() ? exactInteger(v.toDouble()) : std::nullopt;
        const bool ranged = min != 0 || max != 0;
        if (!n || (ranged && (*n < min || *n > max)))
            throw Bad {QStringLiteral("'%1' must be an integer in range.").arg(name)};
        return *n;
    } else if constexpr (std::is_same_v<Tag, field::Number>) {
        if (!v.isDouble())
            throw Bad {QStringLiteral("'%1' must be a number.").arg(name)};
        return v.toDouble();
    } else if constexpr (std::is_same_v<Tag, field::Bool>) {
        if (!v.isBool())
            throw Bad {QStringLiteral("'%1' must be true or false.").arg(name)};
        return v.toBool();
    } else if constexpr (std::is_same_v<Tag, field::Object>) {
        if (!v.isObject())
            throw Bad {QStringLiteral("'%1' must be a JSON object.").arg(name)};
        return v.toObject();
    } else if constexpr (std::is_same_v<Tag, field::Array>) {
        if (!v.isArray())
            throw Bad {QStringLiteral("'%1' must be a JSON array.").arg(name)};
        return v.toArray();
    } else if constexpr (std::is_same_v<Tag, field::Time>) {
        if (v.isNull())
            return QString();
        if (!v.isString())
            throw Bad {QStringLiteral("'%1' must be a time or null.").arg(name)};
        return v.toString();
    } else {
        return v;
    }
}

template<class Tag, Presence P>
FieldType<Tag, P> take(const QJsonObject &frame, const char *key, qint64 min, qint64 max)
{
    const QString name = QString::fromLatin1(key);
    const QJsonValue v = frame.value(name);
    // Any and Time carry null as a value; the other types treat null as "not given".
    const bool missing = (std::is_same_v<Tag, field::Any> || std::is_same_v<Tag, field::Time>)
                             ? v.isUndefined()
                             : (v.isUndefined() || v.isNull());
    if constexpr (P == Presence::Required) {
        if (missing)
            throw Bad {QStringLiteral("'%1' is required.").arg(name)};
        return read<Tag>(v, name, true, min, max);
    } else {
        if (missing)
            return std::nullopt;
        return read<Tag>(v, name, false, min, max);
    }
}

template<class Tag>
QJsonValue write(const typename Tag::type &value)
{
    if constexpr (std::is_same_v<Tag, field::Time>)
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    else
        return QJsonValue(value);
}

template<class Tag, Presence P>
void put(QJsonObject &o, const char *key, const FieldType<Tag, P> &value)
{
    if constexpr (P == Presence::Required) {
        o.insert(QString::fromLatin1(key), write<Tag>(value));
    } else {
        if (value)
            o.insert(QString::fromLatin1(key), write<Tag>(*value));
    }
}

QJsonValue refOf(const QJsonObject &frame)
{
    const QJsonValue ref = frame.value(QStringLiteral("ref"));
    return ref.isString() || ref.isDouble() ? ref : QJsonValue(QJsonValue::Undefined);
}

} // namespace

QString typeOf(const QJsonObject &frame)
{
    return frame.value(QStringLiteral("type")).toString();
}

#define TH_FRAME(Id, wire, dir)                                                                                        \
    QJsonObject Id::toJson() const                                                                                     \
    {                                                                                                                  \
        QJsonObject o {{QStringLiteral("type"), QStringLiteral(wire)}};
#define TH_FIELD(name, T, P, min, max) put<field::T, Presence::P>(o, #name, name);
#define TH_END(Id)                                                                                                     \
    if (ref.isString() || ref.isDouble())                                                                              \
        o.insert(QStringLiteral("ref"), ref);                                                                          \
    return o;                                                                                                          \
    }
#include "contract/hub.def"
#undef TH_FRAME
#undef TH_FIELD
#undef TH_END

#define TH_FRAME(Id, wire, dir)                                                                                        \
    std::optional<Id> Id::fromJson(const QJsonObject &frame, QString *why)                                             \
    {                                                                                                                  \
        if (typeOf(frame) != QLatin1String(wire)) {                                                                    \
            if (why)                                                                                                   \
                *why = QStringLiteral("not a '%1' frame").arg(QLatin1String(wire));                                    \
            return std::nullopt;                                                                                       \
        }                                                                                                              \
        try {                                                                                                          \
            Id f;
#define TH_FIELD(name, T, P, min, max) f.name = take<field::T, Presence::P>(frame, #name, min, max);
#define TH_END(Id)                                                                                                     \
    f.ref = refOf(frame);                                                                                              \
    return f;                                                                                                          \
    }                                                                                                                  \
    catch (const Bad &bad)                                                                                             \
    {                                                                                                                  \
        if (why)                                                                                                       \
            *why = bad.why;                                                                                            \
        return std::nullopt;                                                                                           \
    }                                                                                                                  \
    }
#include "contract/hub.def"
#undef TH_FRAME
#undef TH_FIELD
#undef TH_END

QStringList serverFrameTypes()
{
    QStringList types;
#define TH_FRAME(Id, wire, dir)                                                                                        \
    if (Direction::dir == Direction::ToClient)                                                                         \
        types << QStringLiteral(wire);
#define TH_FIELD(name, T, P, min, max)
#define TH_END(Id)
#include "contract/hub.def"
#undef TH_FRAME
#undef TH_FIELD
#undef TH_END
    return types;
}

} // namespace tutorhub::api::hub
