#include "slotplanner.h"

#include "../format.h"

#include <QStringList>
#include <QTime>

#include <map>

namespace tutorhub::models {

namespace {

// Index = QDate::dayOfWeek() % 7, as the server counts (sunday first).
const QStringList &dayNames()
{
    static const QStringList d {QStringLiteral("sunday"),    QStringLiteral("monday"),   QStringLiteral("tuesday"),
                                QStringLiteral("wednesday"), QStringLiteral("thursday"), QStringLiteral("friday"),
                                QStringLiteral("saturday")};
    return d;
}

QTime hhmm(const QString &s)
{
    return QTime::fromString(s.left(5), QStringLiteral("HH:mm"));
}

} // namespace

QList<PlannedLesson> plannedLessons(const QList<QJsonObject> &windows, const QDate &from, const QDate &to,
                                    int durationMinutes, const QTimeZone &tutorZone)
{
    std::map<qint64, PlannedLesson> byStart;
    if (durationMinutes <= 0 || !from.isValid() || !to.isValid())
        return {};
    for (const QJsonObject &w : windows) {
        if (!w.value(QStringLiteral("isActive")).toBool(true))
            continue;
        const QByteArray zoneId = Format::str(w, "timeZone").toUtf8();
        QTimeZone zone = zoneId.isEmpty() ? QTimeZone() : QTimeZone(zoneId); // QTimeZone("") is not invalid
        if (!zone.isValid())
            zone = tutorZone.isValid() ? tutorZone : QTimeZone::systemTimeZone();
        const QTime start = hhmm(Format::str(w, "startTime"));
        const QTime end = hhmm(Format::str(w, "endTime"));
        if (!start.isValid() || !end.isValid())
            continue;
        const bool recurring = Format::flag(w, "isRecurring");
        const QDate specific = QDate::fromString(Format::str(w, "specificDate").left(10), Qt::ISODate);
        const qsizetype day = dayNames().indexOf(Format::str(w, "dayOfWeek").toLower());
        const int first = start.msecsSinceStartOfDay() / 60000;
        const int last = end.msecsSinceStartOfDay() / 60000;
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            if (recurring ? (d.dayOfWeek() % 7 != day) : (d != specific))
                continue;
            for (int m = first; m + durationMinutes <= last; m += durationMinutes) {
                const QTime t = QTime(0, 0).addSecs(m * 60);
                const QDateTime local(d, t, zone);
                if (!local.isValid() || local.date() != d || local.time() != t)
                    continue; // inside a spring-forward gap: that time does not exist
                QDateTime utc = local.toUTC();
                const QDateTime earlier = utc.addSecs(-3600).toTimeZone(zone);
                if (earlier.date() == d && earlier.time() == t)
                    utc = utc.addSecs(-3600); // a repeated time: its first occurrence
                byStart.emplace(utc.toMSecsSinceEpoch(), PlannedLesson {utc, Format::str(w, "teachingMode")});
            }
        }
    }
    QList<PlannedLesson> out;
    for (const auto &kv : byStart)
        out.append(kv.second);
    return out;
}

QList<PlannedLesson> withoutConflicts(const QList<PlannedLesson> &planned, int durationMinutes,
                                      const QList<QJsonObject> &existing, const QDateTime &now, int *skipped,
                                      const QList<tutor::BusyTime> &busyTimes)
{
    QList<QPair<QDateTime, QDateTime>> busy;
    for (const tutor::BusyTime &b : busyTimes)
        busy.append({b.startUtc, b.endUtc});
    for (const QJsonObject &s : existing) {
        if (!s.value(QStringLiteral("isActive")).toBool(true) || Format::str(s, "status") == QLatin1String("canceled"))
            continue;
        const QDateTime a = Format::slotStart(s);
        const QDateTime b = Format::slotEnd(s);
        if (a.isValid() && b.isValid())
            busy.append({a, b});
    }
    QList<PlannedLesson> out;
    int left = 0;
    for (const PlannedLesson &p : planned) {
        const QDateTime end = p.startUtc.addSecs(60LL * durationMinutes);
        bool clash = p.startUtc <= now;
        for (qsizetype i = 0; !clash && i < busy.size(); ++i)
            clash = p.startUtc < busy[i].second && end > busy[i].first;
        if (clash) {
            ++left;
            continue;
        }
        busy.append({p.startUtc, end});
        out.append(p);
    }
    if (skipped)
        *skipped = left;
    return out;
}

} // namespace tutorhub::models
