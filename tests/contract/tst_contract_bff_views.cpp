// BFF named views (search indices with joins), aggregated views (dashboards, notification feeds) and
// saved filters (API.md §3.7, G51-G53).
#include "tst_contract_bff.h"

using namespace contract;

namespace {

bool containsId(const Reply &r, const QString &id)
{
    return idsOf(r).contains(id);
}

} // namespace

void TstContractBff::publicCoursePackViewIsACatalogCard()
{
    const Reply r
        = list(QStringLiteral("publicCoursePackView"), nullptr, {{QStringLiteral("limit"), QStringLiteral("1000")}});
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("publicCoursePackView"), "GET", QStringLiteral("list"),
                                   Shape::List, false));
    QVERIFY(rowsOf(r).size() >= 3);
    for (const QJsonValue &v : rowsOf(r)) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("isPublished")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("moderationStatus")).toString(), QStringLiteral("approved"));
        QVERIFY(!o.contains(QStringLiteral("moderationNote")));
        QVERIFY(!o.contains(QStringLiteral("removalReason")));
        const QJsonObject tutor = o.value(QStringLiteral("tutorProfile")).toObject();
        QCOMPARE(tutor.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("tutorProfileId")).toString());
        QVERIFY(!tutor.value(QStringLiteral("displayName")).toString().isEmpty());
        QVERIFY(tutor.value(QStringLiteral("avatar")).toString().startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(isInteger(o.value(QStringLiteral("freeSlotCount"))));
        QVERIFY(o.value(QStringLiteral("nextFreeSlotAt")).isNull()
                || isIsoUtc(o.value(QStringLiteral("nextFreeSlotAt"))));
        QVERIFY(o.contains(QStringLiteral("categoryIcon")));
    }
    // A pack the tutor unpublished leaves the public view (and its get) but stays in the tutor's dashboard.
    const Reply mine = m_server.get(kBff + QStringLiteral("tutorDashboardCoursesView"), m_maria.token);
    QString packId;
    for (const QJsonValue &v : rowsOf(mine))
        if (v.toObject().value(QStringLiteral("isPublished")).toBool())
            packId = v.toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!packId.isEmpty());
    EXPECT_STATUS(m_server.get(kBff + QStringLiteral("publicCoursePackView/") + packId), 200);
    const Reply un = m_server.patch(QStringLiteral("/tutorcatalog-api/v1/coursepacks/") + packId,
                                    {{QStringLiteral("isPublished"), false}}, m_maria.token);
    EXPECT_STATUS(un, 200);
    EXPECT_ERROR(m_server.get(kBff + QStringLiteral("publicCoursePackView/") + packId), 404,
                 "errMsg_FethcedObjectNotFound:publicCoursePackView");
    EXPECT_ERROR(m_server.get(kBff + QStringLiteral("publicCoursePackView/") + packId, m_admin.token), 404,
                 "errMsg_FethcedObjectNotFound:publicCoursePackView");
    QVERIFY(!containsId(
        list(QStringLiteral("publicCoursePackView"), nullptr, {{QStringLiteral("limit"), QStringLiteral("1000")}}),
        packId));
    QVERIFY(containsId(m_server.get(kBff + QStringLiteral("tutorDashboardCoursesView"), m_maria.token), packId));
    QVERIFY(containsId(
        list(QStringLiteral("coursePack"), &m_maria, {{QStringLiteral("limit"), QStringLiteral("1000")}}), packId));
    QVERIFY(!containsId(
        list(QStringLiteral("coursePack"), &m_fresh, {{QStringLiteral("limit"), QStringLiteral("1000")}}), packId));
    EXPECT_STATUS(m_server.patch(QStringLiteral("/tutorcatalog-api/v1/coursepacks/") + packId,
                                 {{QStringLiteral("isPublished"), true}}, m_maria.token),
                  200);
    EXPECT_STATUS(m_server.get(kBff + QStringLiteral("publicCoursePackView/") + packId), 200);
    // Price range and category on the view.
    const Reply cheap = postList(QStringLiteral("publicCoursePackView"), nullptr,
                                 {{QStringLiteral("filters"),
                                   QJsonObject {{QStringLiteral("price"), QJsonObject {{QStringLiteral("lt"), 46}}}}}});
    for (const QJsonValue &v : rowsOf(cheap))
        QVERIFY(v.toObject().value(QStringLiteral("price")).toDouble() < 46);
    EXPECT_ERROR(
        postList(QStringLiteral("publicCoursePackView"), nullptr,
                 {{QStringLiteral("filters"), QJsonObject {{QStringLiteral("moderationNote"), QStringLiteral("x")}}}}),
        400, "errMsg_InvalidParameter:filters.moderationNote");
}

void TstContractBff::publicTutorProfileAndCategoryViews()
{
    const Reply t = list(QStringLiteral("publicTutorProfileView"), nullptr);
    CONTRACT_CHECK(envelopeProblem(t, 200, QStringLiteral("publicTutorProfileView"), "GET", QStringLiteral("list"),
                                   Shape::List, false));
    QVERIFY(rowsOf(t).size() >= 2);
    for (const QJsonValue &v : rowsOf(t)) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("profileStatus")).toString(), QStringLiteral("approved"));
        QVERIFY(o.value(QStringLiteral("publishedPackCount")).toInt() >= 0);
        QVERIFY(o.value(QStringLiteral("avatar")).isString());
    }
    const Reply one = m_server.get(kBff + QStringLiteral("publicTutorProfileView/") + idsOf(t).first());
    CONTRACT_CHECK(envelopeProblem(one, 200, QStringLiteral("publicTutorProfileView"), "GET", QStringLiteral("get"),
                                   Shape::Single, false));
    const Reply c = list(QStringLiteral("publicCourseCategoryView"), nullptr);
    QVERIFY(rowsOf(c).size() >= 5);
    int packs = 0;
    QString previous;
    for (const QJsonValue &v : rowsOf(c)) {
        packs += v.toObject().value(QStringLiteral("publishedPackCount")).toInt();
        QVERIFY(previous <= v.toObject().value(QStringLiteral("name")).toString()); // by name
        previous = v.toObject().value(QStringLiteral("name")).toString();
    }
    QVERIFY(packs >= 1);
    QVERIFY(totalOf(list(QStringLiteral("publicCourseCategoryView"), nullptr,
                         {{QStringLiteral("q"), QStringLiteral("calculus")}}))
            >= 1);
}

void TstContractBff::issueReportStatusChangedView()
{
    const Reply tom = list(QStringLiteral("issueReportStatusChangedView"), &m_tom);
    QVERIFY(rowsOf(tom).size() >= 1); // his demo issue is being investigated
    QVERIFY(!tom.body.contains("adminNote"));
    for (const QJsonValue &v : rowsOf(tom)) {
        QVERIFY(v.toObject().value(QStringLiteral("status")).toString() != QLatin1String("open"));
        QCOMPARE(v.toObject().value(QStringLiteral("reportedBy")).toString(), m_tom.id);
        QVERIFY(isIsoDate(v.toObject().value(QStringLiteral("statusChangedAt"))));
    }
    QCOMPARE(totalOf(list(QStringLiteral("issueReportStatusChangedView"), &m_lena)), 0);
    const Reply all = list(QStringLiteral("issueReportStatusChangedView"), &m_admin);
    QVERIFY(totalOf(all) >= 2);
    QVERIFY(all.body.contains("adminNote"));
    // A new issue is open: not in the feed until an admin moves it.
    const Reply created
        = m_server.post(QStringLiteral("/platformadmin-api/v1/adminissues"),
                        {{QStringLiteral("reportedBy"), m_lena.id},
                         {QStringLiteral("description"), QStringLiteral("The lesson link opened an expired meeting.")},
                         {QStringLiteral("issueType"), QStringLiteral("other")},
                         {QStringLiteral("status"), QStringLiteral("open")}},
                        m_lena.token);
    EXPECT_STATUS(created, 201);
    const QString id = created.data().value(QStringLiteral("id")).toString();
    EXPECT_ERROR(m_server.get(kBff + QStringLiteral("issueReportStatusChangedView/") + id, m_lena.token), 404,
                 "errMsg_FethcedObjectNotFound:*");
    EXPECT_STATUS(m_server.patch(QStringLiteral("/platformadmin-api/v1/adminissues/") + id,
                                 {{QStringLiteral("status"), QStringLiteral("investigating")},
                                  {QStringLiteral("adminNote"), QStringLiteral("internal only")}},
                                 m_admin.token),
                  200);
    const Reply now = m_server.get(kBff + QStringLiteral("issueReportStatusChangedView/") + id, m_lena.token);
    EXPECT_STATUS(now, 200);
    QCOMPARE(now.data().value(QStringLiteral("status")).toString(), QStringLiteral("investigating"));
    QVERIFY(!now.body.contains("internal only"));
    EXPECT_ERROR(m_server.get(kBff + QStringLiteral("issueReportStatusChangedView/") + id, m_tom.token), 404,
                 "errMsg_FethcedObjectNotFound:*");
}

void TstContractBff::contentModerationActionView()
{
    const Reply r = list(QStringLiteral("contentModerationActionView"), &m_admin);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("contentModerationActionView"), "GET", QStringLiteral("list"),
                                   Shape::List));
    QVERIFY(rowsOf(r).size() >= 1);
    for (const QJsonValue &v : rowsOf(r)) {
        QVERIFY(!v.toObject().value(QStringLiteral("adminName")).toString().isEmpty());
        QVERIFY(v.toObject().contains(QStringLiteral("targetTitle")));
    }
    EXPECT_ERROR(list(QStringLiteral("contentModerationActionView"), &m_james), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.get(kBff + QStringLiteral("contentModerationActionView/") + idsOf(r).first(), m_james.token),
                 403, "errMsg_Forbidden");
}

void TstContractBff::adminDashboardStatsView()
{
    const Reply r = list(QStringLiteral("adminDashboardStatsView"), &m_admin);
    CONTRACT_CHECK(
        envelopeProblem(r, 200, QStringLiteral("adminDashboardStatsView"), "GET", QStringLiteral("list"), Shape::List));
    QCOMPARE(rowsOf(r).size(), 1);
    const QJsonObject s = rowsOf(r).first().toObject();
    QCOMPARE(s.value(QStringLiteral("id")).toString(), QStringLiteral("current"));
    for (const char *k : {"openIssueCount", "pendingTutorApplications", "pendingEnrollmentsPastCleanupAge",
                          "refundsToday", "pendingRefundRequests", "enrollmentsToday", "lessonsToday"})
        QVERIFY2(isInteger(s.value(QLatin1String(k))), k);
    for (const char *k : {"openIssuesByType", "openIssuesByStatus", "enrollmentsByStatus", "usersByRole",
                          "usersByAccountStatus", "coursePacksByModerationStatus"})
        QVERIFY2(s.value(QLatin1String(k)).isObject(), k);
    QVERIFY(s.value(QStringLiteral("openIssueCount")).toInt() >= 1);
    QCOMPARE(s.value(QStringLiteral("openIssuesByType")).toObject().value(QStringLiteral("user")).toInt()
                 + s.value(QStringLiteral("openIssuesByType")).toObject().value(QStringLiteral("content")).toInt()
                 + s.value(QStringLiteral("openIssuesByType")).toObject().value(QStringLiteral("other")).toInt(),
             s.value(QStringLiteral("openIssueCount")).toInt());
    QVERIFY(s.value(QStringLiteral("usersByRole")).toObject().value(QStringLiteral("tutor")).toInt() >= 2);
    QVERIFY(s.value(QStringLiteral("enrollmentsByStatus")).toObject().value(QStringLiteral("active")).toInt() >= 1);
    // An application raises the pending count.
    const int before = s.value(QStringLiteral("pendingTutorApplications")).toInt();
    const Reply applied = m_server.patch(QStringLiteral("/auth-api/v1/applyastutor/") + m_fresh.id,
                                         {{QStringLiteral("certifications"), QStringLiteral("TEFL")},
                                          {QStringLiteral("bio"), QStringLiteral("I teach English conversation.")},
                                          {QStringLiteral("specializations"), QStringLiteral("English")}},
                                         m_fresh.token);
    EXPECT_STATUS(applied, 200);
    const Reply one = m_server.get(kBff + QStringLiteral("adminDashboardStatsView/current"), m_admin.token);
    CONTRACT_CHECK(envelopeProblem(one, 200, QStringLiteral("adminDashboardStatsView"), "GET", QStringLiteral("get")));
    QCOMPARE(one.data().value(QStringLiteral("pendingTutorApplications")).toInt(), before + 1);
    EXPECT_ERROR(m_server.get(kBff + QStringLiteral("adminDashboardStatsView/yesterday"), m_admin.token), 404,
                 "errMsg_FethcedObjectNotFound:adminDashboardStatsView");
    EXPECT_ERROR(m_server.get(kBff + QStringLiteral("adminDashboardStatsView/current"), m_maria.token), 403,
                 "errMsg_Forbidden");
    EXPECT_ERROR(m_server.get(kBff + QStringLiteral("adminDashboardStatsView/current")), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(postList(QStringLiteral("adminDashboardStatsView"), &m_admin,
                          {{QStringLiteral("filters"), QJsonObject {{QStringLiteral("x"), 1}}}}),
                 400, "errMsg_InvalidParameter:filters");
    const Reply c = m_server.get(kBff + QStringLiteral("adminDashboardStatsView/count"), m_admin.token);
    QCOMPARE(c.value(QStringLiteral("count")).toInt(), 1);
}

void TstContractBff::studentEnrollmentDashboardView()
{
    const QString path = kBff + QStringLiteral("studentEnrollmentDashboardView");
    const Reply lena = m_server.get(path, m_lena.token);
    CONTRACT_CHECK(envelopeProblem(lena, 200, QStringLiteral("studentEnrollmentDashboardView"), "GET",
                                   QStringLiteral("list"), Shape::List));
    QVERIFY(rowsOf(lena).size() >= 1);
    for (const QJsonValue &v : rowsOf(lena)) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("studentId")).toString(), m_lena.id);
        QVERIFY(!o.value(QStringLiteral("coursePackTitle")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("tutorName")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("lessonCount")).toInt() >= 1);
        QVERIFY(o.value(QStringLiteral("refundEligible")).isBool());
    }
    // Lena's demo enrollment: first lesson done, two to come, so a refund is possible.
    const QJsonObject gcse = rowsOf(lena).first().toObject();
    QCOMPARE(gcse.value(QStringLiteral("completedLessonCount")).toInt(), 1);
    QCOMPARE(gcse.value(QStringLiteral("upcomingLessonCount")).toInt(), 2);
    QCOMPARE(gcse.value(QStringLiteral("refundEligible")).toBool(), true);
    QVERIFY(isIsoUtc(gcse.value(QStringLiteral("nextLessonAt"))));
    const QString id = gcse.value(QStringLiteral("id")).toString();
    EXPECT_STATUS(m_server.get(path + QLatin1Char('/') + id, m_lena.token), 200);
    EXPECT_ERROR(m_server.get(path + QLatin1Char('/') + id, m_tom.token), 404,
                 "errMsg_FethcedObjectNotFound:studentEnrollmentDashboardView");
    // The tutor of the pack is not the student: the student dashboard stays the student's.
    EXPECT_ERROR(m_server.get(path + QLatin1Char('/') + id, m_maria.token), 404, "errMsg_FethcedObjectNotFound:*");
    EXPECT_STATUS(m_server.get(path + QLatin1Char('/') + id, m_admin.token), 200);
    QCOMPARE(totalOf(m_server.get(path, m_fresh.token)), 0);
    for (const QJsonValue &v : rowsOf(m_server.get(path, m_tom.token)))
        QCOMPARE(v.toObject().value(QStringLiteral("studentId")).toString(), m_tom.id);
    // Paging names work here too.
    EXPECT_ERROR(m_server.get(path, m_lena.token, {{QStringLiteral("limit"), QStringLiteral("0")}}), 400,
                 "errMsg_InvalidParameter:limit");
}

void TstContractBff::tutorDashboardCoursesView()
{
    const QString path = kBff + QStringLiteral("tutorDashboardCoursesView");
    const Reply maria = m_server.get(path, m_maria.token);
    QVERIFY(rowsOf(maria).size() >= 1);
    const Reply profile = list(QStringLiteral("tutorProfile"), &m_maria);
    QString mariaProfile;
    for (const QJsonValue &v : rowsOf(profile))
        if (v.toObject().value(QStringLiteral("tutorId")).toString() == m_maria.id)
            mariaProfile = v.toObject().value(QStringLiteral("id")).toString();
    int active = 0;
    for (const QJsonValue &v : rowsOf(maria)) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("tutorProfileId")).toString(), mariaProfile);
        const QJsonObject counts = o.value(QStringLiteral("enrollmentCounts")).toObject();
        for (const char *k : {"pending", "active", "completed", "canceled"})
            QVERIFY2(isInteger(counts.value(QLatin1String(k))), k);
        active += counts.value(QStringLiteral("active")).toInt();
        QVERIFY(o.value(QStringLiteral("revenue")).isDouble());
        QVERIFY(isInteger(o.value(QStringLiteral("freeSlotCount"))));
        QVERIFY(isInteger(o.value(QStringLiteral("pendingScreeningCount"))));
    }
    QVERIFY(active >= 1); // Lena's GCSE enrollment
    QCOMPARE(totalOf(m_server.get(path, m_lena.token)), 0);
    EXPECT_ERROR(m_server.get(path + QLatin1Char('/') + idsOf(maria).first(), m_james.token), 404,
                 "errMsg_FethcedObjectNotFound:*");
    EXPECT_STATUS(m_server.get(path + QLatin1Char('/') + idsOf(maria).first(), m_maria.token), 200);
    QVERIFY(totalOf(m_server.get(path, m_admin.token)) >= totalOf(maria) + 1);
}

void TstContractBff::notificationViews()
{
    const QString path = kBff + QStringLiteral("enrollmentNotificationView");
    const Reply maria = m_server.get(path, m_maria.token);
    QVERIFY(rowsOf(maria).size() >= 1);
    for (const QJsonValue &v : rowsOf(maria)) {
        QCOMPARE(v.toObject().value(QStringLiteral("audience")).toString(), QStringLiteral("tutor"));
        QVERIFY(!v.toObject().value(QStringLiteral("event")).toString().isEmpty());
    }
    const Reply lena = m_server.get(path, m_lena.token);
    for (const QJsonValue &v : rowsOf(lena)) {
        QCOMPARE(v.toObject().value(QStringLiteral("audience")).toString(), QStringLiteral("student"));
        QCOMPARE(v.toObject().value(QStringLiteral("event")).toString(), QStringLiteral("enrollmentPaid"));
    }
    const Reply tom = m_server.get(path, m_tom.token);
    QVERIFY(rowsOf(tom).size() >= 1);
    QCOMPARE(rowsOf(tom).first().toObject().value(QStringLiteral("event")).toString(),
             QStringLiteral("enrollmentCreated"));
    // Newest first (updatedAt desc).
    const QJsonArray all = rowsOf(m_server.get(path, m_admin.token));
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all[i - 1].toObject().value(QStringLiteral("updatedAt")).toString()
                >= all[i].toObject().value(QStringLiteral("updatedAt")).toString());
    // Refunds: Lena asks for hers (eligible in the demo); she, Maria and the admin see it, Tom does not.
    const QString enrollmentId = idsOf(list(QStringLiteral("enrollment"), &m_lena)).first();
    const Reply refund = m_server.post(QStringLiteral("/enrollmentmanagement-api/v1/refundrequests"),
                                       {{QStringLiteral("enrollmentId"), enrollmentId},
                                        {QStringLiteral("reason"), QStringLiteral("My exam date moved.")}},
                                       m_lena.token);
    EXPECT_STATUS(refund, 201);
    const QString refundId = refund.data().value(QStringLiteral("id")).toString();
    const QString rpath = kBff + QStringLiteral("refundNotificationView");
    for (const Actor *a : {&m_lena, &m_maria, &m_admin}) {
        const Reply r = m_server.get(rpath, a->token);
        QVERIFY2(containsId(r, refundId), qPrintable(a->email));
    }
    QVERIFY(!containsId(m_server.get(rpath, m_tom.token), refundId));
    const Reply one = m_server.get(rpath + QLatin1Char('/') + refundId, m_lena.token);
    EXPECT_STATUS(one, 200);
    QCOMPARE(one.data().value(QStringLiteral("event")).toString(), QStringLiteral("refundProcessed"));
    QCOMPARE(one.data().value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("refunded"));
    EXPECT_ERROR(m_server.get(rpath + QLatin1Char('/') + refundId, m_james.token), 404,
                 "errMsg_FethcedObjectNotFound:refundNotificationView");
    // The dashboard now counts it.
    QVERIFY(rowsOf(list(QStringLiteral("adminDashboardStatsView"), &m_admin))
                .first()
                .toObject()
                .value(QStringLiteral("refundsToday"))
                .toInt()
            >= 1);
    const Reply lenaEvents = m_server.get(path + QLatin1Char('/') + enrollmentId, m_lena.token);
    QCOMPARE(lenaEvents.data().value(QStringLiteral("event")).toString(), QStringLiteral("enrollmentRefunded"));
}

void TstContractBff::screeningViews()
{
    // A pack of Maria's or James's that requires screening.
    QString packId;
    const Actor *tutor = nullptr;
    for (const Actor *t : {&m_maria, &m_james}) {
        for (const QJsonValue &v : rowsOf(m_server.get(kBff + QStringLiteral("tutorDashboardCoursesView"), t->token)))
            if (packId.isEmpty() && v.toObject().value(QStringLiteral("preliminaryMeetingRequired")).toBool()
                && v.toObject().value(QStringLiteral("isPublished")).toBool()) {
                packId = v.toObject().value(QStringLiteral("id")).toString();
                tutor = t;
            }
    }
    QVERIFY(tutor);
    const Reply req = m_server.post(QStringLiteral("/coursescheduling-api/v1/preliminarymeetings"),
                                    {{QStringLiteral("coursePackId"), packId}}, m_aiko.token);
    EXPECT_STATUS(req, 201);
    const QString meetingId = req.data().value(QStringLiteral("id")).toString();
    const QString needs = kBff + QStringLiteral("enrollmentRequiresScreeningView");
    const QString decided = kBff + QStringLiteral("preliminaryScreeningDecisionView");
    const Reply aiko = m_server.get(needs + QLatin1Char('/') + meetingId, m_aiko.token);
    EXPECT_STATUS(aiko, 200);
    QCOMPARE(aiko.data().value(QStringLiteral("canEnroll")).toBool(), false);
    QCOMPARE(aiko.data().value(QStringLiteral("hasEnrollment")).toBool(), false);
    QVERIFY(!aiko.data().value(QStringLiteral("coursePackTitle")).toString().isEmpty());
    QVERIFY(containsId(m_server.get(needs, tutor->token), meetingId));
    QVERIFY(!containsId(m_server.get(needs, m_tom.token), meetingId));
    QVERIFY(!containsId(m_server.get(decided, m_aiko.token), meetingId));
    EXPECT_STATUS(
        m_server.patch(
            QStringLiteral("/coursescheduling-api/v1/preliminarymeetings/") + meetingId,
            {{QStringLiteral("tutorDecision"), QStringLiteral("approved")},
             {QStringLiteral("meetingLink"), QStringLiteral("https://meet.google.com/abc-defg-hij")},
             {QStringLiteral("scheduledDatetime"), QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate)}},
            tutor->token),
        200);
    const Reply decision = m_server.get(decided + QLatin1Char('/') + meetingId, m_aiko.token);
    EXPECT_STATUS(decision, 200);
    QCOMPARE(decision.data().value(QStringLiteral("tutorDecision")).toString(), QStringLiteral("approved"));
    QVERIFY(isIsoDate(decision.data().value(QStringLiteral("decidedAt"))));
    QCOMPARE(m_server.get(needs + QLatin1Char('/') + meetingId, m_aiko.token)
                 .data()
                 .value(QStringLiteral("canEnroll"))
                 .toBool(),
             true);
    EXPECT_ERROR(m_server.get(decided + QLatin1Char('/') + meetingId, m_lena.token), 404,
                 "errMsg_FethcedObjectNotFound:*");
    QVERIFY(containsId(m_server.get(decided, m_admin.token), meetingId));
}

void TstContractBff::aggregatedViewsAreGetOnly()
{
    for (const auto &i : aggregatedViews()) {
        const QString path = kBff + QLatin1String(i.name);
        EXPECT_ERROR(m_server.post(path, {}, m_admin.token), 405, "errMsg_MethodNotAllowed");
        EXPECT_ERROR(m_server.get(path), 401, "errMsg_LoginRequired");
        // The nine generic routes are not theirs.
        EXPECT_ERROR(m_server.get(path + QStringLiteral("/list"), m_admin.token), 404,
                     "errMsg_FethcedObjectNotFound:*");
        EXPECT_ERROR(m_server.post(path + QStringLiteral("/list"), {}, m_admin.token), 405, "errMsg_MethodNotAllowed");
    }
}

void TstContractBff::denemeIsAnEmptyView()
{
    const Reply r = m_server.get(kBff + QStringLiteral("deneme"), m_lena.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("deneme"), "GET", QStringLiteral("list"), Shape::List));
    QCOMPARE(rowsOf(r).size(), 0);
    QCOMPARE(totalOf(r), 0);
    EXPECT_ERROR(m_server.get(kBff + QStringLiteral("deneme/") + QLatin1String(kUnknownId), m_admin.token), 404,
                 "errMsg_FethcedObjectNotFound:deneme");
}

void TstContractBff::savedFiltersPerUser()
{
    const QString path = kBff + QStringLiteral("enrollment/filters");
    const Reply saved = m_server.post(
        path,
        {{QStringLiteral("filterName"), QStringLiteral("Active ones")},
         {QStringLiteral("conditions"), QJsonObject {{QStringLiteral("enrollmentStatus"), QStringLiteral("active")}}}},
        m_lena.token);
    CONTRACT_CHECK(envelopeProblem(saved, 201, QStringLiteral("savedFilter"), "POST", QStringLiteral("create")));
    const QJsonObject f = saved.data();
    CONTRACT_CHECK(stdFieldsProblem(f));
    QCOMPARE(f.value(QStringLiteral("userId")).toString(), m_lena.id);
    QCOMPARE(f.value(QStringLiteral("indexName")).toString(), QStringLiteral("enrollment"));
    QCOMPARE(f.value(QStringLiteral("filterName")).toString(), QStringLiteral("Active ones"));
    QCOMPARE(f.value(QStringLiteral("conditions")).toObject().value(QStringLiteral("enrollmentStatus")).toString(),
             QStringLiteral("active"));
    const QString id = f.value(QStringLiteral("id")).toString();
    const Reply mine = m_server.get(path, m_lena.token);
    CONTRACT_CHECK(
        envelopeProblem(mine, 200, QStringLiteral("savedFilters"), "GET", QStringLiteral("list"), Shape::List));
    QVERIFY(containsId(mine, id));
    QVERIFY(!containsId(m_server.get(path, m_tom.token), id));
    QVERIFY(!containsId(m_server.get(path, m_admin.token), id));
    QVERIFY(!containsId(m_server.get(kBff + QStringLiteral("coursePack/filters"), m_lena.token), id)); // per index
    // The named views take {filters} (G52).
    const Reply view = m_server.post(
        kBff + QStringLiteral("publicCoursePackView/filters"),
        {{QStringLiteral("filters"), QJsonObject {{QStringLiteral("category"), QStringLiteral("English")}}}},
        m_tom.token);
    EXPECT_STATUS(view, 201);
    QCOMPARE(view.data().value(QStringLiteral("filterName")).toString(), QStringLiteral("publicCoursePackView filter"));
    // Paging of the saved list.
    const Reply page
        = m_server.get(path, m_lena.token,
                       {{QStringLiteral("limit"), QStringLiteral("1")}, {QStringLiteral("page"), QStringLiteral("1")}});
    QCOMPARE(page.value(QStringLiteral("paging")).toObject().value(QStringLiteral("pageRowCount")).toInt(), 1);
    // Deleting: only the owner, once.
    EXPECT_ERROR(m_server.del(path + QLatin1Char('/') + id, m_tom.token), 404,
                 "errMsg_FethcedObjectNotFound:savedFilter");
    EXPECT_ERROR(m_server.del(path + QLatin1Char('/') + id, m_admin.token), 404,
                 "errMsg_FethcedObjectNotFound:savedFilter");
    EXPECT_ERROR(m_server.del(kBff + QStringLiteral("coursePack/filters/") + id, m_lena.token), 404,
                 "errMsg_FethcedObjectNotFound:savedFilter");
    const Reply del = m_server.del(path + QLatin1Char('/') + id, m_lena.token);
    CONTRACT_CHECK(envelopeProblem(del, 200, QStringLiteral("savedFilter"), "DELETE", QStringLiteral("delete")));
    QCOMPARE(del.data().value(QStringLiteral("isActive")).toBool(), false);
    EXPECT_ERROR(m_server.del(path + QLatin1Char('/') + id, m_lena.token), 404,
                 "errMsg_FethcedObjectNotFound:savedFilter");
    QVERIFY(!containsId(m_server.get(path, m_lena.token), id));
    EXPECT_ERROR(m_server.del(path + QStringLiteral("/not-a-uuid"), m_lena.token), 404,
                 "errMsg_FethcedObjectNotFound:savedFilter");
    EXPECT_ERROR(m_server.del(path + QLatin1Char('/') + id), 401, "errMsg_LoginRequired");
}

void TstContractBff::savedFiltersBadInput()
{
    const QString path = kBff + QStringLiteral("coursePack/filters");
    auto count = [&] { return totalOf(m_server.get(path, m_lena.token)); };
    const int before = count();
    EXPECT_ERROR(m_server.post(path, {{QStringLiteral("filterName"), QStringLiteral("x")}}, m_lena.token), 400,
                 "errMsg_MissingParameter:conditions");
    EXPECT_ERROR(
        m_server.post(path, {{QStringLiteral("conditions"), QStringLiteral("category=English")}}, m_lena.token), 400,
        "errMsg_InvalidParameter:conditions");
    EXPECT_ERROR(m_server.post(path, {{QStringLiteral("filters"), QJsonArray {}}}, m_lena.token), 400,
                 "errMsg_InvalidParameter:filters");
    EXPECT_ERROR(
        m_server.post(path, {{QStringLiteral("conditions"), QJsonObject {{QStringLiteral("nope"), 1}}}}, m_lena.token),
        400, "errMsg_InvalidParameter:filters.nope");
    EXPECT_ERROR(m_server.post(
                     path,
                     {{QStringLiteral("conditions"), QJsonObject {{QStringLiteral("price"), QStringLiteral("cheap")}}}},
                     m_lena.token),
                 400, "errMsg_InvalidParameter:filters.price");
    EXPECT_ERROR(m_server.post(path,
                               {{QStringLiteral("conditions"), QJsonObject {}}, {QStringLiteral("filterName"), 42}},
                               m_lena.token),
                 400, "errMsg_InvalidParameter:filterName");
    EXPECT_ERROR(m_server.post(path,
                               {{QStringLiteral("conditions"), QJsonObject {}},
                                {QStringLiteral("filterName"), QStringLiteral("  ")}},
                               m_lena.token),
                 400, "errMsg_InvalidParameter:filterName");
    EXPECT_ERROR(
        m_server.post(path,
                      {{QStringLiteral("conditions"), QJsonObject {}}, {QStringLiteral("filterName"), bigText(101)}},
                      m_lena.token),
        400, "errMsg_ParameterTooLong:filterName");
    EXPECT_ERROR(m_server.post(path, {{QStringLiteral("conditions"), QJsonObject {}}}), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.post(
                     kBff + QStringLiteral("adminIssue/filters"),
                     {{QStringLiteral("conditions"), QJsonObject {{QStringLiteral("adminNote"), QStringLiteral("x")}}}},
                     m_tom.token),
                 400, "errMsg_InvalidParameter:filters.adminNote");
    EXPECT_ERROR(m_server.post(kBff + QStringLiteral("adminModerationAction/filters"),
                               {{QStringLiteral("conditions"), QJsonObject {}}}, m_tom.token),
                 403, "errMsg_Forbidden");
    Request raw;
    raw.method = "POST";
    raw.path = path;
    raw.token = m_lena.token;
    raw.raw = QByteArray("{\"conditions\":");
    EXPECT_ERROR(m_server.send(raw), 400, "errMsg_InvalidJson");
    EXPECT_ERROR(m_server.get(path, m_lena.token, {{QStringLiteral("page"), QStringLiteral("0")}}), 400,
                 "errMsg_InvalidParameter:page");
    QCOMPARE(count(), before); // nothing written
}

void TstContractBff::savedFilterAppliedToList()
{
    const Reply saved = m_server.post(
        kBff + QStringLiteral("coursePack/filters"),
        {{QStringLiteral("conditions"), QJsonObject {{QStringLiteral("category"), QStringLiteral("English")}}}},
        m_lena.token);
    EXPECT_STATUS(saved, 201);
    const QString id = saved.data().value(QStringLiteral("id")).toString();
    const Reply r = list(QStringLiteral("coursePack"), &m_lena, {{QStringLiteral("filterId"), id}});
    EXPECT_STATUS(r, 200);
    QVERIFY(rowsOf(r).size() >= 1);
    for (const QJsonValue &v : rowsOf(r))
        QCOMPARE(v.toObject().value(QStringLiteral("category")).toString(), QStringLiteral("English"));
    // The body's filters refine it; count takes it too.
    const Reply both = postList(
        QStringLiteral("coursePack"), &m_lena,
        {{QStringLiteral("filters"), QJsonObject {{QStringLiteral("category"), QStringLiteral("Mathematics")}}}},
        {{QStringLiteral("filterId"), id}});
    for (const QJsonValue &v : rowsOf(both))
        QCOMPARE(v.toObject().value(QStringLiteral("category")).toString(), QStringLiteral("Mathematics"));
    QCOMPARE(m_server.get(kBff + QStringLiteral("coursePack/count"), m_lena.token, {{QStringLiteral("filterId"), id}})
                 .value(QStringLiteral("count"))
                 .toInt(),
             totalOf(r));
    // Someone else's filter, another index's, or none at all.
    EXPECT_ERROR(list(QStringLiteral("coursePack"), &m_tom, {{QStringLiteral("filterId"), id}}), 404,
                 "errMsg_FethcedObjectNotFound:savedFilter");
    EXPECT_ERROR(list(QStringLiteral("coursePack"), nullptr, {{QStringLiteral("filterId"), id}}), 404,
                 "errMsg_FethcedObjectNotFound:savedFilter");
    EXPECT_ERROR(list(QStringLiteral("enrollment"), &m_lena, {{QStringLiteral("filterId"), id}}), 404,
                 "errMsg_FethcedObjectNotFound:savedFilter");
    EXPECT_ERROR(list(QStringLiteral("coursePack"), &m_lena, {{QStringLiteral("filterId"), QLatin1String(kUnknownId)}}),
                 404, "errMsg_FethcedObjectNotFound:savedFilter");
}
