// Contract tests of the payment side of enrollmentManagement (API.md §3.3 payment APIs, rules 46-52,
// ARCHITECTURE decision 8 amended): the start/refresh/callback lifecycle for each Stripe test card,
// confirmed with the Stripe simulator the way the app does (C13-C14), the signed webhook, replays,
// idempotent starts, payment records and their access matrix. The Stripe routes themselves:
// tst_contract_stripe.cpp.
#include "enrollmentfixture.h"

#include <QObject>
#include <QUuid>

using namespace contract;

class TstContractPayments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void decision8_cardNumbersNeverStored();
    void rule50_cardSucceedsPaymentPaid();
    void rule50_cardDeclinedPaymentCanceled();
    void rule50_cardNeedsConfirmationStep();
    void rule50_confirmationStepDeclined();
    void rule35_cleanupStopsAnUnfinishedPayment();
    void decision8_webhookReplayIsIdempotent();
    void c13_webhookSignatureChecked();
    void decision8_startIsIdempotent();
    void startEnrollmentPaymentBadInput();
    void startEnrollmentPaymentAccess();
    void refreshAndCallbackAccess();
    void rule48_paymentTicketLookups();
    void paymentTicketAdminCrud();
    void rule52_paymentCustomersAndMethods();
    void serverOutput(); // keep last

private:
    struct Booked
    {
        Actor student;
        QString id;
    };
    Booked booked(const QString &name, int lessons = 1, double price = 40.0);

    EnrollmentFixture f;
};

namespace {

const QString kStart = kEnr + QStringLiteral("/v1/startenrollmentpayment/");
const QString kCallback = kEnr + QStringLiteral("/v1/callbackenrollmentpayment");

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString paymentResultProblem(const Reply &r)
{
    const QJsonObject pr = r.obj().value(QStringLiteral("paymentResult")).toObject();
    for (const char *k :
         {"paymentTicketId", "orderId", "paymentId", "paymentStatus", "paymentIntentInfo", "statusLiteral", "amount",
          "currency", "success", "description", "metadata", "paymentUserParams"})
        if (!pr.contains(QLatin1String(k)))
            return QStringLiteral("paymentResult.%1 missing in {%2}").arg(QLatin1String(k), keyList(pr)) + where(r);
    if (!pr.value(QStringLiteral("success")).isBool() || !pr.value(QStringLiteral("amount")).isDouble())
        return QStringLiteral("paymentResult.success/amount have the wrong type") + where(r);
    return {};
}

// §1.4 envelope with the extra key paymentResult.
QString paymentEnvelopeProblem(const Reply &r, const QByteArray &method)
{
    Reply stripped = r;
    QJsonObject o = r.obj();
    o.remove(QStringLiteral("paymentResult"));
    stripped.doc = QJsonDocument(o);
    QString p = envelopeProblem(stripped, 200, QStringLiteral("enrollment"), method, QStringLiteral("update"));
    if (p.isEmpty())
        p = paymentResultProblem(r);
    return p;
}

} // namespace

void TstContractPayments::initTestCase()
{
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
}

void TstContractPayments::cleanupTestCase()
{
    f.server.stop();
}

TstContractPayments::Booked TstContractPayments::booked(const QString &name, int lessons, double price)
{
    Booked b;
    b.student = f.newStudent(name);
    const QJsonObject pack = f.createPack(f.maria, {}, price);
    b.id = f.enrollId(b.student, pack, f.createSlots(f.maria, pack.value(QStringLiteral("id")).toString(), lessons));
    return b;
}

void TstContractPayments::decision8_cardNumbersNeverStored()
{
    const Booked b = booked(QStringLiteral("Private Card Holder"));
    QVERIFY2(!b.id.isEmpty(), f.lastFailure.constData());
    const Actor s = b.student;
    EXPECT_STATUS(f.pay(s, b.id, f.cardId(s, kCardSucceeds), true), 200);
    const Reply methods = f.server.get(kEnr + QStringLiteral("/v1/paymentcustomermethods/") + s.id, s.token);
    CONTRACT_CHECK(envelopeProblem(methods, 200, QStringLiteral("sys_paymentMethods"), "GET", QStringLiteral("list"),
                                   Shape::List));
    const QJsonObject m = methods.payload().toArray().first().toObject();
    CONTRACT_CHECK(stdFieldsProblem(m));
    QVERIFY(m.value(QStringLiteral("paymentMethodId")).toString().startsWith(QStringLiteral("pm_")));
    QCOMPARE(m.value(QStringLiteral("platform")).toString(), QStringLiteral("stripe"));
    QCOMPARE(m.value(QStringLiteral("userId")).toString(), s.id);
    QCOMPARE(m.value(QStringLiteral("cardInfo")).toObject().value(QStringLiteral("last4")).toString(),
             QStringLiteral("4242"));
    QVERIFY2(!methods.body.contains("4242424242424242") && !methods.body.contains("4242 4242"),
             methods.body.constData());
    QVERIFY(!m.value(QStringLiteral("cardInfo")).toObject().contains(QStringLiteral("number")));
    QVERIFY(!m.value(QStringLiteral("cardInfo")).toObject().contains(QStringLiteral("cvc")));
}

void TstContractPayments::rule50_cardSucceedsPaymentPaid()
{
    const Booked b = booked(QStringLiteral("Paying Student"), 2, 45.0);
    QVERIFY2(!b.id.isEmpty(), f.lastFailure.constData());
    const QString pm = f.cardId(b.student, kCardSucceeds);
    const Reply start = f.startPayment(b.student, b.id, pm);
    CONTRACT_CHECK(paymentEnvelopeProblem(start, "PATCH"));
    QCOMPARE(start.data().value(QStringLiteral("paymentConfirmation")).toString(), QStringLiteral("processing"));
    QCOMPARE(start.data().value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("pending"));
    const QJsonObject pr = start.obj().value(QStringLiteral("paymentResult")).toObject();
    QCOMPARE(pr.value(QStringLiteral("orderId")).toString(), b.id);
    QCOMPARE(pr.value(QStringLiteral("amount")).toDouble(), 90.0);
    QCOMPARE(pr.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    QVERIFY(pr.value(QStringLiteral("paymentId")).toString().startsWith(QStringLiteral("pi_")));
    const QJsonObject intent = pr.value(QStringLiteral("paymentIntentInfo")).toObject();
    QCOMPARE(intent.value(QStringLiteral("object")).toString(), QStringLiteral("payment_intent"));
    QCOMPARE(intent.value(QStringLiteral("amount")).toInt(), 9000);
    QCOMPARE(intent.value(QStringLiteral("currency")).toString(), QStringLiteral("eur"));
    QCOMPARE(intent.value(QStringLiteral("status")).toString(), QStringLiteral("requires_confirmation"));
    QCOMPARE(intent.value(QStringLiteral("payment_method")).toString(), pm);
    QVERIFY(intent.value(QStringLiteral("client_secret"))
                .toString()
                .startsWith(pr.value(QStringLiteral("paymentId")).toString() + QStringLiteral("_secret_")));
    QCOMPARE(
        pr.value(QStringLiteral("paymentUserParams")).toObject().value(QStringLiteral("paymentMethodId")).toString(),
        pm);
    // Nothing is charged until the app confirms with Stripe.
    QCOMPARE(f.refresh(b.student, b.id).data().value(QStringLiteral("paymentConfirmation")).toString(),
             QStringLiteral("processing"));
    const Reply confirmed = f.confirm(start);
    EXPECT_STATUS(confirmed, 200);
    QCOMPARE(confirmed.obj().value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(confirmed.obj().value(QStringLiteral("amount_received")).toInt(), 9000);

    // Stripe's webhook arrives asynchronously; refresh is the poll path.
    const QJsonObject e = f.waitFor(b.student, b.id, QStringLiteral("paid"));
    QCOMPARE(e.value(QStringLiteral("paymentConfirmation")).toString(), QStringLiteral("paid"));
    QCOMPARE(e.value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("paid"));
    QCOMPARE(e.value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("active"));
    QVERIFY(isIsoUtc(e.value(QStringLiteral("enrolledAt"))));
    const Reply r = f.refresh(b.student, b.id);
    CONTRACT_CHECK(paymentEnvelopeProblem(r, "PATCH"));
    const QJsonObject done = r.obj().value(QStringLiteral("paymentResult")).toObject();
    QCOMPARE(done.value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(done.value(QStringLiteral("statusLiteral")).toString(), QStringLiteral("paid"));
    QCOMPARE(done.value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("succeeded"));
}

void TstContractPayments::rule50_cardDeclinedPaymentCanceled()
{
    const Booked b = booked(QStringLiteral("Declined Student"));
    QVERIFY2(!b.id.isEmpty(), f.lastFailure.constData());
    const Reply declined = f.pay(b.student, b.id, f.cardId(b.student, kCardDeclined));
    EXPECT_STATUS(declined, 402); // Stripe's answer to a declined card
    const QJsonObject error = declined.obj().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("card_error"));
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("card_declined"));
    QCOMPARE(error.value(QStringLiteral("decline_code")).toString(), QStringLiteral("generic_decline"));
    QCOMPARE(error.value(QStringLiteral("payment_intent")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("requires_payment_method"));
    QJsonObject e = f.waitFor(b.student, b.id, QStringLiteral("canceled"));
    QCOMPARE(e.value(QStringLiteral("paymentConfirmation")).toString(), QStringLiteral("canceled"));
    QCOMPARE(e.value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("pending"));
    QCOMPARE(e.value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("pending")); // not confirmed
    f.refresh(b.student, b.id);
    QCOMPARE(f.notificationCount(b.student, QStringLiteral("paymentFailed"), b.id), 1);
    QCOMPARE(f.notificationCount(b.student, QStringLiteral("enrollmentPaid"), b.id), 0);
    const Reply r = f.refresh(b.student, b.id);
    const QJsonObject pr = r.obj().value(QStringLiteral("paymentResult")).toObject();
    QCOMPARE(pr.value(QStringLiteral("success")).toBool(), false);
    QCOMPARE(pr.value(QStringLiteral("statusLiteral")).toString(), QStringLiteral("failed"));
    QCOMPARE(pr.value(QStringLiteral("paymentIntentInfo"))
                 .toObject()
                 .value(QStringLiteral("last_payment_error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("card_declined"));
    // Another card may be tried while the booking holds: the same intent with a new payment method,
    // as with Stripe, so an old confirmation can never charge a second time.
    const Reply retry = f.startPayment(b.student, b.id, f.cardId(b.student, kCardSucceeds));
    EXPECT_STATUS(retry, 200);
    QCOMPARE(
        retry.obj().value(QStringLiteral("paymentResult")).toObject().value(QStringLiteral("paymentId")).toString(),
        pr.value(QStringLiteral("paymentId")).toString());
    QCOMPARE(f.intentIn(retry).value(QStringLiteral("status")).toString(), QStringLiteral("requires_confirmation"));
    EXPECT_STATUS(f.confirm(retry), 200);
    e = f.waitFor(b.student, b.id, QStringLiteral("paid"));
    QCOMPARE(e.value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("active"));
}

void TstContractPayments::rule50_cardNeedsConfirmationStep()
{
    const Booked b = booked(QStringLiteral("Authenticating Student"));
    QVERIFY2(!b.id.isEmpty(), f.lastFailure.constData());
    const Reply start = f.startPayment(b.student, b.id, f.cardId(b.student, kCardAuthenticate));
    EXPECT_STATUS(start, 200);
    const QString returnUrl = QStringLiteral("http://127.0.0.1:%1/stripe/return").arg(f.server.port());
    const Reply confirmed = f.confirm(start, {{QStringLiteral("return_url"), returnUrl}});
    EXPECT_STATUS(confirmed, 200);
    const QJsonObject intent = confirmed.obj();
    QCOMPARE(intent.value(QStringLiteral("status")).toString(), QStringLiteral("requires_action"));
    const QJsonObject action = intent.value(QStringLiteral("next_action")).toObject();
    QCOMPARE(action.value(QStringLiteral("type")).toString(), QStringLiteral("redirect_to_url"));
    const QUrl page(action.value(QStringLiteral("redirect_to_url")).toObject().value(QStringLiteral("url")).toString());
    QVERIFY2(page.path().startsWith(QStringLiteral("/stripe/3d_secure/pi_")), confirmed.describe().constData());
    QCOMPARE(action.value(QStringLiteral("redirect_to_url")).toObject().value(QStringLiteral("return_url")).toString(),
             returnUrl);
    QCOMPARE(f.refresh(b.student, b.id)
                 .obj()
                 .value(QStringLiteral("paymentResult"))
                 .toObject()
                 .value(QStringLiteral("statusLiteral"))
                 .toString(),
             QStringLiteral("actionRequired"));
    // Nothing happens until the card holder authenticates.
    QThread::msleep(300);
    QCOMPARE(f.refresh(b.student, b.id).data().value(QStringLiteral("paymentConfirmation")).toString(),
             QStringLiteral("processing"));
    // The challenge page, as the browser gets it; a wrong secret shows nothing.
    const Reply html
        = f.server.get(page.path(), {},
                       {{QStringLiteral("client_secret"),
                         QUrlQuery(page).queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded)}});
    EXPECT_STATUS(html, 200);
    QVERIFY2(html.header("content-type").startsWith("text/html") && html.body.contains("Complete authentication")
                 && html.body.contains("Fail authentication"),
             html.describe().constData());
    EXPECT_STATUS(f.server.get(page.path(), {}, {{QStringLiteral("client_secret"), QStringLiteral("pi_x_secret_y")}}),
                  404);
    const Reply done = f.authenticate(intent, true);
    EXPECT_STATUS(done, 303); // back to return_url, as Stripe's page does
    QVERIFY2(done.header("location").startsWith(returnUrl.toUtf8())
                 && done.header("location").contains("redirect_status=succeeded"),
             done.describe().constData());
    QCOMPARE(f.waitFor(b.student, b.id, QStringLiteral("paid")).value(QStringLiteral("enrollmentStatus")).toString(),
             QStringLiteral("active"));
    // Confirming a succeeded intent again is refused, as Stripe does; nothing is charged twice.
    const Reply again = f.confirm(start);
    EXPECT_STATUS(again, 400);
    QCOMPARE(again.obj().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("payment_intent_unexpected_state"));
    const Reply unknown = f.stripePost(QStringLiteral("/v1/payment_intents/pi_unknown/confirm"),
                                       {{QStringLiteral("client_secret"), QStringLiteral("x")}});
    EXPECT_STATUS(unknown, 404);
    QCOMPARE(unknown.obj().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("resource_missing"));
}

void TstContractPayments::rule50_confirmationStepDeclined()
{
    const Booked b = booked(QStringLiteral("Hesitant Student"));
    QVERIFY2(!b.id.isEmpty(), f.lastFailure.constData());
    const Reply start = f.startPayment(b.student, b.id, f.cardId(b.student, kCardAuthenticate));
    const Reply confirmed = f.confirm(start);
    EXPECT_STATUS(confirmed, 200);
    const Reply failed = f.authenticate(confirmed.obj(), false);
    EXPECT_STATUS(failed, 200); // no return_url: the page itself says so
    const QJsonObject pi
        = f.stripeGet(
               QStringLiteral("/v1/payment_intents/") + f.intentIn(start).value(QStringLiteral("id")).toString(),
               {{QStringLiteral("client_secret"), f.intentIn(start).value(QStringLiteral("client_secret")).toString()}})
              .obj();
    QCOMPARE(pi.value(QStringLiteral("status")).toString(), QStringLiteral("requires_payment_method"));
    QCOMPARE(pi.value(QStringLiteral("last_payment_error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("payment_intent_authentication_failure"));
    const QJsonObject e = f.waitFor(b.student, b.id, QStringLiteral("canceled"));
    QCOMPARE(e.value(QStringLiteral("paymentConfirmation")).toString(), QStringLiteral("canceled"));
    QCOMPARE(e.value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("pending"));
}

void TstContractPayments::rule35_cleanupStopsAnUnfinishedPayment()
{
    const Booked b = booked(QStringLiteral("Abandoning Student"));
    QVERIFY2(!b.id.isEmpty(), f.lastFailure.constData());
    const Reply start = f.startPayment(b.student, b.id, f.cardId(b.student, kCardAuthenticate));
    const QString pi
        = start.obj().value(QStringLiteral("paymentResult")).toObject().value(QStringLiteral("paymentId")).toString();
    QVERIFY2(pi.startsWith(QStringLiteral("pi_")), start.describe().constData());
    const Reply confirmed = f.confirm(start);
    QCOMPARE(confirmed.obj().value(QStringLiteral("status")).toString(), QStringLiteral("requires_action"));
    // The card holder walks away; housekeeping cancels the booking and the gateway intent.
    const Reply cleanup = f.server.post(kEnr + QStringLiteral("/v1/cleanuppendingenrollments"),
                                        {{QStringLiteral("maxAgeMinutes"), 0}}, b.student.token);
    EXPECT_STATUS(cleanup, 200);
    QCOMPARE(cleanup.payload().toArray().size(), 1);
    const Reply tooLate = f.authenticate(confirmed.obj(), true); // too late: the intent was canceled
    EXPECT_STATUS(tooLate, 200);
    QVERIFY2(tooLate.body.contains("Authentication failed"), tooLate.describe().constData());
    const Reply late = f.stripeGet(
        QStringLiteral("/v1/payment_intents/") + pi,
        {{QStringLiteral("client_secret"), f.intentIn(start).value(QStringLiteral("client_secret")).toString()}});
    EXPECT_STATUS(late, 200);
    QCOMPARE(late.obj().value(QStringLiteral("status")).toString(), QStringLiteral("canceled")); // nothing charged
    QThread::msleep(500);
    const QJsonObject e = f.refresh(b.student, b.id).data();
    QCOMPARE(e.value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("canceled"));
    QCOMPARE(e.value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("pending"));
    QCOMPARE(e.value(QStringLiteral("paymentConfirmation")).toString(), QStringLiteral("canceled"));
    QCOMPARE(f.notificationCount(b.student, QStringLiteral("enrollmentExpired"), b.id), 1);
}

void TstContractPayments::decision8_webhookReplayIsIdempotent()
{
    const Booked b = booked(QStringLiteral("Replayed Student"));
    QVERIFY2(!b.id.isEmpty(), f.lastFailure.constData());
    EXPECT_STATUS(f.pay(b.student, b.id, f.cardId(b.student, kCardSucceeds)), 200);
    const QJsonObject paid = f.waitFor(b.student, b.id, QStringLiteral("paid"));
    QCOMPARE(paid.value(QStringLiteral("enrollmentStatus")).toString(), QStringLiteral("active"));
    for (int i = 0; i < 3; ++i) {
        const Reply r = f.server.post(kCallback, {{QStringLiteral("enrollmentId"), b.id}}, f.admin.token);
        CONTRACT_CHECK(paymentEnvelopeProblem(r, "POST"));
        QCOMPARE(r.data().value(QStringLiteral("recordVersion")), paid.value(QStringLiteral("recordVersion")));
        QCOMPARE(r.data().value(QStringLiteral("enrolledAt")), paid.value(QStringLiteral("enrolledAt")));
        QCOMPARE(r.data().value(QStringLiteral("paymentConfirmation")).toString(), QStringLiteral("paid"));
    }
    // Concurrent replays too.
    QList<Request> burst;
    for (int i = 0; i < 10; ++i) {
        Request req;
        req.method = "POST";
        req.path = kCallback;
        req.token = b.student.token;
        req.json = QJsonObject {{QStringLiteral("enrollmentId"), b.id}};
        burst << req;
    }
    for (const Reply &r : f.server.sendAll(burst))
        EXPECT_STATUS(r, 200);
    QCOMPARE(f.enrollment(b.id).value(QStringLiteral("recordVersion")), paid.value(QStringLiteral("recordVersion")));
    // One notification each, however often the webhook came.
    QCOMPARE(f.notificationCount(b.student, QStringLiteral("enrollmentPaid"), b.id), 1);
    QCOMPARE(f.notificationCount(f.maria, QStringLiteral("enrollmentPaid"), b.id), 1);
    const Reply ticket = f.server.get(kEnr + QStringLiteral("/v1/enrollmentpaymentbyorderid/") + b.id, b.student.token);
    QCOMPARE(ticket.data().value(QStringLiteral("statusLiteral")).toString(), QStringLiteral("paid"));
}

void TstContractPayments::c13_webhookSignatureChecked()
{
    const Booked b = booked(QStringLiteral("Forged Webhook Student"));
    QVERIFY2(!b.id.isEmpty(), f.lastFailure.constData());
    const QJsonObject event {
        {QStringLiteral("type"), QStringLiteral("payment_intent.succeeded")},
        {QStringLiteral("data"),
         QJsonObject {{QStringLiteral("object"),
                       QJsonObject {{QStringLiteral("metadata"), QJsonObject {{QStringLiteral("orderId"), b.id}}}}}}}};
    for (const QByteArray &signature : {QByteArray("t=1,v1=00"), QByteArray("v1=abc"), QByteArray("garbage")}) {
        Request req;
        req.method = "POST";
        req.path = kCallback;
        req.json = event;
        req.headers.append({QByteArrayLiteral("Stripe-Signature"), signature});
        EXPECT_ERROR(f.server.send(req), 400, "errMsg_InvalidWebhookSignature");
    }
    EXPECT_ERROR(f.server.post(kCallback, event), 401, "errMsg_LoginRequired"); // neither signed nor signed in
    QCOMPARE(f.enrollment(b.id).value(QStringLiteral("paymentConfirmation")).toString(), QStringLiteral("pending"));
}

void TstContractPayments::decision8_startIsIdempotent()
{
    const Booked b = booked(QStringLiteral("Impatient Student"));
    QVERIFY2(!b.id.isEmpty(), f.lastFailure.constData());
    const QString pm = f.cardId(b.student, kCardSucceeds);
    const Reply first = f.startPayment(b.student, b.id, pm);
    const Reply second = f.startPayment(b.student, b.id, pm);
    EXPECT_STATUS(second, 200);
    const QString pi
        = first.obj().value(QStringLiteral("paymentResult")).toObject().value(QStringLiteral("paymentId")).toString();
    QCOMPARE(
        second.obj().value(QStringLiteral("paymentResult")).toObject().value(QStringLiteral("paymentId")).toString(),
        pi);
    EXPECT_STATUS(f.confirm(first), 200);
    f.waitFor(b.student, b.id, QStringLiteral("paid"));
    const Reply after = f.startPayment(b.student, b.id, pm);
    EXPECT_STATUS(after, 200);
    QCOMPARE(
        after.obj().value(QStringLiteral("paymentResult")).toObject().value(QStringLiteral("paymentId")).toString(),
        pi);
    QCOMPARE(f.intentOf(b.id).value(QStringLiteral("amount")).toInt(), 4000); // charged once
    const Reply tickets = f.server.get(kEnr + QStringLiteral("/v1/enrollmentpayments"), f.admin.token,
                                       {{QStringLiteral("orderId"), b.id}});
    QCOMPARE(tickets.payload().toArray().size(), 1);
}

void TstContractPayments::startEnrollmentPaymentBadInput()
{
    const Booked b = booked(QStringLiteral("Confused Payer"));
    QVERIFY2(!b.id.isEmpty(), f.lastFailure.constData());
    const QString path = kStart + b.id;
    EXPECT_ERROR(f.server.patch(path, {}, b.student.token), 400, "errMsg_MissingParameter:paymentUserParams");
    EXPECT_ERROR(f.server.patch(path, {{QStringLiteral("paymentUserParams"), QStringLiteral("pm_x")}}, b.student.token),
                 400, "errMsg_InvalidParameter:paymentUserParams");
    EXPECT_ERROR(f.server.patch(path, {{QStringLiteral("paymentUserParams"), QJsonObject {}}}, b.student.token), 400,
                 "errMsg_MissingParameter:paymentMethodId");
    EXPECT_ERROR(
        f.server.patch(path,
                       {{QStringLiteral("paymentUserParams"), QJsonObject {{QStringLiteral("paymentMethodId"), 5}}}},
                       b.student.token),
        400, "errMsg_InvalidParameter:paymentMethodId");
    EXPECT_ERROR(f.startPayment(b.student, b.id, QStringLiteral("pm_doesnotexist")), 400,
                 "errMsg_InvalidParameter:paymentMethodId");
    // A payment method attached to somebody else's customer cannot be used.
    const Booked other = booked(QStringLiteral("Other Payer"));
    const QString foreign = f.cardId(other.student, kCardSucceeds);
    EXPECT_STATUS(f.startPayment(other.student, other.id, foreign), 200);
    EXPECT_ERROR(f.startPayment(b.student, b.id, foreign), 400, "errMsg_InvalidParameter:paymentMethodId");
    EXPECT_ERROR(f.startPayment(b.student, uuid(), f.cardId(b.student, kCardSucceeds)), 404,
                 "errMsg_FethcedObjectNotFound:enrollment");
    QCOMPARE(f.enrollment(b.id).value(QStringLiteral("paymentConfirmation")).toString(), QStringLiteral("pending"));
    // A canceled enrollment is not paid.
    EXPECT_STATUS(f.server.patch(kEnr + QStringLiteral("/v1/cancelenrollment/") + b.id, {}, f.admin.token), 200);
    EXPECT_ERROR(f.startPayment(b.student, b.id, f.cardId(b.student, kCardSucceeds)), 400, "errMsg_EnrollmentCanceled");
}

void TstContractPayments::startEnrollmentPaymentAccess()
{
    const Booked b = booked(QStringLiteral("Guarded Payer"));
    QVERIFY2(!b.id.isEmpty(), f.lastFailure.constData());
    EXPECT_ERROR(f.startPayment(f.tom, b.id, f.cardId(f.tom, kCardSucceeds)), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.startPayment(f.maria, b.id, f.cardId(f.maria, kCardSucceeds)), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.startPayment(f.admin, b.id, f.cardId(f.admin, kCardSucceeds)), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.startPayment(Actor {}, b.id, QStringLiteral("pm_x")), 401, "errMsg_LoginRequired");
    QCOMPARE(f.enrollment(b.id).value(QStringLiteral("paymentConfirmation")).toString(), QStringLiteral("pending"));
}

void TstContractPayments::refreshAndCallbackAccess()
{
    const Booked b = booked(QStringLiteral("Watched Payer"));
    QVERIFY2(!b.id.isEmpty(), f.lastFailure.constData());
    for (const Actor *ok : std::initializer_list<const Actor *> {&b.student, &f.maria, &f.admin}) {
        const Reply r = f.refresh(*ok, b.id);
        CONTRACT_CHECK(paymentEnvelopeProblem(r, "PATCH"));
        QVERIFY(r.obj()
                    .value(QStringLiteral("paymentResult"))
                    .toObject()
                    .value(QStringLiteral("paymentId"))
                    .isNull()); // not started
        EXPECT_STATUS(f.server.post(kCallback, {{QStringLiteral("enrollmentId"), b.id}}, ok->token), 200);
    }
    for (const Actor *no : std::initializer_list<const Actor *> {&f.tom, &f.james}) {
        EXPECT_ERROR(f.refresh(*no, b.id), 403, "errMsg_Forbidden");
        EXPECT_ERROR(f.server.post(kCallback, {{QStringLiteral("enrollmentId"), b.id}}, no->token), 403,
                     "errMsg_Forbidden");
    }
    EXPECT_ERROR(f.refresh(Actor {}, b.id), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.post(kCallback, {{QStringLiteral("enrollmentId"), b.id}}), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.post(kCallback, {}, f.admin.token), 400, "errMsg_MissingParameter:enrollmentId");
    EXPECT_ERROR(f.server.post(kCallback, {{QStringLiteral("enrollmentId"), uuid()}}, f.admin.token), 404,
                 "errMsg_FethcedObjectNotFound:enrollment");
    EXPECT_ERROR(f.server.patch(kEnr + QStringLiteral("/v1/refreshenrollmentpayment/") + b.id,
                                {{QStringLiteral("paymentUserParams"), 3}}, b.student.token),
                 400, "errMsg_InvalidParameter:paymentUserParams");
}

void TstContractPayments::rule48_paymentTicketLookups()
{
    const Booked b = booked(QStringLiteral("Ticket Holder"));
    QVERIFY2(!b.id.isEmpty(), f.lastFailure.constData());
    EXPECT_STATUS(f.pay(b.student, b.id, f.cardId(b.student, kCardSucceeds)), 200);
    f.waitFor(b.student, b.id, QStringLiteral("paid"));
    const Reply byOrder
        = f.server.get(kEnr + QStringLiteral("/v1/enrollmentpaymentbyorderid/") + b.id, b.student.token);
    CONTRACT_CHECK(
        envelopeProblem(byOrder, 200, QStringLiteral("sys_enrollmentPayment"), "GET", QStringLiteral("get")));
    const QJsonObject t = byOrder.data();
    CONTRACT_CHECK(stdFieldsProblem(t));
    QCOMPARE(t.value(QStringLiteral("orderId")).toString(), b.id);
    QCOMPARE(t.value(QStringLiteral("ownerId")).toString(), b.student.id);
    QCOMPARE(t.value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(t.value(QStringLiteral("statusLiteral")).toString(), QStringLiteral("paid"));
    const QString ticketId = t.value(QStringLiteral("id")).toString();
    const QString pi = t.value(QStringLiteral("paymentId")).toString();
    const QStringList paths {kEnr + QStringLiteral("/v1/enrollmentpayment/") + ticketId,
                             kEnr + QStringLiteral("/v1/enrollmentpaymentbyorderid/") + b.id,
                             kEnr + QStringLiteral("/v1/enrollmentpaymentbypaymentid/") + pi};
    for (const QString &path : paths) {
        const Reply own = f.server.get(path, b.student.token);
        EXPECT_STATUS(own, 200);
        QCOMPARE(own.data().value(QStringLiteral("id")).toString(), ticketId);
        EXPECT_STATUS(f.server.get(path, f.maria.token), 200);
        EXPECT_STATUS(f.server.get(path, f.admin.token), 200);
        EXPECT_ERROR(f.server.get(path, f.tom.token), 403, "errMsg_Forbidden");
        EXPECT_ERROR(f.server.get(path, f.james.token), 403, "errMsg_Forbidden");
        EXPECT_ERROR(f.server.get(path), 401, "errMsg_LoginRequired");
    }
    EXPECT_ERROR(f.server.get(kEnr + QStringLiteral("/v1/enrollmentpayment/") + uuid(), f.admin.token), 404,
                 "errMsg_FethcedObjectNotFound:sys_enrollmentPayment");
    EXPECT_ERROR(f.server.get(kEnr + QStringLiteral("/v1/enrollmentpaymentbyorderid/") + uuid(), f.admin.token), 404,
                 "errMsg_FethcedObjectNotFound:sys_enrollmentPayment");
    EXPECT_ERROR(f.server.get(kEnr + QStringLiteral("/v1/enrollmentpaymentbypaymentid/pi_nothing"), f.admin.token), 404,
                 "errMsg_FethcedObjectNotFound:sys_enrollmentPayment");
    // Lists are scoped: own tickets for students, all for admins.
    const Reply mine = f.server.get(kEnr + QStringLiteral("/v1/enrollmentpayments"), b.student.token);
    CONTRACT_CHECK(envelopeProblem(mine, 200, QStringLiteral("sys_enrollmentPayments"), "GET", QStringLiteral("list"),
                                   Shape::List));
    QCOMPARE(mine.payload().toArray().size(), 1);
    const Reply toms = f.server.get(kEnr + QStringLiteral("/v1/enrollmentpayments"), f.tom.token,
                                    {{QStringLiteral("orderId"), b.id}});
    QCOMPARE(toms.payload().toArray().size(), 0);
    const Reply admins = f.server.get(kEnr + QStringLiteral("/v1/enrollmentpayments"), f.admin.token,
                                      {{QStringLiteral("paymentId"), pi}});
    QCOMPARE(admins.payload().toArray().size(), 1);
    EXPECT_ERROR(f.server.get(kEnr + QStringLiteral("/v1/enrollmentpayments"), f.admin.token,
                              {{QStringLiteral("orderId"), QStringLiteral("x")}}),
                 400, "errMsg_InvalidParameter:orderId");
}

void TstContractPayments::paymentTicketAdminCrud()
{
    const Booked b = booked(QStringLiteral("Manual Ticket Student"));
    QVERIFY2(!b.id.isEmpty(), f.lastFailure.constData());
    const QString base = kEnr + QStringLiteral("/v1/enrollmentpayment");
    const QJsonObject body {{QStringLiteral("orderId"), b.id},
                            {QStringLiteral("paymentId"), QStringLiteral("pi_manual")},
                            {QStringLiteral("paymentStatus"), QStringLiteral("processing")},
                            {QStringLiteral("statusLiteral"), QStringLiteral("processing")},
                            {QStringLiteral("redirectUrl"), QStringLiteral("tutorhub://payments/done")}};
    EXPECT_ERROR(f.server.post(base, body, b.student.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(base, body), 401, "errMsg_LoginRequired");
    QJsonObject bad = body;
    bad.remove(QStringLiteral("statusLiteral"));
    EXPECT_ERROR(f.server.post(base, bad, f.admin.token), 400, "errMsg_MissingParameter:statusLiteral");
    bad = body;
    bad.insert(QStringLiteral("paymentId"), 3);
    EXPECT_ERROR(f.server.post(base, bad, f.admin.token), 400, "errMsg_InvalidParameter:paymentId");
    bad = body;
    bad.insert(QStringLiteral("orderId"), uuid());
    EXPECT_ERROR(f.server.post(base, bad, f.admin.token), 404, "errMsg_FethcedObjectNotFound:enrollment");
    const Reply created = f.server.post(base, body, f.admin.token);
    CONTRACT_CHECK(
        envelopeProblem(created, 201, QStringLiteral("sys_enrollmentPayment"), "POST", QStringLiteral("create")));
    EXPECT_ERROR(f.server.post(base, body, f.admin.token), 409, "errMsg_PaymentTicketExists");
    const QString path = base + QLatin1Char('/') + created.data().value(QStringLiteral("id")).toString();
    EXPECT_ERROR(f.server.patch(path, {{QStringLiteral("statusLiteral"), QStringLiteral("x")}}, b.student.token), 403,
                 "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(path, {{QStringLiteral("statusLiteral"), QString()}}, f.admin.token), 400,
                 "errMsg_MissingParameter:statusLiteral");
    const Reply updated
        = f.server.patch(path, {{QStringLiteral("statusLiteral"), QStringLiteral("canceled")}}, f.admin.token);
    CONTRACT_CHECK(
        envelopeProblem(updated, 200, QStringLiteral("sys_enrollmentPayment"), "PATCH", QStringLiteral("update")));
    QCOMPARE(updated.data().value(QStringLiteral("statusLiteral")).toString(), QStringLiteral("canceled"));
    EXPECT_ERROR(f.server.del(path, b.student.token), 403, "errMsg_Forbidden");
    const Reply deleted = f.server.del(path, f.admin.token);
    CONTRACT_CHECK(
        envelopeProblem(deleted, 200, QStringLiteral("sys_enrollmentPayment"), "DELETE", QStringLiteral("delete")));
    QCOMPARE(deleted.data().value(QStringLiteral("isActive")).toBool(), false);
    EXPECT_ERROR(f.server.get(kEnr + QStringLiteral("/v1/enrollmentpaymentbyorderid/") + b.id, f.admin.token), 404,
                 "errMsg_FethcedObjectNotFound:sys_enrollmentPayment");
}

void TstContractPayments::rule52_paymentCustomersAndMethods()
{
    const Booked b = booked(QStringLiteral("Customer Student"));
    QVERIFY2(!b.id.isEmpty(), f.lastFailure.constData());
    const Actor s = b.student;
    const Actor none = f.newStudent(QStringLiteral("Cardless Student"));
    EXPECT_STATUS(f.startPayment(s, b.id, f.cardId(s, kCardSucceeds), true), 200); // saved: a customer and a method
    const QString path = kEnr + QStringLiteral("/v1/paymentcustomers/") + s.id;
    const Reply own = f.server.get(path, s.token);
    CONTRACT_CHECK(envelopeProblem(own, 200, QStringLiteral("sys_paymentCustomer"), "GET", QStringLiteral("get")));
    QCOMPARE(own.data().value(QStringLiteral("userId")).toString(), s.id);
    QCOMPARE(own.data().value(QStringLiteral("platform")).toString(), QStringLiteral("stripe"));
    QVERIFY(own.data().value(QStringLiteral("customerId")).toString().startsWith(QStringLiteral("cus_")));
    EXPECT_STATUS(f.server.get(path, f.admin.token), 200);
    EXPECT_ERROR(f.server.get(path, f.tom.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.get(path, f.maria.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.get(path), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.get(kEnr + QStringLiteral("/v1/paymentcustomers/") + none.id, none.token), 404,
                 "errMsg_FethcedObjectNotFound:sys_paymentCustomer");

    const Reply list = f.server.get(kEnr + QStringLiteral("/v1/paymentcustomers"), s.token);
    CONTRACT_CHECK(
        envelopeProblem(list, 200, QStringLiteral("sys_paymentCustomers"), "GET", QStringLiteral("list"), Shape::List));
    QCOMPARE(list.payload().toArray().size(), 1);
    const Reply all = f.server.get(kEnr + QStringLiteral("/v1/paymentcustomers"), f.admin.token,
                                   {{QStringLiteral("userId"), s.id}});
    QCOMPARE(all.payload().toArray().size(), 1);

    const QString methods = kEnr + QStringLiteral("/v1/paymentcustomermethods/") + s.id;
    EXPECT_STATUS(f.server.get(methods, f.admin.token), 200);
    EXPECT_ERROR(f.server.get(methods, f.tom.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.get(methods), 401, "errMsg_LoginRequired");
    const Reply filtered = f.server.get(methods, s.token, {{QStringLiteral("platform"), QStringLiteral("paypal")}});
    QCOMPARE(filtered.payload().toArray().size(), 0);
}

void TstContractPayments::serverOutput()
{
    f.server.stop();
    const QStringList problems = f.server.outputProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TstContractPayments)
#include "tst_contract_payments.moc"
