#include "payment.h"

#include "api/apiclient.h"
#include "api/appsettings.h"
#include "api/enrollmentapi.h"
#include "api/stripeclient.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"
#include "models/student/studentlists.h"
#include "models/student/studentrules.h"

#include <QJsonArray>
#include <QTimer>

namespace tutorhub::models::student {

namespace {
constexpr int kPollMs = 600;
constexpr int kMaxPolls = 100; // about a minute, then the student is told where to look later
constexpr int kBankPollMs = 1000;
constexpr int kMaxBankPolls = 900; // a quarter of an hour on the bank's page
} // namespace

Payment::Payment(api::ApiClient *client, api::AppSettings *settings, const QJsonObject &enrollment,
                 const QString &userId, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_api(new api::EnrollmentApi(client, this)),
      m_methods(paymentMethodsModel(client, userId, this)),
      m_enrollment(enrollment)
{
    const api::StripeConfig stripe = api::StripeConfig::forEnvironment(client->environment(), settings);
    m_stripeProblem = stripe.problem(client->environment());
    m_stripe = new api::StripeClient(client->networkAccessManager(), stripe, this);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setInterval(kPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &Payment::poll);
    m_bankTimer = new QTimer(this);
    m_bankTimer->setSingleShot(true);
    m_bankTimer->setInterval(kBankPollMs);
    connect(m_bankTimer, &QTimer::timeout, this, &Payment::waitForBank);
}

bool Payment::showsTestCards() const
{
    return m_stage != Stage::Paid && m_client && m_client->environment().isLocal();
}

QString Payment::amountText() const
{
    const QString title = packTitleOf(m_enrollment);
    const int lessons = int(m_enrollment.value(QStringLiteral("lessonSlotIds")).toArray().size());
    const QString amount
        = Format::money(Format::num(m_enrollment, "totalAmount"), Format::str(m_enrollment, "currency"));
    return (lessons == 1 ? tr("%1 for 1 lesson").arg(amount) : tr("%1 for %2 lessons").arg(amount).arg(lessons))
           + (title.isEmpty() ? QString() : tr(" of “%1”").arg(title));
}

QString Payment::payButtonText() const
{
    return tr("Pay %1").arg(Format::money(Format::num(m_enrollment, "totalAmount")));
}

QString Payment::testCardsText()
{
    return tr("Local server test cards: 4242 4242 4242 4242 is paid, 4000 0000 0000 0002 is declined, "
              "4000 0025 0000 3155 asks you to confirm on a test bank page. Any future expiry and any 3 digits.");
}

void Payment::begin()
{
    m_methods->refresh();
    // Recovery: an enrollment whose payment already started shows its real state first.
    if (Format::str(m_enrollment, "paymentConfirmation") != QLatin1String("pending")
        || Format::str(m_enrollment, "paymentStatus") != QLatin1String("pending"))
        checkAgain();
    else
        setStage(Stage::Choosing, tr("Choose how to pay. Your lessons stay reserved while you pay."));
}

void Payment::setStage(Stage stage, const QString &text)
{
    m_stage = stage;
    m_status = text;
    m_payable = stage == Stage::Choosing || stage == Stage::Declined || stage == Stage::Failed;
    m_checkable = stage == Stage::Processing || stage == Stage::Failed;
    if (stage != Stage::NeedsConfirmation)
        m_bankTimer->stop();
    emit stageChanged(stage);
}

bool Payment::blockedByStripe()
{
    if (m_stripeProblem.isEmpty())
        return false;
    setStage(Stage::Failed, m_stripeProblem);
    m_checkable = false; // checking again cannot help: the environment has no card payments
    emit stageChanged(m_stage);
    return true;
}

void Payment::payWithSavedCard(const QString &paymentMethodId)
{
    if (blockedByStripe())
        return;
    if (paymentMethodId.isEmpty()) {
        setStage(Stage::Choosing, tr("Choose a saved card or enter a new one."));
        return;
    }
    start(paymentMethodId, false);
}

void Payment::payWithNewCard(const QString &number, const QString &expiry, const QString &cvc, const QString &holder,
                             bool save)
{
    if (blockedByStripe())
        return;
    const QStringList parts = expiry.split(QLatin1Char('/'));
    const int month = parts.value(0).trimmed().toInt();
    int year = parts.value(1).trimmed().toInt();
    if (year > 0 && year < 100)
        year += 2000;
    const QString problem = StudentRules::cardInputProblem(number, month, year, cvc);
    if (!problem.isEmpty()) {
        setStage(m_stage == Stage::Declined ? Stage::Declined : Stage::Choosing, problem);
        emit cardNumberFocus();
        return;
    }
    api::CardInput card;
    card.number = number;
    card.expMonth = month;
    card.expYear = year;
    card.cvc = cvc;
    card.holderName = holder.trimmed();
    setStage(Stage::Processing, tr("Checking the card…"));
    // The card goes to Stripe only; TutorHub gets the pm_… id it answers with.
    m_stripe->createCardPaymentMethod(card, this, [this, save](const api::StripeResult &r) {
        if (!r.ok) {
            setStage(r.errorType == QLatin1String("card_error") ? Stage::Declined : Stage::Failed, r.message);
            m_checkable = false;
            emit stageChanged(m_stage);
            emit cardNumberFocus();
            return;
        }
        emit cardAccepted();
        start(Format::str(r.object, "id"), save);
    });
}

void Payment::start(const QString &paymentMethodId, bool save)
{
    setStage(Stage::Processing, tr("Processing the payment…"));
    m_polls = 0;
    m_paymentMethodId = paymentMethodId;
    m_api->startPayment(
        Format::str(m_enrollment, "id"), paymentMethodId, save, this,
        [this, save](const api::Result<api::JsonAnswer> &r) {
            if (!r) {
                setStage(Stage::Failed, r.error().userMessage() + QLatin1Char(' ')
                                            + tr("Nothing is charged twice: check again or try once more."));
                return;
            }
            if (save)
                m_methods->refresh();
            onAnswer(r.value().object(), r.value().envelope.value(QStringLiteral("paymentResult")).toObject());
        });
}

void Payment::checkAgain()
{
    setStage(Stage::Processing, tr("Checking the payment…"));
    poll();
}

void Payment::poll()
{
    ++m_polls;
    m_api->refreshPayment(Format::str(m_enrollment, "id"), this, [this](const api::Result<api::JsonAnswer> &r) {
        if (!r) {
            setStage(Stage::Failed,
                     r.error().userMessage() + QLatin1Char(' ') + tr("Check again when you are back online."));
            return;
        }
        onAnswer(r.value().object(), r.value().envelope.value(QStringLiteral("paymentResult")).toObject());
    });
}

void Payment::onAnswer(const QJsonObject &enrollment, const QJsonObject &result)
{
    if (!enrollment.isEmpty()) {
        QJsonObject merged = m_enrollment;
        for (auto it = enrollment.begin(); it != enrollment.end(); ++it)
            merged.insert(it.key(), it.value());
        m_enrollment = merged;
    }
    m_result = result;
    const QJsonObject intent = result.value(QStringLiteral("paymentIntentInfo")).toObject();
    m_intentId = Format::str(intent, "id");
    if (!Format::str(intent, "client_secret").isEmpty())
        m_clientSecret = Format::str(intent, "client_secret");
    const QString literal = Format::str(result, "statusLiteral");
    const QString intentStatus = Format::str(intent, "status");
    if (Format::str(m_enrollment, "paymentStatus") == QLatin1String("paid") || literal == QLatin1String("paid")) {
        setStage(Stage::Paid, tr("Paid. Your lessons are booked; you find them under My learning."));
        emit paid(m_enrollment);
        return;
    }
    if (Format::str(m_enrollment, "enrollmentStatus") == QLatin1String("canceled")) {
        setStage(Stage::Failed,
                 tr("This enrollment was canceled before it was paid; nothing was charged. Book the lessons again."));
        m_payable = false;
        emit stageChanged(m_stage);
        return;
    }
    if (intentStatus == QLatin1String("requires_confirmation") && !m_clientSecret.isEmpty()) {
        confirmWithStripe(intent);
        return;
    }
    if (intentStatus == QLatin1String("requires_action") || intentStatus == QLatin1String("requires_payment_method")) {
        onStripeIntent(intent); // Stripe's own view decides the next step
        return;
    }
    if (literal == QLatin1String("canceled")) {
        setStage(Stage::Declined, tr("The payment was canceled and nothing was charged. You can pay again."));
        return;
    }
    if (m_intentId.isEmpty()) {
        setStage(Stage::Choosing, tr("Choose how to pay. Your lessons stay reserved while you pay."));
        return;
    }
    // processing: the webhook settles it shortly; poll as the fallback.
    if (m_polls >= kMaxPolls) {
        setStage(Stage::Failed,
                 tr("The payment is still being processed. You can close this window: My learning shows the result."));
        return;
    }
    setStage(Stage::Processing, tr("Processing the payment…"));
    m_pollTimer->start();
}

void Payment::confirmWithStripe(const QJsonObject &intent)
{
    setStage(Stage::Processing, tr("Confirming the payment with your card's bank…"));
    m_stripe->confirmPaymentIntent(Format::str(intent, "id"), m_clientSecret, m_paymentMethodId, this,
                                   [this](const api::StripeResult &r) {
                                       if (!r.ok && !r.paymentIntent.isEmpty()) {
                                           onStripeIntent(r.paymentIntent); // declined: the intent says why
                                           return;
                                       }
                                       if (!r.ok) {
                                           setStage(Stage::Failed, r.message);
                                           return;
                                       }
                                       onStripeIntent(r.object);
                                   });
}

void Payment::onStripeIntent(const QJsonObject &intent)
{
    const QString status = Format::str(intent, "status");
    if (status == QLatin1String("requires_action")) {
        const QJsonObject action = intent.value(QStringLiteral("next_action")).toObject();
        m_actionUrl
            = QUrl(action.value(QStringLiteral("redirect_to_url")).toObject().value(QStringLiteral("url")).toString());
        setStage(Stage::NeedsConfirmation, tr("One more step: confirm the payment on your bank's page in the browser. "
                                              "This window goes on by itself when you are done."));
        if (!m_actionOpened && m_actionUrl.isValid())
            emit confirmationPageRequested(m_actionUrl);
        m_bankPolls = 0;
        m_bankTimer->start();
        return;
    }
    if (status == QLatin1String("requires_payment_method")) {
        const QJsonObject error = intent.value(QStringLiteral("last_payment_error")).toObject();
        setStage(Stage::Declined, error.isEmpty()
                                      ? tr("The card was declined and nothing was charged. Try another card.")
                                      : api::StripeClient::sentenceFor(error, 402));
        m_actionOpened = false;
        emit newCardRequested();
        emit cardNumberFocus();
        return;
    }
    if (status == QLatin1String("canceled")) {
        setStage(Stage::Declined, tr("The payment was canceled and nothing was charged. You can pay again."));
        return;
    }
    // succeeded or processing: TutorHub learns it from Stripe's webhook; poll it as the fallback.
    setStage(Stage::Processing, tr("Payment confirmed. Booking your lessons…"));
    m_polls = 0;
    poll();
}

void Payment::waitForBank()
{
    if (m_stage != Stage::NeedsConfirmation || m_intentId.isEmpty() || m_clientSecret.isEmpty())
        return;
    if (++m_bankPolls > kMaxBankPolls) {
        setStage(
            Stage::Failed,
            tr("Your bank's confirmation did not arrive. Check again once you confirmed the payment in the browser."));
        return;
    }
    m_stripe->retrievePaymentIntent(m_intentId, m_clientSecret, this, [this](const api::StripeResult &r) {
        if (m_stage != Stage::NeedsConfirmation)
            return;
        if (r.ok && Format::str(r.object, "status") != QLatin1String("requires_action")) {
            onStripeIntent(r.object);
            return;
        }
        m_bankTimer->start(); // still waiting (or a passing network problem): ask again
    });
}

void Payment::confirmationPageOpened(bool ok)
{
    m_actionOpened = true;
    if (!ok) {
        m_status = tr("The browser could not be opened. Open this address in a browser to confirm the payment: %1")
                       .arg(m_actionUrl.toString());
        emit stageChanged(m_stage);
    }
}

} // namespace tutorhub::models::student
