// The payment gateway simulator (ARCHITECTURE decision 8): a tiny Stripe test mode inside the local
// server. Its state lives in its own `gateway_*` tables, apart from TutorHub's; card numbers are never
// stored anywhere (the gateway keeps the test behaviour, brand and last four digits only).
//
// Test cards (any future expiry, any 3-4 digit CVC):
//   4242 4242 4242 4242  succeeds
//   4000 0000 0000 0002  is declined (card_declined) when charged
//   4000 0025 0000 3155  needs an extra confirmation step (requires_action) before it is charged
// Any other number is refused at tokenization (errMsg_CardInvalid).
//
// Payment intents follow Stripe's statuses: requires_action -> processing -> succeeded, or
// requires_payment_method (declined / authentication failed) or canceled. A processing intent is
// settled asynchronously (QTimer, kSettleDelayMs) and every status change is announced to the
// webhook listener, which is how callbackEnrollmentPayment learns about it.
#pragma once

#include "db/repository.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace tutorhub::server {

namespace gateway {

inline constexpr int kSettleDelayMs = 300;

// Intent statuses (Stripe's words).
inline const QString requiresAction = QStringLiteral("requires_action");
inline const QString processing = QStringLiteral("processing");
inline const QString succeeded = QStringLiteral("succeeded");
inline const QString declined = QStringLiteral("requires_payment_method");
inline const QString canceled = QStringLiteral("canceled");

struct Card
{
    QString number; // digits, spaces or dashes allowed
    int expMonth = 0;
    int expYear = 0;
    QString cvc;
};

// Card -> pm_… on the user's customer (cus_…, created on first use). Throws HttpError 400
// errMsg_CardInvalid / errMsg_InvalidParameter:<field>. Returns the payment method as the gateway shows it.
QJsonObject tokenize(Repository &repo, const QString &userId, const Card &card);

// The gateway customer of a TutorHub user (created when `create`); empty when none.
QString customerOf(Repository &repo, const QString &userId, bool create);

std::optional<QVariantMap> paymentMethod(Repository &repo, const QString &pmId);
std::optional<QVariantMap> intent(Repository &repo, const QString &piId);

// Creates and confirms a payment intent for `amount` minor units. The result is requires_action
// (3155 card) or processing (settled later by the Scheduler). `metadata.orderId` carries the order.
QVariantMap createIntent(Repository &repo, const QString &pmId, qint64 amount, const QString &currency,
                         const QJsonObject &metadata);
// The extra confirmation of a requires_action intent: processing when approved, declined otherwise.
QVariantMap confirmIntent(Repository &repo, const QString &piId, bool approve);
// Settles a processing intent by its card's behaviour (succeeded or declined). No-op otherwise.
QVariantMap settleIntent(Repository &repo, const QString &piId);
// Cancels an intent that has not succeeded. No-op for final states.
QVariantMap cancelIntent(Repository &repo, const QString &piId);
// Refunds `amount` minor units of a succeeded intent (capped at what is left); returns the re_… id
// (empty when nothing was left to refund).
QString refundIntent(Repository &repo, const QString &piId, qint64 amount, const QString &reason);

// The intent as the gateway shows it (paymentIntentInfo): id, status, amount, currency,
// amountRefunded, paymentMethod {brand, last4}, lastPaymentError, nextAction, metadata; the
// clientSecret only for the paying customer (SEC44), never for the tutor or an administrator.
QJsonObject intentJson(const QVariantMap &intent, bool forPayer);

// Minor units of a major-unit amount (49.5 EUR -> 4950).
qint64 minorUnits(double amount);

} // namespace gateway

// Delivers the asynchronous part: settles processing intents after kSettleDelayMs and calls the
// webhook listener with the intent's order id (metadata.orderId) after every status change.
// Works on the database connection by name, so a timer that fires after the server closed its
// database does nothing.
class PaymentScheduler : public QObject
{
    Q_OBJECT
public:
    using Webhook = std::function<void(Repository &repo, const QString &orderId)>;

    PaymentScheduler(QString connectionName, QObject *parent = nullptr);

    void setWebhook(Webhook w) { m_webhook = std::move(w); }
    void setDelay(int ms) { m_delayMs = ms; }

    // After createIntent/confirmIntent: settles later if processing; always announces the change.
    void track(const QVariantMap &intent);
    // Runs `job` later on a live repository (no-op once the database is closed).
    void later(int ms, std::function<void(Repository &)> job);
    // Runs `job` every `ms` milliseconds (housekeeping such as cleanupPendingEnrollments).
    void every(int ms, std::function<void(Repository &)> job);

private:
    void announce(Repository &repo, const QVariantMap &intent);

    QString m_connection;
    Webhook m_webhook;
    int m_delayMs = gateway::kSettleDelayMs;
};

} // namespace tutorhub::server
