// The common base of the platformAdmin contract suites (tst_contract_admin: issues, tst_contract_moderation,
// tst_contract_analytics): one server with demo data, the demo accounts and a plain admin signed in, the routes'
// paths and the issue helpers. Each suite ends with a serverOutput() slot that calls checkServerOutput().
#pragma once

#include "adminfixture.h"

#include <QObject>
#include <QTest>

namespace contract {

inline const QString kIssues = QStringLiteral("/platformadmin-api/v1/adminissues");
inline const QString kMyIssues = QStringLiteral("/platformadmin-api/v1/myissues");
inline const QString kActions = QStringLiteral("/platformadmin-api/v1/adminmoderationactions");
inline const QString kReports = QStringLiteral("/platformadmin-api/v1/adminanalyticsreports");
inline const QStringList kIssueStatuses {QStringLiteral("open"), QStringLiteral("investigating"),
                                         QStringLiteral("resolved"), QStringLiteral("dismissed")};

class AdminSuite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }

protected:
    // The last slot of each suite: stops the server and fails on problems in its output.
    void checkServerOutput()
    {
        const QStringList problems = stopAndCheckOutput(m_server);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    QString openIssue(const Actor &reporter, const QString &type = QStringLiteral("other"),
                      const QJsonObject &more = {});
    int myIssueCount(const Actor &a);

    Server m_server;
    Actors m_actors {m_server};
    Actor m_super, m_admin, m_maria, m_james, m_lena, m_tom;
};

inline void AdminSuite::initTestCase()
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

inline QString AdminSuite::openIssue(const Actor &reporter, const QString &type, const QJsonObject &more)
{
    QJsonObject body {{QStringLiteral("reportedBy"), reporter.id},
                      {QStringLiteral("description"), QStringLiteral("The lesson link did not work twice in a row.")},
                      {QStringLiteral("issueType"), type},
                      {QStringLiteral("status"), QStringLiteral("open")}};
    for (auto it = more.begin(); it != more.end(); ++it)
        body.insert(it.key(), it.value());
    const Reply r = m_server.post(kIssues, body, reporter.token);
    return r.status == 201 ? r.data().value(QStringLiteral("id")).toString() : QString();
}

inline int AdminSuite::myIssueCount(const Actor &a)
{
    const Reply r = m_server.get(kMyIssues, a.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    return r.status == 200 ? int(r.payload().toArray().size()) : -1;
}

} // namespace contract
