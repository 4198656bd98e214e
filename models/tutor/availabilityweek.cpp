#include "availabilityweek.h"

#include "models/format.h"

namespace tutorhub::models::tutor {

namespace {
const char *const kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
}

QString dayOfWeekName(const QDate &date)
{
    return QLatin1String(kDays[date.dayOfWeek() - 1]);
}

QList<AvailabilityOccurrence> occurrencesInWeek(const QList<QJsonObject> &windows, const QDate &monday,
                                                const QTimeZone &displayZone)
{
    const QDateTime weekStart = QDateTime(monday, QTime(0, 0), displayZone).toUTC();
    const QDateTime weekEnd = QDateTime(monday.addDays(7), QTime(0, 0), displayZone).toUTC();
    QList<AvailabilityOccurrence> out;
    for (const QJsonObject &w : windows) {
        if (w.contains(QLatin1String("isActive")) && !Format::flag(w, "isActive"))
            continue;
        QByteArray zoneId = Format::str(w, "timeZone").toUtf8();
        // A window without our timeZone extension (a documented availability, C54) is in the viewer's zone:
        // the tutor's own, on the tutor's pages.
        const QTimeZone zone = zoneId.isEmpty() ? displayZone : QTimeZone(zoneId);
        const QTime start = QTime::fromString(Format::str(w, "startTime"), QStringLiteral("HH:mm"));
        const QTime end = QTime::fromString(Format::str(w, "endTime"), QStringLiteral("HH:mm"));
        if (!zone.isValid() || !start.isValid() || !end.isValid() || end <= start)
            continue;
        const bool recurring = Format::flag(w, "isRecurring");
        const QDate specific = QDate::fromString(Format::str(w, "specificDate").left(10), Qt::ISODate);
        // The window's own dates around the display week (zones differ by up to a day).
        for (QDate d = monday.addDays(-1); d <= monday.addDays(7); d = d.addDays(1)) {
            if (recurring ? dayOfWeekName(d) != Format::str(w, "dayOfWeek") : d != specific)
                continue;
            AvailabilityOccurrence o;
            o.id = Format::str(w, "id");
            o.startUtc = QDateTime(d, start, zone).toUTC();
            o.endUtc = QDateTime(d, end, zone).toUTC();
            o.recurring = recurring;
            o.teachingMode = Format::str(w, "teachingMode");
            if (o.endUtc > o.startUtc && o.endUtc > weekStart && o.startUtc < weekEnd)
                out.append(o);
        }
    }
    std::sort(out.begin(), out.end(), [](const AvailabilityOccurrence &a, const AvailabilityOccurrence &b) {
        return a.startUtc < b.startUtc || (a.startUtc == b.startUtc && a.id < b.id);
    });
    return out;
}

QJsonObject windowFields(const QDateTime &startUtc, const QDateTime &endUtc, const QTimeZone &zone, bool recurring,
                         const QString &teachingMode)
{
    const QDateTime a = startUtc.toTimeZone(zone);
    QDateTime b = endUtc.toTimeZone(zone);
    if (!a.isValid() || !b.isValid() || b <= a)
        return {};
    QString endText = b.time().toString(QStringLiteral("HH:mm"));
    if (b.date() != a.date()) {
        // Ending exactly at midnight is "24:00" in words but the contract has HH:mm of one day.
        if (b.date() == a.date().addDays(1) && b.time() == QTime(0, 0))
            endText = QStringLiteral("23:59");
        else
            return {};
    }
    QJsonObject o {
        {QStringLiteral("dayOfWeek"), dayOfWeekName(a.date())},
        {QStringLiteral("startTime"), a.time().toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("endTime"), endText},
        {QStringLiteral("isRecurring"), recurring},
        {QStringLiteral("teachingMode"), teachingMode},
        {QStringLiteral("timeZone"), QString::fromUtf8(zone.id())},
    };
    if (!recurring)
        o.insert(QStringLiteral("specificDate"), a.date().toString(Qt::ISODate));
    return o;
}

} // namespace tutorhub::models::tutor
