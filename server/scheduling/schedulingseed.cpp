// Demo schedules (--demo): weekly availability of Maria (Europe/Berlin) and James (Europe/London), and free
// lesson slots of their packs in a rolling window ahead (decision D55). The availability is added once (a tutor
// with any availability window keeps theirs); the slots are topped up on every start and once a day while the
// server runs, so the demo is as bookable months after its first start as on the first day.
#include "scheduling/scheduling.h"

#include "auth/userschema.h"
#include "catalog/catalog.h"
#include "catalog/tutorprofile.h"
#include "core/util.h"
#include "notification/notify.h"

#include <QTimeZone>

#include <map>
#include <optional>

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
    {"maria.keller@tutorhub.local",
     "Europe/Berlin",
     {{"monday", "09:00", "12:00", "online"},
      {"wednesday", "14:00", "18:00", "both"},
      {"thursday", "16:00", "19:00", "online"}}},
    {"james.okafor@tutorhub.local",
     "Europe/London",
     {{"tuesday", "10:00", "13:00", "online"},
      {"thursday", "09:00", "12:00", "both"},
      {"saturday", "10:00", "12:00", "faceToFace"}}},
};

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct DemoTutorIds
{
    QString profileId;
    QString userId;
};

std::optional<DemoTutorIds> demoTutor(Repository &repo, const DemoTutor &t)
{
    QSqlQuery q = repo.exec(
        QStringLiteral(
            "SELECT tutorProfiles.id, users.id FROM tutorProfiles JOIN users ON users.id = tutorProfiles.tutorId "
            "WHERE lower(users.email) = ? AND tutorProfiles.isActive = 1"),
        {s(t.email)});
    if (!q.next())
        return std::nullopt;
    return DemoTutorIds {q.value(0).toString(), q.value(1).toString()};
}

void seedAvailability(Repository &repo, const DemoTutor &t, const DemoTutorIds &ids)
{
    if (repo.count(availabilitySchema(), QStringLiteral("tutorProfileId = ?"), {ids.profileId}) > 0)
        return;
    for (const DemoWindow &w : t.windows)
        repo.insert(availabilitySchema(),
                    {{QStringLiteral("tutorProfileId"), ids.profileId},
                     {QStringLiteral("dayOfWeek"), s(w.day)},
                     {QStringLiteral("startTime"), s(w.start)},
                     {QStringLiteral("endTime"), s(w.end)},
                     {QStringLiteral("isRecurring"), 1},
                     {QStringLiteral("teachingMode"), s(w.mode)},
                     {QStringLiteral("timeZone"), s(t.zone)}},
                    ids.userId);
}

// True when the tutor has any slot (of any status, deleted ones included) overlapping [start, end): a time the
// tutor already used, canceled or deleted is never offered again by the top-up.
bool timeTaken(Repository &repo, const QString &profileId, const QDateTime &startUtc, int minutes)
{
    return repo.count(lessonSlotSchema(), QStringLiteral("tutorProfileId = ? AND startsAt < ? AND endsAt > ?"),
                      {profileId, isoTime(startUtc.addSecs(qint64(minutes) * 60)), isoTime(startUtc)})
           > 0;
}

int topUpTutor(Repository &repo, const DemoTutorIds &ids, const QDateTime &nowUtc)
{
    // Only packs a student can book (published and approved): a flagged or unpublished pack takes no lesson times.
    const QList<QVariantMap> packs
        = repo.select(coursePackSchema(),
                      QStringLiteral("tutorProfileId = ? AND isActive = 1 AND isPublished = 1 "
                                     "AND moderationStatus = 'approved'"),
                      {ids.profileId}, QStringLiteral("title ASC, id ASC"));
    const QList<QVariantMap> windows
        = repo.select(availabilitySchema(), QStringLiteral("tutorProfileId = ? AND isActive = 1"), {ids.profileId});
    if (packs.isEmpty() || windows.isEmpty())
        return 0;
    const QDate first = nowUtc.date().addDays(1);
    const QDate last = nowUtc.date().addDays(scheduling::kDemoWindowDays);
    // Whole weeks (Monday to Sunday), so that a lesson time's pack does not depend on the day the top-up ran.
    const QDate monday = first.addDays(1 - first.dayOfWeek());
    const QList<scheduling::GeneratedStart> starts
        = scheduling::lessonStarts(windows, monday, last, scheduling::kDefaultDurationMinutes);
    // The lesson times of each week go to the packs in turn, starting one pack further every week: every pack
    // gets lessons on several days of every week (a strict pack's "two a week, one a day" can be booked).
    std::map<QDate, int> indexInWeek;
    int created = 0;
    for (const scheduling::GeneratedStart &g : starts) {
        const QDate week = g.startUtc.date().addDays(1 - g.startUtc.date().dayOfWeek());
        const int index = indexInWeek[week]++;
        if (g.startUtc.date() < first || g.startUtc <= nowUtc)
            continue;
        if (timeTaken(repo, ids.profileId, g.startUtc, scheduling::kDefaultDurationMinutes)
            || scheduling::tutorBusyOverlaps(repo, ids.profileId, g.startUtc,
                                             g.startUtc.addSecs(qint64(scheduling::kDefaultDurationMinutes) * 60)))
            continue; // a time already used, or one of the tutor's busy times (U5)
        const int weekNumber = int(QDate(2024, 1, 1).daysTo(week) / 7);
        const QVariantMap &pack = packs.at((index + weekNumber) % packs.size());
        const QString mode
            = g.teachingMode == QLatin1String("faceToFace") ? QStringLiteral("faceToFace") : QStringLiteral("online");
        repo.insert(lessonSlotSchema(),
                    scheduling::slotValues(pack, g.startUtc, scheduling::kDefaultDurationMinutes, mode), ids.userId);
        ++created;
    }
    return created;
}

} // namespace

int topUpDemoSlots(Repository &repo, const QDateTime &nowUtc)
{
    int created = 0;
    inTransaction(repo, [&] {
        for (const DemoTutor &t : kTutors)
            if (const auto ids = demoTutor(repo, t))
                created += topUpTutor(repo, *ids, nowUtc.toUTC());
    });
    return created;
}

bool seedScreeningDemo(Repository &repo, const QDateTime &nowUtc)
{
    const auto noah = repo.findOne(userSchema(), QStringLiteral("lower(email) = ?"),
                                   {QStringLiteral("noah.brandt@tutorhub.local")});
    const auto maria = repo.findOne(userSchema(), QStringLiteral("lower(email) = ?"),
                                    {QStringLiteral("maria.keller@tutorhub.local")});
    if (!noah || !maria)
        return false;
    const auto profile = repo.findOne(tutorProfileSchema(), QStringLiteral("tutorId = ?"), {str(*maria, "id")});
    if (!profile)
        return false;
    const auto pack = repo.findOne(coursePackSchema(), QStringLiteral("tutorProfileId = ? AND title = ?"),
                                   {str(*profile, "id"), QStringLiteral("University Calculus Bootcamp")});
    if (!pack
        || repo.count(preliminaryMeetingSchema(), QStringLiteral("coursePackId = ? AND studentId = ?"),
                      {str(*pack, "id"), str(*noah, "id")})
               > 0)
        return false;
    // Two evenings in Maria's zone, on whole hours, ahead of the first start.
    const QTimeZone berlin("Europe/Berlin");
    const QDate today = nowUtc.toTimeZone(berlin).date();
    const QDateTime first = QDateTime(today.addDays(3), QTime(17, 0), berlin).toUTC();
    const QDateTime second = QDateTime(today.addDays(5), QTime(18, 0), berlin).toUTC();
    const QString student = str(*noah, "id");
    inTransaction(repo, [&] {
        const QVariantMap meeting = repo.insert(
            preliminaryMeetingSchema(),
            {{QStringLiteral("coursePackId"), str(*pack, "id")},
             {QStringLiteral("studentId"), student},
             {QStringLiteral("scheduledDatetime"), isoTime(first)}, // the student's first time (U20)
             {QStringLiteral("tutorDecision"), QStringLiteral("pending")},
             {QStringLiteral("comments"), QStringLiteral("I start engineering in spring and want to check my level.")}},
            student);
        for (const QDateTime &t : {first, second})
            repo.insert(screeningProposalSchema(),
                        {{QStringLiteral("preliminaryMeetingId"), str(meeting, "id")},
                         {QStringLiteral("proposedAt"), isoTime(t)},
                         {QStringLiteral("proposedBy"), QStringLiteral("student")},
                         {QStringLiteral("status"), QStringLiteral("open")},
                         {QStringLiteral("note"), QStringLiteral("Evenings suit me best.")}},
                        student);
        notifyUser(
            repo, str(*maria, "id"), QStringLiteral("screeningProposed"), QStringLiteral("Screening times proposed"),
            QStringLiteral("The student proposes times for a screening meeting for \"University Calculus Bootcamp\"."),
            {{QStringLiteral("preliminaryMeetingId"), str(meeting, "id")},
             {QStringLiteral("coursePackId"), str(*pack, "id")}});
    });
    return true;
}

void seedSchedulingDemo(Repository &repo)
{
    inTransaction(repo, [&] {
        for (const DemoTutor &t : kTutors)
            if (const auto ids = demoTutor(repo, t))
                seedAvailability(repo, t, *ids);
    });
    topUpDemoSlots(repo, QDateTime::currentDateTimeUtc());
}

} // namespace tutorhub::server
