// Payment of one enrollment, the Stripe way (decision 8 amended, C14-C16): a saved card or a new card
// that goes to Stripe only (api::StripeClient → pm_…; never to TutorHub, never stored or logged by
// the app); startEnrollmentPayment creates the PaymentIntent and hands back its client_secret; the
// app confirms it with Stripe; a 3-D Secure step (next_action redirect_to_url) is completed in the
// browser while the dialog waits for Stripe; then refreshEnrollmentPayment polls until TutorHub has
// the webhook's result (paid / canceled). Opened on an enrollment that is already paying, it first
// re-reads the real state (recovery after a restart).
#pragma once

#include "workspacecontext.h"

#include <QDialog>
#include <QJsonObject>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimer;
class QWidget;

namespace tutorhub::api {
class EnrollmentApi;
class StripeClient;
} // namespace tutorhub::api
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
    enum class Stage { Choosing, Processing, NeedsConfirmation, Paid, Declined, Failed };
    Q_ENUM(Stage)

    PaymentDialog(const WorkspaceContext &context, const QJsonObject &enrollment, QWidget *parent = nullptr);

    Stage stage() const { return m_stage; }
    QString statusText() const;
    QJsonObject enrollment() const { return m_enrollment; }
    models::PagedListModel *savedCards() const { return m_methods; }

    // Card entry (tests and keyboard users go through the same fields).
    void enterCard(const QString &number, int expMonth, int expYear, const QString &cvc, bool save);
    void useSavedCard(int row);
    void pay();
    void openConfirmationPage(); // the bank's (Stripe's) 3-D Secure page in the browser
    void checkAgain(); // refreshEnrollmentPayment now
    // The 3-D Secure page this payment waits for (empty unless NeedsConfirmation).
    QUrl confirmationUrl() const { return m_actionUrl; }

signals:
    void paid(const QJsonObject &enrollment);
    void stageChanged(tutorhub::ui::student::PaymentDialog::Stage stage);

private:
    void setStage(Stage stage, const QString &text);
    void start(const QString &paymentMethodId, bool save);
    void onAnswer(const QJsonObject &enrollment, const QJsonObject &paymentResult);
    void poll();
    void confirmWithStripe(const QJsonObject &intent);
    void onStripeIntent(const QJsonObject &intent);
    void waitForBank();

    WorkspaceContext m_ctx;
    QJsonObject m_enrollment;
    QJsonObject m_result;
    api::EnrollmentApi *m_api;
    api::StripeClient *m_stripe;
    QString m_stripeProblem; // why card payments cannot start in this environment (empty: they can)
    models::PagedListModel *m_methods;
    Stage m_stage = Stage::Choosing;
    QString m_intentId;
    QString m_clientSecret;
    QString m_paymentMethodId;
    QUrl m_actionUrl;
    bool m_actionOpened = false;
    int m_polls = 0;
    int m_bankPolls = 0;
    bool m_methodTouched = false; // the student picked a card or typed one: no preselection
    QTimer *m_pollTimer;
    QTimer *m_bankTimer;

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
