// Contract tests of agentHub (API.md §3.6, G58: admin-only): agent overrides, the tool catalog derived
// from the server's own route table, and the execution log.
#include "adminfixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace contract;

namespace {
const QString kG = QStringLiteral("/agenthub-api/v1");
} // namespace

class TstContractAgentHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }

    void accessMatrix_data();
    void accessMatrix();
    void toolCatalogListsThisServersBusinessApis();
    void toolCatalogEntriesAreServedRoutes();
    void toolCatalogFilterAndEntry();
    void agentOverrideLifecycle();
    void agentOverrideBadInputWritesNothing();
    void agentExecutions();

    void serverOutput() // keep last: stops the server
    {
        const QStringList problems = stopAndCheckOutput(m_server);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    QJsonArray catalog(const Query &q = {});

    Server m_server;
    Actors m_actors {m_server};
    Actor m_super, m_admin, m_maria, m_lena;
};

void TstContractAgentHub::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    CALL(m_actors.demo(m_super, kSuperAdmin));
    CALL(m_actors.demo(m_maria, kTutorMaria));
    CALL(m_actors.demo(m_lena, kStudentLena));
    CALL(m_actors.freshAdmin(m_admin, m_super, QStringLiteral("agentadmin")));
}

QJsonArray TstContractAgentHub::catalog(const Query &q)
{
    Query all = q;
    all.append({QStringLiteral("pageNumber"), QStringLiteral("0")});
    return m_server.get(kG + QStringLiteral("/toolcatalog"), m_admin.token, all).payload().toArray();
}

void TstContractAgentHub::accessMatrix_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    const QString id = QString::fromLatin1(kUnknownId);
    QTest::newRow("listAgentOverrides") << "GET" << kG + QStringLiteral("/agentoverrides");
    QTest::newRow("getAgentOverride") << "GET" << kG + QStringLiteral("/agentoverride/") + id;
    QTest::newRow("createAgentOverride") << "POST" << kG + QStringLiteral("/agentoverride");
    QTest::newRow("updateAgentOverride") << "PATCH" << kG + QStringLiteral("/agentoverride/") + id;
    QTest::newRow("deleteAgentOverride") << "DELETE" << kG + QStringLiteral("/agentoverride/") + id;
    QTest::newRow("listToolCatalog") << "GET" << kG + QStringLiteral("/toolcatalog");
    QTest::newRow("getToolCatalogEntry") << "GET" << kG + QStringLiteral("/toolcatalogentry/") + id;
    QTest::newRow("listAgentExecutions") << "GET" << kG + QStringLiteral("/agentexecutions");
    QTest::newRow("getAgentExecution") << "GET" << kG + QStringLiteral("/agentexecution/") + id;
}

// G58: no access rule is documented; agentHub is admin-only on the local server.
void TstContractAgentHub::accessMatrix()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    auto call = [&](const QString &token) {
        Request r;
        r.method = method.toLatin1();
        r.path = path;
        r.token = token;
        if (method == QLatin1String("POST") || method == QLatin1String("PATCH"))
            r.json = QJsonObject {};
        return m_server.send(r);
    };
    EXPECT_ERROR(call({}), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(call(m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(call(m_maria.token), 403, "errMsg_Forbidden");
    const Reply admin = call(m_admin.token);
    QVERIFY2(admin.status == 200 || admin.status == 400 || admin.status == 404, admin.describe().constData());
    if (admin.status != 200)
        CONTRACT_CHECK(errorProblem(admin, admin.status,
                                    admin.status == 404 ? QStringLiteral("errMsg_FethcedObjectNotFound:*")
                                                        : QStringLiteral("errMsg_MissingParameter:agentName")));
}

void TstContractAgentHub::toolCatalogListsThisServersBusinessApis()
{
    const Reply r = m_server.get(kG + QStringLiteral("/toolcatalog"), m_admin.token,
                                 {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    CONTRACT_CHECK(
        envelopeProblem(r, 200, QStringLiteral("sys_toolCatalogs"), "GET", QStringLiteral("list"), Shape::List));
    QStringList names;
    QSet<QString> services;
    static const QRegularExpression nameForm(QStringLiteral("^[a-zA-Z]+:[a-z]+[A-Za-z0-9_]*$"));
    for (const QJsonValue &v : r.payload().toArray()) {
        const QJsonObject o = v.toObject();
        CONTRACT_CHECK(stdFieldsProblem(o));
        const QString name = o.value(QStringLiteral("toolName")).toString();
        QVERIFY2(nameForm.match(name).hasMatch(), qPrintable(name));
        QVERIFY2(name.startsWith(o.value(QStringLiteral("serviceName")).toString() + QLatin1Char(':')),
                 qPrintable(name));
        QVERIFY(o.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("type")).toString()
                == QLatin1String("object"));
        QVERIFY(isIsoUtc(o.value(QStringLiteral("lastRefreshed"))));
        names << name;
        services << o.value(QStringLiteral("serviceName")).toString();
    }
    QCOMPARE(names.size(), QSet<QString>(names.begin(), names.end()).size());
    for (const char *n : {"auth:postLogin", "auth:getUsersByUserId", "platformAdmin:getAdminissues",
                          "platformAdmin:patchAdminissuesByAdminIssueId", "messaging:getChatMessages",
                          "messaging:postSendsystemmessage", "notification:postNotificationsSeen",
                          "tutorCatalog:getTutorprofilesByTutorProfileId"})
        QVERIFY2(names.contains(QLatin1String(n)), n);
    for (const char *s : {"auth", "tutorCatalog", "platformAdmin", "messaging", "notification"})
        QVERIFY2(services.contains(QLatin1String(s)), s);
    // Not business APIs: the shared routes of every segment and agentHub itself.
    for (const QString &n : std::as_const(names)) {
        QVERIFY2(!n.startsWith(QLatin1String("agentHub:")), qPrintable(n));
        QVERIFY2(!n.endsWith(QLatin1String(":getHealth")) && !n.endsWith(QLatin1String(":getCurrentuser")),
                 qPrintable(n));
    }
}

// Each catalog entry names a route this server really answers (never errMsg_RouteNotFound).
void TstContractAgentHub::toolCatalogEntriesAreServedRoutes()
{
    const QJsonArray all = catalog();
    QVERIFY(all.size() > 20);
    int checked = 0;
    for (const QJsonValue &v : all) {
        const QJsonObject p = v.toObject().value(QStringLiteral("parameters")).toObject();
        QString path = p.value(QStringLiteral("x-path")).toString();
        for (const QJsonValue &param : p.value(QStringLiteral("required")).toArray())
            path.replace(QLatin1Char(':') + param.toString(), QString::fromLatin1(kUnknownId));
        QVERIFY2(!path.contains(QLatin1Char(':')), qPrintable(path));
        if (p.value(QStringLiteral("x-method")).toString() != QLatin1String("GET"))
            continue; // no writes from this check
        const Reply r = m_server.get(path); // anonymous: a protected route still answers 401, never RouteNotFound
        QVERIFY2(r.status != 0 && r.message() != QLatin1String("errMsg_RouteNotFound") && r.status != 405,
                 r.describe().constData());
        ++checked;
    }
    QVERIFY(checked > 10);
}

void TstContractAgentHub::toolCatalogFilterAndEntry()
{
    const QJsonArray admin = catalog({{QStringLiteral("serviceName"), QStringLiteral("platformAdmin")}});
    QCOMPARE(admin.size(), 11); // the 11 endpoints of §3.4
    for (const QJsonValue &v : admin)
        QCOMPARE(v.toObject().value(QStringLiteral("serviceName")).toString(), QStringLiteral("platformAdmin"));
    const QString id = admin.first().toObject().value(QStringLiteral("id")).toString();
    const Reply one = m_server.get(kG + QStringLiteral("/toolcatalogentry/") + id, m_admin.token);
    CONTRACT_CHECK(envelopeProblem(one, 200, QStringLiteral("sys_toolCatalog"), "GET", QStringLiteral("get")));
    QCOMPARE(one.data().value(QStringLiteral("toolName")).toString(),
             admin.first().toObject().value(QStringLiteral("toolName")).toString());
    EXPECT_ERROR(m_server.get(kG + QStringLiteral("/toolcatalogentry/") + QLatin1String(kUnknownId), m_admin.token),
                 404, "errMsg_FethcedObjectNotFound:sys_toolCatalog");
    QCOMPARE(catalog({{QStringLiteral("serviceName"), QStringLiteral("noSuchService")}}).size(), 0);
}

void TstContractAgentHub::agentOverrideLifecycle()
{
    const QJsonObject body {
        {QStringLiteral("agentName"), QStringLiteral("lessonSummaryAgent")},
        {QStringLiteral("provider"), QStringLiteral("openai")},
        {QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
        {QStringLiteral("systemPrompt"), QStringLiteral("Summarize a tutoring lesson in three bullet points.")},
        {QStringLiteral("temperature"), 0.3},
        {QStringLiteral("maxTokens"), 600},
        {QStringLiteral("responseFormat"), QStringLiteral("json")},
        {QStringLiteral("selectedTools"), QJsonArray {QStringLiteral("platformAdmin:getAdminissues")}},
        {QStringLiteral("guardrails"),
         QJsonObject {{QStringLiteral("maxToolCalls"), 3}, {QStringLiteral("timeout"), 30}}},
        {QStringLiteral("enabled"), false}};
    const Reply c = m_server.post(kG + QStringLiteral("/agentoverride"), body, m_admin.token);
    CONTRACT_CHECK(envelopeProblem(c, 201, QStringLiteral("sys_agentOverride"), "POST", QStringLiteral("create")));
    CONTRACT_CHECK(stdFieldsProblem(c.data()));
    QCOMPARE(c.data().value(QStringLiteral("enabled")).toBool(), true); // not settable on create
    QCOMPARE(c.data().value(QStringLiteral("updatedBy")).toString(), m_admin.id);
    QCOMPARE(c.data().value(QStringLiteral("selectedTools")).toArray().first().toString(),
             QStringLiteral("platformAdmin:getAdminissues"));
    const QString id = c.data().value(QStringLiteral("id")).toString();
    EXPECT_ERROR(m_server.post(kG + QStringLiteral("/agentoverride"),
                               {{QStringLiteral("agentName"), QStringLiteral("LessonSummaryAgent")}}, m_super.token),
                 409, "errMsg_AgentOverrideExists");
    const QString path = kG + QStringLiteral("/agentoverride/") + id;
    const Reply u = m_server.patch(path, {{QStringLiteral("enabled"), false}, {QStringLiteral("temperature"), 1.5}},
                                   m_super.token);
    CONTRACT_CHECK(envelopeProblem(u, 200, QStringLiteral("sys_agentOverride"), "PATCH", QStringLiteral("update")));
    QCOMPARE(u.data().value(QStringLiteral("enabled")).toBool(), false);
    QCOMPARE(u.data().value(QStringLiteral("updatedBy")).toString(), m_super.id);
    QCOMPARE(u.data().value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
    const Reply g = m_server.get(path, m_admin.token);
    CONTRACT_CHECK(envelopeProblem(g, 200, QStringLiteral("sys_agentOverride"), "GET", QStringLiteral("get")));
    QCOMPARE(g.data().value(QStringLiteral("temperature")).toDouble(), 1.5);
    const Reply list = m_server.get(kG + QStringLiteral("/agentoverrides"), m_admin.token,
                                    {{QStringLiteral("enabled"), QStringLiteral("false")}});
    CONTRACT_CHECK(
        envelopeProblem(list, 200, QStringLiteral("sys_agentOverrides"), "GET", QStringLiteral("list"), Shape::List));
    QVERIFY(idsOf(list).contains(id));
    const Reply d = m_server.del(path, m_admin.token);
    CONTRACT_CHECK(envelopeProblem(d, 200, QStringLiteral("sys_agentOverride"), "DELETE", QStringLiteral("delete")));
    QCOMPARE(d.data().value(QStringLiteral("isActive")).toBool(), false);
    EXPECT_ERROR(m_server.get(path, m_admin.token), 404, "errMsg_FethcedObjectNotFound:sys_agentOverride");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("model"), QStringLiteral("x")}}, m_admin.token), 404,
                 "errMsg_FethcedObjectNotFound:sys_agentOverride");
    // The name is free again after the delete.
    EXPECT_STATUS(m_server.post(kG + QStringLiteral("/agentoverride"),
                                {{QStringLiteral("agentName"), QStringLiteral("lessonSummaryAgent")}}, m_admin.token),
                  201);
}

void TstContractAgentHub::agentOverrideBadInputWritesNothing()
{
    const int before = int(m_server
                               .get(kG + QStringLiteral("/agentoverrides"), m_admin.token,
                                    {{QStringLiteral("pageNumber"), QStringLiteral("0")}})
                               .payload()
                               .toArray()
                               .size());
    const QJsonObject ok {{QStringLiteral("agentName"), QStringLiteral("refundTriageAgent")}};
    auto with = [&](const QString &k, const QJsonValue &v) {
        QJsonObject b = ok;
        if (v.isUndefined())
            b.remove(k);
        else
            b.insert(k, v);
        return m_server.post(kG + QStringLiteral("/agentoverride"), b, m_admin.token);
    };
    EXPECT_ERROR(with(QStringLiteral("agentName"), QJsonValue::Undefined), 400, "errMsg_MissingParameter:agentName");
    EXPECT_ERROR(with(QStringLiteral("agentName"), 3), 400, "errMsg_InvalidParameter:agentName");
    // K64: a name of blanks is no name (it was stored empty before agent overrides became a CRUD resource).
    EXPECT_ERROR(with(QStringLiteral("agentName"), QStringLiteral("   ")), 400, "errMsg_MissingParameter:agentName");
    EXPECT_ERROR(with(QStringLiteral("agentName"), bigText(129)), 400, "errMsg_ParameterTooLong:agentName");
    EXPECT_ERROR(with(QStringLiteral("temperature"), 2.5), 400, "errMsg_InvalidParameter:temperature");
    EXPECT_ERROR(with(QStringLiteral("temperature"), QStringLiteral("hot")), 400,
                 "errMsg_InvalidParameter:temperature");
    EXPECT_ERROR(with(QStringLiteral("maxTokens"), 0), 400, "errMsg_InvalidParameter:maxTokens");
    EXPECT_ERROR(with(QStringLiteral("maxTokens"), 1.5), 400, "errMsg_InvalidParameter:maxTokens");
    EXPECT_ERROR(with(QStringLiteral("responseFormat"), QStringLiteral("xml")), 400,
                 "errMsg_InvalidParameter:responseFormat");
    EXPECT_ERROR(with(QStringLiteral("selectedTools"), QJsonArray {QStringLiteral("auth:launchRockets")}), 400,
                 "errMsg_InvalidParameter:selectedTools");
    EXPECT_ERROR(with(QStringLiteral("selectedTools"), QJsonObject {{QStringLiteral("a"), 1}}), 400,
                 "errMsg_InvalidParameter:selectedTools");
    EXPECT_ERROR(with(QStringLiteral("guardrails"), QJsonObject {{QStringLiteral("maxToolCalls"), -1}}), 400,
                 "errMsg_InvalidParameter:guardrails");
    EXPECT_ERROR(with(QStringLiteral("guardrails"), QJsonObject {{QStringLiteral("budget"), 5}}), 400,
                 "errMsg_InvalidParameter:guardrails");
    EXPECT_ERROR(with(QStringLiteral("systemPrompt"), bigText(10001)), 400, "errMsg_ParameterTooLong:systemPrompt");
    const int after = int(m_server
                              .get(kG + QStringLiteral("/agentoverrides"), m_admin.token,
                                   {{QStringLiteral("pageNumber"), QStringLiteral("0")}})
                              .payload()
                              .toArray()
                              .size());
    QCOMPARE(after, before);
    const Reply c = with(QStringLiteral("maxTokens"), 100);
    EXPECT_STATUS(c, 201);
    const QString path = kG + QStringLiteral("/agentoverride/") + c.data().value(QStringLiteral("id")).toString();
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("enabled"), QStringLiteral("yes")}}, m_admin.token), 400,
                 "errMsg_InvalidParameter:enabled");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("enabled"), QJsonValue::Null}}, m_admin.token), 400,
                 "errMsg_InvalidParameter:enabled");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("temperature"), -0.1}}, m_admin.token), 400,
                 "errMsg_InvalidParameter:temperature");
    QCOMPARE(m_server.get(path, m_admin.token).data().value(QStringLiteral("recordVersion")).toInt(), 1);
}

void TstContractAgentHub::agentExecutions()
{
    const Reply r = m_server.get(kG + QStringLiteral("/agentexecutions"), m_admin.token);
    CONTRACT_CHECK(
        envelopeProblem(r, 200, QStringLiteral("sys_agentExecutions"), "GET", QStringLiteral("list"), Shape::List));
    const Reply f = m_server.get(kG + QStringLiteral("/agentexecutions"), m_admin.token,
                                 {{QStringLiteral("status"), QStringLiteral("success")},
                                  {QStringLiteral("source"), QStringLiteral("rest")},
                                  {QStringLiteral("userId"), m_lena.id}});
    EXPECT_STATUS(f, 200);
    EXPECT_ERROR(m_server.get(kG + QStringLiteral("/agentexecutions"), m_admin.token,
                              {{QStringLiteral("status"), QStringLiteral("crashed")}}),
                 400, "errMsg_InvalidParameter:status");
    EXPECT_ERROR(m_server.get(kG + QStringLiteral("/agentexecutions"), m_admin.token,
                              {{QStringLiteral("agentType"), QStringLiteral("static")}}),
                 400, "errMsg_InvalidParameter:agentType");
    EXPECT_ERROR(m_server.get(kG + QStringLiteral("/agentexecutions"), m_admin.token,
                              {{QStringLiteral("userId"), QStringLiteral("me")}}),
                 400, "errMsg_InvalidParameter:userId");
    EXPECT_ERROR(m_server.get(kG + QStringLiteral("/agentexecution/") + QLatin1String(kUnknownId), m_admin.token), 404,
                 "errMsg_FethcedObjectNotFound:sys_agentExecution");
}

QTEST_GUILESS_MAIN(TstContractAgentHub)
#include "tst_contract_agenthub.moc"
