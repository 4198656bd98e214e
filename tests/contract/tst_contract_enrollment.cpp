// createEnrollment, getEnrollment, listEnrollments and the booking race (decision 7).
#include "tst_contract_enrollment.h"

#include <QSet>
#include <QUuid>

using namespace contract;

namespace {

const QString kEnrollments = kEnr + QStringLiteral("/v1/enrollments");

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString problemOfEnrollment(const QJsonObject &e)
{
    QString p = stdFieldsProblem(e);
    if (p.isEmpty())
        p = enumProblem(e, QStringLiteral("enrollmentStatus"), enrollmentStatuses());
    if (p.isEmpty())
        p = enumProblem(e, QStringLiteral("paymentStatus"), paymentStatuses());
    if (p.isEmpty())
        p = enumProblem(e, QStringLiteral("refundStatus"), refundStatuses());
    if (p.isEmpty())
        p = enumProblem(e, QStringLiteral("paymentConfirmation"), confirmations());
    if (p.isEmpty() && !e.value(QStringLiteral("lessonSlotIds")).isArray())
        p = QStringLiteral("lessonSlotIds is not an array");
    if (p.isEmpty() && !e.value(QStringLiteral("totalAmount")).isDouble())
        p = QStringLiteral("totalAmount is not a number");
    return p;
}

} // namespace

void TstContractEnrollment::initTestCase()
{
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
}

void TstContractEnrollment::cleanupTestCase()
{
    f.server.stop();
}

void TstContractEnrollment::createEnrollmentBooksSlots()
{
    const Actor student = f.newStudent(QStringLiteral("Booking Student"));
    QVERIFY2(!student.token.isEmpty(), f.lastFailure.constData());
    const QJsonObject pack = f.createPack(f.maria);
    QVERIFY2(!pack.isEmpty(), f.lastFailure.constData());
    const QStringList slotIds = f.createSlots(f.maria, pack.value(QStringLiteral("id")).toString(), 2);
    QVERIFY2(!slotIds.contains(QString()), f.lastFailure.constData());

    const Reply r = f.enroll(student, pack, slotIds);
    CONTRACT_CHECK(envelopeProblem(r, 201, QStringLiteral("enrollment"), "POST", QStringLiteral("create")));
    const QJsonObject e = r.data();
    CONTRACT_CHECK(problemOfEnrollment(e));
    QCOMPARE(e.value(QStringLiteral("studentId")).toString(), student.id);
    QCOMPARE(e.value(QStringLiteral("coursePackId")).toString(), pack.value(QStringLiteral("id")).toString());
    QCOMPARE(e.value(QStringLiteral("tutorProfileId")).toString(), f.maria.profileId);
    QCOMPARE(e.value(QStringLiteral("lessonSlotIds")).toArray(), QJsonArray::fromStringList(slotIds));
    // Rule 30: created pending, nothing paid, nothing requested.
    QCOMPARE(e.value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("pending"));
    QCOMPARE(e.value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("pending"));
    QCOMPARE(e.value(QStringLiteral("paymentConfirmation")).toString(), QStringLiteral("pending"));
    QCOMPARE(e.value(QStringLiteral("refundStatus")).toString(), QStringLiteral("notRequested"));
    QVERIFY(e.value(QStringLiteral("enrolledAt")).isNull());
    QCOMPARE(e.value(QStringLiteral("isActive")).toBool(), true);
    // create returns the pure object (§1.4): no joins.
    QVERIFY(!e.contains(QStringLiteral("coursePack")));
    for (const QString &id : slotIds) {
        const QJsonObject s = f.slot(id);
        QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("booked"));
        QCOMPARE(s.value(QStringLiteral("studentId")).toString(), student.id);
    }
}

void TstContractEnrollment::createEnrollmentServerOwnsAmountAndStatuses()
{
    const Actor student = f.newStudent(QStringLiteral("Amount Student"));
    const QJsonObject pack = f.createPack(f.maria, {}, 37.5);
    const QStringList slotIds = f.createSlots(f.maria, pack.value(QStringLiteral("id")).toString(), 3);
    // G22/G33: totalAmount, refundStatus and enrolledAt from the client are type-checked, then the server's own.
    const Reply r = f.enroll(student, pack, slotIds,
                             {{QStringLiteral("totalAmount"), 1.0},
                              {QStringLiteral("currency"), QStringLiteral("eur")},
                              {QStringLiteral("refundStatus"), QStringLiteral("processed")},
                              {QStringLiteral("enrolledAt"), QStringLiteral("2020-01-01T00:00:00Z")}});
    EXPECT_STATUS(r, 201);
    QCOMPARE(r.data().value(QStringLiteral("totalAmount")).toDouble(), 112.5); // price per lesson x 3
    QCOMPARE(r.data().value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(r.data().value(QStringLiteral("refundStatus")).toString(), QStringLiteral("notRequested"));
    QVERIFY(r.data().value(QStringLiteral("enrolledAt")).isNull());
}

void TstContractEnrollment::createEnrollmentBadInput()
{
    const Actor student = f.newStudent(QStringLiteral("Careless Student"));
    const QJsonObject pack = f.createPack(f.maria);
    const QString packId = pack.value(QStringLiteral("id")).toString();
    const QString slotId = f.createSlot(f.maria, packId);
    const QJsonObject good {{QStringLiteral("coursePackId"), packId},
                            {QStringLiteral("tutorProfileId"), f.maria.profileId},
                            {QStringLiteral("lessonSlotIds"), QJsonArray {slotId}}};
    auto with = [&](const QString &key, const QJsonValue &v) {
        QJsonObject b = good;
        if (v.isUndefined())
            b.remove(key);
        else
            b.insert(key, v);
        return b;
    };
    const struct
    {
        QJsonObject body;
        const char *code;
    } cases[] = {
        {QJsonObject {}, "errMsg_MissingParameter:coursePackId"},
        {with(QStringLiteral("coursePackId"), 42), "errMsg_InvalidParameter:coursePackId"},
        {with(QStringLiteral("coursePackId"), QStringLiteral("not-a-uuid")), "errMsg_InvalidParameter:coursePackId"},
        {with(QStringLiteral("tutorProfileId"), QJsonValue::Undefined), "errMsg_MissingParameter:tutorProfileId"},
        {with(QStringLiteral("tutorProfileId"), true), "errMsg_InvalidParameter:tutorProfileId"},
        {with(QStringLiteral("tutorProfileId"), f.james.profileId), "errMsg_InvalidParameter:tutorProfileId"},
        {with(QStringLiteral("lessonSlotIds"), QJsonValue::Undefined), "errMsg_MissingParameter:lessonSlotIds"},
        {with(QStringLiteral("lessonSlotIds"), slotId), "errMsg_InvalidParameter:lessonSlotIds"},
        {with(QStringLiteral("lessonSlotIds"), QJsonArray {}), "errMsg_MissingParameter:lessonSlotIds"},
        {with(QStringLiteral("lessonSlotIds"), QJsonArray {123}), "errMsg_InvalidParameter:lessonSlotIds"},
        {with(QStringLiteral("lessonSlotIds"), QJsonArray {slotId, slotId}), "errMsg_InvalidParameter:lessonSlotIds"},
        {with(QStringLiteral("refundStatus"), QStringLiteral("bogus")), "errMsg_InvalidParameter:refundStatus"},
        {with(QStringLiteral("totalAmount"), QStringLiteral("12")), "errMsg_InvalidParameter:totalAmount"},
        {with(QStringLiteral("currency"), QStringLiteral("USD")), "errMsg_InvalidParameter:currency"},
        {with(QStringLiteral("enrolledAt"), QStringLiteral("yesterday")), "errMsg_InvalidParameter:enrolledAt"},
        {with(QStringLiteral("enrollmentId"), QStringLiteral("abc")), "errMsg_InvalidParameter:enrollmentId"},
    };
    for (const auto &c : cases) {
        const Reply r = f.server.post(kEnrollments, c.body, student.token);
        CONTRACT_CHECK(errorProblem(r, 400, QString::fromLatin1(c.code)));
    }
    Request raw;
    raw.method = "POST";
    raw.path = kEnrollments;
    raw.token = student.token;
    raw.raw = QByteArray("{\"coursePackId\":");
    EXPECT_ERROR(f.server.send(raw), 400, "errMsg_InvalidJson");
    raw.raw = QByteArray("{\"coursePackId\":\"") + QByteArray(1100 * 1024, 'a') + "\"}";
    EXPECT_ERROR(f.server.send(raw), 413, "errMsg_RequestTooLarge");
    EXPECT_ERROR(f.server.post(kEnrollments, good), 401, "errMsg_LoginRequired");

    // Nothing was written.
    QCOMPARE(f.slotStatus(slotId), QStringLiteral("free"));
    const Reply mine = f.server.get(kEnrollments, student.token);
    EXPECT_STATUS(mine, 200);
    QCOMPARE(mine.payload().toArray().size(), 0);
}

void TstContractEnrollment::createEnrollmentUnknownIds()
{
    const QJsonObject pack = f.createPack(f.maria);
    const QString slotId = f.createSlot(f.maria, pack.value(QStringLiteral("id")).toString());
    QJsonObject unknownPack = pack;
    unknownPack.insert(QStringLiteral("id"), uuid());
    EXPECT_ERROR(f.enroll(f.tom, unknownPack, {slotId}), 404, "errMsg_FethcedObjectNotFound:coursePack");
    QJsonObject unknownProfile = pack;
    unknownProfile.insert(QStringLiteral("tutorProfileId"), uuid());
    EXPECT_ERROR(f.enroll(f.tom, unknownProfile, {slotId}), 404, "errMsg_FethcedObjectNotFound:tutorProfile");
    EXPECT_ERROR(f.enroll(f.tom, pack, {slotId, uuid()}), 404, "errMsg_FethcedObjectNotFound:lessonSlot");
    QCOMPARE(f.slotStatus(slotId), QStringLiteral("free"));
}

void TstContractEnrollment::rule29_packMustBePublishedAndApproved()
{
    const QJsonObject draft = f.createPack(f.maria, {{QStringLiteral("isPublished"), false}});
    QVERIFY2(!draft.isEmpty(), f.lastFailure.constData());
    const QString draftSlot = f.createSlot(f.maria, draft.value(QStringLiteral("id")).toString());
    QVERIFY2(!draftSlot.isEmpty(), f.lastFailure.constData());
    EXPECT_ERROR(f.enroll(f.aiko, draft, {draftSlot}), 400, "errMsg_CoursePackNotEnrollable");

    const QJsonObject flagged = f.createPack(f.maria);
    const QString flaggedSlot = f.createSlot(f.maria, flagged.value(QStringLiteral("id")).toString());
    const Reply flag = f.server.patch(QStringLiteral("/tutorcatalog-api/v1/coursepacks/")
                                          + flagged.value(QStringLiteral("id")).toString(),
                                      {{QStringLiteral("moderationStatus"), QStringLiteral("flagged")},
                                       {QStringLiteral("moderationNote"), QStringLiteral("Misleading description")}},
                                      f.admin.token);
    EXPECT_STATUS(flag, 200);
    EXPECT_ERROR(f.enroll(f.aiko, flagged, {flaggedSlot}), 400, "errMsg_CoursePackNotEnrollable");
    QCOMPARE(f.slotStatus(draftSlot), QStringLiteral("free"));
    QCOMPARE(f.slotStatus(flaggedSlot), QStringLiteral("free"));
}

void TstContractEnrollment::rule29_tutorAccountMustBeActive()
{
    const Actor nora = f.newTutor(QStringLiteral("Nora Quinn"));
    QVERIFY2(!nora.profileId.isEmpty(), f.lastFailure.constData());
    const QJsonObject pack = f.createPack(nora);
    QVERIFY2(!pack.isEmpty(), f.lastFailure.constData());
    const QString slotId = f.createSlot(nora, pack.value(QStringLiteral("id")).toString());
    const QString path = QStringLiteral("/auth-api/v1/users/") + nora.id;
    EXPECT_STATUS(f.server.patch(path, {{QStringLiteral("accountStatus"), QStringLiteral("suspended")}}, f.admin.token),
                  200);
    EXPECT_ERROR(f.enroll(f.aiko, pack, {slotId}), 400, "errMsg_TutorNotAvailable");
    QCOMPARE(f.slotStatus(slotId), QStringLiteral("free"));
    EXPECT_STATUS(f.server.patch(path, {{QStringLiteral("accountStatus"), QStringLiteral("active")}}, f.admin.token),
                  200);
    EXPECT_STATUS(f.enroll(f.aiko, pack, {slotId}), 201);
}

void TstContractEnrollment::rule29_slotsMustExistBelongToPackAndBeFree()
{
    const Actor a = f.newStudent(QStringLiteral("Slot Student A"));
    const Actor b = f.newStudent(QStringLiteral("Slot Student B"));
    const QJsonObject pack = f.createPack(f.maria);
    const QJsonObject other = f.createPack(f.maria);
    const QString packId = pack.value(QStringLiteral("id")).toString();
    const QString free1 = f.createSlot(f.maria, packId);
    const QString free2 = f.createSlot(f.maria, packId);
    const QString canceledSlot = f.createSlot(f.maria, packId);
    const QString foreign = f.createSlot(f.maria, other.value(QStringLiteral("id")).toString());

    EXPECT_ERROR(f.enroll(a, pack, {free1, foreign}), 400, "errMsg_LessonSlotNotInPack");
    EXPECT_STATUS(f.enroll(a, pack, {free2}), 201);
    // free1 + a booked slot: refused as a whole, free1 stays free (nothing half-booked).
    EXPECT_ERROR(f.enroll(b, pack, {free1, free2}), 409, "errMsg_LessonSlotNotFree");
    QCOMPARE(f.slotStatus(free1), QStringLiteral("free"));
    EXPECT_STATUS(f.server.patch(QStringLiteral("/coursescheduling-api/v1/lessonslots/") + canceledSlot,
                                 {{QStringLiteral("status"), QStringLiteral("canceled")}}, f.maria.token),
                  200);
    EXPECT_ERROR(f.enroll(b, pack, {canceledSlot}), 409, "errMsg_LessonSlotNotFree");
    EXPECT_STATUS(f.enroll(b, pack, {free1}), 201);
}

void TstContractEnrollment::rule29_screeningMeetingRequired()
{
    const Actor student = f.newStudent(QStringLiteral("Screened Student"));
    const Actor other = f.newStudent(QStringLiteral("Unscreened Student"));
    const QJsonObject pack = f.createPack(f.maria, {{QStringLiteral("preliminaryMeetingRequired"), true}});
    const QString packId = pack.value(QStringLiteral("id")).toString();
    const QStringList slotIds = f.createSlots(f.maria, packId, 2);
    EXPECT_ERROR(f.enroll(student, pack, {slotIds.at(0)}), 400, "errMsg_ScreeningRequired");

    const Reply meeting = f.server.post(QStringLiteral("/coursescheduling-api/v1/preliminarymeetings"),
                                        {{QStringLiteral("coursePackId"), packId}}, student.token);
    EXPECT_STATUS(meeting, 201);
    EXPECT_ERROR(f.enroll(student, pack, {slotIds.at(0)}), 400, "errMsg_ScreeningRequired"); // still pending
    const Reply approve = f.server.patch(
        QStringLiteral("/coursescheduling-api/v1/preliminarymeetings/")
            + meeting.data().value(QStringLiteral("id")).toString(),
        {{QStringLiteral("tutorDecision"), QStringLiteral("approved")},
         {QStringLiteral("scheduledDatetime"), QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate)},
         {QStringLiteral("meetingLink"), QStringLiteral("https://meet.example.org/screening")}},
        f.maria.token);
    EXPECT_STATUS(approve, 200);
    EXPECT_STATUS(f.enroll(student, pack, {slotIds.at(0)}), 201);
    // The approval is per student.
    EXPECT_ERROR(f.enroll(other, pack, {slotIds.at(1)}), 400, "errMsg_ScreeningRequired");
}

void TstContractEnrollment::rule29_schedulingLimits()
{
    // maxDailyLessons: at most that many lessons of the pack on one day.
    const QJsonObject daily = f.createPack(f.maria, {{QStringLiteral("maxDailyLessons"), 1}});
    const QString dailyId = daily.value(QStringLiteral("id")).toString();
    const QDate day = QDate::currentDate().addDays(200);
    const QString morning = f.createSlot(f.maria, dailyId, day, QStringLiteral("08:00"));
    const QString evening = f.createSlot(f.maria, dailyId, day, QStringLiteral("18:00"));
    QVERIFY2(!evening.isEmpty(), f.lastFailure.constData());
    const Actor s1 = f.newStudent(QStringLiteral("Limit Student One"));
    EXPECT_ERROR(f.enroll(s1, daily, {morning, evening}), 400, "errMsg_SchedulingLimitExceeded");
    EXPECT_STATUS(f.enroll(s1, daily, {morning}), 201);

    // strict: requiredClassesCount lessons exactly, within maxPeriodValue/Unit of the first one.
    const QJsonObject strict = f.createPack(f.maria, {{QStringLiteral("schedulingType"), QStringLiteral("strict")},
                                                      {QStringLiteral("requiredClassesCount"), 2},
                                                      {QStringLiteral("maxPeriodValue"), 1},
                                                      {QStringLiteral("maxPeriodUnit"), QStringLiteral("weeks")}});
    QVERIFY2(!strict.isEmpty(), f.lastFailure.constData());
    const QString strictId = strict.value(QStringLiteral("id")).toString();
    const QDate start = QDate::currentDate().addDays(220);
    const QString a = f.createSlot(f.maria, strictId, start, QStringLiteral("09:00"));
    const QString b = f.createSlot(f.maria, strictId, start.addDays(3), QStringLiteral("09:00"));
    const QString late = f.createSlot(f.maria, strictId, start.addDays(12), QStringLiteral("09:00"));
    const Actor s2 = f.newStudent(QStringLiteral("Limit Student Two"));
    EXPECT_ERROR(f.enroll(s2, strict, {a}), 400, "errMsg_SchedulingLimitExceeded");
    EXPECT_ERROR(f.enroll(s2, strict, {a, late}), 400, "errMsg_SchedulingLimitExceeded");
    EXPECT_STATUS(f.enroll(s2, strict, {a, b}), 201);
    QCOMPARE(f.slotStatus(late), QStringLiteral("free"));
}

void TstContractEnrollment::rule29_noDuplicateEnrollment()
{
    const Actor student = f.newStudent(QStringLiteral("Twice Student"));
    const QJsonObject pack = f.createPack(f.maria);
    const QStringList slotIds = f.createSlots(f.maria, pack.value(QStringLiteral("id")).toString(), 2);
    EXPECT_STATUS(f.enroll(student, pack, {slotIds.at(0)}), 201);
    EXPECT_ERROR(f.enroll(student, pack, {slotIds.at(1)}), 409, "errMsg_AlreadyEnrolled");
    QCOMPARE(f.slotStatus(slotIds.at(1)), QStringLiteral("free"));
}

void TstContractEnrollment::rule28_studentIsTheCaller()
{
    const Actor student = f.newStudent(QStringLiteral("Caller Student"));
    const QJsonObject pack = f.createPack(f.maria);
    const QStringList slotIds = f.createSlots(f.maria, pack.value(QStringLiteral("id")).toString(), 2);
    const QString chosen = uuid();
    const Reply r = f.enroll(student, pack, {slotIds.at(0)},
                             {{QStringLiteral("studentId"), f.tom.id}, {QStringLiteral("enrollmentId"), chosen}});
    EXPECT_STATUS(r, 201);
    QCOMPARE(r.data().value(QStringLiteral("studentId")).toString(), student.id);
    QCOMPARE(r.data().value(QStringLiteral("id")).toString(), chosen); // 003: optional client-chosen id
    EXPECT_ERROR(f.enroll(f.tom, pack, {slotIds.at(1)}, {{QStringLiteral("enrollmentId"), chosen}}), 409,
                 "errMsg_EnrollmentAlreadyExists");
    EXPECT_ERROR(f.enroll(f.maria, pack, {slotIds.at(1)}), 400, "errMsg_OwnCoursePack");
    QCOMPARE(f.slotStatus(slotIds.at(1)), QStringLiteral("free"));
}

void TstContractEnrollment::decision7_bookingRaceOneSlot()
{
    const QJsonObject pack = f.createPack(f.james);
    const QString slotId = f.createSlot(f.james, pack.value(QStringLiteral("id")).toString());
    QList<Actor> students;
    for (int i = 0; i < 5; ++i)
        students << f.newStudent(QStringLiteral("Racer %1").arg(i));
    QString winner;
    QCOMPARE(raceForSlot(pack, slotId, students, {QString()}, &winner), QString());
    const Reply all = f.server.get(kEnrollments, f.admin.token,
                                   {{QStringLiteral("coursePackId"), pack.value(QStringLiteral("id")).toString()}});
    QCOMPARE(all.payload().toArray().size(), 1);
    const QJsonObject s = f.slot(slotId);
    QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("booked"));
    QCOMPARE(s.value(QStringLiteral("studentId")).toString(), winner);
}

// 50 createEnrollment requests for one slot from `students` in turn, spread over the server bases given (empty:
// the fixture's server): exactly one 201, every other a 409 of the race. An empty string when so, otherwise what
// differed; *winner is the winning student's id.
QString TstContractEnrollment::raceForSlot(const QJsonObject &pack, const QString &slotId, const QList<Actor> &students,
                                           const QStringList &bases, QString *winner)
{
    QList<Request> requests;
    for (int i = 0; i < 50; ++i) {
        Request req;
        req.method = "POST";
        req.path = kEnrollments;
        req.token = students.at(i % students.size()).token;
        req.base = bases.at(i % bases.size());
        req.json = QJsonObject {{QStringLiteral("coursePackId"), pack.value(QStringLiteral("id"))},
                                {QStringLiteral("tutorProfileId"), f.james.profileId},
                                {QStringLiteral("lessonSlotIds"), QJsonArray {slotId}}};
        requests << req;
    }
    int created = 0;
    for (const Reply &r : f.server.sendAll(requests, 30000)) {
        if (r.status == 201) {
            ++created;
            *winner = r.data().value(QStringLiteral("studentId")).toString();
            continue;
        }
        if (const QString problem = errorProblem(r, 409); !problem.isEmpty())
            return problem;
        if (r.message() != QLatin1String("errMsg_LessonSlotNotFree")
            && r.message() != QLatin1String("errMsg_AlreadyEnrolled"))
            return QString::fromUtf8(r.describe());
    }
    return created == 1 ? QString() : QStringLiteral("%1 bookings succeeded").arg(created);
}

// Issue 18 item 2: two server instances on one PostgreSQL database, 50 clients racing for one slot, split over
// both: exactly one winner. A token issued by one instance is accepted by the other (the signing key is the
// database's, DB9), and each instance's list shows the winner's enrollment.
void TstContractEnrollment::decision7_bookingRaceTwoInstances()
{
    if (f.server.database().isEmpty())
        QSKIP("two instances share a PostgreSQL database: tst_contract_enrollment@postgresql");
    Server second;
    second.setDatabase(f.server.database());
    QString error;
    QVERIFY2(second.start(&error), qPrintable(error));
    const Reply me = second.get(QStringLiteral("/auth-api/currentuser"), f.lena.token);
    QVERIFY2(me.status == 200, me.describe().constData());

    const QJsonObject pack = f.createPack(f.james);
    const QString slotId = f.createSlot(f.james, pack.value(QStringLiteral("id")).toString());
    QList<Actor> students;
    for (int i = 0; i < 10; ++i)
        students << f.newStudent(QStringLiteral("Two-instance Racer %1").arg(i));
    QString winner;
    QCOMPARE(raceForSlot(pack, slotId, students, {QString(), second.base()}, &winner), QString());
    const Query byPack {{QStringLiteral("coursePackId"), pack.value(QStringLiteral("id")).toString()}};
    QCOMPARE(f.server.get(kEnrollments, f.admin.token, byPack).payload().toArray().size(), 1);
    QCOMPARE(second.get(kEnrollments, f.admin.token, byPack).payload().toArray().size(), 1);
    const QJsonObject s = f.slot(slotId);
    QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("booked"));
    QCOMPARE(s.value(QStringLiteral("studentId")).toString(), winner);
}

void TstContractEnrollment::decision7_bookingRaceOverlappingSets()
{
    const Actor a = f.newStudent(QStringLiteral("Overlap Student A"));
    const Actor b = f.newStudent(QStringLiteral("Overlap Student B"));
    for (int round = 0; round < 3; ++round) {
        const QJsonObject pack = f.createPack(f.james);
        const QStringList s = f.createSlots(f.james, pack.value(QStringLiteral("id")).toString(), 3);
        auto request = [&](const Actor &who, const QStringList &ids) {
            Request req;
            req.method = "POST";
            req.path = kEnrollments;
            req.token = who.token;
            req.json = QJsonObject {{QStringLiteral("coursePackId"), pack.value(QStringLiteral("id"))},
                                    {QStringLiteral("tutorProfileId"), f.james.profileId},
                                    {QStringLiteral("lessonSlotIds"), QJsonArray::fromStringList(ids)}};
            return req;
        };
        const QList<Reply> replies = f.server.sendAll({request(a, {s.at(0), s.at(1)}), request(b, {s.at(1), s.at(2)})});
        QCOMPARE(int(replies.at(0).status == 201) + int(replies.at(1).status == 201), 1);
        const bool aWon = replies.at(0).status == 201;
        CONTRACT_CHECK(errorProblem(replies.at(aWon ? 1 : 0), 409, QStringLiteral("errMsg_LessonSlotNotFree")));
        // The loser's other slot was not left booked.
        QCOMPARE(f.slotStatus(aWon ? s.at(2) : s.at(0)), QStringLiteral("free"));
        QCOMPARE(f.slotStatus(s.at(1)), QStringLiteral("booked"));
    }
}

// F50: a server that wakes its checkpoint thread after every commit (TUTORHUB_WAL_CHECKPOINT_PAGES=1), so
// the WAL is copied into the database while the races commit: still exactly one winner per slot, and every
// winner's enrollment and slot are there (that they survive a restart: tst_server_db).
void TstContractEnrollment::decision7_bookingRacesAcrossCheckpoints()
{
    qputenv("TUTORHUB_WAL_CHECKPOINT_PAGES", "1");
    EnrollmentFixture g;
    QString error;
    const bool started = g.start(&error);
    qunsetenv("TUTORHUB_WAL_CHECKPOINT_PAGES");
    QVERIFY2(started, qPrintable(error));
    QList<Actor> students;
    for (int i = 0; i < 5; ++i)
        students << g.newStudent(QStringLiteral("Checkpoint Racer %1").arg(i));
    const int rounds = 6; // a pack with one slot each: a student may hold one open enrollment per pack
    QStringList packIds, slotIds;
    QList<Request> requests;
    for (int round = 0; round < rounds; ++round) {
        const QJsonObject pack = g.createPack(g.james);
        packIds << pack.value(QStringLiteral("id")).toString();
        slotIds << g.createSlot(g.james, packIds.last());
        for (int i = 0; i < 10; ++i) {
            Request req;
            req.method = "POST";
            req.path = kEnrollments;
            req.token = students.at(i % students.size()).token;
            req.json = QJsonObject {{QStringLiteral("coursePackId"), packIds.last()},
                                    {QStringLiteral("tutorProfileId"), g.james.profileId},
                                    {QStringLiteral("lessonSlotIds"), QJsonArray {slotIds.last()}}};
            requests << req;
        }
    }
    const QList<Reply> replies = g.server.sendAll(requests, 60000);
    QCOMPARE(replies.size(), requests.size());
    QStringList winners(rounds);
    for (int i = 0; i < replies.size(); ++i) {
        const Reply &r = replies.at(i);
        if (r.status == 201) {
            QVERIFY2(winners.at(i / 10).isEmpty(), "two bookings of one slot");
            winners[i / 10] = r.data().value(QStringLiteral("studentId")).toString();
            continue;
        }
        CONTRACT_CHECK(errorProblem(r, 409));
        QVERIFY2(r.message() == QLatin1String("errMsg_LessonSlotNotFree")
                     || r.message() == QLatin1String("errMsg_AlreadyEnrolled"),
                 r.describe().constData());
    }
    for (int round = 0; round < rounds; ++round) {
        QVERIFY2(!winners.at(round).isEmpty(), "a race without a winner");
        const Reply all
            = g.server.get(kEnrollments, g.admin.token, {{QStringLiteral("coursePackId"), packIds.at(round)}});
        QCOMPARE(all.payload().toArray().size(), 1);
        QCOMPARE(all.payload().toArray().first().toObject().value(QStringLiteral("studentId")).toString(),
                 winners.at(round));
        const QJsonObject s = g.slot(slotIds.at(round));
        QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("booked"));
        QCOMPARE(s.value(QStringLiteral("studentId")).toString(), winners.at(round));
    }
}

void TstContractEnrollment::getEnrollmentAccess()
{
    const Actor student = f.newStudent(QStringLiteral("Visible Student"));
    const QJsonObject pack = f.createPack(f.maria);
    const QString id
        = f.enrollId(student, pack, f.createSlots(f.maria, pack.value(QStringLiteral("id")).toString(), 2));
    QVERIFY2(!id.isEmpty(), f.lastFailure.constData());
    const QString path = kEnrollments + QLatin1Char('/') + id;

    const Reply own = f.server.get(path, student.token);
    CONTRACT_CHECK(envelopeProblem(own, 200, QStringLiteral("enrollment"), "GET", QStringLiteral("get")));
    const QJsonObject e = own.data();
    CONTRACT_CHECK(problemOfEnrollment(e)); // G36: the enrollment's own fields too
    QCOMPARE(e.value(QStringLiteral("coursePack")).toObject().value(QStringLiteral("title")).toString(),
             pack.value(QStringLiteral("title")).toString());
    QCOMPARE(e.value(QStringLiteral("coursePack")).toObject().value(QStringLiteral("schedulingType_idx")).toInt(), 0);
    const QJsonArray lessons = e.value(QStringLiteral("lessonSlots")).toArray();
    QCOMPARE(lessons.size(), 2);
    QCOMPARE(lessons.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("booked"));
    QCOMPARE(lessons.first().toObject().value(QStringLiteral("status_idx")).toInt(), 1);
    QCOMPARE(e.value(QStringLiteral("student")).toObject().value(QStringLiteral("fullname")).toString(),
             QStringLiteral("Visible Student"));
    QVERIFY(e.value(QStringLiteral("student"))
                .toObject()
                .value(QStringLiteral("avatar"))
                .toString()
                .startsWith(QStringLiteral("http")));
    QCOMPARE(e.value(QStringLiteral("tutorProfile")).toObject().value(QStringLiteral("tutorId")).toString(),
             f.maria.id);

    EXPECT_STATUS(f.server.get(path, f.maria.token), 200);
    EXPECT_STATUS(f.server.get(path, f.admin.token), 200);
    EXPECT_ERROR(f.server.get(path, f.tom.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.get(path, f.james.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.get(path), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.get(kEnrollments + QLatin1Char('/') + uuid(), f.admin.token), 404,
                 "errMsg_FethcedObjectNotFound:enrollment");
    EXPECT_ERROR(f.server.get(kEnrollments + QStringLiteral("/abc"), f.admin.token), 404,
                 "errMsg_FethcedObjectNotFound:enrollment");
    const Reply bare = f.server.get(path, student.token, {{QStringLiteral("getJoins"), QStringLiteral("false")}});
    EXPECT_STATUS(bare, 200);
    QVERIFY(!bare.data().contains(QStringLiteral("coursePack")));
}

void TstContractEnrollment::listEnrollmentsScoping()
{
    const Actor x = f.newStudent(QStringLiteral("List Student X"));
    const Actor y = f.newStudent(QStringLiteral("List Student Y"));
    const QJsonObject mariaPack = f.createPack(f.maria);
    const QJsonObject jamesPack = f.createPack(f.james);
    const QString ex
        = f.enrollId(x, mariaPack, {f.createSlot(f.maria, mariaPack.value(QStringLiteral("id")).toString())});
    const QString ey
        = f.enrollId(y, jamesPack, {f.createSlot(f.james, jamesPack.value(QStringLiteral("id")).toString())});
    QVERIFY2(!ex.isEmpty() && !ey.isEmpty(), f.lastFailure.constData());
    auto ids = [&](const Actor &who, const Query &q = {}) {
        Query all = q;
        all.append({QStringLiteral("pageNumber"), QStringLiteral("0")});
        const Reply r = f.server.get(kEnrollments, who.token, all);
        QSet<QString> out;
        for (const QJsonValue &v : r.payload().toArray())
            out.insert(v.toObject().value(QStringLiteral("id")).toString());
        return out;
    };
    const Reply listed = f.server.get(kEnrollments, x.token);
    CONTRACT_CHECK(
        envelopeProblem(listed, 200, QStringLiteral("enrollments"), "GET", QStringLiteral("list"), Shape::List));
    const QJsonObject row = listed.payload().toArray().first().toObject();
    CONTRACT_CHECK(problemOfEnrollment(row));
    QVERIFY(row.value(QStringLiteral("coursePack")).isArray()); // G67: list joins are arrays
    QVERIFY(row.value(QStringLiteral("student")).isArray());
    QCOMPARE(ids(x), QSet<QString> {ex});
    QCOMPARE(ids(y), QSet<QString> {ey});
    QVERIFY(ids(f.maria).contains(ex) && !ids(f.maria).contains(ey));
    QVERIFY(ids(f.james).contains(ey) && !ids(f.james).contains(ex));
    QVERIFY(ids(f.admin).contains(ex) && ids(f.admin).contains(ey));
    QCOMPARE(ids(f.admin, {{QStringLiteral("tutorProfileId"), f.james.profileId}}).contains(ex), false);
    QVERIFY(ids(f.admin, {{QStringLiteral("paymentConfirmation"), QStringLiteral("pending")}}).contains(ex));
    QVERIFY(!ids(f.admin, {{QStringLiteral("paymentConfirmation"), QStringLiteral("paid")}}).contains(ex));
    EXPECT_ERROR(
        f.server.get(kEnrollments, f.admin.token, {{QStringLiteral("paymentConfirmation"), QStringLiteral("bogus")}}),
        400, "errMsg_InvalidParameter:paymentConfirmation");
    EXPECT_ERROR(f.server.get(kEnrollments, f.admin.token, {{QStringLiteral("tutorProfileId"), QStringLiteral("abc")}}),
                 400, "errMsg_InvalidParameter:tutorProfileId");
    EXPECT_ERROR(f.server.get(kEnrollments), 401, "errMsg_LoginRequired");
}

// F41-F43: the server remembers counts, page positions and whole list answers between writes. Paged
// through, the admin's list gives every row once in the order of the unpaged list; the same page asked
// again is the remembered answer (source "cache", API.md §1.4); after an insert, a status change and a
// delete the counts, the pages and the title search are the new ones at once.
void TstContractEnrollment::listPagesAndCountsFollowWrites()
{
    const Actor s = f.newStudent(QStringLiteral("Paging Student"));
    const QString tag = QStringLiteral("Pagingtag%1").arg(QDateTime::currentMSecsSinceEpoch() % 100000);
    QList<QJsonObject> packs;
    QStringList enrolled;
    for (int i = 0; i < 5; ++i) { // the last one without enrollments, to be deleted
        packs << f.createPack(f.maria, {{QStringLiteral("title"), QStringLiteral("%1 pack %2").arg(tag).arg(i)}});
        if (i < 3)
            enrolled << f.enrollId(s, packs.last(),
                                   {f.createSlot(f.maria, packs.last().value(QStringLiteral("id")).toString())});
    }
    QVERIFY2(!enrolled.contains(QString()), f.lastFailure.constData());
    auto listed = [&](const Query &extra, int *total = nullptr) {
        // Every page of 2 (newest first), checked against the unpaged list of the same query.
        Query all = extra;
        all << std::pair {QStringLiteral("pageNumber"), QStringLiteral("0")}
            << std::pair {QStringLiteral("sortBy"), QStringLiteral("createdAt")}
            << std::pair {QStringLiteral("sortOrder"), QStringLiteral("desc")};
        QStringList whole;
        for (const QJsonValue &v : f.server.get(kEnrollments, f.admin.token, all).payload().toArray())
            whole << v.toObject().value(QStringLiteral("id")).toString();
        QStringList paged;
        int count = -1;
        for (int page = 1;; ++page) {
            Query q = extra;
            q << std::pair {QStringLiteral("pageNumber"), QString::number(page)}
              << std::pair {QStringLiteral("pageRowCount"), QStringLiteral("2")}
              << std::pair {QStringLiteral("sortBy"), QStringLiteral("createdAt")}
              << std::pair {QStringLiteral("sortOrder"), QStringLiteral("desc")};
            const Reply r = f.server.get(kEnrollments, f.admin.token, q);
            if (r.status != 200)
                return QStringList {QStringLiteral("! status %1").arg(r.status)};
            count = r.obj().value(QStringLiteral("paging")).toObject().value(QStringLiteral("totalRowCount")).toInt();
            const QJsonArray rows = r.payload().toArray();
            for (const QJsonValue &v : rows)
                paged << v.toObject().value(QStringLiteral("id")).toString();
            if (rows.size() < 2)
                break;
        }
        if (paged != whole || count != whole.size())
            return QStringList {QStringLiteral("! pages differ from the whole list (%1 paged, %2 whole, count %3)")
                                    .arg(paged.size())
                                    .arg(whole.size())
                                    .arg(count)};
        if (total)
            *total = count;
        return paged;
    };
    const Query mine {{QStringLiteral("studentId"), s.id}};
    int total = 0, mineTotal = 0;
    const QStringList before = listed({}, &total);
    QVERIFY2(before.size() >= 3 && !before.first().startsWith(QLatin1Char('!')), qPrintable(before.join(' ')));
    QCOMPARE(listed(mine, &mineTotal), QStringList({enrolled[2], enrolled[1], enrolled[0]}));
    QCOMPARE(mineTotal, 3);

    // The same page again: the remembered answer, the same rows.
    const Query page1 {{QStringLiteral("pageRowCount"), QStringLiteral("2")},
                       {QStringLiteral("sortBy"), QStringLiteral("createdAt")},
                       {QStringLiteral("sortOrder"), QStringLiteral("desc")}};
    const Reply first = f.server.get(kEnrollments, f.admin.token, page1);
    const Reply again = f.server.get(kEnrollments, f.admin.token, page1);
    // On PostgreSQL nothing is remembered between requests: other instances write too (DB3).
    const bool postgres = !tutorhub::test::postgres::baseUrl().isEmpty();
    QCOMPARE(again.obj().value(QStringLiteral("source")).toString(),
             postgres ? QStringLiteral("db") : QStringLiteral("cache"));
    QCOMPARE(again.payload(), first.payload());
    CONTRACT_CHECK(
        envelopeProblem(again, 200, QStringLiteral("enrollments"), "GET", QStringLiteral("list"), Shape::List));

    // An insert: the newest row leads page 1 at once, every count is one more.
    const QString added
        = f.enrollId(s, packs[3], {f.createSlot(f.maria, packs[3].value(QStringLiteral("id")).toString())});
    QVERIFY2(!added.isEmpty(), f.lastFailure.constData());
    const Reply after = f.server.get(kEnrollments, f.admin.token, page1);
    QCOMPARE(after.obj().value(QStringLiteral("source")).toString(), QStringLiteral("db"));
    QCOMPARE(after.payload().toArray().first().toObject().value(QStringLiteral("id")).toString(), added);
    int totalAfter = 0;
    QCOMPARE(listed({}, &totalAfter).mid(1), before);
    QCOMPARE(totalAfter, total + 1);
    QCOMPARE(listed(mine, &mineTotal).size(), 4);

    // A status change: the canceled filter gains the row, the pending one loses it.
    const Query canceled {{QStringLiteral("studentId"), s.id},
                          {QStringLiteral("enrollmentStatus"), QStringLiteral("canceled")}};
    const Query pending {{QStringLiteral("studentId"), s.id},
                         {QStringLiteral("enrollmentStatus"), QStringLiteral("pending")}};
    int canceledCount = -1, pendingCount = -1;
    QCOMPARE(listed(canceled, &canceledCount), QStringList());
    QCOMPARE(listed(pending, &pendingCount).size(), 4);
    const Reply cancel
        = f.server.patch(kEnr + QStringLiteral("/v1/cancelenrollment/") + enrolled[1],
                         {{QStringLiteral("cancelReason"), QStringLiteral("Paging test")}}, f.admin.token);
    QCOMPARE(cancel.status, 200);
    QCOMPARE(listed(canceled, &canceledCount), QStringList {enrolled[1]});
    QCOMPARE(listed(pending, &pendingCount), QStringList({added, enrolled[2], enrolled[0]}));

    // A delete, seen by the catalog's title search (trigram index) and its count.
    const QString catalog = QStringLiteral("/tutorcatalog-api/v1/coursepacks");
    auto titled = [&](const QString &text) {
        const Reply r
            = f.server.get(catalog, f.maria.token,
                           {{QStringLiteral("title"), text}, {QStringLiteral("pageRowCount"), QStringLiteral("3")}});
        return r.obj().value(QStringLiteral("paging")).toObject().value(QStringLiteral("totalRowCount")).toInt();
    };
    QCOMPARE(titled(tag.toUpper()), 5);
    QCOMPARE(titled(tag.toUpper()), 5); // remembered
    QCOMPARE(titled(tag + QStringLiteral(" pack 4")), 1);
    const QString gone = packs[4].value(QStringLiteral("id")).toString();
    const Reply deleted = f.server.del(catalog + QLatin1Char('/') + gone, f.maria.token);
    QVERIFY2(deleted.status == 200, deleted.describe().constData());
    QCOMPARE(titled(tag.toUpper()), 4);
    QCOMPARE(titled(tag + QStringLiteral(" pack 4")), 0);
}

// F20: the list writes its rows straight to JSON bytes. Its body must be what QJsonDocument writes
// (keys sorted, Qt's escapes and numbers), and each row the object getEnrollment answers, in the list
// shape (joined objects in arrays, G67). Names with quotes, a backslash and non-ASCII letters and
// a price with a fraction take the writer's slow paths.
void TstContractEnrollment::listEnrollmentsWrittenAsQtWould()
{
    const Actor student = f.newStudent(QStringLiteral("Zoë \"Q\" O'Brien\\ß"));
    const QJsonObject pack
        = f.createPack(f.maria, {{QStringLiteral("title"), QStringLiteral("Ünïcode \"pack\" ✓")}}, 37.25);
    const QString id
        = f.enrollId(student, pack, f.createSlots(f.maria, pack.value(QStringLiteral("id")).toString(), 3));
    QVERIFY2(!id.isEmpty(), f.lastFailure.constData());
    for (const QString &joins : {QStringLiteral("true"), QStringLiteral("false")}) {
        const Reply listed
            = f.server.get(kEnrollments, f.admin.token,
                           {{QStringLiteral("pageNumber"), QStringLiteral("0")}, {QStringLiteral("getJoins"), joins}});
        EXPECT_STATUS(listed, 200);
        const QJsonDocument doc = QJsonDocument::fromJson(listed.body);
        QVERIFY(doc.isObject());
        QCOMPARE(listed.body, doc.toJson(QJsonDocument::Compact));
        const QJsonArray rows = doc.object().value(QStringLiteral("enrollments")).toArray();
        QCOMPARE(qsizetype(doc.object().value(QStringLiteral("rowCount")).toInt()), rows.size());
        QVERIFY(rows.size() >= 1);
        bool seen = false;
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            const QString rowId = row.value(QStringLiteral("id")).toString();
            const Reply got = f.server.get(kEnrollments + QLatin1Char('/') + rowId, f.admin.token,
                                           {{QStringLiteral("getJoins"), joins}});
            EXPECT_STATUS(got, 200);
            QJsonObject expected = got.data();
            for (const char *k : {"coursePack", "student", "tutorProfile"})
                if (expected.contains(QLatin1String(k)))
                    expected.insert(QLatin1String(k), expected.value(QLatin1String(k)).isNull()
                                                          ? QJsonArray()
                                                          : QJsonArray {expected.value(QLatin1String(k))});
            QCOMPARE(row, expected);
            if (rowId == id) {
                seen = true;
                if (joins == QLatin1String("true")) {
                    QCOMPARE(row.value(QStringLiteral("lessonSlots")).toArray().size(), 3);
                    QCOMPARE(row.value(QStringLiteral("student"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("fullname"))
                                 .toString(),
                             QStringLiteral("Zoë \"Q\" O'Brien\\ß"));
                }
            }
        }
        QVERIFY(seen);
    }
}

void TstContractEnrollment::serverOutput()
{
    f.server.stop();
    const QStringList problems = f.server.outputProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TstContractEnrollment)
