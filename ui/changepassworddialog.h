// Change password (API.md §2.6 updateUserPassword, C35): current password, new password twice,
// the rule the server enforces (8 to 128 characters), errors as sentences inside the dialog. On
// success the server has ended the user's other sessions (SEC5); the dialog emits passwordChanged()
// and closes, and the main window says so. Open it through ui::openDialog (window-modal, not exec()). The rules
// and the request live in the view-model models::auth::PasswordChange (K11).
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace tutorhub::api {
class ApiClient;
}
namespace tutorhub::models::auth {
class PasswordChange;
}

namespace tutorhub::ui {

class BusyIndicator;
class MessageBanner;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(api::ApiClient *client, const QString &userId, QWidget *parent = nullptr);

    MessageBanner *banner() const { return m_banner; }
    bool isBusy() const;

signals:
    void passwordChanged();

private:
    void submit();
    void setBusy(bool busy);
    void fail(const QString &sentence, QLineEdit *focus);

    models::auth::PasswordChange *m_change;
    MessageBanner *m_banner;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_confirm;
    QPushButton *m_ok;
    BusyIndicator *m_busy;
};

} // namespace tutorhub::ui
