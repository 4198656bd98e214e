// The hub's frames as typed structs, generated from contract/hub.def (K40): one struct per frame with
// toJson and fromJson (nullopt and a reason when a field is missing or of the wrong type). The server has
// its own twin (server/messaging/hubprotocol.h) from the same file; the two share no C++ (decision 13).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <type_traits>

namespace tutorhub::api::hub {

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
    QJsonValue ref; /* the client's reference: a string or number, or undefined */                                     \
    QJsonObject toJson() const;                                                                                        \
    /* nullopt when a field is missing, of the wrong type or out of range; *why says which (English). */               \
    static std::optional<Id> fromJson(const QJsonObject &frame, QString *why = nullptr);                               \
    }                                                                                                                  \
    ;
#include "contract/hub.def"
#undef TH_FRAME
#undef TH_FIELD
#undef TH_END

// The `type` of a frame ("" when it has none).
QString typeOf(const QJsonObject &frame);
// The wire types of the frames the server sends.
QStringList serverFrameTypes();

} // namespace tutorhub::api::hub
