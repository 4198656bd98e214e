// Contract tests of the courseScheduling service's preliminary (screening) meetings (API.md §3.2, rule 27 of
// §4.3): creation, access, the decision's notification and the negotiation of proposed times.
// The shared set-up is schedulingfixture.h.
#include "schedulingfixture.h"

using namespace contract;

class TstContractScreening : public SchedulingSuite
{
    Q_OBJECT

private slots:
    void rule27_createPreliminaryMeeting();
    void rule27_preliminaryMeetingAccess();
    void rule27_decisionNotifiesStudent();
    void screeningProposals_rules();
    void screeningDocumentedNegotiation();
};

// Rule 27 / G30 / G42: only for screening packs; the student is the caller; decision starts pending.
void TstContractScreening::rule27_createPreliminaryMeeting()
{
    const QString path = f.scheduling(QStringLiteral("preliminarymeetings"));
    EXPECT_ERROR(f.server.post(path,
                               {{QStringLiteral("coursePackId"), m_pack}, {QStringLiteral("studentId"), f.aiko.userId}},
                               f.aiko.token),
                 400, "errMsg_ScreeningNotRequired");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("studentId"), f.aiko.userId}}, f.aiko.token), 400,
                 "errMsg_MissingParameter:coursePackId");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("coursePackId"), CatalogFixture::randomId()}}, f.aiko.token), 404,
                 "errMsg_FethcedObjectNotFound:coursePack");
    EXPECT_ERROR(f.server.post(
                     path, {{QStringLiteral("coursePackId"), m_screening}, {QStringLiteral("studentId"), f.tom.userId}},
                     f.aiko.token),
                 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("coursePackId"), m_screening}}, f.maria.token), 403,
                 "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path,
                               {{QStringLiteral("coursePackId"), m_screening},
                                {QStringLiteral("scheduledDatetime"), QStringLiteral("2020-01-01T10:00:00Z")}},
                               f.aiko.token),
                 400, "errMsg_InvalidParameter:scheduledDatetime");
    EXPECT_ERROR(f.server.post(path,
                               {{QStringLiteral("coursePackId"), m_screening},
                                {QStringLiteral("tutorDecision"), QStringLiteral("maybe")}},
                               f.aiko.token),
                 400, "errMsg_InvalidParameter:tutorDecision");
    const Reply r = f.server.post(path,
                                  {{QStringLiteral("coursePackId"), m_screening},
                                   {QStringLiteral("studentId"), f.aiko.userId},
                                   {QStringLiteral("tutorDecision"), QStringLiteral("approved")},
                                   {QStringLiteral("comments"), QStringLiteral("B1 certificate from 2025")}},
                                  f.aiko.token);
    EXPECT_STATUS(r, 201);
    for (const char *k : {"coursePack", "tutorProfile", "tutorUser", "student"})
        QVERIFY2(r.value(QLatin1String(k)).isObject(), k);
    QCOMPARE(r.value(QStringLiteral("dataName")).toString(), QStringLiteral("preliminaryMeeting"));
    QCOMPARE(r.value(QStringLiteral("student")).toObject().value(QStringLiteral("id")).toString(), f.aiko.userId);
    QCOMPARE(r.value(QStringLiteral("tutorUser")).toObject().value(QStringLiteral("id")).toString(), f.maria.userId);
    const QJsonObject m = r.data();
    CONTRACT_CHECK(stdFieldsProblem(m));
    CONTRACT_CHECK(enumProblem(m, QStringLiteral("tutorDecision"),
                               {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected")}));
    QCOMPARE(m.value(QStringLiteral("tutorDecision")).toString(), QStringLiteral("pending"));
    QCOMPARE(m.value(QStringLiteral("studentId")).toString(), f.aiko.userId);
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("coursePackId"), m_screening}}, f.aiko.token), 409,
                 "errMsg_ScreeningAlreadyRequested");
    // The tutor was told.
    const Reply notes = f.server.get(QStringLiteral("/notification-api/notifications"), f.maria.token);
    QVERIFY2(notes.body.contains("screeningRequested"), notes.describe().constData());
}

void TstContractScreening::rule27_preliminaryMeetingAccess()
{
    const QString path = f.scheduling(QStringLiteral("preliminarymeetings"));
    const Reply r = f.server.post(path, {{QStringLiteral("coursePackId"), m_screening}}, f.lena.token);
    EXPECT_STATUS(r, 201);
    const QString id = r.data().value(QStringLiteral("id")).toString();
    const QString one = path + QLatin1Char('/') + id;
    EXPECT_ERROR(f.server.get(one, f.tom.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.get(one, f.james.token), 403, "errMsg_Forbidden");
    for (const Who *who : {&f.lena, &f.maria, &f.admin})
        CONTRACT_CHECK(envelopeProblem(f.server.get(one, who->token), 200, QStringLiteral("preliminaryMeeting"), "GET",
                                       QStringLiteral("get")));
    EXPECT_ERROR(f.server.get(path + QLatin1Char('/') + CatalogFixture::randomId(), f.admin.token), 404,
                 "errMsg_FethcedObjectNotFound:preliminaryMeeting");
    QVERIFY(f.listIds(path, &f.lena).contains(id));
    QVERIFY(f.listIds(path, &f.maria).contains(id));
    QVERIFY(f.listIds(path, &f.admin).contains(id));
    QVERIFY(!f.listIds(path, &f.tom).contains(id));
    QVERIFY(!f.listIds(path, &f.james).contains(id));
    const Reply listed = f.server.get(path, f.lena.token);
    CONTRACT_CHECK(envelopeProblem(listed, 200, QStringLiteral("preliminaryMeetings"), "GET", QStringLiteral("list"),
                                   Shape::List));
    for (const QJsonValue &v : listed.payload().toArray())
        QCOMPARE(v[QStringLiteral("studentId")].toString(), f.lena.userId);
    // The student proposes the first date once; nothing else.
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("tutorDecision"), QStringLiteral("approved")}}, f.lena.token),
                 403, "errMsg_Forbidden");
    const Reply proposed = f.server.patch(
        one, {{QStringLiteral("scheduledDatetime"), QStringLiteral("2027-06-03T16:00:00Z")}}, f.lena.token);
    EXPECT_STATUS(proposed, 200);
    QCOMPARE(proposed.data().value(QStringLiteral("scheduledDatetime")).toString(),
             QStringLiteral("2027-06-03T16:00:00.000Z"));
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("scheduledDatetime"), QStringLiteral("2027-06-04T16:00:00Z")}},
                                f.lena.token),
                 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("comments"), QStringLiteral("hi")}}, f.tom.token), 403,
                 "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("tutorDecision"), QStringLiteral("rejected")}}, f.james.token),
                 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("scheduledDatetime"), QStringLiteral("soon")}}, f.maria.token),
                 400, "errMsg_InvalidParameter:scheduledDatetime");
}

// Rule 27 + rule 74: approve needs a date and a link, decisions are final, the student is notified.
void TstContractScreening::rule27_decisionNotifiesStudent()
{
    const QString path = f.scheduling(QStringLiteral("preliminarymeetings"));
    const Reply r = f.server.post(path, {{QStringLiteral("coursePackId"), m_screening}}, f.tom.token);
    EXPECT_STATUS(r, 201);
    const QString one = path + QLatin1Char('/') + r.data().value(QStringLiteral("id")).toString();
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("tutorDecision"), QStringLiteral("approved")}}, f.maria.token),
                 400, "errMsg_MissingParameter:scheduledDatetime");
    EXPECT_ERROR(f.server.patch(one,
                                {{QStringLiteral("tutorDecision"), QStringLiteral("approved")},
                                 {QStringLiteral("scheduledDatetime"), QStringLiteral("2027-06-10T15:00:00Z")}},
                                f.maria.token),
                 400, "errMsg_MissingParameter:meetingLink");
    const Reply approved
        = f.server.patch(one,
                         {{QStringLiteral("tutorDecision"), QStringLiteral("approved")},
                          {QStringLiteral("scheduledDatetime"), QStringLiteral("2027-06-10T15:00:00Z")},
                          {QStringLiteral("meetingLink"), QStringLiteral("https://meet.google.com/abc-defg-hij")},
                          {QStringLiteral("comments"), QStringLiteral("Bring your last exam.")}},
                         f.maria.token);
    EXPECT_STATUS(approved, 200);
    QCOMPARE(approved.data().value(QStringLiteral("tutorDecision")).toString(), QStringLiteral("approved"));
    QVERIFY(approved.value(QStringLiteral("student")).isObject());
    QVERIFY(approved.value(QStringLiteral("coursePack")).isObject());
    const Reply notes = f.server.get(QStringLiteral("/notification-api/notifications"), f.tom.token);
    QVERIFY2(notes.body.contains("screeningDecided") && notes.body.contains("meet.google.com/abc-defg-hij"),
             notes.describe().constData());
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("tutorDecision"), QStringLiteral("rejected")}}, f.maria.token),
                 409, "errMsg_ScreeningAlreadyDecided");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("tutorDecision"), QStringLiteral("pending")}}, f.admin.token),
                 409, "errMsg_ScreeningAlreadyDecided");
    EXPECT_STATUS(
        f.server.patch(one, {{QStringLiteral("meetingLink"), QStringLiteral("https://zoom.us/j/123")}}, f.maria.token),
        200);
    // A rejection by an admin lets the student ask again.
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("coursePackId"), m_screening}}, f.admin.token), 400,
                 "errMsg_MissingParameter:studentId");
    const QStringList aikos = f.listIds(
        path, &f.admin,
        {{QStringLiteral("studentId"), f.aiko.userId}, {QStringLiteral("tutorDecision"), QStringLiteral("pending")}});
    QCOMPARE(aikos.size(), 1);
    const Reply rejected
        = f.server.patch(path + QLatin1Char('/') + aikos.first(),
                         {{QStringLiteral("tutorDecision"), QStringLiteral("rejected")}}, f.admin.token);
    EXPECT_STATUS(rejected, 200);
    const Reply aikoNotes = f.server.get(QStringLiteral("/notification-api/notifications"), f.aiko.token);
    QVERIFY2(aikoNotes.body.contains("screeningDecided"), aikoNotes.describe().constData());
    EXPECT_STATUS(f.server.post(path, {{QStringLiteral("coursePackId"), m_screening}}, f.aiko.token), 201);
    EXPECT_STATUS(
        f.server.post(path,
                      {{QStringLiteral("coursePackId"), m_screening}, {QStringLiteral("studentId"), f.lena.userId}},
                      f.admin.token),
        409);
}

// U20/U21 (issue 15 item 1): candidate times of a screening meeting — who proposes, in which order, what
// is refused with which sentence, and accepting the other side's time approves the meeting.
void TstContractScreening::screeningProposals_rules()
{
    const QString pack = f.newPack(f.maria, f.mariaProfile, {{QStringLiteral("preliminaryMeetingRequired"), true}});
    QVERIFY(!pack.isEmpty());
    const auto at = [](int days) { return QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODateWithMs); };
    const Reply created = f.server.post(
        f.scheduling(QStringLiteral("preliminarymeetings")),
        {{QStringLiteral("coursePackId"), pack}, {QStringLiteral("scheduledDatetime"), at(5)}}, f.lena.token);
    EXPECT_STATUS(created, 201);
    const QString id = created.data().value(QStringLiteral("id")).toString();
    const QString props = f.scheduling(QStringLiteral("screeningproposals/")) + id;
    const QString accept = f.scheduling(QStringLiteral("acceptscreeningproposal/"));
    const QString link = QStringLiteral("https://meet.example.org/lena");
    auto times = [](const QStringList &l) {
        return QJsonObject {{QStringLiteral("times"), QJsonArray::fromStringList(l)}};
    };

    EXPECT_ERROR(f.server.post(props,
                               {{QStringLiteral("times"), QJsonArray {at(6)}}, {QStringLiteral("meetingLink"), link}},
                               f.maria.token),
                 409, "errMsg_ScreeningStudentProposesFirst");
    EXPECT_ERROR(f.server.get(props, f.tom.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.get(props, f.james.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(props, times({at(6)}), f.tom.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(props, times({}), f.lena.token), 400, "errMsg_InvalidParameter:times");
    EXPECT_ERROR(f.server.post(props, times({at(5), at(6), at(7), at(8)}), f.lena.token), 400,
                 "errMsg_InvalidParameter:times");
    EXPECT_ERROR(f.server.post(props, times({at(-1)}), f.lena.token), 400, "errMsg_InvalidParameter:times");
    const QString twice = at(5); // one instant twice (two calls of at() may fall in different milliseconds)
    EXPECT_ERROR(f.server.post(props, times({twice, twice}), f.lena.token), 400, "errMsg_InvalidParameter:times");
    EXPECT_ERROR(f.server.post(props, times({QStringLiteral("next Tuesday")}), f.lena.token), 400,
                 "errMsg_InvalidParameter:times");
    const Reply bad = f.server.post(props, times({at(-1)}), f.lena.token);
    QVERIFY2(bad.body.contains("must be in the future"), bad.describe().constData());
    EXPECT_ERROR(f.server.post(props,
                               {{QStringLiteral("times"), QJsonArray {at(6)}}, {QStringLiteral("meetingLink"), link}},
                               f.lena.token),
                 403, "errMsg_Forbidden");

    const Reply round1 = f.server.post(props, times({at(6), at(5)}), f.lena.token);
    EXPECT_STATUS(round1, 201);
    QCOMPARE(round1.payload().toArray().size(), 2);
    for (const QJsonValue &v : round1.payload().toArray()) {
        QCOMPARE(v[QStringLiteral("proposedBy")].toString(), QStringLiteral("student"));
        QCOMPARE(v[QStringLiteral("status")].toString(), QStringLiteral("open"));
    }
    const QString studentsFirst = round1.payload().toArray().first()[QStringLiteral("id")].toString();
    EXPECT_ERROR(f.server.post(props, times({at(9)}), f.lena.token), 409, "errMsg_ScreeningTutorsTurn");
    EXPECT_ERROR(f.server.post(accept + studentsFirst, {}, f.lena.token), 403,
                 "errMsg_Forbidden"); // a student cannot approve
    EXPECT_ERROR(f.server.post(accept + studentsFirst, {}, f.james.token), 403, "errMsg_Forbidden");
    QVERIFY(f.server.get(QStringLiteral("/notification-api/notifications"), f.maria.token)
                .body.contains("screeningProposed"));

    EXPECT_ERROR(f.server.post(props, times({at(7)}), f.maria.token), 400, "errMsg_InvalidParameter:meetingLink");
    EXPECT_ERROR(f.server.post(props,
                               {{QStringLiteral("times"), QJsonArray {at(7)}},
                                {QStringLiteral("meetingLink"), QStringLiteral("ftp://x")}},
                               f.maria.token),
                 400, "errMsg_InvalidParameter:meetingLink");
    const QString t7 = at(7);
    const Reply round2 = f.server.post(props,
                                       {{QStringLiteral("times"), QJsonArray {t7}},
                                        {QStringLiteral("meetingLink"), link},
                                        {QStringLiteral("note"), QStringLiteral("A bit later?")}},
                                       f.maria.token);
    EXPECT_STATUS(round2, 201);
    const Reply listed = f.server.get(props, f.lena.token);
    CONTRACT_CHECK(
        envelopeProblem(listed, 200, QStringLiteral("screeningProposals"), "GET", QStringLiteral("list"), Shape::List));
    QString tutors;
    int open = 0, superseded = 0;
    for (const QJsonValue &v : listed.payload().toArray()) {
        if (v[QStringLiteral("status")].toString() == QLatin1String("open")) {
            ++open;
            tutors = v[QStringLiteral("id")].toString();
            QCOMPARE(v[QStringLiteral("proposedBy")].toString(), QStringLiteral("tutor"));
        }
        superseded += v[QStringLiteral("status")].toString() == QLatin1String("superseded");
    }
    QCOMPARE(open, 1);
    QCOMPARE(superseded, 2);
    QVERIFY(f.server.get(QStringLiteral("/notification-api/notifications"), f.lena.token)
                .body.contains("screeningProposed"));
    EXPECT_ERROR(f.server.post(accept + studentsFirst, {{QStringLiteral("meetingLink"), link}}, f.maria.token), 409,
                 "errMsg_ProposalClosed");
    EXPECT_ERROR(f.server.post(accept + tutors, {}, f.maria.token), 403, "errMsg_Forbidden"); // their own time
    EXPECT_ERROR(f.server.post(accept + CatalogFixture::randomId(), {}, f.lena.token), 404,
                 "errMsg_FethcedObjectNotFound:screeningProposal");

    const Reply agreed = f.server.post(accept + tutors, {}, f.lena.token);
    EXPECT_STATUS(agreed, 200);
    const QJsonObject m = agreed.data();
    QCOMPARE(m.value(QStringLiteral("tutorDecision")).toString(), QStringLiteral("approved"));
    QCOMPARE(QDateTime::fromString(m.value(QStringLiteral("scheduledDatetime")).toString(), Qt::ISODateWithMs),
             QDateTime::fromString(t7, Qt::ISODateWithMs));
    QCOMPARE(m.value(QStringLiteral("meetingLink")).toString(), link);
    QVERIFY(f.server.get(QStringLiteral("/notification-api/notifications"), f.maria.token)
                .body.contains("screeningDecided"));
    EXPECT_ERROR(f.server.post(props, times({at(9)}), f.lena.token), 409, "errMsg_ScreeningAlreadyDecided");
    EXPECT_ERROR(f.server.post(accept + tutors, {}, f.lena.token), 409, "errMsg_ScreeningAlreadyDecided");
    // The tutor picks one of a student's times: the link comes with the acceptance.
    const Reply tomsRequest = f.server.post(f.scheduling(QStringLiteral("preliminarymeetings")),
                                            {{QStringLiteral("coursePackId"), pack}}, f.tom.token);
    EXPECT_STATUS(tomsRequest, 201);
    const QString tomsProps = f.scheduling(QStringLiteral("screeningproposals/"))
                              + tomsRequest.data().value(QStringLiteral("id")).toString();
    const QString t4 = at(4);
    const Reply tomsTimes = f.server.post(tomsProps, times({t4, at(10)}), f.tom.token);
    EXPECT_STATUS(tomsTimes, 201);
    QString tomsFirst;
    for (const QJsonValue &v : tomsTimes.payload().toArray())
        if (v[QStringLiteral("proposedAt")].toString()
            == QDateTime::fromString(t4, Qt::ISODateWithMs).toString(Qt::ISODateWithMs))
            tomsFirst = v[QStringLiteral("id")].toString();
    QVERIFY(!tomsFirst.isEmpty());
    EXPECT_ERROR(f.server.post(accept + tomsFirst, {}, f.maria.token), 400, "errMsg_InvalidParameter:meetingLink");
    const Reply picked = f.server.post(accept + tomsFirst, {{QStringLiteral("meetingLink"), link}}, f.admin.token);
    EXPECT_STATUS(picked, 200);
    QCOMPARE(picked.data().value(QStringLiteral("tutorDecision")).toString(), QStringLiteral("approved"));
    QCOMPARE(picked.data().value(QStringLiteral("meetingLink")).toString(), link);
    QVERIFY(
        f.server.get(QStringLiteral("/notification-api/notifications"), f.tom.token).body.contains("screeningDecided"));
    // The documented list answers the agreed meeting (what the calendars read).
    bool found = false;
    for (const QJsonValue &v :
         f.server.get(f.scheduling(QStringLiteral("preliminarymeetings")), f.maria.token).payload().toArray())
        found = found
                || (v[QStringLiteral("id")].toString() == id
                    && v[QStringLiteral("tutorDecision")].toString() == QLatin1String("approved"));
    QVERIFY(found);
}

// U22: the documented-fields negotiation — the tutor's counter-proposal keeps the request pending, the student
// may send that same date back (and nothing else), the tutor is told and approves.
void TstContractScreening::screeningDocumentedNegotiation()
{
    const QString pack = f.newPack(f.maria, f.mariaProfile, {{QStringLiteral("preliminaryMeetingRequired"), true}});
    const auto at = [](int days) { return QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODateWithMs); };
    const QString path = f.scheduling(QStringLiteral("preliminarymeetings"));
    const Reply created = f.server.post(
        path, {{QStringLiteral("coursePackId"), pack}, {QStringLiteral("scheduledDatetime"), at(5)}}, f.aiko.token);
    EXPECT_STATUS(created, 201);
    const QString one = path + QLatin1Char('/') + created.data().value(QStringLiteral("id")).toString();
    const QString counter = QDateTime::currentDateTimeUtc().addDays(8).toString(Qt::ISODate); // without milliseconds
    const Reply countered
        = f.server.patch(one,
                         {{QStringLiteral("scheduledDatetime"), counter},
                          {QStringLiteral("meetingLink"), QStringLiteral("https://meet.example.org/aiko")},
                          {QStringLiteral("comments"), QStringLiteral("A bit later?")}},
                         f.maria.token);
    EXPECT_STATUS(countered, 200);
    QCOMPARE(countered.data().value(QStringLiteral("tutorDecision")).toString(), QStringLiteral("pending"));
    QVERIFY(f.server.get(QStringLiteral("/notification-api/notifications"), f.aiko.token)
                .body.contains("screeningProposed"));
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("scheduledDatetime"), at(9)}}, f.aiko.token), 403,
                 "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(one,
                                {{QStringLiteral("scheduledDatetime"),
                                  countered.data().value(QStringLiteral("scheduledDatetime"))},
                                 {QStringLiteral("tutorDecision"), QStringLiteral("approved")}},
                                f.aiko.token),
                 403, "errMsg_Forbidden");
    const Reply confirmed = f.server.patch(
        one, {{QStringLiteral("scheduledDatetime"), countered.data().value(QStringLiteral("scheduledDatetime"))}},
        f.aiko.token);
    EXPECT_STATUS(confirmed, 200);
    QCOMPARE(confirmed.data().value(QStringLiteral("tutorDecision")).toString(), QStringLiteral("pending"));
    QCOMPARE(confirmed.data().value(QStringLiteral("scheduledDatetime")),
             countered.data().value(QStringLiteral("scheduledDatetime")));
    QVERIFY(f.server.get(QStringLiteral("/notification-api/notifications"), f.maria.token)
                .body.contains("screeningConfirmed"));
    const Reply approved
        = f.server.patch(one, {{QStringLiteral("tutorDecision"), QStringLiteral("approved")}}, f.maria.token);
    EXPECT_STATUS(approved, 200);
    QCOMPARE(approved.data().value(QStringLiteral("scheduledDatetime")),
             countered.data().value(QStringLiteral("scheduledDatetime")));
    EXPECT_ERROR(
        f.server.patch(
            one, {{QStringLiteral("scheduledDatetime"), countered.data().value(QStringLiteral("scheduledDatetime"))}},
            f.aiko.token),
        403, "errMsg_Forbidden");
}

QTEST_GUILESS_MAIN(TstContractScreening)
#include "tst_contract_screening.moc"
