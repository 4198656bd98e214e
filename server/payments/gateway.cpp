#include "payments/gateway.h"

#include "core/apierror.h"
#include "core/util.h"

#include <QDate>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QTimer>

#include <cmath>

namespace tutorhub::server {

namespace gateway {

namespace {

// What a test card does when charged.
enum class Behaviour { Succeed, Decline, Authenticate };

struct TestCard
{
    const char *number;
    Behaviour behaviour;
    const char *name;
};

const TestCard kTestCards[] = {
    {"4242424242424242", Behaviour::Succeed, "succeed"},
    {"4000000000000002", Behaviour::Decline, "decline"},
    {"4000002500003155", Behaviour::Authenticate, "authenticate"},
};

QString gatewayId(const char *prefix)
{
    return QString::fromLatin1(prefix) + randomKey(24);
}

std::optional<QVariantMap> row(Repository &repo, const QString &table, const QString &id)
{
    QSqlQuery q = repo.exec(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
    if (!q.next())
        return std::nullopt;
    return Repository::rowOf(q);
}

QVariantMap setStatus(Repository &repo, const QString &piId, const QString &status, const QJsonObject &error = {})
{
    repo.exec(QStringLiteral("UPDATE gateway_paymentIntents SET status = ?, lastPaymentError = ?, updatedAt = ? WHERE id = ?"),
              {status, error.isEmpty() ? QVariant() : QVariant(QJsonDocument(error).toJson(QJsonDocument::Compact)),
               isoNow(), piId});
    return *intent(repo, piId);
}

QString behaviourOf(Repository &repo, const QVariantMap &pi)
{
    const auto pm = paymentMethod(repo, pi.value(QStringLiteral("paymentMethodId")).toString());
    return pm ? pm->value(QStringLiteral("behaviour")).toString() : QString();
}

bool luhn(const QString &digits)
{
    int sum = 0;
    bool dbl = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (dbl) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        dbl = !dbl;
    }
    return sum % 10 == 0;
}

} // namespace

qint64 minorUnits(double amount)
{
    return qint64(std::llround(amount * 100.0));
}

QString customerOf(Repository &repo, const QString &userId, bool create)
{
    QSqlQuery q = repo.exec(QStringLiteral("SELECT id FROM gateway_customers WHERE merchantUserId = ?"), {userId});
    if (q.next())
        return q.value(0).toString();
    if (!create)
        return {};
    const QString id = gatewayId("cus_");
    repo.exec(QStringLiteral("INSERT INTO gateway_customers (id, merchantUserId, createdAt) VALUES (?, ?, ?)"),
              {id, userId, isoNow()});
    return id;
}

QJsonObject tokenize(Repository &repo, const QString &userId, const Card &card)
{
    QString digits = card.number;
    digits.remove(QLatin1Char(' '));
    digits.remove(QLatin1Char('-'));
    bool allDigits = !digits.isEmpty();
    for (const QChar c : std::as_const(digits))
        allDigits = allDigits && c.isDigit() && c.unicode() < 128;
    if (!allDigits || digits.size() < 12 || digits.size() > 19 || !luhn(digits))
        throw HttpError(400, QStringLiteral("errMsg_CardInvalid"), QStringLiteral("The card number is not valid."));
    const TestCard *test = nullptr;
    for (const TestCard &t : kTestCards)
        if (digits == QLatin1String(t.number))
            test = &t;
    if (!test)
        throw HttpError(400, QStringLiteral("errMsg_CardInvalid"),
                        QStringLiteral("The simulated gateway accepts only the test cards 4242 4242 4242 4242, "
                                       "4000 0000 0000 0002 and 4000 0025 0000 3155."));
    if (card.expMonth < 1 || card.expMonth > 12)
        throw HttpError::invalid(QStringLiteral("expMonth"), QStringLiteral("'expMonth' must be 1-12."));
    const QDate today = QDate::currentDate();
    if (card.expYear < today.year() || card.expYear > today.year() + 30
        || (card.expYear == today.year() && card.expMonth < today.month()))
        throw HttpError(400, QStringLiteral("errMsg_CardExpired"), QStringLiteral("The card has expired."));
    bool cvcOk = card.cvc.size() == 3 || card.cvc.size() == 4;
    for (const QChar c : card.cvc)
        cvcOk = cvcOk && c.isDigit() && c.unicode() < 128;
    if (!cvcOk)
        throw HttpError::invalid(QStringLiteral("cvc"), QStringLiteral("'cvc' must be 3 or 4 digits."));

    const QString customer = customerOf(repo, userId, true);
    const QString id = gatewayId("pm_");
    repo.exec(QStringLiteral("INSERT INTO gateway_paymentMethods (id, customerId, behaviour, brand, last4, expMonth, "
                             "expYear, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              {id, customer, QString::fromLatin1(test->name), QStringLiteral("visa"), digits.right(4), card.expMonth,
               card.expYear, isoNow()});
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("customerId"), customer},
                       {QStringLiteral("card"), QJsonObject{{QStringLiteral("brand"), QStringLiteral("visa")},
                                                            {QStringLiteral("last4"), digits.right(4)},
                                                            {QStringLiteral("expMonth"), card.expMonth},
                                                            {QStringLiteral("expYear"), card.expYear}}}};
}

std::optional<QVariantMap> paymentMethod(Repository &repo, const QString &pmId)
{
    return row(repo, QStringLiteral("gateway_paymentMethods"), pmId);
}

std::optional<QVariantMap> intent(Repository &repo, const QString &piId)
{
    return row(repo, QStringLiteral("gateway_paymentIntents"), piId);
}

QVariantMap createIntent(Repository &repo, const QString &pmId, qint64 amount, const QString &currency,
                         const QJsonObject &metadata)
{
    const auto pm = paymentMethod(repo, pmId);
    if (!pm)
        throw HttpError::invalid(QStringLiteral("paymentMethodId"), QStringLiteral("Unknown payment method."));
    const QString id = gatewayId("pi_");
    const bool authenticate = pm->value(QStringLiteral("behaviour")).toString() == QLatin1String("authenticate");
    const QString now = isoNow();
    repo.exec(QStringLiteral("INSERT INTO gateway_paymentIntents (id, customerId, paymentMethodId, amount, currency, status, "
                             "amountRefunded, metadata, clientSecret, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"),
              {id, pm->value(QStringLiteral("customerId")), pmId, amount, currency.toLower(),
               authenticate ? requiresAction : processing, QJsonDocument(metadata).toJson(QJsonDocument::Compact),
               id + QStringLiteral("_secret_") + randomKey(16), now, now});
    return *intent(repo, id);
}

QVariantMap confirmIntent(Repository &repo, const QString &piId, bool approve)
{
    const auto pi = intent(repo, piId);
    if (!pi)
        throw HttpError::notFound(QStringLiteral("paymentIntent"));
    if (pi->value(QStringLiteral("status")).toString() != requiresAction)
        return *pi; // already confirmed (idempotent)
    if (approve)
        return setStatus(repo, piId, processing);
    return setStatus(repo, piId, declined,
                     {{QStringLiteral("code"), QStringLiteral("payment_intent_authentication_failure")},
                      {QStringLiteral("message"), QStringLiteral("The card holder did not confirm the payment.")}});
}

QVariantMap settleIntent(Repository &repo, const QString &piId)
{
    const auto pi = intent(repo, piId);
    if (!pi)
        return {};
    if (pi->value(QStringLiteral("status")).toString() != processing)
        return *pi;
    if (behaviourOf(repo, *pi) == QLatin1String("decline"))
        return setStatus(repo, piId, declined,
                         {{QStringLiteral("code"), QStringLiteral("card_declined")},
                          {QStringLiteral("declineCode"), QStringLiteral("generic_decline")},
                          {QStringLiteral("message"), QStringLiteral("Your card was declined.")}});
    return setStatus(repo, piId, succeeded);
}

QVariantMap cancelIntent(Repository &repo, const QString &piId)
{
    const auto pi = intent(repo, piId);
    if (!pi)
        return {};
    const QString s = pi->value(QStringLiteral("status")).toString();
    if (s == succeeded || s == canceled)
        return *pi;
    return setStatus(repo, piId, canceled);
}

QString refundIntent(Repository &repo, const QString &piId, qint64 amount, const QString &reason)
{
    const auto pi = intent(repo, piId);
    if (!pi || pi->value(QStringLiteral("status")).toString() != succeeded)
        return {};
    const qint64 left = pi->value(QStringLiteral("amount")).toLongLong() - pi->value(QStringLiteral("amountRefunded")).toLongLong();
    const qint64 take = qMin(amount, left);
    if (take <= 0)
        return {};
    const QString id = gatewayId("re_");
    repo.exec(QStringLiteral("INSERT INTO gateway_refunds (id, paymentIntentId, amount, reason, createdAt) VALUES (?, ?, ?, ?, ?)"),
              {id, piId, take, reason.left(255), isoNow()});
    repo.exec(QStringLiteral("UPDATE gateway_paymentIntents SET amountRefunded = amountRefunded + ?, updatedAt = ? WHERE id = ?"),
              {take, isoNow(), piId});
    return id;
}

QJsonObject intentJson(const QVariantMap &pi, bool forPayer)
{
    if (pi.isEmpty())
        return {};
    const QString id = pi.value(QStringLiteral("id")).toString();
    const QString status = pi.value(QStringLiteral("status")).toString();
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("object"), QStringLiteral("payment_intent")},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("amount"), pi.value(QStringLiteral("amount")).toLongLong()},
                  {QStringLiteral("amountRefunded"), pi.value(QStringLiteral("amountRefunded")).toLongLong()},
                  {QStringLiteral("currency"), pi.value(QStringLiteral("currency")).toString()},
                  {QStringLiteral("customer"), pi.value(QStringLiteral("customerId")).toString()},
                  {QStringLiteral("paymentMethod"), pi.value(QStringLiteral("paymentMethodId")).toString()},
                  {QStringLiteral("clientSecret"), pi.value(QStringLiteral("clientSecret")).toString()},
                  {QStringLiteral("metadata"), QJsonDocument::fromJson(pi.value(QStringLiteral("metadata")).toByteArray()).object()},
                  {QStringLiteral("created"), pi.value(QStringLiteral("createdAt")).toString()}};
    if (!forPayer)
        o.remove(QStringLiteral("clientSecret"));
    const QJsonDocument err = QJsonDocument::fromJson(pi.value(QStringLiteral("lastPaymentError")).toByteArray());
    o.insert(QStringLiteral("lastPaymentError"), err.isObject() ? QJsonValue(err.object()) : QJsonValue(QJsonValue::Null));
    if (status == requiresAction)
        o.insert(QStringLiteral("nextAction"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("confirm_payment")},
                             {QStringLiteral("method"), QStringLiteral("POST")},
                             {QStringLiteral("path"), QStringLiteral("/enrollmentmanagement-api/v1/paymentgateway/paymentintents/%1/confirm").arg(id)}});
    else
        o.insert(QStringLiteral("nextAction"), QJsonValue::Null);
    return o;
}

} // namespace gateway

PaymentScheduler::PaymentScheduler(QString connectionName, QObject *parent)
    : QObject(parent), m_connection(std::move(connectionName))
{
}

void PaymentScheduler::later(int ms, std::function<void(Repository &)> job)
{
    QTimer::singleShot(ms, this, [this, job = std::move(job)] {
        if (!QSqlDatabase::contains(m_connection))
            return;
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (!db.isOpen())
            return;
        Repository repo(db);
        try {
            job(repo);
        } catch (const std::exception &) {
            // A failed background step leaves the intent where it was; refreshEnrollmentPayment retries.
        }
    });
}

void PaymentScheduler::every(int ms, std::function<void(Repository &)> job)
{
    auto *timer = new QTimer(this);
    timer->setInterval(ms);
    connect(timer, &QTimer::timeout, this, [this, job = std::move(job)] { later(0, job); });
    timer->start();
}

void PaymentScheduler::announce(Repository &repo, const QVariantMap &pi)
{
    if (!m_webhook || pi.isEmpty())
        return;
    const QString orderId = QJsonDocument::fromJson(pi.value(QStringLiteral("metadata")).toByteArray())
                                .object().value(QStringLiteral("orderId")).toString();
    if (!orderId.isEmpty())
        m_webhook(repo, orderId);
}

void PaymentScheduler::track(const QVariantMap &pi)
{
    const QString id = pi.value(QStringLiteral("id")).toString();
    const QString status = pi.value(QStringLiteral("status")).toString();
    // The webhook of the status the intent has now (payment_intent.processing / requires_action / failed).
    later(0, [this, pi](Repository &repo) { announce(repo, pi); });
    if (status != gateway::processing)
        return;
    later(m_delayMs, [this, id](Repository &repo) {
        const QVariantMap settled = gateway::settleIntent(repo, id);
        announce(repo, settled);
    });
}

} // namespace tutorhub::server
