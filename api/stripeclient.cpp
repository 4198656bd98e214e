#include "stripeclient.h"

#include "appsettings.h"
#include "contract.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrlQuery>
#include <QUuid>

namespace tutorhub::api {

namespace {

QByteArray percent(const QString &s)
{
    return QUrl::toPercentEncoding(s);
}

} // namespace

QString StripeConfig::localPublishableKey()
{
    return QStringLiteral("pk_test_tutorhub_local");
}

StripeConfig StripeConfig::forEnvironment(const Environment &environment, const AppSettings *settings)
{
    StripeConfig c;
    if (environment.isLocal()) {
        const QString host = environment.host.toString(QUrl::StripTrailingSlash);
        c.baseUrl = QUrl(host + QStringLiteral("/stripe"));
        c.publishableKey = localPublishableKey();
        c.returnUrl = QUrl(host + QStringLiteral("/stripe/return"));
        return c;
    }
    auto value = [&](const QString &name) { return settings ? settings->stripeValue(environment, name) : QString(); };
    const QString base = value(QStringLiteral("stripeBaseUrl"));
    c.baseUrl = QUrl(base.isEmpty() ? QStringLiteral("https://api.stripe.com") : base);
    c.publishableKey = value(QStringLiteral("stripePublishableKey"));
    const QString ret = value(QStringLiteral("stripeReturnUrl"));
    c.returnUrl = ret.isEmpty() ? environment.host : QUrl(ret);
    return c;
}

QString StripeConfig::problem(const Environment &environment) const
{
    if (isValid())
        return {};
    return tr("Card payments are not set up for %1: this app has no Stripe publishable key for it. Ask your TutorHub "
              "administrator for the key and add it to the settings as “%2”.")
        .arg(environment.displayName(), AppSettings::stripeKey(environment, QStringLiteral("stripePublishableKey")));
}

StripeClient::StripeClient(QNetworkAccessManager *nam, StripeConfig config, QObject *parent)
    : QObject(parent),
      m_nam(nam ? nam : new QNetworkAccessManager(this)),
      m_config(std::move(config))
{ }

QByteArray StripeClient::formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += percent(f.first) + '=' + percent(f.second);
    }
    return out;
}

QString StripeClient::sentenceFor(const QJsonObject &error, int status)
{
    const QString type = error.value(QStringLiteral("type")).toString();
    const QString code = error.value(QStringLiteral("code")).toString();
    const QString decline = error.value(QStringLiteral("decline_code")).toString();
    if (status == 401)
        return tr(
            "Card payments are not set up correctly for this environment: the payment service refused the app's key. "
            "Tell your TutorHub administrator; nothing was charged.");
    if (status == 429 || type == QLatin1String("rate_limit_error"))
        return tr("There were too many payment attempts. Wait a minute and try again; nothing was charged.");
    if (code == QLatin1String("payment_intent_authentication_failure"))
        return tr(
            "Your bank did not confirm the payment and nothing was charged. Pay again to retry, or use another card.");
    if (code == QLatin1String("card_declined") && decline == QLatin1String("live_mode_test_card"))
        return tr(
            "This is a test environment: real cards are not accepted here. Use one of the test cards shown below.");
    if (code == QLatin1String("card_declined"))
        return tr("The card was declined and nothing was charged. Try another card.");
    if (code == QLatin1String("expired_card"))
        return tr("The card has expired and nothing was charged. Use another card.");
    if (code == QLatin1String("incorrect_cvc") || code == QLatin1String("invalid_cvc"))
        return tr(
            "The security code is not correct and nothing was charged. Check the digits on the back of the card.");
    if (code == QLatin1String("incorrect_number") || code == QLatin1String("invalid_number"))
        return tr("The card number is not correct. Check it and try again.");
    if (code == QLatin1String("invalid_expiry_month") || code == QLatin1String("invalid_expiry_year"))
        return tr("The expiry date is not valid. Check the month and year printed on the card.");
    if (code == QLatin1String("processing_error"))
        return tr("The card could not be processed and nothing was charged. Try again in a moment.");
    if (type == QLatin1String("card_error"))
        return tr("The card was not accepted and nothing was charged. Try another card.");
    if (status >= 500)
        return tr("The payment service has a problem right now and nothing was charged. Try again in a few minutes.");
    return tr(
        "The payment could not go ahead and nothing was charged. Close this window and pay again from My learning.");
}

void StripeClient::createCardPaymentMethod(const CardInput &card, QObject *context, Done done)
{
    QString digits = card.number;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    QList<QPair<QString, QString>> form {{QStringLiteral("type"), QStringLiteral("card")},
                                         {QStringLiteral("card[number]"), digits},
                                         {QStringLiteral("card[exp_month]"), QString::number(card.expMonth)},
                                         {QStringLiteral("card[exp_year]"), QString::number(card.expYear)},
                                         {QStringLiteral("card[cvc]"), card.cvc}};
    if (!card.holderName.isEmpty())
        form.append({QStringLiteral("billing_details[name]"), card.holderName});
    send("POST", routePath(Route::stripeCreatePaymentMethod, {}), form, {}, context, std::move(done));
}

void StripeClient::confirmPaymentIntent(const QString &intentId, const QString &clientSecret,
                                        const QString &paymentMethodId, QObject *context, Done done)
{
    QList<QPair<QString, QString>> form {{QStringLiteral("client_secret"), clientSecret}};
    if (!paymentMethodId.isEmpty())
        form.append({QStringLiteral("payment_method"), paymentMethodId});
    if (m_config.returnUrl.isValid())
        form.append({QStringLiteral("return_url"), m_config.returnUrl.toString(QUrl::FullyEncoded)});
    send("POST", routePath(Route::stripeConfirmPaymentIntent, {intentId}), form, {}, context, std::move(done));
}

void StripeClient::retrievePaymentIntent(const QString &intentId, const QString &clientSecret, QObject *context,
                                         Done done)
{
    send("GET", routePath(Route::stripeGetPaymentIntent, {intentId}), {},
         {{QStringLiteral("client_secret"), clientSecret}}, context, std::move(done));
}

void StripeClient::send(const QByteArray &method, const QString &path, const QList<QPair<QString, QString>> &form,
                        const QList<QPair<QString, QString>> &query, QObject *context, Done done)
{
    QUrl url(m_config.baseUrl.toString(QUrl::StripTrailingSlash) + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &item : query)
            q.addQueryItem(QString::fromLatin1(percent(item.first)), QString::fromLatin1(percent(item.second)));
        url.setQuery(q);
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_config.publishableKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = nullptr;
    if (method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        // Stripe's idempotency: a POST repeated by the network layer is not applied twice.
        request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        reply = m_nam->post(request, formEncode(form));
    } else {
        reply = m_nam->get(request);
    }
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, done = std::move(done)] {
        reply->deleteLater();
        if (!guard)
            return;
        StripeResult r;
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        if (r.httpStatus == 0) {
            r.message = tr("The payment service could not be reached and nothing was charged. Check your connection "
                           "and try again.");
            done(r);
            return;
        }
        const QJsonObject body = doc.object();
        if (r.httpStatus >= 200 && r.httpStatus < 300 && doc.isObject()) {
            r.ok = true;
            r.object = body;
            done(r);
            return;
        }
        const QJsonObject error = body.value(QStringLiteral("error")).toObject();
        r.errorType = error.value(QStringLiteral("type")).toString();
        r.errorCode = error.value(QStringLiteral("code")).toString();
        r.declineCode = error.value(QStringLiteral("decline_code")).toString();
        r.paymentIntent = error.value(QStringLiteral("payment_intent")).toObject();
        r.message = StripeClient::sentenceFor(error, r.httpStatus);
        done(r);
    });
}

} // namespace tutorhub::api
