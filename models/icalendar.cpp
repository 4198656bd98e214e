#include "icalendar.h"

#include "format.h"
#include "labels.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace tutorhub::models {

namespace {

const QByteArray kCrlf = QByteArrayLiteral("\r\n");
constexpr int kMaxOctets = 75;

QString utcStamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString localStamp(const QDateTime &local)
{
    return local.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int a = std::abs(seconds);
    QString text = QStringLiteral("%1%2%3").arg(sign).arg(a / 3600, 2, 10, QLatin1Char('0')).arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (a % 60)
        text += QStringLiteral("%1").arg(a % 60, 2, 10, QLatin1Char('0'));
    return text;
}

int parseOffset(const QString &text, bool *ok)
{
    *ok = false;
    if (text.size() != 5 && text.size() != 7)
        return 0;
    const int sign = text.at(0) == QLatin1Char('-') ? -1 : 1;
    if (text.at(0) != QLatin1Char('+') && text.at(0) != QLatin1Char('-'))
        return 0;
    bool a = false, b = false, c = true;
    const int h = text.mid(1, 2).toInt(&a);
    const int m = text.mid(3, 2).toInt(&b);
    const int s = text.size() == 7 ? text.mid(5, 2).toInt(&c) : 0;
    *ok = a && b && c;
    return sign * (h * 3600 + m * 60 + s);
}

void addLine(QByteArray &out, const QString &line)
{
    out += ICalendar::foldLine(line.toUtf8());
}

// A zone that is UTC all the time (UTC, Etc/UTC, Africa/Abidjan...) is written as UTC times.
bool isUtc(const QTimeZone &zone)
{
    const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc());
    return zone.offsetFromUtc(from) == 0 && zone.transitions(from, to).isEmpty();
}

QDateTime parseLocal(const QString &value)
{
    QString v = value;
    const bool utc = v.endsWith(QLatin1Char('Z'));
    if (utc)
        v.chop(1);
    // The wall clock, read as if UTC (callers shift it). Never through the system zone: a wall-clock time that
    // the system zone skips (a DAYLIGHT onset's DTSTART in Europe/Berlin is 02:00 on the spring-forward day)
    // would not exist there.
    const QDate d = QDate::fromString(v.left(8), QStringLiteral("yyyyMMdd"));
    if (v.size() == 8)
        return d.isValid() ? QDateTime(d, QTime(0, 0), QTimeZone::utc()) : QDateTime();
    const QTime t = v.size() == 15 && v.at(8) == QLatin1Char('T') ? QTime::fromString(v.mid(9), QStringLiteral("HHmmss")) : QTime();
    return d.isValid() && t.isValid() ? QDateTime(d, t, QTimeZone::utc()) : QDateTime();
}

struct Onset
{
    QDateTime utc;
    int offsetTo = 0;
};

} // namespace

QString ICalendar::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char(';'))
            out += QStringLiteral("\\;");
        else if (c == QLatin1Char(','))
            out += QStringLiteral("\\,");
        else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QString ICalendar::unescapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar n = text.at(++i);
            out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray ICalendar::foldLine(const QByteArray &line)
{
    QByteArray out;
    int start = 0;
    bool first = true;
    while (start < line.size()) {
        const int room = first ? kMaxOctets : kMaxOctets - 1; // continuation lines start with a space
        int end = std::min<int>(start + room, int(line.size()));
        // Never split a UTF-8 sequence: back up while the next octet is a continuation byte.
        while (end < line.size() && end > start && (uchar(line.at(end)) & 0xC0) == 0x80)
            --end;
        if (!first)
            out += ' ';
        out += line.mid(start, end - start);
        out += kCrlf;
        start = end;
        first = false;
    }
    if (line.isEmpty())
        out += kCrlf;
    return out;
}

QByteArray ICalendar::timeZoneComponent(const QTimeZone &zone, int fromYear, int toYear)
{
    QByteArray out;
    addLine(out, QStringLiteral("BEGIN:VTIMEZONE"));
    addLine(out, QStringLiteral("TZID:") + QString::fromUtf8(zone.id()));
    const QDateTime from(QDate(fromYear, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(toYear + 1, 1, 1), QTime(0, 0), QTimeZone::utc());
    QTimeZone::OffsetDataList list;
    const QTimeZone::OffsetData before = zone.previousTransition(from);
    if (before.atUtc.isValid())
        list.append(before);
    list += zone.transitions(from, to);
    auto component = [&](const QTimeZone::OffsetData &t, int offsetFrom) {
        const bool daylight = t.daylightTimeOffset != 0;
        const QString kind = daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        addLine(out, QStringLiteral("BEGIN:") + kind);
        // DTSTART of an onset is the local time just before it (in the old offset, RFC 5545 3.6.5).
        addLine(out, QStringLiteral("DTSTART:") + localStamp(t.atUtc.toUTC().addSecs(offsetFrom)));
        addLine(out, QStringLiteral("TZOFFSETFROM:") + offsetText(offsetFrom));
        addLine(out, QStringLiteral("TZOFFSETTO:") + offsetText(t.offsetFromUtc));
        if (!t.abbreviation.isEmpty())
            addLine(out, QStringLiteral("TZNAME:") + escapeText(t.abbreviation));
        addLine(out, QStringLiteral("END:") + kind);
    };
    if (list.isEmpty()) {
        QTimeZone::OffsetData fixed;
        fixed.atUtc = QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());
        fixed.offsetFromUtc = zone.offsetFromUtc(from);
        fixed.standardTimeOffset = fixed.offsetFromUtc;
        fixed.daylightTimeOffset = 0;
        fixed.abbreviation = zone.abbreviation(from);
        component(fixed, fixed.offsetFromUtc);
    } else {
        for (int i = 0; i < list.size(); ++i) {
            const QTimeZone::OffsetData &t = list.at(i);
            const int offsetFrom = i > 0 ? list.at(i - 1).offsetFromUtc
                                         : zone.offsetFromUtc(t.atUtc.addSecs(-1));
            component(t, offsetFrom);
        }
    }
    addLine(out, QStringLiteral("END:VTIMEZONE"));
    return out;
}

QByteArray ICalendar::build(const QList<CalendarEvent> &events, const QTimeZone &requested, const QDateTime &stampUtc)
{
    const QTimeZone zone = requested.isValid() ? requested : Format::displayZone();
    const bool utc = !zone.isValid() || isUtc(zone);
    QByteArray out;
    addLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    addLine(out, QStringLiteral("VERSION:2.0"));
    addLine(out, QStringLiteral("PRODID:-//TutorHub//TutorHub Desktop//EN"));
    addLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    addLine(out, QStringLiteral("METHOD:PUBLISH"));
    if (!utc) {
        addLine(out, QStringLiteral("X-WR-TIMEZONE:") + QString::fromUtf8(zone.id()));
        int first = QDate::currentDate().year(), last = first;
        for (const CalendarEvent &e : events) {
            first = std::min(first, e.startUtc.toTimeZone(zone).date().year());
            last = std::max(last, e.endUtc.toTimeZone(zone).date().year());
        }
        out += timeZoneComponent(zone, first, last);
    }
    const QString tzid = QStringLiteral(";TZID=") + QString::fromUtf8(zone.id());
    auto when = [&](const char *name, const QDateTime &t) {
        return utc ? QLatin1String(name) + QLatin1Char(':') + utcStamp(t)
                   : QLatin1String(name) + tzid + QLatin1Char(':') + localStamp(t.toTimeZone(zone));
    };
    for (const CalendarEvent &e : events) {
        if (!e.startUtc.isValid())
            continue;
        addLine(out, QStringLiteral("BEGIN:VEVENT"));
        addLine(out, QStringLiteral("UID:") + e.uid);
        addLine(out, QStringLiteral("DTSTAMP:") + utcStamp(stampUtc));
        addLine(out, when("DTSTART", e.startUtc));
        addLine(out, when("DTEND", e.endUtc.isValid() ? e.endUtc : e.startUtc.addSecs(3600)));
        addLine(out, QStringLiteral("SUMMARY:") + escapeText(e.summary));
        if (!e.description.isEmpty())
            addLine(out, QStringLiteral("DESCRIPTION:") + escapeText(e.description));
        if (!e.location.isEmpty())
            addLine(out, QStringLiteral("LOCATION:") + escapeText(e.location));
        if (!e.url.isEmpty())
            addLine(out, QStringLiteral("URL:") + e.url);
        if (!e.status.isEmpty())
            addLine(out, QStringLiteral("STATUS:") + e.status);
        if (e.lastModifiedUtc.isValid())
            addLine(out, QStringLiteral("LAST-MODIFIED:") + utcStamp(e.lastModifiedUtc));
        addLine(out, QStringLiteral("END:VEVENT"));
    }
    addLine(out, QStringLiteral("END:VCALENDAR"));
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
    if (!data.endsWith(kCrlf))
        fail(QStringLiteral("the data does not end with CRLF"));
    // Physical lines: every LF must be preceded by CR; each at most 75 octets.
    const QList<QByteArray> physical = data.split('\n');
    QList<QByteArray> logical;
    for (int i = 0; i < physical.size(); ++i) {
        QByteArray l = physical.at(i);
        if (i == physical.size() - 1) {
            if (!l.isEmpty())
                fail(QStringLiteral("the last line has no line end"));
            break;
        }
        if (!l.endsWith('\r'))
            fail(QStringLiteral("line %1 ends in LF without CR").arg(i + 1));
        else
            l.chop(1);
        if (l.size() > kMaxOctets)
            fail(QStringLiteral("line %1 is %2 octets long").arg(i + 1).arg(l.size()));
        if (!l.isEmpty() && (l.at(0) == ' ' || l.at(0) == '\t')) {
            if (logical.isEmpty())
                fail(QStringLiteral("the data starts with a continuation line"));
            else
                logical.last() += l.mid(1);
        } else {
            logical.append(l);
        }
    }
    struct Prop
    {
        QString name;
        QMap<QString, QString> params;
        QString value;
    };
    QStringList stack;
    QList<Prop> current;
    QHash<QString, QList<Onset>> onsets;
    QString zoneId;
    Prop onset;
    QList<QList<Prop>> vevents;
    bool version = false, prodid = false;
    for (const QByteArray &raw : qAsConst(logical)) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty())
            continue;
        // name *(";" param) ":" value — a colon inside a quoted parameter value does not end the name.
        int colon = -1;
        bool quoted = false;
        for (int i = 0; i < line.size(); ++i) {
            if (line.at(i) == QLatin1Char('"'))
                quoted = !quoted;
            else if (line.at(i) == QLatin1Char(':') && !quoted) {
                colon = i;
                break;
            }
        }
        if (colon <= 0) {
            fail(QStringLiteral("a line has no name: ") + line.left(40));
            continue;
        }
        Prop prop;
        const QStringList head = line.left(colon).split(QLatin1Char(';'));
        prop.name = head.first().toUpper();
        for (int i = 1; i < head.size(); ++i) {
            const int eq = head.at(i).indexOf(QLatin1Char('='));
            prop.params.insert(head.at(i).left(eq).toUpper(), head.at(i).mid(eq + 1));
        }
        prop.value = line.mid(colon + 1);
        if (prop.name == QLatin1String("BEGIN")) {
            stack.append(prop.value.toUpper());
            if (prop.value == QLatin1String("VEVENT"))
                current.clear();
            if (prop.value == QLatin1String("STANDARD") || prop.value == QLatin1String("DAYLIGHT"))
                current.clear();
            continue;
        }
        if (prop.name == QLatin1String("END")) {
            if (stack.isEmpty() || stack.last() != prop.value.toUpper()) {
                fail(QStringLiteral("END:%1 does not close %2").arg(prop.value, stack.value(stack.size() - 1)));
                continue;
            }
            stack.removeLast();
            if (prop.value == QLatin1String("VEVENT"))
                vevents.append(current);
            if (prop.value == QLatin1String("STANDARD") || prop.value == QLatin1String("DAYLIGHT")) {
                QString start, fromText, toText;
                for (const Prop &q : qAsConst(current)) {
                    if (q.name == QLatin1String("DTSTART"))
                        start = q.value;
                    else if (q.name == QLatin1String("TZOFFSETFROM"))
                        fromText = q.value;
                    else if (q.name == QLatin1String("TZOFFSETTO"))
                        toText = q.value;
                }
                bool a = false, b = false;
                const int from = parseOffset(fromText, &a);
                const int to = parseOffset(toText, &b);
                const QDateTime local = parseLocal(start);
                if (!a || !b || !local.isValid())
                    fail(QStringLiteral("a %1 component of %2 lacks DTSTART/TZOFFSETFROM/TZOFFSETTO").arg(prop.value, zoneId));
                else
                    onsets[zoneId].append({local.addSecs(-from), to});
            }
            continue;
        }
        if (stack.isEmpty()) {
            fail(QStringLiteral("a property outside VCALENDAR: ") + prop.name);
            continue;
        }
        if (stack.size() == 1) {
            version = version || (prop.name == QLatin1String("VERSION") && prop.value == QLatin1String("2.0"));
            prodid = prodid || prop.name == QLatin1String("PRODID");
        }
        if (stack.last() == QLatin1String("VTIMEZONE") && prop.name == QLatin1String("TZID")) {
            zoneId = prop.value;
            p.timeZoneIds.append(zoneId);
        }
        current.append(prop);
    }
    if (!stack.isEmpty())
        fail(QStringLiteral("unclosed component ") + stack.last());
    if (!version || !prodid)
        fail(QStringLiteral("VERSION:2.0 or PRODID missing"));
    for (auto it = onsets.begin(); it != onsets.end(); ++it)
        std::sort(it->begin(), it->end(), [](const Onset &a, const Onset &b) { return a.utc < b.utc; });

    auto resolve = [&](const Prop &prop) -> QDateTime {
        const QDateTime wall = parseLocal(prop.value);
        if (!wall.isValid())
            return {};
        if (prop.value.endsWith(QLatin1Char('Z')))
            return wall;
        const QString tz = prop.params.value(QStringLiteral("TZID"));
        if (tz.isEmpty()) {
            fail(QStringLiteral("a floating time (no TZID, no Z): ") + prop.value);
            return {};
        }
        if (!p.referencedZones.contains(tz))
            p.referencedZones.append(tz);
        const QList<Onset> list = onsets.value(tz);
        if (list.isEmpty()) {
            fail(QStringLiteral("TZID %1 has no VTIMEZONE").arg(tz));
            return {};
        }
        for (int i = int(list.size()) - 1; i >= 0; --i) {
            const QDateTime utc = wall.addSecs(-list.at(i).offsetTo);
            if (utc >= list.at(i).utc)
                return utc;
        }
        return wall.addSecs(-list.first().offsetTo);
    };
    for (const QList<Prop> &props : qAsConst(vevents)) {
        CalendarEvent e;
        bool stamp = false;
        for (const Prop &q : props) {
            if (q.name == QLatin1String("UID"))
                e.uid = q.value;
            else if (q.name == QLatin1String("DTSTAMP"))
                stamp = q.value.endsWith(QLatin1Char('Z')) && parseLocal(q.value).isValid();
            else if (q.name == QLatin1String("DTSTART"))
                e.startUtc = resolve(q);
            else if (q.name == QLatin1String("DTEND"))
                e.endUtc = resolve(q);
            else if (q.name == QLatin1String("SUMMARY"))
                e.summary = unescapeText(q.value);
            else if (q.name == QLatin1String("DESCRIPTION"))
                e.description = unescapeText(q.value);
            else if (q.name == QLatin1String("LOCATION"))
                e.location = unescapeText(q.value);
            else if (q.name == QLatin1String("URL"))
                e.url = q.value;
            else if (q.name == QLatin1String("STATUS"))
                e.status = q.value;
        }
        if (e.uid.isEmpty() || !stamp || !e.startUtc.isValid())
            fail(QStringLiteral("a VEVENT lacks UID, a UTC DTSTAMP or DTSTART"));
        if (e.endUtc.isValid() && e.endUtc <= e.startUtc)
            fail(QStringLiteral("a VEVENT ends before it starts"));
        p.events.append(e);
    }
    return p;
}

} // namespace tutorhub::models
