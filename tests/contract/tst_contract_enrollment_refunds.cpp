// Refund requests (rules 37-45, decision 9), admin overrides (43, 53), cascades (54-56, 18),
// cleanupPendingEnrollments (35), checkEnrollmentCompletion (36) and the demo enrollments.
#include "tst_contract_enrollment.h"

#include <QSet>
#include <QUuid>

using namespace contract;

namespace {

const QString kRefunds = kEnr + QStringLiteral("/v1/refundrequests");

const QStringList &refundRequestStatuses()
{
    static const QStringList s {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected"),
                                QStringLiteral("autoApproved")};
    return s;
}

struct Paid
{
    QString id;
    QStringList slotIds;
    QJsonObject pack;
};

// A paid enrollment of `student` in a new pack of `tutor` with `lessons` lessons.
Paid paid(EnrollmentFixture &f, const Actor &student, const Actor &tutor, int lessons, double price = 40.0)
{
    Paid p;
    p.pack = f.createPack(tutor, {}, price);
    p.slotIds = f.createSlots(tutor, p.pack.value(QStringLiteral("id")).toString(), lessons);
    p.id = f.paidEnrollment(student, p.pack, p.slotIds);
    return p;
}

QJsonObject refundBody(const QString &enrollmentId,
                       const QString &reason = QStringLiteral("The schedule does not suit me."))
{
    return {{QStringLiteral("enrollmentId"), enrollmentId},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("requestedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("status"), QStringLiteral("pending")},
            {QStringLiteral("firstLessonCompleted"), true}};
}

} // namespace

void TstContractEnrollment::rule37_refundOnlyAfterFirstLesson()
{
    const Actor s = f.newStudent(QStringLiteral("Early Refunder"));
    const Paid p = paid(f, s, f.maria, 2);
    QVERIFY2(!p.id.isEmpty(), f.lastFailure.constData());
    EXPECT_ERROR(f.server.post(kRefunds, refundBody(p.id), s.token), 400, "errMsg_RefundNotEligible");
    // An unpaid enrollment is not refundable either.
    const QJsonObject pack = f.createPack(f.maria);
    const QString unpaid = f.enrollId(s, pack, {f.createSlot(f.maria, pack.value(QStringLiteral("id")).toString())});
    EXPECT_ERROR(f.server.post(kRefunds, refundBody(unpaid), s.token), 400, "errMsg_RefundNotEligible");
    QCOMPARE(f.enrollment(p.id).value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("active"));
}

void TstContractEnrollment::rule37_noRefundAfterLaterLesson()
{
    const Actor s = f.newStudent(QStringLiteral("Late Refunder"));
    const Paid p = paid(f, s, f.maria, 3);
    QVERIFY2(!p.id.isEmpty(), f.lastFailure.constData());
    EXPECT_STATUS(f.completeSlot(f.maria, p.slotIds.at(0)), 200);
    QCOMPARE(f.enrollment(p.id).value(QStringLiteral("refundStatus")).toString(), QStringLiteral("eligible"));
    EXPECT_STATUS(f.completeSlot(f.maria, p.slotIds.at(1)), 200);
    QCOMPARE(f.enrollment(p.id).value(QStringLiteral("refundStatus")).toString(), QStringLiteral("ineligible"));
    EXPECT_ERROR(f.server.post(kRefunds, refundBody(p.id), s.token), 400, "errMsg_RefundNotEligible");
    // Only a later lesson done (the first one not) is not eligible either.
    const Actor s2 = f.newStudent(QStringLiteral("Skipping Refunder"));
    const Paid q = paid(f, s2, f.maria, 2);
    // Both lessons have taken place (SEC43: time moves both into the past, in order); only the later is marked.
    QCOMPARE(tutorhub::test::moveSlotIntoPast(f.server.dataDir(), q.slotIds.at(0)), QString());
    EXPECT_STATUS(f.completeSlot(f.maria, q.slotIds.at(1)), 200);
    EXPECT_ERROR(f.server.post(kRefunds, refundBody(q.id), s2.token), 400, "errMsg_RefundNotEligible");
}

void TstContractEnrollment::rule39_refundAutoApprovedAndProcessed()
{
    const Actor s = f.newStudent(QStringLiteral("Happy Refunder"));
    const Paid p = paid(f, s, f.maria, 3, 30.0);
    QVERIFY2(!p.id.isEmpty(), f.lastFailure.constData());
    QCOMPARE(f.enrollment(p.id).value(QStringLiteral("refundStatus")).toString(), QStringLiteral("notRequested"));
    EXPECT_STATUS(f.completeSlot(f.maria, p.slotIds.at(0)), 200);
    QCOMPARE(f.enrollment(p.id).value(QStringLiteral("refundStatus")).toString(), QStringLiteral("eligible"));
    const Reply r = f.server.post(kRefunds, refundBody(p.id), s.token);
    CONTRACT_CHECK(envelopeProblem(r, 201, QStringLiteral("refundRequest"), "POST", QStringLiteral("create")));
    const QJsonObject rr = r.data();
    CONTRACT_CHECK(stdFieldsProblem(rr));
    CONTRACT_CHECK(enumProblem(rr, QStringLiteral("status"), refundRequestStatuses()));
    QCOMPARE(rr.value(QStringLiteral("status")).toString(),
             QStringLiteral("autoApproved")); // G33: not the client's "pending"
    QCOMPARE(rr.value(QStringLiteral("requestedBy")).toString(), s.id);
    QCOMPARE(rr.value(QStringLiteral("enrollmentId")).toString(), p.id);
    QCOMPARE(rr.value(QStringLiteral("firstLessonCompleted")).toBool(), true);
    QVERIFY(isIsoUtc(rr.value(QStringLiteral("processedAt"))));
    QVERIFY(isIsoUtc(rr.value(QStringLiteral("requestedAt"))));

    const QJsonObject e = f.enrollment(p.id);
    QCOMPARE(e.value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("canceled"));
    QCOMPARE(e.value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("refunded"));
    QCOMPARE(e.value(QStringLiteral("refundStatus")).toString(), QStringLiteral("processed"));
    // The lesson that took place stays completed; the remaining ones are free again.
    QCOMPARE(f.slotStatus(p.slotIds.at(0)), QStringLiteral("completed"));
    QCOMPARE(f.slotStatus(p.slotIds.at(1)), QStringLiteral("free"));
    QVERIFY(f.slot(p.slotIds.at(2)).value(QStringLiteral("studentId")).isNull());
    // Full amount refunded at the gateway; the ticket says so.
    const QJsonObject pi = f.intentOf(p.id);
    QCOMPARE(pi.value(QStringLiteral("amount")).toInt(), 9000);
    QCOMPARE(pi.value(QStringLiteral("amount_refunded")).toInt(), 9000);
    const Reply ticket = f.server.get(kEnr + QStringLiteral("/v1/enrollmentpaymentbyorderid/") + p.id, s.token);
    QCOMPARE(ticket.data().value(QStringLiteral("statusLiteral")).toString(), QStringLiteral("refunded"));
}

void TstContractEnrollment::rule41_refundNotifiesStudentTutorAndAdmins()
{
    const Actor s = f.newStudent(QStringLiteral("Notified Refunder"));
    const Paid p = paid(f, s, f.james, 2);
    QVERIFY2(!p.id.isEmpty(), f.lastFailure.constData());
    // Payment confirmed: student and tutor heard of it once.
    QCOMPARE(f.notificationCount(s, QStringLiteral("enrollmentPaid"), p.id), 1);
    QCOMPARE(f.notificationCount(f.james, QStringLiteral("enrollmentPaid"), p.id), 1);
    EXPECT_STATUS(f.completeSlot(f.james, p.slotIds.at(0)), 200);
    EXPECT_STATUS(f.server.post(kRefunds, refundBody(p.id), s.token), 201);
    QCOMPARE(f.notificationCount(s, QStringLiteral("refundProcessed"), p.id), 1);
    QCOMPARE(f.notificationCount(f.james, QStringLiteral("refundProcessed"), p.id), 1);
    QCOMPARE(f.notificationCount(f.admin, QStringLiteral("refundProcessed"), p.id), 1);
    QCOMPARE(f.notificationCount(f.maria, QStringLiteral("refundProcessed"), p.id), 0);
    QCOMPARE(f.notificationCount(f.tom, QStringLiteral("refundProcessed"), p.id), 0);
}

void TstContractEnrollment::rule38_oneRefundPerEnrollment()
{
    const Actor s = f.newStudent(QStringLiteral("Double Refunder"));
    const Paid p = paid(f, s, f.james, 2);
    QVERIFY2(!p.id.isEmpty(), f.lastFailure.constData());
    EXPECT_STATUS(f.completeSlot(f.james, p.slotIds.at(0)), 200);
    EXPECT_STATUS(f.server.post(kRefunds, refundBody(p.id), s.token), 201);
    EXPECT_ERROR(f.server.post(kRefunds, refundBody(p.id), s.token), 409, "errMsg_RefundAlreadyRequested");
    EXPECT_ERROR(f.server.post(kEnr + QStringLiteral("/v1/adminrefundenrollment"),
                               {{QStringLiteral("enrollmentId"), p.id}}, f.admin.token),
                 409, "errMsg_RefundAlreadyRequested");
    const Reply list = f.server.get(kRefunds, f.admin.token, {{QStringLiteral("enrollmentId"), p.id}});
    QCOMPARE(list.payload().toArray().size(), 1);
}

void TstContractEnrollment::rule37_onlyTheStudentRequestsRefund()
{
    const Actor s = f.newStudent(QStringLiteral("Guarded Refunder"));
    const Paid p = paid(f, s, f.maria, 2);
    QVERIFY2(!p.id.isEmpty(), f.lastFailure.constData());
    EXPECT_STATUS(f.completeSlot(f.maria, p.slotIds.at(0)), 200);
    EXPECT_ERROR(f.server.post(kRefunds, refundBody(p.id), f.tom.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(kRefunds, refundBody(p.id), f.maria.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(kRefunds, refundBody(p.id), f.admin.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(kRefunds, refundBody(p.id)), 401, "errMsg_LoginRequired");
    QCOMPARE(f.enrollment(p.id).value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("active"));
}

void TstContractEnrollment::createRefundRequestBadInput()
{
    const Actor s = f.newStudent(QStringLiteral("Sloppy Refunder"));
    const Paid p = paid(f, s, f.maria, 2);
    QVERIFY2(!p.id.isEmpty(), f.lastFailure.constData());
    EXPECT_STATUS(f.completeSlot(f.maria, p.slotIds.at(0)), 200);
    auto with = [&](const QString &key, const QJsonValue &v) {
        QJsonObject b = refundBody(p.id);
        if (v.isUndefined())
            b.remove(key);
        else
            b.insert(key, v);
        return b;
    };
    const struct
    {
        QJsonObject body;
        const char *code;
    } cases[] = {
        {QJsonObject {}, "errMsg_MissingParameter:enrollmentId"},
        {with(QStringLiteral("enrollmentId"), 7), "errMsg_InvalidParameter:enrollmentId"},
        {with(QStringLiteral("reason"), QJsonValue::Undefined), "errMsg_MissingParameter:reason"},
        {with(QStringLiteral("reason"), QString(300, QLatin1Char('x'))), "errMsg_ParameterTooLong:reason"},
        {with(QStringLiteral("status"), QStringLiteral("granted")), "errMsg_InvalidParameter:status"},
        {with(QStringLiteral("firstLessonCompleted"), QStringLiteral("yes")),
         "errMsg_InvalidParameter:firstLessonCompleted"},
        {with(QStringLiteral("requestedAt"), QStringLiteral("now")), "errMsg_InvalidParameter:requestedAt"},
    };
    for (const auto &c : cases)
        CONTRACT_CHECK(errorProblem(f.server.post(kRefunds, c.body, s.token), 400, QString::fromLatin1(c.code)));
    EXPECT_ERROR(f.server.post(kRefunds,
                               with(QStringLiteral("enrollmentId"), QUuid::createUuid().toString(QUuid::WithoutBraces)),
                               s.token),
                 404, "errMsg_FethcedObjectNotFound:enrollment");
    QCOMPARE(f.enrollment(p.id).value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("active"));
    QCOMPARE(f.server.get(kRefunds, f.admin.token, {{QStringLiteral("enrollmentId"), p.id}}).payload().toArray().size(),
             0);
}

void TstContractEnrollment::refundRequestVisibility()
{
    const Actor s = f.newStudent(QStringLiteral("Seen Refunder"));
    const Paid p = paid(f, s, f.maria, 2);
    QVERIFY2(!p.id.isEmpty(), f.lastFailure.constData());
    EXPECT_STATUS(f.completeSlot(f.maria, p.slotIds.at(0)), 200);
    const QString id = f.server.post(kRefunds, refundBody(p.id), s.token).data().value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const QString path = kRefunds + QLatin1Char('/') + id;
    const Reply own = f.server.get(path, s.token);
    CONTRACT_CHECK(envelopeProblem(own, 200, QStringLiteral("refundRequest"), "GET", QStringLiteral("get")));
    QCOMPARE(own.data().value(QStringLiteral("enrollment")).toObject().value(QStringLiteral("coursePackId")).toString(),
             p.pack.value(QStringLiteral("id")).toString());
    QCOMPARE(own.data().value(QStringLiteral("enrollment")).toObject().value(QStringLiteral("studentId")).toString(),
             s.id);
    EXPECT_STATUS(f.server.get(path, f.maria.token), 200);
    EXPECT_STATUS(f.server.get(path, f.admin.token), 200);
    EXPECT_ERROR(f.server.get(path, f.tom.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.get(path, f.james.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.get(path), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.get(kRefunds + QStringLiteral("/") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                              f.admin.token),
                 404, "errMsg_FethcedObjectNotFound:refundRequest");

    auto ids = [&](const Actor &who) {
        QSet<QString> out;
        for (const QJsonValue &v :
             f.server.get(kRefunds, who.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}})
                 .payload()
                 .toArray())
            out.insert(v.toObject().value(QStringLiteral("id")).toString());
        return out;
    };
    const Reply list = f.server.get(kRefunds, s.token);
    CONTRACT_CHECK(
        envelopeProblem(list, 200, QStringLiteral("refundRequests"), "GET", QStringLiteral("list"), Shape::List));
    const QJsonObject row = list.payload().toArray().first().toObject();
    QCOMPARE(row.value(QStringLiteral("requester"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("fullname"))
                 .toString(),
             QStringLiteral("Seen Refunder"));
    QCOMPARE(row.value(QStringLiteral("enrollment"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("totalAmount"))
                 .toDouble(),
             80.0);
    QCOMPARE(ids(s), QSet<QString> {id});
    QVERIFY(ids(f.maria).contains(id));
    QVERIFY(!ids(f.james).contains(id));
    QVERIFY(!ids(f.tom).contains(id));
    QVERIFY(ids(f.admin).contains(id));
}

void TstContractEnrollment::rule42_updateRefundRequestAdminOnly()
{
    const Actor s = f.newStudent(QStringLiteral("Noted Refunder"));
    const Paid p = paid(f, s, f.maria, 2);
    QVERIFY2(!p.id.isEmpty(), f.lastFailure.constData());
    EXPECT_STATUS(f.completeSlot(f.maria, p.slotIds.at(0)), 200);
    const QString id = f.server.post(kRefunds, refundBody(p.id), s.token).data().value(QStringLiteral("id")).toString();
    const QString path = kRefunds + QLatin1Char('/') + id;
    const QJsonObject note {{QStringLiteral("adminNote"), QStringLiteral("Checked with the tutor.")}};
    EXPECT_ERROR(f.server.patch(path, note, s.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(path, note, f.maria.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(path, note), 401, "errMsg_LoginRequired");
    const Reply ok = f.server.patch(path, note, f.admin.token);
    CONTRACT_CHECK(envelopeProblem(ok, 200, QStringLiteral("refundRequest"), "PATCH", QStringLiteral("update")));
    QCOMPARE(ok.data().value(QStringLiteral("adminNote")).toString(), QStringLiteral("Checked with the tutor."));
    // Auto-approved requests are already decided (no manual queue).
    EXPECT_ERROR(f.server.patch(path, {{QStringLiteral("status"), QStringLiteral("rejected")}}, f.admin.token), 400,
                 "errMsg_RefundAlreadyProcessed");
    EXPECT_ERROR(f.server.patch(path, {{QStringLiteral("status"), QStringLiteral("maybe")}}, f.admin.token), 400,
                 "errMsg_InvalidParameter:status");
    EXPECT_ERROR(f.server.patch(path, {{QStringLiteral("adminNote"), 5}}, f.admin.token), 400,
                 "errMsg_InvalidParameter:adminNote");
    EXPECT_ERROR(f.server.patch(kRefunds + QStringLiteral("/") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                                note, f.admin.token),
                 404, "errMsg_FethcedObjectNotFound:refundRequest");
    QCOMPARE(f.server.get(path, f.admin.token).data().value(QStringLiteral("status")).toString(),
             QStringLiteral("autoApproved"));
}

// An admin decides a pending request (rule 42; C28): the demo has one (Aiko's paid English
// Conversation Club, C29). Rejected on this run's server: nothing is refunded, the enrollment stays,
// refundStatus ineligible, the student is told with the note. Approved on a fresh demo server:
// canceled, refunded in full at the gateway, untaught lessons freed, student, tutor and admins told.
void TstContractEnrollment::rule42_adminDecidesPendingRefundRequests()
{
    auto pendingOf = [](EnrollmentFixture &x) {
        for (const QJsonValue &v :
             x.server.get(kRefunds, x.admin.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}})
                 .payload()
                 .toArray())
            if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("pending"))
                return v.toObject();
        return QJsonObject();
    };
    const QJsonObject pending = pendingOf(f);
    QVERIFY2(!pending.isEmpty(), "the demo has no pending refund request");
    QCOMPARE(pending.value(QStringLiteral("requestedBy")).toString(), f.aiko.id);
    const QString enrollmentId = pending.value(QStringLiteral("enrollmentId")).toString();
    const QString path = kRefunds + QLatin1Char('/') + pending.value(QStringLiteral("id")).toString();
    const QJsonObject before = f.enrollment(enrollmentId);
    QCOMPARE(before.value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("paid"));
    EXPECT_ERROR(f.server.patch(path, {{QStringLiteral("status"), QStringLiteral("approved")}}, f.aiko.token), 403,
                 "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(path, {{QStringLiteral("status"), QStringLiteral("autoApproved")}}, f.admin.token), 400,
                 "errMsg_InvalidParameter:status");
    const QString note
        = QStringLiteral("Moving abroad before the course starts is not covered; you can still attend online.");
    const Reply r = f.server.patch(
        path, {{QStringLiteral("status"), QStringLiteral("rejected")}, {QStringLiteral("adminNote"), note}},
        f.admin.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("refundRequest"), "PATCH", QStringLiteral("update")));
    QCOMPARE(r.data().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(r.data().value(QStringLiteral("adminNote")).toString(), note);
    QVERIFY(isIsoUtc(r.data().value(QStringLiteral("processedAt"))));
    const QJsonObject rejected = f.enrollment(enrollmentId);
    QCOMPARE(rejected.value(QStringLiteral("enrollmentStatus")).toString(),
             before.value(QStringLiteral("enrollmentStatus")).toString());
    QCOMPARE(rejected.value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("paid"));
    QCOMPARE(rejected.value(QStringLiteral("refundStatus")).toString(), QStringLiteral("ineligible"));
    QCOMPARE(f.intentOf(enrollmentId).value(QStringLiteral("amount_refunded")).toInt(-1), 0);
    QCOMPARE(f.notificationCount(f.aiko, QStringLiteral("refundRejected"), enrollmentId), 1);
    QCOMPARE(f.notificationCount(f.aiko, QStringLiteral("refundProcessed"), enrollmentId), 0);
    EXPECT_ERROR(f.server.patch(path, {{QStringLiteral("status"), QStringLiteral("approved")}}, f.admin.token), 400,
                 "errMsg_RefundAlreadyProcessed");

    // Approval, on a server of its own with the same demo data.
    EnrollmentFixture g;
    QString error;
    QVERIFY2(g.start(&error), qPrintable(error));
    const QJsonObject pending2 = pendingOf(g);
    QVERIFY(!pending2.isEmpty());
    const QString eid = pending2.value(QStringLiteral("enrollmentId")).toString();
    QStringList slotIds;
    for (const QJsonValue &v : g.enrollment(eid).value(QStringLiteral("lessonSlotIds")).toArray())
        slotIds << v.toString();
    QVERIFY(!slotIds.isEmpty());
    const Reply a = g.server.patch(kRefunds + QLatin1Char('/') + pending2.value(QStringLiteral("id")).toString(),
                                   {{QStringLiteral("status"), QStringLiteral("approved")},
                                    {QStringLiteral("adminNote"), QStringLiteral("Goodwill.")}},
                                   g.admin.token);
    CONTRACT_CHECK(envelopeProblem(a, 200, QStringLiteral("refundRequest"), "PATCH", QStringLiteral("update")));
    QCOMPARE(a.data().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QVERIFY(isIsoUtc(a.data().value(QStringLiteral("processedAt"))));
    const QJsonObject approved = g.enrollment(eid);
    QCOMPARE(approved.value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("canceled"));
    QCOMPARE(approved.value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("refunded"));
    QCOMPARE(approved.value(QStringLiteral("refundStatus")).toString(), QStringLiteral("processed"));
    const QJsonObject pi = g.intentOf(eid);
    QCOMPARE(pi.value(QStringLiteral("amount_refunded")).toInt(),
             pi.value(QStringLiteral("amount")).toInt()); // Stripe's field (C10)
    for (const QString &slot : std::as_const(slotIds))
        QCOMPARE(g.slotStatus(slot), QStringLiteral("free"));
    QCOMPARE(g.notificationCount(g.aiko, QStringLiteral("refundProcessed"), eid), 1);
    QCOMPARE(g.notificationCount(g.james, QStringLiteral("refundProcessed"), eid), 1);
    QCOMPARE(g.notificationCount(g.admin, QStringLiteral("refundProcessed"), eid), 1);
    g.server.stop();
}

void TstContractEnrollment::rule43_adminRefundSkipsEligibility()
{
    const Actor s = f.newStudent(QStringLiteral("Admin Refunded"));
    const Paid p = paid(f, s, f.james, 2, 25.0);
    QVERIFY2(!p.id.isEmpty(), f.lastFailure.constData());
    const QString path = kEnr + QStringLiteral("/v1/adminrefundenrollment");
    const QJsonObject body {{QStringLiteral("enrollmentId"), p.id},
                            {QStringLiteral("reason"), QStringLiteral("Tutor fell ill")}};
    EXPECT_ERROR(f.server.post(path, body, s.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, body, f.james.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.post(path, {}, f.admin.token), 400, "errMsg_MissingParameter:enrollmentId");
    EXPECT_ERROR(
        f.server.post(path, {{QStringLiteral("enrollmentId"), p.id}, {QStringLiteral("reason"), 3}}, f.admin.token),
        400, "errMsg_InvalidParameter:reason");
    // No lesson took place: the student could not ask, the admin can.
    const Reply r = f.server.post(path, body, f.admin.token);
    CONTRACT_CHECK(envelopeProblem(r, 201, QStringLiteral("refundRequest"), "POST", QStringLiteral("create")));
    QCOMPARE(r.data().value(QStringLiteral("status")).toString(), QStringLiteral("autoApproved"));
    QCOMPARE(r.data().value(QStringLiteral("firstLessonCompleted")).toBool(), false);
    QCOMPARE(r.data().value(QStringLiteral("requestedBy")).toString(), f.admin.id);
    const QJsonObject e = f.enrollment(p.id);
    QCOMPARE(e.value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("canceled"));
    QCOMPARE(e.value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("refunded"));
    QCOMPARE(e.value(QStringLiteral("refundStatus")).toString(), QStringLiteral("processed"));
    QCOMPARE(f.intentOf(p.id).value(QStringLiteral("amount_refunded")).toInt(), 5000);
    QCOMPARE(f.slotStatus(p.slotIds.at(0)), QStringLiteral("free"));
    // An unpaid enrollment has nothing to refund.
    const QJsonObject pack = f.createPack(f.james);
    const QString unpaid = f.enrollId(s, pack, {f.createSlot(f.james, pack.value(QStringLiteral("id")).toString())});
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("enrollmentId"), unpaid}}, f.admin.token), 400,
                 "errMsg_EnrollmentNotPaid");
}

void TstContractEnrollment::rule53_cancelEnrollmentAdminOnly()
{
    const Actor s = f.newStudent(QStringLiteral("Canceled Student"));
    const Paid p = paid(f, s, f.maria, 2);
    QVERIFY2(!p.id.isEmpty(), f.lastFailure.constData());
    const QString path = kEnr + QStringLiteral("/v1/cancelenrollment/") + p.id;
    const QJsonObject body {{QStringLiteral("cancelReason"), QStringLiteral("Duplicate booking")}};
    EXPECT_ERROR(f.server.patch(path, body, s.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(path, body, f.maria.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(path, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.patch(path, {{QStringLiteral("cancelReason"), 12}}, f.admin.token), 400,
                 "errMsg_InvalidParameter:cancelReason");
    EXPECT_ERROR(f.server.patch(kEnr + QStringLiteral("/v1/cancelenrollment/")
                                    + QUuid::createUuid().toString(QUuid::WithoutBraces),
                                body, f.admin.token),
                 404, "errMsg_FethcedObjectNotFound:enrollment");
    const Reply r = f.server.patch(path, body, f.admin.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("enrollment"), "PATCH", QStringLiteral("update")));
    QCOMPARE(r.data().value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("canceled"));
    QCOMPARE(r.data().value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("refunded"));
    QCOMPARE(r.data().value(QStringLiteral("refundStatus")).toString(), QStringLiteral("processed"));
    for (const QString &id : p.slotIds)
        QCOMPARE(f.slotStatus(id), QStringLiteral("free"));
    // Idempotent: canceling again changes nothing.
    const Reply again = f.server.patch(path, body, f.admin.token);
    EXPECT_STATUS(again, 200);
    QCOMPARE(again.data().value(QStringLiteral("recordVersion")), r.data().value(QStringLiteral("recordVersion")));
}

void TstContractEnrollment::rule54_cascadeTutorBan()
{
    const Actor tutor = f.newTutor(QStringLiteral("Banned Tutor"));
    QVERIFY2(!tutor.profileId.isEmpty(), f.lastFailure.constData());
    const Actor s1 = f.newStudent(QStringLiteral("Ban Student One"));
    const Actor s2 = f.newStudent(QStringLiteral("Ban Student Two"));
    const Paid p = paid(f, s1, tutor, 4, 50.0);
    QVERIFY2(!p.id.isEmpty(), f.lastFailure.constData());
    EXPECT_STATUS(f.completeSlot(tutor, p.slotIds.at(0)), 200);
    const QJsonObject pack2 = f.createPack(tutor);
    const QString pendingSlot = f.createSlot(tutor, pack2.value(QStringLiteral("id")).toString());
    const QString pending = f.enrollId(s2, pack2, {pendingSlot});
    QVERIFY2(!pending.isEmpty(), f.lastFailure.constData());
    const Paid unrelated = paid(f, s2, f.maria, 1);

    const QString path = kEnr + QStringLiteral("/v1/cascadetutorban");
    const QJsonObject body {{QStringLiteral("tutorProfileId"), tutor.profileId},
                            {QStringLiteral("reason"), QStringLiteral("Account banned")}};
    EXPECT_ERROR(f.server.post(path, body, tutor.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, body, s1.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.post(path, {}, f.admin.token), 400, "errMsg_MissingParameter:tutorProfileId");
    EXPECT_ERROR(f.server.post(path,
                               {{QStringLiteral("tutorProfileId"), QUuid::createUuid().toString(QUuid::WithoutBraces)}},
                               f.admin.token),
                 404, "errMsg_FethcedObjectNotFound:tutorProfile");
    EXPECT_ERROR(f.server.withBody("POST", path, body, f.admin.token,
                                   {{QStringLiteral("paymentConfirmation"), QStringLiteral("nope")}}),
                 400, "errMsg_InvalidParameter:paymentConfirmation");

    EXPECT_STATUS(f.server.patch(QStringLiteral("/auth-api/v1/users/") + tutor.id,
                                 {{QStringLiteral("accountStatus"), QStringLiteral("banned")}}, f.admin.token),
                  200);
    const Reply r = f.server.post(path, body, f.admin.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("enrollments"), "POST", QStringLiteral("list"), Shape::List));
    QSet<QString> canceled;
    for (const QJsonValue &v : r.payload().toArray()) {
        canceled.insert(v.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(v.toObject().value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("canceled"));
    }
    QCOMPARE(canceled, (QSet<QString> {p.id, pending}));
    QCOMPARE(f.notificationCount(s1, QStringLiteral("enrollmentCanceled"), p.id), 1);
    QCOMPARE(f.notificationCount(s2, QStringLiteral("enrollmentCanceled"), pending), 1);
    const QJsonObject paidOne = f.enrollment(p.id);
    QCOMPARE(paidOne.value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("refunded"));
    QCOMPARE(paidOne.value(QStringLiteral("refundStatus")).toString(), QStringLiteral("processed"));
    // Pro rata: 3 of 4 lessons did not take place -> 150 of 200 EUR back.
    QCOMPARE(f.intentOf(p.id).value(QStringLiteral("amount_refunded")).toInt(), 15000);
    const QJsonObject pendingOne = f.enrollment(pending);
    QCOMPARE(pendingOne.value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("pending"));
    QCOMPARE(pendingOne.value(QStringLiteral("paymentConfirmation")).toString(), QStringLiteral("canceled"));
    QCOMPARE(f.slotStatus(p.slotIds.at(0)), QStringLiteral("completed"));
    for (int i = 1; i < 4; ++i)
        QCOMPARE(f.slotStatus(p.slotIds.at(i)), QStringLiteral("free"));
    QCOMPARE(f.slotStatus(pendingSlot), QStringLiteral("free"));
    QCOMPARE(f.enrollment(unrelated.id).value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("active"));
    // Nothing left to cancel.
    const Reply again = f.server.post(path, body, f.admin.token);
    EXPECT_STATUS(again, 200);
    QCOMPARE(again.payload().toArray().size(), 0);
}

void TstContractEnrollment::rule55_cascadeCourseRemoval()
{
    const Actor s1 = f.newStudent(QStringLiteral("Removal Student One"));
    const Actor s2 = f.newStudent(QStringLiteral("Removal Student Two"));
    const Paid p = paid(f, s1, f.james, 2, 20.0);
    QVERIFY2(!p.id.isEmpty(), f.lastFailure.constData());
    const QString packId = p.pack.value(QStringLiteral("id")).toString();
    const QString slot2 = f.createSlot(f.james, packId);
    const QString pending = f.enrollId(s2, p.pack, {slot2});
    const QString path = kEnr + QStringLiteral("/v1/cascadecourseremoval");
    const QJsonObject body {{QStringLiteral("coursePackId"), packId},
                            {QStringLiteral("reason"), QStringLiteral("Copyright complaint")}};
    EXPECT_ERROR(f.server.post(path, body, f.james.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("coursePackId"), QStringLiteral("x")}}, f.admin.token), 400,
                 "errMsg_InvalidParameter:coursePackId");
    // The paymentConfirmation filter narrows the cascade: only the paid one first.
    const Reply paidOnly = f.server.withBody("POST", path, body, f.admin.token,
                                             {{QStringLiteral("paymentConfirmation"), QStringLiteral("paid")}});
    CONTRACT_CHECK(
        envelopeProblem(paidOnly, 200, QStringLiteral("enrollments"), "POST", QStringLiteral("list"), Shape::List));
    QCOMPARE(paidOnly.payload().toArray().size(), 1);
    QCOMPARE(paidOnly.payload().toArray().first().toObject().value(QStringLiteral("id")).toString(), p.id);
    QCOMPARE(f.enrollment(pending).value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("pending"));
    QCOMPARE(f.intentOf(p.id).value(QStringLiteral("amount_refunded")).toInt(), 4000); // nothing taught: all back
    const Reply rest = f.server.post(path, body, f.admin.token);
    QCOMPARE(rest.payload().toArray().size(), 1);
    QCOMPARE(f.enrollment(pending).value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("canceled"));
    QCOMPARE(f.slotStatus(slot2), QStringLiteral("free"));
}

void TstContractEnrollment::rule18_adminPackDeleteCascades()
{
    const Actor s = f.newStudent(QStringLiteral("Deleted Pack Student"));
    const Paid p = paid(f, s, f.maria, 2, 60.0);
    QVERIFY2(!p.id.isEmpty(), f.lastFailure.constData());
    EXPECT_STATUS(f.completeSlot(f.maria, p.slotIds.at(0)), 200);
    Request del;
    del.method = "DELETE";
    del.path = QStringLiteral("/tutorcatalog-api/v1/coursepacks/") + p.pack.value(QStringLiteral("id")).toString();
    del.token = f.admin.token;
    del.json = QJsonObject {{QStringLiteral("removalReason"), QStringLiteral("Violates the content policy")}};
    EXPECT_STATUS(f.server.send(del), 200);
    const QJsonObject e = f.enrollment(p.id);
    QCOMPARE(e.value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("canceled"));
    QCOMPARE(e.value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("refunded"));
    QCOMPARE(f.intentOf(p.id).value(QStringLiteral("amount_refunded")).toInt(),
             6000); // 1 of 2 lessons left: half of 120
}

void TstContractEnrollment::rule35_cleanupPendingEnrollments()
{
    const Actor s = f.newStudent(QStringLiteral("Forgetful Student"));
    const Actor other = f.newStudent(QStringLiteral("Other Pending Student"));
    const QJsonObject pack = f.createPack(f.maria);
    const QString packId = pack.value(QStringLiteral("id")).toString();
    const QString slot1 = f.createSlot(f.maria, packId);
    const QString slot2 = f.createSlot(f.maria, packId);
    const QString mine = f.enrollId(s, pack, {slot1});
    const QString theirs = f.enrollId(other, pack, {slot2});
    QVERIFY2(!mine.isEmpty() && !theirs.isEmpty(), f.lastFailure.constData());
    const QString path = kEnr + QStringLiteral("/v1/cleanuppendingenrollments");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("maxAgeMinutes"), -1}}, f.admin.token), 400,
                 "errMsg_InvalidParameter:maxAgeMinutes");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("maxAgeMinutes"), QStringLiteral("60")}}, f.admin.token), 400,
                 "errMsg_InvalidParameter:maxAgeMinutes");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("maxAgeMinutes"), 1.5}}, f.admin.token), 400,
                 "errMsg_InvalidParameter:maxAgeMinutes");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("maxAgeMinutes"), 1e300}}, f.admin.token), 400,
                 "errMsg_InvalidParameter:maxAgeMinutes"); // beyond any integer: refused, not converted
    EXPECT_ERROR(f.server.post(path, {}), 401, "errMsg_LoginRequired");
    // Default 60 minutes: fresh enrollments stay.
    const Reply fresh = f.server.post(path, {}, f.admin.token);
    CONTRACT_CHECK(
        envelopeProblem(fresh, 200, QStringLiteral("enrollments"), "POST", QStringLiteral("list"), Shape::List));
    QCOMPARE(f.enrollment(mine).value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("pending"));
    // A student's housekeeping touches only their own enrollments.
    const Reply own = f.server.post(path, {{QStringLiteral("maxAgeMinutes"), 0}}, s.token);
    EXPECT_STATUS(own, 200);
    QCOMPARE(own.payload().toArray().size(), 1);
    QCOMPARE(own.payload().toArray().first().toObject().value(QStringLiteral("id")).toString(), mine);
    QCOMPARE(f.enrollment(mine).value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("canceled"));
    QCOMPARE(f.slotStatus(slot1), QStringLiteral("free"));
    QCOMPARE(f.enrollment(theirs).value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("pending"));
    QCOMPARE(f.slotStatus(slot2), QStringLiteral("booked"));
    // A paid enrollment is never cleaned up.
    const Paid p = paid(f, s, f.james, 1);
    QVERIFY2(!p.id.isEmpty(), f.lastFailure.constData());
    EXPECT_STATUS(f.server.post(path, {{QStringLiteral("maxAgeMinutes"), 0}}, f.admin.token), 200);
    QCOMPARE(f.enrollment(p.id).value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("active"));
    QCOMPARE(f.enrollment(theirs).value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("canceled"));
}

void TstContractEnrollment::rule36_checkEnrollmentCompletion()
{
    const Actor s = f.newStudent(QStringLiteral("Diligent Student"));
    const Paid p = paid(f, s, f.maria, 2);
    QVERIFY2(!p.id.isEmpty(), f.lastFailure.constData());
    const QString path = kEnr + QStringLiteral("/v1/checkenrollmentcompletion");
    const QJsonObject body {{QStringLiteral("enrollmentId"), p.id}};
    EXPECT_STATUS(f.completeSlot(f.maria, p.slotIds.at(0)), 200);
    const Reply half = f.server.post(path, body, s.token);
    CONTRACT_CHECK(
        envelopeProblem(half, 200, QStringLiteral("enrollments"), "POST", QStringLiteral("list"), Shape::List));
    QCOMPARE(half.payload().toArray().first().toObject().value(QStringLiteral("enrollmentStatus")).toString(),
             QStringLiteral("active"));
    // Completing the last lesson completes the enrollment (the scheduling service calls the check).
    EXPECT_STATUS(f.completeSlot(f.maria, p.slotIds.at(1)), 200);
    QCOMPARE(f.enrollment(p.id).value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("completed"));
    const Reply done = f.server.post(path, body, f.maria.token);
    EXPECT_STATUS(done, 200);
    QCOMPARE(done.payload().toArray().first().toObject().value(QStringLiteral("enrollmentStatus")).toString(),
             QStringLiteral("completed"));
    EXPECT_ERROR(f.server.post(path, body, f.tom.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, body, f.james.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("enrollmentId"), 1}}, s.token), 400,
                 "errMsg_InvalidParameter:enrollmentId");
    EXPECT_STATUS(f.server.post(path, {}, f.admin.token), 200);
}

void TstContractEnrollment::demoEnrollments()
{
    auto mine = [&](const Actor &who) {
        return f.server.get(kEnr + QStringLiteral("/v1/enrollments"), who.token).payload().toArray();
    };
    const QJsonArray lena = mine(f.lena);
    QVERIFY2(!lena.isEmpty(), "Lena has no demo enrollment");
    QJsonObject lenaPaid;
    for (const QJsonValue &v : lena)
        if (v.toObject().value(QStringLiteral("paymentStatus")).toString() == QLatin1String("paid"))
            lenaPaid = v.toObject();
    QVERIFY2(!lenaPaid.isEmpty(), "Lena has no paid demo enrollment");
    QCOMPARE(lenaPaid.value(QStringLiteral("refundStatus")).toString(), QStringLiteral("eligible"));
    QCOMPARE(lenaPaid.value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("active"));
    bool tomPending = false;
    for (const QJsonValue &v : mine(f.tom))
        tomPending = tomPending
                     || v.toObject().value(QStringLiteral("enrollmentStatus")).toString() == QLatin1String("pending");
    QVERIFY(tomPending);
    bool aikoPaid = false;
    for (const QJsonValue &v : mine(f.aiko))
        aikoPaid = aikoPaid || v.toObject().value(QStringLiteral("paymentStatus")).toString() == QLatin1String("paid");
    QVERIFY(aikoPaid);
    // Lena's saved test card.
    const Reply cards = f.server.get(kEnr + QStringLiteral("/v1/paymentcustomermethods/") + f.lena.id, f.lena.token);
    EXPECT_STATUS(cards, 200);
    QVERIFY(!cards.payload().toArray().isEmpty());
    // Her first lesson took place: she may ask for her refund.
    const Reply r = f.server.post(kRefunds, refundBody(lenaPaid.value(QStringLiteral("id")).toString()), f.lena.token);
    EXPECT_STATUS(r, 201);
}
