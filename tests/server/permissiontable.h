// The permission matrix's expectations (issue 12, SEC46): the access level of every route the server's Router holds,
// as data (table(), bffIndices(), expected()), and the in-process demo server the permission suites start.
// tst_server_permissiontable checks that the table covers the route table exactly; tst_server_permissions calls
// every route as six users against it.
#pragma once

#include "../support/postgrestest.h"
#include "http/router.h"
#include "server.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace tutorhub::server::permissions {

// May the other student / other tutor get 2xx on this route when its ids (path and body) are the owner's?
enum class Others { Any, NotOwner };

struct Expect
{
    Access access;
    Others others = Others::Any;
};

inline constexpr Access P = Access::Public;
inline constexpr Access S = Access::SignedIn;
inline constexpr Access A = Access::Admin;
inline constexpr Access M2M = Access::Machine; // no user token at all, an admin's neither (API.md §3.5, C27)

// Every non-BFF route: "METHOD segment pattern" ("*" = every segment).
inline const QHash<QString, Expect> &table()
{
    static const QHash<QString, Expect> t {
        // common routes (every segment)
        {"GET * /health", {P}},
        {"GET * /currentuser", {P}},
        {"GET * /permissions", {P}},
        {"GET * /permissions/:permissionName", {P}},
        // auth
        {"POST auth-api /login", {P}},
        {"POST auth-api /logout", {P}},
        {"GET auth-api /relogin", {P}},
        {"GET auth-api /publickey", {P}},
        {"GET auth-api /useravatars/:accessKey", {P}},
        {"GET auth-api /instanceproof", {P}},
        {"GET auth-api /extensions", {P}},
        {"PATCH auth-api /v1/applyastutor/:userId", {S, Others::NotOwner}},
        {"DELETE auth-api /v1/archiveprofile/:userId", {S, Others::NotOwner}},
        {"GET auth-api /v1/briefuser/:userId", {P}},
        {"PATCH auth-api /v1/profile/:userId", {S, Others::NotOwner}},
        {"POST auth-api /v1/registeruser", {P}},
        {"PATCH auth-api /v1/reviewtutorapplication/:userId", {A}},
        {"GET auth-api /v1/searchusers", {A}},
        {"GET auth-api /v1/streamtest/:userId", {A}},
        {"GET auth-api /v1/useravatarsfiles", {S}},
        {"POST auth-api /v1/useravatarsfiles", {S}},
        {"DELETE auth-api /v1/useravatarsfiles/:userAvatarsFileId", {S, Others::NotOwner}},
        {"GET auth-api /v1/useravatarsfiles/:userAvatarsFileId", {S}},
        {"PATCH auth-api /v1/userpassword/:userId", {S, Others::NotOwner}},
        {"PATCH auth-api /v1/userpasswordbyadmin/:userId", {A}},
        {"PATCH auth-api /v1/userrole/:userId", {A}},
        {"GET auth-api /v1/users", {A}},
        {"POST auth-api /v1/users", {A}},
        {"DELETE auth-api /v1/users/:userId", {A}},
        {"PATCH auth-api /v1/users/:userId", {A}},
        {"GET auth-api /v1/users/:userId", {S}},
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
        // screening proposals (a local extension, U20): the meeting's student, the pack's tutor and admins only
        {"GET coursescheduling-api /v1/screeningproposals/:preliminaryMeetingId", {S, Others::NotOwner}},
        {"POST coursescheduling-api /v1/screeningproposals/:preliminaryMeetingId", {S, Others::NotOwner}},
        {"POST coursescheduling-api /v1/acceptscreeningproposal/:screeningProposalId", {S, Others::NotOwner}},
        // enrollmentManagement and payments
        {"POST enrollmentmanagement-api /v1/adminrefundenrollment", {A}},
        {"POST enrollmentmanagement-api /v1/callbackenrollmentpayment",
         {P, Others::NotOwner}}, // signed webhook or a signed-in replay (C13)
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
        // the Stripe test-mode simulator (C10-C12): Stripe's publishable key or the intent's client_secret, no TutorHub
        // token
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
        // chat attachments (a local extension, U50-U55): participants upload, participants and admins download
        {"POST messaging-api /v1/chatfiles", {S, Others::NotOwner}},
        {"GET messaging-api /v1/chatfiles/:chatFileId", {S}},
        // notification
        {"POST notification-api /devices/register", {S}},
        {"DELETE notification-api /devices/unregister/:deviceId", {S, Others::NotOwner}},
        {"POST notification-api /notifications", {A}},
        {"GET notification-api /notifications", {S}},
        {"POST notification-api /notifications/seen", {S}},
        // agentHub
        {"GET agenthub-api /v1/agentoverrides", {A}},
        {"GET agenthub-api /v1/agentoverride/:sys_agentOverrideId", {A}},
        {"POST agenthub-api /v1/agentoverride", {A}},
        {"PATCH agenthub-api /v1/agentoverride/:sys_agentOverrideId", {A}},
        {"DELETE agenthub-api /v1/agentoverride/:sys_agentOverrideId", {A}},
        {"GET agenthub-api /v1/toolcatalog", {A}},
        {"GET agenthub-api /v1/toolcatalogentry/:sys_toolCatalogId", {A}},
        {"GET agenthub-api /v1/agentexecutions", {A}},
        {"GET agenthub-api /v1/agentexecution/:sys_agentExecutionId", {A}},
        // platformAdmin
        {"GET platformadmin-api /v1/adminanalyticsreports", {A}},
        {"POST platformadmin-api /v1/adminanalyticsreports", {A}},
        {"GET platformadmin-api /v1/adminanalyticsreports/:adminAnalyticsReportId", {A}},
        {"GET platformadmin-api /v1/adminissues", {A}},
        {"POST platformadmin-api /v1/adminissues", {S}},
        {"PATCH platformadmin-api /v1/adminissues/:adminIssueId", {A}},
        {"GET platformadmin-api /v1/adminissues/:adminIssueId", {S}},
        {"GET platformadmin-api /v1/adminmoderationactions", {A}},
        {"POST platformadmin-api /v1/adminmoderationactions", {A}},
        {"GET platformadmin-api /v1/adminmoderationactions/:adminModerationActionId", {A}},
        {"GET platformadmin-api /v1/myissues", {S}},
        // tutorCatalog
        {"GET tutorcatalog-api /coursematerialfiles/:accessKey", {S}},
        {"POST tutorcatalog-api /v1/coursecategories", {A}},
        {"GET tutorcatalog-api /v1/coursecategories", {P}},
        {"DELETE tutorcatalog-api /v1/coursecategories/:courseCategoryId", {A}},
        {"PATCH tutorcatalog-api /v1/coursecategories/:courseCategoryId", {A}},
        {"GET tutorcatalog-api /v1/coursecategories/:name", {P}},
        {"POST tutorcatalog-api /v1/coursematerialfiles", {S, Others::NotOwner}},
        {"GET tutorcatalog-api /v1/coursematerials", {S}},
        {"POST tutorcatalog-api /v1/coursematerials", {S, Others::NotOwner}},
        {"DELETE tutorcatalog-api /v1/coursematerials/:courseMaterialId", {S, Others::NotOwner}},
        {"GET tutorcatalog-api /v1/coursematerials/:courseMaterialId", {S}},
        {"PATCH tutorcatalog-api /v1/coursematerials/:courseMaterialId", {S, Others::NotOwner}},
        {"GET tutorcatalog-api /v1/coursepacks", {P}},
        {"POST tutorcatalog-api /v1/coursepacks", {S, Others::NotOwner}},
        {"GET tutorcatalog-api /v1/coursepacks/:coursePackId", {P}},
        {"DELETE tutorcatalog-api /v1/coursepacks/:coursePackId", {S, Others::NotOwner}},
        {"PATCH tutorcatalog-api /v1/coursepacks/:coursePackId", {S, Others::NotOwner}},
        {"POST tutorcatalog-api /v1/ontutorapplicationreviewed", {A}},
        {"POST tutorcatalog-api /v1/tutorprofiles", {A}},
        {"GET tutorcatalog-api /v1/tutorprofiles", {P}},
        {"GET tutorcatalog-api /v1/tutorprofiles/:tutorProfileId", {P}},
        {"PATCH tutorcatalog-api /v1/tutorprofiles/:tutorProfileId", {S, Others::NotOwner}},
    };
    return t;
}

// The BFF's indices and their access; each has the generic routes below (views: list and get).
inline const QHash<QString, Access> &bffIndices()
{
    static const QHash<QString, Access> t {
        {"user", S},
        {"userAvatarsFile", S},
        {"tutorProfile", P},
        {"coursePack", P},
        {"courseMaterial", S},
        {"courseCategory", P},
        {"availability", S},
        {"lessonSlot", S},
        {"preliminaryMeeting", S},
        {"enrollment", S},
        {"refundRequest", S},
        {"sys_enrollmentPayment", S},
        {"sys_paymentCustomer", S},
        {"sys_paymentMethod", S},
        {"adminIssue", S},
        {"adminModerationAction", A},
        {"adminAnalyticsReport", A},
        {"conversation", S},
        {"chatMessage", S},
        {"chatModeration", A},
        {"notification", S},
        {"device", S},
        {"sys_agentOverride", A},
        {"sys_agentExecution", A},
        {"sys_toolCatalog", A},
        {"publicTutorProfileView", P},
        {"publicCoursePackView", P},
        {"publicCourseCategoryView", P},
        {"issueReportStatusChangedView", S},
        {"contentModerationActionView", A},
        {"adminDashboardStatsView", A},
        {"enrollmentNotificationView", S},
        {"tutorDashboardCoursesView", S},
        {"refundNotificationView", S},
        {"studentEnrollmentDashboardView", S},
        {"preliminaryScreeningDecisionView", S},
        {"enrollmentRequiresScreeningView", S},
        {"deneme", S},
    };
    return t;
}

inline std::optional<Expect> expected(const Route &r)
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
    static const QStringList generic {QStringLiteral(""), QStringLiteral("/:id"), QStringLiteral("/list"),
                                      QStringLiteral("/count"), QStringLiteral("/schema")};
    static const QStringList filters {QStringLiteral("/filters"), QStringLiteral("/filters/:filterId")};
    const QString rest = r.pattern.mid(index.size() + 1);
    if (generic.contains(rest))
        return Expect {a};
    if (filters.contains(rest)) // saved filters are the caller's own
        return Expect {a == A ? A : S};
    return std::nullopt;
}

// A server in `dir` with demo data and no request log, started; nullptr (and *error) when it does not start.
inline std::unique_ptr<Server> startDemoServer(const QTemporaryDir &dir, QString *error)
{
    if (!dir.isValid()) {
        *error = QStringLiteral("no temporary data directory: ") + dir.errorString();
        return nullptr;
    }
    ServerOptions o;
    o.dataDir = dir.path();
    o.demo = true;
    o.logRequests = false;
    o.database = tutorhub::test::postgres::databaseFor(dir.path(), error); // <test>@postgresql (DB7)
    if (!error->isEmpty())
        return nullptr;
    auto server = std::make_unique<Server>(o);
    if (!server->start(error))
        return nullptr;
    return server;
}

} // namespace tutorhub::server::permissions
