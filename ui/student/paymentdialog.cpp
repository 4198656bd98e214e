#include "paymentdialog.h"

#include "studentcommon.h"

#include "api/apiclient.h"
#include "api/enrollmentapi.h"
#include "api/session.h"
#include "api/stripeclient.h"
#include "common/busyindicator.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"
#include "models/student/studentlists.h"
#include "models/student/studentrules.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace tutorhub::ui::student {

using models::Format;
using models::PagedListModel;

namespace {
constexpr int kPollMs = 600;
constexpr int kMaxPolls = 100; // about a minute, then the student is told where to look later
constexpr int kBankPollMs = 1000;
constexpr int kMaxBankPolls = 900; // a quarter of an hour on the bank's page
} // namespace

PaymentDialog::PaymentDialog(const WorkspaceContext &context, const QJsonObject &enrollment, QWidget *parent)
    : QDialog(parent), m_ctx(context), m_enrollment(enrollment), m_api(new api::EnrollmentApi(context.client, this))
{
    const api::StripeConfig stripe = api::StripeConfig::forEnvironment(context.client->environment(), context.settings);
    m_stripeProblem = stripe.problem(context.client->environment());
    m_stripe = new api::StripeClient(context.client->networkAccessManager(), stripe, this);
    setWindowTitle(tr("Pay for your lessons"));
    setObjectName(QStringLiteral("paymentDialog"));
    setMinimumWidth(500);
    m_methods = models::student::paymentMethodsModel(context.client, context.session->currentUser().id, this);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setInterval(kPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &PaymentDialog::poll);
    m_bankTimer = new QTimer(this);
    m_bankTimer->setSingleShot(true);
    m_bankTimer->setInterval(kBankPollMs);
    connect(m_bankTimer, &QTimer::timeout, this, &PaymentDialog::waitForBank);

    auto *layout = new QVBoxLayout(this);
    m_amount = new QLabel(this);
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_amount->setWordWrap(true);
    const QString title = models::student::packTitleOf(enrollment);
    const int lessons = int(enrollment.value(QStringLiteral("lessonSlotIds")).toArray().size());
    const QString amount = Format::money(Format::num(enrollment, "totalAmount"), Format::str(enrollment, "currency"));
    m_amount->setText((lessons == 1 ? tr("%1 for 1 lesson").arg(amount) : tr("%1 for %2 lessons").arg(amount).arg(lessons))
                      + (title.isEmpty() ? QString() : tr(" of “%1”").arg(title)));
    QFont f = m_amount->font();
    f.setBold(true);
    m_amount->setFont(f);
    layout->addWidget(m_amount);

    m_savedChoice = named(new QRadioButton(tr("Saved card"), this), tr("Pay with a saved card"));
    m_saved = named(new QComboBox(this), tr("Saved card"), "paymentSavedCard");
    m_newChoice = named(new QRadioButton(tr("New card"), this), tr("Pay with a new card"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_savedChoice);
    group->addButton(m_newChoice);
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(m_savedChoice);
    savedRow->addWidget(m_saved, 1);
    layout->addLayout(savedRow);
    layout->addWidget(m_newChoice);

    m_cardForm = new QWidget(this);
    auto *form = new QFormLayout(m_cardForm);
    m_number = named(new QLineEdit(m_cardForm), tr("Card number"), "cardNumber");
    m_number->setPlaceholderText(QStringLiteral("1234 5678 9012 3456"));
    m_number->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_expiry = named(new QLineEdit(m_cardForm), tr("Expiry (MM/YY)"), "cardExpiry");
    m_expiry->setPlaceholderText(tr("MM/YY"));
    m_expiry->setMaxLength(5);
    m_cvc = named(new QLineEdit(m_cardForm), tr("Security code"), "cardCvc");
    m_cvc->setEchoMode(QLineEdit::Password);
    m_cvc->setMaxLength(4);
    m_holder = named(new QLineEdit(m_cardForm), tr("Name on the card"), "cardHolder");
    m_holder->setText(context.session->currentUser().fullname);
    m_save = named(new QCheckBox(tr("Save this card for next time"), m_cardForm), tr("Save this card for next time"));
    m_save->setChecked(true);
    form->addRow(tr("Card number"), m_number);
    form->addRow(tr("Expiry"), m_expiry);
    form->addRow(tr("Security code"), m_cvc);
    form->addRow(tr("Name on the card"), m_holder);
    form->addRow(QString(), m_save);
    layout->addWidget(m_cardForm);
    m_testCards = new QLabel(this);
    m_testCards->setWordWrap(true);
    m_testCards->setText(tr("Local server test cards: 4242 4242 4242 4242 is paid, 4000 0000 0000 0002 is declined, "
                            "4000 0025 0000 3155 asks you to confirm on a test bank page. Any future expiry and any 3 digits."));
    m_testCards->setVisible(context.client && context.client->environment().isLocal());
    layout->addWidget(m_testCards);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("paymentStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_confirmBox = new QWidget(this);
    auto *confirmRow = new QHBoxLayout(m_confirmBox);
    auto *confirmText = new QLabel(tr("Your bank asks you to confirm this payment on its page in your browser."), m_confirmBox);
    confirmText->setWordWrap(true);
    confirmRow->addWidget(confirmText, 1);
    auto *open = named(new QPushButton(tr("Open the bank's page"), m_confirmBox), tr("Open the bank's confirmation page"));
    connect(open, &QPushButton::clicked, this, &PaymentDialog::openConfirmationPage);
    confirmRow->addWidget(open);
    m_confirmBox->setVisible(false);
    layout->addWidget(m_confirmBox);

    auto *buttons = new QHBoxLayout;
    m_busy = new BusyIndicator(this);
    m_busy->setShowDelay(0);
    buttons->addWidget(m_busy);
    buttons->addStretch();
    m_check = named(new QPushButton(tr("Check again"), this), tr("Check the payment again"));
    connect(m_check, &QPushButton::clicked, this, &PaymentDialog::checkAgain);
    m_check->setVisible(false);
    m_pay = named(new QPushButton(tr("Pay %1").arg(Format::money(Format::num(enrollment, "totalAmount"))), this), tr("Pay"));
    m_pay->setDefault(true);
    connect(m_pay, &QPushButton::clicked, this, &PaymentDialog::pay);
    m_close = named(new QPushButton(tr("Close"), this), tr("Close payment"));
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    buttons->addWidget(m_check);
    buttons->addWidget(m_pay);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    auto choose = [this] {
        m_saved->setEnabled(m_savedChoice->isChecked());
        m_cardForm->setEnabled(m_newChoice->isChecked());
    };
    connect(m_savedChoice, &QRadioButton::toggled, this, choose);
    for (QRadioButton *b : {m_savedChoice, m_newChoice})
        connect(b, &QRadioButton::clicked, this, [this] { m_methodTouched = true; });
    for (QLineEdit *e : {m_number, m_expiry, m_cvc})
        connect(e, &QLineEdit::textEdited, this, [this] { m_methodTouched = true; });
    m_newChoice->setChecked(true);
    m_savedChoice->setEnabled(false);
    choose();
    connect(m_methods, &PagedListModel::pageLoaded, this, [this, choose] {
        m_saved->clear();
        for (int row = 0; row < m_methods->rowCount(); ++row)
            m_saved->addItem(models::student::cardLabel(m_methods->object(row)), Format::str(m_methods->object(row), "paymentMethodId"));
        m_savedChoice->setEnabled(m_saved->count() > 0);
        // A saved card is preselected unless the student already chose how to pay.
        if (m_saved->count() > 0 && m_stage == Stage::Choosing && !m_methodTouched)
            m_savedChoice->setChecked(true);
        choose();
    });
    m_methods->refresh();

    // Recovery: an enrollment whose payment already started shows its real state first.
    if (Format::str(enrollment, "paymentConfirmation") != QLatin1String("pending")
        || Format::str(enrollment, "paymentStatus") != QLatin1String("pending"))
        checkAgain();
    else
        setStage(Stage::Choosing, tr("Choose how to pay. Your lessons stay reserved while you pay."));
}

QString PaymentDialog::statusText() const
{
    return m_status->text();
}

void PaymentDialog::setStage(Stage stage, const QString &text)
{
    m_stage = stage;
    m_status->setText(text);
    const bool choosing = stage == Stage::Choosing || stage == Stage::Declined || stage == Stage::Failed;
    m_pay->setVisible(choosing);
    m_pay->setEnabled(choosing);
    m_savedChoice->parentWidget()->setEnabled(true);
    for (QWidget *w : {static_cast<QWidget *>(m_savedChoice), static_cast<QWidget *>(m_newChoice), static_cast<QWidget *>(m_saved), m_cardForm})
        w->setVisible(stage != Stage::Paid);
    m_testCards->setVisible(stage != Stage::Paid && m_ctx.client && m_ctx.client->environment().isLocal());
    m_confirmBox->setVisible(stage == Stage::NeedsConfirmation);
    m_check->setVisible(stage == Stage::Processing || stage == Stage::Failed);
    m_close->setText(stage == Stage::Paid ? tr("Done") : tr("Close"));
    if (stage != Stage::NeedsConfirmation)
        m_bankTimer->stop();
    if (stage == Stage::Processing || stage == Stage::NeedsConfirmation)
        m_busy->start();
    else
        m_busy->stop();
    emit stageChanged(stage);
}

void PaymentDialog::enterCard(const QString &number, int expMonth, int expYear, const QString &cvc, bool save)
{
    m_methodTouched = true;
    m_newChoice->setChecked(true);
    m_number->setText(number);
    m_expiry->setText(QStringLiteral("%1/%2").arg(expMonth, 2, 10, QLatin1Char('0')).arg(expYear % 100, 2, 10, QLatin1Char('0')));
    m_cvc->setText(cvc);
    m_save->setChecked(save);
}

void PaymentDialog::useSavedCard(int row)
{
    m_methodTouched = true;
    m_savedChoice->setChecked(true);
    m_saved->setCurrentIndex(row);
}

void PaymentDialog::pay()
{
    if (!m_stripeProblem.isEmpty()) {
        setStage(Stage::Failed, m_stripeProblem);
        m_check->setVisible(false);
        return;
    }
    if (m_savedChoice->isChecked()) {
        const QString pm = m_saved->currentData().toString();
        if (pm.isEmpty()) {
            setStage(Stage::Choosing, tr("Choose a saved card or enter a new one."));
            return;
        }
        start(pm, false);
        return;
    }
    const QStringList parts = m_expiry->text().split(QLatin1Char('/'));
    const int month = parts.value(0).trimmed().toInt();
    int year = parts.value(1).trimmed().toInt();
    if (year > 0 && year < 100)
        year += 2000;
    const QString problem = models::student::StudentRules::cardInputProblem(m_number->text(), month, year, m_cvc->text());
    if (!problem.isEmpty()) {
        setStage(m_stage == Stage::Declined ? Stage::Declined : Stage::Choosing, problem);
        m_number->setFocus();
        return;
    }
    api::CardInput card;
    card.number = m_number->text();
    card.expMonth = month;
    card.expYear = year;
    card.cvc = m_cvc->text();
    card.holderName = m_holder->text().trimmed();
    const bool save = m_save->isChecked();
    setStage(Stage::Processing, tr("Checking the card…"));
    // The card goes to Stripe only; TutorHub gets the pm_… id it answers with.
    m_stripe->createCardPaymentMethod(card, this, [this, save](const api::StripeResult &r) {
        if (!r.ok) {
            setStage(r.errorType == QLatin1String("card_error") ? Stage::Declined : Stage::Failed, r.message);
            m_check->setVisible(false);
            m_number->setFocus();
            return;
        }
        // The number leaves the form as soon as Stripe answered with its payment method.
        m_number->clear();
        m_cvc->clear();
        start(Format::str(r.object, "id"), save);
    });
}

void PaymentDialog::start(const QString &paymentMethodId, bool save)
{
    setStage(Stage::Processing, tr("Processing the payment…"));
    m_polls = 0;
    m_paymentMethodId = paymentMethodId;
    m_api->startPayment(Format::str(m_enrollment, "id"), paymentMethodId, save, this,
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

void PaymentDialog::checkAgain()
{
    setStage(Stage::Processing, tr("Checking the payment…"));
    poll();
}

void PaymentDialog::poll()
{
    ++m_polls;
    m_api->refreshPayment(Format::str(m_enrollment, "id"), this, [this](const api::Result<api::JsonAnswer> &r) {
        if (!r) {
            setStage(Stage::Failed, r.error().userMessage() + QLatin1Char(' ') + tr("Check again when you are back online."));
            return;
        }
        onAnswer(r.value().object(), r.value().envelope.value(QStringLiteral("paymentResult")).toObject());
    });
}

void PaymentDialog::onAnswer(const QJsonObject &enrollment, const QJsonObject &result)
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
        setStage(Stage::Failed, tr("This enrollment was canceled before it was paid; nothing was charged. Book the lessons again."));
        m_pay->setVisible(false);
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
        setStage(Stage::Failed, tr("The payment is still being processed. You can close this window: My learning shows the result."));
        return;
    }
    setStage(Stage::Processing, tr("Processing the payment…"));
    m_pollTimer->start();
}

void PaymentDialog::confirmWithStripe(const QJsonObject &intent)
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

void PaymentDialog::onStripeIntent(const QJsonObject &intent)
{
    const QString status = Format::str(intent, "status");
    if (status == QLatin1String("requires_action")) {
        const QJsonObject action = intent.value(QStringLiteral("next_action")).toObject();
        m_actionUrl = QUrl(action.value(QStringLiteral("redirect_to_url")).toObject().value(QStringLiteral("url")).toString());
        setStage(Stage::NeedsConfirmation, tr("One more step: confirm the payment on your bank's page in the browser. "
                                              "This window goes on by itself when you are done."));
        if (!m_actionOpened)
            openConfirmationPage();
        m_bankPolls = 0;
        m_bankTimer->start();
        return;
    }
    if (status == QLatin1String("requires_payment_method")) {
        const QJsonObject error = intent.value(QStringLiteral("last_payment_error")).toObject();
        setStage(Stage::Declined, error.isEmpty() ? tr("The card was declined and nothing was charged. Try another card.")
                                                  : api::StripeClient::sentenceFor(error, 402));
        m_actionOpened = false;
        m_newChoice->setChecked(true);
        m_number->setFocus();
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

void PaymentDialog::waitForBank()
{
    if (m_stage != Stage::NeedsConfirmation || m_intentId.isEmpty() || m_clientSecret.isEmpty())
        return;
    if (++m_bankPolls > kMaxBankPolls) {
        setStage(Stage::Failed, tr("Your bank's confirmation did not arrive. Check again once you confirmed the payment in the browser."));
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

void PaymentDialog::openConfirmationPage()
{
    if (!m_actionUrl.isValid())
        return;
    m_actionOpened = true;
    if (!QDesktopServices::openUrl(m_actionUrl))
        m_status->setText(tr("The browser could not be opened. Open this address in a browser to confirm the payment: %1")
                              .arg(m_actionUrl.toString()));
}

} // namespace tutorhub::ui::student
