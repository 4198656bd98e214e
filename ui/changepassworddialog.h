// Change password (API.md §2.6 updateUserPassword, C35): current password, new password twice,
// the rule the server enforces (8 to 128 characters), errors as sentences inside the dialog. On
// success the server has ended the user's other sessions (SEC5); the dialog emits passwordChanged()
// and closes, and the main window says so. Open it with open() (window-modal, not exec()).
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace tutorhub::api {
class AuthApi;
class ApiClient;
} // namespace tutorhub::api

namespace tutorhub::ui {

class BusyIndicator;
class MessageBanner;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMinLength = 8;   // D4, the server's errMsg_WeakPassword rule
    static constexpr int kMaxLength = 128;

    ChangePasswordDialog(api::ApiClient *client, const QString &userId, QWidget *parent = nullptr);

    MessageBanner *banner() const { return m_banner; }
    bool isBusy() const { return m_busyFlag; }

signals:
    void passwordChanged();

private:
    void submit();
    void setBusy(bool busy);
    void fail(const QString &sentence, QLineEdit *focus);

    api::AuthApi *m_auth;
    QString m_userId;
    MessageBanner *m_banner;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_confirm;
    QPushButton *m_ok;
    BusyIndicator *m_busy;
    bool m_busyFlag = false;
};

} // namespace tutorhub::ui
