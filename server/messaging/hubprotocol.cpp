// The typed hub frames of contract/hub.def: field checks with the documented errors, and serialization.
#include "messaging/hubprotocol.h"

#include "core/apierror.h"
#include "core/util.h"

#include <QUuid>

namespace tutorhub::server::hub {

namespace {

bool absent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

QString readString(const QJsonValue &v, const QString &name, bool required, qint64 max)
{
    if (!v.isString())
        throw HttpError::invalid(name, QStringLiteral("'%1' must be a string.").arg(name));
    const QString s = v.toString();
    if (required && s.isEmpty())
        throw HttpError::missing(name);
    if (max > 0 && s.size() > max)
        throw HttpError::tooLong(name, int(max));
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
            throw HttpError::invalid(name, QStringLiteral("'%1' must be a UUID.").arg(name));
        return s;
    } else if constexpr (std::is_same_v<Tag, field::Int>) {
        const std::optional<qint64> n = v.isDouble() ? exactInteger(v.toDouble()) : std::nullopt;
        const bool ranged = min != 0 || max != 0;
        if (!n || (ranged && (*n < min || *n > max)))
            throw HttpError::invalid(
                name, ranged ? QStringLiteral("'%1' must be an integer from %2 to %3.").arg(name).arg(min).arg(max)
                             : QStringLiteral("'%1' must be an integer.").arg(name));
        return *n;
    } else if constexpr (std::is_same_v<Tag, field::Number>) {
        if (!v.isDouble())
            throw HttpError::invalid(name, QStringLiteral("'%1' must be a number.").arg(name));
        return v.toDouble();
    } else if constexpr (std::is_same_v<Tag, field::Bool>) {
        if (!v.isBool())
            throw HttpError::invalid(name, QStringLiteral("'%1' must be true or false.").arg(name));
        return v.toBool();
    } else if constexpr (std::is_same_v<Tag, field::Object>) {
        if (!v.isObject())
            throw HttpError::invalid(name, QStringLiteral("'%1' must be a JSON object.").arg(name));
        return v.toObject();
    } else if constexpr (std::is_same_v<Tag, field::Array>) {
        if (!v.isArray())
            throw HttpError::invalid(name, QStringLiteral("'%1' must be a JSON array.").arg(name));
        return v.toArray();
    } else if constexpr (std::is_same_v<Tag, field::Time>) {
        if (v.isNull())
            return QString();
        if (!v.isString())
            throw HttpError::invalid(name, QStringLiteral("'%1' must be a time or null.").arg(name));
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
    const bool missing
        = (std::is_same_v<Tag, field::Any> || std::is_same_v<Tag, field::Time>) ? v.isUndefined() : absent(v);
    if constexpr (P == Presence::Required) {
        if (missing)
            throw HttpError::missing(name);
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

} // namespace

QJsonValue refOf(const QJsonObject &frame)
{
    const QJsonValue ref = frame.value(QStringLiteral("ref"));
    return ref.isString() || ref.isDouble() ? ref : QJsonValue(QJsonValue::Undefined);
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
    Id Id::fromJson(const QJsonObject &frame)                                                                          \
    {                                                                                                                  \
        Id f;
#define TH_FIELD(name, T, P, min, max) f.name = take<field::T, Presence::P>(frame, #name, min, max);
#define TH_END(Id)                                                                                                     \
    f.ref = refOf(frame);                                                                                              \
    return f;                                                                                                          \
    }
#include "contract/hub.def"
#undef TH_FRAME
#undef TH_FIELD
#undef TH_END

QStringList clientFrameTypes()
{
    QStringList types;
#define TH_FRAME(Id, wire, dir)                                                                                        \
    if (Direction::dir == Direction::ToServer)                                                                         \
        types << QStringLiteral(wire);
#define TH_FIELD(name, T, P, min, max)
#define TH_END(Id)
#include "contract/hub.def"
#undef TH_FRAME
#undef TH_FIELD
#undef TH_END
    return types;
}

} // namespace tutorhub::server::hub
