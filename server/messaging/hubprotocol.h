// The hub's frames as typed structs, generated from contract/hub.def (K40): one struct per frame with
// fromJson (client -> server frames: checks every field and throws the documented HttpError) and toJson.
// The client has its own twin (api/hubprotocol.h) from the same file; the two share no C++ (decision 13).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <type_traits>

namespace tutorhub::server::hub {

enum class Direction { ToServer, ToClient };
enum class Presence { Required, Optional };

// The field types of hub.def.
namespace field {
struct String
{
    using type = QString;
};
struct Uuid
{
    using type = QString;
};
struct Int
{
    using type = qint64;
};
struct Number
{
    using type = double;
};
struct Bool
{
    using type = bool;
};
struct Object
{
    using type = QJsonObject;
};
struct Array
{
    using type = QJsonArray;
};
struct Any
{
    using type = QJsonValue;
};
struct Time // an ISO time or null; "" stands for null
{
    using type = QString;
};
} // namespace field

template<class Tag, Presence P>
using FieldType = std::conditional_t<P == Presence::Required, typename Tag::type, std::optional<typename Tag::type>>;

#define TH_FRAME(Id, wire, dir)                                                                                        \
    struct Id                                                                                                          \
    {                                                                                                                  \
        static constexpr const char *type = wire;                                                                      \
        static constexpr Direction direction = Direction::dir;
#define TH_FIELD(name, T, P, min, max) FieldType<field::T, Presence::P> name {};
#define TH_END(Id)                                                                                                     \
    QJsonValue ref; /* echoed: a string or number, or undefined */                                                     \
    QJsonObject toJson() const;                                                                                        \
    /* Throws HttpError (errMsg_MissingParameter/InvalidParameter/ParameterTooLong) for a bad field. */                \
    static Id fromJson(const QJsonObject &frame);                                                                      \
    }                                                                                                                  \
    ;
#include "contract/hub.def"
#undef TH_FRAME
#undef TH_FIELD
#undef TH_END

// The wire types of the frames a client may send (the others get errMsg_UnknownFrameType).
QStringList clientFrameTypes();
// The `ref` of a frame, if it is a string or number (what answers echo).
QJsonValue refOf(const QJsonObject &frame);

} // namespace tutorhub::server::hub
