// Writing JSON bytes directly (decision F20): the list responses that matter at scale write their rows
// without a QJsonObject per row. The bytes are exactly what QJsonDocument::toJson(Compact) writes for
// the same values: objects are emitted with their keys sorted (QJsonObject keeps keys sorted), and every
// value whose spelling is not trivially the same (a double, a string with characters that need escaping,
// stored JSON) is written by Qt itself.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QVarLengthArray>
#include <QVariant>

namespace tutorhub::server::json {

// Value writers: each appends one JSON value to `out`.
void writeNull(QByteArray &out);
void writeBool(QByteArray &out, bool b);
void writeInt(QByteArray &out, qint64 n);
void writeString(QByteArray &out, QStringView s);
void writeDouble(QByteArray &out, double d);
// A stored column as the joins copy it: null when the variant is null, else as QJsonValue::fromVariant(v).
void writeVariant(QByteArray &out, const QVariant &v);
// Any QJsonValue, as QJsonDocument writes it.
void writeValue(QByteArray &out, const QJsonValue &v);

// One object: values are appended as they come (each after key()), the keys sorted when it is written.
// Keys must outlive the writer (static strings or the caches of the callers).
class Object
{
public:
    // Starts the value of `key`; append exactly one value to buf() next.
    QByteArray &key(QLatin1StringView key);
    QByteArray &buf() { return m_values; }
    // Appends {"k":v,...} with the keys in QJsonObject's order.
    void writeTo(QByteArray &out);

private:
    struct Item
    {
        QLatin1StringView key;
        qsizetype start = 0;
    };
    QByteArray m_values;
    QVarLengthArray<Item, 48> m_items;
};

} // namespace tutorhub::server::json
