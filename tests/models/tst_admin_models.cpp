// The admin workspace models (issue 6) against the real local server (in-process, demo data), each
// under QAbstractItemModelTester for the whole test: the list setups, the impact preview, the
// resumable moderation sequence (interrupted by an injected failure and by a real network error,
// then resumed; run twice without duplicates; a superAdmin cannot be banned), and the analytics
// figures and their CSV.
#include "admintesthelpers.h"

#include "api/adminapi.h"
#include "models/admin/adminlists.h"
#include "models/admin/agentoverrideform.h"
#include "models/admin/analyticsdata.h"
#include "models/admin/impactpreview.h"
#include "models/admin/moderationcascade.h"
#include "models/format.h"
#include "models/labels.h"
#include "testserver.h"
#include "../support/scopedcontract.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QTest>

#include <memory>
#include <optional>

using namespace tutorhub;
using admintest::str;
using models::PagedListModel;
using models::admin::AdminList;
using models::admin::AdminLists;
using models::admin::AnalyticsData;
using models::admin::CascadePlan;
using models::admin::CascadeStore;
using models::admin::ImpactPreview;
using models::admin::ModerationCascade;

namespace {
std::unique_ptr<QAbstractItemModelTester> tester(QAbstractItemModel *m)
{
    return std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
}
bool waitLoaded(PagedListModel &m, int ms = 20000)
{
    return QTest::qWaitFor([&] { return m.hasLoaded() && !m.isLoading(); }, ms);
}
QJsonObject enrollment(double total, const QString &payment, const QStringList &slotStates)
{
    QJsonArray lessonList;
    for (const QString &s : slotStates)
        lessonList.append(QJsonObject {{QStringLiteral("status"), s}});
    return {{QStringLiteral("totalAmount"), total},
            {QStringLiteral("paymentStatus"), payment},
            {QStringLiteral("lessonSlots"), lessonList}};
}
} // namespace

class TestAdminModels : public QObject
{
    Q_OBJECT

    test::TestServer m_server;
    QTemporaryDir m_dir;
    api::ApiClient *m_client = nullptr;
    api::AdminApi *m_admin = nullptr;
    api::AuthApi *m_auth = nullptr;
    QString m_adminId;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_client = new api::ApiClient(nullptr, this);
        m_client->setEnvironment(api::Environment::local(m_server.baseUrl()));
        m_client->setRetryDelays({});
        m_adminId = admintest::signIn(m_client, QStringLiteral("admin@tutorhub.local"));
        QVERIFY(!m_adminId.isEmpty());
        m_admin = new api::AdminApi(m_client, this);
        m_auth = new api::AuthApi(m_client, this);
    }
    void cleanupTestCase() { m_server.stop(); }

    // Every admin table loads from its route with its columns, sorted, paged.
    void everyListLoads_data()
    {
        QTest::addColumn<int>("list");
        QTest::addColumn<bool>("hasRows");
        QTest::newRow("issues") << int(AdminList::Issues) << true;
        QTest::newRow("users") << int(AdminList::Users) << true;
        QTest::newRow("applications") << int(AdminList::TutorApplications) << false;
        QTest::newRow("courses") << int(AdminList::Courses) << true;
        QTest::newRow("enrollments") << int(AdminList::Enrollments) << true;
        QTest::newRow("refunds") << int(AdminList::RefundRequests) << false;
        QTest::newRow("moderation") << int(AdminList::ModerationLog) << true;
        QTest::newRow("reports") << int(AdminList::AnalyticsReports) << false;
        QTest::newRow("overrides") << int(AdminList::AgentOverrides) << false;
        QTest::newRow("tools") << int(AdminList::ToolCatalog) << true;
        QTest::newRow("executions") << int(AdminList::AgentExecutions) << false;
    }
    void everyListLoads()
    {
        QFETCH(int, list);
        QFETCH(bool, hasRows);
        std::unique_ptr<PagedListModel> m(AdminLists::create(m_client, AdminList(list)));
        auto t = tester(m.get());
        QCOMPARE(m->mode(), PagedListModel::Mode::Paged);
        QVERIFY(waitLoaded(*m));
        QVERIFY2(m->errorText().isEmpty(), qPrintable(m->errorText()));
        QCOMPARE(m->columnCount(), int(AdminLists::columns(AdminList(list)).size()));
        if (hasRows) {
            QVERIFY(m->rowCount() > 0);
            for (int c = 0; c < m->columnCount(); ++c)
                QVERIFY(m->headerData(c, Qt::Horizontal).toString().size() > 0);
            // Relations show names, never ids: no cell of the first row is a UUID (names resolved after the page).
            for (int c = 0; c < m->columnCount(); ++c)
                QTRY_VERIFY2_WITH_TIMEOUT(QUuid::fromString(m->index(0, c).data().toString()).isNull(),
                                          qPrintable(m->index(0, c).data().toString()), 10000);
        }
    }

    // The enrollment table: a status filter goes to the server, the last page is reachable.
    void enrollmentFilterAndLastPage()
    {
        std::unique_ptr<PagedListModel> m(AdminLists::create(m_client, AdminList::Enrollments));
        auto t = tester(m.get());
        m->setPageSize(1);
        QVERIFY(waitLoaded(*m));
        const int total = m->totalCount();
        QVERIFY(total >= 2);
        m->goToPage(m->pageCount());
        QVERIFY(waitLoaded(*m));
        QCOMPARE(m->currentPage(), total);
        QCOMPARE(m->rowCount(), 1);
        m->setBodyFilters(
            QJsonObject {{QStringLiteral("enrollmentStatus"), QStringLiteral("active")}}); // BFF list (M11)
        QVERIFY(waitLoaded(*m));
        QVERIFY(m->totalCount() < total);
        for (int r = 0; r < m->rowCount(); ++r)
            QCOMPARE(m->object(r).value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("active"));
    }

    // U60/U62: the issue table shows priority and assignee by name, filters by both and sorts by priority in its
    // declared order (a server sort, low → urgent), with a filter of several values (open or investigating).
    void issueListPriorityAndAssignee()
    {
        std::unique_ptr<PagedListModel> m(AdminLists::create(m_client, AdminList::Issues));
        auto t = tester(m.get());
        QVERIFY(waitLoaded(*m));
        int priorityColumn = -1, assigneeColumn = -1;
        for (int c = 0; c < m->columns().size(); ++c) {
            if (m->columns().at(c).id == QLatin1String("priority"))
                priorityColumn = c;
            if (m->columns().at(c).id == QLatin1String("assignee"))
                assigneeColumn = c;
        }
        QVERIFY(priorityColumn >= 0 && assigneeColumn >= 0);
        QCOMPARE(m->columns().at(priorityColumn).sortField, QStringLiteral("priority"));
        m->beginQueryChange();
        m->setFilter(QStringLiteral("status"), QStringList {QStringLiteral("open"), QStringLiteral("investigating")});
        m->setSort(QStringLiteral("priority"), Qt::DescendingOrder);
        m->endQueryChange();
        QVERIFY(waitLoaded(*m));
        QVERIFY(m->rowCount() >= 3);
        const QStringList order {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"),
                                 QStringLiteral("urgent")};
        int last = 99;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QJsonObject o = m->object(r);
            QVERIFY(str(o, "status") == QLatin1String("open") || str(o, "status") == QLatin1String("investigating"));
            const int rank = int(order.indexOf(str(o, "priority")));
            QVERIFY2(rank >= 0 && rank <= last, qPrintable(QStringLiteral("row %1: %2 after rank %3 (sort %4)")
                                                               .arg(r)
                                                               .arg(str(o, "priority"))
                                                               .arg(last)
                                                               .arg(m->sortField())));
            last = rank;
        }
        QCOMPARE(m->index(0, priorityColumn).data().toString(),
                 models::Labels::enumLabel(QStringLiteral("adminIssue"), QStringLiteral("priority"),
                                           QStringLiteral("urgent"))); // the demo's urgent issue first, labelled
        // The demo's investigated issue is assigned to the admin: shown by name, found by the assignee filter.
        const QString admin = admintest::userIdOf(m_client, QStringLiteral("admin@tutorhub.local"));
        m->setFilter(QStringLiteral("assigneeId"), admin);
        QVERIFY(waitLoaded(*m));
        QVERIFY(m->rowCount() >= 1);
        for (int r = 0; r < m->rowCount(); ++r)
            QCOMPARE(str(m->object(r), "assigneeId"), admin);
        QCOMPARE(m->index(0, assigneeColumn).data().toString(), QStringLiteral("Alex Morgan"));
    }

    // U64: the override form reads a row (objects as JSON or as their text), says what is wrong field by field and
    // sends every documented field, null for the design default.
    void agentOverrideForm()
    {
        using models::admin::AgentOverrideForm;
        const QJsonObject row {{"agentName", "a"},
                               {"provider", "openai"},
                               {"model", QJsonValue::Null},
                               {"temperature", 0.3},
                               {"maxTokens", 600},
                               {"responseFormat", "text"},
                               {"selectedTools", "[\"auth:login\"]"},
                               {"guardrails", QJsonObject {{"maxToolCalls", 4}, {"timeout", 30}}},
                               {"enabled", false}};
        AgentOverrideForm f = AgentOverrideForm::fromJson(row);
        QCOMPARE(f.provider, QStringLiteral("openai"));
        QVERIFY(f.model.isEmpty());
        QCOMPARE(f.temperature, QStringLiteral("0.3"));
        QCOMPARE(f.maxTokens, QStringLiteral("600"));
        QVERIFY(f.toolsSet);
        QCOMPARE(f.selectedTools, QStringList {QStringLiteral("auth:login")});
        QCOMPARE(f.maxToolCalls, QStringLiteral("4"));
        QCOMPARE(f.timeoutSeconds, QStringLiteral("30"));
        QVERIFY(f.maxTokenBudget.isEmpty());
        QVERIFY(!f.enabled);
        QVERIFY(f.validate({QStringLiteral("auth:login")}).isEmpty());

        const QJsonObject patch = f.toPatch();
        for (const char *k : {"provider", "model", "systemPrompt", "temperature", "maxTokens", "responseFormat",
                              "selectedTools", "guardrails", "enabled"})
            QVERIFY2(patch.contains(QLatin1String(k)), k);
        QVERIFY(patch.value("model").isNull());
        QVERIFY(patch.value("systemPrompt").isNull());
        QCOMPARE(patch.value("temperature").toDouble(), 0.3);
        QCOMPARE(patch.value("maxTokens").toInt(), 600);
        QCOMPARE(patch.value("selectedTools").toArray(), QJsonArray {QStringLiteral("auth:login")});
        QCOMPARE(patch.value("guardrails").toObject(), (QJsonObject {{"maxToolCalls", 4}, {"timeout", 30}}));
        QCOMPARE(patch.value("enabled").toBool(), false);

        // Design defaults: empty fields and no own tools are null.
        AgentOverrideForm empty;
        const QJsonObject nulls = empty.toPatch();
        for (const char *k : {"provider", "model", "systemPrompt", "temperature", "maxTokens", "responseFormat",
                              "selectedTools", "guardrails"})
            QVERIFY2(nulls.value(QLatin1String(k)).isNull(), k);
        empty.toolsSet = true; // own tools, none chosen: an empty list, not the default
        QCOMPARE(empty.toPatch().value("selectedTools").toArray(), QJsonArray());

        // Every rule has its sentence, naming the field.
        AgentOverrideForm bad = f;
        bad.temperature = QStringLiteral("2.5");
        bad.maxTokens = QStringLiteral("0");
        bad.responseFormat = QStringLiteral("xml");
        bad.selectedTools = {QStringLiteral("gone:tool")};
        bad.maxToolCalls = QStringLiteral("-1");
        bad.timeoutSeconds = QStringLiteral("1.5");
        bad.maxTokenBudget = QStringLiteral("many");
        bad.provider = QString(65, QLatin1Char('p'));
        QStringList fields;
        for (const auto &p : bad.validate({QStringLiteral("auth:login")})) {
            fields << p.field;
            QVERIFY(!p.sentence.isEmpty() && p.sentence.endsWith(QLatin1Char('.')));
        }
        QCOMPARE(fields, (QStringList {"provider", "temperature", "maxTokens", "responseFormat", "selectedTools",
                                       "guardrails.maxToolCalls", "guardrails.timeout", "guardrails.maxTokenBudget"}));
        bad = f;
        bad.temperature = QStringLiteral("abc");
        QCOMPARE(bad.validate().size(), 1);
        bad.temperature = QStringLiteral("2");
        QVERIFY(bad.validate().isEmpty()); // the bounds are allowed
        bad.temperature = QStringLiteral("0");
        QVERIFY(bad.validate().isEmpty());
    }

    // D47: cascades refund pro rata for untaught lessons, cancelEnrollment in full, unpaid nothing.
    void refundRules()
    {
        const QJsonObject paid
            = enrollment(120, QStringLiteral("paid"),
                         {QStringLiteral("completed"), QStringLiteral("booked"), QStringLiteral("booked")});
        QCOMPARE(ImpactPreview::untaughtLessons(paid), 2);
        QCOMPARE(ImpactPreview::refundOf(paid, ImpactPreview::Refund::ProRata), 80.0);
        QCOMPARE(ImpactPreview::refundOf(paid, ImpactPreview::Refund::Full), 120.0);
        QCOMPARE(ImpactPreview::refundOf(enrollment(100, QStringLiteral("pending"), {QStringLiteral("booked")}),
                                         ImpactPreview::Refund::Full),
                 0.0);
        QCOMPARE(ImpactPreview::refundOf(
                     enrollment(100, QStringLiteral("paid"),
                                {QStringLiteral("booked"), QStringLiteral("booked"), QStringLiteral("completed")}),
                     ImpactPreview::Refund::ProRata),
                 66.67);
    }

    // The preview of a tutor ban lists the tutor's pending and active enrollments with the refunds.
    void impactPreviewOfTutor()
    {
        const QString maria = admintest::userIdOf(m_client, QStringLiteral("maria.keller@tutorhub.local"));
        const QString profile = admintest::str(admintest::tutorProfileOf(m_client, maria), "id");
        int holding = 0;
        for (const QJsonValue &e : admintest::enrollmentsOfProfile(m_client, profile)) {
            const QString s = admintest::str(e, "enrollmentStatus");
            holding += (s == QLatin1String("pending") || s == QLatin1String("active")) ? 1 : 0;
        }
        QVERIFY(holding > 0);
        ImpactPreview preview(m_admin);
        auto t = tester(&preview);
        QSignalSpy loaded(&preview, &ImpactPreview::loaded);
        preview.load(ImpactPreview::Scope::TutorUser, maria);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(preview.tutorProfileId(), profile);
        QCOMPARE(preview.enrollmentCount(), holding);
        QVERIFY(preview.refundTotal() > 0);
        QVERIFY(preview.freedLessons() > 0);
        QVERIFY(preview.summary().contains(models::Format::money(preview.refundTotal())));
        QCOMPARE(preview.columnCount(), int(ImpactPreview::ColumnCount));
        QVERIFY(preview.index(0, ImpactPreview::StudentColumn).data().toString().contains(QLatin1String("@")));
    }

    // C65: against a server that does only what the seeds document (--contract strict) a tutor is `user` on the
    // wire; the preview and the cascade find the tutor the documented way (approved application + a tutor profile
    // naming the user) and act on the tutor's students' enrollments; a student stays a student.
    void tutorFoundTheDocumentedWayAgainstStrict()
    {
        test::TestServer strict;
        {
            test::ScopedContractProfile profile("strict");
            QVERIFY2(strict.start(), qPrintable(strict.lastError()));
        }
        api::ApiClient client;
        client.setEnvironment(api::Environment::local(strict.baseUrl()));
        client.setRetryDelays({});
        const QString adminId = admintest::signIn(&client, QStringLiteral("admin@tutorhub.local"));
        QVERIFY(!adminId.isEmpty());
        api::AdminApi admin(&client);
        api::AuthApi auth(&client);
        const QString james = admintest::userIdOf(&client, QStringLiteral("james.okafor@tutorhub.local"));
        const QString lena = admintest::userIdOf(&client, QStringLiteral("lena.fischer@tutorhub.local"));
        QVERIFY(!james.isEmpty() && !lena.isEmpty());
        std::optional<api::Result<api::User>> wire;
        auth.getUser(james, this, [&](const api::Result<api::User> &r) { wire = r; });
        QVERIFY(QTest::qWaitFor([&] { return wire.has_value(); }, 20000));
        QCOMPARE(wire->value().roleId, QStringLiteral("user")); // strict: no tutor roleId to go by
        QCOMPARE(wire->value().tutorApplicationStatus, QStringLiteral("approved"));
        const QString profile = admintest::str(admintest::tutorProfileOf(&client, james), "id");
        QVERIFY(!profile.isEmpty());
        int holding = 0;
        for (const QJsonValue &e : admintest::enrollmentsOfProfile(&client, profile)) {
            const QString st = admintest::str(e, "enrollmentStatus");
            holding += (st == QLatin1String("pending") || st == QLatin1String("active")) ? 1 : 0;
        }
        QVERIFY(holding > 0);

        // The preview: James is a tutor (pro rata refunds of his students' enrollments); Lena is a student.
        ImpactPreview preview(&admin, &auth);
        auto t = tester(&preview);
        QSignalSpy loaded(&preview, &ImpactPreview::loaded);
        preview.loadUser(james, QStringLiteral("user"));
        QVERIFY(loaded.wait(20000));
        QVERIFY(preview.targetIsTutor());
        QCOMPARE(preview.tutorProfileId(), profile);
        QCOMPARE(preview.enrollmentCount(), holding);
        preview.loadUser(lena, QStringLiteral("user"));
        QVERIFY(loaded.wait(20000));
        QVERIFY(!preview.targetIsTutor());
        QVERIFY(preview.tutorProfileId().isEmpty());
        for (int r = 0; r < preview.rowCount(); ++r)
            QVERIFY(preview.index(r, ImpactPreview::StudentColumn)
                        .data()
                        .toString()
                        .contains(QLatin1String("lena.fischer")));
        // Without the user's application to read, only the roleId shortcut counts.
        ImpactPreview shortcutOnly(&admin);
        QSignalSpy shortcutLoaded(&shortcutOnly, &ImpactPreview::loaded);
        shortcutOnly.loadUser(james, QStringLiteral("user"));
        QVERIFY(shortcutLoaded.wait(20000));
        QVERIFY(!shortcutOnly.targetIsTutor());

        // The cascade: a suspension of James with the roleId the page read ("user") runs the tutor's cascade.
        CascadeStore store(m_dir.filePath(QStringLiteral("strict.json")));
        ModerationCascade cascade(&admin, &auth, &store);
        auto ct = tester(&cascade);
        CascadePlan plan = CascadePlan::make(QStringLiteral("suspend"), adminId);
        plan.targetUserId = james;
        plan.targetUserName = QStringLiteral("James Okafor");
        plan.targetRoleId = QStringLiteral("user");
        plan.reason = QStringLiteral("Missed lessons");
        cascade.setPlan(plan);
        QSignalSpy finished(&cascade, &ModerationCascade::finished);
        QSignalSpy failed(&cascade, &ModerationCascade::failed);
        cascade.run();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 30000));
        QVERIFY2(failed.isEmpty(), qPrintable(cascade.error().debugString()));
        QCOMPARE(cascade.plan().targetKind, QStringLiteral("tutor"));
        QCOMPARE(cascade.plan().tutorProfileId, profile);
        QCOMPARE(cascade.canceledEnrollments().size(), holding);
        for (const QJsonValue &e : admintest::enrollmentsOfProfile(&client, profile)) {
            const QString st = admintest::str(e, "enrollmentStatus");
            QVERIFY2(st != QLatin1String("pending") && st != QLatin1String("active"), qPrintable(st));
            QVERIFY(!(st == QLatin1String("canceled") && admintest::str(e, "paymentStatus") == QLatin1String("paid")));
        }
        strict.stop();
    }

    // An admin (not super) cannot ban the superAdmin: the server refuses the first step and the
    // sequence stops there, nothing else is done.
    void superAdminCannotBeBanned()
    {
        // A second admin, made by the superAdmin.
        const QString email = QStringLiteral("second.admin.%1@example.org").arg(QDateTime::currentMSecsSinceEpoch());
        std::optional<api::Result<api::User>> made;
        m_auth->createUser(QStringLiteral("Second Admin"), email, QStringLiteral("a-long-password"), this,
                           [&](const api::Result<api::User> &r) { made = r; });
        QVERIFY(QTest::qWaitFor([&] { return made.has_value(); }, 20000));
        QVERIFY(*made);
        std::optional<api::Result<api::User>> role;
        m_auth->updateUserRole(made->value().id, QStringLiteral("admin"), this,
                               [&](const api::Result<api::User> &r) { role = r; });
        QVERIFY(QTest::qWaitFor([&] { return role.has_value(); }, 20000));
        QVERIFY(*role);

        api::ApiClient second;
        second.setEnvironment(m_client->environment());
        const QString secondId = admintest::signIn(&second, email, QStringLiteral("a-long-password"));
        QVERIFY(!secondId.isEmpty());
        api::AdminApi admin(&second);
        api::AuthApi auth(&second);
        CascadeStore store(m_dir.filePath(QStringLiteral("super.json")));
        ModerationCascade cascade(&admin, &auth, &store);
        auto t = tester(&cascade);
        CascadePlan plan = CascadePlan::make(QStringLiteral("ban"), secondId);
        plan.targetUserId = m_adminId;
        plan.targetRoleId = QStringLiteral("superAdmin");
        plan.reason = QStringLiteral("test");
        cascade.setPlan(plan);
        QSignalSpy failed(&cascade, &ModerationCascade::failed);
        cascade.run();
        QVERIFY(failed.wait(20000));
        QCOMPARE(cascade.error().httpStatus, 403);
        QCOMPARE(cascade.stepState(QStringLiteral("scope")), ModerationCascade::StepState::Done); // reads only
        QCOMPARE(cascade.stepState(QStringLiteral("accountStatus")), ModerationCascade::StepState::Failed);
        QCOMPARE(cascade.stepState(QStringLiteral("record")), ModerationCascade::StepState::Pending);
        const int statusRow = int(cascade.stepIds().indexOf(QStringLiteral("accountStatus")));
        QVERIFY(!cascade.index(statusRow).data(ModerationCascade::ErrorRole).toString().isEmpty());
        std::optional<api::Result<api::User>> me;
        m_auth->getUser(m_adminId, this, [&](const api::Result<api::User> &r) { me = r; });
        QVERIFY(QTest::qWaitFor([&] { return me.has_value(); }, 20000));
        QCOMPARE(me->value().accountStatus, QStringLiteral("active"));
    }

    // Ban James: the sequence fails at the cascade (injected), is resumed from the store by a new
    // model, and finishes; run again from the start it creates no second record or message.
    void banResumesAfterInjectedFailure()
    {
        const QString james = admintest::userIdOf(m_client, QStringLiteral("james.okafor@tutorhub.local"));
        const QString profile = admintest::str(admintest::tutorProfileOf(m_client, james), "id");
        CascadeStore store(m_dir.filePath(QStringLiteral("ban.json")));
        CascadePlan plan = CascadePlan::make(QStringLiteral("ban"), m_adminId);
        plan.targetUserId = james;
        plan.targetUserName = QStringLiteral("James Okafor");
        plan.targetRoleId = QStringLiteral("tutor");
        plan.reason = QStringLiteral("Repeated no-shows");
        {
            ModerationCascade cascade(m_admin, m_auth, &store);
            auto t = tester(&cascade);
            cascade.setPlan(plan);
            QCOMPARE(cascade.stepIds(),
                     (QStringList {"scope", "accountStatus", "record", "cascade", "verify", "message"}));
            cascade.injectFailureOnce(QStringLiteral("cascade"));
            QSignalSpy failed(&cascade, &ModerationCascade::failed);
            cascade.run();
            QVERIFY(failed.wait(20000));
            QCOMPARE(cascade.error().kind, api::ApiError::Kind::Network);
        }
        const auto unfinished = store.unfinished();
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.first().doneSteps, (QStringList {"scope", "accountStatus", "record"}));
        QVERIFY(!unfinished.first().lastError.isEmpty());
        QCOMPARE(unfinished.first().plan.actionDate, plan.actionDate);

        ModerationCascade resumed(m_admin, m_auth, &store);
        auto t = tester(&resumed);
        resumed.setPlan(unfinished.first().plan, unfinished.first().doneSteps);
        QSignalSpy finished(&resumed, &ModerationCascade::finished);
        resumed.run();
        QVERIFY(finished.wait(30000));
        QVERIFY(resumed.isFinished());
        QVERIFY(store.unfinished().isEmpty());
        for (const QJsonValue &e : admintest::enrollmentsOfProfile(m_client, profile)) {
            const QString s = admintest::str(e, "enrollmentStatus");
            QVERIFY2(s != QLatin1String("pending") && s != QLatin1String("active"), qPrintable(s));
            QVERIFY(!(s == QLatin1String("canceled") && admintest::str(e, "paymentStatus") == QLatin1String("paid")));
        }

        // Everything again from the start: idempotent.
        ModerationCascade again(m_admin, m_auth, &store);
        again.setPlan(plan);
        QSignalSpy againDone(&again, &ModerationCascade::finished);
        again.run();
        QVERIFY(againDone.wait(30000));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("targetId"), james);
        q.addQueryItem(QStringLiteral("actionType"), QStringLiteral("ban"));
        QCOMPARE(admintest::list(m_client, api::Service::PlatformAdmin, QStringLiteral("/v1/adminmoderationactions"), q)
                     .size(),
                 1);
        // One warning with the reference in James's admin conversation.
        int warnings = 0;
        for (const QJsonValue &c :
             admintest::list(m_client, api::Service::Messaging, QStringLiteral("/v1/myconversations"))) {
            if (admintest::str(c, "participantB") != james)
                continue;
            QUrlQuery mq;
            mq.addQueryItem(QStringLiteral("roomId"), admintest::str(c, "id"));
            for (const QJsonValue &m :
                 admintest::list(m_client, api::Service::Messaging, QStringLiteral("/v1/v1/chat-messages"), mq))
                warnings += m.toObject()
                                .value(QStringLiteral("content"))
                                .toObject()
                                .value(QStringLiteral("text"))
                                .toString()
                                .contains(plan.id);
        }
        QCOMPARE(warnings, 1);
    }

    // A real network error (the server cannot be reached) in the middle of the sequence; resumed
    // once it is back. Student suspension: each enrollment canceled (full refund), then reactivation.
    void suspensionResumesAfterNetworkError()
    {
        const QString tom = admintest::userIdOf(m_client, QStringLiteral("tom.baker@tutorhub.local"));
        CascadeStore store(m_dir.filePath(QStringLiteral("net.json")));
        ModerationCascade cascade(m_admin, m_auth, &store);
        auto t = tester(&cascade);
        CascadePlan plan = CascadePlan::make(QStringLiteral("suspend"), m_adminId);
        plan.targetUserId = tom;
        plan.targetUserName = QStringLiteral("Tom Baker");
        plan.targetRoleId = QStringLiteral("user");
        plan.reason = QStringLiteral("Abusive messages");
        cascade.setPlan(plan);
        const api::Environment good = m_client->environment();
        // Unreachable after the first step.
        connect(&cascade, &ModerationCascade::stepFinished, this, [&](const QString &id) {
            if (id == QLatin1String("accountStatus"))
                m_client->setEnvironment(api::Environment::local(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        });
        QSignalSpy failed(&cascade, &ModerationCascade::failed);
        cascade.run();
        QVERIFY(failed.wait(30000));
        QVERIFY(cascade.error().isTransient());
        QCOMPARE(store.entry(plan.id).doneSteps, (QStringList {"scope", "accountStatus"}));
        cascade.disconnect(this);
        m_client->setEnvironment(good);
        QSignalSpy finished(&cascade, &ModerationCascade::finished);
        cascade.run();
        QVERIFY(finished.wait(30000));
        QCOMPARE(cascade.stepIds(), (QStringList {"scope", "accountStatus", "record", "cascade", "verify", "message"}));

        CascadePlan back = CascadePlan::make(QStringLiteral("reactivate"), m_adminId);
        back.targetUserId = tom;
        back.targetRoleId = QStringLiteral("user");
        back.reason = QStringLiteral("Apologised");
        cascade.setPlan(back);
        QCOMPARE(cascade.stepIds(), (QStringList {"accountStatus", "record"}));
        QSignalSpy done(&cascade, &ModerationCascade::finished);
        cascade.run();
        QVERIFY(done.wait(30000));
        std::optional<api::Result<api::User>> u;
        m_auth->getUser(tom, this, [&](const api::Result<api::User> &r) { u = r; });
        QVERIFY(QTest::qWaitFor([&] { return u.has_value(); }, 20000));
        QCOMPARE(u->value().accountStatus, QStringLiteral("active"));
    }

    void analyticsAggregation()
    {
        const QDate monday(2026, 11, 2);
        auto at = [](const char *iso) { return QString::fromLatin1(iso); };
        const QList<QJsonObject> enrollments {
            {{"createdAt", at("2026-11-02T10:00:00.000Z")},
             {"paymentStatus", "paid"},
             {"totalAmount", 100.0},
             {"c", "Maths"}},
            {{"createdAt", at("2026-11-03T10:00:00.000Z")},
             {"paymentStatus", "pending"},
             {"totalAmount", 50.0},
             {"c", "Maths"}},
            {{"createdAt", at("2026-11-10T10:00:00.000Z")},
             {"paymentStatus", "paid"},
             {"totalAmount", 30.0},
             {"c", "Music, piano"}},
            {{"createdAt", at("2026-10-10T10:00:00.000Z")},
             {"paymentStatus", "paid"},
             {"totalAmount", 999.0},
             {"c", "Old"}},
        };
        const QList<QJsonObject> refunds {{{"requestedAt", at("2026-11-11T10:00:00.000Z")}}};
        const QList<QJsonObject> issues {{{"createdAt", at("2026-11-04T10:00:00.000Z")}},
                                         {{"createdAt", at("2026-11-12T10:00:00.000Z")}}};
        const auto weeks = AnalyticsData::bucket(monday, 2, enrollments, refunds, issues);
        QCOMPARE(weeks.size(), 2);
        QCOMPARE(weeks.at(0).enrollments, 2);
        QCOMPARE(weeks.at(0).revenue, 100.0);
        QCOMPARE(weeks.at(0).issues, 1);
        QCOMPARE(weeks.at(1).enrollments, 1);
        QCOMPARE(weeks.at(1).refunds, 1);
        const auto groups = AnalyticsData::group(
            enrollments.mid(0, 3), [](const QJsonObject &o) { return o.value("c").toString(); }, 0);
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.first().name, QStringLiteral("Maths"));
        QCOMPARE(groups.first().enrollments, 2);
    }

    void analyticsFromServer()
    {
        AnalyticsData data(m_client);
        auto t = tester(&data);
        QSignalSpy loaded(&data, &AnalyticsData::loaded);
        data.load(4);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(data.rowCount(), 4);
        int enrollments = 0;
        for (const auto &w : data.weeks())
            enrollments += w.enrollments;
        QVERIFY(enrollments > 0); // the demo's enrollments were made this week
        QVERIFY(!data.byCategory().isEmpty());
        QVERIFY(!data.byTutor().isEmpty());
        QVERIFY(data.byTutor().first().name != QObject::tr("Unknown"));
        const QString csv = data.toCsv();
        QVERIFY(csv.startsWith(QLatin1String("week,enrollments,revenue_eur,refund_requests,issues\n")));
        QCOMPARE(csv.count(QLatin1Char('\n')),
                 1 + 4 + 2 + int(data.byCategory().size()) + 2 + int(data.byTutor().size()));
    }
};

QTEST_GUILESS_MAIN(TestAdminModels)
#include "tst_admin_models.moc"
