// The simulated gateway's routes, under /enrollmentmanagement-api/v1/paymentgateway/… (decision 8):
// the client hands card data to these routes only; TutorHub's own tables receive the pm_… id and
// brand/last four digits (sys_paymentMethod.cardInfo), never the number or the CVC.
#include "payments/paymentroutes.h"

#include "core/apierror.h"
#include "enrollment/enrollmentrules.h"
#include "enrollment/enrollmentschema.h"
#include "http/envelope.h"

#include <QJsonDocument>

namespace tutorhub::server {

namespace {

constexpr qint64 kMaxCardBody = 16 * 1024;

int intField(const QJsonObject &o, const QString &name)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull())
        throw HttpError::missing(name);
    if (!v.isDouble() || v.toDouble() != double(int(v.toDouble())))
        throw HttpError::invalid(name, QStringLiteral("'%1' must be an integer.").arg(name));
    return int(v.toDouble());
}

QString textField(const QJsonObject &o, const QString &name, bool required, int max = kMaxString)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
        if (required)
            throw HttpError::missing(name);
        return {};
    }
    if (!v.isString())
        throw HttpError::invalid(name, QStringLiteral("'%1' must be a string.").arg(name));
    if (v.toString().size() > max)
        throw HttpError::tooLong(name, max);
    return v.toString().trimmed();
}

QVariantMap ownIntent(Context ctx, const Request &req)
{
    const auto pi = gateway::intent(*ctx.repo, req.param(QStringLiteral("paymentIntentId")));
    if (!pi)
        throw HttpError::notFound(QStringLiteral("paymentIntent"));
    if (!req.caller().isAdmin()
        && pi->value(QStringLiteral("customerId")).toString() != gateway::customerOf(*ctx.repo, req.caller().userId, false))
        throw HttpError::forbidden(QStringLiteral("This payment belongs to another customer."));
    return *pi;
}

QJsonObject payerView(Context ctx, const Request &req, const QVariantMap &pi)
{
    const QString mine = gateway::customerOf(*ctx.repo, req.caller().userId, false);
    return gateway::intentJson(pi, !mine.isEmpty() && pi.value(QStringLiteral("customerId")).toString() == mine);
}

} // namespace

// Records the tokenized card as a saved TutorHub payment method (and the customer on first use).
void savePaymentMethod(Repository &repo, const QString &userId, const QJsonObject &pm, const QString &holder, const QString &zip)
{
    const QString customer = pm.value(QStringLiteral("customerId")).toString();
    if (!repo.findOne(paymentCustomerSchema(), QStringLiteral("userId = ?"), {userId}))
        repo.insert(paymentCustomerSchema(),
                    {{QStringLiteral("userId"), userId}, {QStringLiteral("customerId"), customer}, {QStringLiteral("platform"), QStringLiteral("stripe")}},
                    userId);
    repo.insert(paymentMethodSchema(),
                {{QStringLiteral("paymentMethodId"), pm.value(QStringLiteral("id")).toString()},
                 {QStringLiteral("userId"), userId},
                 {QStringLiteral("customerId"), customer},
                 {QStringLiteral("cardHolderName"), holder.isEmpty() ? QVariant() : QVariant(holder)},
                 {QStringLiteral("cardHolderZip"), zip.isEmpty() ? QVariant() : QVariant(zip)},
                 {QStringLiteral("platform"), QStringLiteral("stripe")},
                 {QStringLiteral("cardInfo"), QString::fromUtf8(QJsonDocument(pm.value(QStringLiteral("card")).toObject()).toJson(QJsonDocument::Compact))}},
                userId);
}

QList<Route> gatewayRoutes(Context ctx, std::shared_ptr<PaymentScheduler> scheduler)
{
    QList<Route> r;
    r.append({R::gatewayCreatePaymentMethod, [ctx](Request &req) {
                  const QJsonObject body = req.json();
                  const QJsonValue cardValue = body.value(QStringLiteral("card"));
                  if (cardValue.isUndefined() || cardValue.isNull())
                      throw HttpError::missing(QStringLiteral("card"));
                  if (!cardValue.isObject())
                      throw HttpError::invalid(QStringLiteral("card"), QStringLiteral("'card' must be an object {number, expMonth, expYear, cvc}."));
                  const QJsonObject c = cardValue.toObject();
                  gateway::Card card;
                  card.number = textField(c, QStringLiteral("number"), true, 32);
                  card.expMonth = intField(c, QStringLiteral("expMonth"));
                  card.expYear = intField(c, QStringLiteral("expYear"));
                  card.cvc = textField(c, QStringLiteral("cvc"), true, 8);
                  const QString holder = textField(body, QStringLiteral("cardHolderName"), false);
                  const QString zip = textField(body, QStringLiteral("cardHolderZip"), false, 16);
                  const QJsonValue saveValue = body.value(QStringLiteral("save"));
                  if (!saveValue.isUndefined() && !saveValue.isNull() && !saveValue.isBool())
                      throw HttpError::invalid(QStringLiteral("save"), QStringLiteral("'save' must be true or false."));
                  const bool save = saveValue.toBool(true);
                  QJsonObject pm;
                  enrollment::inTransaction(*ctx.repo, [&] {
                      pm = gateway::tokenize(*ctx.repo, req.caller().userId, card);
                      if (save)
                          savePaymentMethod(*ctx.repo, req.caller().userId, pm, holder, zip);
                  });
                  pm.insert(QStringLiteral("saved"), save);
                  return envelope::ok(req, QStringLiteral("paymentMethod"), QStringLiteral("create"), pm, 201);
              },
              kMaxCardBody});
    r.append({R::gatewayGetPaymentIntent, [ctx](Request &req) {
                  return envelope::ok(req, QStringLiteral("paymentIntent"), QStringLiteral("get"), payerView(ctx, req, ownIntent(ctx, req)));
              }});
    r.append({R::gatewayConfirmPaymentIntent, [ctx, scheduler](Request &req) {
                  const QJsonObject body = req.json();
                  const QJsonValue approveValue = body.value(QStringLiteral("approve"));
                  if (!approveValue.isUndefined() && !approveValue.isNull() && !approveValue.isBool())
                      throw HttpError::invalid(QStringLiteral("approve"), QStringLiteral("'approve' must be true or false."));
                  const QVariantMap before = ownIntent(ctx, req);
                  const QVariantMap after = gateway::confirmIntent(*ctx.repo, before.value(QStringLiteral("id")).toString(),
                                                                   approveValue.toBool(true));
                  if (before.value(QStringLiteral("status")) != after.value(QStringLiteral("status")))
                      scheduler->track(after);
                  return envelope::ok(req, QStringLiteral("paymentIntent"), QStringLiteral("update"), payerView(ctx, req, after));
              }});
    return r;
}

} // namespace tutorhub::server
