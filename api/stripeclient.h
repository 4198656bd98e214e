// A small Stripe client (decision 8 amended, C14-C16): Stripe's own wire format, so the same code
// runs against the Local server's simulator and against Stripe's test or live mode.
//   POST {base}/v1/payment_methods                  form-encoded card -> PaymentMethod pm_…
//   POST {base}/v1/payment_intents/{id}/confirm     client_secret, payment_method, return_url
//   GET  {base}/v1/payment_intents/{id}             ?client_secret=… (waiting for 3-D Secure)
// Requests carry `Authorization: Bearer <publishable key>` and never the TutorHub token; the card
// number is sent only here and never logged or kept. Stripe error objects become sentences.
#pragma once

#include "environment.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
namespace tutorhub::api {

class AppSettings;

// A card as typed by the user.
struct CardInput
{
    QString number; // digits (spaces allowed)
    int expMonth = 0;
    int expYear = 0;
    QString cvc;
    QString holderName;
};

// Where Stripe is and which publishable key the app uses there (C15).
struct StripeConfig
{
    Q_DECLARE_TR_FUNCTIONS(tutorhub::api::StripeConfig)

public:
    QUrl baseUrl; // https://api.stripe.com or {local host}/stripe
    QString publishableKey; // pk_test_… / pk_live_…
    QUrl returnUrl; // where Stripe's 3-D Secure page sends the browser afterwards

    bool isValid() const { return baseUrl.isValid() && !publishableKey.isEmpty(); }
    // Why card payments cannot start here (empty when isValid()).
    QString problem(const Environment &environment) const;

    // Local: the simulator of the bundled server ({host}/stripe, its fixed test key). Every other
    // environment: the settings (AppSettings::stripeKey) "payments/<environment key>/stripePublishableKey" (required)
    // and
    // ".../stripeBaseUrl" (default https://api.stripe.com), ".../stripeReturnUrl" (default the host).
    static StripeConfig forEnvironment(const Environment &environment, const AppSettings *settings);
    static QString localPublishableKey(); // pk_test_tutorhub_local
};

// The outcome of one Stripe call: the object, or the error as a sentence plus Stripe's codes.
struct StripeResult
{
    bool ok = false;
    int httpStatus = 0;
    QJsonObject object; // PaymentMethod / PaymentIntent on success
    QString errorType; // card_error, invalid_request_error, ... (empty for network errors)
    QString errorCode; // card_declined, expired_card, ...
    QString declineCode;
    QString message; // translated sentence the user can act on
    QJsonObject paymentIntent; // the intent Stripe attaches to a failed confirmation
};

class StripeClient : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const StripeResult &result)>;

    StripeClient(QNetworkAccessManager *nam, StripeConfig config, QObject *parent = nullptr);
    const StripeConfig &config() const { return m_config; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    void createCardPaymentMethod(const CardInput &card, QObject *context, Done done);
    void confirmPaymentIntent(const QString &intentId, const QString &clientSecret, const QString &paymentMethodId,
                              QObject *context, Done done);
    void retrievePaymentIntent(const QString &intentId, const QString &clientSecret, QObject *context, Done done);

    // The sentence for a Stripe error object ({type, code, decline_code, message}) or a bare status.
    static QString sentenceFor(const QJsonObject &error, int httpStatus);
    // application/x-www-form-urlencoded of name/value pairs (names such as card[number] encoded too).
    static QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

private:
    void send(const QByteArray &method, const QString &path, const QList<QPair<QString, QString>> &form,
              const QList<QPair<QString, QString>> &query, QObject *context, Done done);

    QNetworkAccessManager *m_nam;
    StripeConfig m_config;
    int m_timeoutMs = 30000;
};

} // namespace tutorhub::api
