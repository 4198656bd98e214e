// The Stripe test-mode simulator's HTTP face under {host}/stripe (decision 8 amended, C10-C13): Stripe's
// own wire format, so the app's Stripe client would run unchanged against api.stripe.com in test mode.
//   POST /stripe/v1/payment_methods                 form: type=card, card[number|exp_month|exp_year|cvc]
//   GET  /stripe/v1/payment_intents/{id}            ?client_secret=…
//   POST /stripe/v1/payment_intents/{id}/confirm    form: client_secret, payment_method, return_url
//   GET  /stripe/3d_secure/{id}?client_secret=…     the test-mode challenge page (browser)
//   POST /stripe/3d_secure/{id}/{complete|fail}     its two buttons; redirects to return_url
//   GET  /stripe/return                             the Local environment's return page
// The v1 routes take `Authorization: Bearer <publishable key>` and answer Stripe objects or Stripe
// error objects. Status changes are announced to TutorHub as signed webhook events through the
// documented callbackEnrollmentPayment route (C13). Card numbers are never stored or logged.
#include "payments/paymentroutes.h"

#include "core/apierror.h"
#include "core/util.h"
#include "db/repository.h"
#include "core/handler.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUrlQuery>

namespace tutorhub::server {

namespace {

using gateway::StripeError;

constexpr qint64 kMaxFormBody = 16 * 1024;

// Form body -> name/value (application/x-www-form-urlencoded: '+' is a space).
QHash<QString, QString> formOf(const Request &req)
{
    QByteArray body = req.body;
    body.replace('+', "%20");
    QHash<QString, QString> out;
    const auto items = QUrlQuery(QString::fromLatin1(body)).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        out.insert(item.first, item.second);
    return out;
}

void refuseUnknown(const QHash<QString, QString> &form, const QStringList &known)
{
    for (auto it = form.begin(); it != form.end(); ++it) {
        if (!known.contains(it.key()) && !it.key().startsWith(QLatin1String("expand["))
            && it.key() != QLatin1String("key")) {
            StripeError e;
            e.code = QStringLiteral("parameter_unknown");
            e.param = it.key().left(100);
            e.message = QStringLiteral("Received unknown parameter: %1").arg(e.param);
            throw e;
        }
    }
}

QString required(const QHash<QString, QString> &form, const QString &name)
{
    const QString v = form.value(name).trimmed();
    if (v.isEmpty())
        throw StripeError::missing(name);
    return v;
}

int integer(const QHash<QString, QString> &form, const QString &name)
{
    const QString v = required(form, name);
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok) {
        StripeError e;
        e.code = QStringLiteral("parameter_invalid_integer");
        e.param = name;
        e.message = QStringLiteral("Invalid integer: %1").arg(v.left(20));
        throw e;
    }
    return n;
}

void checkKey(const Request &req)
{
    const QByteArray auth = req.header("authorization");
    StripeError e;
    e.status = 401;
    if (!auth.startsWith("Bearer ") || auth.mid(7).trimmed().isEmpty()) {
        e.message = QStringLiteral(
            "You did not provide an API key. You need to provide your API key in the Authorization header, "
            "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').");
        throw e;
    }
    const QString key = QString::fromLatin1(auth.mid(7).trimmed());
    if (key != gateway::localPublishableKey) {
        e.message = QStringLiteral("Invalid API Key provided: %1****%2").arg(key.left(8), key.right(4));
        throw e;
    }
}

// Stripe's answer for every StripeError a handler throws.
Handler stripeHandler(bool needKey, Handler inner)
{
    return [needKey, inner = std::move(inner)](Request &req) {
        try {
            if (needKey)
                checkKey(req);
            Response r = inner(req);
            r.headers.append({QByteArrayLiteral("Request-Id"), QByteArrayLiteral("req_") + randomKey(14).toLatin1()});
            return r;
        } catch (const StripeError &e) {
            return Response::json(e.toJson(), e.status);
        }
    };
}

QVariantMap intentWithSecret(Repository &repo, const QString &id, const QString &secret)
{
    const auto pi = gateway::intent(repo, id);
    if (!pi)
        throw StripeError::noSuch(QStringLiteral("payment_intent"), id, QStringLiteral("intent"));
    if (secret.isEmpty())
        throw StripeError::missing(QStringLiteral("client_secret"));
    if (secret != pi->value(QStringLiteral("clientSecret")).toString()) {
        StripeError e;
        e.code = QStringLiteral("payment_intent_invalid_parameter");
        e.param = QStringLiteral("client_secret");
        e.message = QStringLiteral(
            "The client_secret provided does not match the client_secret associated with the PaymentIntent.");
        throw e;
    }
    return *pi;
}

QString eventType(const QString &status)
{
    if (status == gateway::succeeded)
        return QStringLiteral("payment_intent.succeeded");
    if (status == gateway::declined)
        return QStringLiteral("payment_intent.payment_failed");
    if (status == gateway::requiresAction)
        return QStringLiteral("payment_intent.requires_action");
    if (status == gateway::canceled)
        return QStringLiteral("payment_intent.canceled");
    return QStringLiteral("payment_intent.processing");
}

// Sends the event of `pi`'s current status after the answer went out (as Stripe's webhooks arrive).
void announce(const std::shared_ptr<PaymentScheduler> &scheduler, const StripeWebhook &webhook, const QVariantMap &pi,
              const QString &baseUrl)
{
    if (!webhook.deliver || pi.isEmpty())
        return;
    const QJsonObject event {
        {QStringLiteral("id"), QStringLiteral("evt_") + randomKey(24)},
        {QStringLiteral("object"), QStringLiteral("event")},
        {QStringLiteral("api_version"), QStringLiteral("2024-06-20")},
        {QStringLiteral("created"), QDateTime::currentSecsSinceEpoch()},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("type"), eventType(pi.value(QStringLiteral("status")).toString())},
        {QStringLiteral("data"), QJsonObject {{QStringLiteral("object"), gateway::intentJson(pi, false, baseUrl)}}}};
    const QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);
    const QByteArray header = stripeSignatureHeader(webhook.secret, QDateTime::currentSecsSinceEpoch(), body);
    scheduler->later(0, [deliver = webhook.deliver, body, header](Repository &) { deliver(body, header); });
}

QByteArray page(const QString &title, const QString &content)
{
    return QStringLiteral(
               "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
               "<style>body{font-family:sans-serif;max-width:32em;margin:3em auto;padding:0 1em}"
               "button{font-size:1em;padding:.5em 1em;margin:.3em}</style></head><body><h1>%1</h1>%2</body></html>")
        .arg(title.toHtmlEscaped(), content)
        .toUtf8();
}

Response html(int status, const QString &title, const QString &content)
{
    Response r = Response::raw(page(title, content), "text/html; charset=utf-8", status);
    r.headers.append(
        {QByteArrayLiteral("Content-Security-Policy"),
         QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:")});
    r.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return r;
}

} // namespace

QByteArray stripeSignatureHeader(const QByteArray &secret, qint64 timestamp, const QByteArray &body)
{
    const QByteArray t = QByteArray::number(timestamp);
    const QByteArray v1 = QMessageAuthenticationCode::hash(t + '.' + body, secret, QCryptographicHash::Sha256).toHex();
    return "t=" + t + ",v1=" + v1;
}

bool verifyStripeSignature(const QByteArray &secret, const QByteArray &header, const QByteArray &body, qint64 now,
                           int toleranceSecs)
{
    QByteArray t;
    QList<QByteArray> signatures;
    for (const QByteArray &part : header.split(',')) {
        const QByteArray p = part.trimmed();
        if (p.startsWith("t="))
            t = p.mid(2);
        else if (p.startsWith("v1="))
            signatures << p.mid(3);
    }
    bool ok = false;
    const qint64 when = t.toLongLong(&ok);
    if (!ok || secret.isEmpty() || qAbs(now - when) > toleranceSecs)
        return false;
    const QByteArray want = stripeSignatureHeader(secret, when, body).mid(t.size() + 6);
    for (const QByteArray &s : signatures)
        if (s.size() == want.size()
            && QMessageAuthenticationCode::hash(s, secret, QCryptographicHash::Sha256)
                   == QMessageAuthenticationCode::hash(want, secret, QCryptographicHash::Sha256))
            return true;
    return false;
}

namespace {

Response stripeThreeDSecurePage(const Context &ctx, Request &req)
{
    const QString id = req.param(QStringLiteral("paymentIntentId"));
    QVariantMap pi;
    try {
        pi = intentWithSecret(*ctx.repo, id, req.queryValue(QStringLiteral("client_secret")));
    } catch (const StripeError &) {
        return html(404, QStringLiteral("Payment not found"),
                    QStringLiteral("<p>This authentication link is not valid. Return to TutorHub and try again.</p>"));
    }
    if (pi.value(QStringLiteral("status")).toString() != gateway::requiresAction)
        return html(200, QStringLiteral("Nothing to confirm"),
                    QStringLiteral("<p>This payment needs no authentication any more. You can close this page "
                                   "and return to TutorHub.</p>"));
    const QString secret = pi.value(QStringLiteral("clientSecret")).toString().toHtmlEscaped();
    const QString amount = QStringLiteral("%1.%2 %3")
                               .arg(pi.value(QStringLiteral("amount")).toLongLong() / 100)
                               .arg(pi.value(QStringLiteral("amount")).toLongLong() % 100, 2, 10, QLatin1Char('0'))
                               .arg(pi.value(QStringLiteral("currency")).toString().toUpper().toHtmlEscaped());
    const QString form
        = QStringLiteral("<form method=\"post\" action=\"/stripe/3d_secure/%1/%2\" style=\"display:inline\">"
                         "<input type=\"hidden\" name=\"client_secret\" value=\"%3\">"
                         "<button type=\"submit\">%4</button></form>");
    return html(
        200, QStringLiteral("3D Secure test payment page"),
        QStringLiteral("<p>TutorHub's local payment simulator (Stripe test mode): a payment of %1 asks "
                       "you to authenticate it.</p>")
                .arg(amount)
            + form.arg(id.toHtmlEscaped(), QStringLiteral("complete"), secret,
                       QStringLiteral("Complete authentication"))
            + form.arg(id.toHtmlEscaped(), QStringLiteral("fail"), secret, QStringLiteral("Fail authentication")));
}

} // namespace

QList<Route> stripeRoutes(Context ctx, std::shared_ptr<PaymentScheduler> scheduler, StripeWebhook webhook)
{
    QList<Route> r;
    r.append({R::stripeCreatePaymentMethod,
              stripeHandler(
                  true,
                  [ctx](Request &req) {
                      const auto form = formOf(req);
                      refuseUnknown(form, {QStringLiteral("type"), QStringLiteral("card[number]"),
                                           QStringLiteral("card[exp_month]"), QStringLiteral("card[exp_year]"),
                                           QStringLiteral("card[cvc]"), QStringLiteral("billing_details[name]"),
                                           QStringLiteral("billing_details[address][postal_code]")});
                      if (required(form, QStringLiteral("type")) != QLatin1String("card"))
                          throw StripeError::invalid(QStringLiteral("type"),
                                                     QStringLiteral("This simulator supports only type=card."));
                      gateway::Card card;
                      card.number = required(form, QStringLiteral("card[number]"));
                      card.expMonth = integer(form, QStringLiteral("card[exp_month]"));
                      card.expYear = integer(form, QStringLiteral("card[exp_year]"));
                      card.cvc = required(form, QStringLiteral("card[cvc]"));
                      card.holderName = form.value(QStringLiteral("billing_details[name]")).trimmed();
                      if (card.expYear < 100)
                          card.expYear += 2000; // Stripe takes two- or four-digit years
                      return Response::json(gateway::paymentMethodJson(gateway::createPaymentMethod(*ctx.repo, card)));
                  }),
              kMaxFormBody, BodyKind::Form});

    r.append({R::stripeGetPaymentIntent, stripeHandler(true, [ctx](Request &req) {
                  const QVariantMap pi = intentWithSecret(*ctx.repo, req.param(QStringLiteral("paymentIntentId")),
                                                          req.queryValue(QStringLiteral("client_secret")));
                  return Response::json(gateway::intentJson(pi, true, req.baseUrl));
              })});

    r.append(
        {R::stripeConfirmPaymentIntent,
         stripeHandler(
             true,
             [ctx, scheduler, webhook](Request &req) {
                 const auto form = formOf(req);
                 refuseUnknown(form, {QStringLiteral("client_secret"), QStringLiteral("payment_method"),
                                      QStringLiteral("return_url")});
                 const QString id = req.param(QStringLiteral("paymentIntentId"));
                 const QString returnUrl = form.value(QStringLiteral("return_url")).trimmed();
                 if (!returnUrl.isEmpty()) {
                     const QUrl u(returnUrl, QUrl::StrictMode);
                     if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http"))
                         || returnUrl.size() > 2048)
                         throw StripeError::invalid(QStringLiteral("return_url"), QStringLiteral("Not a valid URL"));
                 }
                 QVariantMap before;
                 QVariantMap after;
                 inTransaction(*ctx.repo, [&] {
                     before = intentWithSecret(*ctx.repo, id, form.value(QStringLiteral("client_secret")));
                     after = gateway::confirmIntent(*ctx.repo, id,
                                                    form.value(QStringLiteral("payment_method")).trimmed(), returnUrl);
                 });
                 announce(scheduler, webhook, after, req.baseUrl);
                 const QJsonObject json = gateway::intentJson(after, true, req.baseUrl);
                 if (after.value(QStringLiteral("status")).toString() == gateway::declined) {
                     // A declined card: 402 with the error and the intent, as Stripe answers.
                     const QJsonObject last = json.value(QStringLiteral("last_payment_error")).toObject();
                     StripeError e;
                     e.status = 402;
                     e.type = last.value(QStringLiteral("type")).toString();
                     e.code = last.value(QStringLiteral("code")).toString();
                     e.declineCode = last.value(QStringLiteral("decline_code")).toString();
                     e.message = last.value(QStringLiteral("message")).toString();
                     e.param = last.value(QStringLiteral("param")).toString();
                     e.paymentIntent = json;
                     throw e;
                 }
                 return Response::json(json);
             }),
         kMaxFormBody, BodyKind::Form});

    // The test-mode 3-D Secure page, opened in the customer's browser from next_action.redirect_to_url.
    r.append(route(R::stripeThreeDSecurePage, ctx, stripeThreeDSecurePage));

    r.append(
        {R::stripeThreeDSecureOutcome,
         [ctx, scheduler, webhook](Request &req) {
             const QString id = req.param(QStringLiteral("paymentIntentId"));
             const QString outcome = req.param(QStringLiteral("outcome"));
             if (outcome != QLatin1String("complete") && outcome != QLatin1String("fail"))
                 return html(404, QStringLiteral("Not found"), QStringLiteral("<p>There is no such button.</p>"));
             QVariantMap before;
             QVariantMap after;
             try {
                 inTransaction(*ctx.repo, [&] {
                     before = intentWithSecret(*ctx.repo, id, formOf(req).value(QStringLiteral("client_secret")));
                     after = gateway::authenticateIntent(*ctx.repo, id, outcome == QLatin1String("complete"));
                 });
             } catch (const StripeError &) {
                 return html(
                     404, QStringLiteral("Payment not found"),
                     QStringLiteral("<p>This authentication link is not valid. Return to TutorHub and try again.</p>"));
             }
             if (before.value(QStringLiteral("status")) != after.value(QStringLiteral("status")))
                 announce(scheduler, webhook, after, req.baseUrl);
             const bool ok = after.value(QStringLiteral("status")).toString() == gateway::succeeded;
             const QString returnUrl = after.value(QStringLiteral("returnUrl")).toString();
             if (!returnUrl.isEmpty()) {
                 QUrl u(returnUrl);
                 QUrlQuery q(u);
                 q.addQueryItem(QStringLiteral("payment_intent"), id);
                 q.addQueryItem(QStringLiteral("payment_intent_client_secret"),
                                after.value(QStringLiteral("clientSecret")).toString());
                 q.addQueryItem(QStringLiteral("redirect_status"),
                                ok ? QStringLiteral("succeeded") : QStringLiteral("failed"));
                 u.setQuery(q);
                 Response r = Response::raw({}, "text/plain", 303);
                 r.headers.append({QByteArrayLiteral("Location"), u.toEncoded()});
                 return r;
             }
             return html(200, ok ? QStringLiteral("Authentication complete") : QStringLiteral("Authentication failed"),
                         QStringLiteral("<p>You can close this page and return to TutorHub.</p>"));
         },
         kMaxFormBody, BodyKind::Form});

    r.append(
        {R::stripeReturn, [](Request &req) {
             const bool ok = req.queryValue(QStringLiteral("redirect_status")) == QLatin1String("succeeded");
             return html(
                 200, ok ? QStringLiteral("Authentication complete") : QStringLiteral("Authentication failed"),
                 QStringLiteral(
                     "<p>You can close this page and return to TutorHub; it shows the result of the payment.</p>"));
         }});
    return r;
}

} // namespace tutorhub::server
