// Contract tests of platformAdmin's analytics reports (API.md §3.4): computed from the data, access and bad
// input. The common set-up is adminsuite.h.
#include "adminsuite.h"

using namespace contract;

class TstContractAnalytics : public AdminSuite
{
    Q_OBJECT

private slots:
    void analyticsReportComputedFromData();
    void analyticsReportAccessAndBadInput();

    void serverOutput() { checkServerOutput(); } // keep last: stops the server
};

// Rule 64: report records; the local server computes the figures from the data at creation.
void TstContractAnalytics::analyticsReportComputedFromData()
{
    const Reply issues = m_server.get(kIssues, m_super.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    QHash<QString, int> byStatus;
    for (const QJsonValue &v : issues.payload().toArray())
        ++byStatus[v.toObject().value(QStringLiteral("status")).toString()];
    const Reply r
        = m_server.post(kReports,
                        {{QStringLiteral("reportType"), QStringLiteral("complaints")},
                         {QStringLiteral("filterParams"), QStringLiteral("{\"period\":\"all\"}")},
                         {QStringLiteral("generatedAt"), QStringLiteral("2026-11-22T08:00:00Z")},
                         {QStringLiteral("reportUrl"), QStringLiteral("https://reports.example.test/complaints.csv")}},
                        m_admin.token);
    CONTRACT_CHECK(envelopeProblem(r, 201, QStringLiteral("adminAnalyticsReport"), "POST", QStringLiteral("create")));
    CONTRACT_CHECK(stdFieldsProblem(r.data()));
    QVERIFY(isIsoUtc(r.data().value(QStringLiteral("generatedAt"))));
    QCOMPARE(r.data().value(QStringLiteral("reportUrl")).toString(),
             QStringLiteral("https://reports.example.test/complaints.csv"));
    const QJsonObject figures
        = r.data().value(QStringLiteral("reportData")).toObject().value(QStringLiteral("byStatus")).toObject();
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it)
        QCOMPARE(figures.value(it.key()).toInt(), it.value());
    const QString id = r.data().value(QStringLiteral("id")).toString();
    const Reply one = m_server.get(kReports + QLatin1Char('/') + id, m_super.token);
    CONTRACT_CHECK(envelopeProblem(one, 200, QStringLiteral("adminAnalyticsReport"), "GET", QStringLiteral("get")));
    QCOMPARE(one.data().value(QStringLiteral("reportType")).toString(), QStringLiteral("complaints"));
    const Reply list = m_server.get(kReports, m_super.token);
    CONTRACT_CHECK(envelopeProblem(list, 200, QStringLiteral("adminAnalyticsReports"), "GET", QStringLiteral("list"),
                                   Shape::List));
    QVERIFY(idsOf(list).contains(id));
    // Without a URL the report is served by its own get route.
    const Reply users
        = m_server.post(kReports, {{QStringLiteral("reportType"), QStringLiteral("users")}}, m_admin.token);
    EXPECT_STATUS(users, 201);
    QVERIFY(users.data()
                .value(QStringLiteral("reportUrl"))
                .toString()
                .endsWith(users.data().value(QStringLiteral("id")).toString()));
    QVERIFY(users.data()
                .value(QStringLiteral("reportData"))
                .toObject()
                .value(QStringLiteral("byRole"))
                .toObject()
                .value(QStringLiteral("tutor"))
                .toInt()
            >= 2);
}

void TstContractAnalytics::analyticsReportAccessAndBadInput()
{
    const Reply before = m_server.get(kReports, m_admin.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    const QJsonObject body {{QStringLiteral("reportType"), QStringLiteral("revenue")}};
    EXPECT_ERROR(m_server.post(kReports, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.post(kReports, body, m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.post(kReports, body, m_maria.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.post(kReports, QJsonObject {}, m_admin.token), 400, "errMsg_MissingParameter:reportType");
    EXPECT_ERROR(m_server.post(kReports, {{QStringLiteral("reportType"), QStringLiteral("weather")}}, m_admin.token),
                 400, "errMsg_InvalidParameter:reportType");
    EXPECT_ERROR(m_server.post(kReports, {{QStringLiteral("reportType"), 5}}, m_admin.token), 400,
                 "errMsg_InvalidParameter:reportType");
    EXPECT_ERROR(m_server.post(kReports,
                               {{QStringLiteral("reportType"), QStringLiteral("users")},
                                {QStringLiteral("filterParams"), QStringLiteral("not json")}},
                               m_admin.token),
                 400, "errMsg_InvalidParameter:filterParams");
    EXPECT_ERROR(m_server.post(kReports,
                               {{QStringLiteral("reportType"), QStringLiteral("users")},
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

QTEST_GUILESS_MAIN(TstContractAnalytics)
#include "tst_contract_analytics.moc"
