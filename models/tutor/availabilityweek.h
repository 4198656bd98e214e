// Availability windows (D33: wall-clock HH:mm in the window's IANA zone, weekly or on one date) laid
// out on a week of the display zone, and the reverse: the fields of a window drawn on the week grid.
// Each occurrence is computed from its own date in its own zone, so a window keeps its wall-clock
// time across daylight-saving changes (09:00 Berlin is 08:00 UTC in winter and 07:00 UTC in summer).
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>

namespace tutorhub::models::tutor {

struct AvailabilityOccurrence
{
    QString id; // the window's id
    QDateTime startUtc;
    QDateTime endUtc;
    bool recurring = true;
    QString teachingMode;
    bool operator==(const AvailabilityOccurrence &o) const
    {
        return id == o.id && startUtc == o.startUtc && endUtc == o.endUtc;
    }
};

// The week [monday 00:00, next monday 00:00) in `displayZone`. A window whose wall-clock start does
// not exist on a date (spring forward) is shifted by Qt to the first valid time; one that ends before
// it starts is skipped.
QList<AvailabilityOccurrence> occurrencesInWeek(const QList<QJsonObject> &windows, const QDate &monday,
                                                const QTimeZone &displayZone);

// "monday".."sunday" of a date (the contract's dayOfWeek, sunday = 0).
QString dayOfWeekName(const QDate &date);

// The request body of a window from a range drawn on the grid (times read in `zone`, the tutor's
// zone). Recurring: dayOfWeek from the local start date; else specificDate. Empty when the range
// crosses midnight in `zone` or is empty.
QJsonObject windowFields(const QDateTime &startUtc, const QDateTime &endUtc, const QTimeZone &zone, bool recurring,
                         const QString &teachingMode);

} // namespace tutorhub::models::tutor
