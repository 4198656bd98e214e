// Contract tests of the courseScheduling service (API.md §3.2): every route needs a login (rule 22), the demo
// schedule, and availabilities (rule 23, G26). Lesson slots are in tst_contract_lessonslots.cpp, preliminary
// meetings in tst_contract_screening.cpp; the shared set-up is schedulingfixture.h.
#include "schedulingfixture.h"

using namespace contract;

class TstContractScheduling : public SchedulingSuite
{
    Q_OBJECT

private slots:
    void rule22_everyRouteRequiresLogin();
    void demoSchedule();
    void rule23_createAvailabilityAccess();
    void availabilityBadInput();
    void availabilityOverlapRefused();
    void rule23_availabilityGetUpdateDelete();
    void g26_listAvailabilitiesForStudents();
};

// Rule 22: schedules are private; every scheduling route needs a token.
void TstContractScheduling::rule22_everyRouteRequiresLogin()
{
    const QString any = CatalogFixture::randomId();
    const struct
    {
        QByteArray method;
        QString path;
    } routes[] = {
        {"POST", QStringLiteral("availabilities")},
        {"PATCH", QStringLiteral("availabilities/") + any},
        {"DELETE", QStringLiteral("availabilities/") + any},
        {"GET", QStringLiteral("availabilities/") + any},
        {"GET", QStringLiteral("listavailabilities/") + f.mariaProfile},
        {"POST", QStringLiteral("lessonslots")},
        {"PATCH", QStringLiteral("lessonslots/") + any},
        {"DELETE", QStringLiteral("lessonslots/") + any},
        {"GET", QStringLiteral("lessonslots/") + any},
        {"GET", QStringLiteral("lessonslots")},
        {"POST", QStringLiteral("generatelessonslots")},
        {"POST", QStringLiteral("preliminarymeetings")},
        {"PATCH", QStringLiteral("preliminarymeetings/") + any},
        {"GET", QStringLiteral("preliminarymeetings/") + any},
        {"GET", QStringLiteral("preliminarymeetings")},
    };
    for (const auto &r : routes) {
        Request req;
        req.method = r.method;
        req.path = f.scheduling(r.path);
        if (r.method != "GET" && r.method != "DELETE")
            req.json = QJsonObject {};
        EXPECT_ERROR(f.server.send(req), 401, "errMsg_LoginRequired");
    }
}

// Demo data: weekly windows in Europe/Berlin (Maria) and Europe/London (James), free slots for 3 weeks.
void TstContractScheduling::demoSchedule()
{
    const struct
    {
        QString profile;
        QString zone;
    } tutors[] = {{f.mariaProfile, QStringLiteral("Europe/Berlin")}, {f.jamesProfile, QStringLiteral("Europe/London")}};
    for (const auto &t : tutors) {
        const Reply w = f.server.get(f.scheduling(QStringLiteral("listavailabilities/")) + t.profile, f.lena.token);
        CONTRACT_CHECK(
            envelopeProblem(w, 200, QStringLiteral("availabilities"), "GET", QStringLiteral("list"), Shape::List));
        QVERIFY(w.payload().toArray().size() >= 3);
        for (const QJsonValue &v : w.payload().toArray())
            QCOMPARE(v[QStringLiteral("timeZone")].toString(), t.zone);
        const Reply slotList = f.server.get(f.scheduling(QStringLiteral("lessonslots")), f.lena.token,
                                            {{QStringLiteral("tutorProfileId"), t.profile},
                                             {QStringLiteral("status"), QStringLiteral("free")},
                                             {QStringLiteral("pageNumber"), QStringLiteral("0")}});
        const QJsonArray rows = slotList.payload().toArray();
        QVERIFY2(rows.size() >= 15, slotList.describe().constData());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int within = 0;
        for (const QJsonValue &v : rows) {
            QVERIFY(isIsoUtc(v[QStringLiteral("startsAt")]));
            const QDateTime at = QDateTime::fromString(v[QStringLiteral("startsAt")].toString(), Qt::ISODateWithMs);
            QVERIFY(at > now);
            within += at < now.addDays(23) ? 1 : 0;
        }
        QVERIFY(within >= 15);
    }
}

void TstContractScheduling::rule23_createAvailabilityAccess()
{
    const QString path = f.scheduling(QStringLiteral("availabilities"));
    const QJsonObject body
        = window(f.mariaProfile, QStringLiteral("friday"), QStringLiteral("15:00"), QStringLiteral("17:00"),
                 {{QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")}});
    EXPECT_ERROR(f.server.post(path, body, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, body, f.james.token), 403, "errMsg_Forbidden");
    const Reply r = f.server.post(path, body, f.maria.token);
    CONTRACT_CHECK(envelopeProblem(r, 201, QStringLiteral("availability"), "POST", QStringLiteral("create")));
    CONTRACT_CHECK(stdFieldsProblem(r.data()));
    CONTRACT_CHECK(enumProblem(r.data(), QStringLiteral("dayOfWeek"),
                               {QStringLiteral("sunday"), QStringLiteral("monday"), QStringLiteral("tuesday"),
                                QStringLiteral("wednesday"), QStringLiteral("thursday"), QStringLiteral("friday"),
                                QStringLiteral("saturday")}));
    CONTRACT_CHECK(enumProblem(r.data(), QStringLiteral("teachingMode"),
                               {QStringLiteral("online"), QStringLiteral("faceToFace"), QStringLiteral("both")}));
    QCOMPARE(r.data().value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/Berlin"));
    QVERIFY(r.data().value(QStringLiteral("specificDate")).isNull());
    // Without timeZone the tutor's zone is kept.
    const Reply byAdmin = f.server.post(
        path, window(f.mariaProfile, QStringLiteral("friday"), QStringLiteral("19:00"), QStringLiteral("20:00")),
        f.admin.token);
    EXPECT_STATUS(byAdmin, 201);
    QCOMPARE(byAdmin.data().value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/Berlin"));
}

void TstContractScheduling::availabilityBadInput()
{
    const QString path = f.scheduling(QStringLiteral("availabilities"));
    const QJsonObject good
        = window(f.mariaProfile, QStringLiteral("saturday"), QStringLiteral("08:00"), QStringLiteral("09:00"));
    for (const char *name : {"tutorProfileId", "startTime", "endTime", "isRecurring", "teachingMode", "dayOfWeek"}) {
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
        {"startTime", QStringLiteral("8:00"), "errMsg_InvalidParameter:startTime"},
        {"startTime", QStringLiteral("24:00"), "errMsg_InvalidParameter:startTime"},
        {"endTime", QStringLiteral("07:30"), "errMsg_InvalidParameter:endTime"},
        {"endTime", QStringLiteral("08:00"), "errMsg_InvalidParameter:endTime"},
        {"dayOfWeek", QStringLiteral("funday"), "errMsg_InvalidParameter:dayOfWeek"},
        {"teachingMode", QStringLiteral("hybrid"), "errMsg_InvalidParameter:teachingMode"},
        {"timeZone", QStringLiteral("Mars/Olympus_Mons"), "errMsg_InvalidParameter:timeZone"},
        {"isRecurring", QStringLiteral("true"), "errMsg_InvalidParameter:isRecurring"},
        {"startTime", 8, "errMsg_InvalidParameter:startTime"},
    };
    for (const auto &b : bad) {
        QJsonObject body = good;
        body.insert(QLatin1String(b.field), b.value);
        EXPECT_ERROR_S(f.server.post(path, body, f.maria.token), 400, QLatin1String(b.code));
    }
    QJsonObject once = good;
    once.insert(QStringLiteral("isRecurring"), false);
    EXPECT_ERROR(f.server.post(path, once, f.maria.token), 400, "errMsg_MissingParameter:specificDate");
    once.insert(QStringLiteral("specificDate"), QStringLiteral("2027-02-30"));
    EXPECT_ERROR(f.server.post(path, once, f.maria.token), 400, "errMsg_InvalidParameter:specificDate");
    once.insert(QStringLiteral("specificDate"), QStringLiteral("2027-06-08")); // a Tuesday
    EXPECT_ERROR(f.server.post(path, once, f.maria.token), 400, "errMsg_InvalidParameter:dayOfWeek");
    once.remove(QStringLiteral("dayOfWeek"));
    const Reply oneOff = f.server.post(path, once, f.maria.token);
    EXPECT_STATUS(oneOff, 201);
    QCOMPARE(oneOff.data().value(QStringLiteral("dayOfWeek")).toString(), QStringLiteral("tuesday"));
    EXPECT_ERROR(f.server.post(path,
                               window(CatalogFixture::randomId(), QStringLiteral("monday"), QStringLiteral("08:00"),
                                      QStringLiteral("09:00")),
                               f.admin.token),
                 404, "errMsg_FethcedObjectNotFound:tutorProfile");
    // Nothing of the refused windows was written.
    const Reply list = f.server.get(f.scheduling(QStringLiteral("listavailabilities/")) + f.mariaProfile, f.maria.token,
                                    {{QStringLiteral("dayOfWeek"), QStringLiteral("saturday")}});
    QCOMPARE(list.payload().toArray().size(), 0);
}

void TstContractScheduling::availabilityOverlapRefused()
{
    const QString path = f.scheduling(QStringLiteral("availabilities"));
    const Reply base = f.server.post(
        path, window(f.mariaProfile, QStringLiteral("friday"), QStringLiteral("10:00"), QStringLiteral("12:00")),
        f.maria.token);
    EXPECT_STATUS(base, 201);
    EXPECT_ERROR(f.server.post(
                     path,
                     window(f.mariaProfile, QStringLiteral("friday"), QStringLiteral("11:00"), QStringLiteral("13:00")),
                     f.maria.token),
                 409, "errMsg_AvailabilityOverlap");
    EXPECT_ERROR(f.server.post(
                     path,
                     window(f.mariaProfile, QStringLiteral("friday"), QStringLiteral("09:00"), QStringLiteral("13:00")),
                     f.admin.token),
                 409, "errMsg_AvailabilityOverlap");
    EXPECT_ERROR(
        f.server.post(path,
                      window(f.mariaProfile, QStringLiteral("friday"), QStringLiteral("11:30"), QStringLiteral("12:30"),
                             {{QStringLiteral("isRecurring"), false},
                              {QStringLiteral("specificDate"), QStringLiteral("2027-06-11")}}),
                      f.maria.token),
        409, "errMsg_AvailabilityOverlap");
    const Reply adjacent = f.server.post(
        path, window(f.mariaProfile, QStringLiteral("friday"), QStringLiteral("12:00"), QStringLiteral("13:00")),
        f.maria.token);
    EXPECT_STATUS(adjacent, 201);
    EXPECT_STATUS(f.server.post(path,
                                window(f.jamesProfile, QStringLiteral("friday"), QStringLiteral("10:00"),
                                       QStringLiteral("12:00")),
                                f.james.token),
                  201);
    EXPECT_ERROR(f.server.patch(path + QLatin1Char('/') + adjacent.data().value(QStringLiteral("id")).toString(),
                                {{QStringLiteral("startTime"), QStringLiteral("11:00")}}, f.maria.token),
                 409, "errMsg_AvailabilityOverlap");
}

void TstContractScheduling::rule23_availabilityGetUpdateDelete()
{
    const QString path = f.scheduling(QStringLiteral("availabilities"));
    const Reply created = f.server.post(
        path, window(f.mariaProfile, QStringLiteral("tuesday"), QStringLiteral("18:00"), QStringLiteral("20:00")),
        f.maria.token);
    EXPECT_STATUS(created, 201);
    const QString one = path + QLatin1Char('/') + created.data().value(QStringLiteral("id")).toString();
    EXPECT_ERROR(f.server.get(one, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.get(one, f.james.token), 403, "errMsg_Forbidden");
    CONTRACT_CHECK(envelopeProblem(f.server.get(one, f.maria.token), 200, QStringLiteral("availability"), "GET",
                                   QStringLiteral("get")));
    EXPECT_STATUS(f.server.get(one, f.admin.token), 200);
    EXPECT_ERROR(f.server.get(path + QLatin1Char('/') + CatalogFixture::randomId(), f.admin.token), 404,
                 "errMsg_FethcedObjectNotFound:availability");
    const QJsonObject change {{QStringLiteral("teachingMode"), QStringLiteral("both")},
                              {QStringLiteral("tutorProfileId"), f.jamesProfile}};
    EXPECT_ERROR(f.server.patch(one, change, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(one, change, f.james.token), 403, "errMsg_Forbidden");
    const Reply updated = f.server.patch(one, change, f.maria.token);
    CONTRACT_CHECK(envelopeProblem(updated, 200, QStringLiteral("availability"), "PATCH", QStringLiteral("update")));
    QCOMPARE(updated.data().value(QStringLiteral("teachingMode")).toString(), QStringLiteral("both"));
    QCOMPARE(updated.data().value(QStringLiteral("tutorProfileId")).toString(), f.mariaProfile);
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("endTime"), QStringLiteral("17:00")}}, f.admin.token), 400,
                 "errMsg_InvalidParameter:endTime");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("timeZone"), QJsonValue()}}, f.maria.token), 400,
                 "errMsg_MissingParameter:timeZone");
    EXPECT_ERROR(f.server.del(one, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.del(one, f.james.token), 403, "errMsg_Forbidden");
    const Reply gone = f.server.del(one, f.maria.token);
    CONTRACT_CHECK(envelopeProblem(gone, 200, QStringLiteral("availability"), "DELETE", QStringLiteral("delete")));
    QCOMPARE(gone.data().value(QStringLiteral("isActive")).toBool(), false);
    EXPECT_ERROR(f.server.get(one, f.maria.token), 404, "errMsg_FethcedObjectNotFound:availability");
}

// G26: students read an approved tutor's windows to choose times.
void TstContractScheduling::g26_listAvailabilitiesForStudents()
{
    const QString path = f.scheduling(QStringLiteral("listavailabilities/")) + f.jamesProfile;
    for (const Who *who : {&f.lena, &f.maria, &f.james, &f.admin})
        EXPECT_STATUS(f.server.get(path, who->token), 200);
    const Reply online = f.server.get(path, f.tom.token, {{QStringLiteral("teachingMode"), QStringLiteral("online")}});
    QVERIFY(!online.payload().toArray().isEmpty());
    for (const QJsonValue &v : online.payload().toArray()) {
        QCOMPARE(v[QStringLiteral("teachingMode")].toString(), QStringLiteral("online"));
        QCOMPARE(v[QStringLiteral("tutorProfileId")].toString(), f.jamesProfile);
    }
    EXPECT_ERROR(f.server.get(path, f.tom.token, {{QStringLiteral("teachingMode"), QStringLiteral("radio")}}), 400,
                 "errMsg_InvalidParameter:teachingMode");
    EXPECT_ERROR(
        f.server.get(f.scheduling(QStringLiteral("listavailabilities/")) + CatalogFixture::randomId(), f.tom.token),
        404, "errMsg_FethcedObjectNotFound:tutorProfile");
}

QTEST_GUILESS_MAIN(TstContractScheduling)
#include "tst_contract_scheduling.moc"
