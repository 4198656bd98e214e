// RFC 5545 iCalendar export of lessons (tutor and student workspaces) and a reader used to check the
// output (tests, import round trips), both through libical (Debian libical-dev; decision U1).
//
// - Times are written as local times with TZID of the zone the user sees (Format::displayZone()); the
//   zone's VTIMEZONE is libical's builtin one (from the system zone database, under the plain IANA id);
//   a UTC zone, or one libical does not know, is written as UTC times ("Z") without VTIMEZONE.
// - libical writes the lines (CRLF, folded at 75 octets), escapes TEXT values and the structure; every
//   event has UID and DTSTAMP.
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
    QString uid; // stable: "<slot id>@tutorhub" (a re-import updates instead of duplicating)
    QDateTime startUtc;
    QDateTime endUtc;
    QString summary;
    QString description;
    QString location;
    QString url; // meeting link
    QString status; // CONFIRMED | TENTATIVE | CANCELLED (empty: not written)
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

    // --- reading back ------------------------------------------------------------------------------
    struct Parsed
    {
        QList<CalendarEvent> events;
        QStringList timeZoneIds; // TZIDs defined by VTIMEZONE components
        QStringList referencedZones; // TZIDs used by DTSTART/DTEND
        QString error; // first violation found (empty: well-formed)
        bool ok() const { return error.isEmpty(); }
    };
    // Parses with libical (icalparser) and checks what importers need: CRLF line ends and the 75-octet
    // limit (byte checks libical does not make), no parse errors, VERSION/PRODID, UID/DTSTAMP/DTSTART per
    // VEVENT and that every referenced TZID has a VTIMEZONE; local times are resolved by libical with the
    // file's own VTIMEZONE (not the system zone database). Floating times are an error.
    static Parsed parse(const QByteArray &data);
};

} // namespace tutorhub::models
