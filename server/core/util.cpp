#include "core/util.h"

#include <QUuid>

#include <cmath>

#include <openssl/rand.h>

namespace tutorhub::server {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString isoNow()
{
    return isoTime(QDateTime::currentDateTimeUtc());
}

QDateTime parseIso(const QString &s)
{
    QDateTime d = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(s, Qt::ISODate);
    return d.isValid() ? d.toUTC() : d;
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n) != 1)
        qFatal("RAND_bytes failed");
    return out;
}

QString randomDigits(int n)
{
    const QByteArray r = randomBytes(n);
    QString s;
    for (int i = 0; i < n; ++i)
        s.append(QChar(u'0' + (uchar(r[i]) % 10)));
    return s;
}

QString randomKey(int n)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const QByteArray r = randomBytes(n);
    QString s;
    for (int i = 0; i < n; ++i)
        s.append(QLatin1Char(alphabet[uchar(r[i]) % 62]));
    return s;
}

QString randomHex(int nBytes)
{
    return QString::fromLatin1(randomBytes(nBytes).toHex());
}

std::optional<qint64> exactInteger(double d)
{
    // 2^63 is exact as a double; every double below it and at or above -2^63 converts without overflow.
    constexpr double limit = 9223372036854775808.0;
    if (!std::isfinite(d) || d < -limit || d >= limit || std::trunc(d) != d)
        return std::nullopt;
    return qint64(d);
}

} // namespace tutorhub::server
