#include "signin.h"

#include "api/apiclient.h"
#include "api/appsettings.h"
#include "api/apierror.h"
#include "api/authapi.h"
#include "api/session.h"
#include "api/twofactorapi.h"

#include <QRegularExpression>

namespace tutorhub::models::auth {

namespace {
const char *const verificationNeeded = "errMsg_EmailVerificationNeeded";
bool hasCode(const api::ApiError &e, const char *code)
{
    return e.hasCode(QLatin1String(code));
}
} // namespace

SignIn::SignIn(api::Session *session, api::AuthApi *auth, api::AppSettings *settings, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_auth(auth),
      m_settings(settings)
{
    if (!m_session)
        return;
    connect(m_session, &api::Session::signInFailed, this, [this](const api::ApiError &error) {
        if (!m_signingIn)
            return;
        m_signingIn = false;
        const bool needsVerification = error.hasCode(QLatin1String(verificationNeeded));
        if (needsVerification)
            m_pendingPassword = m_lastPassword;
        m_lastPassword.clear();
        emit signInFailed(error.userMessage(), needsVerification);
    });
    connect(m_session, &api::Session::secondFactorRequired, this, [this] {
        if (!m_signingIn)
            return;
        const api::SessionInfo &pending = m_session->pendingSecondFactor();
        m_mobileFactor = !pending.sessionNeedsEmail2FA && pending.sessionNeedsMobile2FA;
        emit secondFactorRequired(m_mobileFactor);
    });
    connect(m_session, &api::Session::signedIn, this, [this] {
        if (!m_signingIn)
            return;
        m_signingIn = false;
        m_pendingPassword.clear();
        m_lastPassword.clear();
        emit signedIn();
    });
}

QString SignIn::rememberedEnvironmentId() const
{
    return m_settings ? m_settings->environmentId() : QString();
}

QUrl SignIn::rememberedCustomHost() const
{
    return m_settings ? m_settings->customHost() : QUrl();
}

void SignIn::rememberEnvironment(const api::Environment &env)
{
    if (!m_settings)
        return;
    m_settings->rememberEnvironment(env);
}

QString SignIn::rememberedEmail() const
{
    return m_session ? m_session->rememberedEmail() : QString();
}

bool SignIn::rememberMe() const
{
    return m_session && m_session->rememberMe();
}

SignIn::Problem SignIn::environmentProblem(const api::Environment &env)
{
    if (env.kind == api::EnvironmentKind::Custom && env.host.isValid() && !env.hasSafeTransport())
        return {Field::Host,
                tr("This address uses plain http, which would send your password unencrypted over the network. Use "
                   "an https:// address; http is allowed only for a server on this computer (localhost).")};
    if (env.kind == api::EnvironmentKind::Custom && !env.host.isValid())
        return {Field::Host,
                tr("Enter the address of your TutorHub server, for example https://tutorhub.example.org.")};
    return {};
}

void SignIn::useEnvironment(const api::Environment &resolved)
{
    if (m_auth && m_auth->client()->environment() != resolved)
        m_auth->client()->setEnvironment(resolved);
}

bool SignIn::looksLikeEmail(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(text).hasMatch();
}

SignIn::Problem SignIn::signInProblem(const QString &email, const QString &password)
{
    if (email.trimmed().isEmpty())
        return {Field::Email, tr("Enter your e-mail address.")};
    if (password.isEmpty())
        return {Field::Password, tr("Enter your password.")};
    return {};
}

SignIn::Problem SignIn::registerProblem(const QString &name, const QString &email, const QString &password)
{
    if (name.trimmed().isEmpty())
        return {Field::Name, tr("Enter your full name.")};
    if (!looksLikeEmail(email.trimmed()))
        return {Field::Email, tr("Enter a valid e-mail address, such as name@example.org.")};
    return newPasswordProblem(password);
}

SignIn::Problem SignIn::emailProblem(const QString &email)
{
    if (!looksLikeEmail(email.trimmed()))
        return {Field::Email, tr("Enter a valid e-mail address, such as name@example.org.")};
    return {};
}

SignIn::Problem SignIn::codeProblem(const QString &code)
{
    if (code.trimmed().size() != 6)
        return {Field::Code, tr("Enter the 6-digit code.")};
    return {};
}

SignIn::Problem SignIn::newPasswordProblem(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return {Field::Password, tr("Choose a password of at least 8 characters.")};
    return {};
}

void SignIn::signIn(const QString &email, const QString &password, bool remember)
{
    m_signingIn = true;
    m_lastPassword = password;
    m_session->signIn(email.trimmed(), password, remember);
}

void SignIn::registerUser(const QString &name, const QString &email, const QString &password)
{
    const QString address = email.trimmed();
    m_auth->registerUser(
        name.trimmed(), address, password, this, [this, address, password](const api::Result<api::User> &r) {
            if (!r.ok()) {
                emit failed(r.error().hasCode(QStringLiteral("errMsg_EmailAlreadyRegistered")) ? Field::Email
                                                                                               : Field::None,
                            r.error().userMessage());
                return;
            }
            m_pendingPassword = password;
            emit registered(address);
        });
}

QString SignIn::deliveredCode(const api::VerificationStart &start, const QString &email, const QString &purpose,
                              QString *folder) const
{
    if (start.hasSecretCode())
        return start.secretCode;
    if (!m_mailbox)
        return {};
    const MailboxCode found = m_mailbox(email, purpose);
    *folder = found.folder;
    return found.code;
}

void SignIn::startVerification(const QString &email)
{
    const QString address = email.trimmed();
    m_auth->emailVerificationStart(address, this, [this, address](const api::Result<api::VerificationStart> &r) {
        if (!r.ok()) {
            emit failed(Field::Code, r.error().userMessage());
            return;
        }
        const QString to = r.value().email.isEmpty() ? address : r.value().email;
        QString folder;
        const QString code = deliveredCode(r.value(), to, QStringLiteral("email-verification"), &folder);
        emit verificationCodeSent(to, code, folder);
    });
}

void SignIn::completeVerification(const QString &email, const QString &code)
{
    const QString address = email.trimmed();
    m_auth->emailVerificationComplete(address, code.trimmed(), this,
                                      [this, address](const api::Result<api::VerificationComplete> &r) {
                                          if (!r.ok()) {
                                              emit failed(Field::Code, r.error().userMessage());
                                              return;
                                          }
                                          emit verified(address);
                                      });
}

void SignIn::signInAfterVerification(const QString &email, bool remember)
{
    const QString password = m_pendingPassword;
    m_pendingPassword.clear();
    signIn(email, password, remember);
}

void SignIn::startPasswordReset(const QString &email)
{
    const QString address = email.trimmed();
    m_auth->passwordResetByEmailStart(address, this, [this, address](const api::Result<api::VerificationStart> &r) {
        if (!r.ok()) {
            emit failed(Field::Email, r.error().userMessage());
            return;
        }
        QString folder;
        const QString code = deliveredCode(r.value(), address, QStringLiteral("password-reset"), &folder);
        emit resetCodeSent(address, code, folder);
    });
}

void SignIn::completePasswordReset(const QString &email, const QString &code, const QString &password)
{
    const QString address = email.trimmed();
    m_auth->passwordResetByEmailComplete(address, code.trimmed(), password, this,
                                         [this, address](const api::Result<api::VerificationComplete> &r) {
                                             if (!r.ok()) {
                                                 emit failed(Field::Code, r.error().userMessage());
                                                 return;
                                             }
                                             emit passwordReset(address);
                                         });
}

bool SignIn::hasPendingSecondFactor() const
{
    return m_session && m_session->pendingSecondFactor().isValid();
}

void SignIn::sendSecondFactorCode()
{
    if (!hasPendingSecondFactor())
        return;
    const api::SessionInfo pending = m_session->pendingSecondFactor();
    auto done = [this, pending](const api::Result<api::VerificationStart> &r, const QString &mobile) {
        if (!r.ok())
            return failSecondFactor(r.error(), true);
        const api::VerificationStart &start = r.value();
        if (m_mobileFactor) {
            emit secondFactorCodeSent(mobile, start.secretCode, QString());
            return;
        }
        const QString email = start.email.isEmpty() ? pending.email : start.email;
        QString folder;
        const QString code = deliveredCode(start, email, QStringLiteral("email-2fa"), &folder);
        emit secondFactorCodeSent(email, code, folder);
    };
    api::twofactor::start(m_auth->client(),
                          m_mobileFactor ? api::twofactor::Channel::Mobile : api::twofactor::Channel::Email,
                          pending.userId, pending.sessionId, this, done);
}

void SignIn::completeSecondFactor(const QString &code)
{
    if (!hasPendingSecondFactor())
        return;
    const api::SessionInfo pending = m_session->pendingSecondFactor();
    auto done = [this](const api::Result<api::SessionInfo> &r) {
        if (!r.ok())
            return failSecondFactor(r.error(), false);
        emit secondFactorAccepted();
        // Session::signedIn / signInFailed end it (or secondFactorRequired for the next factor).
        m_signingIn = true;
        m_session->completeSecondFactor(r.value());
    };
    api::twofactor::complete(m_auth->client(),
                             m_mobileFactor ? api::twofactor::Channel::Mobile : api::twofactor::Channel::Email,
                             pending.userId, pending.sessionId, code.trimmed(), this, done);
}

void SignIn::cancelSecondFactor()
{
    m_signingIn = false;
    if (hasPendingSecondFactor())
        m_session->cancelSecondFactor();
}

void SignIn::failSecondFactor(const api::ApiError &error, bool starting)
{
    // The pending session is gone (it lives 10 minutes) or was never there: start over.
    if (error.kind == api::ApiError::Kind::Http && error.httpStatus == 401) {
        cancelSecondFactor();
        emit secondFactorAbandoned(
            tr("The sign-in was not finished within 10 minutes. Sign in again to get a new code."));
        return;
    }
    // A phone code this server cannot send (accounts have no phone number here, G7).
    if (m_mobileFactor && starting
        && (hasCode(error, "errMsg_MobileNotSupported")
            || (error.kind == api::ApiError::Kind::Http && error.httpStatus < 500
                && !hasCode(error, "errMsg_CodeResendTooFrequent")))) {
        cancelSecondFactor();
        emit secondFactorAbandoned(tr("This account asks for a code sent to a phone, but this server cannot send one. "
                                      "Ask an administrator to switch your two-step verification to e-mail, or "
                                      "contact %1.")
                                       .arg(api::ApiError::supportContact()));
        return;
    }
    if (hasCode(error, "errMsg_CodeExpired") || hasCode(error, "errMsg_NoOngoingVerification")) {
        emit failed(Field::Resend,
                    tr("This code is no longer valid. Choose \"Send a new code\" and enter the new one."));
        return;
    }
    emit failed(Field::Code, error.userMessage());
}

} // namespace tutorhub::models::auth
