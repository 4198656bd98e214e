#include "icalendar.h"

#include "format.h"
#include "icalsupport.h"
#include "labels.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>
#include <functional>

namespace tutorhub::models {

namespace {

constexpr int kMaxOctets = 75;

// A zone that is UTC all the time (UTC, Etc/UTC, Africa/Abidjan...) is written as UTC times.
bool isUtc(const QTimeZone &zone)
{
    const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc());
    return zone.offsetFromUtc(from) == 0 && zone.transitions(from, to).isEmpty();
}

icalproperty *timeProperty(icalproperty *(*make)(icaltimetype), const QDateTime &utc, icaltimezone *zone,
                           const QByteArray &tzid)
{
    if (!zone)
        return make(ical::fromUtc(utc, icaltimezone_get_utc_timezone()));
    icalproperty *p = make(ical::fromUtc(utc, zone));
    icalproperty_add_parameter(p, icalparameter_new_tzid(tzid.constData()));
    return p;
}

icalproperty_status statusOf(const QString &s)
{
    if (s == QLatin1String("CANCELLED"))
        return ICAL_STATUS_CANCELLED;
    if (s == QLatin1String("TENTATIVE"))
        return ICAL_STATUS_TENTATIVE;
    if (s == QLatin1String("CONFIRMED"))
        return ICAL_STATUS_CONFIRMED;
    return ICAL_STATUS_NONE;
}

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

} // namespace

QByteArray ICalendar::build(const QList<CalendarEvent> &events, const QTimeZone &requested, const QDateTime &stampUtc)
{
    const QTimeZone zone = requested.isValid() ? requested : Format::displayZone();
    const QByteArray tzid = zone.isValid() ? zone.id() : QByteArray();
    // libical's builtin zone (from the system zone database); its VTIMEZONE is written under the plain IANA id.
    icaltimezone *icalZone = !zone.isValid() || isUtc(zone) ? nullptr : ical::builtinZone(tzid);
    ical::Component cal(icalcomponent_new_vcalendar());
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//TutorHub//TutorHub Desktop//EN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (icalZone) {
        icalproperty *wr = icalproperty_new_x(tzid.constData());
        icalproperty_set_x_name(wr, "X-WR-TIMEZONE");
        icalcomponent_add_property(cal.get(), wr);
        icalcomponent *vtz = icalcomponent_new_clone(icaltimezone_get_component(icalZone));
        if (icalproperty *id = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY))
            icalproperty_set_tzid(id, tzid.constData());
        icalcomponent_add_component(cal.get(), vtz);
    }
    const icaltimetype stamp = ical::fromUtc(stampUtc, icaltimezone_get_utc_timezone());
    for (const CalendarEvent &e : events) {
        if (!e.startUtc.isValid())
            continue;
        icalcomponent *ev = icalcomponent_new_vevent();
        icalcomponent_add_property(ev, icalproperty_new_uid(utf8(e.uid).constData()));
        icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(ev, timeProperty(icalproperty_new_dtstart, e.startUtc, icalZone, tzid));
        icalcomponent_add_property(ev, timeProperty(icalproperty_new_dtend,
                                                    e.endUtc.isValid() ? e.endUtc : e.startUtc.addSecs(3600), icalZone,
                                                    tzid));
        icalcomponent_add_property(ev, icalproperty_new_summary(utf8(e.summary).constData()));
        if (!e.description.isEmpty())
            icalcomponent_add_property(ev, icalproperty_new_description(utf8(e.description).constData()));
        if (!e.location.isEmpty())
            icalcomponent_add_property(ev, icalproperty_new_location(utf8(e.location).constData()));
        if (!e.url.isEmpty())
            icalcomponent_add_property(ev, icalproperty_new_url(utf8(e.url).constData()));
        if (statusOf(e.status) != ICAL_STATUS_NONE)
            icalcomponent_add_property(ev, icalproperty_new_status(statusOf(e.status)));
        if (e.lastModifiedUtc.isValid())
            icalcomponent_add_property(
                ev, icalproperty_new_lastmodified(ical::fromUtc(e.lastModifiedUtc, icaltimezone_get_utc_timezone())));
        icalcomponent_add_component(cal.get(), ev);
    }
    char *text = icalcomponent_as_ical_string_r(cal.get());
    const QByteArray out(text ? text : "");
    std::free(text);
    return out;
}

CalendarEvent ICalendar::fromLessonSlot(const QJsonObject &slot, const QString &perspective)
{
    CalendarEvent e;
    e.uid = Format::str(slot, "id") + QStringLiteral("@tutorhub");
    e.startUtc = Format::slotStart(slot); // startsAt, else the documented scheduledDate + scheduledTime (C51)
    e.endUtc = Format::slotEnd(slot);
    e.lastModifiedUtc = Format::when(slot, "updatedAt");
    const QJsonObject pack = Format::join(slot, "coursePack");
    QString title = Format::str(pack, "title");
    if (title.isEmpty())
        title = Format::str(slot, "coursePackTitle");
    if (title.isEmpty())
        title = QCoreApplication::translate("tutorhub::models::ICalendar", "Lesson");
    QString other;
    if (perspective == QLatin1String("tutor")) {
        other = Format::str(Format::join(slot, "student"), "fullname");
        if (other.isEmpty())
            other = Format::str(slot, "studentName");
    } else {
        other = Format::str(Format::join(slot, "tutorProfile"), "displayName");
        if (other.isEmpty())
            other = Format::str(slot, "tutorName");
    }
    e.summary = other.isEmpty() ? title : QStringLiteral("%1 – %2").arg(title, other);
    const QString status = Format::str(slot, "status");
    e.status = status == QLatin1String("canceled") ? QStringLiteral("CANCELLED")
               : status == QLatin1String("free")   ? QStringLiteral("TENTATIVE")
                                                   : QStringLiteral("CONFIRMED");
    e.url = Format::str(slot, "meetLink");
    const QString details = Format::str(slot, "locationDetails");
    const QString type = Format::str(slot, "locationType");
    if (!details.isEmpty())
        e.location = details;
    else if (!type.isEmpty())
        e.location = Labels::enumLabel(QStringLiteral("lessonSlot"), QStringLiteral("locationType"), type);
    QStringList lines;
    lines << Labels::enumLabel(QStringLiteral("lessonSlot"), QStringLiteral("status"), status);
    if (!e.url.isEmpty())
        lines << e.url;
    e.description = lines.join(QLatin1Char('\n'));
    return e;
}

ICalendar::Parsed ICalendar::parse(const QByteArray &data)
{
    Parsed p;
    auto fail = [&p](const QString &why) {
        if (p.error.isEmpty())
            p.error = why;
    };
    // What libical accepts but importers may not: bare LF and lines over 75 octets.
    const QList<QByteArray> physical = data.split('\n');
    if (!data.endsWith("\r\n"))
        fail(QStringLiteral("the data does not end with CRLF"));
    for (int i = 0; i + 1 < physical.size(); ++i) {
        const QByteArray &l = physical.at(i);
        if (!l.endsWith('\r'))
            fail(QStringLiteral("line %1 ends in LF without CR").arg(i + 1));
        else if (l.size() - 1 > kMaxOctets)
            fail(QStringLiteral("line %1 is %2 octets long").arg(i + 1).arg(l.size() - 1));
    }
    ical::Component cal(icalparser_parse_string(data.constData()));
    if (!cal || icalcomponent_isa(cal.get()) != ICAL_VCALENDAR_COMPONENT) {
        fail(QStringLiteral("libical found no single VCALENDAR"));
        return p;
    }
    if (icalcomponent_count_errors(cal.get()) > 0) {
        // libical marks what it could not read with X-LIC-ERROR properties; the first one says why.
        QString why = QStringLiteral("libical reports a parse error");
        std::function<bool(icalcomponent *)> find = [&](icalcomponent *c) {
            for (icalproperty *e = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); e;
                 e = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
                why = QStringLiteral("libical: ") + ical::text(icalproperty_get_xlicerror(e));
                return true;
            }
            for (icalcomponent *k = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); k;
                 k = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
                if (find(k))
                    return true;
            return false;
        };
        find(cal.get());
        fail(why);
    }
    icalproperty *version = icalcomponent_get_first_property(cal.get(), ICAL_VERSION_PROPERTY);
    if (!version || ical::text(icalproperty_get_version(version)) != QLatin1String("2.0")
        || !icalcomponent_get_first_property(cal.get(), ICAL_PRODID_PROPERTY))
        fail(QStringLiteral("VERSION:2.0 or PRODID missing"));
    for (icalcomponent *tz = icalcomponent_get_first_component(cal.get(), ICAL_VTIMEZONE_COMPONENT); tz;
         tz = icalcomponent_get_next_component(cal.get(), ICAL_VTIMEZONE_COMPONENT))
        if (icalproperty *id = icalcomponent_get_first_property(tz, ICAL_TZID_PROPERTY))
            p.timeZoneIds.append(ical::text(icalproperty_get_tzid(id)));

    auto resolve = [&](icalcomponent *ev, icalproperty_kind kind) -> QDateTime {
        icalproperty *prop = icalcomponent_get_first_property(ev, kind);
        if (!prop)
            return {};
        const icaltimetype raw
            = kind == ICAL_DTSTART_PROPERTY ? icalproperty_get_dtstart(prop) : icalproperty_get_dtend(prop);
        if (icaltime_is_utc(raw))
            return ical::toUtc(raw);
        icalparameter *tzParam = icalproperty_get_first_parameter(prop, ICAL_TZID_PARAMETER);
        if (!tzParam) {
            fail(QStringLiteral("a floating time (no TZID, no Z): ") + ical::text(icaltime_as_ical_string(raw)));
            return {};
        }
        const QString tz = ical::text(icalparameter_get_tzid(tzParam));
        if (!p.referencedZones.contains(tz))
            p.referencedZones.append(tz);
        // The file's own VTIMEZONE, never the system database.
        icaltimezone *zone = icalcomponent_get_timezone(cal.get(), tz.toUtf8().constData());
        if (!zone) {
            fail(QStringLiteral("TZID %1 has no VTIMEZONE").arg(tz));
            return {};
        }
        icaltimetype t = raw;
        t.zone = zone;
        return ical::toUtc(t);
    };
    for (icalcomponent *ev = icalcomponent_get_first_component(cal.get(), ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal.get(), ICAL_VEVENT_COMPONENT)) {
        CalendarEvent e;
        e.uid = ical::text(icalcomponent_get_uid(ev));
        icalproperty *stamp = icalcomponent_get_first_property(ev, ICAL_DTSTAMP_PROPERTY);
        const bool stamped = stamp && icaltime_is_utc(icalproperty_get_dtstamp(stamp));
        e.startUtc = resolve(ev, ICAL_DTSTART_PROPERTY);
        e.endUtc = resolve(ev, ICAL_DTEND_PROPERTY);
        e.summary = ical::text(icalcomponent_get_summary(ev));
        e.description = ical::text(icalcomponent_get_description(ev));
        e.location = ical::text(icalcomponent_get_location(ev));
        if (icalproperty *url = icalcomponent_get_first_property(ev, ICAL_URL_PROPERTY))
            e.url = ical::text(icalproperty_get_url(url));
        if (icalcomponent_get_first_property(ev, ICAL_STATUS_PROPERTY))
            e.status = ical::text(icalproperty_status_to_string(icalcomponent_get_status(ev)));
        if (icalproperty *lm = icalcomponent_get_first_property(ev, ICAL_LASTMODIFIED_PROPERTY))
            e.lastModifiedUtc = ical::toUtc(icalproperty_get_lastmodified(lm));
        if (e.uid.isEmpty() || !stamped || !e.startUtc.isValid())
            fail(QStringLiteral("a VEVENT lacks UID, a UTC DTSTAMP or DTSTART"));
        if (e.endUtc.isValid() && e.endUtc <= e.startUtc)
            fail(QStringLiteral("a VEVENT ends before it starts"));
        p.events.append(e);
    }
    return p;
}

} // namespace tutorhub::models
