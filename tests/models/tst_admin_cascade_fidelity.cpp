// Nothing destructive trusts a filter (issue 13, C20-C23): the moderation cascade and the impact
// preview against a faithful fake enrollment service that answers with the real success envelope
// (API.md §1.4, paging §1.6) but does not keep to filters: it ignores the undeclared ones (studentId,
// enrollmentStatus, coursePackId, tutorId — as the documented cloud and `--contract strict` do), and,
// in the "foreign" mode, also the declared query `tutorProfileId`, answering every enrollment of the
// platform. It caps pages at kPageCap rows whatever pageRowCount asks, so reading all pages is
// exercised too. The normal path against the real server is in tst_admin_models and tst_admin_e2e.
#include "../api/fakehttpserver.h"

#include "api/adminapi.h"
#include "api/apiclient.h"
#include "api/authapi.h"
#include "models/admin/impactpreview.h"
#include "models/admin/moderationcascade.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace tutorhub;
using models::admin::CascadePlan;
using models::admin::CascadeStore;
using models::admin::ImpactPreview;
using models::admin::ModerationCascade;
using test::FakeHttpServer;
using test::FakeRequest;
using test::FakeResponse;

namespace {

constexpr int kPageCap = 2;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The success envelope of API.md §1.4 around `payload` (paging for lists).
QByteArray envelope(const QByteArray &method, const QString &action, const QString &dataName, const QJsonValue &payload,
                    const QJsonObject &paging = {})
{
    QJsonObject o {{"status", "OK"},
                   {"statusCode", action == QLatin1String("create") ? 201 : 200},
                   {"elapsedMs", 3},
                   {"ssoTime", 0},
                   {"source", "db"},
                   {"cacheKey", "5f1d"},
                   {"userId", "a0000000-0000-4000-8000-000000000001"},
                   {"sessionId", "b0000000-0000-4000-8000-000000000001"},
                   {"requestId", "0123456789abcdef0123456789abcdef"},
                   {"dataName", dataName},
                   {"method", QString::fromLatin1(method)},
                   {"action", action},
                   {"appVersion", "1.0.0"},
                   {"rowCount", payload.isArray() ? payload.toArray().size() : 1},
                   {dataName, payload}};
    if (!paging.isEmpty()) {
        o.insert("paging", paging);
        o.insert("filters", QJsonArray());
        o.insert("uiPermissions", QJsonArray());
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray errorEnvelope(int status, const QString &code)
{
    return QJsonDocument(QJsonObject {{"result", "ERR"},
                                      {"status", status},
                                      {"message", code},
                                      {"errCode", status},
                                      {"date", "2026-01-01T00:00:00.000Z"},
                                      {"detail", code}})
        .toJson(QJsonDocument::Compact);
}

// The enrollment service, the auth user route, tutor profiles and the moderation log, in memory.
struct FakePlatform
{
    bool honourTutorProfileId = true; // the declared query
    bool repeatPages = false; // answers page 1 for every pageNumber
    QList<QJsonObject> enrollments;
    QList<QJsonObject> profiles;
    QList<QJsonObject> moderation;
    QStringList canceled; // ids canceled through cancelenrollment
    QStringList mutations; // "METHOD path" of every request that changes something

    QJsonObject &enrollment(const QString &id)
    {
        for (QJsonObject &e : enrollments)
            if (e.value("id").toString() == id)
                return e;
        static QJsonObject none;
        return none;
    }

    static QByteArray list(const QString &dataName, QList<QJsonObject> rows, const QUrlQuery &q, bool repeat)
    {
        const int asked = q.queryItemValue("pageNumber").isEmpty() ? 1 : q.queryItemValue("pageNumber").toInt();
        const int page = repeat ? 1 : asked;
        const int perPage = qMin(
            kPageCap, q.queryItemValue("pageRowCount").isEmpty() ? 25 : q.queryItemValue("pageRowCount").toInt());
        const int total = int(rows.size());
        const int pages = asked == 0 ? 1 : (total + perPage - 1) / perPage;
        QJsonArray out;
        const int from = asked == 0 ? 0 : (page - 1) * perPage;
        const int to = asked == 0 ? total : qMin(total, from + perPage);
        for (int i = from; i < to; ++i)
            out.append(rows.at(i));
        return envelope("GET", "list", dataName, out,
                        {{"pageNumber", asked},
                         {"pageRowCount", perPage},
                         {"totalRowCount", total},
                         {"pageCount", qMax(pages, 1)}});
    }

    FakeResponse answer(const FakeRequest &req)
    {
        const QUrl url(QString::fromUtf8(req.target));
        const QString path = url.path();
        const QUrlQuery q(url);
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        if (req.method != "GET")
            mutations << QString::fromLatin1(req.method) + QLatin1Char(' ') + path;

        if (req.method == "GET" && path == "/enrollmentmanagement-api/v1/enrollments") {
            QList<QJsonObject> rows;
            const QString profile = q.queryItemValue("tutorProfileId");
            for (const QJsonObject &e : std::as_const(enrollments))
                if (!honourTutorProfileId || profile.isEmpty() || e.value("tutorProfileId").toString() == profile)
                    rows.append(e); // studentId, coursePackId, enrollmentStatus, paymentStatus: not declared, ignored
            return FakeResponse::json(200, list("enrollments", rows, q, repeatPages));
        }
        if (req.method == "GET" && path == "/tutorcatalog-api/v1/tutorprofiles")
            return FakeResponse::json(200, list("tutorProfiles", profiles, q, false)); // tutorId ignored (G18)
        if (req.method == "GET" && path == "/platformadmin-api/v1/adminmoderationactions")
            return FakeResponse::json(200, list("adminModerationActions", moderation, q, false));
        if (req.method == "POST" && path == "/platformadmin-api/v1/adminmoderationactions") {
            QJsonObject row = body;
            row.insert("id", uuid());
            moderation.append(row);
            return FakeResponse::json(201, envelope("POST", "create", "adminModerationAction", row));
        }
        if (req.method == "GET" && path.startsWith("/auth-api/v1/users/")) {
            // As the documented cloud answers (C7): no `tutor` roleId; a tutor has an approved application.
            const QString id = path.section('/', -1);
            bool tutor = false;
            for (const QJsonObject &p : std::as_const(profiles))
                tutor |= p.value("tutorId").toString() == id;
            const QJsonObject user {{"id", id},
                                    {"email", "x@tutorhub.local"},
                                    {"fullname", "X"},
                                    {"roleId", "user"},
                                    {"tutorApplicationStatus", tutor ? "approved" : "none"},
                                    {"accountStatus", "active"}};
            return FakeResponse::json(200, envelope("GET", "get", "user", user));
        }
        if (req.method == "PATCH" && path.startsWith("/auth-api/v1/users/")) {
            QJsonObject user {
                {"id", path.section('/', -1)}, {"email", "x@tutorhub.local"}, {"fullname", "X"}, {"roleId", "user"}};
            for (auto it = body.begin(); it != body.end(); ++it)
                user.insert(it.key(), it.value());
            return FakeResponse::json(200, envelope("PATCH", "update", "user", user));
        }
        if (req.method == "PATCH" && path.startsWith("/enrollmentmanagement-api/v1/cancelenrollment/")) {
            const QString id = path.section('/', -1);
            QJsonObject &e = enrollment(id);
            if (e.isEmpty())
                return FakeResponse::json(404, errorEnvelope(404, "errMsg_FethcedObjectNotFound:enrollment"));
            if (e.value("paymentStatus").toString() == "paid") {
                e.insert("paymentStatus", "refunded");
                e.insert("refundStatus", "processed");
            }
            e.insert("enrollmentStatus", "canceled");
            canceled << id;
            return FakeResponse::json(200, envelope("PATCH", "update", "enrollment", e));
        }
        if (req.method == "POST" && path == "/enrollmentmanagement-api/v1/cascadetutorban") {
            QJsonArray rows;
            for (QJsonObject &e : enrollments)
                if (e.value("tutorProfileId") == body.value("tutorProfileId")
                    && (e.value("enrollmentStatus") == "pending" || e.value("enrollmentStatus") == "active")) {
                    if (e.value("paymentStatus") == "paid") {
                        e.insert("paymentStatus", "refunded");
                        e.insert("refundStatus", "processed");
                    }
                    e.insert("enrollmentStatus", "canceled");
                    rows.append(e);
                }
            return FakeResponse::json(200, envelope("POST", "list", "enrollments", rows));
        }
        return FakeResponse::json(404, errorEnvelope(404, "errMsg_RouteNotFound"));
    }
};

QJsonObject enrollmentRow(const QString &student, const QString &profile, const QString &pack, const QString &status,
                          const QString &payment)
{
    return {{"id", uuid()},
            {"studentId", student},
            {"tutorProfileId", profile},
            {"coursePackId", pack},
            {"enrollmentStatus", status},
            {"paymentStatus", payment},
            {"paymentConfirmation", payment == "paid" ? "paid" : "pending"},
            {"refundStatus", "notRequested"},
            {"totalAmount", 90.0},
            {"currency", "EUR"},
            {"lessonSlotIds", QJsonArray()},
            {"isActive", true}};
}

} // namespace

class TestAdminCascadeFidelity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeHttpServer *m_http = nullptr;
    FakePlatform m_fake;
    api::ApiClient *m_client = nullptr;
    api::AdminApi *m_admin = nullptr;
    api::AuthApi *m_auth = nullptr;

    const QString m_adminId = uuid();
    const QString m_student = uuid(), m_other = uuid(), m_tutorUser = uuid();
    const QString m_profile = uuid(), m_otherProfile = uuid(), m_pack = uuid(), m_otherPack = uuid();

    int mutationsOf(const QString &prefix) const
    {
        int n = 0;
        for (const QString &m : m_fake.mutations)
            n += m.startsWith(prefix) ? 1 : 0;
        return n;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_fake = FakePlatform();
        // The tutor's own enrollments, the student's (with the other tutor), and other people's.
        m_fake.enrollments = {
            enrollmentRow(m_student, m_otherProfile, m_otherPack, "pending", "pending"),
            enrollmentRow(m_other, m_profile, m_pack, "active", "paid"),
            enrollmentRow(m_student, m_otherProfile, m_otherPack, "active", "paid"),
            enrollmentRow(m_other, m_otherProfile, m_otherPack, "active", "paid"),
            enrollmentRow(m_student, m_otherProfile, m_otherPack, "completed", "paid"),
            enrollmentRow(m_other, m_otherProfile, m_otherPack, "pending", "pending"),
        };
        m_fake.profiles
            = {{{"id", m_otherProfile}, {"tutorId", uuid()}}, {{"id", m_profile}, {"tutorId", m_tutorUser}}};
        m_http = new FakeHttpServer(this);
        QVERIFY(m_http->listen());
        m_http->setHandler([this](const FakeRequest &r) { return m_fake.answer(r); });
        m_client = new api::ApiClient(nullptr, this);
        m_client->setEnvironment(api::Environment::local(m_http->port()));
        m_client->setAccessToken(QStringLiteral("admin-token"));
        m_client->setRetryDelays({});
        m_admin = new api::AdminApi(m_client, this);
        m_auth = new api::AuthApi(m_client, this);
    }
    void cleanup()
    {
        delete m_admin;
        delete m_auth;
        delete m_client;
        delete m_http;
        m_admin = nullptr;
        m_auth = nullptr;
        m_client = nullptr;
        m_http = nullptr;
    }

    // The declared tutorProfileId answered with everyone's enrollments: the ban stops at its first
    // step, before the account, the record or any enrollment is touched, and says why.
    void tutorBanAgainstForeignRowsChangesNothing()
    {
        m_fake.honourTutorProfileId = false;
        CascadeStore store(m_dir.filePath("foreign.json"));
        ModerationCascade cascade(m_admin, m_auth, &store);
        CascadePlan plan = CascadePlan::make(QStringLiteral("ban"), m_adminId);
        plan.targetUserId = m_tutorUser;
        plan.targetRoleId
            = QStringLiteral("user"); // as the documented cloud says: a tutor found by application + profile (C65)
        plan.reason = QStringLiteral("Fraud");
        cascade.setPlan(plan);
        QCOMPARE(cascade.stepIds().first(), QStringLiteral("scope"));
        QSignalSpy failed(&cascade, &ModerationCascade::failed);
        cascade.run();
        QVERIFY(failed.wait(10000));
        const api::ApiError e = cascade.error();
        QCOMPARE(e.codeName(), QStringLiteral("errMsg_ForeignRows"));
        QCOMPARE(e.codeArgument(), QStringLiteral("tutorProfileId"));
        QVERIFY2(e.userMessage().contains(QStringLiteral("Nothing was changed")), qPrintable(e.userMessage()));
        QVERIFY2(e.userMessage().contains(QStringLiteral("tutorProfileId")), qPrintable(e.userMessage()));
        QCOMPARE(cascade.stepState(QStringLiteral("scope")), ModerationCascade::StepState::Failed);
        for (const char *step : {"accountStatus", "record", "cascade", "verify", "message"})
            QCOMPARE(cascade.stepState(QLatin1String(step)), ModerationCascade::StepState::Pending);
        QVERIFY2(m_fake.mutations.isEmpty(), qPrintable(m_fake.mutations.join(", ")));
        QVERIFY(m_fake.canceled.isEmpty());
        // The sequence is kept for a resume once the server is fixed; nothing is marked done.
        QCOMPARE(store.entry(plan.id).doneSteps, QStringList());

        // The server is fixed: the same plan resumes and bans, canceling only the tutor's enrollment.
        m_fake.honourTutorProfileId = true;
        QSignalSpy finished(&cascade, &ModerationCascade::finished);
        cascade.run();
        QVERIFY2(finished.wait(10000), qPrintable(cascade.error().debugString()));
        QCOMPARE(mutationsOf("POST /enrollmentmanagement-api/v1/cascadetutorban"), 1);
        for (const QJsonObject &row : std::as_const(m_fake.enrollments))
            QCOMPARE(row.value("enrollmentStatus").toString() == "canceled",
                     row.value("tutorProfileId").toString() == m_profile);
        QVERIFY(store.unfinished().isEmpty());
    }

    // studentId is not a declared filter: a server that ignores it answers everyone's enrollments
    // (over several pages); the ban selects the student's pending and active ones itself and cancels
    // exactly those; the warning is a `warn` moderation record, never sendSystemMessage.
    void studentBanSelectsItsOwnRowsFromAllPages()
    {
        CascadeStore store(m_dir.filePath("student.json"));
        ModerationCascade cascade(m_admin, m_auth, &store);
        CascadePlan plan = CascadePlan::make(QStringLiteral("ban"), m_adminId);
        plan.targetUserId = m_student;
        plan.targetRoleId = QStringLiteral("user");
        plan.reason = QStringLiteral("Abuse");
        cascade.setPlan(plan);
        QSignalSpy finished(&cascade, &ModerationCascade::finished);
        QSignalSpy failed(&cascade, &ModerationCascade::failed);
        cascade.run();
        QVERIFY2(finished.wait(10000), failed.isEmpty() ? "timeout" : qPrintable(cascade.error().debugString()));
        QCOMPARE(m_fake.canceled.size(), 2);
        for (const QString &id : std::as_const(m_fake.canceled)) {
            const QJsonObject row = m_fake.enrollment(id);
            QCOMPARE(row.value("studentId").toString(), m_student);
        }
        int othersCanceled = 0, completedTouched = 0;
        for (const QJsonObject &row : std::as_const(m_fake.enrollments)) {
            othersCanceled
                += row.value("studentId") != m_student && row.value("enrollmentStatus") == "canceled" ? 1 : 0;
            completedTouched += row.value("studentId") == m_student && row.value("refundStatus") == "processed"
                                        && !m_fake.canceled.contains(row.value("id").toString())
                                    ? 1
                                    : 0;
        }
        QCOMPARE(othersCanceled, 0);
        QCOMPARE(completedTouched, 0);
        QStringList reported = cascade.canceledEnrollments(), done = m_fake.canceled;
        reported.sort();
        done.sort();
        QCOMPARE(reported, done);
        // More than one page was read each time (the fake caps pages at kPageCap rows).
        int pagesRead = 0;
        for (const FakeRequest &r : m_http->requests())
            pagesRead
                += r.target.startsWith("/enrollmentmanagement-api/v1/enrollments?") && r.target.contains("pageNumber=3")
                       ? 1
                       : 0;
        QVERIFY(pagesRead >= 2);
        // The warning went out as a moderation record with the plan's reference; no M2M route was called.
        QCOMPARE(mutationsOf("POST /messaging-api"), 0);
        QCOMPARE(m_fake.moderation.size(), 2); // the ban record and the warning
        const QJsonObject warning = m_fake.moderation.last();
        QCOMPARE(warning.value("actionType").toString(), QStringLiteral("warn"));
        QCOMPARE(warning.value("targetUserId").toString(), m_student);
        QVERIFY(warning.value("actionReason").toString().contains(plan.id));
        QVERIFY(warning.value("actionReason").toString().size() <= api::kWarningMaxLength);

        // Run again (a resume after a lost answer): nothing is canceled or recorded twice.
        const int before = int(m_fake.mutations.size());
        ModerationCascade again(m_admin, m_auth, &store);
        again.setPlan(plan);
        QSignalSpy againDone(&again, &ModerationCascade::finished);
        again.run();
        QVERIFY(againDone.wait(10000));
        QCOMPARE(m_fake.canceled.size(), 2);
        QCOMPARE(m_fake.moderation.size(), 2);
        QCOMPARE(mutationsOf("PATCH /enrollmentmanagement-api/v1/cancelenrollment"), 2);
        QVERIFY(m_fake.mutations.size() - before <= 1); // only the (idempotent) account status again
    }

    // A server that answers the same rows for every page: the read stops, nothing changes.
    void pagingIgnoredStopsBeforeAnyChange()
    {
        m_fake.repeatPages = true;
        CascadeStore store(m_dir.filePath("paging.json"));
        ModerationCascade cascade(m_admin, m_auth, &store);
        CascadePlan plan = CascadePlan::make(QStringLiteral("suspend"), m_adminId);
        plan.targetUserId = m_student;
        plan.targetRoleId = QStringLiteral("user");
        plan.reason = QStringLiteral("Spam");
        cascade.setPlan(plan);
        QSignalSpy failed(&cascade, &ModerationCascade::failed);
        cascade.run();
        QVERIFY(failed.wait(10000));
        QCOMPARE(cascade.error().codeName(), QStringLiteral("errMsg_PagingIgnored"));
        QVERIFY(cascade.error().userMessage().contains(QStringLiteral("before changing anything")));
        QVERIFY2(m_fake.mutations.isEmpty(), qPrintable(m_fake.mutations.join(", ")));
    }

    // The preview reads as the cascade does: a student's rows selected from everyone's; a tutor's
    // declared filter not kept is reported before the admin confirms anything.
    void previewSelectsAndChecks()
    {
        ImpactPreview preview(m_admin);
        QSignalSpy loaded(&preview, &ImpactPreview::loaded);
        preview.load(ImpactPreview::Scope::Student, m_student);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(preview.enrollmentCount(), 2);
        QCOMPARE(preview.paidCount(), 1);

        preview.load(ImpactPreview::Scope::TutorUser, m_tutorUser);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(preview.tutorProfileId(), m_profile); // chosen by tutorId, not the first profile answered
        QCOMPARE(preview.enrollmentCount(), 1);

        m_fake.honourTutorProfileId = false;
        QSignalSpy failed(&preview, &ImpactPreview::failed);
        preview.load(ImpactPreview::Scope::TutorUser, m_tutorUser);
        QVERIFY(failed.wait(10000));
        QCOMPARE(preview.error().codeName(), QStringLiteral("errMsg_ForeignRows"));
        QVERIFY(m_fake.mutations.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAdminCascadeFidelity)
#include "tst_admin_cascade_fidelity.moc"
