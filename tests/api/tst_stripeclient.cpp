// api::StripeClient and api::StripeConfig (C14, C15): Stripe's base URL and publishable key per
// environment, and real calls against the local server's Stripe simulator (in-process TestServer):
// a payment method from a test card, Stripe error objects turned into sentences, a wrong key, no server.
#include "api/appsettings.h"
#include "api/stripeclient.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace tutorhub;

class TestStripeClient : public QObject
{
    Q_OBJECT

    static api::StripeResult run(api::StripeClient &, const std::function<void(api::StripeClient::Done)> &call)
    {
        std::optional<api::StripeResult> out;
        call([&](const api::StripeResult &r) { out = r; });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 15000);
        return out.value_or(api::StripeResult {});
    }

    static api::CardInput card(const QString &number)
    {
        api::CardInput c;
        c.number = number;
        c.expMonth = 12;
        c.expYear = QDate::currentDate().year() + 2;
        c.cvc = QStringLiteral("123");
        c.holderName = QStringLiteral("Card Holder");
        return c;
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void configPerEnvironment()
    {
        const api::StripeConfig local
            = api::StripeConfig::forEnvironment(api::Environment::local(quint16(4711)), nullptr);
        QVERIFY(local.isValid());
        QCOMPARE(local.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:4711/stripe")));
        QCOMPARE(local.publishableKey, QStringLiteral("pk_test_tutorhub_local"));
        QCOMPARE(local.returnUrl, QUrl(QStringLiteral("http://127.0.0.1:4711/stripe/return")));

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        api::AppSettings settingsApp(&settings);
        const api::Environment production = api::Environment::fromId(QStringLiteral("production"));
        const api::StripeConfig missing = api::StripeConfig::forEnvironment(production, &settingsApp);
        QVERIFY(!missing.isValid());
        QCOMPARE(missing.baseUrl, QUrl(QStringLiteral("https://api.stripe.com")));
        QVERIFY(missing.problem(production).contains(QStringLiteral("payments/production/stripePublishableKey")));
        settings.setValue(QStringLiteral("payments/production/stripePublishableKey"), QStringLiteral("pk_live_abc"));
        const api::StripeConfig set = api::StripeConfig::forEnvironment(production, &settingsApp);
        QVERIFY(set.isValid());
        QVERIFY(set.problem(production).isEmpty());
        QCOMPARE(set.returnUrl, production.host);
    }

    void formEncoding()
    {
        QCOMPARE(api::StripeClient::formEncode({{QStringLiteral("card[number]"), QStringLiteral("4242 4242")},
                                                {QStringLiteral("return_url"), QStringLiteral("http://h/p?a=1&b=2")}}),
                 QByteArray("card%5Bnumber%5D=4242%204242&return_url=http%3A%2F%2Fh%2Fp%3Fa%3D1%26b%3D2"));
    }

    void sentencesForStripeErrors()
    {
        QSet<QString> seen;
        for (const char *code : {"card_declined", "expired_card", "incorrect_cvc", "incorrect_number",
                                 "invalid_expiry_year", "processing_error", "payment_intent_authentication_failure"}) {
            const QString s = api::StripeClient::sentenceFor(
                {{QStringLiteral("type"), QStringLiteral("card_error")}, {QStringLiteral("code"), QLatin1String(code)}},
                402);
            QVERIFY(!s.isEmpty() && !s.contains(QLatin1String(code)));
            seen.insert(s);
        }
        QCOMPARE(seen.size(), 7);
        QVERIFY(api::StripeClient::sentenceFor({}, 401).contains(QStringLiteral("administrator")));
        QVERIFY(api::StripeClient::sentenceFor({}, 503).contains(QStringLiteral("nothing was charged")));
    }

    void paymentMethodFromTheSimulator()
    {
        QNetworkAccessManager nam;
        api::StripeClient client(
            &nam, api::StripeConfig::forEnvironment(api::Environment::local(m_server.baseUrl()), nullptr));
        const api::StripeResult ok = run(client, [&](auto done) {
            client.createCardPaymentMethod(card(QStringLiteral("4242 4242 4242 4242")), this, done);
        });
        QVERIFY2(ok.ok, qPrintable(ok.message));
        QVERIFY(ok.object.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("pm_")));
        QCOMPARE(ok.object.value(QStringLiteral("card")).toObject().value(QStringLiteral("last4")).toString(),
                 QStringLiteral("4242"));

        const api::StripeResult live = run(client, [&](auto done) {
            client.createCardPaymentMethod(card(QStringLiteral("4111 1111 1111 1111")), this, done);
        });
        QVERIFY(!live.ok);
        QCOMPARE(live.httpStatus, 402);
        QCOMPARE(live.errorType, QStringLiteral("card_error"));
        QCOMPARE(live.declineCode, QStringLiteral("live_mode_test_card"));
        QVERIFY(live.message.contains(QStringLiteral("test cards")));

        api::StripeConfig wrongKey = client.config();
        wrongKey.publishableKey = QStringLiteral("pk_test_other");
        api::StripeClient refused(&nam, wrongKey);
        const api::StripeResult r = run(refused, [&](auto done) {
            refused.createCardPaymentMethod(card(QStringLiteral("4242424242424242")), this, done);
        });
        QCOMPARE(r.httpStatus, 401);
        QVERIFY(r.message.contains(QStringLiteral("administrator")));

        api::StripeConfig nowhere = client.config();
        nowhere.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/stripe"));
        api::StripeClient offline(&nam, nowhere);
        const api::StripeResult n = run(offline, [&](auto done) {
            offline.createCardPaymentMethod(card(QStringLiteral("4242424242424242")), this, done);
        });
        QVERIFY(!n.ok);
        QCOMPARE(n.httpStatus, 0);
        QVERIFY(n.message.contains(QStringLiteral("could not be reached")));
    }

private:
    test::TestServer m_server;
};

QTEST_GUILESS_MAIN(TestStripeClient)
#include "tst_stripeclient.moc"
