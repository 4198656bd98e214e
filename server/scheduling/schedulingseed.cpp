// Demo schedules (--demo): weekly availability of Maria (Europe/Berlin) and James (Europe/London)
// and free lesson slots of their packs for the three weeks after today. Idempotent per tutor: a tutor
// with any availability window (or any slot) is left alone.
#include "scheduling/scheduling.h"

#include "catalog/catalog.h"
#include "core/util.h"

namespace tutorhub::server {

namespace {

struct DemoWindow
{
    const char *day;
    const char *start;
    const char *end;
    const char *mode;
};

struct DemoTutor
{
    const char *email;
    const char *zone;
    DemoWindow windows[3];
};

const DemoTutor kTutors[] = {
    {"maria.keller@tutorhub.local", "Europe/Berlin",
     {{"monday", "09:00", "12:00", "online"}, {"wednesday", "14:00", "18:00", "both"}, {"thursday", "16:00", "19:00", "online"}}},
    {"james.okafor@tutorhub.local", "Europe/London",
     {{"tuesday", "10:00", "13:00", "online"}, {"thursday", "09:00", "12:00", "both"}, {"saturday", "10:00", "12:00", "faceToFace"}}},
};

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

void seedSchedulingDemo(Repository &repo)
{
    QSqlDatabase db = repo.db();
    db.transaction();
    try {
        for (const DemoTutor &t : kTutors) {
            QSqlQuery q = repo.exec(QStringLiteral("SELECT tutorProfiles.id, users.id FROM tutorProfiles JOIN users ON users.id = tutorProfiles.tutorId "
                                                   "WHERE lower(users.email) = ?"),
                                    {s(t.email)});
            if (!q.next())
                continue;
            const QString profileId = q.value(0).toString();
            const QString userId = q.value(1).toString();
            if (repo.count(availabilitySchema(), QStringLiteral("tutorProfileId = ?"), {profileId}) > 0)
                continue;
            for (const DemoWindow &w : t.windows)
                repo.insert(availabilitySchema(),
                            {{QStringLiteral("tutorProfileId"), profileId},
                             {QStringLiteral("dayOfWeek"), s(w.day)},
                             {QStringLiteral("startTime"), s(w.start)},
                             {QStringLiteral("endTime"), s(w.end)},
                             {QStringLiteral("isRecurring"), 1},
                             {QStringLiteral("teachingMode"), s(w.mode)},
                             {QStringLiteral("timeZone"), s(t.zone)}},
                            userId);
            if (repo.count(lessonSlotSchema(), QStringLiteral("tutorProfileId = ?"), {profileId}) > 0)
                continue;
            const QList<QVariantMap> packs = repo.select(coursePackSchema(), QStringLiteral("tutorProfileId = ? AND isActive = 1"),
                                                         {profileId}, QStringLiteral("createdAt ASC, title ASC"));
            if (packs.isEmpty())
                continue;
            const QList<QVariantMap> windows = repo.select(availabilitySchema(), QStringLiteral("tutorProfileId = ? AND isActive = 1"), {profileId});
            const QDate today = QDateTime::currentDateTimeUtc().date();
            const QList<scheduling::GeneratedStart> starts =
                scheduling::lessonStarts(windows, today.addDays(1), today.addDays(21), scheduling::kDefaultDurationMinutes);
            // Each lesson time goes to the next pack in turn, so every pack has free slots every week.
            int i = 0;
            for (const scheduling::GeneratedStart &g : starts) {
                const QVariantMap &pack = packs.at(i++ % packs.size());
                const QString mode = g.teachingMode == QLatin1String("faceToFace") ? QStringLiteral("faceToFace") : QStringLiteral("online");
                repo.insert(lessonSlotSchema(), scheduling::slotValues(pack, g.startUtc, scheduling::kDefaultDurationMinutes, mode), userId);
            }
        }
        db.commit();
    } catch (...) {
        db.rollback();
        throw;
    }
}

} // namespace tutorhub::server
