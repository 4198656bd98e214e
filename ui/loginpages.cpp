// The login window's four pages (sign in, register, verify, forgot password) and their fields.
#include "loginwindow.h"

#include "loginforms.h"

#include "common/widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QStackedWidget>

namespace tutorhub::ui {

using namespace loginforms;

QLineEdit *LoginWindow::addField(QVBoxLayout *layout, const QString &label, const QString &accessibleName,
                                 const QString &objectName, bool password, const QString &hintText)
{
    QWidget *page = layout->parentWidget();
    auto *l = new QLabel(label, page);
    auto *edit = new QLineEdit(page);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    if (password)
        edit->setEchoMode(QLineEdit::Password);
    l->setBuddy(edit);
    layout->addWidget(l);
    layout->addWidget(edit);
    if (!hintText.isEmpty()) {
        auto *h = hint(hintText, page);
        h->setObjectName(QStringLiteral("FieldHint"));
        edit->setAccessibleDescription(hintText);
        layout->addWidget(h);
    }
    layout->addSpacing(4);
    return edit;
}

QPushButton *LoginWindow::linkButton(const QString &text)
{
    auto *b = new QPushButton(text);
    b->setObjectName(QStringLiteral("LinkButton"));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    b->setCursor(Qt::PointingHandCursor);
    b->setAutoDefault(false);
    return b;
}

QWidget *LoginWindow::buildSignInPage()
{
    auto *page = new QWidget;
    QVBoxLayout *layout = formPage(page, tr("Sign in"));
    layout->addSpacing(6);
    m_signInEmail = addField(layout, tr("&E-mail address"), tr("E-mail address"), QStringLiteral("signInEmail"));
    m_signInPassword = addField(layout, tr("&Password"), tr("Password"), QStringLiteral("signInPassword"), true);
    m_remember = new QCheckBox(tr("&Remember me on this computer"), page);
    m_remember->setObjectName(QStringLiteral("rememberMe"));
    m_remember->setAccessibleName(tr("Remember me on this computer"));
    layout->addWidget(m_remember);
    layout->addSpacing(8);
    m_signInButton = primaryButton(tr("&Sign in"), page);
    layout->addWidget(m_signInButton);
    layout->addSpacing(6);
    auto *links = new QHBoxLayout;
    QPushButton *create = linkButton(tr("Create an &account"));
    QPushButton *forgot = linkButton(tr("&Forgot your password?"));
    QPushButton *verify = linkButton(tr("Verify e-&mail"));
    links->addWidget(create);
    links->addStretch(1);
    links->addWidget(forgot);
    layout->addLayout(links);
    layout->addWidget(verify, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_signInButton, &QPushButton::clicked, this, &LoginWindow::submitSignIn);
    connect(m_signInEmail, &QLineEdit::returnPressed, this, &LoginWindow::submitSignIn);
    connect(m_signInPassword, &QLineEdit::returnPressed, this, &LoginWindow::submitSignIn);
    connect(create, &QPushButton::clicked, this, [this] {
        m_banner->clear();
        if (m_regEmail->text().isEmpty())
            m_regEmail->setText(m_signInEmail->text().trimmed());
        setMode(Mode::Register);
    });
    connect(forgot, &QPushButton::clicked, this, [this] {
        m_banner->clear();
        m_forgotEmail->setText(m_signInEmail->text().trimmed());
        setMode(Mode::ForgotPassword);
    });
    connect(verify, &QPushButton::clicked, this, [this] {
        m_banner->clear();
        m_signIn->forgetPendingPassword();
        m_verifyEmail->setText(m_signInEmail->text().trimmed());
        setMode(Mode::Verify);
    });
    return page;
}

QWidget *LoginWindow::buildRegisterPage()
{
    auto *page = new QWidget;
    QVBoxLayout *layout
        = formPage(page, tr("Create an account"), tr("You start as a student. You can apply to teach later."));
    layout->addSpacing(6);
    m_regName = addField(layout, tr("&Full name"), tr("Full name"), QStringLiteral("registerName"));
    m_regEmail = addField(layout, tr("&E-mail address"), tr("E-mail address"), QStringLiteral("registerEmail"));
    m_regPassword = addField(layout, tr("&Password"), tr("Password"), QStringLiteral("registerPassword"), true,
                             tr("At least 8 characters."));
    layout->addSpacing(8);
    m_regButton = primaryButton(tr("&Create account"), page);
    layout->addWidget(m_regButton);
    QPushButton *back = linkButton(tr("&Back to sign in"));
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_regButton, &QPushButton::clicked, this, &LoginWindow::submitRegister);
    for (QLineEdit *e : {m_regName, m_regEmail, m_regPassword})
        connect(e, &QLineEdit::returnPressed, this, &LoginWindow::submitRegister);
    connect(back, &QPushButton::clicked, this, [this] {
        m_banner->clear();
        setMode(Mode::SignIn);
    });
    return page;
}

QWidget *LoginWindow::buildVerifyPage()
{
    auto *page = new QWidget;
    QVBoxLayout *layout = formPage(page, tr("Verify your e-mail"));
    m_verifyIntro = hint(tr("We send a 6-digit code to your e-mail address. Enter it here to finish "
                            "setting up your account."),
                         page);
    layout->addWidget(m_verifyIntro);
    layout->addSpacing(6);
    m_verifyEmail = addField(layout, tr("&E-mail address"), tr("E-mail address"), QStringLiteral("verifyEmail"));
    m_verifySend = new QPushButton(tr("Send a &new code"), page);
    m_verifySend->setAccessibleName(tr("Send a new code"));
    m_verifySend->setAutoDefault(false);
    layout->addWidget(m_verifySend, 0, Qt::AlignLeft);

    m_devCodeBox = devCodeBox(page, QStringLiteral("devCode"), &m_devCode);
    layout->addWidget(m_devCodeBox);

    m_verifyCode = addField(layout, tr("&Code"), tr("Verification code"), QStringLiteral("verifyCode"));
    makeCodeField(m_verifyCode);
    m_verifyButton = primaryButton(tr("Verif&y e-mail"), page);
    layout->addWidget(m_verifyButton);
    QPushButton *back = linkButton(tr("&Back to sign in"));
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_verifySend, &QPushButton::clicked, this, &LoginWindow::sendVerificationCode);
    connect(m_verifyEmail, &QLineEdit::returnPressed, this, &LoginWindow::sendVerificationCode);
    connect(m_verifyButton, &QPushButton::clicked, this, &LoginWindow::submitVerification);
    connect(m_verifyCode, &QLineEdit::returnPressed, this, &LoginWindow::submitVerification);
    connect(back, &QPushButton::clicked, this, [this] {
        m_banner->clear();
        m_signIn->forgetPendingPassword();
        setMode(Mode::SignIn);
    });
    return page;
}

QWidget *LoginWindow::buildForgotPage()
{
    auto *page = new QWidget;
    QVBoxLayout *layout = formPage(page, tr("Reset your password"),
                                   tr("We send a 6-digit code to your e-mail address; with it you choose a new "
                                      "password."));
    layout->addSpacing(6);
    m_forgotEmail = addField(layout, tr("&E-mail address"), tr("E-mail address"), QStringLiteral("forgotEmail"));
    m_forgotSend = new QPushButton(tr("Send &code"), page);
    m_forgotSend->setAccessibleName(tr("Send code"));
    m_forgotSend->setAutoDefault(true);
    layout->addWidget(m_forgotSend, 0, Qt::AlignLeft);

    m_forgotStep2 = new QWidget(page);
    auto *step2 = new QVBoxLayout(m_forgotStep2);
    step2->setContentsMargins(0, 8, 0, 0);
    step2->setSpacing(6);
    m_forgotDevBox = devCodeBox(m_forgotStep2, QStringLiteral("forgotDevCode"), &m_forgotDevCode);
    step2->addWidget(m_forgotDevBox);
    m_forgotCode = addField(step2, tr("C&ode"), tr("Reset code"), QStringLiteral("forgotCode"));
    makeCodeField(m_forgotCode);
    m_forgotPassword = addField(step2, tr("&New password"), tr("New password"), QStringLiteral("forgotPassword"), true,
                                tr("At least 8 characters."));
    m_forgotButton = primaryButton(tr("Set new &password"), m_forgotStep2);
    step2->addWidget(m_forgotButton);
    m_forgotStep2->hide();
    layout->addWidget(m_forgotStep2);
    QPushButton *back = linkButton(tr("&Back to sign in"));
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_forgotSend, &QPushButton::clicked, this, &LoginWindow::submitForgotStart);
    connect(m_forgotEmail, &QLineEdit::returnPressed, this, &LoginWindow::submitForgotStart);
    connect(m_forgotButton, &QPushButton::clicked, this, &LoginWindow::submitForgotComplete);
    connect(m_forgotCode, &QLineEdit::returnPressed, this, &LoginWindow::submitForgotComplete);
    connect(m_forgotPassword, &QLineEdit::returnPressed, this, &LoginWindow::submitForgotComplete);
    connect(back, &QPushButton::clicked, this, [this] {
        m_banner->clear();
        setMode(Mode::SignIn);
    });
    return page;
}

} // namespace tutorhub::ui
