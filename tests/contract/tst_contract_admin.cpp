// Contract tests of platformAdmin's issues (API.md §3.4, rules §4.8 60-64): the demo data an admin triages,
// issues with the access matrix of every route and bad input on every write, triage (priority, assignee). The
// moderation log is in tst_contract_moderation.cpp, analytics reports in tst_contract_analytics.cpp; the common
// set-up is adminsuite.h.
#include "adminsuite.h"

using namespace contract;

class TstContractAdmin : public AdminSuite
{
    Q_OBJECT

private slots:
    void demoHasOneOfEverythingAnAdminTriages(); // first: the demo data as seeded
    void createAdminIssueByStudentAndTutor();
    void createAdminIssueAccess();
    void createAdminIssueBadInput();
    void getAdminIssueAccess();
    void listAdminIssuesAdminOnly();
    void listMyIssuesOwnOnly();
    void updateAdminIssueAdminOnly();
    void rule62_adminNoteNeverShownToReporter();
    void rule63_issueStatusTransitions();
    void rule63_resolutionChosenWhenClosing();
    void closedIssueIsStale409();
    void issueResolvedNotifiesReporter();
    void issueTriage_priorityAndAssignee();
    void issueTriage_sortedByPriorityInDeclaredOrder();

    void serverOutput() { checkServerOutput(); } // keep last: stops the server
};

// U66: a fresh --demo server holds one of everything an admin triages, dated around now (whatever today is).
void TstContractAdmin::demoHasOneOfEverythingAnAdminTriages()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto recent = [&](const QJsonObject &o) {
        const QDateTime at = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
        return at.isValid() && qAbs(at.secsTo(now)) < 24 * 3600;
    };
    // Open issues of each issueType.
    const Reply issues = m_server.get(
        kIssues, m_super.token,
        {{QStringLiteral("pageNumber"), QStringLiteral("0")}, {QStringLiteral("status"), QStringLiteral("open")}});
    EXPECT_STATUS(issues, 200);
    QSet<QString> types;
    for (const QJsonValue &v : issues.payload().toArray()) {
        types << v.toObject().value(QStringLiteral("issueType")).toString();
        QVERIFY2(recent(v.toObject()), "demo issues are dated now");
    }
    for (const char *type : {"user", "content", "other"})
        QVERIFY2(types.contains(QLatin1String(type)), type);
    // A flagged course (admins see every moderation status).
    const Reply packs = m_server.get(QStringLiteral("/tutorcatalog-api/v1/coursepacks"), m_super.token,
                                     {{QStringLiteral("pageNumber"), QStringLiteral("0")},
                                      {QStringLiteral("moderationStatus"), QStringLiteral("flagged")}});
    EXPECT_STATUS(packs, 200);
    bool flagged = false;
    for (const QJsonValue &v : packs.payload().toArray())
        flagged
            = flagged || v.toObject().value(QStringLiteral("moderationStatus")).toString() == QLatin1String("flagged");
    QVERIFY2(flagged, "a flagged course");
    // A pending tutor application.
    const Reply users = m_server.get(QStringLiteral("/auth-api/v1/users"), m_super.token,
                                     {{QStringLiteral("pageNumber"), QStringLiteral("0")},
                                      {QStringLiteral("tutorApplicationStatus"), QStringLiteral("pending")}});
    EXPECT_STATUS(users, 200);
    bool pendingApplication = false;
    for (const QJsonValue &v : users.payload().toArray())
        pendingApplication
            = pendingApplication
              || v.toObject().value(QStringLiteral("tutorApplicationStatus")).toString() == QLatin1String("pending");
    QVERIFY2(pendingApplication, "a pending tutor application");
    // A pending refund request.
    const Reply refunds = m_server.get(QStringLiteral("/enrollmentmanagement-api/v1/refundrequests"), m_super.token,
                                       {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    EXPECT_STATUS(refunds, 200);
    bool pendingRefund = false;
    for (const QJsonValue &v : refunds.payload().toArray())
        pendingRefund = pendingRefund
                        || (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("pending")
                            && recent(v.toObject()));
    QVERIFY2(pendingRefund, "a pending refund request");
}

// §3.4 createAdminIssue: students and tutors file; the reporter is the caller, the issue starts open.
void TstContractAdmin::createAdminIssueByStudentAndTutor()
{
    const Reply r = m_server.post(
        kIssues,
        {{QStringLiteral("reportedBy"), m_lena.id},
         {QStringLiteral("reportedUserId"), m_james.id},
         {QStringLiteral("description"), QStringLiteral("My tutor cancelled three lessons at short notice.")},
         {QStringLiteral("issueType"), QStringLiteral("user")},
         {QStringLiteral("status"), QStringLiteral("open")}},
        m_lena.token);
    CONTRACT_CHECK(envelopeProblem(r, 201, QStringLiteral("adminIssue"), "POST", QStringLiteral("create")));
    const QJsonObject issue = r.data();
    CONTRACT_CHECK(stdFieldsProblem(issue));
    CONTRACT_CHECK(enumProblem(issue, QStringLiteral("status"), kIssueStatuses));
    QCOMPARE(issue.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(issue.value(QStringLiteral("reportedBy")).toString(), m_lena.id);
    QCOMPARE(issue.value(QStringLiteral("reportedUserId")).toString(), m_james.id);
    QCOMPARE(issue.value(QStringLiteral("issueType_idx")).toInt(), 0);
    QVERIFY(issue.value(QStringLiteral("resolution")).isNull());
    QVERIFY(!issue.contains(QStringLiteral("adminNote")));

    // reportedBy may be left out: the caller is the reporter (G42). A tutor files too.
    const Reply t = m_server.post(
        kIssues,
        {{QStringLiteral("description"), QStringLiteral("A student keeps sending me off-topic messages.")},
         {QStringLiteral("issueType"), QStringLiteral("other")}},
        m_maria.token);
    EXPECT_STATUS(t, 201);
    QCOMPARE(t.data().value(QStringLiteral("reportedBy")).toString(), m_maria.id);
}

void TstContractAdmin::createAdminIssueAccess()
{
    const QJsonObject body {{QStringLiteral("description"), QStringLiteral("x")},
                            {QStringLiteral("issueType"), QStringLiteral("other")}};
    EXPECT_ERROR(m_server.post(kIssues, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.post(kIssues, body, m_super.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.post(kIssues, body, m_admin.token), 403, "errMsg_Forbidden");
    QJsonObject foreign = body;
    foreign.insert(QStringLiteral("reportedBy"), m_tom.id);
    EXPECT_ERROR(m_server.post(kIssues, foreign, m_lena.token), 403, "errMsg_Forbidden");
}

void TstContractAdmin::createAdminIssueBadInput()
{
    const int before = myIssueCount(m_tom);
    const QJsonObject ok {{QStringLiteral("description"), QStringLiteral("Valid text")},
                          {QStringLiteral("issueType"), QStringLiteral("other")}};
    auto with = [&](const QString &k, const QJsonValue &v) {
        QJsonObject b = ok;
        if (v.isUndefined())
            b.remove(k);
        else
            b.insert(k, v);
        return m_server.post(kIssues, b, m_tom.token);
    };
    EXPECT_ERROR(with(QStringLiteral("description"), QJsonValue::Undefined), 400,
                 "errMsg_MissingParameter:description");
    EXPECT_ERROR(with(QStringLiteral("description"), QStringLiteral("   ")), 400,
                 "errMsg_MissingParameter:description");
    EXPECT_ERROR(with(QStringLiteral("description"), 42), 400, "errMsg_InvalidParameter:description");
    EXPECT_ERROR(with(QStringLiteral("description"), bigText(10001)), 400, "errMsg_ParameterTooLong:description");
    EXPECT_ERROR(with(QStringLiteral("issueType"), QJsonValue::Undefined), 400, "errMsg_MissingParameter:issueType");
    EXPECT_ERROR(with(QStringLiteral("issueType"), QStringLiteral("spam")), 400, "errMsg_InvalidParameter:issueType");
    EXPECT_ERROR(with(QStringLiteral("status"), QStringLiteral("resolved")), 400, "errMsg_InvalidParameter:status");
    EXPECT_ERROR(with(QStringLiteral("status"), QStringLiteral("bogus")), 400, "errMsg_InvalidParameter:status");
    EXPECT_ERROR(with(QStringLiteral("issueType"), QStringLiteral("user")), 400,
                 "errMsg_MissingParameter:reportedUserId");
    EXPECT_ERROR(with(QStringLiteral("issueType"), QStringLiteral("content")), 400,
                 "errMsg_MissingParameter:coursePackId");
    EXPECT_ERROR(with(QStringLiteral("reportedUserId"), QString::fromLatin1(kUnknownId)), 404,
                 "errMsg_FethcedObjectNotFound:user");
    EXPECT_ERROR(with(QStringLiteral("reportedUserId"), m_tom.id), 400, "errMsg_InvalidParameter:reportedUserId");
    EXPECT_ERROR(with(QStringLiteral("coursePackId"), QString::fromLatin1(kUnknownId)), 404,
                 "errMsg_FethcedObjectNotFound:coursePack");
    Request raw;
    raw.method = "POST";
    raw.path = kIssues;
    raw.raw = QByteArray("{\"description\": ");
    raw.token = m_tom.token;
    EXPECT_ERROR(m_server.send(raw), 400, "errMsg_InvalidJson");
    raw.raw = QByteArray("{\"description\":\"") + QByteArray(1100 * 1024, 'a') + "\",\"issueType\":\"other\"}";
    EXPECT_ERROR(m_server.send(raw), 413, "errMsg_RequestTooLarge");
    QCOMPARE(myIssueCount(m_tom), before);
}

// getAdminIssue: admin any, the reporter their own; full object + joins (G20).
void TstContractAdmin::getAdminIssueAccess()
{
    const QString id = openIssue(m_lena, QStringLiteral("user"), {{QStringLiteral("reportedUserId"), m_maria.id}});
    QVERIFY(!id.isEmpty());
    const QString path = kIssues + QLatin1Char('/') + id;
    const Reply own = m_server.get(path, m_lena.token);
    CONTRACT_CHECK(envelopeProblem(own, 200, QStringLiteral("adminIssue"), "GET", QStringLiteral("get")));
    QCOMPARE(own.data().value(QStringLiteral("reporter")).toObject().value(QStringLiteral("email")).toString(),
             m_lena.email);
    QCOMPARE(own.data().value(QStringLiteral("reportedUser")).toObject().value(QStringLiteral("fullname")).toString(),
             m_maria.fullname);
    QVERIFY(own.data().contains(QStringLiteral("coursePack")));
    const Reply admin = m_server.get(path, m_admin.token);
    EXPECT_STATUS(admin, 200);
    QVERIFY(admin.data().contains(QStringLiteral("adminNote")));
    EXPECT_ERROR(m_server.get(path), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.get(path, m_tom.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.get(path, m_maria.token), 403, "errMsg_Forbidden"); // the reported tutor
    EXPECT_ERROR(m_server.get(path, m_james.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.get(kIssues + QLatin1Char('/') + QLatin1String(kUnknownId), m_super.token), 404,
                 "errMsg_FethcedObjectNotFound:adminIssue");
    const Reply noJoins = m_server.get(path, m_lena.token, {{QStringLiteral("getJoins"), QStringLiteral("false")}});
    EXPECT_STATUS(noJoins, 200);
    QVERIFY(!noJoins.data().contains(QStringLiteral("reporter")));
}

void TstContractAdmin::listAdminIssuesAdminOnly()
{
    const Reply r = m_server.get(kIssues, m_super.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("adminIssues"), "GET", QStringLiteral("list"), Shape::List));
    QVERIFY(r.payload().toArray().size() >= 3); // demo: open, investigating, resolved
    QSet<QString> statuses;
    for (const QJsonValue &v : r.payload().toArray()) {
        const QJsonObject o = v.toObject();
        statuses << o.value(QStringLiteral("status")).toString();
        QVERIFY2(o.value(QStringLiteral("reporter")).isArray(), "list joins are arrays (G67)");
        QCOMPARE(o.value(QStringLiteral("reporter")).toArray().size(), 1);
        QVERIFY(o.value(QStringLiteral("reporter")).toArray().first().toObject().contains(QStringLiteral("roleId")));
    }
    QVERIFY(statuses.contains(QStringLiteral("open")) && statuses.contains(QStringLiteral("investigating"))
            && statuses.contains(QStringLiteral("resolved")));
    const Reply open = m_server.get(kIssues, m_admin.token, {{QStringLiteral("status"), QStringLiteral("open")}});
    EXPECT_STATUS(open, 200);
    for (const QJsonValue &v : open.payload().toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    EXPECT_ERROR(m_server.get(kIssues, m_admin.token, {{QStringLiteral("status"), QStringLiteral("closed")}}), 400,
                 "errMsg_InvalidParameter:status");
    EXPECT_ERROR(m_server.get(kIssues), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.get(kIssues, m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.get(kIssues, m_maria.token), 403, "errMsg_Forbidden");
}

void TstContractAdmin::listMyIssuesOwnOnly()
{
    const QString mine = openIssue(m_tom);
    const QString theirs = openIssue(m_lena);
    QVERIFY(!mine.isEmpty() && !theirs.isEmpty());
    const Reply r = m_server.get(kMyIssues, m_tom.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("adminIssues"), "GET", QStringLiteral("list"), Shape::List));
    QVERIFY(idsOf(r).contains(mine));
    QVERIFY(!idsOf(r).contains(theirs));
    for (const QJsonValue &v : r.payload().toArray()) {
        QCOMPARE(v.toObject().value(QStringLiteral("reportedBy")).toString(), m_tom.id);
        QVERIFY(!v.toObject().contains(QStringLiteral("adminNote")));
        QVERIFY(!v.toObject().contains(QStringLiteral("reporter")));
        QVERIFY(v.toObject().value(QStringLiteral("reportedUser")).isArray());
    }
    EXPECT_ERROR(m_server.get(kMyIssues), 401, "errMsg_LoginRequired");
    const Reply tutor = m_server.get(kMyIssues, m_james.token);
    EXPECT_STATUS(tutor, 200);
    QVERIFY(!idsOf(tutor).contains(mine));
}

void TstContractAdmin::updateAdminIssueAdminOnly()
{
    const QString id = openIssue(m_tom);
    const QString path = kIssues + QLatin1Char('/') + id;
    const QJsonObject body {{QStringLiteral("status"), QStringLiteral("investigating")}};
    EXPECT_ERROR(m_server.patch(path, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.patch(path, body, m_tom.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.patch(path, body, m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.patch(path, body, m_maria.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.patch(kIssues + QLatin1Char('/') + QLatin1String(kUnknownId), body, m_admin.token), 404,
                 "errMsg_FethcedObjectNotFound:adminIssue");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("closed")}}, m_admin.token), 400,
                 "errMsg_InvalidParameter:status");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("adminNote"), 7}}, m_admin.token), 400,
                 "errMsg_InvalidParameter:adminNote");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("adminNote"), bigText(256)}}, m_admin.token), 400,
                 "errMsg_ParameterTooLong:adminNote");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("description"), QStringLiteral("")}}, m_admin.token), 400,
                 "errMsg_MissingParameter:description");
    const Reply unchanged = m_server.get(path, m_admin.token);
    QCOMPARE(unchanged.data().value(QStringLiteral("recordVersion")).toInt(), 1);
    const Reply r = m_server.patch(path,
                                   {{QStringLiteral("status"), QStringLiteral("investigating")},
                                    {QStringLiteral("adminNote"), QStringLiteral("Checking the meeting logs.")}},
                                   m_admin.token);
    CONTRACT_CHECK(envelopeWithExtras(r, 200, QStringLiteral("adminIssue"), "PATCH", QStringLiteral("update"),
                                      {QStringLiteral("reporterUser")}));
    QCOMPARE(r.data().value(QStringLiteral("status")).toString(), QStringLiteral("investigating"));
    QCOMPARE(r.value(QStringLiteral("reporterUser")).toObject().value(QStringLiteral("email")).toString(), m_tom.email);
}

void TstContractAdmin::rule62_adminNoteNeverShownToReporter()
{
    const QString id = openIssue(m_lena);
    const QString note = QStringLiteral("Internal: reporter has filed similar complaints before.");
    EXPECT_STATUS(m_server.patch(kIssues + QLatin1Char('/') + id,
                                 {{QStringLiteral("status"), QStringLiteral("investigating")},
                                  {QStringLiteral("adminNote"), note}},
                                 m_super.token),
                  200);
    const Reply own = m_server.get(kIssues + QLatin1Char('/') + id, m_lena.token);
    EXPECT_STATUS(own, 200);
    QVERIFY(!own.body.contains(note.toUtf8()));
    QVERIFY(!own.data().contains(QStringLiteral("adminNote")));
    const Reply list = m_server.get(kMyIssues, m_lena.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    QVERIFY(!list.body.contains(note.toUtf8()));
    QCOMPARE(m_server.get(kIssues + QLatin1Char('/') + id, m_super.token)
                 .data()
                 .value(QStringLiteral("adminNote"))
                 .toString(),
             note);
}

void TstContractAdmin::rule63_issueStatusTransitions()
{
    const QString id = openIssue(m_tom);
    const QString path = kIssues + QLatin1Char('/') + id;
    EXPECT_ERROR(m_server.patch(path,
                                {{QStringLiteral("status"), QStringLiteral("resolved")},
                                 {QStringLiteral("resolution"), QStringLiteral("warned")}},
                                m_admin.token),
                 400, "errMsg_InvalidStatusTransition");
    EXPECT_STATUS(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("investigating")}}, m_admin.token),
                  200);
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("open")}}, m_admin.token), 400,
                 "errMsg_InvalidStatusTransition");
    const Reply done = m_server.patch(path,
                                      {{QStringLiteral("status"), QStringLiteral("resolved")},
                                       {QStringLiteral("resolution"), QStringLiteral("warned")}},
                                      m_admin.token);
    EXPECT_STATUS(done, 200);
    CONTRACT_CHECK(
        enumProblem(done.data(), QStringLiteral("resolution"),
                    {QStringLiteral("dismissed"), QStringLiteral("warned"), QStringLiteral("courseEditRequired"),
                     QStringLiteral("courseRemoved"), QStringLiteral("userSuspended"), QStringLiteral("userBanned"),
                     QStringLiteral("acknowledged")}));
    // An open issue may be dismissed at once; the resolution defaults to dismissed.
    const QString other = openIssue(m_tom);
    const Reply dismissed = m_server.patch(kIssues + QLatin1Char('/') + other,
                                           {{QStringLiteral("status"), QStringLiteral("dismissed")}}, m_admin.token);
    EXPECT_STATUS(dismissed, 200);
    QCOMPARE(dismissed.data().value(QStringLiteral("resolution")).toString(), QStringLiteral("dismissed"));
}

void TstContractAdmin::rule63_resolutionChosenWhenClosing()
{
    const QString id = openIssue(m_tom);
    const QString path = kIssues + QLatin1Char('/') + id;
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("resolution"), QStringLiteral("warned")}}, m_admin.token), 400,
                 "errMsg_InvalidParameter:resolution");
    EXPECT_STATUS(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("investigating")}}, m_admin.token),
                  200);
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("resolved")}}, m_admin.token), 400,
                 "errMsg_MissingParameter:resolution");
    EXPECT_ERROR(m_server.patch(path,
                                {{QStringLiteral("status"), QStringLiteral("resolved")},
                                 {QStringLiteral("resolution"), QStringLiteral("forgiven")}},
                                m_admin.token),
                 400, "errMsg_InvalidParameter:resolution");
    QCOMPARE(m_server.get(path, m_admin.token).data().value(QStringLiteral("status")).toString(),
             QStringLiteral("investigating"));
}

void TstContractAdmin::closedIssueIsStale409()
{
    const QString id = openIssue(m_lena);
    const QString path = kIssues + QLatin1Char('/') + id;
    EXPECT_STATUS(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("dismissed")}}, m_admin.token), 200);
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("adminNote"), QStringLiteral("late edit")}}, m_super.token), 409,
                 "errMsg_IssueAlreadyClosed");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("investigating")}}, m_admin.token),
                 409, "errMsg_IssueAlreadyClosed");
}

void TstContractAdmin::issueResolvedNotifiesReporter()
{
    const QString id = openIssue(m_tom);
    const QString path = kIssues + QLatin1Char('/') + id;
    const QString note = QStringLiteral("Secret internal remark 4711");
    EXPECT_STATUS(m_server.patch(path,
                                 {{QStringLiteral("status"), QStringLiteral("investigating")},
                                  {QStringLiteral("adminNote"), note}},
                                 m_admin.token),
                  200);
    EXPECT_STATUS(m_server.patch(path,
                                 {{QStringLiteral("status"), QStringLiteral("resolved")},
                                  {QStringLiteral("resolution"), QStringLiteral("acknowledged")}},
                                 m_admin.token),
                  200);
    const Reply n = m_server.get(QStringLiteral("/notification-api/notifications"), m_tom.token,
                                 {{QStringLiteral("limit"), QStringLiteral("1000")}});
    EXPECT_STATUS(n, 200);
    bool found = false;
    for (const QJsonValue &v : n.payload().toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("refs")).toObject().value(QStringLiteral("adminIssueId")).toString() == id) {
            found = true;
            QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("issueResolved"));
            QCOMPARE(o.value(QStringLiteral("isSeen")).toBool(), false);
        }
    }
    QVERIFY2(found, n.describe().constData());
    QVERIFY(!n.body.contains(note.toUtf8()));
}

// U60/U61: priority and assignee (local extension issueTriage): an admin sets them; the assignee must be an active
// administrator; both filter the list; null unassigns.
void TstContractAdmin::issueTriage_priorityAndAssignee()
{
    const QString id = openIssue(m_tom);
    QVERIFY(!id.isEmpty());
    const QString path = kIssues + QLatin1Char('/') + id;
    const Reply fresh = m_server.get(path, m_super.token);
    QCOMPARE(fresh.data().value(QStringLiteral("priority")).toString(), QStringLiteral("normal")); // the default
    QVERIFY(fresh.data().value(QStringLiteral("assigneeId")).isNull());
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("priority"), QStringLiteral("asap")}}, m_super.token), 400,
                 "errMsg_InvalidParameter:priority");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("priority"), QJsonValue(QJsonValue::Null)}}, m_super.token), 400,
                 "errMsg_MissingParameter:priority");
    for (const Actor *notAdmin : {&m_lena, &m_maria})
        EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("assigneeId"), notAdmin->id}}, m_super.token), 400,
                     "errMsg_InvalidParameter:assigneeId");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("assigneeId"), QLatin1String(kUnknownId)}}, m_super.token), 400,
                 "errMsg_InvalidParameter:assigneeId");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("priority"), QStringLiteral("high")}}, m_tom.token), 403,
                 "errMsg_Forbidden");

    const Reply set = m_server.patch(
        path, {{QStringLiteral("priority"), QStringLiteral("high")}, {QStringLiteral("assigneeId"), m_admin.id}},
        m_super.token);
    EXPECT_STATUS(set, 200);
    QCOMPARE(set.data().value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
    QCOMPARE(set.data().value(QStringLiteral("assigneeId")).toString(), m_admin.id);
    const Reply got = m_server.get(path, m_super.token);
    QCOMPARE(got.data().value(QStringLiteral("assignee")).toObject().value(QStringLiteral("email")).toString(),
             m_admin.email);
    // The reporter never sees who handles it.
    QVERIFY(!m_server.get(path, m_tom.token).data().contains(QStringLiteral("assignee")));

    const Reply mine = m_server.get(
        kIssues, m_admin.token,
        {{QStringLiteral("assigneeId"), m_admin.id}, {QStringLiteral("pageNumber"), QStringLiteral("0")}});
    QVERIFY(idsOf(mine).contains(id));
    for (const QJsonValue &v : mine.payload().toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("assigneeId")).toString(), m_admin.id);
    const Reply high = m_server.get(
        kIssues, m_admin.token,
        {{QStringLiteral("priority"), QStringLiteral("high")}, {QStringLiteral("pageNumber"), QStringLiteral("0")}});
    QVERIFY(idsOf(high).contains(id));
    for (const QJsonValue &v : high.payload().toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("priority")).toString(), QStringLiteral("high"));

    const Reply cleared
        = m_server.patch(path, {{QStringLiteral("assigneeId"), QJsonValue(QJsonValue::Null)}}, m_super.token);
    EXPECT_STATUS(cleared, 200);
    QVERIFY(cleared.data().value(QStringLiteral("assigneeId")).isNull());
    const Reply unassigned = m_server.get(
        kIssues, m_admin.token,
        {{QStringLiteral("assigneeId"), QStringLiteral("null")}, {QStringLiteral("pageNumber"), QStringLiteral("0")}});
    QVERIFY(idsOf(unassigned).contains(id));
}

// U62: sorting by an Enum field follows its declared order (low < normal < high < urgent), not the alphabet.
void TstContractAdmin::issueTriage_sortedByPriorityInDeclaredOrder()
{
    const QStringList order {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"),
                             QStringLiteral("urgent")};
    for (const QString &p : order) {
        const QString id = openIssue(m_lena);
        EXPECT_STATUS(m_server.patch(kIssues + QLatin1Char('/') + id, {{QStringLiteral("priority"), p}}, m_super.token),
                      200);
    }
    for (const char *direction : {"asc", "desc"}) {
        const Reply r = m_server.get(kIssues, m_super.token,
                                     {{QStringLiteral("sortBy"), QStringLiteral("priority")},
                                      {QStringLiteral("sortOrder"), QLatin1String(direction)},
                                      {QStringLiteral("pageNumber"), QStringLiteral("0")}});
        EXPECT_STATUS(r, 200);
        int last = QLatin1String(direction) == QLatin1String("asc") ? -1 : 99;
        QSet<QString> seen;
        for (const QJsonValue &v : r.payload().toArray()) {
            const int rank = int(order.indexOf(v.toObject().value(QStringLiteral("priority")).toString()));
            QVERIFY(rank >= 0);
            seen << order.at(rank);
            if (QLatin1String(direction) == QLatin1String("asc"))
                QVERIFY2(rank >= last, "ascending priority");
            else
                QVERIFY2(rank <= last, "descending priority");
            last = rank;
        }
        QCOMPARE(seen.size(), 4);
    }
}

QTEST_GUILESS_MAIN(TstContractAdmin)
#include "tst_contract_admin.moc"
