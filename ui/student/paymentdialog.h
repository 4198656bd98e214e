// Payment of one enrollment, the Stripe way (decision 8 amended, C14-C16): a saved card or a new card
// that goes to Stripe only (api::StripeClient → pm_…; never to TutorHub, never stored or logged by
// the app); startEnrollmentPayment creates the PaymentIntent and hands back its client_secret; the
// app confirms it with Stripe; a 3-D Secure step (next_action redirect_to_url) is completed in the
// browser while the dialog waits for Stripe; then refreshEnrollmentPayment polls until TutorHub has
// the webhook's result (paid / canceled). Opened on an enrollment that is already paying, it first
// re-reads the real state (recovery after a restart). The flow lives in the view-model models::student::Payment
// (K10); the dialog collects the card and shows the stage.
#pragma once

#include "workspacecontext.h"

#include "models/student/payment.h"

#include <QDialog>
#include <QJsonObject>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;

namespace tutorhub::models {
class PagedListModel;
}
namespace tutorhub::ui {
class BusyIndicator;
}

namespace tutorhub::ui::student {

class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    using Stage = models::student::Payment::Stage;

    PaymentDialog(const WorkspaceContext &context, const QJsonObject &enrollment, QWidget *parent = nullptr);

    models::student::Payment *payment() const { return m_payment; }
    Stage stage() const { return m_payment->stage(); }
    QString statusText() const;
    QJsonObject enrollment() const { return m_payment->enrollment(); }
    models::PagedListModel *savedCards() const { return m_payment->savedCards(); }

    // Card entry (tests and keyboard users go through the same fields).
    void enterCard(const QString &number, int expMonth, int expYear, const QString &cvc, bool save);
    void useSavedCard(int row);
    void pay();
    void openConfirmationPage(); // the bank's (Stripe's) 3-D Secure page in the browser
    void checkAgain(); // refreshEnrollmentPayment now
    // The 3-D Secure page this payment waits for (empty unless NeedsConfirmation).
    QUrl confirmationUrl() const { return m_payment->confirmationUrl(); }

signals:
    void paid(const QJsonObject &enrollment);
    void stageChanged(tutorhub::models::student::Payment::Stage stage);

private:
    void showStage();

    models::student::Payment *m_payment;
    bool m_methodTouched = false; // the student picked a card or typed one: no preselection

    QLabel *m_amount;
    QRadioButton *m_savedChoice;
    QRadioButton *m_newChoice;
    QComboBox *m_saved;
    QWidget *m_cardForm;
    QLineEdit *m_number;
    QLineEdit *m_expiry;
    QLineEdit *m_cvc;
    QLineEdit *m_holder;
    QCheckBox *m_save;
    QLabel *m_testCards;
    QLabel *m_status;
    QWidget *m_confirmBox;
    QPushButton *m_pay;
    QPushButton *m_check;
    QPushButton *m_close;
    BusyIndicator *m_busy;
};

} // namespace tutorhub::ui::student
