#include "http/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace tutorhub::server::json {

namespace {

// Qt's own spelling of one value: the compact document of [v] without its brackets.
void viaQt(QByteArray &out, const QJsonValue &v)
{
    const QByteArray a = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    out.append(a.constData() + 1, a.size() - 2);
}

} // namespace

void writeNull(QByteArray &out)
{
    out.append("null", 4);
}

void writeBool(QByteArray &out, bool b)
{
    if (b)
        out.append("true", 4);
    else
        out.append("false", 5);
}

void writeInt(QByteArray &out, qint64 n)
{
    char buf[24];
    char *end = buf + sizeof buf;
    char *p = end;
    const bool negative = n < 0;
    quint64 u = negative ? quint64(0) - quint64(n) : quint64(n);
    do {
        *--p = char('0' + u % 10);
        u /= 10;
    } while (u);
    if (negative)
        *--p = '-';
    out.append(p, end - p);
}

void writeString(QByteArray &out, QStringView s)
{
    // Printable ASCII without a quote or backslash is written as it is; anything else by Qt.
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x7f || u == u'"' || u == u'\\') {
            viaQt(out, QJsonValue(s.toString()));
            return;
        }
    }
    const qsizetype at = out.size();
    out.resize(at + s.size() + 2);
    char *p = out.data() + at;
    *p++ = '"';
    for (const QChar c : s)
        *p++ = char(c.unicode());
    *p = '"';
}

void writeDouble(QByteArray &out, double d)
{
    viaQt(out, QJsonValue(d));
}

void writeVariant(QByteArray &out, const QVariant &v)
{
    if (v.isNull() || !v.isValid()) {
        writeNull(out);
        return;
    }
    switch (v.metaType().id()) {
    case QMetaType::LongLong:
        writeInt(out, v.toLongLong());
        return;
    case QMetaType::Int:
        writeInt(out, v.toInt());
        return;
    case QMetaType::QString:
        writeString(out, v.toString());
        return;
    default:
        viaQt(out, QJsonValue::fromVariant(v));
        return;
    }
}

void writeValue(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        writeNull(out);
        return;
    case QJsonValue::Bool:
        writeBool(out, v.toBool());
        return;
    case QJsonValue::String:
        writeString(out, v.toString());
        return;
    default:
        viaQt(out, v);
        return;
    }
}

QByteArray &Object::key(QLatin1StringView key)
{
    m_items.append(Item {key, m_values.size()});
    return m_values;
}

void Object::writeTo(QByteArray &out)
{
    const qsizetype n = m_items.size();
    QVarLengthArray<qsizetype, 48> order(n);
    for (qsizetype i = 0; i < n; ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) { return m_items[a].key < m_items[b].key; });
    out.append('{');
    for (qsizetype k = 0; k < n; ++k) {
        const qsizetype i = order[k];
        if (k)
            out.append(',');
        out.append('"');
        out.append(m_items[i].key.data(), m_items[i].key.size());
        out.append("\":", 2);
        const qsizetype start = m_items[i].start;
        const qsizetype end = i + 1 < n ? m_items[i + 1].start : m_values.size();
        out.append(m_values.constData() + start, end - start);
    }
    out.append('}');
}

} // namespace tutorhub::server::json
