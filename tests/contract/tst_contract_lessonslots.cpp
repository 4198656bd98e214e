// Contract tests of the courseScheduling service's lesson slots (API.md §3.2, rules 24-25 of §4.3, G25-G29) and
// of slot generation across the 2027 clock changes in Europe/Berlin and America/New_York (decision 6).
// The shared set-up is schedulingfixture.h.
#include "schedulingfixture.h"
#include "lessontime.h"

using namespace contract;

class TstContractLessonSlots : public SchedulingSuite
{
    Q_OBJECT

private slots:
    void g25_createLessonSlotAccess();
    void lessonSlotBadInput();
    void slotOverlapRefused();
    void slotVisibilityAndBooking();
    void rule25_slotUpdateRules();
    void rule24_statusTransitions();
    void g28_deleteLessonSlotRules();
    void g29_listLessonSlotsFilters();
    void generateLessonSlotsAccessAndInput();
    void dst_berlin2027();
    void dst_newYork2027();
    void generatedOverBookedSlotRefused();
};

// G25: the pack's tutor (or an admin) creates free slots; times are UTC; duration 60 by default.
void TstContractLessonSlots::g25_createLessonSlotAccess()
{
    EXPECT_ERROR(f.createSlot(f.lena, m_pack, QStringLiteral("2027-06-01"), QStringLiteral("09:00")), 403,
                 "errMsg_Forbidden");
    EXPECT_ERROR(f.createSlot(f.james, m_pack, QStringLiteral("2027-06-01"), QStringLiteral("09:00")), 403,
                 "errMsg_Forbidden");
    const Reply r = f.createSlot(f.maria, m_pack, QStringLiteral("2027-06-01"), QStringLiteral("09:00"));
    CONTRACT_CHECK(envelopeProblem(r, 201, QStringLiteral("lessonSlot"), "POST", QStringLiteral("create")));
    const QJsonObject s = r.data();
    CONTRACT_CHECK(stdFieldsProblem(s));
    CONTRACT_CHECK(enumProblem(
        s, QStringLiteral("status"),
        {QStringLiteral("free"), QStringLiteral("booked"), QStringLiteral("completed"), QStringLiteral("canceled")}));
    CONTRACT_CHECK(
        enumProblem(s, QStringLiteral("sessionMode"), {QStringLiteral("online"), QStringLiteral("faceToFace")}));
    QCOMPARE(s.value(QStringLiteral("startsAt")).toString(), QStringLiteral("2027-06-01T09:00:00.000Z"));
    QCOMPARE(s.value(QStringLiteral("endsAt")).toString(), QStringLiteral("2027-06-01T10:00:00.000Z"));
    QCOMPARE(s.value(QStringLiteral("durationMinutes")).toInt(), 60);
    QCOMPARE(s.value(QStringLiteral("scheduledDate")).toString(), QStringLiteral("2027-06-01"));
    QCOMPARE(s.value(QStringLiteral("scheduledTime")).toString(), QStringLiteral("09:00"));
    QVERIFY(s.value(QStringLiteral("studentId")).isNull());
    QCOMPARE(s.value(QStringLiteral("tutorProfileId")).toString(), f.mariaProfile);
    const Reply admin = f.createSlot(f.admin, m_pack, QStringLiteral("2027-06-01"), QStringLiteral("13:00"),
                                     {{QStringLiteral("durationMinutes"), 90},
                                      {QStringLiteral("sessionMode"), QStringLiteral("faceToFace")},
                                      {QStringLiteral("locationType"), QStringLiteral("tutorHome")}});
    EXPECT_STATUS(admin, 201);
    QCOMPARE(admin.data().value(QStringLiteral("endsAt")).toString(), QStringLiteral("2027-06-01T14:30:00.000Z"));
}

void TstContractLessonSlots::lessonSlotBadInput()
{
    const QString path = f.scheduling(QStringLiteral("lessonslots"));
    const QJsonObject good {{QStringLiteral("coursePackId"), m_pack},
                            {QStringLiteral("scheduledDate"), QStringLiteral("2027-06-02")},
                            {QStringLiteral("scheduledTime"), QStringLiteral("09:00")}};
    for (const char *name : {"coursePackId", "scheduledDate", "scheduledTime"}) {
        QJsonObject b = good;
        b.remove(QLatin1String(name));
        EXPECT_ERROR_S(f.server.post(path, b, f.maria.token), 400,
                       QStringLiteral("errMsg_MissingParameter:") + QLatin1String(name));
    }
    const struct
    {
        const char *field;
        QJsonValue value;
        const char *code;
    } bad[] = {
        {"scheduledDate", QStringLiteral("06/02/2027"), "errMsg_InvalidParameter:scheduledDate"},
        {"scheduledTime", QStringLiteral("25:00"), "errMsg_InvalidParameter:scheduledTime"},
        {"status", QStringLiteral("booked"), "errMsg_InvalidParameter:status"},
        {"status", QStringLiteral("sold"), "errMsg_InvalidParameter:status"},
        {"sessionMode", QStringLiteral("zoom"), "errMsg_InvalidParameter:sessionMode"},
        {"locationType", QStringLiteral("moon"), "errMsg_InvalidParameter:locationType"},
        {"durationMinutes", 5, "errMsg_InvalidParameter:durationMinutes"},
        {"durationMinutes", QStringLiteral("60"), "errMsg_InvalidParameter:durationMinutes"},
        {"meetLink", QStringLiteral("javascript:alert(1)"), "errMsg_InvalidParameter:meetLink"},
        {"scheduledDate", QStringLiteral("2020-01-06"), "errMsg_SlotInPast"},
    };
    for (const auto &b : bad) {
        QJsonObject body = good;
        body.insert(QLatin1String(b.field), b.value);
        EXPECT_ERROR_S(f.server.post(path, body, f.maria.token), 400, QLatin1String(b.code));
    }
    QJsonObject unknown = good;
    unknown.insert(QStringLiteral("coursePackId"), CatalogFixture::randomId());
    EXPECT_ERROR(f.server.post(path, unknown, f.admin.token), 404, "errMsg_FethcedObjectNotFound:coursePack");
    QCOMPARE(f.listIds(path, &f.maria, {{QStringLiteral("scheduledDate"), QStringLiteral("2027-06-02")}}).size(), 0);
}

// A tutor cannot hold two lessons at once, whatever the pack.
void TstContractLessonSlots::slotOverlapRefused()
{
    EXPECT_STATUS(f.createSlot(f.maria, m_pack, QStringLiteral("2027-06-07"), QStringLiteral("09:00")), 201);
    EXPECT_ERROR(f.createSlot(f.maria, m_pack, QStringLiteral("2027-06-07"), QStringLiteral("09:30")), 409,
                 "errMsg_SlotOverlap");
    EXPECT_ERROR(f.createSlot(f.maria, m_pack2, QStringLiteral("2027-06-07"), QStringLiteral("09:00")), 409,
                 "errMsg_SlotOverlap");
    EXPECT_ERROR(f.createSlot(f.admin, m_pack, QStringLiteral("2027-06-07"), QStringLiteral("08:30")), 409,
                 "errMsg_SlotOverlap");
    EXPECT_STATUS(f.createSlot(f.maria, m_pack2, QStringLiteral("2027-06-07"), QStringLiteral("10:00")), 201);
    EXPECT_STATUS(f.createSlot(f.james, m_jpack, QStringLiteral("2027-06-07"), QStringLiteral("09:00")), 201);
}

void TstContractLessonSlots::slotVisibilityAndBooking()
{
    const Reply s = f.createSlot(f.maria, m_pack, QStringLiteral("2027-06-14"), QStringLiteral("09:00"));
    const QString id = s.data().value(QStringLiteral("id")).toString();
    const QString one = f.scheduling(QStringLiteral("lessonslots/")) + id;
    // A free slot of a public pack is visible to every signed-in user.
    CONTRACT_CHECK(envelopeProblem(f.server.get(one, f.tom.token), 200, QStringLiteral("lessonSlot"), "GET",
                                   QStringLiteral("get")));
    EXPECT_STATUS(f.server.get(one, f.james.token), 200);
    QVERIFY(f.listIds(f.scheduling(QStringLiteral("lessonslots")), &f.tom, {{QStringLiteral("coursePackId"), m_pack}})
                .contains(id));
    const Reply booked = f.server.patch(
        one, {{QStringLiteral("status"), QStringLiteral("booked")}, {QStringLiteral("studentId"), f.lena.userId}},
        f.admin.token);
    EXPECT_STATUS(booked, 200);
    QVERIFY(booked.data()
                .value(QStringLiteral("meetLink"))
                .toString()
                .startsWith(QLatin1String("https://meet.google.com/")));
    // Booked: the student, the tutor and admins only.
    EXPECT_ERROR(f.server.get(one, f.tom.token), 404, "errMsg_FethcedObjectNotFound:lessonSlot");
    EXPECT_ERROR(f.server.get(one, f.james.token), 404, "errMsg_FethcedObjectNotFound:lessonSlot");
    for (const Who *who : {&f.lena, &f.maria, &f.admin})
        EXPECT_STATUS(f.server.get(one, who->token), 200);
    QVERIFY(!f.listIds(f.scheduling(QStringLiteral("lessonslots")), &f.tom, {{QStringLiteral("coursePackId"), m_pack}})
                 .contains(id));
    QVERIFY(
        f.listIds(f.scheduling(QStringLiteral("lessonslots")), &f.lena, {{QStringLiteral("studentId"), f.lena.userId}})
            .contains(id));
    QVERIFY(
        f.listIds(f.scheduling(QStringLiteral("lessonslots")), &f.tom, {{QStringLiteral("studentId"), f.lena.userId}})
            .isEmpty());
    // A hidden pack's free slots are not shown to students.
    const QString hiddenPack = f.newPack(f.maria, f.mariaProfile, {{QStringLiteral("isPublished"), false}});
    const Reply hidden = f.createSlot(f.maria, hiddenPack, QStringLiteral("2027-06-14"), QStringLiteral("15:00"));
    EXPECT_STATUS(hidden, 201);
    EXPECT_ERROR(f.server.get(f.scheduling(QStringLiteral("lessonslots/"))
                                  + hidden.data().value(QStringLiteral("id")).toString(),
                              f.tom.token),
                 404, "errMsg_FethcedObjectNotFound:lessonSlot");
}

// Rule 25: the tutor edits any slot of their packs; the booked student only the location.
void TstContractLessonSlots::rule25_slotUpdateRules()
{
    const QString id = bookedSlot(QStringLiteral("2027-06-15"), QStringLiteral("09:00"));
    QVERIFY(!id.isEmpty());
    const QString one = f.scheduling(QStringLiteral("lessonslots/")) + id;
    const Reply loc = f.server.patch(one,
                                     {{QStringLiteral("locationType"), QStringLiteral("studentHome")},
                                      {QStringLiteral("locationDetails"), QStringLiteral("Hauptstr. 5, Berlin")}},
                                     f.lena.token);
    CONTRACT_CHECK(envelopeProblem(loc, 200, QStringLiteral("lessonSlot"), "PATCH", QStringLiteral("update")));
    QCOMPARE(loc.data().value(QStringLiteral("locationDetails")).toString(), QStringLiteral("Hauptstr. 5, Berlin"));
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("status"), QStringLiteral("completed")}}, f.lena.token), 403,
                 "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("sessionMode"), QStringLiteral("faceToFace")}}, f.lena.token),
                 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("locationDetails"), QStringLiteral("x")}}, f.tom.token), 404,
                 "errMsg_FethcedObjectNotFound:lessonSlot");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("studentId"), f.tom.userId}}, f.maria.token), 403,
                 "errMsg_Forbidden");
    const Reply f2f
        = f.server.patch(one, {{QStringLiteral("sessionMode"), QStringLiteral("faceToFace")}}, f.maria.token);
    EXPECT_STATUS(f2f, 200);
    QVERIFY(f2f.data().value(QStringLiteral("meetLink")).isNull());
    const Reply freeSlot = f.createSlot(f.maria, m_pack, QStringLiteral("2027-06-15"), QStringLiteral("11:00"));
    const QString free
        = f.scheduling(QStringLiteral("lessonslots/")) + freeSlot.data().value(QStringLiteral("id")).toString();
    EXPECT_ERROR(f.server.patch(free, {{QStringLiteral("locationDetails"), QStringLiteral("x")}}, f.lena.token), 403,
                 "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(free, {{QStringLiteral("status"), QStringLiteral("canceled")}}, f.james.token), 403,
                 "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(free, {{QStringLiteral("status"), QStringLiteral("gone")}}, f.maria.token), 400,
                 "errMsg_InvalidParameter:status");
    EXPECT_ERROR(f.server.patch(free, {{QStringLiteral("meetLink"), QStringLiteral("meet")}}, f.maria.token), 400,
                 "errMsg_InvalidParameter:meetLink");
}

// Rule 24: free -> canceled -> free, booked -> completed; no way back from completed; booking is
// the enrollment's (admin override only).
void TstContractLessonSlots::rule24_statusTransitions()
{
    const Reply s = f.createSlot(f.maria, m_pack, QStringLiteral("2027-06-16"), QStringLiteral("09:00"));
    const QString free = f.scheduling(QStringLiteral("lessonslots/")) + s.data().value(QStringLiteral("id")).toString();
    EXPECT_ERROR(f.server.patch(free,
                                {{QStringLiteral("status"), QStringLiteral("booked")},
                                 {QStringLiteral("studentId"), f.lena.userId}},
                                f.maria.token),
                 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(free, {{QStringLiteral("status"), QStringLiteral("booked")}}, f.maria.token), 409,
                 "errMsg_InvalidStatusTransition");
    EXPECT_ERROR(f.server.patch(free, {{QStringLiteral("status"), QStringLiteral("booked")}}, f.admin.token), 400,
                 "errMsg_MissingParameter:studentId");
    EXPECT_ERROR(f.server.patch(free, {{QStringLiteral("status"), QStringLiteral("completed")}}, f.maria.token), 409,
                 "errMsg_InvalidStatusTransition");
    EXPECT_STATUS(f.server.patch(free, {{QStringLiteral("status"), QStringLiteral("canceled")}}, f.maria.token), 200);
    EXPECT_STATUS(f.server.patch(free, {{QStringLiteral("status"), QStringLiteral("free")}}, f.maria.token), 200);
    const QString id = bookedSlot(QStringLiteral("2027-06-16"), QStringLiteral("11:00"));
    const QString booked = f.scheduling(QStringLiteral("lessonslots/")) + id;
    // SEC43: not before the lesson has started (400 with its own code), then as time passing would.
    EXPECT_ERROR(f.server.patch(booked, {{QStringLiteral("status"), QStringLiteral("completed")}}, f.maria.token), 400,
                 "errMsg_LessonNotStarted");
    EXPECT_ERROR(f.server.patch(booked, {{QStringLiteral("status"), QStringLiteral("completed")}}, f.admin.token), 400,
                 "errMsg_LessonNotStarted");
    QCOMPARE(tutorhub::test::moveSlotIntoPast(f.server.dataDir(), id), QString());
    const Reply done = f.server.patch(booked, {{QStringLiteral("status"), QStringLiteral("completed")}}, f.maria.token);
    EXPECT_STATUS(done, 200);
    CONTRACT_CHECK(enumProblem(
        done.data(), QStringLiteral("status"),
        {QStringLiteral("free"), QStringLiteral("booked"), QStringLiteral("completed"), QStringLiteral("canceled")}));
    QCOMPARE(done.data().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    for (const char *to : {"free", "booked", "canceled"})
        EXPECT_ERROR(f.server.patch(booked, {{QStringLiteral("status"), QLatin1String(to)}}, f.admin.token), 409,
                     "errMsg_InvalidStatusTransition");
    // Admin frees a booked slot: the student goes with it.
    const QString other = f.scheduling(QStringLiteral("lessonslots/"))
                          + bookedSlot(QStringLiteral("2027-06-16"), QStringLiteral("13:00"));
    EXPECT_ERROR(f.server.patch(other, {{QStringLiteral("status"), QStringLiteral("free")}}, f.maria.token), 409,
                 "errMsg_InvalidStatusTransition");
    const Reply freed = f.server.patch(other, {{QStringLiteral("status"), QStringLiteral("free")}}, f.admin.token);
    EXPECT_STATUS(freed, 200);
    QVERIFY(freed.data().value(QStringLiteral("studentId")).isNull());
}

// G28: tutors delete free (or canceled) slots only; booked/completed ones belong to an enrollment.
void TstContractLessonSlots::g28_deleteLessonSlotRules()
{
    const QString booked = f.scheduling(QStringLiteral("lessonslots/"))
                           + bookedSlot(QStringLiteral("2027-06-17"), QStringLiteral("09:00"));
    EXPECT_ERROR(f.server.del(booked, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.del(booked, f.maria.token), 409, "errMsg_SlotBooked");
    const Reply free = f.createSlot(f.maria, m_pack, QStringLiteral("2027-06-17"), QStringLiteral("11:00"));
    const QString one
        = f.scheduling(QStringLiteral("lessonslots/")) + free.data().value(QStringLiteral("id")).toString();
    EXPECT_ERROR(f.server.del(one, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.del(one, f.james.token), 403, "errMsg_Forbidden");
    const Reply gone = f.server.del(one, f.maria.token);
    CONTRACT_CHECK(envelopeProblem(gone, 200, QStringLiteral("lessonSlot"), "DELETE", QStringLiteral("delete")));
    QCOMPARE(gone.data().value(QStringLiteral("isActive")).toBool(), false);
    EXPECT_ERROR(f.server.get(one, f.maria.token), 404, "errMsg_FethcedObjectNotFound:lessonSlot");
    EXPECT_STATUS(f.server.del(booked, f.admin.token), 200);
    // The time is free again for a new slot.
    EXPECT_STATUS(f.createSlot(f.maria, m_pack, QStringLiteral("2027-06-17"), QStringLiteral("11:00")), 201);
}

// G29: filters coursePackId, status, scheduledDate, from/to; sorted by start time.
void TstContractLessonSlots::g29_listLessonSlotsFilters()
{
    const QString path = f.scheduling(QStringLiteral("lessonslots"));
    for (const char *t : {"12:00", "08:00", "10:00"})
        EXPECT_STATUS(f.createSlot(f.james, m_jpack, QStringLiteral("2027-06-21"), QLatin1String(t)), 201);
    const Reply day = f.server.get(
        path, f.tom.token,
        {{QStringLiteral("coursePackId"), m_jpack}, {QStringLiteral("scheduledDate"), QStringLiteral("2027-06-21")}});
    CONTRACT_CHECK(
        envelopeProblem(day, 200, QStringLiteral("lessonSlots"), "GET", QStringLiteral("list"), Shape::List));
    const QJsonArray rows = day.payload().toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0)[QStringLiteral("scheduledTime")].toString(), QStringLiteral("08:00"));
    QCOMPARE(rows.at(2)[QStringLiteral("scheduledTime")].toString(), QStringLiteral("12:00"));
    QCOMPARE(f.listIds(path, &f.tom,
                       {{QStringLiteral("coursePackId"), m_jpack},
                        {QStringLiteral("from"), QStringLiteral("2027-06-21T09:00:00Z")},
                        {QStringLiteral("to"), QStringLiteral("2027-06-22")}})
                 .size(),
             2);
    QCOMPARE(
        f.listIds(path, &f.tom,
                  {{QStringLiteral("coursePackId"), m_jpack}, {QStringLiteral("status"), QStringLiteral("booked")}})
            .size(),
        0);
    EXPECT_ERROR(f.server.get(path, f.tom.token, {{QStringLiteral("from"), QStringLiteral("yesterday")}}), 400,
                 "errMsg_InvalidParameter:from");
    EXPECT_ERROR(f.server.get(path, f.tom.token, {{QStringLiteral("status"), QStringLiteral("taken")}}), 400,
                 "errMsg_InvalidParameter:status");
    EXPECT_ERROR(f.server.get(path, f.tom.token, {{QStringLiteral("coursePackId"), QStringLiteral("abc")}}), 400,
                 "errMsg_InvalidParameter:coursePackId");
}

void TstContractLessonSlots::generateLessonSlotsAccessAndInput()
{
    EXPECT_ERROR(generate(f.lena, m_pack, QStringLiteral("2027-08-02"), QStringLiteral("2027-08-03")), 403,
                 "errMsg_Forbidden");
    EXPECT_ERROR(generate(f.james, m_pack, QStringLiteral("2027-08-02"), QStringLiteral("2027-08-03")), 403,
                 "errMsg_Forbidden");
    const Reply path = f.server.post(
        f.scheduling(QStringLiteral("generatelessonslots")),
        {{QStringLiteral("coursePackId"), m_pack}, {QStringLiteral("to"), QStringLiteral("2027-08-03")}},
        f.maria.token);
    EXPECT_ERROR(path, 400, "errMsg_MissingParameter:from");
    EXPECT_ERROR(generate(f.maria, m_pack, QStringLiteral("2027-08-02"), QStringLiteral("3 Aug")), 400,
                 "errMsg_InvalidParameter:to");
    EXPECT_ERROR(generate(f.maria, m_pack, QStringLiteral("2027-08-03"), QStringLiteral("2027-08-02")), 400,
                 "errMsg_InvalidParameter:to");
    EXPECT_ERROR(generate(f.maria, m_pack, QStringLiteral("2027-08-02"), QStringLiteral("2027-12-31")), 400,
                 "errMsg_InvalidParameter:to");
    EXPECT_ERROR(generate(f.maria, m_pack, QStringLiteral("2027-08-02"), QStringLiteral("2027-08-03"),
                          {{QStringLiteral("durationMinutes"), 600}}),
                 400, "errMsg_InvalidParameter:durationMinutes");
    EXPECT_ERROR(
        generate(f.maria, CatalogFixture::randomId(), QStringLiteral("2027-08-02"), QStringLiteral("2027-08-03")), 404,
        "errMsg_FethcedObjectNotFound:coursePack");
    // Monday 2 August 2027, Maria's window 09:00-12:00 Europe/Berlin (CEST, UTC+2), 45-minute lessons.
    const Reply ok = generate(f.maria, m_pack, QStringLiteral("2027-08-02"), QStringLiteral("2027-08-02"),
                              {{QStringLiteral("durationMinutes"), 45}});
    EXPECT_STATUS(ok, 201);
    QCOMPARE(ok.value(QStringLiteral("createdCount")).toInt(), 4);
    QCOMPARE(startsOf(ok),
             (QSet<QString> {QStringLiteral("2027-08-02T07:00:00.000Z"), QStringLiteral("2027-08-02T07:45:00.000Z"),
                             QStringLiteral("2027-08-02T08:30:00.000Z"), QStringLiteral("2027-08-02T09:15:00.000Z")}));
    for (const QJsonValue &v : ok.payload().toArray()) {
        QCOMPARE(v[QStringLiteral("status")].toString(), QStringLiteral("free"));
        QCOMPARE(v[QStringLiteral("durationMinutes")].toInt(), 45);
    }
    // Generating again creates nothing new.
    const Reply again = generate(f.admin, m_pack, QStringLiteral("2027-08-02"), QStringLiteral("2027-08-02"),
                                 {{QStringLiteral("durationMinutes"), 45}});
    EXPECT_STATUS(again, 201);
    QCOMPARE(again.value(QStringLiteral("createdCount")).toInt(), 0);
    QCOMPARE(again.value(QStringLiteral("skippedCount")).toInt(), 4);
}

// Europe/Berlin: CET (UTC+1) until Sunday 28 March 2027 02:00, CEST (UTC+2) until Sunday 31 October
// 2027 03:00. A Sunday window 01:00-04:00 gives 01:00, (02:00 does not exist on 28 March), 03:00.
void TstContractLessonSlots::dst_berlin2027()
{
    if (QDate::currentDate() >= QDate(2027, 3, 1)) // past slots are refused; tst_server_slotgen keeps covering this
        QSKIP("the 2027 clock changes are no longer in the future");
    const Reply w = f.server.post(f.scheduling(QStringLiteral("availabilities")),
                                  window(f.mariaProfile, QStringLiteral("sunday"), QStringLiteral("01:00"),
                                         QStringLiteral("04:00"),
                                         {{QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")}}),
                                  f.maria.token);
    EXPECT_STATUS(w, 201);
    const QString pack = f.newPack(f.maria, f.mariaProfile);
    const Reply spring = generate(f.maria, pack, QStringLiteral("2027-03-20"), QStringLiteral("2027-03-29"));
    EXPECT_STATUS(spring, 201);
    const QSet<QString> s = startsOf(spring);
    const QStringList expected {
        QStringLiteral("2027-03-21T00:00:00.000Z"), QStringLiteral("2027-03-21T01:00:00.000Z"),
        QStringLiteral("2027-03-21T02:00:00.000Z"),
        QStringLiteral("2027-03-22T08:00:00.000Z"), // Monday 09:00 CET
        QStringLiteral("2027-03-28T00:00:00.000Z"), QStringLiteral("2027-03-28T01:00:00.000Z"), // 01:00 CET, 03:00 CEST
        QStringLiteral("2027-03-29T07:00:00.000Z"), // Monday 09:00 CEST
    };
    for (const QString &e : expected)
        QVERIFY2(s.contains(e),
                 qPrintable(e + QStringLiteral(" missing in ") + QStringList(s.values()).join(QLatin1Char(' '))));
    int on28 = 0;
    for (const QString &x : s)
        on28 += x.startsWith(QLatin1String("2027-03-28")) ? 1 : 0;
    QCOMPARE(on28, 2);
    QVERIFY(!s.contains(QStringLiteral("2027-03-22T07:00:00.000Z")));
    const Reply autumn = generate(f.maria, pack, QStringLiteral("2027-10-30"), QStringLiteral("2027-11-08"));
    EXPECT_STATUS(autumn, 201);
    const QSet<QString> a = startsOf(autumn);
    const QStringList expectedAutumn {
        QStringLiteral("2027-10-30T23:00:00.000Z"), // Sunday 31 Oct 01:00 CEST
        QStringLiteral("2027-10-31T00:00:00.000Z"), // 02:00, first occurrence (CEST)
        QStringLiteral("2027-10-31T02:00:00.000Z"), // 03:00 CET
        QStringLiteral("2027-11-01T08:00:00.000Z"), // Monday 09:00 CET
        QStringLiteral("2027-11-07T00:00:00.000Z"), QStringLiteral("2027-11-07T01:00:00.000Z"),
        QStringLiteral("2027-11-07T02:00:00.000Z"),
    };
    for (const QString &e : expectedAutumn)
        QVERIFY2(a.contains(e),
                 qPrintable(e + QStringLiteral(" missing in ") + QStringList(a.values()).join(QLatin1Char(' '))));
}

// America/New_York: EST (UTC-5) until Sunday 14 March 2027, EDT (UTC-4) until Sunday 7 November 2027.
void TstContractLessonSlots::dst_newYork2027()
{
    if (QDate::currentDate() >= QDate(2027, 3, 1)) // past slots are refused; tst_server_slotgen keeps covering this
        QSKIP("the 2027 clock changes are no longer in the future");
    const Reply w = f.server.post(f.scheduling(QStringLiteral("availabilities")),
                                  window(f.jamesProfile, QStringLiteral("sunday"), QStringLiteral("09:00"),
                                         QStringLiteral("10:00"),
                                         {{QStringLiteral("timeZone"), QStringLiteral("America/New_York")},
                                          {QStringLiteral("teachingMode"), QStringLiteral("faceToFace")}}),
                                  f.james.token);
    EXPECT_STATUS(w, 201);
    QCOMPARE(w.data().value(QStringLiteral("timeZone")).toString(), QStringLiteral("America/New_York"));
    const QString pack = f.newPack(f.james, f.jamesProfile, {{QStringLiteral("category"), QStringLiteral("English")}});
    const Reply spring = generate(f.james, pack, QStringLiteral("2027-03-06"), QStringLiteral("2027-03-15"));
    EXPECT_STATUS(spring, 201);
    const QSet<QString> s = startsOf(spring);
    QVERIFY(s.contains(QStringLiteral("2027-03-07T14:00:00.000Z")));
    QVERIFY(s.contains(QStringLiteral("2027-03-14T13:00:00.000Z")));
    QVERIFY(!s.contains(QStringLiteral("2027-03-14T14:00:00.000Z")));
    for (const QJsonValue &v : spring.payload().toArray())
        if (v[QStringLiteral("startsAt")].toString() == QLatin1String("2027-03-14T13:00:00.000Z"))
            QCOMPARE(v[QStringLiteral("sessionMode")].toString(), QStringLiteral("faceToFace"));
    const Reply autumn = generate(f.james, pack, QStringLiteral("2027-10-30"), QStringLiteral("2027-11-08"));
    EXPECT_STATUS(autumn, 201);
    const QSet<QString> a = startsOf(autumn);
    QVERIFY(a.contains(QStringLiteral("2027-10-31T13:00:00.000Z")));
    QVERIFY(a.contains(QStringLiteral("2027-11-07T14:00:00.000Z")));
    // James's London windows are not moved by the New York clock change: Tuesday 10:00 GMT.
    QVERIFY(a.contains(QStringLiteral("2027-11-02T10:00:00.000Z")));
}

// A slot generated over an existing booked slot is refused (skipped), as is a manual one.
void TstContractLessonSlots::generatedOverBookedSlotRefused()
{
    // Monday 5 July 2027: Maria's window 09:00-12:00 CEST = 07:00, 08:00, 09:00 UTC.
    const QString booked = bookedSlot(QStringLiteral("2027-07-05"), QStringLiteral("08:00"));
    QVERIFY(!booked.isEmpty());
    const Reply r = generate(f.maria, m_pack2, QStringLiteral("2027-07-05"), QStringLiteral("2027-07-05"));
    EXPECT_STATUS(r, 201);
    QCOMPARE(r.value(QStringLiteral("createdCount")).toInt(), 2);
    QCOMPARE(r.value(QStringLiteral("skippedCount")).toInt(), 1);
    QCOMPARE(startsOf(r),
             (QSet<QString> {QStringLiteral("2027-07-05T07:00:00.000Z"), QStringLiteral("2027-07-05T09:00:00.000Z")}));
    EXPECT_ERROR(f.createSlot(f.maria, m_pack2, QStringLiteral("2027-07-05"), QStringLiteral("08:00")), 409,
                 "errMsg_SlotOverlap");
    const Reply still = f.server.get(f.scheduling(QStringLiteral("lessonslots/")) + booked, f.maria.token);
    QCOMPARE(still.data().value(QStringLiteral("status")).toString(), QStringLiteral("booked"));
    QCOMPARE(still.data().value(QStringLiteral("studentId")).toString(), f.lena.userId);
}

QTEST_GUILESS_MAIN(TstContractLessonSlots)
#include "tst_contract_lessonslots.moc"
