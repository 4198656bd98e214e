// The permission matrix (issue 12, SEC46): every route the server's Router holds × anonymous /
// student / other student / tutor / other tutor / admin, against the real server (demo data, the
// real route table and handlers, dispatched through Server::router()). Path parameters are filled
// with ids of objects the student and the tutor own (made in initTestCase through the same routes).
// Expected access is data (kTable, kBffIndices): a route missing from the table fails the test, and
// so does a table row whose access level differs from the route's.
// Checked for every call: no 5xx; anonymous gets 401 on non-public routes; non-admins get 403 on
// admin routes; every user, admins too, gets 403 on machine-to-machine routes; the other student and the other tutor never get 2xx on a mutating route that names
// the owner's objects (rows marked NotOwner) and never see the owner's private data (e-mail, payment
// ids, clientSecret, meet link, lesson address, chat text, material, device token, issue text) in
// any response body, with and without filters naming the owner's objects.
#include "auth/sessions.h"
#include "auth/userschema.h"
#include "db/repository.h"
#include "http/httpserver.h"
#include "http/router.h"
#include "server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tutorhub::server;

namespace {

// May the other student / other tutor get 2xx on this route when its ids (path and body) are the owner's?
enum class Others { Any, NotOwner };

struct Expect
{
    Access access;
    Others others = Others::Any;
};

constexpr Access P = Access::Public;
constexpr Access S = Access::SignedIn;
constexpr Access A = Access::Admin;
constexpr Access M2M = Access::Machine; // no user token at all, an admin's neither (API.md §3.5, C27)

// Every non-BFF route: "METHOD segment pattern" ("*" = every segment).
const QHash<QString, Expect> &table()
{
    static const QHash<QString, Expect> t{
        // common routes (every segment)
        {"GET * /health", {P}}, {"GET * /currentuser", {P}}, {"GET * /permissions", {P}},
        {"GET * /permissions/:permissionName", {P}},
        // auth
        {"POST auth-api /login", {P}}, {"POST auth-api /logout", {P}}, {"GET auth-api /relogin", {P}},
        {"GET auth-api /publickey", {P}}, {"GET auth-api /useravatars/:accessKey", {P}}, {"GET auth-api /instanceproof", {P}},
        {"GET auth-api /extensions", {P}},
        {"PATCH auth-api /v1/applyastutor/:userId", {S, Others::NotOwner}},
        {"DELETE auth-api /v1/archiveprofile/:userId", {S, Others::NotOwner}},
        {"GET auth-api /v1/briefuser/:userId", {P}},
        {"PATCH auth-api /v1/profile/:userId", {S, Others::NotOwner}},
        {"POST auth-api /v1/registeruser", {P}},
        {"PATCH auth-api /v1/reviewtutorapplication/:userId", {A}},
        {"GET auth-api /v1/searchusers", {A}}, {"GET auth-api /v1/streamtest/:userId", {A}},
        {"GET auth-api /v1/useravatarsfiles", {S}}, {"POST auth-api /v1/useravatarsfiles", {S}},
        {"DELETE auth-api /v1/useravatarsfiles/:userAvatarsFileId", {S, Others::NotOwner}},
        {"GET auth-api /v1/useravatarsfiles/:userAvatarsFileId", {S}},
        {"PATCH auth-api /v1/userpassword/:userId", {S, Others::NotOwner}},
        {"PATCH auth-api /v1/userpasswordbyadmin/:userId", {A}}, {"PATCH auth-api /v1/userrole/:userId", {A}},
        {"GET auth-api /v1/users", {A}}, {"POST auth-api /v1/users", {A}}, {"DELETE auth-api /v1/users/:userId", {A}},
        {"PATCH auth-api /v1/users/:userId", {A}}, {"GET auth-api /v1/users/:userId", {S}},
        {"POST auth-api /verification-services/email-2factor-verification/complete", {P}},
        {"POST auth-api /verification-services/email-2factor-verification/start", {P}},
        {"POST auth-api /verification-services/email-verification/complete", {P}},
        {"POST auth-api /verification-services/email-verification/start", {P}},
        {"POST auth-api /verification-services/mobile-2factor-verification/complete", {P}},
        {"POST auth-api /verification-services/mobile-2factor-verification/start", {P}},
        {"POST auth-api /verification-services/mobile-verification/complete", {P}},
        {"POST auth-api /verification-services/mobile-verification/start", {P}},
        {"POST auth-api /verification-services/password-reset-by-email/complete", {P}},
        {"POST auth-api /verification-services/password-reset-by-email/start", {P}},
        {"POST auth-api /verification-services/password-reset-by-mobile/complete", {P}},
        {"POST auth-api /verification-services/password-reset-by-mobile/start", {P}},
        // courseScheduling
        {"POST coursescheduling-api /v1/availabilities", {S, Others::NotOwner}},
        {"DELETE coursescheduling-api /v1/availabilities/:availabilityId", {S, Others::NotOwner}},
        {"GET coursescheduling-api /v1/availabilities/:availabilityId", {S}},
        {"PATCH coursescheduling-api /v1/availabilities/:availabilityId", {S, Others::NotOwner}},
        {"POST coursescheduling-api /v1/generatelessonslots", {S, Others::NotOwner}},
        {"GET coursescheduling-api /v1/lessonslots", {S}},
        {"POST coursescheduling-api /v1/lessonslots", {S, Others::NotOwner}},
        {"DELETE coursescheduling-api /v1/lessonslots/:lessonSlotId", {S, Others::NotOwner}},
        {"GET coursescheduling-api /v1/lessonslots/:lessonSlotId", {S}},
        {"PATCH coursescheduling-api /v1/lessonslots/:lessonSlotId", {S, Others::NotOwner}},
        {"GET coursescheduling-api /v1/listavailabilities/:tutorProfileId", {S}},
        // busy times (a local extension, U3/U4): the tutor's own and admins only
        {"POST coursescheduling-api /v1/busytimes", {S, Others::NotOwner}},
        {"GET coursescheduling-api /v1/listbusytimes/:tutorProfileId", {S, Others::NotOwner}},
        {"DELETE coursescheduling-api /v1/busytimes/:busyTimeId", {S, Others::NotOwner}},
        {"GET coursescheduling-api /v1/preliminarymeetings", {S}},
        {"POST coursescheduling-api /v1/preliminarymeetings", {S}},
        {"GET coursescheduling-api /v1/preliminarymeetings/:preliminaryMeetingId", {S}},
        {"PATCH coursescheduling-api /v1/preliminarymeetings/:preliminaryMeetingId", {S, Others::NotOwner}},
        // enrollmentManagement and payments
        {"POST enrollmentmanagement-api /v1/adminrefundenrollment", {A}},
        {"POST enrollmentmanagement-api /v1/callbackenrollmentpayment", {P, Others::NotOwner}}, // signed webhook or a signed-in replay (C13)
        {"PATCH enrollmentmanagement-api /v1/cancelenrollment/:enrollmentId", {A}},
        {"POST enrollmentmanagement-api /v1/cascadecourseremoval", {A}},
        {"POST enrollmentmanagement-api /v1/cascadetutorban", {A}},
        {"POST enrollmentmanagement-api /v1/checkenrollmentcompletion", {S, Others::NotOwner}},
        {"POST enrollmentmanagement-api /v1/cleanuppendingenrollments", {S}},
        {"POST enrollmentmanagement-api /v1/enrollmentpayment", {A}},
        {"DELETE enrollmentmanagement-api /v1/enrollmentpayment/:sys_enrollmentPaymentId", {A}},
        {"PATCH enrollmentmanagement-api /v1/enrollmentpayment/:sys_enrollmentPaymentId", {A}},
        {"GET enrollmentmanagement-api /v1/enrollmentpayment/:sys_enrollmentPaymentId", {S}},
        {"GET enrollmentmanagement-api /v1/enrollmentpaymentbyorderid/:orderId", {S}},
        {"GET enrollmentmanagement-api /v1/enrollmentpaymentbypaymentid/:paymentId", {S}},
        {"GET enrollmentmanagement-api /v1/enrollmentpayments", {S}},
        {"GET enrollmentmanagement-api /v1/enrollments", {S}},
        {"POST enrollmentmanagement-api /v1/enrollments", {S}},
        {"GET enrollmentmanagement-api /v1/enrollments/:enrollmentId", {S}},
        {"GET enrollmentmanagement-api /v1/paymentcustomermethods/:userId", {S}},
        {"GET enrollmentmanagement-api /v1/paymentcustomers", {S}},
        {"GET enrollmentmanagement-api /v1/paymentcustomers/:userId", {S}},
        {"PATCH enrollmentmanagement-api /v1/refreshenrollmentpayment/:enrollmentId", {S, Others::NotOwner}},
        {"GET enrollmentmanagement-api /v1/refundrequests", {S}},
        {"POST enrollmentmanagement-api /v1/refundrequests", {S, Others::NotOwner}},
        {"PATCH enrollmentmanagement-api /v1/refundrequests/:refundRequestId", {A}},
        {"GET enrollmentmanagement-api /v1/refundrequests/:refundRequestId", {S}},
        {"PATCH enrollmentmanagement-api /v1/startenrollmentpayment/:enrollmentId", {S, Others::NotOwner}},
        // the Stripe test-mode simulator (C10-C12): Stripe's publishable key or the intent's client_secret, no TutorHub token
        {"POST stripe /v1/payment_methods", {P}},
        {"GET stripe /v1/payment_intents/:paymentIntentId", {P}},
        {"POST stripe /v1/payment_intents/:paymentIntentId/confirm", {P, Others::NotOwner}},
        {"GET stripe /3d_secure/:paymentIntentId", {P}},
        {"POST stripe /3d_secure/:paymentIntentId/:outcome", {P, Others::NotOwner}},
        {"GET stripe /return", {P}},
        // messaging
        {"POST messaging-api /v1/conversations", {S, Others::NotOwner}},
        {"PATCH messaging-api /v1/conversations/:conversationId", {A}},
        {"GET messaging-api /v1/conversations/:conversationId", {S}},
        {"GET messaging-api /v1/myconversations", {S}},
        {"POST messaging-api /v1/sendsystemmessage", {M2M}},
        {"GET messaging-api /v1/v1/chat-messages", {S}},
        {"POST messaging-api /v1/v1/chat-messages", {S, Others::NotOwner}},
        {"DELETE messaging-api /v1/v1/chat-messages/:id", {S, Others::NotOwner}},
        {"GET messaging-api /v1/v1/chat-messages/:id", {S}},
        {"PATCH messaging-api /v1/v1/chat-messages/:id", {S, Others::NotOwner}},
        // notification
        {"POST notification-api /devices/register", {S}},
        {"DELETE notification-api /devices/unregister/:deviceId", {S, Others::NotOwner}},
        {"POST notification-api /notifications", {A}}, {"GET notification-api /notifications", {S}},
        {"POST notification-api /notifications/seen", {S}},
        // agentHub
        {"GET agenthub-api /v1/agentoverrides", {A}}, {"GET agenthub-api /v1/agentoverride/:sys_agentOverrideId", {A}},
        {"POST agenthub-api /v1/agentoverride", {A}}, {"PATCH agenthub-api /v1/agentoverride/:sys_agentOverrideId", {A}},
        {"DELETE agenthub-api /v1/agentoverride/:sys_agentOverrideId", {A}}, {"GET agenthub-api /v1/toolcatalog", {A}},
        {"GET agenthub-api /v1/toolcatalogentry/:sys_toolCatalogId", {A}}, {"GET agenthub-api /v1/agentexecutions", {A}},
        {"GET agenthub-api /v1/agentexecution/:sys_agentExecutionId", {A}},
        // platformAdmin
        {"GET platformadmin-api /v1/adminanalyticsreports", {A}}, {"POST platformadmin-api /v1/adminanalyticsreports", {A}},
        {"GET platformadmin-api /v1/adminanalyticsreports/:adminAnalyticsReportId", {A}},
        {"GET platformadmin-api /v1/adminissues", {A}}, {"POST platformadmin-api /v1/adminissues", {S}},
        {"PATCH platformadmin-api /v1/adminissues/:adminIssueId", {A}},
        {"GET platformadmin-api /v1/adminissues/:adminIssueId", {S}},
        {"GET platformadmin-api /v1/adminmoderationactions", {A}}, {"POST platformadmin-api /v1/adminmoderationactions", {A}},
        {"GET platformadmin-api /v1/adminmoderationactions/:adminModerationActionId", {A}},
        {"GET platformadmin-api /v1/myissues", {S}},
        // tutorCatalog
        {"GET tutorcatalog-api /coursematerialfiles/:accessKey", {S}},
        {"POST tutorcatalog-api /v1/coursecategories", {A}}, {"GET tutorcatalog-api /v1/coursecategories", {P}},
        {"DELETE tutorcatalog-api /v1/coursecategories/:courseCategoryId", {A}},
        {"PATCH tutorcatalog-api /v1/coursecategories/:courseCategoryId", {A}},
        {"GET tutorcatalog-api /v1/coursecategories/:name", {P}},
        {"POST tutorcatalog-api /v1/coursematerialfiles", {S, Others::NotOwner}},
        {"GET tutorcatalog-api /v1/coursematerials", {S}},
        {"POST tutorcatalog-api /v1/coursematerials", {S, Others::NotOwner}},
        {"DELETE tutorcatalog-api /v1/coursematerials/:courseMaterialId", {S, Others::NotOwner}},
        {"GET tutorcatalog-api /v1/coursematerials/:courseMaterialId", {S}},
        {"PATCH tutorcatalog-api /v1/coursematerials/:courseMaterialId", {S, Others::NotOwner}},
        {"GET tutorcatalog-api /v1/coursepacks", {P}}, {"POST tutorcatalog-api /v1/coursepacks", {S, Others::NotOwner}},
        {"GET tutorcatalog-api /v1/coursepacks/:coursePackId", {P}},
        {"DELETE tutorcatalog-api /v1/coursepacks/:coursePackId", {S, Others::NotOwner}},
        {"PATCH tutorcatalog-api /v1/coursepacks/:coursePackId", {S, Others::NotOwner}},
        {"POST tutorcatalog-api /v1/ontutorapplicationreviewed", {A}},
        {"POST tutorcatalog-api /v1/tutorprofiles", {A}}, {"GET tutorcatalog-api /v1/tutorprofiles", {P}},
        {"GET tutorcatalog-api /v1/tutorprofiles/:tutorProfileId", {P}},
        {"PATCH tutorcatalog-api /v1/tutorprofiles/:tutorProfileId", {S, Others::NotOwner}},
    };
    return t;
}

// The BFF's indices and their access; each has the generic routes below (views: list and get).
const QHash<QString, Access> &bffIndices()
{
    static const QHash<QString, Access> t{
        {"user", S}, {"userAvatarsFile", S}, {"tutorProfile", P}, {"coursePack", P}, {"courseMaterial", S},
        {"courseCategory", P}, {"availability", S}, {"lessonSlot", S}, {"preliminaryMeeting", S}, {"enrollment", S},
        {"refundRequest", S}, {"sys_enrollmentPayment", S}, {"sys_paymentCustomer", S}, {"sys_paymentMethod", S},
        {"adminIssue", S}, {"adminModerationAction", A}, {"adminAnalyticsReport", A}, {"conversation", S},
        {"chatMessage", S}, {"chatModeration", A}, {"notification", S}, {"device", S}, {"sys_agentOverride", A},
        {"sys_agentExecution", A}, {"sys_toolCatalog", A}, {"publicTutorProfileView", P}, {"publicCoursePackView", P},
        {"publicCourseCategoryView", P}, {"issueReportStatusChangedView", S}, {"contentModerationActionView", A},
        {"adminDashboardStatsView", A}, {"enrollmentNotificationView", S}, {"tutorDashboardCoursesView", S},
        {"refundNotificationView", S}, {"studentEnrollmentDashboardView", S}, {"preliminaryScreeningDecisionView", S},
        {"enrollmentRequiresScreeningView", S}, {"deneme", S},
    };
    return t;
}

std::optional<Expect> expected(const Route &r)
{
    const QString key = QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(r.method), r.segment, r.pattern);
    if (table().contains(key))
        return table().value(key);
    if (r.segment != QLatin1String("bff-api"))
        return std::nullopt;
    const QString index = r.pattern.section(QLatin1Char('/'), 1, 1);
    if (!bffIndices().contains(index))
        return std::nullopt;
    const Access a = bffIndices().value(index);
    static const QStringList generic{QStringLiteral(""), QStringLiteral("/:id"), QStringLiteral("/list"), QStringLiteral("/count"),
                                     QStringLiteral("/schema")};
    static const QStringList filters{QStringLiteral("/filters"), QStringLiteral("/filters/:filterId")};
    const QString rest = r.pattern.mid(index.size() + 1);
    if (generic.contains(rest))
        return Expect{a};
    if (filters.contains(rest)) // saved filters are the caller's own
        return Expect{a == A ? A : S};
    return std::nullopt;
}

struct Actor
{
    QString name;
    QVariantMap user; // empty: anonymous
    QString id() const { return user.value(QStringLiteral("id")).toString(); }
};

} // namespace

class TestServerPermissions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
    Actor m_anonymous{QStringLiteral("anonymous"), {}};
    Actor m_student, m_otherStudent, m_tutor, m_otherTutor, m_admin;
    QHash<QString, QString> m_ids;  // path parameter -> the owner's object id
    QHash<QString, QString> m_bff;  // BFF index -> the owner's object id
    QStringList m_secrets;          // the owner's private data
    int m_calls = 0;

    Response call(const Actor &who, const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                  const QJsonObject &body = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"content-type", "application/json"}};
        if (!who.user.isEmpty()) // a fresh session per call: logout or relogin in one call does not end the next
            headers.append({"authorization", "Bearer " + m_server->sessions().create(who.user).token.toLatin1()});
        QUrl url = m_server->baseUrl();
        url.setPath(path);
        url.setQuery(query);
        const QByteArray payload = method == "GET" || method == "DELETE" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        Request req = requestFromHttp(method, url, query, headers, payload, m_server->baseUrl().toString());
        ++m_calls;
        return m_server->router().dispatch(req);
    }

    QJsonObject data(const Response &r)
    {
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        return o.value(o.value(QStringLiteral("dataName")).toString()).toObject();
    }

    // A call that must succeed during set-up; returns its payload.
    QJsonObject must(const Actor &who, const QByteArray &method, const QString &path, const QJsonObject &body = {},
                     const QUrlQuery &query = {})
    {
        const Response r = call(who, method, path, query, body);
        if (r.status / 100 != 2)
            qFatal("set-up call %s %s as %s failed: %d %s", method.constData(), qPrintable(path), qPrintable(who.name), r.status,
                   r.body.constData());
        return data(r);
    }

    QVariantMap userByEmail(const QString &email)
    {
        const auto u = m_server->repository().findOne(userSchema(), QStringLiteral("email = ?"), {email});
        if (!u)
            qFatal("no user %s", qPrintable(email));
        return *u;
    }

    Actor newStudent(const QString &name, const QString &email)
    {
        must(m_admin, "POST", QStringLiteral("/auth-api/v1/users"),
             {{QStringLiteral("email"), email}, {QStringLiteral("password"), QStringLiteral("matrix-pass-1")}, {QStringLiteral("fullname"), name}});
        return {name, userByEmail(email)};
    }

    QString scalar(const QString &sql, const QVariantList &binds)
    {
        QSqlQuery q = m_server->repository().exec(sql, binds);
        return q.next() ? q.value(0).toString() : QString();
    }

    // The owner's ids in a path; the others' mutating calls in the matrix use them.
    QString fill(const QString &pattern, const QHash<QString, QString> &ids)
    {
        QStringList parts = pattern.split(QLatin1Char('/'));
        for (QString &p : parts)
            if (p.startsWith(QLatin1Char(':')))
                p = ids.value(p.mid(1), QUuid::createUuid().toString(QUuid::WithoutBraces));
        return parts.join(QLatin1Char('/'));
    }

    QJsonObject ownerBody() const
    {
        return {{QStringLiteral("enrollmentId"), m_ids.value("enrollmentId")},
                {QStringLiteral("coursePackId"), m_ids.value("coursePackId")},
                {QStringLiteral("tutorProfileId"), m_ids.value("tutorProfileId")},
                {QStringLiteral("lessonSlotIds"), QJsonArray{m_ids.value("lessonSlotId")}},
                {QStringLiteral("studentId"), m_student.id()},
                {QStringLiteral("userId"), m_student.id()},
                {QStringLiteral("roomId"), m_ids.value("conversationId")},
                {QStringLiteral("participantA"), m_student.id()},
                {QStringLiteral("participantB"), m_tutor.id()},
                {QStringLiteral("conversationType"), QStringLiteral("studentTutor")},
                {QStringLiteral("content"), QJsonObject{{QStringLiteral("text"), QStringLiteral("hijack")}}},
                {QStringLiteral("status"), QStringLiteral("canceled")},
                {QStringLiteral("title"), QStringLiteral("Hijacked")},
                {QStringLiteral("fileType"), QStringLiteral("externalLink")},
                {QStringLiteral("linkUrl"), QStringLiteral("https://hijack.example/")},
                {QStringLiteral("scheduledDate"), QDate::currentDate().addDays(300).toString(Qt::ISODate)},
                {QStringLiteral("scheduledTime"), QStringLiteral("10:00")},
                {QStringLiteral("dayOfWeek"), 3},
                {QStringLiteral("startTime"), QStringLiteral("10:00")},
                {QStringLiteral("endTime"), QStringLiteral("12:00")},
                {QStringLiteral("startsAt"), QDate::currentDate().addDays(300).toString(Qt::ISODate) + QStringLiteral("T00:00:00Z")},
                {QStringLiteral("endsAt"), QDate::currentDate().addDays(301).toString(Qt::ISODate) + QStringLiteral("T00:00:00Z")},
                {QStringLiteral("from"), QDate::currentDate().addDays(300).toString(Qt::ISODate)},
                {QStringLiteral("to"), QDate::currentDate().addDays(301).toString(Qt::ISODate)},
                {QStringLiteral("reason"), QStringLiteral("hijack")},
                {QStringLiteral("bio"), QStringLiteral("hijack")},
                {QStringLiteral("fullname"), QStringLiteral("Hijacked")},
                {QStringLiteral("oldPassword"), QStringLiteral("matrix-pass-1")},
                {QStringLiteral("newPassword"), QStringLiteral("hijacked-pass-1")},
                {QStringLiteral("approve"), true},
                {QStringLiteral("paymentUserParams"), QJsonObject{{QStringLiteral("paymentMethodId"), m_ids.value("paymentMethodId")}}}};
    }

    QStringList leaks(const Response &r) const
    {
        QStringList found;
        for (const QString &s : m_secrets)
            if (r.body.contains(s.toUtf8()))
                found << s;
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ServerOptions o;
        o.dataDir = m_dir.path();
        o.demo = true;
        o.logRequests = false;
        m_server = std::make_unique<Server>(o);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));

        m_admin = {QStringLiteral("admin"), userByEmail(QStringLiteral("admin@tutorhub.local"))};
        m_tutor = {QStringLiteral("tutor"), userByEmail(QStringLiteral("maria.keller@tutorhub.local"))};
        m_otherTutor = {QStringLiteral("other tutor"), userByEmail(QStringLiteral("james.okafor@tutorhub.local"))};
        const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(10);
        m_student = newStudent(QStringLiteral("Owner Student"), QStringLiteral("owner.%1@matrix.example").arg(tag));
        m_otherStudent = newStudent(QStringLiteral("Other Student"), QStringLiteral("other.%1@matrix.example").arg(tag));

        // The tutor's pack with two lessons and a material; the student books and pays them.
        const QString profile = scalar(QStringLiteral("SELECT id FROM tutorProfiles WHERE tutorId = ?"), {m_tutor.id()});
        const QString category = scalar(QStringLiteral("SELECT name FROM courseCategories WHERE isActive = 1 LIMIT 1"), {});
        const QJsonObject pack = must(m_tutor, "POST", QStringLiteral("/tutorcatalog-api/v1/coursepacks"),
                                      {{QStringLiteral("tutorProfileId"), profile}, {QStringLiteral("title"), QStringLiteral("Matrix pack ") + tag},
                                       {QStringLiteral("price"), 30.0}, {QStringLiteral("category"), category},
                                       {QStringLiteral("schedulingType"), QStringLiteral("flexible")},
                                       {QStringLiteral("preliminaryMeetingRequired"), false}, {QStringLiteral("isPublished"), true}});
        const QString packId = pack.value(QStringLiteral("id")).toString();
        QStringList lessonIds;
        for (int i = 0; i < 2; ++i)
            lessonIds << must(m_tutor, "POST", QStringLiteral("/coursescheduling-api/v1/lessonslots"),
                          {{QStringLiteral("coursePackId"), packId},
                           {QStringLiteral("scheduledDate"), QDate::currentDate().addDays(200 + i).toString(Qt::ISODate)},
                           {QStringLiteral("scheduledTime"), QStringLiteral("15:00")}})
                         .value(QStringLiteral("id")).toString();
        const QString materialTitle = QStringLiteral("Matrix material ") + tag;
        const QString materialLink = QStringLiteral("https://material.example/") + tag;
        const QString material = must(m_tutor, "POST", QStringLiteral("/tutorcatalog-api/v1/coursematerials"),
                                      {{QStringLiteral("coursePackId"), packId}, {QStringLiteral("title"), materialTitle},
                                       {QStringLiteral("fileType"), QStringLiteral("externalLink")}, {QStringLiteral("linkUrl"), materialLink}})
                                     .value(QStringLiteral("id")).toString();
        const QString busyTime = must(m_tutor, "POST", QStringLiteral("/coursescheduling-api/v1/busytimes"),
                                      {{QStringLiteral("tutorProfileId"), profile},
                                       {QStringLiteral("startsAt"), QDate::currentDate().addDays(250).toString(Qt::ISODate) + QStringLiteral("T00:00:00Z")},
                                       {QStringLiteral("endsAt"), QDate::currentDate().addDays(251).toString(Qt::ISODate) + QStringLiteral("T00:00:00Z")},
                                       {QStringLiteral("title"), QStringLiteral("Matrix busy")}})
                                     .value(QStringLiteral("id")).toString();
        const QString enrollment = must(m_student, "POST", QStringLiteral("/enrollmentmanagement-api/v1/enrollments"),
                                        {{QStringLiteral("coursePackId"), packId}, {QStringLiteral("tutorProfileId"), profile},
                                         {QStringLiteral("lessonSlotIds"), QJsonArray::fromStringList(lessonIds)},
                                         {QStringLiteral("totalAmount"), 60.0}, {QStringLiteral("currency"), QStringLiteral("EUR")}})
                                       .value(QStringLiteral("id")).toString();
        // The card goes to the Stripe simulator (form-encoded, publishable key), as the app sends it.
        QUrl stripeUrl = m_server->baseUrl();
        stripeUrl.setPath(QStringLiteral("/stripe/v1/payment_methods"));
        Request pmReq = requestFromHttp("POST", stripeUrl, {},
                                        {{"content-type", "application/x-www-form-urlencoded"}, {"authorization", "Bearer pk_test_tutorhub_local"}},
                                        "type=card&card%5Bnumber%5D=4242424242424242&card%5Bexp_month%5D=12&card%5Bexp_year%5D="
                                            + QByteArray::number(QDate::currentDate().year() + 3) + "&card%5Bcvc%5D=123",
                                        m_server->baseUrl().toString());
        const Response pmAnswer = m_server->router().dispatch(pmReq);
        QCOMPARE(pmAnswer.status, 200);
        const QString pm = QJsonDocument::fromJson(pmAnswer.body).object().value(QStringLiteral("id")).toString();
        const Response started = call(m_student, "PATCH", QStringLiteral("/enrollmentmanagement-api/v1/startenrollmentpayment/") + enrollment, {},
                                      {{QStringLiteral("paymentUserParams"), QJsonObject{{QStringLiteral("paymentMethodId"), pm},
                                                                                         {QStringLiteral("savePaymentMethod"), true}}}});
        QCOMPARE(started.status, 200);
        const QJsonObject intent = QJsonDocument::fromJson(started.body).object().value(QStringLiteral("paymentResult")).toObject()
                                       .value(QStringLiteral("paymentIntentInfo")).toObject();
        const QString clientSecret = intent.value(QStringLiteral("client_secret")).toString();
        QVERIFY2(!clientSecret.isEmpty(), started.body.constData()); // the payer sees it (SEC44)
        stripeUrl.setPath(QStringLiteral("/stripe/v1/payment_intents/%1/confirm").arg(intent.value(QStringLiteral("id")).toString()));
        Request confirmReq = requestFromHttp("POST", stripeUrl, {},
                                             {{"content-type", "application/x-www-form-urlencoded"}, {"authorization", "Bearer pk_test_tutorhub_local"}},
                                             "client_secret=" + QUrl::toPercentEncoding(clientSecret), m_server->baseUrl().toString());
        QCOMPARE(m_server->router().dispatch(confirmReq).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT paymentStatus FROM enrollments WHERE id = ?"), {enrollment}),
                                  QStringLiteral("paid"), 10000);
        const QString paymentId = intent.value(QStringLiteral("id")).toString();
        const QString address = QStringLiteral("Flat 7, Matrix Street ") + tag;
        must(m_student, "PATCH", QStringLiteral("/coursescheduling-api/v1/lessonslots/") + lessonIds.at(1),
             {{QStringLiteral("locationType"), QStringLiteral("studentHome")}, {QStringLiteral("locationDetails"), address}});
        const QString meetLink = scalar(QStringLiteral("SELECT meetLink FROM lessonSlots WHERE id = ?"), {lessonIds.at(0)});
        QVERIFY2(meetLink.startsWith(QLatin1String("https://")), qPrintable(meetLink)); // generated at booking (rule 26)

        // A conversation with a message, an issue, a device and an avatar of the student.
        const QString conversation = must(m_student, "POST", QStringLiteral("/messaging-api/v1/conversations"),
                                          {{QStringLiteral("conversationType"), QStringLiteral("studentTutor")},
                                           {QStringLiteral("participantA"), m_student.id()}, {QStringLiteral("participantB"), m_tutor.id()},
                                           {QStringLiteral("enrollmentId"), enrollment}})
                                         .value(QStringLiteral("id")).toString();
        const QString chatText = QStringLiteral("Matrix chat ") + tag;
        const QString message = must(m_student, "POST", QStringLiteral("/messaging-api/v1/v1/chat-messages"),
                                     {{QStringLiteral("roomId"), conversation},
                                      {QStringLiteral("content"), QJsonObject{{QStringLiteral("text"), chatText}}}})
                                    .value(QStringLiteral("id")).toString();
        const QString issueText = QStringLiteral("Matrix issue ") + tag;
        const QString issue = must(m_student, "POST", QStringLiteral("/platformadmin-api/v1/adminissues"),
                                   {{QStringLiteral("issueType"), QStringLiteral("content")}, {QStringLiteral("coursePackId"), packId},
                                    {QStringLiteral("description"), issueText}})
                                  .value(QStringLiteral("id")).toString();
        const QString deviceToken = QStringLiteral("matrix-device-") + tag;
        const QString device = must(m_student, "POST", QStringLiteral("/notification-api/devices/register"),
                                    {{QStringLiteral("device"), QJsonObject{{QStringLiteral("deviceToken"), deviceToken},
                                                                           {QStringLiteral("platform"), QStringLiteral("android")}}}})
                                   .value(QStringLiteral("id")).toString();
        const QString avatar = scalar(QStringLiteral("SELECT id FROM userAvatarsFiles WHERE isActive = 1 LIMIT 1"), {});

        m_ids = {{"userId", m_student.id()},
                 {"coursePackId", packId},
                 {"courseMaterialId", material},
                 {"lessonSlotId", lessonIds.at(0)},
                 {"enrollmentId", enrollment},
                 {"orderId", enrollment},
                 {"paymentId", paymentId},
                 {"paymentIntentId", paymentId},
                 {"paymentMethodId", pm},
                 {"sys_enrollmentPaymentId", scalar(QStringLiteral("SELECT id FROM sys_enrollmentPayments WHERE orderId = ?"), {enrollment})},
                 {"conversationId", conversation},
                 {"id", message},
                 {"adminIssueId", issue},
                 {"deviceId", device},
                 {"tutorProfileId", profile},
                 {"busyTimeId", busyTime},
                 {"availabilityId", scalar(QStringLiteral("SELECT id FROM availabilities WHERE tutorProfileId = ? LIMIT 1"), {profile})},
                 {"userAvatarsFileId", avatar},
                 {"accessKey", scalar(QStringLiteral("SELECT accessKey FROM userAvatarsFiles WHERE id = ?"), {avatar})},
                 {"name", category},
                 {"permissionName", QStringLiteral("enrollment")}};
        m_bff = {{"user", m_student.id()}, {"courseMaterial", material}, {"lessonSlot", lessonIds.at(0)}, {"enrollment", enrollment},
                 {"sys_enrollmentPayment", m_ids.value("sys_enrollmentPaymentId")}, {"conversation", conversation},
                 {"chatMessage", message}, {"adminIssue", issue}, {"device", device}, {"coursePack", packId},
                 {"tutorProfile", profile}, {"studentEnrollmentDashboardView", enrollment}, {"enrollmentNotificationView", enrollment},
                 {"sys_paymentMethod", scalar(QStringLiteral("SELECT id FROM sys_paymentMethods WHERE userId = ?"), {m_student.id()})},
                 {"sys_paymentCustomer", scalar(QStringLiteral("SELECT id FROM sys_paymentCustomers WHERE userId = ?"), {m_student.id()})}};
        m_secrets = {m_student.user.value(QStringLiteral("email")).toString(), paymentId, clientSecret, meetLink, address, chatText,
                     materialTitle, materialLink, deviceToken, issueText};
        for (const QString &s : std::as_const(m_secrets))
            QVERIFY2(!s.isEmpty(), "a secret of the fixture is empty");
        if (avatar.isEmpty()) { // the demo has default avatars only: the routes get ids that do not exist
            m_ids.remove(QStringLiteral("userAvatarsFileId"));
            m_ids.remove(QStringLiteral("accessKey"));
        }
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
    }

    // The table covers the route table exactly, with the routes' own access levels.
    void tableCoversEveryRoute()
    {
        QStringList missing, wrong;
        for (const Route &r : m_server->router().routes()) {
            const QString key = QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(r.method), r.segment, r.pattern);
            const auto e = expected(r);
            if (!e)
                missing << key;
            else if (e->access != r.access)
                wrong << key;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("routes missing from the permission table:\n") + missing.join(QLatin1Char('\n'))));
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("access differs from the table:\n") + wrong.join(QLatin1Char('\n'))));
        QVERIFY(m_server->router().routes().size() > 400);
    }

    void matrix()
    {
        const QList<const Actor *> outsiders{&m_anonymous, &m_otherStudent, &m_otherTutor};
        const QList<const Actor *> insiders{&m_student, &m_tutor, &m_admin};
        const QList<QUrlQuery> filters{
            QUrlQuery(),
            QUrlQuery(QStringLiteral("studentId=%1").arg(m_student.id())),
            QUrlQuery(QStringLiteral("coursePackId=%1").arg(m_ids.value("coursePackId"))),
            QUrlQuery(QStringLiteral("roomId=%1").arg(m_ids.value("conversationId"))),
            QUrlQuery(QStringLiteral("enrollmentId=%1").arg(m_ids.value("enrollmentId"))),
            QUrlQuery(QStringLiteral("userId=%1&isActive=false").arg(m_student.id())),
        };
        QStringList failures;
        int routes = 0;
        for (const Route &r : m_server->router().routes()) {
            const auto e = expected(r);
            if (!e)
                continue; // reported by tableCoversEveryRoute
            ++routes;
            const QString segment = r.segment == QLatin1String("*") ? QStringLiteral("platformadmin-api") : r.segment;
            QHash<QString, QString> ids = m_ids;
            if (r.segment == QLatin1String("bff-api")) {
                const QString own = m_bff.value(r.pattern.section(QLatin1Char('/'), 1, 1));
                if (own.isEmpty())
                    ids.remove(QStringLiteral("id")); // no object of the owner there: an id that does not exist
                else
                    ids.insert(QStringLiteral("id"), own);
            }
            const QString ownerPath = QLatin1Char('/') + segment + fill(r.pattern, ids);
            const QString strangerPath = QLatin1Char('/') + segment + fill(r.pattern, {});
            const bool reads = r.method == "GET";
            const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(r.method), r.pattern);
            auto check = [&](const Actor &who, const Response &res, bool ownerIds) {
                const QString tag = QStringLiteral("%1 as %2 -> %3").arg(what, who.name).arg(res.status);
                if (res.status >= 500)
                    failures << tag + QStringLiteral(" (server error) ") + QString::fromUtf8(res.body.left(200));
                if (who.user.isEmpty() && r.access != P && res.status != 401)
                    failures << tag + QStringLiteral(" (anonymous must get 401)");
                const bool admin = &who == &m_admin;
                if (!who.user.isEmpty() && r.access == A && !admin && res.status != 403)
                    failures << tag + QStringLiteral(" (admin route: 403 expected)");
                if (admin && (res.status == 401 || res.status == 403) && r.access == A)
                    failures << tag + QStringLiteral(" (the admin is refused on an admin route)");
                if (!who.user.isEmpty() && r.access == M2M && res.status != 403)
                    failures << tag + QStringLiteral(" (machine-to-machine route: every user token gets 403)");
                const bool outsider = &who == &m_anonymous || &who == &m_otherStudent || &who == &m_otherTutor;
                if (outsider && ownerIds && !reads && e->others == Others::NotOwner && res.status / 100 == 2)
                    failures << tag + QStringLiteral(" (acted on the owner's object) ") + QString::fromUtf8(res.body.left(200));
                if (outsider) {
                    const QStringList leaked = leaks(res);
                    if (!leaked.isEmpty())
                        failures << tag + QStringLiteral(" (leaks %1)").arg(leaked.join(QStringLiteral(", ")));
                }
            };
            for (const Actor *who : outsiders) {
                if (reads) {
                    for (const QUrlQuery &q : filters)
                        check(*who, call(*who, r.method, ownerPath, q), true);
                } else {
                    check(*who, call(*who, r.method, ownerPath, {}, ownerBody()), true);
                }
            }
            // The owners and the admin: reads on the owner's objects, changes only on ids that do
            // not exist (nothing of the fixture is changed), so every route is called by all six.
            for (const Actor *who : insiders)
                check(*who, reads ? call(*who, r.method, ownerPath) : call(*who, r.method, strangerPath, {}, {}), reads);
        }
        qInfo("permission matrix: %d routes, %d calls", routes, m_calls);
        failures.removeDuplicates();
        for (const QString &f : std::as_const(failures))
            qWarning("%s", qPrintable(f));
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 failures (listed above)").arg(failures.size())));
    }

    // The fixture's secrets are really the owner's: the owner and the admin see them.
    void secretsAreVisibleToTheOwner()
    {
        const Response e = call(m_student, "GET", QStringLiteral("/enrollmentmanagement-api/v1/enrollments/") + m_ids.value("enrollmentId"));
        QCOMPARE(e.status, 200);
        const Response lessonIds = call(m_student, "GET", QStringLiteral("/coursescheduling-api/v1/lessonslots"),
                                    QUrlQuery(QStringLiteral("studentId=%1").arg(m_student.id())));
        QVERIFY(lessonIds.body.contains(m_secrets.at(3).toUtf8())); // meet link
        QVERIFY(lessonIds.body.contains(m_secrets.at(4).toUtf8())); // address
        const Response chat = call(m_tutor, "GET", QStringLiteral("/messaging-api/v1/v1/chat-messages"),
                                   QUrlQuery(QStringLiteral("roomId=%1").arg(m_ids.value("conversationId"))));
        QVERIFY(chat.body.contains(m_secrets.at(5).toUtf8()));
        const Response material = call(m_student, "GET", QStringLiteral("/tutorcatalog-api/v1/coursematerials/") + m_ids.value("courseMaterialId"));
        QVERIFY(material.body.contains(m_secrets.at(6).toUtf8()));
        const Response user = call(m_admin, "GET", QStringLiteral("/auth-api/v1/users/") + m_student.id());
        QVERIFY(user.body.contains(m_secrets.at(0).toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestServerPermissions)
#include "tst_server_permissions.moc"
