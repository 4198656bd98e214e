// The payment dialog's view-model (issue 17 item 1, decision K10): the Stripe flow of one enrollment (decision 8
// amended, C14-C16) as a state machine. A new card goes to Stripe only (api::StripeClient → pm_…; never to
// TutorHub, never stored or logged); startEnrollmentPayment creates the PaymentIntent and hands back its
// client_secret; the intent is confirmed with Stripe; a 3-D Secure step (next_action redirect_to_url) is
// completed in the browser while the view-model asks Stripe; then refreshEnrollmentPayment polls until
// TutorHub has the webhook's result. Started on an enrollment that is already paying, it first re-reads the
// real state (recovery after a restart). Each stage comes with the sentence the dialog shows.
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

class QTimer;

namespace tutorhub::api {
class ApiClient;
class AppSettings;
class EnrollmentApi;
class StripeClient;
} // namespace tutorhub::api

namespace tutorhub::models {
class PagedListModel;
}

namespace tutorhub::models::student {

class Payment : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Choosing, Processing, NeedsConfirmation, Paid, Declined, Failed };
    Q_ENUM(Stage)

    Payment(api::ApiClient *client, api::AppSettings *settings, const QJsonObject &enrollment, const QString &userId,
            QObject *parent = nullptr);

    PagedListModel *savedCards() const { return m_methods; }
    const QJsonObject &enrollment() const { return m_enrollment; }
    Stage stage() const { return m_stage; }
    QString statusText() const { return m_status; }
    // What the dialog offers in this stage.
    bool canPay() const { return m_payable; }
    bool canCheckAgain() const { return m_checkable; }
    bool isWorking() const { return m_stage == Stage::Processing || m_stage == Stage::NeedsConfirmation; }
    bool showsTestCards() const; // the local server's test cards
    // The 3-D Secure page this payment waits for (empty unless NeedsConfirmation).
    QUrl confirmationUrl() const { return m_actionUrl; }

    QString amountText() const; // "€40.00 for 2 lessons of “Pack”"
    QString payButtonText() const; // "Pay €40.00"
    static QString testCardsText();

    // The enrollment's real state when its payment already started, else the choice.
    void begin();
    void payWithSavedCard(const QString &paymentMethodId);
    // `expiry` as typed ("MM/YY"); the card's problems come back as the status, with cardNumberFocus().
    void payWithNewCard(const QString &number, const QString &expiry, const QString &cvc, const QString &holder,
                        bool save);
    void checkAgain(); // refreshEnrollmentPayment now
    // The dialog opened the bank's page (true) or could not (false: the status says where to go).
    void confirmationPageOpened(bool ok);

signals:
    void stageChanged(tutorhub::models::student::Payment::Stage stage);
    void paid(const QJsonObject &enrollment);
    void cardAccepted(); // Stripe answered with its payment method: the number leaves the form
    void cardNumberFocus(); // the card has a problem or was declined: back to its number
    void newCardRequested(); // the saved card was declined: a new one
    void confirmationPageRequested(const QUrl &url); // open the bank's page in the browser

private:
    void setStage(Stage stage, const QString &text);
    bool blockedByStripe(); // a Failed stage with the environment's problem
    void start(const QString &paymentMethodId, bool save);
    void onAnswer(const QJsonObject &enrollment, const QJsonObject &paymentResult);
    void poll();
    void confirmWithStripe(const QJsonObject &intent);
    void onStripeIntent(const QJsonObject &intent);
    void waitForBank();

    api::ApiClient *m_client;
    api::EnrollmentApi *m_api;
    api::StripeClient *m_stripe;
    QString m_stripeProblem; // why card payments cannot start in this environment (empty: they can)
    PagedListModel *m_methods;
    QJsonObject m_enrollment;
    QJsonObject m_result;
    Stage m_stage = Stage::Choosing;
    QString m_status;
    bool m_payable = true;
    bool m_checkable = false;
    QString m_intentId;
    QString m_clientSecret;
    QString m_paymentMethodId;
    QUrl m_actionUrl;
    bool m_actionOpened = false;
    int m_polls = 0;
    int m_bankPolls = 0;
    QTimer *m_pollTimer;
    QTimer *m_bankTimer;
};

} // namespace tutorhub::models::student
