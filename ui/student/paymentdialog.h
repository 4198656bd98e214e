// Payment of one enrollment: a saved card or a new card (tokenized by the gateway simulator, never
// stored or logged by the app), start → processing → paid / declined, the extra confirmation step
// (3-D-Secure style), polling refreshEnrollmentPayment as a fallback for the webhook. Opened on an
// enrollment that is already paying, it first re-reads the real state (recovery after a restart).
#pragma once

#include "workspacecontext.h"

#include <QDialog>
#include <QJsonObject>

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
}
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
    void confirmExtraStep(bool approve);
    void checkAgain(); // refreshEnrollmentPayment now

signals:
    void paid(const QJsonObject &enrollment);
    void stageChanged(tutorhub::ui::student::PaymentDialog::Stage stage);

private:
    void setStage(Stage stage, const QString &text);
    void start(const QString &paymentMethodId);
    void onAnswer(const QJsonObject &enrollment, const QJsonObject &paymentResult);
    void poll();

    WorkspaceContext m_ctx;
    QJsonObject m_enrollment;
    QJsonObject m_result;
    api::EnrollmentApi *m_api;
    models::PagedListModel *m_methods;
    Stage m_stage = Stage::Choosing;
    QString m_intentId;
    int m_polls = 0;
    bool m_methodTouched = false; // the student picked a card or typed one: no preselection
    QTimer *m_pollTimer;

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
