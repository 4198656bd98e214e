// createEnrollment (booking), access and the wire form of enrollments.
#include "enrollment/enrollmentrules.h"

#include "scheduling/scheduling.h"

#include "auth/userschema.h"
#include "core/apierror.h"
#include "core/util.h"
#include "db/statementcache.h"
#include "enrollment/enrollmentschema.h"
#include "http/jsonwriter.h"

#include <QDate>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace tutorhub::server::enrollment {

namespace {

constexpr int kMaxSlotsPerEnrollment = 100;

const QString kValidationFailed = QStringLiteral(
    "Enrollment validation failed. Please check course pack, lesson slots, and screening requirements. ");

HttpError rule(int status, const char *code, const QString &why)
{
    return HttpError(status, QString::fromLatin1(code), kValidationFailed + why);
}

bool flag(const QVariantMap &row, const char *key)
{
    return row.value(QLatin1String(key)).toLongLong() != 0;
}

QDate dateOf(const QVariantMap &slot)
{
    return QDate::fromString(str(slot, "scheduledDate").left(10), Qt::ISODate);
}

// When the lesson starts: the slot's UTC start when courseScheduling stores it, else date + time.
QDateTime startOf(const QVariantMap &slot)
{
    const QDateTime s = parseIso(str(slot, "startsAt"));
    if (s.isValid())
        return s;
    const QTime t = QTime::fromString(str(slot, "scheduledTime"), QStringLiteral("HH:mm"));
    return QDateTime(dateOf(slot), t.isValid() ? t : QTime(0, 0), Qt::UTC);
}

QStringList readSlotIds(const QJsonObject &body)
{
    const QJsonValue v = body.value(QStringLiteral("lessonSlotIds"));
    if (v.isUndefined() || v.isNull())
        throw HttpError::missing(QStringLiteral("lessonSlotIds"));
    if (!v.isArray())
        throw HttpError::invalid(QStringLiteral("lessonSlotIds"),
                                 QStringLiteral("'lessonSlotIds' must be an array of lesson slot ids."));
    const QJsonArray a = v.toArray();
    if (a.isEmpty())
        throw HttpError::missing(QStringLiteral("lessonSlotIds"));
    if (a.size() > kMaxSlotsPerEnrollment)
        throw HttpError::invalid(QStringLiteral("lessonSlotIds"),
                                 QStringLiteral("At most %1 lesson slots per enrollment.").arg(kMaxSlotsPerEnrollment));
    QStringList ids;
    for (const QJsonValue &item : a) {
        const QString id = requireUuid(item, QStringLiteral("lessonSlotIds"));
        if (ids.contains(id))
            throw HttpError::invalid(QStringLiteral("lessonSlotIds"),
                                     QStringLiteral("Lesson slot %1 is listed twice.").arg(id));
        ids << id;
    }
    return ids;
}

// Server-owned inputs (G33, G22): accepted for compatibility, type-checked, then overridden.
void checkOverriddenInputs(const QJsonObject &body)
{
    const ObjectSchema &s = enrollmentSchema();
    for (const char *name : {"totalAmount", "refundStatus", "enrolledAt"}) {
        const QString n = QString::fromLatin1(name);
        if (body.contains(n))
            ObjectSchema::readValue(*s.field(n), body.value(n));
    }
    const QJsonValue c = body.value(QStringLiteral("currency"));
    if (!c.isUndefined() && !c.isNull() && (!c.isString() || c.toString().compare(kCurrency, Qt::CaseInsensitive) != 0))
        throw HttpError::invalid(
            QStringLiteral("currency"),
            QStringLiteral("Course packs are priced in %1; 'currency' must be %1.").arg(kCurrency));
}

void checkScreening(Repository &repo, const QVariantMap &pack, const QString &studentId)
{
    if (!flag(pack, "preliminaryMeetingRequired"))
        return;
    QSqlQuery q
        = repo.exec(QStringLiteral("SELECT count(*) FROM preliminaryMeetings WHERE coursePackId = ? AND studentId = ? "
                                   "AND tutorDecision = 'approved' AND isActive = 1"),
                    {idOf(pack), studentId});
    if (!q.next() || q.value(0).toInt() == 0)
        throw rule(400, "errMsg_ScreeningRequired",
                   QStringLiteral("This course pack requires an approved screening meeting before enrollment."));
}

// The pack's scheduling limits (rule 29 [decide], G65): maxDailyLessons for every pack; for strict
// packs also requiredClassesCount (exact number of lessons), maxPeriodValue/Unit (span from the first
// to the last lesson) and minWeeklyClasses (lessons in every week the booking spans).
void checkSchedulingLimits(Repository &repo, const QVariantMap &pack, const QList<QVariantMap> &lessons,
                           const QString &studentId)
{
    const int maxDaily = pack.value(QStringLiteral("maxDailyLessons")).toInt();
    if (maxDaily > 0) {
        QHash<QDate, int> perDay;
        for (const QVariantMap &s : lessons)
            ++perDay[dateOf(s)];
        QSqlQuery q
            = repo.exec(QStringLiteral("SELECT scheduledDate FROM lessonSlots WHERE coursePackId = ? AND studentId = ? "
                                       "AND status IN ('booked', 'completed') AND isActive = 1"),
                        {idOf(pack), studentId});
        while (q.next())
            ++perDay[QDate::fromString(q.value(0).toString().left(10), Qt::ISODate)];
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
            if (it.value() > maxDaily)
                throw rule(400, "errMsg_SchedulingLimitExceeded",
                           QStringLiteral("At most %1 lessons of this pack per day (%2 has %3).")
                               .arg(maxDaily)
                               .arg(it.key().toString(Qt::ISODate))
                               .arg(it.value()));
    }
    if (str(pack, "schedulingType") != QLatin1String("strict"))
        return;
    const int required = pack.value(QStringLiteral("requiredClassesCount")).toInt();
    if (required > 0 && lessons.size() != required)
        throw rule(400, "errMsg_SchedulingLimitExceeded",
                   QStringLiteral("This strict pack is booked as a whole: exactly %1 lessons, not %2.")
                       .arg(required)
                       .arg(lessons.size()));
    QDate first = dateOf(lessons.first()), last = first;
    for (const QVariantMap &s : lessons) {
        first = qMin(first, dateOf(s));
        last = qMax(last, dateOf(s));
    }
    const int period = pack.value(QStringLiteral("maxPeriodValue")).toInt();
    if (period > 0) {
        const QDate limit = str(pack, "maxPeriodUnit") == QLatin1String("months") ? first.addMonths(period)
                                                                                  : first.addDays(7 * period);
        if (last > limit)
            throw rule(400, "errMsg_SchedulingLimitExceeded",
                       QStringLiteral("All lessons must lie within %1 %2 of the first one.")
                           .arg(period)
                           .arg(str(pack, "maxPeriodUnit")));
    }
    const int minWeekly = pack.value(QStringLiteral("minWeeklyClasses")).toInt();
    if (minWeekly > 0) {
        QHash<QDate, int> perWeek; // keyed by the Monday of the week
        for (const QVariantMap &s : lessons) {
            const QDate d = dateOf(s);
            ++perWeek[d.addDays(1 - d.dayOfWeek())];
        }
        for (QDate monday = first.addDays(1 - first.dayOfWeek()); monday <= last; monday = monday.addDays(7))
            if (perWeek.value(monday) < minWeekly)
                throw rule(400, "errMsg_SchedulingLimitExceeded",
                           QStringLiteral("At least %1 lessons in every week of the booking (week of %2 has %3).")
                               .arg(minWeekly)
                               .arg(monday.toString(Qt::ISODate))
                               .arg(perWeek.value(monday)));
    }
}

} // namespace

QString requireUuid(const QJsonValue &v, const QString &name, bool required)
{
    if (v.isUndefined() || v.isNull()) {
        if (required)
            throw HttpError::missing(name);
        return {};
    }
    if (!v.isString() || QUuid::fromString(v.toString()).isNull() || v.toString().size() != 36)
        throw HttpError::invalid(name, QStringLiteral("'%1' must be an id (UUID).").arg(name));
    return v.toString().toLower();
}

QVariantMap createEnrollment(Repository &repo, const AuthContext &caller, const QJsonObject &body)
{
    // checkParameters
    const QString packId = requireUuid(body.value(QStringLiteral("coursePackId")), QStringLiteral("coursePackId"));
    const QString profileId
        = requireUuid(body.value(QStringLiteral("tutorProfileId")), QStringLiteral("tutorProfileId"));
    const QStringList slotIds = readSlotIds(body);
    const QString wantedId
        = requireUuid(body.value(QStringLiteral("enrollmentId")), QStringLiteral("enrollmentId"), false);
    checkOverriddenInputs(body);
    if (!wantedId.isEmpty() && repo.get(enrollmentSchema(), wantedId))
        throw HttpError(409, QStringLiteral("errMsg_EnrollmentAlreadyExists"),
                        QStringLiteral("An enrollment with this id exists."));

    // fetchCoursePack, fetchTutorProfile, fetchTutorUser
    const auto pack = coursePack(repo, packId);
    if (!pack || !flag(*pack, "isActive"))
        throw HttpError::notFound(QStringLiteral("coursePack"));
    const auto profile = tutorProfile(repo, profileId);
    if (!profile || !flag(*profile, "isActive"))
        throw HttpError::notFound(QStringLiteral("tutorProfile"));
    const auto tutor = user(repo, str(*profile, "tutorId"));
    if (!tutor || !flag(*tutor, "isActive"))
        throw HttpError::notFound(QStringLiteral("user"));

    // runEnrollmentValidation
    if (str(*pack, "tutorProfileId") != profileId)
        throw HttpError::invalid(QStringLiteral("tutorProfileId"),
                                 QStringLiteral("The course pack belongs to another tutor profile."));
    if (!flag(*pack, "isPublished") || str(*pack, "moderationStatus") != QLatin1String("approved"))
        throw rule(400, "errMsg_CoursePackNotEnrollable",
                   QStringLiteral("The course pack is not published or not approved."));
    if (str(*tutor, "accountStatus") != QLatin1String("active")
        || str(*profile, "profileStatus") != QLatin1String("approved"))
        throw rule(400, "errMsg_TutorNotAvailable",
                   QStringLiteral("The tutor cannot take new enrollments at the moment."));
    if (idOf(*tutor) == caller.userId)
        throw rule(400, "errMsg_OwnCoursePack", QStringLiteral("Tutors cannot enroll in their own course packs."));

    QList<QVariantMap> lessons;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &id : slotIds) {
        const auto slot = lessonSlot(repo, id);
        if (!slot || !flag(*slot, "isActive"))
            throw HttpError::notFound(QStringLiteral("lessonSlot"));
        if (str(*slot, "coursePackId") != packId)
            throw rule(400, "errMsg_LessonSlotNotInPack",
                       QStringLiteral("Lesson slot %1 belongs to another course pack.").arg(id));
        if (str(*slot, "status") != QLatin1String("free"))
            throw HttpError(409, QStringLiteral("errMsg_LessonSlotNotFree"),
                            QStringLiteral("Lesson slot %1 is no longer free; choose another time.").arg(id));
        if (startOf(*slot) <= now)
            throw rule(400, "errMsg_LessonSlotInPast", QStringLiteral("Lesson slot %1 has already started.").arg(id));
        lessons << *slot;
    }
    checkScreening(repo, *pack, caller.userId);
    if (repo.count(enrollmentSchema(),
                   QStringLiteral("studentId = ? AND coursePackId = ? AND isActive = 1 "
                                  "AND enrollmentStatus IN ('pending', 'active')"),
                   {caller.userId, packId})
        > 0)
        throw HttpError(409, QStringLiteral("errMsg_AlreadyEnrolled"),
                        QStringLiteral("You already have an open enrollment in this course pack."));
    checkSchedulingLimits(repo, *pack, lessons, caller.userId);

    // buildDataClause: the amount is the server's (G22): price per lesson x number of lessons.
    const double total = std::round(pack->value(QStringLiteral("price")).toDouble() * slotIds.size() * 100.0) / 100.0;
    QVariantMap values {
        {QStringLiteral("coursePackId"), packId},
        {QStringLiteral("studentId"), caller.userId},
        {QStringLiteral("tutorProfileId"), profileId},
        {QStringLiteral("lessonSlotIds"),
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(slotIds)).toJson(QJsonDocument::Compact))},
        {QStringLiteral("totalAmount"), total},
        {QStringLiteral("currency"), kCurrency},
        {QStringLiteral("paymentStatus"), pending},
        {QStringLiteral("refundStatus"), notRequested},
        {QStringLiteral("enrollmentStatus"), pending},
        {QStringLiteral("paymentConfirmation"), pending}};
    if (!wantedId.isEmpty())
        values.insert(QStringLiteral("id"), wantedId);

    // mainCreateOperation + booking in one transaction that only succeeds while every slot is free.
    QVariantMap created;
    inTransaction(repo, [&] {
        created = repo.insert(enrollmentSchema(), values, caller.userId);
        QStringList marks;
        QVariantList binds {caller.userId, isoNow()};
        for (const QString &id : slotIds) {
            marks << QStringLiteral("?");
            binds << id;
        }
        binds << packId;
        // A kept statement per number of slots (F52), not one prepared by QtSql per booking.
        const int booked
            = statements::run(repo.db(),
                              QStringLiteral("UPDATE lessonSlots SET status = 'booked', studentId = ?, updatedAt = ?, "
                                             "recordVersion = recordVersion + 1 WHERE id IN (%1) AND coursePackId = ? "
                                             "AND status = 'free' AND isActive = 1")
                                  .arg(marks.join(QLatin1Char(','))),
                              binds);
        if (booked != slotIds.size())
            throw HttpError(
                409, QStringLiteral("errMsg_LessonSlotNotFree"),
                QStringLiteral("Another student booked one of these lesson lessons first; nothing was booked."));
        scheduling::addMeetLinks(repo, slotIds); // rule 26; freed slots lost their old link (SEC41)
    });
    return created;
}

QVariantMap loadEnrollment(Repository &repo, const QString &id)
{
    const auto row = QUuid::fromString(id).isNull() ? std::nullopt : repo.get(enrollmentSchema(), id);
    if (!row)
        throw HttpError::notFound(enrollmentSchema().name);
    return *row;
}

bool canSee(Repository &repo, const AuthContext &caller, const QVariantMap &e)
{
    if (caller.isAdmin() || str(e, "studentId") == caller.userId)
        return true;
    return tutorUserOf(repo, str(e, "tutorProfileId")) == caller.userId;
}

void requireCanSee(Repository &repo, const AuthContext &caller, const QVariantMap &e)
{
    if (!canSee(repo, caller, e))
        throw HttpError::forbidden(
            QStringLiteral("Only the enrolled student, the pack's tutor or an administrator may do this."));
}

namespace {

// Rows of `table` with these ids, by id: one statement for any number of ids (json_each). Only the
// `columns` the joins show are read (F20).
QHash<QString, QVariantMap> rowsById(Repository &repo, const char *table, const char *columns, const QSet<QString> &ids)
{
    QHash<QString, QVariantMap> out;
    if (ids.isEmpty())
        return out;
    QJsonArray list;
    for (const QString &id : ids)
        list.append(id);
    const QList<QVariantMap> rows
        = statements::rows(repo.db(),
                           QStringLiteral("SELECT %2 FROM %1 WHERE id IN (SELECT value FROM json_each(?))")
                               .arg(QLatin1String(table), QLatin1String(columns)),
                           {QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))});
    for (const QVariantMap &r : rows)
        out.insert(r.value(QStringLiteral("id")).toString(), r);
    return out;
}

} // namespace

EnrollmentJoins loadEnrollmentJoins(Repository &repo, const QList<QVariantMap> &rows)
{
    QSet<QString> packs, users, profiles, slotIds;
    for (const QVariantMap &e : rows) {
        packs.insert(str(e, "coursePackId"));
        users.insert(str(e, "studentId"));
        profiles.insert(str(e, "tutorProfileId"));
        for (const QString &id : slotIdsOf(e))
            slotIds.insert(id);
    }
    EnrollmentJoins j;
    // The columns enrollmentJson's joins show (and the slots' studentId it checks).
    j.packs
        = rowsById(repo, "coursePacks", "id, tutorProfileId, title, price, category, schedulingType, isActive", packs);
    j.users = rowsById(repo, "users", "id, fullname, email, avatar", users);
    j.profiles
        = rowsById(repo, "tutorProfiles", "id, tutorId, displayName, certifications, bio, profilePhoto", profiles);
    j.lessonSlots = rowsById(
        repo, "lessonSlots",
        "id, studentId, scheduledDate, scheduledTime, status, locationType, locationDetails, startsAt", slotIds);
    return j;
}

QJsonObject enrollmentJson(Repository &repo, const QVariantMap &row, const QString &baseUrl, bool joins, bool listShape,
                           const EnrollmentJoins *prefetched)
{
    QJsonObject o = enrollmentSchema().toJson(row);
    if (!joins)
        return o;
    auto pick = [](const QVariantMap &r, const QStringList &keys) {
        QJsonObject j {{QStringLiteral("id"), r.value(QStringLiteral("id")).toString()}};
        for (const QString &k : keys) {
            const QVariant v = r.value(k);
            j.insert(k, v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v));
        }
        return j;
    };
    auto withIdx = [](QJsonObject j, const QString &key, const QStringList &values) {
        const qsizetype i = values.indexOf(j.value(key).toString());
        j.insert(key + QStringLiteral("_idx"), i < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(int(i)));
        return j;
    };
    const QStringList schedulingTypes {QStringLiteral("flexible"), QStringLiteral("strict")};
    const QStringList slotStatuses {QStringLiteral("free"), QStringLiteral("booked"), QStringLiteral("completed"),
                                    QStringLiteral("canceled")};
    const QStringList locationTypes {QStringLiteral("online"), QStringLiteral("studentHome"),
                                     QStringLiteral("tutorHome"), QStringLiteral("other")};

    auto find = [](const QHash<QString, QVariantMap> &h, const QString &id) -> std::optional<QVariantMap> {
        const auto it = h.constFind(id);
        return it == h.cend() ? std::nullopt : std::optional<QVariantMap>(*it);
    };
    // As lessonSlotsOf(): the listed slots still booked by the enrollment's student, by date, time, id.
    auto slotsOf = [&]() -> QList<QVariantMap> {
        if (!prefetched)
            return lessonSlotsOf(repo, row);
        QList<QVariantMap> out;
        const QStringList ids = slotIdsOf(row);
        const QSet<QString> unique(ids.cbegin(), ids.cend());
        for (const QString &id : unique) {
            const auto it = prefetched->lessonSlots.constFind(id);
            if (it != prefetched->lessonSlots.cend() && !it->value(QStringLiteral("studentId")).isNull()
                && it->value(QStringLiteral("studentId")).toString() == str(row, "studentId"))
                out << *it;
        }
        std::sort(out.begin(), out.end(), [](const QVariantMap &a, const QVariantMap &b) {
            const QByteArray ka
                = (str(a, "scheduledDate") + QChar(0) + str(a, "scheduledTime") + QChar(0) + str(a, "id")).toUtf8();
            const QByteArray kb
                = (str(b, "scheduledDate") + QChar(0) + str(b, "scheduledTime") + QChar(0) + str(b, "id")).toUtf8();
            return ka < kb;
        });
        return out;
    };
    QJsonValue packJ = QJsonValue::Null;
    if (const auto p
        = prefetched ? find(prefetched->packs, str(row, "coursePackId")) : coursePack(repo, str(row, "coursePackId"))) {
        QJsonObject j
            = withIdx(pick(*p, {QStringLiteral("tutorProfileId"), QStringLiteral("title"), QStringLiteral("price"),
                                QStringLiteral("category"), QStringLiteral("schedulingType")}),
                      QStringLiteral("schedulingType"), schedulingTypes);
        j.insert(QStringLiteral("isActive"), flag(*p, "isActive"));
        packJ = j;
    }
    QJsonArray slotsJ;
    for (const QVariantMap &s : slotsOf()) {
        QJsonObject j
            = pick(s, {QStringLiteral("scheduledDate"), QStringLiteral("scheduledTime"), QStringLiteral("status"),
                       QStringLiteral("locationType"), QStringLiteral("locationDetails"), QStringLiteral("startsAt")});
        j = withIdx(withIdx(j, QStringLiteral("status"), slotStatuses), QStringLiteral("locationType"), locationTypes);
        slotsJ.append(j);
    }
    QJsonValue studentJ = QJsonValue::Null;
    if (const auto u
        = prefetched ? find(prefetched->users, str(row, "studentId")) : user(repo, str(row, "studentId"))) {
        QJsonObject j = pick(*u, {QStringLiteral("fullname"), QStringLiteral("email")});
        j.insert(QStringLiteral("avatar"), avatarUrl(u->value(QStringLiteral("avatar")), baseUrl));
        studentJ = j;
    }
    QJsonValue profileJ = QJsonValue::Null;
    if (const auto t = prefetched ? find(prefetched->profiles, str(row, "tutorProfileId"))
                                  : tutorProfile(repo, str(row, "tutorProfileId")))
        profileJ = pick(*t, {QStringLiteral("tutorId"), QStringLiteral("displayName"), QStringLiteral("certifications"),
                             QStringLiteral("bio"), QStringLiteral("profilePhoto")});
    auto shape = [listShape](const QJsonValue &v) -> QJsonValue {
        if (!listShape)
            return v;
        return v.isNull() ? QJsonArray() : QJsonArray {v};
    };
    o.insert(QStringLiteral("coursePack"), shape(packJ));
    o.insert(QStringLiteral("lessonSlots"), slotsJ);
    o.insert(QStringLiteral("student"), shape(studentJ));
    o.insert(QStringLiteral("tutorProfile"), shape(profileJ));
    return o;
}

} // namespace tutorhub::server::enrollment

namespace tutorhub::server::enrollment {

namespace {

void writeIdx(QByteArray &out, const QVariant &v, const QStringList &values)
{
    // As withIdx(): the index of the written value's text (null and non-strings: no index).
    const qsizetype i = v.isNull() || v.metaType().id() != QMetaType::QString ? -1 : values.indexOf(v.toString());
    if (i < 0)
        json::writeNull(out);
    else
        json::writeInt(out, i);
}

// As pick(): the id and the named columns, each null or QJsonValue::fromVariant of the value.
void writePick(json::Object &o, const QVariantMap &r, std::initializer_list<const char *> keys)
{
    json::writeString(o.key(QLatin1StringView("id")), r.value(QStringLiteral("id")).toString());
    for (const char *k : keys)
        json::writeVariant(o.key(QLatin1StringView(k)), r.value(QLatin1String(k)));
}

// `[object]` or `[]` (the list shape of a joined object).
template<typename F>
void writeListOf(QByteArray &out, const QVariantMap *r, F &&write)
{
    out.append('[');
    if (r) {
        json::Object o;
        write(o, *r);
        o.writeTo(out);
    }
    out.append(']');
}

} // namespace

QByteArray enrollmentListJson(const QList<QVariantMap> &rows, const QString &baseUrl, const EnrollmentJoins *joins)
{
    static const QStringList joinKeys {QStringLiteral("coursePack"), QStringLiteral("lessonSlots"),
                                       QStringLiteral("student"), QStringLiteral("tutorProfile")};
    static const QStringList schedulingTypes {QStringLiteral("flexible"), QStringLiteral("strict")};
    static const QStringList slotStatuses {QStringLiteral("free"), QStringLiteral("booked"),
                                           QStringLiteral("completed"), QStringLiteral("canceled")};
    static const QStringList locationTypes {QStringLiteral("online"), QStringLiteral("studentHome"),
                                            QStringLiteral("tutorHome"), QStringLiteral("other")};
    auto find = [](const QHash<QString, QVariantMap> &h, const QString &id) -> const QVariantMap * {
        const auto it = h.constFind(id);
        return it == h.cend() ? nullptr : &*it;
    };
    QByteArray out;
    out.reserve(rows.size() * 2048);
    out.append('[');
    bool first = true;
    for (const QVariantMap &row : rows) {
        if (!first)
            out.append(',');
        first = false;
        json::Object o;
        if (!joins) {
            enrollmentSchema().writeJson(o, row);
            o.writeTo(out);
            continue;
        }
        enrollmentSchema().writeJson(o, row, joinKeys);
        writeListOf(o.key(QLatin1StringView("coursePack")), find(joins->packs, str(row, "coursePackId")),
                    [](json::Object &j, const QVariantMap &p) {
                        writePick(j, p, {"tutorProfileId", "title", "price", "category", "schedulingType"});
                        writeIdx(j.key(QLatin1StringView("schedulingType_idx")),
                                 p.value(QStringLiteral("schedulingType")), schedulingTypes);
                        json::writeBool(j.key(QLatin1StringView("isActive")), flag(p, "isActive"));
                    });
        // As slotsOf(): the listed slots still booked by the enrollment's student, by date, time, id.
        QList<const QVariantMap *> booked;
        {
            const QStringList ids = slotIdsOf(row);
            const QSet<QString> unique(ids.cbegin(), ids.cend());
            const QString student = str(row, "studentId");
            for (const QString &id : unique) {
                const QVariantMap *s = find(joins->lessonSlots, id);
                if (s && !s->value(QStringLiteral("studentId")).isNull()
                    && s->value(QStringLiteral("studentId")).toString() == student)
                    booked << s;
            }
            // The same order as the UTF-8 keys of slotsOf(), each key made once.
            QList<std::pair<QByteArray, const QVariantMap *>> keyed;
            keyed.reserve(booked.size());
            for (const QVariantMap *s : booked)
                keyed.append(
                    {(str(*s, "scheduledDate") + QChar(0) + str(*s, "scheduledTime") + QChar(0) + str(*s, "id"))
                         .toUtf8(),
                     s});
            std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            for (qsizetype i = 0; i < keyed.size(); ++i)
                booked[i] = keyed.at(i).second;
        }
        QByteArray &slotsOut = o.key(QLatin1StringView("lessonSlots"));
        slotsOut.append('[');
        for (qsizetype i = 0; i < booked.size(); ++i) {
            if (i)
                slotsOut.append(',');
            json::Object j;
            const QVariantMap &s = *booked.at(i);
            writePick(j, s,
                      {"scheduledDate", "scheduledTime", "status", "locationType", "locationDetails", "startsAt"});
            writeIdx(j.key(QLatin1StringView("status_idx")), s.value(QStringLiteral("status")), slotStatuses);
            writeIdx(j.key(QLatin1StringView("locationType_idx")), s.value(QStringLiteral("locationType")),
                     locationTypes);
            j.writeTo(slotsOut);
        }
        slotsOut.append(']');
        writeListOf(o.key(QLatin1StringView("student")), find(joins->users, str(row, "studentId")),
                    [&baseUrl](json::Object &j, const QVariantMap &u) {
                        writePick(j, u, {"fullname", "email"});
                        json::writeString(j.key(QLatin1StringView("avatar")),
                                          avatarUrl(u.value(QStringLiteral("avatar")), baseUrl));
                    });
        writeListOf(o.key(QLatin1StringView("tutorProfile")), find(joins->profiles, str(row, "tutorProfileId")),
                    [](json::Object &j, const QVariantMap &t) {
                        writePick(j, t, {"tutorId", "displayName", "certifications", "bio", "profilePhoto"});
                    });
        o.writeTo(out);
    }
    out.append(']');
    return out;
}

} // namespace tutorhub::server::enrollment
