// Data objects as schema descriptors: fields with type, enum values, filterability and limits.
// Serialization (std fields, `_idx` companions), input validation and list queries are derived
// from them, so adding an object is a matter of data (see auth/userschema.cpp, catalog/tutorprofile.cpp).
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace tutorhub::server {

namespace json {
class Object;
}

enum class FieldType { ID, String, Text, Integer, Double, Boolean, Date, Enum, Object, Blob };

struct Field
{
    QString name;
    FieldType type = FieldType::String;
    QStringList enumValues; // declared order; x_idx = index
    bool filterable = false; // a list filter of this name exists (API.md §1.7)
    bool exactFilter = false; // String matched exactly (case-insensitive) instead of partially
    bool hidden = false; // never serialized (password hash, file bytes in lists)
    int maxLength = 0; // 0: by type (String 255, Text 10000, ID 255) (D4)

    int effectiveMaxLength() const;
};

constexpr int kMaxString = 255;
constexpr int kMaxText = 10000;

struct ObjectSchema
{
    QString name; // "user" (dataName of single responses, errMsg_FethcedObjectNotFound:<name>)
    QString plural; // "users" (dataName of lists)
    QString table; // SQL table
    QList<Field> fields; // own fields; the std fields are implied

    // Own fields plus id, isActive, recordVersion, createdAt, updatedAt, _owner.
    QList<Field> allFields() const;
    const Field *field(const QString &name) const; // own or std; nullptr if unknown
    QStringList columns() const; // SQL column names (all fields)

    // Row (column -> value) to the wire: std fields, own fields, `<enum>_idx`, hidden fields left out.
    QJsonObject toJson(const QVariantMap &row) const;
    // The same object written straight into `o` (F20): the same keys and values as toJson(), without a
    // QJsonObject; keys in `leaveOut` are not written (the caller writes them).
    void writeJson(json::Object &o, const QVariantMap &row, const QStringList &leaveOut = {}) const;

    // Validates a JSON body against the field descriptors. Only `allowed` names are read (others are
    // ignored); `required` ones must be present and non-empty. Throws HttpError (400 InvalidParameter,
    // MissingParameter, ParameterTooLong). Returns column -> value ready for the repository.
    QVariantMap readInput(const QJsonObject &body, const QStringList &allowed, const QStringList &required = {}) const;

    // One value of `f` from JSON (null allowed); throws HttpError 400 on a wrong type or value.
    static QVariant readValue(const Field &f, const QJsonValue &v);
    static QJsonValue writeValue(const Field &f, const QVariant &v);
};

QList<Field> stdFields();

// A field descriptor in one line, for the schema tables of the services.
Field field(const char *name, FieldType type, bool filterable = false, QStringList enumValues = {}, int maxLength = 0);

// A column of a repository row as text ("" when absent).
inline QString str(const QVariantMap &row, const char *key)
{
    return row.value(QLatin1String(key)).toString();
}

} // namespace tutorhub::server
