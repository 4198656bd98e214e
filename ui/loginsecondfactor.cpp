// The login window's two-step sign-in (C33, C34): the server answered the sign-in with a session that
// still needs a code (sessionNeedsEmail2FA / sessionNeedsMobile2FA). The window asks the server to
// send the code, shows it when it can read it (a development server's answer, or the mail folder of
// the local server this app started, SEC1), checks it, and hands the finished session to the Session.
#include "loginwindow.h"

#include "loginforms.h"

#include "api/apierror.h"
#include "api/authapi.h"
#include "api/session.h"
#include "api/twofactorapi.h"

namespace tutorhub::ui {

using namespace loginforms;

namespace {
bool hasCode(const api::ApiError &e, const char *code)
{
    return e.hasCode(QLatin1String(code));
}
} // namespace

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

void LoginWindow::onSecondFactorRequired()
{
    if (!m_signingIn)
        return;
    setBusy(false);
    const api::SessionInfo &pending = m_session->pendingSecondFactor();
    m_mobileFactor = !pending.sessionNeedsEmail2FA && pending.sessionNeedsMobile2FA;
    m_factorIntro->setText(m_mobileFactor ? tr("This account signs in with a code sent to your phone. Enter it here to "
                                               "finish signing in.")
                                          : tr("This account signs in with a code sent to your e-mail address. Enter it "
                                               "here to finish signing in."));
    setMode(Mode::SecondFactor);
    m_banner->clear();
    sendSecondFactorCode();
}

void LoginWindow::sendSecondFactorCode()
{
    if (m_busy || !m_session->pendingSecondFactor().isValid())
        return;
    const api::SessionInfo pending = m_session->pendingSecondFactor();
    m_banner->clear();
    setBusy(true, tr("Sending the code…"));
    auto done = [this, pending](const api::Result<api::VerificationStart> &r, const QString &mobile) {
        setBusy(false);
        if (!r.ok())
            return failSecondFactor(r.error(), true);
        const api::VerificationStart &start = r.value();
        QString code;
        QString folder;
        if (!m_mobileFactor) {
            const QString email = start.email.isEmpty() ? pending.email : start.email;
            code = deliveredCode(start, email, QStringLiteral("email-2fa"), &folder);
            m_factorIntro->setText(tr("Two-step verification is on for this account. We sent a 6-digit code to %1; "
                                      "enter it here within 5 minutes to finish signing in.")
                                       .arg(email)
                                   + (code.isEmpty() ? mailFolderHint(folder) : QString()));
        } else {
            code = start.secretCode;
            m_factorIntro->setText(
                (mobile.isEmpty() ? tr("Two-step verification is on for this account. We sent a 6-digit code to "
                                             "your phone; enter it here within 5 minutes to finish signing in.")
                                        : tr("Two-step verification is on for this account. We sent a 6-digit code to "
                                             "%1; enter it here within 5 minutes to finish signing in.")
                                              .arg(mobile)));
        }
        m_factorDevCode->setText(code);
        m_factorDevBox->setVisible(!code.isEmpty());
        if (!code.isEmpty())
            m_factorCode->setText(code);
        m_factorCode->setFocus();
        m_factorCode->selectAll();
        growToFit();
    };
    api::twofactor::start(m_auth->client(), m_mobileFactor ? api::twofactor::Channel::Mobile : api::twofactor::Channel::Email,
                          pending.userId, pending.sessionId, this, done);
}

void LoginWindow::submitSecondFactor()
{
    if (m_busy || !m_session->pendingSecondFactor().isValid())
        return;
    const QString code = m_factorCode->text().trimmed();
    if (code.size() != 6)
        return fail(tr("Enter the 6-digit code."), m_factorCode);
    const api::SessionInfo pending = m_session->pendingSecondFactor();
    m_banner->clear();
    setBusy(true, tr("Checking the code…"));
    auto done = [this](const api::Result<api::SessionInfo> &r) {
        if (!r.ok()) {
            setBusy(false);
            return failSecondFactor(r.error(), false);
        }
        m_factorDevBox->hide();
        m_factorCode->clear();
        m_busyText->setText(tr("Signing in…"));
        // Still busy: Session::signedIn / signInFailed end it (or secondFactorRequired for the next factor).
        m_signingIn = true;
        m_session->completeSecondFactor(r.value());
    };
    api::twofactor::complete(m_auth->client(), m_mobileFactor ? api::twofactor::Channel::Mobile : api::twofactor::Channel::Email,
                             pending.userId, pending.sessionId, code, this, done);
}

void LoginWindow::failSecondFactor(const api::ApiError &error, bool starting)
{
    // The pending session is gone (it lives 10 minutes) or was never there: start over.
    if (error.kind == api::ApiError::Kind::Http && error.httpStatus == 401)
        return abandonSecondFactor(tr("The sign-in was not finished within 10 minutes. Sign in again to get a new "
                                      "code."));
    // A phone code this server cannot send (accounts have no phone number here, G7).
    if (m_mobileFactor && starting
        && (hasCode(error, "errMsg_MobileNotSupported") || (error.kind == api::ApiError::Kind::Http && error.httpStatus < 500
                                                            && !hasCode(error, "errMsg_CodeResendTooFrequent"))))
        return abandonSecondFactor(tr("This account asks for a code sent to a phone, but this server cannot send one. "
                                      "Ask an administrator to switch your two-step verification to e-mail, or "
                                      "contact %1.")
                                       .arg(api::ApiError::supportContact()));
    if (hasCode(error, "errMsg_CodeExpired") || hasCode(error, "errMsg_NoOngoingVerification"))
        return fail(tr("This code is no longer valid. Choose \"Send a new code\" and enter the new one."), m_factorResend);
    failApi(error, m_factorCode);
    m_factorCode->selectAll();
}

void LoginWindow::abandonSecondFactor(const QString &sentence)
{
    m_signingIn = false;
    m_session->cancelSecondFactor();
    setMode(Mode::SignIn);
    fail(sentence, m_signInPassword);
}

} // namespace tutorhub::ui
