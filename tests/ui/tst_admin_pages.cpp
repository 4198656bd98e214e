// Widget tests of each admin screen (issue 6) in the real main window against the real local
// server (in-process, demo data), offscreen: dashboard, issues (filters, transitions, a stale row),
// users (superAdmin rules, ban preview), courses (removal preview), enrollments & refunds (cancel
// with a reason, cleanup), analytics (charts, CSV export recorded), AgentHub, moderation log.
#include "admintestwindow.h"

#include "api/adminapi.h"
#include "common/messagebanner.h"
#include "models/admin/adminworkspace.h"
#include "models/admin/analyticsdata.h"
#include "models/admin/impactpreview.h"
#include "models/format.h"
#include "ui/admin/moderationdialog.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace tutorhub;
using namespace tutorhub::ui::admin;
using admintest::named;
using admintest::str;

class TestAdminPages : public QObject
{
    Q_OBJECT

    test::TestServer m_server;
    admintest::AdminWindow m_w;

    QString bannerText()
    {
        return m_w.window->findChild<ui::MessageBanner *>() ? m_w.window->findChild<ui::MessageBanner *>()->text()
                                                            : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_w.open(m_server.baseUrl()));
    }
    void cleanupTestCase()
    {
        m_w.window.reset();
        m_server.stop();
    }

    // The pages keep their local state (unfinished moderation sequences) under the data directory the app gives
    // them (--data-dir; here the window's own), never in the user's real data folder (K31).
    void pagesKeepStateUnderTheGivenDataDirectory()
    {
        const QString mine = m_w.dir.filePath(QStringLiteral("admin-cascades.json"));
        const QString real = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                             + QStringLiteral("/admin-cascades.json");
        QFile::remove(real);
        auto *users = m_w.page<UsersPage>(QStringLiteral("users"));
        QVERIFY(users);
        QCOMPARE(users->workspace()->store()->filePath(), mine);
        models::admin::CascadeStore::Entry e;
        e.plan = models::admin::CascadePlan::make(QStringLiteral("suspend"), users->myId());
        e.plan.targetUserName = QStringLiteral("Somebody Unfinished");
        users->workspace()->store()->save(e);
        QVERIFY(QFile::exists(mine));
        QVERIFY(!QFile::exists(real));
        // A page opened later (built on first use) reads it from there: its bar offers to resume it.
        auto *issues = m_w.page<IssuesPage>(QStringLiteral("issues"));
        QVERIFY(issues);
        auto *resume = named<QPushButton>(issues, tr("Resume unfinished moderation"));
        QVERIFY(resume && resume->isVisible());
        users->workspace()->store()->remove(e.plan.id);
    }

    void dashboardCountsAndLinks()
    {
        auto *page = m_w.page<DashboardPage>(QStringLiteral("dashboard"));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->stats().isEmpty(), 20000);
        auto *open = named<QPushButton>(page, tr("Open issues"));
        QVERIFY(open);
        QVERIFY(open->text().startsWith(
            QString::number(page->stats().value("openIssuesByStatus").toObject().value("open").toInt())));
        auto *apps = named<QPushButton>(page, tr("Tutor applications to review"));
        QVERIFY(apps);
        apps->click();
        QCOMPARE(m_w.window->currentPage(), m_w.window->navigationModel()->rowOf(QStringLiteral("tutor-applications")));
    }

    void issuesFilterTransitionAndStaleRow()
    {
        auto *page = m_w.page<IssuesPage>(QStringLiteral("issues"));
        QVERIFY(page);
        QAbstractItemModelTester tester(page->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(admintest::loaded(page->table()));
        // The reporter filter takes a name or e-mail (resolved to the user's id for the server).
        auto *reporter = named<QLineEdit>(page, tr("Reporter (name or e-mail)"));
        QVERIFY(reporter);
        QTest::keyClicks(reporter, QStringLiteral("aiko.tanaka"));
        QTRY_VERIFY_WITH_TIMEOUT(page->table()->model()->filter(QStringLiteral("reportedBy")).size() == 36
                                     && !page->table()->model()->isLoading(),
                                 20000);
        QVERIFY(page->table()->model()->rowCount() >= 1);
        int reporterColumn = -1;
        for (int c = 0; c < page->table()->model()->columns().size(); ++c)
            if (page->table()->model()->columns().at(c).id == QLatin1String("reporter"))
                reporterColumn = c;
        QVERIFY(reporterColumn >= 0);
        for (int r = 0; r < page->table()->model()->rowCount(); ++r)
            QVERIFY(page->table()
                        ->model()
                        ->index(r, reporterColumn)
                        .data()
                        .toString()
                        .contains(QLatin1String("aiko.tanaka")));
        reporter->clear();
        page->table()->setFilterValue(QStringLiteral("reportedBy"), QString());
        QVERIFY(admintest::loaded(page->table()));
        QVERIFY(page->table()->model()->filter(QStringLiteral("reportedBy")).isEmpty());
        page->table()->setFilterValue(QStringLiteral("status"), QStringLiteral("open"));
        QVERIFY(admintest::loaded(page->table()));
        QVERIFY(page->table()->model()->rowCount() >= 1);
        for (int r = 0; r < page->table()->model()->rowCount(); ++r)
            QCOMPARE(str(page->table()->model()->object(r), "status"), QStringLiteral("open"));
        page->table()->view()->setCurrentIndex(page->table()->model()->index(0, 0));
        const QString id = str(page->issue(), "id");
        QVERIFY(!id.isEmpty());
        auto *detail = named<QLabel>(page, tr("Issue detail"));
        QVERIFY(detail && detail->text().contains(QLatin1String("Reported by")));
        auto *investigate = named<QPushButton>(page, tr("Start investigating"));
        QVERIFY(investigate && investigate->isEnabled());
        named<QPlainTextEdit>(page, tr("Internal note"))->setPlainText(QStringLiteral("Checking the lesson logs"));
        investigate->click();
        QTRY_COMPARE_WITH_TIMEOUT(str(page->issue(), "status"), QStringLiteral("investigating"), 20000);
        QCOMPARE(str(page->issue(), "adminNote"), QStringLiteral("Checking the lesson logs"));
        QVERIFY(named<QPushButton>(page, tr("Resolve"))->isEnabled());

        // Another admin closes it meanwhile; dismissing here is refused and explained, the row refreshed.
        api::ApiClient other;
        other.setEnvironment(m_w.client.environment());
        QVERIFY(!admintest::signIn(&other, QStringLiteral("admin@tutorhub.local")).isEmpty());
        const auto closed = admintest::call(
            &other, api::ApiRequest::patch(api::Service::PlatformAdmin, QStringLiteral("/v1/adminissues/") + id,
                                           QJsonObject {{"status", "resolved"}, {"resolution", "acknowledged"}}));
        QVERIFY(closed);
        named<QPushButton>(page, tr("Dismiss"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(bannerText().contains(tr("another administrator")), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(str(page->issue(), "status"), QStringLiteral("resolved"), 20000);
        QVERIFY(!named<QPushButton>(page, tr("Dismiss"))->isEnabled());
    }

    void usersSuperAdminRulesAndBanPreview()
    {
        auto *page = m_w.page<UsersPage>(QStringLiteral("users"));
        QVERIFY(page);
        QAbstractItemModelTester tester(page->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(admintest::loaded(page->table()));
        auto *search = named<QLineEdit>(page, tr("Search name or e-mail"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("admin@tutorhub"));
        QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 1, 20000);
        QVERIFY(admintest::loaded(page->table()));
        page->table()->view()->setCurrentIndex(page->table()->model()->index(0, 0));
        // The super administrator (here: the signed-in admin) cannot be demoted or banned.
        QVERIFY(!named<QPushButton>(page, tr("Ban user"))->isEnabled());
        QVERIFY(!named<QPushButton>(page, tr("Change role"))->isEnabled());
        QVERIFY(!named<QLabel>(page, tr("Why this is not possible"))->text().isEmpty());
        QVERIFY(page->moderate(QStringLiteral("ban")) == nullptr);

        search->clear();
        QTest::keyClicks(search, QStringLiteral("maria"));
        QTRY_VERIFY_WITH_TIMEOUT(
            page->table()->model()->rowCount() == 1
                && str(page->table()->model()->object(0), "email").startsWith(QLatin1String("maria")),
            20000);
        page->table()->view()->setCurrentIndex(page->table()->model()->index(0, 0));
        QVERIFY(named<QPushButton>(page, tr("Ban user"))->isEnabled());
        ModerationDialog *dialog = page->moderate(QStringLiteral("ban"));
        QVERIFY(dialog);
        QAbstractItemModelTester previewTester(dialog->preview(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester stepsTester(dialog->cascade(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog->open();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->preview()->isLoading(), 20000);
        QVERIFY(dialog->preview()->enrollmentCount() >= 1);
        auto *summary = named<QLabel>(dialog, tr("Impact summary"));
        QVERIFY(summary->text().contains(models::Format::money(dialog->preview()->refundTotal())));
        // No reason: refused, nothing runs.
        named<QPushButton>(dialog, tr("Confirm moderation"))->click();
        QVERIFY(!dialog->cascade()->isRunning());
        QVERIFY(named<QLabel>(dialog, tr("Moderation status"))->text().contains(tr("reason")));
        dialog->reject();
    }

    void coursesRemovalPreview()
    {
        auto *page = m_w.page<CoursesPage>(QStringLiteral("courses"));
        QVERIFY(page);
        QVERIFY(admintest::loaded(page->table()));
        QVERIFY(admintest::selectWhere(
            page->table(), [](const QJsonObject &o) { return str(o, "title").contains(QLatin1String("GCSE")); }));
        ModerationDialog *dialog = page->removeCurrent();
        QVERIFY(dialog);
        dialog->open();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->preview()->isLoading(), 20000);
        QVERIFY(dialog->preview()->enrollmentCount() >= 1);
        QCOMPARE(dialog->cascade()->stepIds(),
                 (QStringList {"scope", "packStatus", "record", "cascade", "verify", "message"}));
        dialog->reject();
    }

    // Flagging asks why through the prompter (K2): cancelled, nothing changes; answered, the course is flagged.
    void coursesFlagAsksThroughThePrompter()
    {
        auto *page = m_w.page<CoursesPage>(QStringLiteral("courses"));
        QVERIFY(page);
        QVERIFY(admintest::loaded(page->table()));
        QVERIFY(admintest::selectWhere(page->table(), [](const QJsonObject &o) {
            return str(o, "moderationStatus") == QLatin1String("approved")
                   && !str(o, "title").contains(QLatin1String("GCSE"));
        }));
        const QString id = page->table()->currentId();
        auto *flag = named<QPushButton>(page, tr("Flag course"));
        QVERIFY(flag && flag->isEnabled());
        const int unanswered = m_w.prompter.unanswered();
        flag->click(); // no answer queued: cancelled
        QCOMPARE(m_w.prompter.unanswered(), unanswered + 1);
        QCOMPARE(m_w.prompter.asked().last().kind, ui::Question::Kind::Text);
        QCOMPARE(m_w.prompter.asked().last().title, tr("Flag course"));
        auto status = [&] {
            const auto r = admintest::call(&m_w.client, api::ApiRequest::to(api::Route::getCoursePack, {id}));
            return r ? str(r.value().object(), "moderationStatus") : QString();
        };
        QCOMPARE(status(), QStringLiteral("approved"));
        m_w.prompter.answer(QStringLiteral("The title promises a certificate"));
        flag->click();
        QTRY_VERIFY_WITH_TIMEOUT(bannerText().contains(tr("flagged")), 20000);
        QCOMPARE(status(), QStringLiteral("flagged"));
        QCOMPARE(m_w.prompter.pending(), 0);
    }

    void enrollmentsCancelWithReasonAndCleanup()
    {
        auto *page = m_w.page<EnrollmentsPage>(QStringLiteral("enrollments-refunds"));
        QVERIFY(page);
        QAbstractItemModelTester tester(page->enrollments()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(admintest::loaded(page->enrollments()));
        page->enrollments()->setFilterValue(QStringLiteral("enrollmentStatus"), QStringLiteral("pending"));
        QVERIFY(admintest::loaded(page->enrollments()));
        QVERIFY(page->enrollments()->model()->rowCount() >= 1);
        page->enrollments()->view()->setCurrentIndex(page->enrollments()->model()->index(0, 0));
        const QString id = page->enrollments()->currentId();
        QVERIFY(named<QPushButton>(page, tr("Cancel enrollment"))->isEnabled());
        QVERIFY(!named<QPushButton>(page, tr("Refund enrollment"))->isEnabled()); // unpaid
        QDialog *dialog = page->openActionDialog(QStringLiteral("cancel"));
        dialog->open();
        auto *confirm = named<QPushButton>(dialog, tr("Confirm"));
        confirm->click(); // no reason yet
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(named<QLineEdit>(dialog, tr("Reason")), QStringLiteral("Duplicate booking"));
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->enrollments()->model()->rowOfId(id) < 0, 20000); // no longer pending
        const auto after = admintest::call(&m_w.client, api::ApiRequest::get(api::Service::EnrollmentManagement,
                                                                             QStringLiteral("/v1/enrollments/") + id));
        QVERIFY(after);
        QCOMPARE(str(after.value().object(), "enrollmentStatus"), QStringLiteral("canceled"));

        named<QPushButton>(page, tr("Run pending cleanup"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(bannerText().contains(tr("unpaid enrollment")), 20000);
        page->showRefundRequests(true);
        QVERIFY(page->refunds()->isVisible());
        QVERIFY(admintest::loaded(page->refunds()));
    }

    void analyticsChartsAndCsvExport()
    {
        auto *page = m_w.page<AnalyticsPage>(QStringLiteral("analytics"));
        QVERIFY(page);
        QAbstractItemModelTester tester(page->data(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!page->data()->isLoading() && page->data()->rowCount() == 12, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(page->findChildren<QChartView *>().size(), 5, 5000);
        auto *reports = page->findChildren<AdminTable *>().value(0);
        QVERIFY(reports && admintest::loaded(reports));
        const int before = reports->model()->totalCount();
        const QString path = m_w.dir.filePath(QStringLiteral("analytics.csv"));
        m_w.prompter.answer(path); // where to save, asked through the prompter (K2)
        named<QPushButton>(page, tr("Export CSV"))->click();
        QCOMPARE(m_w.prompter.asked().last().kind, ui::Question::Kind::SaveFile);
        QVERIFY(m_w.prompter.asked().last().initial.startsWith(QLatin1String("tutorhub-analytics-")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("week,enrollments,revenue_eur"));
        QTRY_COMPARE_WITH_TIMEOUT(reports->model()->totalCount(), before + 1, 20000);
    }

    void agentHubListsAndOverrideToggle()
    {
        // One override to look at (created through the API: the page only edits).
        const auto made = admintest::call(
            &m_w.client, api::ApiRequest::post(api::Service::AgentHub, QStringLiteral("/v1/agentoverride"),
                                               QJsonObject {{"agentName", "support-helper"}, {"temperature", 0.3}}));
        QVERIFY2(made, qPrintable(made.error().debugString()));
        auto *page = m_w.page<AgentHubPage>(QStringLiteral("agenthub"));
        QVERIFY(page);
        QVERIFY(admintest::loaded(page->overrides()));
        QVERIFY(admintest::selectWhere(page->overrides(), [](const QJsonObject &o) {
            return str(o, "agentName") == QLatin1String("support-helper");
        }));
        auto *toggle = named<QPushButton>(page, tr("Turn override on or off"));
        QVERIFY(toggle->isEnabled());
        toggle->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->overrides()->currentObject().value("enabled").toBool(), 20000);
        auto *tools = page->findChildren<AdminTable *>().value(1);
        QVERIFY(tools && admintest::loaded(tools));
        QVERIFY(tools->model()->totalCount() > 10);
    }

    void moderationLogFilters()
    {
        auto *page = m_w.page<ModerationLogPage>(QStringLiteral("moderation-log"));
        QVERIFY(page);
        QVERIFY(admintest::loaded(page->table()));
        QVERIFY(page->table()->model()->rowCount() >= 1);
        page->table()->setFilterValue(QStringLiteral("actionType"), QStringLiteral("warn"));
        QVERIFY(admintest::loaded(page->table()));
        QVERIFY(page->table()->model()->rowCount() >= 1);
        for (int r = 0; r < page->table()->model()->rowCount(); ++r)
            QCOMPARE(str(page->table()->model()->object(r), "actionType"), QStringLiteral("warn"));
    }
};

QTEST_MAIN(TestAdminPages)
#include "tst_admin_pages.moc"
