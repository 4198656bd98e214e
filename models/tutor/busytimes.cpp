#include "busytimes.h"

#include "../format.h"
#include "../icalsupport.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace tutorhub::models::tutor {

namespace {

// Occurrences tried per recurrence rule before giving up on it (a FREQ=MINUTELY rule since 1970).
constexpr int kMaxRuleSteps = 200000;

struct Reader
{
    icalcomponent *calendar = nullptr;
    QTimeZone tutorZone;
    QDateTime rangeStart, rangeEnd; // UTC
    QDate lastDate; // `to` + 1: no recurrence is followed beyond it
    QList<BusyTime> busy;
    QSet<QString> seen; // start/end pairs already taken
    int skipped = 0;
    bool tooMany = false;
    QString error;

    // The zone of a DATE-TIME property: the file's VTIMEZONE of its TZID, else libical's builtin zone of
    // that name; null for UTC and floating times. `unknown` is set for a TZID nobody knows.
    icaltimezone *zoneOf(icalproperty *prop, bool *unknown) const
    {
        *unknown = false;
        icalparameter *param = prop ? icalproperty_get_first_parameter(prop, ICAL_TZID_PARAMETER) : nullptr;
        if (!param)
            return nullptr;
        const char *tzid = icalparameter_get_tzid(param);
        icaltimezone *zone = icalcomponent_get_timezone(calendar, tzid);
        if (!zone)
            zone = icaltimezone_get_builtin_timezone(tzid);
        if (!zone && tzid && tzid[0] == '/')
            zone = icaltimezone_get_builtin_timezone_from_tzid(tzid);
        *unknown = !zone;
        return zone;
    }

    QDateTime dayStart(const QDate &d) const { return QDateTime(d, QTime(0, 0), tutorZone).toUTC(); }

    // The instant of a (wall-clock) time in `zone` (null: UTC if marked so, else floating = tutor's zone).
    QDateTime instant(icaltimetype t, icaltimezone *zone) const
    {
        if (!icaltime_is_utc(t))
            t.zone = zone;
        return ical::toUtc(t, tutorZone);
    }

    void add(const QDateTime &start, const QDateTime &end, const QString &title, const QString &uid, bool allDay)
    {
        if (!start.isValid() || !end.isValid() || end <= start || end <= rangeStart || start >= rangeEnd)
            return;
        const QString key = Format::toIsoUtc(start) + QLatin1Char('/') + Format::toIsoUtc(end);
        if (seen.contains(key))
            return;
        if (busy.size() >= kMaxBusyTimes) {
            tooMany = true;
            return;
        }
        seen.insert(key);
        BusyTime b;
        b.startUtc = start;
        b.endUtc = end;
        b.title = title;
        b.sourceUid = (uid.isEmpty() ? QStringLiteral("busy") : uid) + QLatin1Char('/') + Format::toIsoUtc(start);
        b.allDay = allDay;
        busy.append(b);
    }

    static QString key(const icaltimetype &t)
    {
        return ical::text(icaltime_as_ical_string(t)).left(15); // the wall clock (or date), without "Z"
    }

    void event(icalcomponent *ev, const QSet<QString> &overridden)
    {
        if (icalcomponent_get_status(ev) == ICAL_STATUS_CANCELLED) {
            ++skipped;
            return;
        }
        if (icalproperty *transp = icalcomponent_get_first_property(ev, ICAL_TRANSP_PROPERTY);
            transp && icalproperty_get_transp(transp) == ICAL_TRANSP_TRANSPARENT) {
            ++skipped;
            return;
        }
        icalproperty *startProp = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
        const QString uid = ical::text(icalcomponent_get_uid(ev));
        const QString title = ical::text(icalcomponent_get_summary(ev));
        if (!startProp) {
            error = QCoreApplication::translate(
                        "tutorhub::models::BusyTimes",
                        "An event in the file (“%1”) has no start time, so the file cannot be read. Export it again "
                        "from your calendar program.")
                        .arg(title.isEmpty() ? uid : title);
            return;
        }
        const icaltimetype start = icalproperty_get_dtstart(startProp);
        bool unknown = false;
        icaltimezone *zone = zoneOf(startProp, &unknown);
        if (icaltime_is_null_time(start) || !icaltime_is_valid_time(start) || unknown) {
            error = unknown
                        ? QCoreApplication::translate(
                              "tutorhub::models::BusyTimes",
                              "The event “%1” uses a time zone the file does not describe (%2). Export the calendar "
                              "again with its time zones included.")
                              .arg(title.isEmpty() ? uid : title,
                                   ical::text(icalparameter_get_tzid(
                                       icalproperty_get_first_parameter(startProp, ICAL_TZID_PARAMETER))))
                        : QCoreApplication::translate(
                              "tutorhub::models::BusyTimes",
                              "The event “%1” has a start time that cannot be read. Export the calendar again from "
                              "your calendar program.")
                              .arg(title.isEmpty() ? uid : title);
            return;
        }
        // The length: DTEND (exact, RFC 5545 3.8.5.3), else DURATION, else one day for a date, none otherwise.
        const bool allDay = start.is_date;
        qint64 exactSecs = -1;
        int days = 1;
        icaldurationtype nominal = icaldurationtype_null_duration();
        if (icalproperty *endProp = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY)) {
            const icaltimetype end = icalproperty_get_dtend(endProp);
            bool endUnknown = false;
            icaltimezone *endZone = zoneOf(endProp, &endUnknown);
            if (allDay)
                days = int(QDate(start.year, start.month, start.day).daysTo(QDate(end.year, end.month, end.day)));
            else
                exactSecs = instant(start, zone).secsTo(instant(end, endUnknown ? zone : endZone));
        } else if (icalproperty *dur = icalcomponent_get_first_property(ev, ICAL_DURATION_PROPERTY)) {
            nominal = icalproperty_get_duration(dur);
            if (allDay)
                days = std::max(1, icaldurationtype_as_int(nominal) / 86400);
        } else if (!allDay) {
            return; // a moment (a reminder), not a block of time: not busy, and not "cancelled or free" either
        }
        auto occurrence = [&](const icaltimetype &at) {
            if (overridden.contains(uid + QLatin1Char('/') + key(at)))
                return;
            if (allDay || at.is_date) {
                const QDate d(at.year, at.month, at.day);
                add(dayStart(d), dayStart(d.addDays(std::max(1, days))), title, uid, true);
                return;
            }
            const QDateTime s = instant(at, zone);
            QDateTime e;
            if (exactSecs >= 0)
                e = s.addSecs(exactSecs);
            else
                e = instant(icaltime_add(at, nominal), zone);
            add(s, e, title, uid, false);
        };
        QSet<QString> excluded;
        for (icalproperty *ex = icalcomponent_get_first_property(ev, ICAL_EXDATE_PROPERTY); ex;
             ex = icalcomponent_get_next_property(ev, ICAL_EXDATE_PROPERTY)) {
            bool exUnknown = false;
            icaltimezone *exZone = zoneOf(ex, &exUnknown);
            const icaltimetype t = icalproperty_get_exdate(ex);
            // Compared as wall-clock times of the event's zone (an EXDATE in UTC or another zone is converted).
            if (!t.is_date && zone && (icaltime_is_utc(t) || (exZone && exZone != zone)))
                excluded.insert(key(ical::fromUtc(instant(t, exZone), zone)));
            else
                excluded.insert(key(t));
        }
        bool recurring = false;
        for (icalproperty *rule = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY); rule;
             rule = icalcomponent_get_next_property(ev, ICAL_RRULE_PROPERTY)) {
            recurring = true;
            icalrecur_iterator *it = icalrecur_iterator_new(icalproperty_get_rrule(rule), start);
            if (!it) {
                error = QCoreApplication::translate(
                            "tutorhub::models::BusyTimes",
                            "The repeat rule of the event “%1” cannot be read. Export the calendar again from your "
                            "calendar program.")
                            .arg(title.isEmpty() ? uid : title);
                return;
            }
            int steps = 0;
            for (icaltimetype t = icalrecur_iterator_next(it);
                 !icaltime_is_null_time(t) && steps < kMaxRuleSteps && !tooMany;
                 t = icalrecur_iterator_next(it), ++steps) {
                if (QDate(t.year, t.month, t.day) > lastDate)
                    break;
                if (!excluded.contains(key(t)))
                    occurrence(t);
            }
            icalrecur_iterator_free(it);
        }
        for (icalproperty *rdate = icalcomponent_get_first_property(ev, ICAL_RDATE_PROPERTY); rdate;
             rdate = icalcomponent_get_next_property(ev, ICAL_RDATE_PROPERTY)) {
            recurring = true;
            const icaldatetimeperiodtype v = icalproperty_get_rdate(rdate);
            const icaltimetype t = icaltime_is_null_time(v.time) ? v.period.start : v.time;
            if (!icaltime_is_null_time(t) && !excluded.contains(key(t)))
                occurrence(t);
        }
        if (recurring && !excluded.contains(key(start)))
            occurrence(start); // DTSTART is always the first instance (RFC 5545 3.8.5.3)
        if (!recurring)
            occurrence(start);
    }

    void freeBusy(icalcomponent *fb)
    {
        const QString uid = ical::text(icalcomponent_get_uid(fb));
        for (icalproperty *p = icalcomponent_get_first_property(fb, ICAL_FREEBUSY_PROPERTY); p;
             p = icalcomponent_get_next_property(fb, ICAL_FREEBUSY_PROPERTY)) {
            icalparameter *type = icalproperty_get_first_parameter(p, ICAL_FBTYPE_PARAMETER);
            if (type && icalparameter_get_fbtype(type) == ICAL_FBTYPE_FREE) {
                ++skipped;
                continue;
            }
            const icalperiodtype period = icalproperty_get_freebusy(p);
            const QDateTime s = instant(period.start, nullptr);
            const QDateTime e = icaltime_is_null_time(period.end)
                                    ? instant(icaltime_add(period.start, period.duration), nullptr)
                                    : instant(period.end, nullptr);
            add(s, e, QCoreApplication::translate("tutorhub::models::BusyTimes", "Busy"), uid, false);
        }
    }
};

QString fileError()
{
    return QCoreApplication::translate(
        "tutorhub::models::BusyTimes",
        "This file is not an iCalendar (.ics) file. Choose a file exported from a calendar program.");
}

} // namespace

BusyImport readBusyTimes(const QByteArray &ics, const QDate &from, const QDate &to, const QTimeZone &tutorZone)
{
    BusyImport out;
    if (ics.size() > kMaxIcsBytes) {
        out.error = QCoreApplication::translate(
                        "tutorhub::models::BusyTimes",
                        "The file is larger than %1 MB. Export a shorter period from your calendar program and import "
                        "that file.")
                        .arg(kMaxIcsBytes / (1024 * 1024));
        return out;
    }
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) >= kMaxImportDays) {
        out.error = QCoreApplication::translate(
                        "tutorhub::models::BusyTimes",
                        "Choose a range of dates that ends on or after its first day and spans at most %1 days.")
                        .arg(kMaxImportDays);
        return out;
    }
    QByteArray data = ics;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (!data.trimmed().startsWith("BEGIN:VCALENDAR")) {
        out.error = fileError();
        return out;
    }
    ical::Component root(icalparser_parse_string(data.constData()));
    if (!root) {
        out.error = fileError();
        return out;
    }
    QList<icalcomponent *> calendars;
    if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
        calendars << root.get();
    } else {
        for (icalcomponent *c = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT); c;
             c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            calendars << c;
    }
    if (calendars.isEmpty()) {
        out.error = fileError();
        return out;
    }
    Reader r;
    r.tutorZone = tutorZone.isValid() ? tutorZone : QTimeZone::systemTimeZone();
    r.rangeStart = r.dayStart(from);
    r.rangeEnd = r.dayStart(to.addDays(1));
    r.lastDate = to.addDays(1);
    for (icalcomponent *cal : calendars) {
        r.calendar = cal;
        // A component libical could not read (a broken line, END without BEGIN) carries X-LIC-ERROR.
        for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_ANY_COMPONENT); c;
             c = icalcomponent_get_next_component(cal, ICAL_ANY_COMPONENT)) {
            const icalcomponent_kind kind = icalcomponent_isa(c);
            if ((kind == ICAL_VEVENT_COMPONENT || kind == ICAL_VFREEBUSY_COMPONENT)
                && icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY)) {
                const QString detail = ical::text(
                    icalproperty_get_xlicerror(icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY)));
                out.error
                    = QCoreApplication::translate(
                          "tutorhub::models::BusyTimes",
                          "The file is damaged and cannot be read (%1). Export it again from your calendar program.")
                          .arg(detail);
                return out;
            }
        }
        // RECURRENCE-ID overrides replace one instance of their series.
        QSet<QString> overridden;
        for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
             ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
            if (icalproperty *rid = icalcomponent_get_first_property(ev, ICAL_RECURRENCEID_PROPERTY))
                overridden.insert(ical::text(icalcomponent_get_uid(ev)) + QLatin1Char('/')
                                  + Reader::key(icalproperty_get_recurrenceid(rid)));
        }
        for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev && r.error.isEmpty();
             ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
            const bool isOverride = icalcomponent_get_first_property(ev, ICAL_RECURRENCEID_PROPERTY) != nullptr;
            r.event(ev, isOverride ? QSet<QString>() : overridden);
        }
        for (icalcomponent *fb = icalcomponent_get_first_component(cal, ICAL_VFREEBUSY_COMPONENT);
             fb && r.error.isEmpty(); fb = icalcomponent_get_next_component(cal, ICAL_VFREEBUSY_COMPONENT))
            r.freeBusy(fb);
    }
    if (!r.error.isEmpty()) {
        out.error = r.error;
        return out;
    }
    if (r.tooMany) {
        out.error = QCoreApplication::translate(
                        "tutorhub::models::BusyTimes",
                        "The file has more than %1 busy times between these dates. Choose a shorter range of dates.")
                        .arg(kMaxBusyTimes);
        return out;
    }
    std::sort(r.busy.begin(), r.busy.end(), [](const BusyTime &a, const BusyTime &b) {
        return a.startUtc != b.startUtc ? a.startUtc < b.startUtc : a.endUtc < b.endUtc;
    });
    out.busy = r.busy;
    out.skipped = r.skipped;
    return out;
}

QJsonObject busyTimeJson(const BusyTime &b, const QString &tutorProfileId)
{
    QJsonObject o {{QStringLiteral("startsAt"), Format::toIsoUtc(b.startUtc)},
                   {QStringLiteral("endsAt"), Format::toIsoUtc(b.endUtc)},
                   {QStringLiteral("title"), b.title},
                   {QStringLiteral("sourceUid"), b.sourceUid},
                   {QStringLiteral("allDay"), b.allDay}};
    if (!b.id.isEmpty())
        o.insert(QStringLiteral("id"), b.id);
    if (!tutorProfileId.isEmpty())
        o.insert(QStringLiteral("tutorProfileId"), tutorProfileId);
    return o;
}

BusyTime busyTimeFromJson(const QJsonObject &o)
{
    BusyTime b;
    b.id = Format::str(o, "id");
    b.startUtc = Format::when(o, "startsAt");
    b.endUtc = Format::when(o, "endsAt");
    b.title = Format::str(o, "title");
    b.sourceUid = Format::str(o, "sourceUid");
    b.allDay = Format::flag(o, "allDay");
    return b;
}

bool alreadyStored(const BusyTime &b, const QList<BusyTime> &existing)
{
    return std::any_of(existing.begin(), existing.end(), [&](const BusyTime &e) {
        return (!b.sourceUid.isEmpty() && e.sourceUid == b.sourceUid)
               || (e.startUtc == b.startUtc && e.endUtc == b.endUtc);
    });
}

bool overlapsBusy(const QList<BusyTime> &busy, const QDateTime &startUtc, const QDateTime &endUtc)
{
    return std::any_of(busy.begin(), busy.end(),
                       [&](const BusyTime &b) { return startUtc < b.endUtc && endUtc > b.startUtc; });
}

} // namespace tutorhub::models::tutor
