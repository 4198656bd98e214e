// The Stripe test-mode simulator of the local server (ARCHITECTURE decision 8 amended, C10-C12): its
// routes speak Stripe's wire format (form-encoded bodies, publishable key, Stripe objects and error
// objects with Stripe's HTTP statuses), every test card does what Stripe's does, and no card number
// is ever stored or logged. Black box over HTTP, like the other contract suites.
#include "enrollmentfixture.h"

#include <QDirIterator>
#include <QFile>
#include <QObject>

using namespace contract;

namespace {

const QStringList kAllCards {QStringLiteral("4242424242424242"), QStringLiteral("4000000000000002"),
                             QStringLiteral("4000002500003155"), QStringLiteral("4000000000000069"),
                             QStringLiteral("4000000000000127")};

QJsonObject errorOf(const Reply &r)
{
    return r.obj().value(QStringLiteral("error")).toObject();
}

} // namespace

#define EXPECT_STRIPE_ERROR(reply, status_, type_, code_)                                                              \
    do {                                                                                                               \
        const Reply r_ = (reply);                                                                                      \
        QVERIFY2(r_.status == (status_), r_.describe().constData());                                                   \
        QCOMPARE(errorOf(r_).value(QStringLiteral("type")).toString(), QStringLiteral(type_));                         \
        QCOMPARE(errorOf(r_).value(QStringLiteral("code")).toString(), QStringLiteral(code_));                         \
        QVERIFY2(!errorOf(r_).value(QStringLiteral("message")).toString().isEmpty(), r_.describe().constData());       \
    } while (false)

class TstContractStripe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { f.server.stop(); }

    void paymentMethodOfEachTestCard()
    {
        for (const QString &number : kAllCards) {
            const Reply r = f.addCard(number.left(4) + QLatin1Char(' ') + number.mid(4),
                                      {{QStringLiteral("billing_details[name]"), QStringLiteral("Card Holder")}});
            QVERIFY2(r.status == 200, r.describe().constData());
            const QJsonObject pm = r.obj();
            QVERIFY(pm.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("pm_")));
            QCOMPARE(pm.value(QStringLiteral("object")).toString(), QStringLiteral("payment_method"));
            QCOMPARE(pm.value(QStringLiteral("type")).toString(), QStringLiteral("card"));
            QVERIFY(pm.value(QStringLiteral("customer")).isNull()); // attached when TutorHub's backend uses it
            QVERIFY(pm.value(QStringLiteral("livemode")).isBool() && !pm.value(QStringLiteral("livemode")).toBool());
            const QJsonObject card = pm.value(QStringLiteral("card")).toObject();
            QCOMPARE(card.value(QStringLiteral("brand")).toString(), QStringLiteral("visa"));
            QCOMPARE(card.value(QStringLiteral("last4")).toString(), number.right(4));
            QCOMPARE(card.value(QStringLiteral("exp_month")).toInt(), 12);
            QCOMPARE(pm.value(QStringLiteral("billing_details")).toObject().value(QStringLiteral("name")).toString(),
                     QStringLiteral("Card Holder"));
            QVERIFY2(!r.body.contains(number.toUtf8()) && !r.body.contains("cvc"), r.body.constData());
        }
        // Two-digit years, as Stripe takes them.
        const Reply shortYear
            = f.stripePost(QStringLiteral("/v1/payment_methods"),
                           {{QStringLiteral("type"), QStringLiteral("card")},
                            {QStringLiteral("card[number]"), kAllCards.first()},
                            {QStringLiteral("card[exp_month]"), QStringLiteral("1")},
                            {QStringLiteral("card[exp_year]"), QString::number(QDate::currentDate().year() % 100 + 2)},
                            {QStringLiteral("card[cvc]"), QStringLiteral("1234")}});
        QVERIFY2(shortYear.status == 200, shortYear.describe().constData());
        QCOMPARE(shortYear.obj().value(QStringLiteral("card")).toObject().value(QStringLiteral("exp_year")).toInt(),
                 QDate::currentDate().year() + 2);
    }

    void cardErrorsAtCreation()
    {
        EXPECT_STRIPE_ERROR(f.addCard(QStringLiteral("4111111111111111")), 402, "card_error",
                            "card_declined"); // a live card in test mode
        QCOMPARE(
            errorOf(f.addCard(QStringLiteral("4111111111111111"))).value(QStringLiteral("decline_code")).toString(),
            QStringLiteral("live_mode_test_card"));
        EXPECT_STRIPE_ERROR(f.addCard(QStringLiteral("4242424242424241")), 402, "card_error", "incorrect_number");
        QCOMPARE(errorOf(f.addCard(QStringLiteral("abcd"))).value(QStringLiteral("param")).toString(),
                 QStringLiteral("card[number]"));
        auto card = [](const QString &month, const QString &year, const QString &cvc) {
            return QList<std::pair<QString, QString>> {
                {QStringLiteral("type"), QStringLiteral("card")},
                {QStringLiteral("card[number]"), QStringLiteral("4242424242424242")},
                {QStringLiteral("card[exp_month]"), month},
                {QStringLiteral("card[exp_year]"), year},
                {QStringLiteral("card[cvc]"), cvc}};
        };
        const QString nextYear = QString::number(QDate::currentDate().year() + 1);
        EXPECT_STRIPE_ERROR(f.stripePost(QStringLiteral("/v1/payment_methods"),
                                         card(QStringLiteral("13"), nextYear, QStringLiteral("123"))),
                            402, "card_error", "invalid_expiry_month");
        EXPECT_STRIPE_ERROR(f.stripePost(QStringLiteral("/v1/payment_methods"),
                                         card(QStringLiteral("1"), QStringLiteral("2020"), QStringLiteral("123"))),
                            402, "card_error", "invalid_expiry_year");
        EXPECT_STRIPE_ERROR(f.stripePost(QStringLiteral("/v1/payment_methods"),
                                         card(QStringLiteral("5"), nextYear, QStringLiteral("12a"))),
                            402, "card_error", "invalid_cvc");
    }

    void invalidRequestErrors()
    {
        const QString path = QStringLiteral("/v1/payment_methods");
        EXPECT_STRIPE_ERROR(f.stripePost(path, {{QStringLiteral("type"), QStringLiteral("card")}}), 400,
                            "invalid_request_error", "parameter_missing");
        QCOMPARE(errorOf(f.stripePost(path, {{QStringLiteral("type"), QStringLiteral("card")}}))
                     .value(QStringLiteral("param"))
                     .toString(),
                 QStringLiteral("card[number]"));
        EXPECT_STRIPE_ERROR(f.stripePost(path, {{QStringLiteral("type"), QStringLiteral("card")},
                                                {QStringLiteral("card[number]"), kAllCards.first()},
                                                {QStringLiteral("card[exp_month]"), QStringLiteral("twelve")}}),
                            400, "invalid_request_error", "parameter_invalid_integer");
        EXPECT_STRIPE_ERROR(f.addCard(kAllCards.first(), {{QStringLiteral("card[pin]"), QStringLiteral("0000")}}), 400,
                            "invalid_request_error", "parameter_unknown");
        // Form encoding only: a JSON body is refused with a Stripe error object.
        Request json;
        json.method = "POST";
        json.path = kStripe + path;
        json.json = QJsonObject {{QStringLiteral("type"), QStringLiteral("card")}};
        json.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + kPublishableKey});
        const Reply refused = f.server.send(json);
        QCOMPARE(refused.status, 415);
        QCOMPARE(errorOf(refused).value(QStringLiteral("type")).toString(), QStringLiteral("invalid_request_error"));
        QVERIFY(!refused.obj().contains(QStringLiteral("errCode"))); // not a TutorHub envelope
        const Reply unknownRoute = f.stripeGet(QStringLiteral("/v1/charges"), {});
        QCOMPARE(unknownRoute.status, 404);
        QCOMPARE(errorOf(unknownRoute).value(QStringLiteral("type")).toString(),
                 QStringLiteral("invalid_request_error"));
    }

    void publishableKeyRequired()
    {
        const QList<std::pair<QString, QString>> card {{QStringLiteral("type"), QStringLiteral("card")}};
        for (const QByteArray &key :
             {QByteArray(), QByteArray("pk_test_somebody_else"), QByteArray("sk_test_123"), f.lena.token.toLatin1()}) {
            const Reply r = f.stripePost(QStringLiteral("/v1/payment_methods"), card, key);
            QVERIFY2(r.status == 401, r.describe().constData());
            QCOMPARE(errorOf(r).value(QStringLiteral("type")).toString(), QStringLiteral("invalid_request_error"));
            QVERIFY(!errorOf(r).value(QStringLiteral("message")).toString().isEmpty());
            if (!key.isEmpty())
                QVERIFY2(!r.body.contains(key), r.body.constData()); // a wrong key is shown masked
        }
        const Reply intent = f.stripeGet(QStringLiteral("/v1/payment_intents/pi_x"),
                                         {{QStringLiteral("client_secret"), QStringLiteral("x")}}, QByteArray());
        QCOMPARE(intent.status, 401);
    }

    void confirmationOfEachCard()
    {
        struct Case
        {
            const char *number;
            int status;
            const char *intentStatus;
            const char *code;
        };
        const Case cases[] = {{"4242424242424242", 200, "succeeded", ""},
                              {"4000000000000002", 402, "requires_payment_method", "card_declined"},
                              {"4000002500003155", 200, "requires_action", ""},
                              {"4000000000000069", 402, "requires_payment_method", "expired_card"},
                              {"4000000000000127", 402, "requires_payment_method", "incorrect_cvc"}};
        for (const Case &c : cases) {
            const Actor s = f.newStudent(QStringLiteral("Stripe Card %1").arg(QLatin1String(c.number).right(4)));
            const QJsonObject pack = f.createPack(f.maria, {}, 30.0);
            const QString id
                = f.enrollId(s, pack, f.createSlots(f.maria, pack.value(QStringLiteral("id")).toString(), 1));
            QVERIFY2(!id.isEmpty(), f.lastFailure.constData());
            const Reply started = f.startPayment(s, id, f.cardId(s, c.number));
            QVERIFY2(started.status == 200, started.describe().constData());
            const Reply r = f.confirm(started);
            QVERIFY2(r.status == c.status, r.describe().constData());
            const QJsonObject pi
                = c.status == 200 ? r.obj() : errorOf(r).value(QStringLiteral("payment_intent")).toObject();
            QCOMPARE(pi.value(QStringLiteral("object")).toString(), QStringLiteral("payment_intent"));
            QCOMPARE(pi.value(QStringLiteral("status")).toString(), QLatin1String(c.intentStatus));
            QCOMPARE(pi.value(QStringLiteral("amount")).toInt(), 3000);
            if (c.status == 402) {
                QCOMPARE(errorOf(r).value(QStringLiteral("type")).toString(), QStringLiteral("card_error"));
                QCOMPARE(errorOf(r).value(QStringLiteral("code")).toString(), QLatin1String(c.code));
                QCOMPARE(
                    pi.value(QStringLiteral("last_payment_error")).toObject().value(QStringLiteral("code")).toString(),
                    QLatin1String(c.code));
                QVERIFY(pi.value(QStringLiteral("next_action")).isNull());
            }
            if (QLatin1String(c.intentStatus) == QLatin1String("requires_action"))
                QCOMPARE(pi.value(QStringLiteral("next_action")).toObject().value(QStringLiteral("type")).toString(),
                         QStringLiteral("redirect_to_url"));
            // Retrieval with the client_secret shows the same state; a wrong secret shows nothing.
            const QJsonObject started_pi = f.intentIn(started);
            const Reply got = f.stripeGet(
                QStringLiteral("/v1/payment_intents/") + started_pi.value(QStringLiteral("id")).toString(),
                {{QStringLiteral("client_secret"), started_pi.value(QStringLiteral("client_secret")).toString()}});
            QCOMPARE(got.obj().value(QStringLiteral("status")).toString(), QLatin1String(c.intentStatus));
            const Reply wrong = f.stripeGet(QStringLiteral("/v1/payment_intents/")
                                                + started_pi.value(QStringLiteral("id")).toString(),
                                            {{QStringLiteral("client_secret"), QStringLiteral("pi_x_secret_y")}});
            QCOMPARE(wrong.status, 400);
            QVERIFY(!wrong.body.contains(started_pi.value(QStringLiteral("client_secret")).toString().toUtf8()));
            // Without the client_secret a confirmation is refused.
            EXPECT_STRIPE_ERROR(f.stripePost(QStringLiteral("/v1/payment_intents/%1/confirm")
                                                 .arg(started_pi.value(QStringLiteral("id")).toString()),
                                             {}),
                                400, "invalid_request_error", "parameter_missing");
            // Stripe's answer reaches TutorHub through the webhook.
            if (c.status == 402)
                QCOMPARE(f.waitFor(s, id, QStringLiteral("canceled"))
                             .value(QStringLiteral("paymentConfirmation"))
                             .toString(),
                         QStringLiteral("canceled"));
            if (QLatin1String(c.intentStatus) == QLatin1String("succeeded"))
                QCOMPARE(f.waitFor(s, id, QStringLiteral("paid")).value(QStringLiteral("enrollmentStatus")).toString(),
                         QStringLiteral("active"));
        }
    }

    // keep last: what the server stored and logged during the whole suite
    void cardNumbersNeverStoredOrLogged()
    {
        f.server.stop();
        const QByteArray log = f.server.standardError();
        QVERIFY(log.contains("POST /stripe/v1/payment_methods 200"));
        QDirIterator it(f.server.dataDir(), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QString &number : kAllCards) {
                QVERIFY2(!bytes.contains(number.toUtf8()),
                         qPrintable(file.fileName() + QStringLiteral(" holds a card number")));
            }
        }
        QVERIFY(files > 0);
        for (const QString &number : kAllCards)
            QVERIFY2(!log.contains(number.toUtf8()), "the server log holds a card number");
        const QStringList problems = f.server.outputProblems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    EnrollmentFixture f;
};

QTEST_GUILESS_MAIN(TstContractStripe)
#include "tst_contract_stripe.moc"
