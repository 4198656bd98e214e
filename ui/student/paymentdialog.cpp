#include "paymentdialog.h"

#include "studentcommon.h"

#include "api/session.h"
#include "common/busyindicator.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"
#include "models/student/studentlists.h"

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
#include <QVBoxLayout>

namespace tutorhub::ui::student {

using models::Format;
using models::PagedListModel;
using models::student::Payment;

PaymentDialog::PaymentDialog(const WorkspaceContext &context, const QJsonObject &enrollment, QWidget *parent)
    : QDialog(parent),
      m_payment(new Payment(context.client, context.settings, enrollment, context.session->currentUser().id, this))
{
    setWindowTitle(tr("Pay for your lessons"));
    setObjectName(QStringLiteral("paymentDialog"));
    setMinimumWidth(500);

    auto *layout = new QVBoxLayout(this);
    m_amount = new QLabel(this);
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_amount->setWordWrap(true);
    m_amount->setText(m_payment->amountText());
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
    m_testCards->setText(Payment::testCardsText());
    m_testCards->setVisible(m_payment->showsTestCards());
    layout->addWidget(m_testCards);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("paymentStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_confirmBox = new QWidget(this);
    auto *confirmRow = new QHBoxLayout(m_confirmBox);
    auto *confirmText
        = new QLabel(tr("Your bank asks you to confirm this payment on its page in your browser."), m_confirmBox);
    confirmText->setWordWrap(true);
    confirmRow->addWidget(confirmText, 1);
    auto *open
        = named(new QPushButton(tr("Open the bank's page"), m_confirmBox), tr("Open the bank's confirmation page"));
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
    m_pay = named(new QPushButton(m_payment->payButtonText(), this), tr("Pay"));
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
    PagedListModel *methods = m_payment->savedCards();
    connect(methods, &PagedListModel::pageLoaded, this, [this, choose, methods] {
        m_saved->clear();
        for (int row = 0; row < methods->rowCount(); ++row)
            m_saved->addItem(models::student::cardLabel(methods->object(row)),
                             Format::str(methods->object(row), "paymentMethodId"));
        m_savedChoice->setEnabled(m_saved->count() > 0);
        // A saved card is preselected unless the student already chose how to pay.
        if (m_saved->count() > 0 && m_payment->stage() == Stage::Choosing && !m_methodTouched)
            m_savedChoice->setChecked(true);
        choose();
    });
    connect(m_payment, &Payment::stageChanged, this, &PaymentDialog::showStage);
    connect(m_payment, &Payment::paid, this, &PaymentDialog::paid);
    connect(m_payment, &Payment::cardAccepted, this, [this] {
        // The number leaves the form as soon as Stripe answered with its payment method.
        m_number->clear();
        m_cvc->clear();
    });
    connect(m_payment, &Payment::cardNumberFocus, m_number, [this] { m_number->setFocus(); });
    connect(m_payment, &Payment::newCardRequested, m_newChoice, [this] { m_newChoice->setChecked(true); });
    connect(m_payment, &Payment::confirmationPageRequested, this, &PaymentDialog::openConfirmationPage);
    m_payment->begin();
}

QString PaymentDialog::statusText() const
{
    return m_status->text();
}

void PaymentDialog::showStage()
{
    const Stage stage = m_payment->stage();
    m_status->setText(m_payment->statusText());
    m_pay->setVisible(m_payment->canPay());
    m_pay->setEnabled(m_payment->canPay());
    for (QWidget *w : {static_cast<QWidget *>(m_savedChoice), static_cast<QWidget *>(m_newChoice),
                       static_cast<QWidget *>(m_saved), m_cardForm})
        w->setVisible(stage != Stage::Paid);
    m_testCards->setVisible(m_payment->showsTestCards());
    m_confirmBox->setVisible(stage == Stage::NeedsConfirmation);
    m_check->setVisible(m_payment->canCheckAgain());
    m_close->setText(stage == Stage::Paid ? tr("Done") : tr("Close"));
    if (m_payment->isWorking())
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
    m_expiry->setText(
        QStringLiteral("%1/%2").arg(expMonth, 2, 10, QLatin1Char('0')).arg(expYear % 100, 2, 10, QLatin1Char('0')));
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
    if (m_savedChoice->isChecked())
        m_payment->payWithSavedCard(m_saved->currentData().toString());
    else
        m_payment->payWithNewCard(m_number->text(), m_expiry->text(), m_cvc->text(), m_holder->text(),
                                  m_save->isChecked());
}

void PaymentDialog::checkAgain()
{
    m_payment->checkAgain();
}

void PaymentDialog::openConfirmationPage()
{
    const QUrl url = m_payment->confirmationUrl();
    if (url.isValid())
        m_payment->confirmationPageOpened(QDesktopServices::openUrl(url));
}

} // namespace tutorhub::ui::student
