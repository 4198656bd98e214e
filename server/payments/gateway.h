// The Stripe test-mode simulator's state (ARCHITECTURE decision 8 amended, C10-C13): PaymentMethods,
// customers, PaymentIntents and refunds in its own `gateway_*` tables, apart from TutorHub's. Card
// numbers are never stored anywhere: a payment method keeps its test behaviour, brand and last four.
// The HTTP face (Stripe's wire format under /stripe) is payments/striperoutes.cpp; TutorHub's
// enrollment service calls these functions the way a TutorHub backend calls Stripe with its secret
// key (create/cancel/refund an intent, attach a payment method).
//
// Stripe test cards (any future expiry, any 3-4 digit CVC):
//   4242 4242 4242 4242  succeeds
//   4000 0000 0000 0002  card_declined (generic_decline)
//   4000 0025 0000 3155  requires_action: a 3-D Secure step (next_action redirect_to_url)
//   4000 0000 0000 0069  expired_card
//   4000 0000 0000 0127  incorrect_cvc
// Any other valid number is refused as a live card in test mode, as Stripe does.
#pragma once

#include "db/repository.h"

#include <QJsonObject>
#include <QObject>

#include <exception>
#include <functional>
#include <optional>

namespace tutorhub::server {

namespace gateway {

// Intent statuses (Stripe's words).
inline const QString requiresConfirmation = QStringLiteral("requires_confirmation");
inline const QString requiresAction = QStringLiteral("requires_action");
inline const QString processing = QStringLiteral("processing");
inline const QString succeeded = QStringLiteral("succeeded");
inline const QString declined = QStringLiteral("requires_payment_method");
inline const QString canceled = QStringLiteral("canceled");

// The Local environment's publishable key (public by design, like every pk_; C11).
inline const QString localPublishableKey = QStringLiteral("pk_test_tutorhub_local");

// A Stripe error object (https://docs.stripe.com/api/errors): HTTP 402 card_error, 400
// invalid_request_error, 401 bad key, 404 resource_missing.
struct StripeError : std::exception
{
    const char *what() const noexcept override { return "StripeError"; }
    int status = 400;
    QString type = QStringLiteral("invalid_request_error");
    QString code;
    QString declineCode;
    QString message;
    QString param;
    QJsonObject paymentIntent; // the intent after a failed confirmation (Stripe adds it)

    QJsonObject toJson() const;
    static StripeError missing(const QString &param);
    static StripeError invalid(const QString &param, const QString &message);
    static StripeError noSuch(const QString &object, const QString &id, const QString &param);
};

struct Card
{
    QString number; // digits, spaces allowed
    int expMonth = 0;
    int expYear = 0;
    QString cvc;
    QString holderName;
};

// POST /v1/payment_methods: a card becomes pm_… (not attached to a customer). Throws StripeError 402
// (invalid number/expiry/cvc, live card) the way Stripe does.
QVariantMap createPaymentMethod(Repository &repo, const Card &card);
std::optional<QVariantMap> paymentMethod(Repository &repo, const QString &pmId);
// Attaches a payment method to a customer (no-op when it is already theirs).
void attachPaymentMethod(Repository &repo, const QString &pmId, const QString &customerId);

// The gateway customer of a TutorHub user (created when `create`); empty when none.
QString customerOf(Repository &repo, const QString &userId, bool create);

std::optional<QVariantMap> intent(Repository &repo, const QString &piId);

// Server side (secret key): creates an intent for `amount` minor units with a payment method, in
// requires_confirmation; `metadata.orderId` carries the order.
QVariantMap createIntent(Repository &repo, const QString &customerId, const QString &pmId, qint64 amount,
                         const QString &currency, const QJsonObject &metadata);
// A new payment method for an intent that is not confirmed yet (requires_confirmation or requires_payment_method).
QVariantMap updateIntentMethod(Repository &repo, const QString &piId, const QString &pmId);
// POST /v1/payment_intents/{id}/confirm: charges by the card's behaviour: succeeded, requires_action
// (3-D Secure) or requires_payment_method with last_payment_error. Throws StripeError when the intent
// cannot be confirmed in its state.
QVariantMap confirmIntent(Repository &repo, const QString &piId, const QString &pmId, const QString &returnUrl);
// The 3-D Secure challenge's outcome: succeeded, or requires_payment_method
// (payment_intent_authentication_failure). No-op unless requires_action.
QVariantMap authenticateIntent(Repository &repo, const QString &piId, bool approve);
// Cancels an intent that has not succeeded. No-op for final states.
QVariantMap cancelIntent(Repository &repo, const QString &piId);
// Refunds `amount` minor units of a succeeded intent (capped at what is left); returns the re_… id
// (empty when nothing was left to refund).
QString refundIntent(Repository &repo, const QString &piId, qint64 amount, const QString &reason);

// A PaymentIntent object as Stripe shows it (snake_case; next_action, last_payment_error); the
// client_secret only for the paying customer (SEC44). `baseUrl` = http://host:port of this server.
QJsonObject intentJson(const QVariantMap &intent, bool forPayer, const QString &baseUrl);
// A PaymentMethod object as Stripe shows it.
QJsonObject paymentMethodJson(const QVariantMap &pm);
// The card part of a payment method for TutorHub's sys_paymentMethod.cardInfo: brand, last4, expiry.
QJsonObject cardInfo(const QVariantMap &pm);

// Minor units of a major-unit amount (49.5 EUR -> 4950).
qint64 minorUnits(double amount);

} // namespace gateway

// Runs jobs later on the database by connection name, so a timer that fires after the server closed
// its database does nothing (webhook deliveries of the simulator, housekeeping of the enrollments).
class PaymentScheduler : public QObject
{
    Q_OBJECT
public:
    PaymentScheduler(QString connectionName, QObject *parent = nullptr);

    // Runs `job` later on a live repository (no-op once the database is closed).
    void later(int ms, std::function<void(Repository &)> job);
    // Runs `job` every `ms` milliseconds (housekeeping such as cleanupPendingEnrollments).
    void every(int ms, std::function<void(Repository &)> job);

private:
    QString m_connection;
};

} // namespace tutorhub::server
