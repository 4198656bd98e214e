// RFC 5545 iCalendar export of lessons (tutor and student workspaces) and a small reader used to check
// the output (tests, import round trips).
//
// - Times are written as local times with TZID of the zone the user sees (Format::displayZone()),
//   each zone used gets a VTIMEZONE with its real transitions over the years of the events (explicit
//   STANDARD/DAYLIGHT onsets, no RRULE, so no importer has to guess a rule); a UTC zone is written as
//   UTC times ("Z") without VTIMEZONE. Google Calendar, Outlook and Thunderbird import both forms.
// - Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 sequence; TEXT values
//   escape backslash, semicolon, comma and newlines; every event has UID and DTSTAMP.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace tutorhub::models {

struct CalendarEvent
{
    QString uid;          // stable: "<slot id>@tutorhub" (a re-import updates instead of duplicating)
    QDateTime startUtc;
    QDateTime endUtc;
    QString summary;
    QString description;
    QString location;
    QString url;          // meeting link
    QString status;       // CONFIRMED | TENTATIVE | CANCELLED (empty: not written)
    QDateTime lastModifiedUtc;
};

class ICalendar
{
public:
    // The whole VCALENDAR. `zone`: the zone times are written in (invalid: the display zone).
    static QByteArray build(const QList<CalendarEvent> &events, const QTimeZone &zone = {},
                            const QDateTime &stampUtc = QDateTime::currentDateTimeUtc());

    // One lesson slot (its time through Format::slotStart/slotEnd, C51; status, meetLink, location*, coursePack join,
    // student join) as an event; `perspective` "tutor" names the student, "student" the pack's tutor.
    static CalendarEvent fromLessonSlot(const QJsonObject &slot, const QString &perspective);

    // --- building blocks (public for tests) ------------------------------------------------------
    static QString escapeText(const QString &text);
    static QString unescapeText(const QString &text);
    // "NAME;PARAM=x:value" -> folded octets ending in CRLF.
    static QByteArray foldLine(const QByteArray &line);
    // VTIMEZONE of `zone` covering the years [fromYear, toYear].
    static QByteArray timeZoneComponent(const QTimeZone &zone, int fromYear, int toYear);

    // --- reading back ------------------------------------------------------------------------------
    struct Parsed
    {
        QList<CalendarEvent> events;
        QStringList timeZoneIds;     // TZIDs defined by VTIMEZONE components
        QStringList referencedZones; // TZIDs used by DTSTART/DTEND
        QString error;               // first violation found (empty: well-formed)
        bool ok() const { return error.isEmpty(); }
    };
    // Checks CRLF line ends, the 75-octet limit, BEGIN/END nesting, VERSION/PRODID, UID/DTSTAMP/
    // DTSTART per VEVENT and that every referenced TZID has a VTIMEZONE; local times are resolved
    // with the file's own VTIMEZONE offsets (not the system zone database).
    static Parsed parse(const QByteArray &data);
};

} // namespace tutorhub::models
