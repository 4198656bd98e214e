// The admin pages' view-models (issue 17, K30-K36) against the real local server (in-process, demo data): the
// rules and sentences the pages used to hold — who may be managed, what an action needs before it runs, a stale
// row explained, the dashboard's tiles, a course flagged, an enrollment canceled, an override checked before it
// is saved — and the workspace keeping its moderation sequences under the data directory it is given.
#include "admintesthelpers.h"

#include "api/appsettings.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "models/admin/adminworkspace.h"
#include "models/admin/agenthubdesk.h"
#include "models/admin/analyticsdata.h"
#include "models/admin/commercedesk.h"
#include "models/admin/dashboardmodel.h"
#include "models/admin/issuedesk.h"
#include "models/admin/userdesk.h"
#include "models/pagedlistmodel.h"
#include "testserver.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tutorhub;
using namespace tutorhub::models::admin;
using admintest::str;

namespace {
bool waitLoaded(models::PagedListModel *m, int ms = 20000)
{
    return QTest::qWaitFor([&] { return m->hasLoaded() && !m->isLoading(); }, ms);
}
bool selectLoaded(models::PagedListModel *m)
{
    return waitLoaded(m) && m->errorText().isEmpty();
}
} // namespace

class TestAdminViewModels : public QObject
{
    Q_OBJECT

    test::TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<api::AppSettings> m_settings;
    api::ApiClient m_client;
    std::unique_ptr<api::AuthApi> m_auth;
    api::MemoryTokenStore m_tokens;
    std::unique_ptr<api::Session> m_session;
    std::unique_ptr<AdminWorkspace> m_ws;

    QString waitMessage(int before)
    {
        QSignalSpy said(m_ws.get(), &AdminWorkspace::message);
        Q_UNUSED(before);
        if (!said.wait(20000))
            return {};
        return said.first().first().toString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_settings = std::make_unique<api::AppSettings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
        m_client.setEnvironment(api::Environment::local(m_server.baseUrl()));
        m_client.setRetryDelays({});
        m_auth = std::make_unique<api::AuthApi>(&m_client);
        m_session = std::make_unique<api::Session>(&m_client, m_auth.get(), &m_tokens, m_settings.get());
        QSignalSpy signedIn(m_session.get(), &api::Session::signedIn);
        m_session->signIn(QStringLiteral("admin@tutorhub.local"), admintest::kPassword, false);
        QVERIFY(signedIn.wait(20000) || signedIn.count() > 0);
        m_ws = std::make_unique<AdminWorkspace>(&m_client, m_session.get(), m_dir.path());
        QVERIFY(!m_ws->myId().isEmpty());
    }
    void cleanupTestCase()
    {
        m_ws.reset();
        m_session.reset();
        m_server.stop();
    }

    // Unfinished sequences are kept under the directory the workspace is given, never the user's own data folder.
    void storeUnderTheGivenDataDirectory()
    {
        QCOMPARE(m_ws->store()->filePath(), m_dir.filePath(QStringLiteral("admin-cascades.json")));
        CascadeStore::Entry e;
        e.plan = CascadePlan::make(QStringLiteral("ban"), m_ws->myId());
        e.plan.targetUserName = QStringLiteral("Somebody");
        e.doneSteps = {QStringLiteral("scope")};
        m_ws->store()->save(e);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("admin-cascades.json"))));
        QVERIFY(m_ws->unfinishedSentence().contains(QStringLiteral("Somebody")));
        // Another workspace on another directory sees nothing of it.
        QTemporaryDir other;
        AdminWorkspace elsewhere(&m_client, m_session.get(), other.path());
        QVERIFY(elsewhere.unfinished().isEmpty());
        QVERIFY(elsewhere.unfinishedSentence().isEmpty());
        m_ws->store()->remove(e.plan.id);
        QVERIFY(m_ws->unfinishedSentence().isEmpty());
    }

    void dashboardTilesCountTheFigures()
    {
        DashboardModel dashboard(m_ws.get());
        QCOMPARE(dashboard.tile(QStringLiteral("applications")).count, -1); // nothing loaded yet
        QSignalSpy changed(&dashboard, &DashboardModel::changed);
        dashboard.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isLoading() && !dashboard.stats().isEmpty(), 20000);
        const DashboardTile open = dashboard.tile(QStringLiteral("openIssues"));
        QCOMPARE(open.pageId, QStringLiteral("issues"));
        QCOMPARE(open.filters.value(QStringLiteral("status")), QStringLiteral("open"));
        QCOMPARE(open.count, dashboard.stats().value("openIssuesByStatus").toObject().value("open").toInt());
        const DashboardTile refunds = dashboard.tile(QStringLiteral("pendingRefunds"));
        QCOMPARE(refunds.table, QStringLiteral("refunds"));
        QCOMPARE(refunds.count, dashboard.stats().value("pendingRefundRequests").toInt());
        QVERIFY(dashboard.statusText().startsWith(QStringLiteral("Updated")));
        QVERIFY(dashboard.tile(QStringLiteral("nope")).id.isEmpty());
    }

    void userRulesAndRoleChange()
    {
        UserDesk desk(m_ws.get());
        const QJsonObject me {{"id", m_ws->myId()}, {"roleId", m_ws->iAmSuperAdmin() ? "superAdmin" : "admin"}};
        QVERIFY(!desk.canManage(me));
        QVERIFY(desk.whyNot(me).contains(QStringLiteral("your own account")));
        QVERIFY(!desk.moderationPlan(QStringLiteral("ban"), me).has_value());
        QCOMPARE(m_ws->lastMessage(), desk.whyNot(me));
        QVERIFY(m_ws->lastWasError());
        const QJsonObject super {{"id", "someone-else"}, {"roleId", "superAdmin"}};
        QVERIFY(!desk.canManage(super));
        QVERIFY(desk.whyNot(super).contains(QStringLiteral("super administrator")));

        // A student: managed, offered the other roles, given the tutor role on the server.
        const QString lenaId = admintest::userIdOf(&m_client, QStringLiteral("lena.fischer@tutorhub.local"));
        QVERIFY(!lenaId.isEmpty());
        const QJsonObject lena {{"id", lenaId}, {"roleId", "user"}, {"fullname", "Lena Fischer"}};
        QVERIFY(desk.canManage(lena));
        QVERIFY(!desk.roleChoices(lena).contains(QStringLiteral("user")));
        QVERIFY(desk.roleChoices(lena).contains(QStringLiteral("tutor")));
        const auto plan = desk.moderationPlan(QStringLiteral("suspend"), lena);
        QVERIFY(plan.has_value());
        QCOMPARE(plan->targetUserId, lenaId);
        QCOMPARE(plan->adminId, m_ws->myId());

        QSignalSpy changed(&desk, &UserDesk::userChanged);
        desk.changeRole(lena, QStringLiteral("tutor"));
        QVERIFY(changed.wait(20000));
        QCOMPARE(str(changed.first().first().toJsonObject(), "roleId"), QStringLiteral("tutor"));
        QVERIFY(!m_ws->lastWasError());
        desk.changeRole(QJsonObject {{"id", lenaId}, {"roleId", "tutor"}}, QStringLiteral("user")); // as before
        QVERIFY(changed.wait(20000));
        QCOMPARE(str(changed.last().first().toJsonObject(), "roleId"), QStringLiteral("user"));
    }

    // A stale issue (closed by another admin meanwhile) is explained, and the desk shows it as it now is.
    void issueStaleTransitionExplained()
    {
        IssueDesk desk(m_ws.get());
        desk.list()->setFilter(QStringLiteral("status"), QStringLiteral("open"));
        QVERIFY(selectLoaded(desk.list()));
        QVERIFY(desk.list()->rowCount() >= 1);
        const QJsonObject row = desk.list()->object(0);
        desk.select(row);
        QCOMPARE(desk.status(), QStringLiteral("open"));
        QVERIFY(!desk.isClosed());
        // Nobody to warn on an issue that names nobody; a sentence, nothing sent.
        if (str(row, "reportedUserId").isEmpty()) {
            desk.followUp(QStringLiteral("warned"));
            QVERIFY(m_ws->lastMessage().contains(QStringLiteral("names no person")));
        }
        api::ApiClient other;
        other.setEnvironment(m_client.environment());
        QVERIFY(!admintest::signIn(&other, QStringLiteral("admin@tutorhub.local")).isEmpty());
        QVERIFY(admintest::call(&other, api::ApiRequest::to(api::Route::updateAdminIssue, {str(row, "id")},
                                                            QJsonObject {{"status", "dismissed"}})));
        QSignalSpy said(m_ws.get(), &AdminWorkspace::message);
        desk.transition(QStringLiteral("investigating"), {}, QStringLiteral("Looking"));
        QVERIFY(said.wait(20000));
        QVERIFY(said.first().at(1).toBool());
        QVERIFY2(said.first().first().toString().contains(QStringLiteral("another administrator")),
                 qPrintable(said.first().first().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(desk.status(), QStringLiteral("dismissed"), 20000);
        QVERIFY(desk.isClosed());
    }

    void issueAdminsToAssign()
    {
        IssueDesk desk(m_ws.get());
        QVERIFY(desk.triageAvailable()); // our server has the extension
        QSignalSpy loaded(&desk, &IssueDesk::adminsChanged);
        desk.loadAdmins();
        QVERIFY(loaded.wait(20000));
        bool me = false;
        for (const auto &a : desk.admins())
            me = me || (a.second == m_ws->myId() && a.first.endsWith(QStringLiteral("(me)")));
        QVERIFY(me);
    }

    void courseFlaggedWithANote()
    {
        CourseDesk desk(m_ws.get());
        QVERIFY(selectLoaded(desk.list()));
        QJsonObject pack;
        for (int r = 0; r < desk.list()->rowCount() && pack.isEmpty(); ++r)
            if (CourseDesk::canFlag(desk.list()->object(r)))
                pack = desk.list()->object(r);
        QVERIFY(!pack.isEmpty());
        QVERIFY(CourseDesk::canRemove(pack));
        const CascadePlan plan = desk.removalPlan(pack);
        QVERIFY(plan.isValid());
        QCOMPARE(plan.coursePackId, str(pack, "id"));
        QVERIFY(!desk.removalPlan({}).isValid());
        desk.flag(str(pack, "id"), QStringLiteral("   ")); // no note: refused with a sentence
        QVERIFY(m_ws->lastWasError());
        QVERIFY(m_ws->lastMessage().contains(QStringLiteral("why")));
        QSignalSpy said(m_ws.get(), &AdminWorkspace::message);
        desk.flag(str(pack, "id"), QStringLiteral("Misleading title"));
        QVERIFY(said.wait(20000));
        QVERIFY2(!said.first().at(1).toBool(), qPrintable(said.first().first().toString()));
        const auto after
            = admintest::call(&m_client, api::ApiRequest::to(api::Route::getCoursePack, {str(pack, "id")}));
        QVERIFY(after);
        QCOMPARE(str(after.value().object(), "moderationStatus"), QStringLiteral("flagged"));
        QCOMPARE(str(after.value().object(), "moderationNote"), QStringLiteral("Misleading title"));
    }

    void enrollmentCanceledWithAReason()
    {
        EnrollmentDesk desk(m_ws.get());
        desk.enrollments()->setFilter(QStringLiteral("enrollmentStatus"), QStringLiteral("pending"));
        QVERIFY(selectLoaded(desk.enrollments()));
        QJsonObject row;
        for (int r = 0; r < desk.enrollments()->rowCount() && row.isEmpty(); ++r)
            if (str(desk.enrollments()->object(r), "paymentStatus") != QLatin1String("paid"))
                row = desk.enrollments()->object(r);
        QVERIFY(!row.isEmpty());
        QVERIFY(EnrollmentDesk::canCancel(row));
        QVERIFY(!EnrollmentDesk::canRefund(row)); // unpaid
        QVERIFY(EnrollmentDesk::actionText(QStringLiteral("cancel"), row).contains(QStringLiteral("unpaid")));
        QVERIFY(!EnrollmentDesk::actionProblem(QStringLiteral(" ")).isEmpty());
        QVERIFY(EnrollmentDesk::actionProblem(QStringLiteral("Duplicate")).isEmpty());
        desk.act(QStringLiteral("cancel"), str(row, "id"), QString()); // refused before anything is sent
        QVERIFY(m_ws->lastWasError());
        QSignalSpy said(m_ws.get(), &AdminWorkspace::message);
        desk.act(QStringLiteral("cancel"), str(row, "id"), QStringLiteral("Duplicate booking"));
        QVERIFY(said.wait(20000));
        QVERIFY2(!said.first().at(1).toBool(), qPrintable(said.first().first().toString()));
        const auto after
            = admintest::call(&m_client, api::ApiRequest::get(api::Service::EnrollmentManagement,
                                                              QStringLiteral("/v1/enrollments/") + str(row, "id")));
        QVERIFY(after);
        QCOMPARE(str(after.value().object(), "enrollmentStatus"), QStringLiteral("canceled"));

        QVERIFY(!EnrollmentDesk::canDecide(QJsonObject {{"status", "approved"}}));
        QVERIFY(!EnrollmentDesk::whyNotDecide(QJsonObject {{"status", "approved"}}).isEmpty());
        QVERIFY(EnrollmentDesk::whyNotDecide(QJsonObject {{"status", "pending"}}).isEmpty());
        QVERIFY(!EnrollmentDesk::decisionProblem(false, QString()).isEmpty()); // a rejection says why
        QVERIFY(EnrollmentDesk::decisionProblem(true, QString()).isEmpty());
    }

    void agentOverrideCheckedThenSaved()
    {
        const auto made = admintest::call(
            &m_client, api::ApiRequest::to(api::Route::createAgentOverride, {},
                                           QJsonObject {{"agentName", "vm-helper"}, {"temperature", 0.3}}));
        QVERIFY2(made, qPrintable(made.error().debugString()));
        const QString id = str(made.value().object(), "id");
        AgentHubDesk desk(m_ws.get());
        QSignalSpy catalog(&desk, &AgentHubDesk::catalogLoaded);
        desk.loadCatalog();
        QVERIFY(catalog.wait(20000));
        QVERIFY(desk.catalogTools().size() > 10);
        AgentOverrideForm form = AgentOverrideForm::fromJson(made.value().object());
        form.temperature = QStringLiteral("7");
        form.toolsSet = true;
        form.selectedTools = {QStringLiteral("no-such-tool")};
        const QStringList problems = desk.save(id, form);
        QCOMPARE(problems.size(), 2); // the temperature and the unknown tool, nothing sent
        QVERIFY(!desk.isSaving());
        form.temperature = QStringLiteral("1.5");
        form.selectedTools = {desk.catalogTools().first()};
        QSignalSpy saved(&desk, &AgentHubDesk::saved);
        QVERIFY(desk.save(id, form).isEmpty());
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.first().first().toJsonObject().value("temperature").toDouble(), 1.5);
    }

    void analyticsExportRefusesAnUnwritablePath()
    {
        AnalyticsData data(&m_client);
        QString why;
        QVERIFY(!data.exportCsv(m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), &why));
        QVERIFY(why.startsWith(QStringLiteral("The file could not be written")));
        QVERIFY(AnalyticsData::suggestedFileName(QDate(2026, 3, 1)).endsWith(QStringLiteral("2026-03-01.csv")));
    }
};

QTEST_MAIN(TestAdminViewModels)
#include "tst_admin_viewmodels.moc"
