// The login window's two-step sign-in (C33, C34): the server answered the sign-in with a session that
// still needs a code (sessionNeedsEmail2FA / sessionNeedsMobile2FA). The window asks the server to
// send the code, shows it when it can read it (a development server's answer, or the mail folder of
// the local server this app started, SEC1), checks it, and hands the finished session to the Session; the
// requests and what their errors mean live in models::auth::SignIn (K11).
#include "loginwindow.h"

#include "loginforms.h"

namespace tutorhub::ui {

using namespace loginforms;

QWidget *LoginWindow::buildSecondFactorPage()
{
    auto *page = new QWidget;
    QVBoxLayout *layout = formPage(page, tr("Two-step verification"));
    m_factorIntro = hint(tr("This account signs in with a code. We send a 6-digit code to your e-mail address; "
                            "enter it here to finish signing in."),
                         page);
    layout->addWidget(m_factorIntro);
    layout->addSpacing(6);
    m_factorDevBox = devCodeBox(page, QStringLiteral("secondFactorDevCode"), &m_factorDevCode);
    layout->addWidget(m_factorDevBox);
    m_factorCode = addField(layout, tr("&Code"), tr("Sign-in code"), QStringLiteral("secondFactorCode"));
    makeCodeField(m_factorCode);
    m_factorButton = primaryButton(tr("Confirm and &sign in"), page);
    layout->addWidget(m_factorButton);
    auto *links = new QHBoxLayout;
    m_factorResend = linkButton(tr("Send a &new code"));
    m_factorResend->setAccessibleName(tr("Send a new sign-in code"));
    QPushButton *back = linkButton(tr("&Back to sign in"));
    links->addWidget(m_factorResend);
    links->addStretch(1);
    links->addWidget(back);
    layout->addLayout(links);
    layout->addStretch(1);

    connect(m_factorButton, &QPushButton::clicked, this, &LoginWindow::submitSecondFactor);
    connect(m_factorCode, &QLineEdit::returnPressed, this, &LoginWindow::submitSecondFactor);
    connect(m_factorResend, &QPushButton::clicked, this, &LoginWindow::sendSecondFactorCode);
    connect(back, &QPushButton::clicked, this, [this] {
        m_banner->clear();
        setMode(Mode::SignIn); // abandons the pending sign-in
    });
    return page;
}

void LoginWindow::onSecondFactorRequired(bool mobile)
{
    setBusy(false);
    m_factorIntro->setText(mobile ? tr("This account signs in with a code sent to your phone. Enter it here to "
                                       "finish signing in.")
                                  : tr("This account signs in with a code sent to your e-mail address. Enter it "
                                       "here to finish signing in."));
    setMode(Mode::SecondFactor);
    m_banner->clear();
    sendSecondFactorCode();
}

void LoginWindow::sendSecondFactorCode()
{
    if (m_busy || !m_signIn->hasPendingSecondFactor())
        return;
    m_banner->clear();
    setBusy(true, tr("Sending the code…"));
    m_signIn->sendSecondFactorCode();
}

void LoginWindow::showSecondFactorCode(const QString &destination, const QString &code, const QString &folder)
{
    setBusy(false);
    if (!m_signIn->isMobileFactor())
        m_factorIntro->setText(tr("Two-step verification is on for this account. We sent a 6-digit code to %1; "
                                  "enter it here within 5 minutes to finish signing in.")
                                   .arg(destination)
                               + (code.isEmpty() ? mailFolderHint(folder) : QString()));
    else
        m_factorIntro->setText(destination.isEmpty()
                                   ? tr("Two-step verification is on for this account. We sent a 6-digit code to "
                                        "your phone; enter it here within 5 minutes to finish signing in.")
                                   : tr("Two-step verification is on for this account. We sent a 6-digit code to "
                                        "%1; enter it here within 5 minutes to finish signing in.")
                                         .arg(destination));
    m_factorDevCode->setText(code);
    m_factorDevBox->setVisible(!code.isEmpty());
    if (!code.isEmpty())
        m_factorCode->setText(code);
    m_factorCode->setFocus();
    m_factorCode->selectAll();
    growToFit();
}

void LoginWindow::submitSecondFactor()
{
    if (m_busy || !m_signIn->hasPendingSecondFactor())
        return;
    const QString code = m_factorCode->text().trimmed();
    if (failed(models::auth::SignIn::codeProblem(code)))
        return;
    m_banner->clear();
    setBusy(true, tr("Checking the code…"));
    m_signIn->completeSecondFactor(code);
}

void LoginWindow::abandonSecondFactor(const QString &sentence)
{
    setBusy(false);
    setMode(Mode::SignIn);
    fail(sentence, m_signInPassword);
}

} // namespace tutorhub::ui
