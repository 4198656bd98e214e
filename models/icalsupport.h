// libical helpers shared by models/icalendar.cpp and models/tutor/busytimes.cpp (decision U1). Private to
// tutorhub_models: only .cpp files include it, so libical's headers stay out of every public header.
#pragma once

#include <libical/ical.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <memory>

namespace tutorhub::models::ical {

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

inline QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// libical's builtin zone of an IANA id (read from the system zone database); null when unknown.
inline icaltimezone *builtinZone(const QByteArray &ianaId)
{
    if (ianaId.isEmpty())
        return nullptr;
    return icaltimezone_get_builtin_timezone(ianaId.constData());
}

// An instant as a time in `zone` (libical's UTC zone for UTC). libical 3.0 marks the result of
// icaltime_from_timet_with_zone as UTC even though its fields are local: the zone is set again here.
inline icaltimetype fromUtc(const QDateTime &utc, icaltimezone *zone)
{
    icaltimetype t = icaltime_from_timet_with_zone(time_t(utc.toSecsSinceEpoch()), 0, zone);
    t.zone = zone;
    return t;
}

inline QDateTime wallClock(const icaltimetype &t)
{
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), QTimeZone::utc());
}

// The instant of a date-time: UTC ("Z") as is, a time with a resolved TZID through libical (the file's
// VTIMEZONE), a floating time in `floating` (invalid: no instant). Dates are the caller's business.
inline QDateTime toUtc(const icaltimetype &t, const QTimeZone &floating = {})
{
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t))
        return {};
    if (icaltime_is_utc(t))
        return wallClock(t);
    if (t.zone)
        return QDateTime::fromSecsSinceEpoch(qint64(icaltime_as_timet_with_zone(t, t.zone)), QTimeZone::utc());
    if (!floating.isValid())
        return {};
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), floating).toUTC();
}

} // namespace tutorhub::models::ical
