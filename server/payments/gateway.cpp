#include "payments/gateway.h"

#include "core/util.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>

namespace tutorhub::server {

namespace gateway {

namespace {

struct TestCard
{
    const char *number;
    const char *behaviour; // succeed, decline, authenticate, expired, cvc
};

const TestCard kTestCards[] = {
    {"4242424242424242", "succeed"}, {"4000000000000002", "decline"}, {"4000002500003155", "authenticate"},
    {"4000000000000069", "expired"}, {"4000000000000127", "cvc"},
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

QString s(const QVariantMap &m, const char *key)
{
    return m.value(QLatin1String(key)).toString();
}

QVariantMap setStatus(Repository &repo, const QString &piId, const QString &status, const QJsonObject &error = {})
{
    repo.exec(QStringLiteral(
                  "UPDATE gateway_paymentIntents SET status = ?, lastPaymentError = ?, updatedAt = ? WHERE id = ?"),
              {status,
               error.isEmpty() ? QVariant()
                               : QVariant(QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact))),
               isoNow(), piId});
    return *intent(repo, piId);
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

bool asciiDigits(const QString &t)
{
    for (const QChar c : t)
        if (!c.isDigit() || c.unicode() >= 128)
            return false;
    return !t.isEmpty();
}

StripeError cardError(const QString &code, const QString &message, const QString &param = {})
{
    StripeError e;
    e.status = 402;
    e.type = QStringLiteral("card_error");
    e.code = code;
    e.message = message;
    e.param = param;
    return e;
}

qint64 unixTime(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toSecsSinceEpoch();
}

} // namespace

QJsonObject StripeError::toJson() const
{
    QJsonObject o {{QStringLiteral("type"), type}, {QStringLiteral("message"), message}};
    if (!code.isEmpty())
        o.insert(QStringLiteral("code"), code);
    if (!declineCode.isEmpty())
        o.insert(QStringLiteral("decline_code"), declineCode);
    if (!param.isEmpty())
        o.insert(QStringLiteral("param"), param);
    if (!code.isEmpty())
        o.insert(QStringLiteral("doc_url"), QStringLiteral("https://stripe.com/docs/error-codes/")
                                                + QString(code).replace(QLatin1Char('_'), QLatin1Char('-')));
    if (!paymentIntent.isEmpty())
        o.insert(QStringLiteral("payment_intent"), paymentIntent);
    return QJsonObject {{QStringLiteral("error"), o}};
}

StripeError StripeError::missing(const QString &param)
{
    StripeError e;
    e.code = QStringLiteral("parameter_missing");
    e.param = param;
    e.message = QStringLiteral("Missing required param: %1.").arg(param);
    return e;
}

StripeError StripeError::invalid(const QString &param, const QString &message)
{
    StripeError e;
    e.code = QStringLiteral("parameter_invalid_empty");
    e.param = param;
    e.message = message;
    return e;
}

StripeError StripeError::noSuch(const QString &object, const QString &id, const QString &param)
{
    StripeError e;
    e.status = 404;
    e.code = QStringLiteral("resource_missing");
    e.param = param;
    e.message = QStringLiteral("No such %1: '%2'").arg(object, id.left(64));
    return e;
}

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

QVariantMap createPaymentMethod(Repository &repo, const Card &card)
{
    QString digits = card.number;
    digits.remove(QLatin1Char(' '));
    if (!asciiDigits(digits) || digits.size() < 12 || digits.size() > 19 || !luhn(digits))
        throw cardError(QStringLiteral("incorrect_number"), QStringLiteral("Your card number is incorrect."),
                        QStringLiteral("card[number]"));
    const TestCard *test = nullptr;
    for (const TestCard &t : kTestCards)
        if (digits == QLatin1String(t.number))
            test = &t;
    if (!test) {
        StripeError e = cardError(
            QStringLiteral("card_declined"),
            QStringLiteral("Your card was declined. Your request was in test mode, but used a non test "
                           "card. For a list of valid test cards, visit: https://stripe.com/docs/testing."));
        e.declineCode = QStringLiteral("live_mode_test_card");
        throw e;
    }
    if (card.expMonth < 1 || card.expMonth > 12)
        throw cardError(QStringLiteral("invalid_expiry_month"),
                        QStringLiteral("Your card's expiration month is invalid."), QStringLiteral("card[exp_month]"));
    const QDate today = QDate::currentDate();
    if (card.expYear < today.year() || card.expYear > today.year() + 50)
        throw cardError(QStringLiteral("invalid_expiry_year"),
                        QStringLiteral("Your card's expiration year is invalid."), QStringLiteral("card[exp_year]"));
    if (card.expYear == today.year() && card.expMonth < today.month())
        throw cardError(QStringLiteral("invalid_expiry_month"),
                        QStringLiteral("Your card's expiration month is invalid."), QStringLiteral("card[exp_month]"));
    if (!asciiDigits(card.cvc) || card.cvc.size() < 3 || card.cvc.size() > 4)
        throw cardError(QStringLiteral("invalid_cvc"), QStringLiteral("Your card's security code is invalid."),
                        QStringLiteral("card[cvc]"));

    const QString id = gatewayId("pm_");
    repo.exec(QStringLiteral("INSERT INTO gateway_paymentMethods (id, customerId, behaviour, brand, last4, expMonth, "
                             "expYear, createdAt, holderName) VALUES (?, '', ?, ?, ?, ?, ?, ?, ?)"),
              {id, QString::fromLatin1(test->behaviour), QStringLiteral("visa"), digits.right(4), card.expMonth,
               card.expYear, isoNow(), card.holderName.isEmpty() ? QVariant() : QVariant(card.holderName.left(200))});
    return *paymentMethod(repo, id);
}

std::optional<QVariantMap> paymentMethod(Repository &repo, const QString &pmId)
{
    return row(repo, QStringLiteral("gateway_paymentMethods"), pmId);
}

void attachPaymentMethod(Repository &repo, const QString &pmId, const QString &customerId)
{
    repo.exec(QStringLiteral("UPDATE gateway_paymentMethods SET customerId = ? WHERE id = ? AND customerId = ''"),
              {customerId, pmId});
}

std::optional<QVariantMap> intent(Repository &repo, const QString &piId)
{
    return row(repo, QStringLiteral("gateway_paymentIntents"), piId);
}

QVariantMap createIntent(Repository &repo, const QString &customerId, const QString &pmId, qint64 amount,
                         const QString &currency, const QJsonObject &metadata)
{
    const QString id = gatewayId("pi_");
    const QString now = isoNow();
    repo.exec(
        QStringLiteral(
            "INSERT INTO gateway_paymentIntents (id, customerId, paymentMethodId, amount, currency, status, "
            "amountRefunded, metadata, clientSecret, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"),
        {id, customerId, pmId, amount, currency.toLower(), requiresConfirmation,
         QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact)),
         id + QStringLiteral("_secret_") + randomKey(24), now, now});
    return *intent(repo, id);
}

QVariantMap updateIntentMethod(Repository &repo, const QString &piId, const QString &pmId)
{
    repo.exec(
        QStringLiteral("UPDATE gateway_paymentIntents SET paymentMethodId = ?, status = ?, updatedAt = ? WHERE id = ? "
                       "AND status IN ('requires_confirmation', 'requires_payment_method')"),
        {pmId, requiresConfirmation, isoNow(), piId});
    return *intent(repo, piId);
}

QVariantMap confirmIntent(Repository &repo, const QString &piId, const QString &pmId, const QString &returnUrl)
{
    auto pi = intent(repo, piId);
    if (!pi)
        throw StripeError::noSuch(QStringLiteral("payment_intent"), piId, QStringLiteral("intent"));
    const QString status = s(*pi, "status");
    if (status != requiresConfirmation && status != declined && status != requiresAction) {
        StripeError e;
        e.code = QStringLiteral("payment_intent_unexpected_state");
        e.message = QStringLiteral(
                        "You cannot confirm this PaymentIntent because it has a status of %1. Only a PaymentIntent "
                        "with one of the following statuses may be confirmed: requires_confirmation, "
                        "requires_payment_method, requires_action.")
                        .arg(status);
        throw e;
    }
    QString method = s(*pi, "paymentMethodId");
    if (!pmId.isEmpty() && pmId != method) {
        const auto pm = paymentMethod(repo, pmId);
        const QString owner = pm ? s(*pm, "customerId") : QString();
        if (!pm || (!owner.isEmpty() && owner != s(*pi, "customerId")))
            throw StripeError::noSuch(QStringLiteral("payment_method"), pmId, QStringLiteral("payment_method"));
        attachPaymentMethod(repo, pmId, s(*pi, "customerId"));
        method = pmId;
    }
    if (method.isEmpty())
        throw StripeError::missing(QStringLiteral("payment_method"));
    const auto pm = paymentMethod(repo, method);
    repo.exec(QStringLiteral("UPDATE gateway_paymentIntents SET paymentMethodId = ?, returnUrl = ? WHERE id = ?"),
              {method, returnUrl.isEmpty() ? QVariant() : QVariant(returnUrl.left(2048)), piId});
    const QString behaviour = pm ? s(*pm, "behaviour") : QString();
    auto fail = [&](const QString &code, const QString &declineCode, const QString &message, const QString &param) {
        QJsonObject error {{QStringLiteral("type"), QStringLiteral("card_error")},
                           {QStringLiteral("code"), code},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("payment_method"), method}};
        if (!declineCode.isEmpty())
            error.insert(QStringLiteral("decline_code"), declineCode);
        if (!param.isEmpty())
            error.insert(QStringLiteral("param"), param);
        return setStatus(repo, piId, declined, error);
    };
    if (behaviour == QLatin1String("decline"))
        return fail(QStringLiteral("card_declined"), QStringLiteral("generic_decline"),
                    QStringLiteral("Your card was declined."), {});
    if (behaviour == QLatin1String("expired"))
        return fail(QStringLiteral("expired_card"), QStringLiteral("expired_card"),
                    QStringLiteral("Your card has expired."), QStringLiteral("exp_month"));
    if (behaviour == QLatin1String("cvc"))
        return fail(QStringLiteral("incorrect_cvc"), QStringLiteral("incorrect_cvc"),
                    QStringLiteral("Your card's security code is incorrect."), QStringLiteral("cvc"));
    if (behaviour == QLatin1String("authenticate"))
        return setStatus(repo, piId, requiresAction);
    return setStatus(repo, piId, succeeded);
}

QVariantMap authenticateIntent(Repository &repo, const QString &piId, bool approve)
{
    const auto pi = intent(repo, piId);
    if (!pi || s(*pi, "status") != requiresAction)
        return pi ? *pi : QVariantMap();
    if (approve)
        return setStatus(repo, piId, succeeded);
    return setStatus(
        repo, piId, declined,
        {{QStringLiteral("type"), QStringLiteral("invalid_request_error")},
         {QStringLiteral("code"), QStringLiteral("payment_intent_authentication_failure")},
         {QStringLiteral("message"), QStringLiteral("The provided PaymentMethod has failed authentication. You can "
                                                    "provide payment_method_data or a new PaymentMethod to attempt "
                                                    "to fulfill this PaymentIntent again.")},
         {QStringLiteral("payment_method"), s(*pi, "paymentMethodId")}});
}

QVariantMap cancelIntent(Repository &repo, const QString &piId)
{
    const auto pi = intent(repo, piId);
    if (!pi)
        return {};
    const QString st = s(*pi, "status");
    if (st == succeeded || st == canceled)
        return *pi;
    return setStatus(repo, piId, canceled);
}

QString refundIntent(Repository &repo, const QString &piId, qint64 amount, const QString &reason)
{
    const auto pi = intent(repo, piId);
    if (!pi || s(*pi, "status") != succeeded)
        return {};
    const qint64 left
        = pi->value(QStringLiteral("amount")).toLongLong() - pi->value(QStringLiteral("amountRefunded")).toLongLong();
    const qint64 take = qMin(amount, left);
    if (take <= 0)
        return {};
    const QString id = gatewayId("re_");
    repo.exec(
        QStringLiteral(
            "INSERT INTO gateway_refunds (id, paymentIntentId, amount, reason, createdAt) VALUES (?, ?, ?, ?, ?)"),
        {id, piId, take, reason.left(255), isoNow()});
    repo.exec(QStringLiteral(
                  "UPDATE gateway_paymentIntents SET amountRefunded = amountRefunded + ?, updatedAt = ? WHERE id = ?"),
              {take, isoNow(), piId});
    return id;
}

QJsonObject intentJson(const QVariantMap &pi, bool forPayer, const QString &baseUrl)
{
    if (pi.isEmpty())
        return {};
    const QString id = s(pi, "id");
    const QString status = s(pi, "status");
    const qint64 amount = pi.value(QStringLiteral("amount")).toLongLong();
    QJsonObject o {{QStringLiteral("id"), id},
                   {QStringLiteral("object"), QStringLiteral("payment_intent")},
                   {QStringLiteral("amount"), amount},
                   {QStringLiteral("amount_received"), status == succeeded ? amount : 0},
                   {QStringLiteral("amount_refunded"), pi.value(QStringLiteral("amountRefunded")).toLongLong()},
                   {QStringLiteral("capture_method"), QStringLiteral("automatic")},
                   {QStringLiteral("confirmation_method"), QStringLiteral("automatic")},
                   {QStringLiteral("created"), unixTime(s(pi, "createdAt"))},
                   {QStringLiteral("currency"), s(pi, "currency")},
                   {QStringLiteral("customer"), s(pi, "customerId")},
                   {QStringLiteral("livemode"), false},
                   {QStringLiteral("metadata"),
                    QJsonDocument::fromJson(pi.value(QStringLiteral("metadata")).toByteArray()).object()},
                   {QStringLiteral("payment_method"), s(pi, "paymentMethodId").isEmpty()
                                                          ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(s(pi, "paymentMethodId"))},
                   {QStringLiteral("payment_method_types"), QJsonArray {QStringLiteral("card")}},
                   {QStringLiteral("status"), status}};
    if (forPayer)
        o.insert(QStringLiteral("client_secret"), s(pi, "clientSecret"));
    const QJsonDocument err = QJsonDocument::fromJson(pi.value(QStringLiteral("lastPaymentError")).toByteArray());
    o.insert(QStringLiteral("last_payment_error"),
             err.isObject() ? QJsonValue(err.object()) : QJsonValue(QJsonValue::Null));
    if (status == requiresAction) {
        QUrl url(baseUrl + QStringLiteral("/stripe/3d_secure/") + id);
        if (forPayer) // the challenge page is opened with the intent's secret, as Stripe's hooks page is
            url.setQuery(QUrlQuery {{QStringLiteral("client_secret"), s(pi, "clientSecret")}});
        o.insert(QStringLiteral("next_action"),
                 QJsonObject {{QStringLiteral("type"), QStringLiteral("redirect_to_url")},
                              {QStringLiteral("redirect_to_url"),
                               QJsonObject {{QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
                                            {QStringLiteral("return_url"), s(pi, "returnUrl").isEmpty()
                                                                               ? QJsonValue(QJsonValue::Null)
                                                                               : QJsonValue(s(pi, "returnUrl"))}}}});
    } else {
        o.insert(QStringLiteral("next_action"), QJsonValue::Null);
    }
    return o;
}

QJsonObject cardInfo(const QVariantMap &pm)
{
    return {{QStringLiteral("brand"), s(pm, "brand")},
            {QStringLiteral("last4"), s(pm, "last4")},
            {QStringLiteral("expMonth"), pm.value(QStringLiteral("expMonth")).toInt()},
            {QStringLiteral("expYear"), pm.value(QStringLiteral("expYear")).toInt()}};
}

QJsonObject paymentMethodJson(const QVariantMap &pm)
{
    return QJsonObject {
        {QStringLiteral("id"), s(pm, "id")},
        {QStringLiteral("object"), QStringLiteral("payment_method")},
        {QStringLiteral("type"), QStringLiteral("card")},
        {QStringLiteral("billing_details"),
         QJsonObject {{QStringLiteral("name"), s(pm, "holderName").isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                             : QJsonValue(s(pm, "holderName"))}}},
        {QStringLiteral("card"),
         QJsonObject {{QStringLiteral("brand"), s(pm, "brand")},
                      {QStringLiteral("country"), QStringLiteral("US")},
                      {QStringLiteral("exp_month"), pm.value(QStringLiteral("expMonth")).toInt()},
                      {QStringLiteral("exp_year"), pm.value(QStringLiteral("expYear")).toInt()},
                      {QStringLiteral("funding"), QStringLiteral("credit")},
                      {QStringLiteral("last4"), s(pm, "last4")}}},
        {QStringLiteral("created"), unixTime(s(pm, "createdAt"))},
        {QStringLiteral("customer"),
         s(pm, "customerId").isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s(pm, "customerId"))},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), QJsonObject()}};
}

} // namespace gateway

PaymentScheduler::PaymentScheduler(QString connectionName, QObject *parent)
    : QObject(parent),
      m_connection(std::move(connectionName))
{ }

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
            // A failed background step leaves the state where it was; refreshEnrollmentPayment retries.
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

} // namespace tutorhub::server
