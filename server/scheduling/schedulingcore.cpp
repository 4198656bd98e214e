// Scheduling schemas, time helpers, slot generation from availability windows, slot observers.
#include "scheduling/scheduling.h"

#include "core/util.h"
#include "db/statementcache.h"

#include <QRegularExpression>

#include <QMap>

#include <map>
#include <mutex>

namespace tutorhub::server {

namespace {

Field exact(Field in)
{
    in.exactFilter = true;
    return in;
}

const QStringList kDays {QStringLiteral("sunday"),    QStringLiteral("monday"),   QStringLiteral("tuesday"),
                         QStringLiteral("wednesday"), QStringLiteral("thursday"), QStringLiteral("friday"),
                         QStringLiteral("saturday")};
const QStringList kTeachingModes {QStringLiteral("online"), QStringLiteral("faceToFace"), QStringLiteral("both")};

} // namespace

const ObjectSchema &availabilitySchema()
{
    static const ObjectSchema s {QStringLiteral("availability"),
                                 QStringLiteral("availabilities"),
                                 QStringLiteral("availabilities"),
                                 {
                                     field("tutorProfileId", FieldType::ID, true),
                                     field("dayOfWeek", FieldType::Enum, true, kDays),
                                     field("startTime", FieldType::String, false, {}, 5),
                                     field("endTime", FieldType::String, false, {}, 5),
                                     field("isRecurring", FieldType::Boolean, true),
                                     exact(field("specificDate", FieldType::String, true, {}, 10)),
                                     field("teachingMode", FieldType::Enum, true, kTeachingModes),
                                     field("timeZone", FieldType::String, false, {}, 64),
                                 }};
    return s;
}

const ObjectSchema &lessonSlotSchema()
{
    static const ObjectSchema s {
        QStringLiteral("lessonSlot"),
        QStringLiteral("lessonSlots"),
        QStringLiteral("lessonSlots"),
        {
            field("coursePackId", FieldType::ID, true), field("tutorProfileId", FieldType::ID, true),
            field("studentId", FieldType::ID, true), exact(field("scheduledDate", FieldType::String, true, {}, 10)),
            field("scheduledTime", FieldType::String, false, {}, 5),
            field("status", FieldType::Enum, true,
                  {QStringLiteral("free"), QStringLiteral("booked"), QStringLiteral("completed"),
                   QStringLiteral("canceled")}),
            field("locationType", FieldType::Enum, true,
                  {QStringLiteral("online"), QStringLiteral("studentHome"), QStringLiteral("tutorHome"),
                   QStringLiteral("other")}),
            field("locationDetails", FieldType::String),
            field("sessionMode", FieldType::Enum, true, {QStringLiteral("online"), QStringLiteral("faceToFace")}),
            field("meetLink", FieldType::String, false, {}, 2048), field("startsAt", FieldType::Date),
            field("endsAt", FieldType::Date), field("durationMinutes", FieldType::Integer),
            field("cancelReason", FieldType::String), // T6: why the tutor canceled (migration 24)
        }};
    return s;
}

const ObjectSchema &preliminaryMeetingSchema()
{
    static const ObjectSchema s {
        QStringLiteral("preliminaryMeeting"),
        QStringLiteral("preliminaryMeetings"),
        QStringLiteral("preliminaryMeetings"),
        {
            field("coursePackId", FieldType::ID, true),
            field("studentId", FieldType::ID, true),
            field("scheduledDatetime", FieldType::Date),
            field("tutorDecision", FieldType::Enum, true,
                  {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected")}),
            field("comments", FieldType::String, false, {}, 2000),
            field("meetingLink", FieldType::String, false, {}, 2048),
        }};
    return s;
}

namespace scheduling {

QTime parseHhMm(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^([01]\\d|2[0-3]):([0-5]\\d)$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return {};
    return QTime(m.captured(1).toInt(), m.captured(2).toInt());
}

QDate parseYmd(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!re.match(s).hasMatch())
        return {};
    return QDate::fromString(s, Qt::ISODate);
}

QVariantMap slotValues(const QVariantMap &pack, const QDateTime &startUtc, int durationMinutes,
                       const QString &sessionMode)
{
    const QDateTime s = startUtc.toUTC();
    const QDateTime e = s.addSecs(qint64(durationMinutes) * 60);
    QVariantMap v {
        {QStringLiteral("coursePackId"), pack.value(QStringLiteral("id"))},
        {QStringLiteral("tutorProfileId"), pack.value(QStringLiteral("tutorProfileId"))},
        {QStringLiteral("scheduledDate"), s.date().toString(Qt::ISODate)},
        {QStringLiteral("scheduledTime"), s.time().toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("status"), QStringLiteral("free")},
        {QStringLiteral("sessionMode"), sessionMode},
        {QStringLiteral("startsAt"), isoTime(s)},
        {QStringLiteral("endsAt"), isoTime(e)},
        {QStringLiteral("durationMinutes"), durationMinutes},
    };
    return v;
}

void freeSlot(Repository &repo, const QString &slotId, const QString &studentId)
{
    repo.exec(
        QStringLiteral(
            "UPDATE lessonSlots SET status = 'free', studentId = NULL, meetLink = NULL, cancelReason = NULL, "
            "locationDetails = CASE WHEN locationType = 'studentHome' THEN NULL ELSE locationDetails END, "
            "updatedAt = ?, recordVersion = recordVersion + 1 WHERE id = ? AND status = 'booked' AND studentId = ?"),
        {isoNow(), slotId, studentId});
}

QVariantMap freedSlotChanges(const QVariantMap &slot)
{
    QVariantMap c {{QStringLiteral("studentId"), QVariant()},
                   {QStringLiteral("meetLink"), QVariant()},
                   {QStringLiteral("cancelReason"), QVariant()}};
    if (slot.value(QStringLiteral("locationType")).toString() == QLatin1String("studentHome"))
        c.insert(QStringLiteral("locationDetails"), QVariant());
    return c;
}

void addMeetLinks(Repository &repo, const QStringList &slotIds)
{
    for (const QString &id : slotIds)
        statements::run(repo.db(),
                        QStringLiteral("UPDATE lessonSlots SET meetLink = ? WHERE id = ? AND sessionMode = 'online' "
                                       "AND (meetLink IS NULL OR meetLink = '')"),
                        {newMeetLink(), id});
}

bool tutorSlotOverlaps(const Repository &repo, const QString &tutorProfileId, const QDateTime &startUtc,
                       const QDateTime &endUtc, const QString &exceptSlotId)
{
    return repo.count(lessonSlotSchema(),
                      QStringLiteral("tutorProfileId = ? AND isActive = 1 AND status <> 'canceled' AND startsAt < ? "
                                     "AND endsAt > ? AND id IS NOT ?"),
                      {tutorProfileId, isoTime(endUtc.toUTC()), isoTime(startUtc.toUTC()), exceptSlotId})
           > 0;
}

QString newMeetLink()
{
    const QString k = randomKey(10).toLower();
    return QStringLiteral("https://meet.google.com/%1-%2-%3").arg(k.left(3), k.mid(3, 4), k.mid(7, 3));
}

QList<GeneratedStart> lessonStarts(const QList<QVariantMap> &windows, const QDate &from, const QDate &to,
                                   int durationMinutes)
{
    std::map<qint64, GeneratedStart> byStart;
    for (const QVariantMap &w : windows) {
        QTimeZone zone(w.value(QStringLiteral("timeZone")).toString().toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        const QTime start = parseHhMm(w.value(QStringLiteral("startTime")).toString());
        const QTime end = parseHhMm(w.value(QStringLiteral("endTime")).toString());
        if (!start.isValid() || !end.isValid())
            continue;
        const bool recurring = w.value(QStringLiteral("isRecurring")).toBool();
        const QDate specific = parseYmd(w.value(QStringLiteral("specificDate")).toString());
        const qsizetype day = kDays.indexOf(w.value(QStringLiteral("dayOfWeek")).toString());
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            if (recurring ? (d.dayOfWeek() % 7 != day) : (d != specific))
                continue;
            for (int m = start.msecsSinceStartOfDay() / 60000;
                 m + durationMinutes <= end.msecsSinceStartOfDay() / 60000; m += durationMinutes) {
                const QTime t = QTime(0, 0).addSecs(m * 60);
                const QDateTime local(d, t, zone);
                // A wall-clock time inside the spring-forward gap does not exist: no lesson then.
                if (!local.isValid() || local.date() != d || local.time() != t)
                    continue;
                QDateTime utc = local.toUTC();
                // A repeated wall-clock time (fall-back) is taken at its first occurrence.
                const QDateTime earlier = utc.addSecs(-3600).toTimeZone(zone);
                if (earlier.date() == d && earlier.time() == t)
                    utc = utc.addSecs(-3600);
                byStart.emplace(utc.toMSecsSinceEpoch(),
                                GeneratedStart {utc, w.value(QStringLiteral("teachingMode")).toString()});
            }
        }
    }
    QList<GeneratedStart> out;
    for (const auto &kv : byStart)
        out.append(kv.second);
    return out;
}

namespace {
std::mutex &observerMutex()
{
    static std::mutex m;
    return m;
}
QMap<QString, SlotObserver> &observers()
{
    static QMap<QString, SlotObserver> o;
    return o;
}
} // namespace

void setSlotObserver(const QString &name, SlotObserver observer)
{
    std::lock_guard<std::mutex> lock(observerMutex());
    if (observer)
        observers().insert(name, std::move(observer));
    else
        observers().remove(name);
}

void notifySlotObservers(Repository &repo, const QVariantMap &before, const QVariantMap &after)
{
    QMap<QString, SlotObserver> copy;
    {
        std::lock_guard<std::mutex> lock(observerMutex());
        copy = observers();
    }
    for (const SlotObserver &o : copy)
        o(repo, before, after);
}

} // namespace scheduling
} // namespace tutorhub::server
