// The sign-in window: environment picker, sign in, register, verify e-mail, forgot password, and the
// two-step sign-in's code step (loginsecondfactor.cpp) when the server asks for it.
// It talks to the server only through its view-model models::auth::SignIn (K11). Where the chosen environment's
// server is (the bundled local server must be started first) is asked from an EnvironmentResolver
// that the app installs; the default accepts any environment that already has a host.
#pragma once

#include "api/environment.h"
#include "common/messagebanner.h"
#include "models/auth/signin.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace tutorhub::api {
class AppSettings;
}
namespace tutorhub::models {
class EnvironmentListModel;
}

namespace tutorhub::ui {

class BusyIndicator;

class LoginWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { SignIn, Register, Verify, ForgotPassword, SecondFactor };
    Q_ENUM(Mode)

    // done(resolved, error): error empty -> use `resolved` (a valid environment with its host).
    using ResolveDone = std::function<void(const api::Environment &resolved, const QString &error)>;
    using EnvironmentResolver = std::function<void(const api::Environment &requested, ResolveDone done)>;

    // `settings`: the language and appearance of the next start (may be null).
    LoginWindow(models::auth::SignIn *signIn, api::AppSettings *settings, QWidget *parent = nullptr);
    ~LoginWindow() override;

    void setEnvironmentResolver(EnvironmentResolver resolver);

    // Codes a server did not put in its answer (SEC1), see models::auth::SignIn::CodeMailbox.
    using MailboxCode = models::auth::SignIn::MailboxCode;
    using CodeMailbox = models::auth::SignIn::CodeMailbox;
    void setCodeMailbox(CodeMailbox mailbox) { m_signIn->setCodeMailbox(std::move(mailbox)); }
    models::auth::SignIn *signIn() const { return m_signIn; }

    Mode mode() const;
    void setMode(Mode mode);

    // Selects an environment in the picker (and remembers it in the settings).
    void selectEnvironment(const QString &environmentId, const QUrl &customHost = {});
    // The picker's choice; Custom with the host typed in the host field (may be invalid).
    api::Environment selectedEnvironment() const;

    void showMessage(MessageBanner::Kind kind, const QString &text);
    MessageBanner *banner() const { return m_banner; }
    bool isBusy() const { return m_busy; }
    void setEmail(const QString &email);

signals:
    void busyChanged(bool busy);
    void modeChanged(tutorhub::ui::LoginWindow::Mode mode);
    void environmentSelected(const tutorhub::api::Environment &environment);

private:
    QWidget *buildSignInPage();
    QWidget *buildRegisterPage();
    QWidget *buildVerifyPage();
    QWidget *buildForgotPage();
    QWidget *buildSecondFactorPage();
    QLineEdit *addField(QVBoxLayout *layout, const QString &label, const QString &accessibleName,
                        const QString &objectName, bool password = false, const QString &hint = {});
    QPushButton *linkButton(const QString &text);

    void submitSignIn();
    void submitRegister();
    void sendVerificationCode();
    void submitVerification();
    void submitForgotStart();
    void submitForgotComplete();
    // two-step sign-in (C34)
    void onSecondFactorRequired(bool mobile);
    void sendSecondFactorCode();
    void submitSecondFactor();
    void showSecondFactorCode(const QString &destination, const QString &code, const QString &folder);
    void abandonSecondFactor(const QString &sentence);
    void onFailed(models::auth::SignIn::Field field, const QString &sentence);
    bool failed(const models::auth::SignIn::Problem &problem); // shows the problem; true when there is one

    // Resolves the picked environment, sets it on the client, then runs `then`.
    void withEnvironment(const QString &busyText, std::function<void()> then);
    void setBusy(bool busy, const QString &text = {});
    void fail(const QString &sentence, QWidget *focus = nullptr);
    void showVerificationCode(const QString &email, const QString &code, const QString &folder);
    void showResetCode(const QString &email, const QString &code, const QString &folder);
    void onEnvironmentChanged();
    void rememberEnvironment();
    void signInAfterVerification();
    void growToFit();

    models::auth::SignIn *m_signIn;
    api::AppSettings *m_settings;
    EnvironmentResolver m_resolver;
    models::EnvironmentListModel *m_environments;
    bool m_busy = false;

    QComboBox *m_environmentBox = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_hostEdit = nullptr;
    MessageBanner *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    BusyIndicator *m_busyIndicator = nullptr;
    QLabel *m_busyText = nullptr;

    // sign in
    QLineEdit *m_signInEmail = nullptr;
    QLineEdit *m_signInPassword = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_signInButton = nullptr;
    // register
    QLineEdit *m_regName = nullptr;
    QLineEdit *m_regEmail = nullptr;
    QLineEdit *m_regPassword = nullptr;
    QPushButton *m_regButton = nullptr;
    // verify
    QLabel *m_verifyIntro = nullptr;
    QLineEdit *m_verifyEmail = nullptr;
    QPushButton *m_verifySend = nullptr;
    QWidget *m_devCodeBox = nullptr;
    QLabel *m_devCode = nullptr;
    QLineEdit *m_verifyCode = nullptr;
    QPushButton *m_verifyButton = nullptr;
    // forgot password
    QLineEdit *m_forgotEmail = nullptr;
    QPushButton *m_forgotSend = nullptr;
    QWidget *m_forgotStep2 = nullptr;
    QWidget *m_forgotDevBox = nullptr;
    QLabel *m_forgotDevCode = nullptr;
    QLineEdit *m_forgotCode = nullptr;
    QLineEdit *m_forgotPassword = nullptr;
    QPushButton *m_forgotButton = nullptr;
    // two-step sign-in
    QLabel *m_factorIntro = nullptr;
    QPushButton *m_factorResend = nullptr;
    QWidget *m_factorDevBox = nullptr;
    QLabel *m_factorDevCode = nullptr;
    QLineEdit *m_factorCode = nullptr;
    QPushButton *m_factorButton = nullptr;
};

} // namespace tutorhub::ui
