#include "format.h"

#include <QJsonArray>
#include <QLocale>

namespace tutorhub::models {

namespace {
QTimeZone &overrideZone()
{
    static QTimeZone zone;
    return zone;
}
} // namespace

QTimeZone Format::displayZone()
{
    return overrideZone().isValid() ? overrideZone() : QTimeZone::systemTimeZone();
}

void Format::setDisplayZone(const QTimeZone &zone)
{
    overrideZone() = zone;
}

QString Format::displayZoneName(const QDateTime &at)
{
    const QTimeZone zone = displayZone();
    const QString abbreviation = zone.abbreviation(at);
    const QString id = QString::fromUtf8(zone.id());
    if (abbreviation.isEmpty() || abbreviation == id)
        return id;
    //: time zone name, e.g. "Europe/Berlin (CET)"
    return tr("%1 (%2)").arg(id, abbreviation);
}

QDateTime Format::parseUtc(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(iso, Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QString Format::toIsoUtc(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Format::local(const QDateTime &utc)
{
    return utc.isValid() ? utc.toTimeZone(displayZone()) : QDateTime();
}

QString Format::dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime l = local(utc);
    //: date and time of day, e.g. "Mon 23 Nov 2026, 14:00"
    return tr("%1, %2").arg(QLocale().toString(l.date(), QStringLiteral("ddd d MMM yyyy")), clock(l.time()));
}

QString Format::age(const QDateTime &thenUtc, const QDateTime &nowUtc)
{
    const qint64 seconds = qMax<qint64>(0, thenUtc.secsTo(nowUtc));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

QString Format::offlineNotice(const QDateTime &savedAtUtc, const QDateTime &nowUtc)
{
    const bool today = local(savedAtUtc).date() == local(nowUtc).date();
    const QString when = today ? time(savedAtUtc) : dateTime(savedAtUtc);
    //: %1 the time (today) or date and time the rows were received, %2 how long ago ("2 hours ago")
    return tr("Offline — showing what was known at %1 (%2)").arg(when, age(savedAtUtc, nowUtc));
}

QString Format::date(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(local(utc).date(), QStringLiteral("ddd d MMM yyyy")) : QString();
}

QString Format::clock(const QTime &time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    // Some locales (C among them) put seconds in the short format; a timetable never needs them.
    format.remove(QStringLiteral(":ss"));
    format.remove(QStringLiteral(".ss"));
    return QLocale().toString(time, format);
}

QString Format::time(const QDateTime &utc)
{
    return utc.isValid() ? clock(local(utc).time()) : QString();
}

QString Format::timeRange(const QDateTime &startUtc, const QDateTime &endUtc)
{
    if (!endUtc.isValid())
        return time(startUtc);
    return tr("%1 – %2").arg(time(startUtc), time(endUtc));
}

QString Format::money(double amount, const QString &currency, int decimals)
{
    const QString code = currency.isEmpty() ? QStringLiteral("EUR") : currency.toUpper();
    const QString symbol = code == QLatin1String("EUR") ? QStringLiteral("€") : code + QLatin1Char(' ');
    return QLocale().toCurrencyString(amount, symbol, qBound(0, decimals, 2));
}

QString Format::str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}

double Format::num(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString().toDouble() : v.toDouble();
}

bool Format::flag(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toBool();
}

QDateTime Format::when(const QJsonObject &o, const char *key)
{
    return parseUtc(o.value(QLatin1String(key)).toString());
}

QDateTime Format::slotStart(const QJsonObject &slot)
{
    const QDateTime extension = when(slot, "startsAt");
    if (extension.isValid())
        return extension;
    const QDate day = QDate::fromString(str(slot, "scheduledDate").left(10), Qt::ISODate);
    const QTime time = QTime::fromString(str(slot, "scheduledTime").left(5), QStringLiteral("HH:mm"));
    if (!day.isValid() || !time.isValid())
        return {};
    return QDateTime(day, time, QTimeZone::utc());
}

QDateTime Format::slotEnd(const QJsonObject &slot)
{
    const QDateTime extension = when(slot, "endsAt");
    if (extension.isValid())
        return extension;
    const QDateTime start = slotStart(slot);
    if (!start.isValid())
        return {};
    const int minutes = int(num(slot, "durationMinutes"));
    return start.addSecs(60LL * (minutes >= 15 ? minutes : 60));
}

QVariant Format::slotOrder(const QJsonObject &slot)
{
    const QDateTime start = slotStart(slot);
    return start.isValid() ? QVariant(start.toMSecsSinceEpoch()) : QVariant();
}

QJsonObject Format::join(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isArray())
        return v.toArray().isEmpty() ? QJsonObject() : v.toArray().first().toObject();
    return v.toObject();
}

} // namespace tutorhub::models
