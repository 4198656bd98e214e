// Contract tests of platformAdmin (API.md §3.4, rules §4.8 60-64, §4.7 57-58): issues, the moderation
// log and analytics reports, with the access matrix of every route and bad input on every write.
#include "adminfixture.h"

#include <QTest>

using namespace contract;

namespace {
const QString kIssues = QStringLiteral("/platformadmin-api/v1/adminissues");
const QString kMyIssues = QStringLiteral("/platformadmin-api/v1/myissues");
const QString kActions = QStringLiteral("/platformadmin-api/v1/adminmoderationactions");
const QString kReports = QStringLiteral("/platformadmin-api/v1/adminanalyticsreports");
const QStringList kIssueStatuses{QStringLiteral("open"), QStringLiteral("investigating"), QStringLiteral("resolved"),
                                 QStringLiteral("dismissed")};
} // namespace

class TstContractAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }

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
    void createModerationActionAndAccess();
    void createModerationActionBadInput();
    void rule57_superAdminCannotBeModerated();
    void rule57_adminModeratesNonAdminsOnly();
    void rule58_warningSendsNotificationAndSystemMessage();
    void getAndListModerationActions();
    void analyticsReportComputedFromData();
    void analyticsReportAccessAndBadInput();

    void serverOutput() // keep last: stops the server
    {
        const QStringList problems = stopAndCheckOutput(m_server);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    QString openIssue(const Actor &reporter, const QString &type = QStringLiteral("other"), const QJsonObject &more = {});
    int myIssueCount(const Actor &a);

    Server m_server;
    Actors m_actors{m_server};
    Actor m_super, m_admin, m_maria, m_james, m_lena, m_tom;
};

void TstContractAdmin::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    CALL(m_actors.demo(m_super, kSuperAdmin));
    CALL(m_actors.demo(m_maria, kTutorMaria));
    CALL(m_actors.demo(m_james, kTutorJames));
    CALL(m_actors.demo(m_lena, kStudentLena));
    CALL(m_actors.demo(m_tom, kStudentTom));
    CALL(m_actors.freshAdmin(m_admin, m_super, QStringLiteral("plainadmin")));
    QCOMPARE(m_admin.role, QStringLiteral("admin"));
}

QString TstContractAdmin::openIssue(const Actor &reporter, const QString &type, const QJsonObject &more)
{
    QJsonObject body{{QStringLiteral("reportedBy"), reporter.id},
                     {QStringLiteral("description"), QStringLiteral("The lesson link did not work twice in a row.")},
                     {QStringLiteral("issueType"), type},
                     {QStringLiteral("status"), QStringLiteral("open")}};
    for (auto it = more.begin(); it != more.end(); ++it)
        body.insert(it.key(), it.value());
    const Reply r = m_server.post(kIssues, body, reporter.token);
    return r.status == 201 ? r.data().value(QStringLiteral("id")).toString() : QString();
}

int TstContractAdmin::myIssueCount(const Actor &a)
{
    const Reply r = m_server.get(kMyIssues, a.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    return r.status == 200 ? int(r.payload().toArray().size()) : -1;
}

// §3.4 createAdminIssue: students and tutors file; the reporter is the caller, the issue starts open.
void TstContractAdmin::createAdminIssueByStudentAndTutor()
{
    const Reply r = m_server.post(kIssues,
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
    const Reply t = m_server.post(kIssues,
                                  {{QStringLiteral("description"), QStringLiteral("A student keeps sending me off-topic messages.")},
                                   {QStringLiteral("issueType"), QStringLiteral("other")}},
                                  m_maria.token);
    EXPECT_STATUS(t, 201);
    QCOMPARE(t.data().value(QStringLiteral("reportedBy")).toString(), m_maria.id);
}

void TstContractAdmin::createAdminIssueAccess()
{
    const QJsonObject body{{QStringLiteral("description"), QStringLiteral("x")}, {QStringLiteral("issueType"), QStringLiteral("other")}};
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
    const QJsonObject ok{{QStringLiteral("description"), QStringLiteral("Valid text")}, {QStringLiteral("issueType"), QStringLiteral("other")}};
    auto with = [&](const QString &k, const QJsonValue &v) {
        QJsonObject b = ok;
        if (v.isUndefined())
            b.remove(k);
        else
            b.insert(k, v);
        return m_server.post(kIssues, b, m_tom.token);
    };
    EXPECT_ERROR(with(QStringLiteral("description"), QJsonValue::Undefined), 400, "errMsg_MissingParameter:description");
    EXPECT_ERROR(with(QStringLiteral("description"), QStringLiteral("   ")), 400, "errMsg_MissingParameter:description");
    EXPECT_ERROR(with(QStringLiteral("description"), 42), 400, "errMsg_InvalidParameter:description");
    EXPECT_ERROR(with(QStringLiteral("description"), bigText(10001)), 400, "errMsg_ParameterTooLong:description");
    EXPECT_ERROR(with(QStringLiteral("issueType"), QJsonValue::Undefined), 400, "errMsg_MissingParameter:issueType");
    EXPECT_ERROR(with(QStringLiteral("issueType"), QStringLiteral("spam")), 400, "errMsg_InvalidParameter:issueType");
    EXPECT_ERROR(with(QStringLiteral("status"), QStringLiteral("resolved")), 400, "errMsg_InvalidParameter:status");
    EXPECT_ERROR(with(QStringLiteral("status"), QStringLiteral("bogus")), 400, "errMsg_InvalidParameter:status");
    EXPECT_ERROR(with(QStringLiteral("issueType"), QStringLiteral("user")), 400, "errMsg_MissingParameter:reportedUserId");
    EXPECT_ERROR(with(QStringLiteral("issueType"), QStringLiteral("content")), 400, "errMsg_MissingParameter:coursePackId");
    EXPECT_ERROR(with(QStringLiteral("reportedUserId"), QString::fromLatin1(kUnknownId)), 404, "errMsg_FethcedObjectNotFound:user");
    EXPECT_ERROR(with(QStringLiteral("reportedUserId"), m_tom.id), 400, "errMsg_InvalidParameter:reportedUserId");
    EXPECT_ERROR(with(QStringLiteral("coursePackId"), QString::fromLatin1(kUnknownId)), 404, "errMsg_FethcedObjectNotFound:coursePack");
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
    QCOMPARE(own.data().value(QStringLiteral("reporter")).toObject().value(QStringLiteral("email")).toString(), m_lena.email);
    QCOMPARE(own.data().value(QStringLiteral("reportedUser")).toObject().value(QStringLiteral("fullname")).toString(), m_maria.fullname);
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
    const QJsonObject body{{QStringLiteral("status"), QStringLiteral("investigating")}};
    EXPECT_ERROR(m_server.patch(path, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.patch(path, body, m_tom.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.patch(path, body, m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.patch(path, body, m_maria.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.patch(kIssues + QLatin1Char('/') + QLatin1String(kUnknownId), body, m_admin.token), 404,
                 "errMsg_FethcedObjectNotFound:adminIssue");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("closed")}}, m_admin.token), 400,
                 "errMsg_InvalidParameter:status");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("adminNote"), 7}}, m_admin.token), 400, "errMsg_InvalidParameter:adminNote");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("adminNote"), bigText(256)}}, m_admin.token), 400,
                 "errMsg_ParameterTooLong:adminNote");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("description"), QStringLiteral("")}}, m_admin.token), 400,
                 "errMsg_MissingParameter:description");
    const Reply unchanged = m_server.get(path, m_admin.token);
    QCOMPARE(unchanged.data().value(QStringLiteral("recordVersion")).toInt(), 1);
    const Reply r = m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("investigating")},
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
                                 {{QStringLiteral("status"), QStringLiteral("investigating")}, {QStringLiteral("adminNote"), note}},
                                 m_super.token),
                  200);
    const Reply own = m_server.get(kIssues + QLatin1Char('/') + id, m_lena.token);
    EXPECT_STATUS(own, 200);
    QVERIFY(!own.body.contains(note.toUtf8()));
    QVERIFY(!own.data().contains(QStringLiteral("adminNote")));
    const Reply list = m_server.get(kMyIssues, m_lena.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    QVERIFY(!list.body.contains(note.toUtf8()));
    QCOMPARE(m_server.get(kIssues + QLatin1Char('/') + id, m_super.token).data().value(QStringLiteral("adminNote")).toString(), note);
}

void TstContractAdmin::rule63_issueStatusTransitions()
{
    const QString id = openIssue(m_tom);
    const QString path = kIssues + QLatin1Char('/') + id;
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("resolved")},
                                       {QStringLiteral("resolution"), QStringLiteral("warned")}},
                                m_admin.token),
                 400, "errMsg_InvalidStatusTransition");
    EXPECT_STATUS(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("investigating")}}, m_admin.token), 200);
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("open")}}, m_admin.token), 400,
                 "errMsg_InvalidStatusTransition");
    const Reply done = m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("resolved")},
                                             {QStringLiteral("resolution"), QStringLiteral("warned")}},
                                      m_admin.token);
    EXPECT_STATUS(done, 200);
    CONTRACT_CHECK(enumProblem(done.data(), QStringLiteral("resolution"),
                               {QStringLiteral("dismissed"), QStringLiteral("warned"), QStringLiteral("courseEditRequired"),
                                QStringLiteral("courseRemoved"), QStringLiteral("userSuspended"), QStringLiteral("userBanned"),
                                QStringLiteral("acknowledged")}));
    // An open issue may be dismissed at once; the resolution defaults to dismissed.
    const QString other = openIssue(m_tom);
    const Reply dismissed = m_server.patch(kIssues + QLatin1Char('/') + other, {{QStringLiteral("status"), QStringLiteral("dismissed")}},
                                           m_admin.token);
    EXPECT_STATUS(dismissed, 200);
    QCOMPARE(dismissed.data().value(QStringLiteral("resolution")).toString(), QStringLiteral("dismissed"));
}

void TstContractAdmin::rule63_resolutionChosenWhenClosing()
{
    const QString id = openIssue(m_tom);
    const QString path = kIssues + QLatin1Char('/') + id;
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("resolution"), QStringLiteral("warned")}}, m_admin.token), 400,
                 "errMsg_InvalidParameter:resolution");
    EXPECT_STATUS(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("investigating")}}, m_admin.token), 200);
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("resolved")}}, m_admin.token), 400,
                 "errMsg_MissingParameter:resolution");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("resolved")},
                                       {QStringLiteral("resolution"), QStringLiteral("forgiven")}},
                                m_admin.token),
                 400, "errMsg_InvalidParameter:resolution");
    QCOMPARE(m_server.get(path, m_admin.token).data().value(QStringLiteral("status")).toString(), QStringLiteral("investigating"));
}

void TstContractAdmin::closedIssueIsStale409()
{
    const QString id = openIssue(m_lena);
    const QString path = kIssues + QLatin1Char('/') + id;
    EXPECT_STATUS(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("dismissed")}}, m_admin.token), 200);
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("adminNote"), QStringLiteral("late edit")}}, m_super.token), 409,
                 "errMsg_IssueAlreadyClosed");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("investigating")}}, m_admin.token), 409,
                 "errMsg_IssueAlreadyClosed");
}

void TstContractAdmin::issueResolvedNotifiesReporter()
{
    const QString id = openIssue(m_tom);
    const QString path = kIssues + QLatin1Char('/') + id;
    const QString note = QStringLiteral("Secret internal remark 4711");
    EXPECT_STATUS(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("investigating")}, {QStringLiteral("adminNote"), note}},
                                 m_admin.token),
                  200);
    EXPECT_STATUS(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("resolved")},
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

void TstContractAdmin::createModerationActionAndAccess()
{
    const QJsonObject body{{QStringLiteral("adminId"), m_admin.id},
                           {QStringLiteral("targetType"), QStringLiteral("user")},
                           {QStringLiteral("targetId"), m_tom.id},
                           {QStringLiteral("actionType"), QStringLiteral("edit")},
                           {QStringLiteral("actionReason"), QStringLiteral("Display name contained a phone number.")},
                           {QStringLiteral("actionDate"), QStringLiteral("2026-11-20T10:00:00.000Z")},
                           {QStringLiteral("targetUserId"), m_tom.id}};
    const Reply r = m_server.post(kActions, body, m_admin.token);
    CONTRACT_CHECK(envelopeWithExtras(r, 201, QStringLiteral("adminModerationAction"), "POST", QStringLiteral("create"),
                                      {QStringLiteral("targetUser")}));
    CONTRACT_CHECK(stdFieldsProblem(r.data()));
    CONTRACT_CHECK(enumProblem(r.data(), QStringLiteral("actionType"),
                               {QStringLiteral("suspend"), QStringLiteral("ban"), QStringLiteral("edit"), QStringLiteral("remove"),
                                QStringLiteral("approve"), QStringLiteral("warn")}));
    CONTRACT_CHECK(enumProblem(r.data(), QStringLiteral("targetType"),
                               {QStringLiteral("user"), QStringLiteral("coursePack"), QStringLiteral("profile"), QStringLiteral("material")}));
    QCOMPARE(r.data().value(QStringLiteral("adminId")).toString(), m_admin.id);
    QCOMPARE(r.value(QStringLiteral("targetUser")).toObject().value(QStringLiteral("email")).toString(), m_tom.email);
    EXPECT_ERROR(m_server.post(kActions, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.post(kActions, body, m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.post(kActions, body, m_maria.token), 403, "errMsg_Forbidden");
    // adminId must be the caller (G42).
    EXPECT_ERROR(m_server.post(kActions, body, m_super.token), 403, "errMsg_Forbidden");
}

void TstContractAdmin::createModerationActionBadInput()
{
    const Reply before = m_server.get(kActions, m_super.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    const QJsonObject ok{{QStringLiteral("targetType"), QStringLiteral("user")},
                         {QStringLiteral("targetId"), m_tom.id},
                         {QStringLiteral("actionType"), QStringLiteral("edit")},
                         {QStringLiteral("actionReason"), QStringLiteral("Reason")},
                         {QStringLiteral("actionDate"), QStringLiteral("2026-11-20T10:00:00Z")},
                         {QStringLiteral("targetUserId"), m_tom.id}};
    auto with = [&](const QString &k, const QJsonValue &v) {
        QJsonObject b = ok;
        if (v.isUndefined())
            b.remove(k);
        else
            b.insert(k, v);
        return m_server.post(kActions, b, m_super.token);
    };
    for (const char *k : {"targetType", "targetId", "actionType", "actionReason", "actionDate", "targetUserId"})
        EXPECT_ERROR(with(QLatin1String(k), QJsonValue::Undefined), 400, "errMsg_MissingParameter:*");
    EXPECT_ERROR(with(QStringLiteral("targetType"), QStringLiteral("course")), 400, "errMsg_InvalidParameter:targetType");
    EXPECT_ERROR(with(QStringLiteral("actionType"), QStringLiteral("delete")), 400, "errMsg_InvalidParameter:actionType");
    EXPECT_ERROR(with(QStringLiteral("actionDate"), QStringLiteral("yesterday")), 400, "errMsg_InvalidParameter:actionDate");
    EXPECT_ERROR(with(QStringLiteral("actionReason"), bigText(256)), 400, "errMsg_ParameterTooLong:actionReason");
    EXPECT_ERROR(with(QStringLiteral("targetUserId"), QStringLiteral("not-a-uuid")), 400, "errMsg_InvalidParameter:*");
    EXPECT_ERROR(with(QStringLiteral("targetId"), m_lena.id), 400, "errMsg_InvalidParameter:targetId");
    QJsonObject unknown = ok;
    unknown.insert(QStringLiteral("targetId"), QString::fromLatin1(kUnknownId));
    unknown.insert(QStringLiteral("targetUserId"), QString::fromLatin1(kUnknownId));
    EXPECT_ERROR(m_server.post(kActions, unknown, m_super.token), 404, "errMsg_FethcedObjectNotFound:user");
    QJsonObject pack = ok;
    pack.insert(QStringLiteral("targetType"), QStringLiteral("coursePack"));
    pack.insert(QStringLiteral("targetId"), QString::fromLatin1(kUnknownId));
    EXPECT_ERROR(m_server.post(kActions, pack, m_super.token), 404, "errMsg_FethcedObjectNotFound:coursePack");
    const Reply after = m_server.get(kActions, m_super.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    QCOMPARE(after.payload().toArray().size(), before.payload().toArray().size());
}

// "Admins cannot demote or ban a superAdmin": no moderation act targets a superAdmin, and nobody acts on themself.
void TstContractAdmin::rule57_superAdminCannotBeModerated()
{
    for (const char *action : {"ban", "suspend", "warn"}) {
        const Reply r = m_server.post(kActions,
                                      {{QStringLiteral("targetType"), QStringLiteral("user")},
                                       {QStringLiteral("targetId"), m_super.id},
                                       {QStringLiteral("actionType"), QLatin1String(action)},
                                       {QStringLiteral("actionReason"), QStringLiteral("Attempt")},
                                       {QStringLiteral("actionDate"), QStringLiteral("2026-11-20T10:00:00Z")},
                                       {QStringLiteral("targetUserId"), m_super.id}},
                                      m_admin.token);
        EXPECT_ERROR(r, 403, "errMsg_Forbidden");
    }
    const Reply self = m_server.post(kActions,
                                     {{QStringLiteral("targetType"), QStringLiteral("user")},
                                      {QStringLiteral("targetId"), m_super.id},
                                      {QStringLiteral("actionType"), QStringLiteral("warn")},
                                      {QStringLiteral("actionReason"), QStringLiteral("Self")},
                                      {QStringLiteral("actionDate"), QStringLiteral("2026-11-20T10:00:00Z")},
                                      {QStringLiteral("targetUserId"), m_super.id}},
                                     m_super.token);
    EXPECT_ERROR(self, 403, "errMsg_Forbidden");
}

void TstContractAdmin::rule57_adminModeratesNonAdminsOnly()
{
    Actor other;
    CALL(m_actors.freshAdmin(other, m_super, QStringLiteral("otheradmin")));
    const QJsonObject body{{QStringLiteral("targetType"), QStringLiteral("user")},
                           {QStringLiteral("targetId"), other.id},
                           {QStringLiteral("actionType"), QStringLiteral("suspend")},
                           {QStringLiteral("actionReason"), QStringLiteral("Test")},
                           {QStringLiteral("actionDate"), QStringLiteral("2026-11-20T10:00:00Z")},
                           {QStringLiteral("targetUserId"), other.id}};
    EXPECT_ERROR(m_server.post(kActions, body, m_admin.token), 403, "errMsg_Forbidden");
    EXPECT_STATUS(m_server.post(kActions, body, m_super.token), 201);
}

void TstContractAdmin::rule58_warningSendsNotificationAndSystemMessage()
{
    Actor student;
    CALL(m_actors.freshStudent(student, QStringLiteral("warned")));
    const QString reason = QStringLiteral("Please keep messages to your tutor respectful.");
    const Reply r = m_server.post(kActions,
                                  {{QStringLiteral("targetType"), QStringLiteral("user")},
                                   {QStringLiteral("targetId"), student.id},
                                   {QStringLiteral("actionType"), QStringLiteral("warn")},
                                   {QStringLiteral("actionReason"), reason},
                                   {QStringLiteral("actionDate"), QStringLiteral("2026-11-21T09:30:00Z")},
                                   {QStringLiteral("targetUserId"), student.id}},
                                  m_admin.token);
    EXPECT_STATUS(r, 201);
    const Reply n = m_server.get(QStringLiteral("/notification-api/notifications"), student.token);
    EXPECT_STATUS(n, 200);
    QStringList types;
    for (const QJsonValue &v : n.payload().toArray())
        types << v.toObject().value(QStringLiteral("type")).toString();
    // One warning, one notification: the system message's (C26).
    QVERIFY2(types.contains(QStringLiteral("adminWarning")), n.describe().constData());
    QCOMPARE(types.count(QStringLiteral("adminWarning")) + types.count(QStringLiteral("warningReceived")), 1);
    const Reply c = m_server.get(QStringLiteral("/messaging-api/v1/myconversations"), student.token);
    EXPECT_STATUS(c, 200);
    QCOMPARE(c.payload().toArray().size(), 1);
    const QJsonObject conv = c.payload().toArray().first().toObject();
    QCOMPARE(conv.value(QStringLiteral("conversationType")).toString(), QStringLiteral("adminStudent"));
    QCOMPARE(conv.value(QStringLiteral("participantA")).toString(), m_admin.id);
    const Reply msgs = m_server.get(QStringLiteral("/messaging-api/v1/v1/chat-messages"), student.token,
                                    {{QStringLiteral("roomId"), conv.value(QStringLiteral("id")).toString()}});
    EXPECT_STATUS(msgs, 200);
    QCOMPARE(msgs.payload().toArray().size(), 1);
    const QJsonObject m = msgs.payload().toArray().first().toObject();
    QCOMPARE(m.value(QStringLiteral("messageType")).toString(), QStringLiteral("warning"));
    QCOMPARE(m.value(QStringLiteral("content")).toObject().value(QStringLiteral("text")).toString(), reason);
    // A tutor's warning goes to an adminTutor conversation (demo: James was warned).
    const Reply james = m_server.get(QStringLiteral("/messaging-api/v1/myconversations"), m_james.token);
    bool adminTutor = false;
    for (const QJsonValue &v : james.payload().toArray())
        adminTutor = adminTutor || v.toObject().value(QStringLiteral("conversationType")).toString() == QLatin1String("adminTutor");
    QVERIFY(adminTutor);
}

void TstContractAdmin::getAndListModerationActions()
{
    const Reply list = m_server.get(kActions, m_admin.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    CONTRACT_CHECK(envelopeProblem(list, 200, QStringLiteral("adminModerationActions"), "GET", QStringLiteral("list"), Shape::List));
    QVERIFY(!list.payload().toArray().isEmpty()); // demo warning
    const QJsonObject first = list.payload().toArray().first().toObject();
    QVERIFY(first.value(QStringLiteral("admin")).isArray());
    const QString id = first.value(QStringLiteral("id")).toString();
    const Reply warn = m_server.get(kActions, m_admin.token, {{QStringLiteral("actionType"), QStringLiteral("warn")}});
    EXPECT_STATUS(warn, 200);
    for (const QJsonValue &v : warn.payload().toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("actionType")).toString(), QStringLiteral("warn"));
    EXPECT_ERROR(m_server.get(kActions, m_admin.token, {{QStringLiteral("actionType"), QStringLiteral("scold")}}), 400,
                 "errMsg_InvalidParameter:actionType");
    const Reply one = m_server.get(kActions + QLatin1Char('/') + id, m_admin.token);
    CONTRACT_CHECK(envelopeProblem(one, 200, QStringLiteral("adminModerationAction"), "GET", QStringLiteral("get")));
    QVERIFY(one.data().value(QStringLiteral("admin")).toObject().contains(QStringLiteral("email")));
    for (const QString &path : {kActions, kActions + QLatin1Char('/') + id}) {
        EXPECT_ERROR(m_server.get(path), 401, "errMsg_LoginRequired");
        EXPECT_ERROR(m_server.get(path, m_lena.token), 403, "errMsg_Forbidden");
        EXPECT_ERROR(m_server.get(path, m_james.token), 403, "errMsg_Forbidden");
    }
    EXPECT_ERROR(m_server.get(kActions + QLatin1Char('/') + QLatin1String(kUnknownId), m_admin.token), 404,
                 "errMsg_FethcedObjectNotFound:adminModerationAction");
}

// Rule 64: report records; the local server computes the figures from the data at creation.
void TstContractAdmin::analyticsReportComputedFromData()
{
    const Reply issues = m_server.get(kIssues, m_super.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    QHash<QString, int> byStatus;
    for (const QJsonValue &v : issues.payload().toArray())
        ++byStatus[v.toObject().value(QStringLiteral("status")).toString()];
    const Reply r = m_server.post(kReports,
                                  {{QStringLiteral("reportType"), QStringLiteral("complaints")},
                                   {QStringLiteral("filterParams"), QStringLiteral("{\"period\":\"all\"}")},
                                   {QStringLiteral("generatedAt"), QStringLiteral("2026-11-22T08:00:00Z")},
                                   {QStringLiteral("reportUrl"), QStringLiteral("https://reports.example.test/complaints.csv")}},
                                  m_admin.token);
    CONTRACT_CHECK(envelopeProblem(r, 201, QStringLiteral("adminAnalyticsReport"), "POST", QStringLiteral("create")));
    CONTRACT_CHECK(stdFieldsProblem(r.data()));
    QVERIFY(isIsoUtc(r.data().value(QStringLiteral("generatedAt"))));
    QCOMPARE(r.data().value(QStringLiteral("reportUrl")).toString(), QStringLiteral("https://reports.example.test/complaints.csv"));
    const QJsonObject figures = r.data().value(QStringLiteral("reportData")).toObject().value(QStringLiteral("byStatus")).toObject();
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it)
        QCOMPARE(figures.value(it.key()).toInt(), it.value());
    const QString id = r.data().value(QStringLiteral("id")).toString();
    const Reply one = m_server.get(kReports + QLatin1Char('/') + id, m_super.token);
    CONTRACT_CHECK(envelopeProblem(one, 200, QStringLiteral("adminAnalyticsReport"), "GET", QStringLiteral("get")));
    QCOMPARE(one.data().value(QStringLiteral("reportType")).toString(), QStringLiteral("complaints"));
    const Reply list = m_server.get(kReports, m_super.token);
    CONTRACT_CHECK(envelopeProblem(list, 200, QStringLiteral("adminAnalyticsReports"), "GET", QStringLiteral("list"), Shape::List));
    QVERIFY(idsOf(list).contains(id));
    // Without a URL the report is served by its own get route.
    const Reply users = m_server.post(kReports, {{QStringLiteral("reportType"), QStringLiteral("users")}}, m_admin.token);
    EXPECT_STATUS(users, 201);
    QVERIFY(users.data().value(QStringLiteral("reportUrl")).toString().endsWith(users.data().value(QStringLiteral("id")).toString()));
    QVERIFY(users.data().value(QStringLiteral("reportData")).toObject().value(QStringLiteral("byRole")).toObject().value(
                QStringLiteral("tutor")).toInt() >= 2);
}

void TstContractAdmin::analyticsReportAccessAndBadInput()
{
    const Reply before = m_server.get(kReports, m_admin.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    const QJsonObject body{{QStringLiteral("reportType"), QStringLiteral("revenue")}};
    EXPECT_ERROR(m_server.post(kReports, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.post(kReports, body, m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.post(kReports, body, m_maria.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.post(kReports, QJsonObject{}, m_admin.token), 400, "errMsg_MissingParameter:reportType");
    EXPECT_ERROR(m_server.post(kReports, {{QStringLiteral("reportType"), QStringLiteral("weather")}}, m_admin.token), 400,
                 "errMsg_InvalidParameter:reportType");
    EXPECT_ERROR(m_server.post(kReports, {{QStringLiteral("reportType"), 5}}, m_admin.token), 400, "errMsg_InvalidParameter:reportType");
    EXPECT_ERROR(m_server.post(kReports, {{QStringLiteral("reportType"), QStringLiteral("users")},
                                          {QStringLiteral("filterParams"), QStringLiteral("not json")}},
                               m_admin.token),
                 400, "errMsg_InvalidParameter:filterParams");
    EXPECT_ERROR(m_server.post(kReports, {{QStringLiteral("reportType"), QStringLiteral("users")},
                                          {QStringLiteral("generatedAt"), QStringLiteral("soon")}},
                               m_admin.token),
                 400, "errMsg_InvalidParameter:generatedAt");
    const Reply after = m_server.get(kReports, m_admin.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    QCOMPARE(after.payload().toArray().size(), before.payload().toArray().size());
    for (const QString &path : {kReports, kReports + QLatin1Char('/') + QLatin1String(kUnknownId)}) {
        EXPECT_ERROR(m_server.get(path), 401, "errMsg_LoginRequired");
        EXPECT_ERROR(m_server.get(path, m_tom.token), 403, "errMsg_Forbidden");
        EXPECT_ERROR(m_server.get(path, m_james.token), 403, "errMsg_Forbidden");
    }
    EXPECT_ERROR(m_server.get(kReports + QLatin1Char('/') + QLatin1String(kUnknownId), m_admin.token), 404,
                 "errMsg_FethcedObjectNotFound:adminAnalyticsReport");
}

QTEST_GUILESS_MAIN(TstContractAdmin)
#include "tst_contract_admin.moc"
