#include "loginwindow.h"

#include "loginforms.h"

#include "common/busyindicator.h"
#include "common/languagechooser.h"
#include "common/themechooser.h"
#include "common/theme.h"
#include "common/widgets.h"
#include "models/environmentlistmodel.h"

#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tutorhub::ui {

using api::ApiError;
using api::Environment;
using api::Session;

using namespace loginforms;

namespace {
constexpr int minPasswordLength = 8; // D4
const char *const verificationNeeded = "errMsg_EmailVerificationNeeded";

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(text).hasMatch();
}

} // namespace

LoginWindow::LoginWindow(Session *session, api::AuthApi *auth, QSettings *settings, QWidget *parent)
    : QWidget(parent), m_session(session), m_auth(auth), m_settings(settings),
      m_environments(new models::EnvironmentListModel(this))
{
    enforcePlainTextLabels(); // SEC49
    setWindowTitle(tr("Sign in – TutorHub"));
    setObjectName(QStringLiteral("LoginWindow"));
    m_resolver = [](const Environment &env, const ResolveDone &done) {
        if (env.isValid())
            done(env, {});
        else
            done(env, tr("There is no server address for this environment yet."));
    };

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 28, 32, 24);
    outer->setSpacing(16);

    // Brand line
    auto *brand = new QHBoxLayout;
    brand->setSpacing(12);
    auto *logo = new QLabel(this);
    logo->setPixmap(themeIcon(QStringLiteral("logo")).pixmap(44, 44));
    brand->addWidget(logo);
    auto *brandText = new QVBoxLayout;
    brandText->setSpacing(0);
    auto *name = new QLabel(tr("TutorHub"), this);
    name->setObjectName(QStringLiteral("FormTitle"));
    brandText->addWidget(name);
    brandText->addWidget(hint(tr("Learn and teach with tutors you can trust."), this));
    brand->addLayout(brandText, 1);
    if (m_settings) { // the language of the next start (P22)
        auto *language = new LanguageChooser(m_settings, this);
        connect(language, &LanguageChooser::restartNeeded, this,
                [this](const QString &sentence) { m_banner->showMessage(MessageBanner::Kind::Info, sentence); });
        brand->addWidget(language, 0, Qt::AlignTop);
        auto *theme = new ThemeChooser(m_settings, this); // the appearance of the next start (P44)
        connect(theme, &ThemeChooser::restartNeeded, this,
                [this](const QString &sentence) { m_banner->showMessage(MessageBanner::Kind::Info, sentence); });
        brand->addWidget(theme, 0, Qt::AlignTop);
    }
    outer->addLayout(brand);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("Card"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->setSpacing(12);

    // Environment picker
    auto *envRow = new QHBoxLayout;
    auto *envLabel = new QLabel(tr("Ser&ver:"), card);
    m_environmentBox = new QComboBox(card);
    m_environmentBox->setObjectName(QStringLiteral("environmentPicker"));
    m_environmentBox->setModel(m_environments);
    m_environmentBox->setAccessibleName(tr("Server environment"));
    envLabel->setBuddy(m_environmentBox);
    envRow->addWidget(envLabel);
    envRow->addWidget(m_environmentBox, 1);
    cardLayout->addLayout(envRow);
    auto *hostRow = new QHBoxLayout;
    m_hostLabel = new QLabel(tr("A&ddress:"), card);
    m_hostEdit = new QLineEdit(card);
    m_hostEdit->setObjectName(QStringLiteral("customHost"));
    m_hostEdit->setPlaceholderText(tr("https://tutorhub.example.org"));
    m_hostEdit->setAccessibleName(tr("Server address"));
    m_hostEdit->setToolTip(tr("An https:// address. Plain http is accepted only for a server on this computer."));
    m_hostLabel->setBuddy(m_hostEdit);
    hostRow->addWidget(m_hostLabel);
    hostRow->addWidget(m_hostEdit, 1);
    cardLayout->addLayout(hostRow);

    m_banner = new MessageBanner(card);
    cardLayout->addWidget(m_banner);

    m_stack = new QStackedWidget(card);
    m_stack->addWidget(buildSignInPage());
    m_stack->addWidget(buildRegisterPage());
    m_stack->addWidget(buildVerifyPage());
    m_stack->addWidget(buildForgotPage());
    m_stack->addWidget(buildSecondFactorPage());
    cardLayout->addWidget(m_stack);
    outer->addWidget(card);

    auto *statusRow = new QHBoxLayout;
    m_busyIndicator = new BusyIndicator(this);
    m_busyText = new QLabel(this);
    m_busyText->setObjectName(QStringLiteral("FormHint"));
    m_busyText->setAccessibleName(tr("Progress"));
    statusRow->addWidget(m_busyIndicator);
    statusRow->addWidget(m_busyText, 1);
    outer->addLayout(statusRow);
    outer->addStretch(1);

    // Initial values from the settings (never a token, decision A10).
    QString envId = m_settings ? m_settings->value(Session::settingsEnvironmentKey()).toString() : QString();
    const QUrl customHost = m_settings ? QUrl(m_settings->value(Session::settingsCustomHostKey()).toString()) : QUrl();
    if (m_environments->rowOf(envId) < 0)
        envId = Environment::idFor(api::EnvironmentKind::Local);
    m_environmentBox->setCurrentIndex(m_environments->rowOf(envId));
    if (customHost.isValid())
        m_hostEdit->setText(customHost.toString());
    onEnvironmentChanged();
    connect(m_environmentBox, &QComboBox::currentIndexChanged, this, [this] {
        if (mode() == Mode::SecondFactor) // the code belongs to the other server's sign-in (C34)
            setMode(Mode::SignIn);
        onEnvironmentChanged();
        rememberEnvironment();
        m_banner->clear();
    });
    connect(m_hostEdit, &QLineEdit::editingFinished, this, &LoginWindow::rememberEnvironment);

    if (m_session) {
        m_signInEmail->setText(m_session->rememberedEmail());
        m_remember->setChecked(m_session->rememberMe());
        connect(m_session, &Session::signInFailed, this, [this](const ApiError &error) {
            if (!m_signingIn)
                return;
            m_signingIn = false;
            setBusy(false);
            if (error.hasCode(QLatin1String(verificationNeeded))) {
                m_pendingPassword = m_signInPassword->text();
                m_verifyEmail->setText(m_signInEmail->text().trimmed());
                setMode(Mode::Verify);
                showMessage(MessageBanner::Kind::Warning, error.userMessage());
                sendVerificationCode();
                return;
            }
            if (m_stack->currentIndex() == int(Mode::SignIn)) {
                failApi(error, m_signInPassword);
                m_signInPassword->selectAll();
            } else {
                setMode(Mode::SignIn);
                failApi(error, m_signInPassword);
            }
        });
        connect(m_session, &Session::secondFactorRequired, this, &LoginWindow::onSecondFactorRequired);
        connect(m_session, &Session::signedIn, this, [this] {
            if (!m_signingIn)
                return;
            m_signingIn = false;
            m_pendingPassword.clear();
            m_signInPassword->clear();
            setBusy(false);
        });
    }
    setMode(Mode::SignIn);
    // 460 px, or what the widest page needs at the system font size (P32): an explicit minimum width keeps
    // the layout from raising it.
    setMinimumWidth(qMax(460, layout()->minimumSize().width()));
    resize(qMax(480, minimumWidth()), 620);
}

LoginWindow::~LoginWindow() = default;

void LoginWindow::setEnvironmentResolver(EnvironmentResolver resolver)
{
    if (resolver)
        m_resolver = std::move(resolver);
}

LoginWindow::Mode LoginWindow::mode() const
{
    return Mode(m_stack->currentIndex());
}

void LoginWindow::setMode(Mode mode)
{
    const bool changed = m_stack->currentIndex() != int(mode);
    m_stack->setCurrentIndex(int(mode));
    switch (mode) {
    case Mode::SignIn:
        setWindowTitle(tr("Sign in – TutorHub"));
        (m_signInEmail->text().isEmpty() ? m_signInEmail : m_signInPassword)->setFocus();
        break;
    case Mode::Register:
        setWindowTitle(tr("Create an account – TutorHub"));
        m_regName->setFocus();
        break;
    case Mode::Verify:
        setWindowTitle(tr("Verify your e-mail – TutorHub"));
        m_devCodeBox->hide();
        m_verifyCode->clear();
        (m_verifyEmail->text().isEmpty() ? m_verifyEmail : m_verifyCode)->setFocus();
        break;
    case Mode::ForgotPassword:
        setWindowTitle(tr("Reset your password – TutorHub"));
        m_forgotStep2->hide();
        m_forgotDevBox->hide();
        m_forgotCode->clear();
        m_forgotPassword->clear();
        m_forgotEmail->setFocus();
        break;
    case Mode::SecondFactor:
        setWindowTitle(tr("Two-step verification – TutorHub"));
        if (changed) {
            m_factorDevBox->hide();
            m_factorCode->clear();
        }
        m_factorCode->setFocus();
        break;
    }
    // Leaving the code step by any way abandons the half-finished sign-in (C34).
    if (mode != Mode::SecondFactor && m_session && m_session->pendingSecondFactor().isValid() && !m_busy) {
        m_signingIn = false;
        m_session->cancelSecondFactor();
    }
    growToFit();
    if (changed)
        emit modeChanged(mode);
}

void LoginWindow::growToFit()
{
    // Word-wrapped labels make the height depend on the width; grow (never shrink) so nothing is squeezed.
    QLayout *l = layout();
    const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void LoginWindow::selectEnvironment(const QString &environmentId, const QUrl &customHost)
{
    const int row = m_environments->rowOf(environmentId);
    if (row < 0)
        return;
    if (!customHost.isEmpty() && environmentId == Environment::idFor(api::EnvironmentKind::Custom))
        m_hostEdit->setText(customHost.toString());
    if (m_environmentBox->currentIndex() == row) {
        onEnvironmentChanged();
        rememberEnvironment();
    } else {
        m_environmentBox->setCurrentIndex(row);
    }
}

Environment LoginWindow::selectedEnvironment() const
{
    Environment env = m_environments->environment(m_environmentBox->currentIndex());
    if (env.kind == api::EnvironmentKind::Custom)
        env.host = Environment::normalizeHost(m_hostEdit->text());
    return env;
}

void LoginWindow::onEnvironmentChanged()
{
    const bool custom = selectedEnvironment().kind == api::EnvironmentKind::Custom;
    m_hostLabel->setVisible(custom);
    m_hostEdit->setVisible(custom);
    const Environment env = m_environments->environment(m_environmentBox->currentIndex());
    m_environmentBox->setToolTip(env.host.isEmpty() ? QString() : env.host.toString());
}

void LoginWindow::rememberEnvironment()
{
    const Environment env = selectedEnvironment();
    if (m_settings) {
        m_settings->setValue(Session::settingsEnvironmentKey(), env.id);
        if (env.kind == api::EnvironmentKind::Custom && env.host.isValid())
            m_settings->setValue(Session::settingsCustomHostKey(), env.host.toString());
    }
    emit environmentSelected(env);
}

void LoginWindow::showMessage(MessageBanner::Kind kind, const QString &text)
{
    m_banner->showMessage(kind, text);
    growToFit();
}

void LoginWindow::setEmail(const QString &email)
{
    m_signInEmail->setText(email);
}

void LoginWindow::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_stack->setEnabled(!busy);
    m_environmentBox->setEnabled(!busy);
    m_hostEdit->setEnabled(!busy);
    m_busyText->setText(busy ? text : QString());
    if (busy) {
        m_busyIndicator->start();
    } else {
        m_busyIndicator->stop();
    }
    emit busyChanged(busy);
}

void LoginWindow::fail(const QString &sentence, QWidget *focus)
{
    m_banner->showError(sentence);
    growToFit();
    if (focus)
        focus->setFocus();
}

void LoginWindow::failApi(const ApiError &error, QWidget *focus)
{
    fail(error.userMessage(), focus);
}

void LoginWindow::withEnvironment(const QString &busyText, std::function<void()> then)
{
    const Environment env = selectedEnvironment();
    if (env.kind == api::EnvironmentKind::Custom && env.host.isValid() && !env.hasSafeTransport()) {
        fail(tr("This address uses plain http, which would send your password unencrypted over the network. Use an "
                "https:// address; http is allowed only for a server on this computer (localhost)."),
             m_hostEdit);
        return;
    }
    if (env.kind == api::EnvironmentKind::Custom && !env.host.isValid()) {
        fail(tr("Enter the address of your TutorHub server, for example https://tutorhub.example.org."), m_hostEdit);
        return;
    }
    m_banner->clear();
    setBusy(true, env.isLocal() && !env.isValid() ? tr("Starting the local server…") : busyText);
    QPointer<LoginWindow> self(this);
    m_resolver(env, [self, busyText, then](const Environment &resolved, const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty() || !resolved.isValid()) {
            self->setBusy(false);
            self->fail(error.isEmpty() ? tr("There is no server address for this environment yet.") : error);
            return;
        }
        if (self->m_auth->client()->environment() != resolved)
            self->m_auth->client()->setEnvironment(resolved);
        self->m_busyText->setText(busyText);
        then();
    });
}

void LoginWindow::submitSignIn()
{
    if (m_busy)
        return;
    const QString email = m_signInEmail->text().trimmed();
    if (email.isEmpty())
        return fail(tr("Enter your e-mail address."), m_signInEmail);
    if (m_signInPassword->text().isEmpty())
        return fail(tr("Enter your password."), m_signInPassword);
    withEnvironment(tr("Signing in…"), [this, email] {
        m_signingIn = true;
        m_session->signIn(email, m_signInPassword->text(), m_remember->isChecked());
    });
}

void LoginWindow::submitRegister()
{
    if (m_busy)
        return;
    const QString name = m_regName->text().trimmed();
    const QString email = m_regEmail->text().trimmed();
    const QString password = m_regPassword->text();
    if (name.isEmpty())
        return fail(tr("Enter your full name."), m_regName);
    if (!looksLikeEmail(email))
        return fail(tr("Enter a valid e-mail address, such as name@example.org."), m_regEmail);
    if (password.size() < minPasswordLength)
        return fail(tr("Choose a password of at least 8 characters."), m_regPassword);
    withEnvironment(tr("Creating your account…"), [this, name, email, password] {
        m_auth->registerUser(name, email, password, this, [this, email, password](const api::Result<api::User> &r) {
            setBusy(false);
            if (!r.ok())
                return failApi(r.error(), r.error().hasCode(QStringLiteral("errMsg_EmailAlreadyRegistered"))
                                              ? m_regEmail : nullptr);
            m_pendingPassword = password;
            m_signInEmail->setText(email);
            m_verifyEmail->setText(email);
            m_regPassword->clear();
            setMode(Mode::Verify);
            showMessage(MessageBanner::Kind::Success, tr("Your account has been created. Verify your e-mail address to sign in."));
            sendVerificationCode();
        });
    });
}

void LoginWindow::sendVerificationCode()
{
    if (m_busy)
        return;
    const QString email = m_verifyEmail->text().trimmed();
    if (!looksLikeEmail(email))
        return fail(tr("Enter a valid e-mail address, such as name@example.org."), m_verifyEmail);
    const QString previous = m_banner->hasMessage() && m_banner->kind() != MessageBanner::Kind::Error
                                 ? m_banner->text() : QString();
    const MessageBanner::Kind previousKind = m_banner->kind();
    withEnvironment(tr("Sending the code…"), [this, email, previous, previousKind] {
        if (!previous.isEmpty())
            showMessage(previousKind, previous);
        m_auth->emailVerificationStart(email, this, [this](const api::Result<api::VerificationStart> &r) {
            setBusy(false);
            if (!r.ok())
                return failApi(r.error(), m_verifyCode);
            showVerificationCode(r.value());
        });
    });
}

QString LoginWindow::deliveredCode(const api::VerificationStart &start, const QString &email, const QString &purpose,
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

void LoginWindow::showVerificationCode(const api::VerificationStart &start)
{
    const QString email = start.email.isEmpty() ? m_verifyEmail->text().trimmed() : start.email;
    QString folder;
    const QString code = deliveredCode(start, email, QStringLiteral("email-verification"), &folder);
    m_devCode->setText(code);
    m_devCodeBox->setVisible(!code.isEmpty());
    if (!code.isEmpty())
        m_verifyCode->setText(code);
    m_verifyIntro->setText(tr("We sent a 6-digit code to %1. Enter it here to finish setting up your account.").arg(email)
                           + (code.isEmpty() ? mailFolderHint(folder) : QString()));
    m_verifyCode->setFocus();
    m_verifyCode->selectAll();
    growToFit();
}

void LoginWindow::submitVerification()
{
    if (m_busy)
        return;
    const QString email = m_verifyEmail->text().trimmed();
    const QString code = m_verifyCode->text().trimmed();
    if (!looksLikeEmail(email))
        return fail(tr("Enter a valid e-mail address, such as name@example.org."), m_verifyEmail);
    if (code.size() != 6)
        return fail(tr("Enter the 6-digit code."), m_verifyCode);
    withEnvironment(tr("Checking the code…"), [this, email, code] {
        m_auth->emailVerificationComplete(email, code, this, [this, email](const api::Result<api::VerificationComplete> &r) {
            setBusy(false);
            if (!r.ok())
                return failApi(r.error(), m_verifyCode);
            m_devCodeBox->hide();
            m_verifyCode->clear();
            m_signInEmail->setText(email);
            if (!m_pendingPassword.isEmpty())
                return signInAfterVerification();
            setMode(Mode::SignIn);
            showMessage(MessageBanner::Kind::Success, tr("Your e-mail address is verified. You can sign in now."));
        });
    });
}

void LoginWindow::signInAfterVerification()
{
    const QString password = m_pendingPassword;
    m_pendingPassword.clear();
    m_signInPassword->setText(password);
    setMode(Mode::SignIn);
    showMessage(MessageBanner::Kind::Success, tr("Your e-mail address is verified. Signing you in…"));
    setBusy(true, tr("Signing in…"));
    m_signingIn = true;
    m_session->signIn(m_signInEmail->text().trimmed(), password, m_remember->isChecked());
}

void LoginWindow::submitForgotStart()
{
    if (m_busy)
        return;
    const QString email = m_forgotEmail->text().trimmed();
    if (!looksLikeEmail(email))
        return fail(tr("Enter a valid e-mail address, such as name@example.org."), m_forgotEmail);
    withEnvironment(tr("Sending the code…"), [this, email] {
        m_auth->passwordResetByEmailStart(email, this, [this, email](const api::Result<api::VerificationStart> &r) {
            setBusy(false);
            if (!r.ok())
                return failApi(r.error(), m_forgotEmail);
            m_forgotStep2->show();
            QString folder;
            const QString code = deliveredCode(r.value(), email, QStringLiteral("password-reset"), &folder);
            m_forgotDevCode->setText(code);
            m_forgotDevBox->setVisible(!code.isEmpty());
            if (!code.isEmpty()) {
                m_forgotCode->setText(code);
                m_forgotPassword->setFocus();
            } else {
                m_forgotCode->setFocus();
            }
            growToFit();
            showMessage(MessageBanner::Kind::Info, tr("We sent a code to %1. Enter it with your new password.").arg(email)
                                                       + (code.isEmpty() ? mailFolderHint(folder) : QString()));
        });
    });
}

void LoginWindow::submitForgotComplete()
{
    if (m_busy)
        return;
    const QString email = m_forgotEmail->text().trimmed();
    const QString code = m_forgotCode->text().trimmed();
    const QString password = m_forgotPassword->text();
    if (code.size() != 6)
        return fail(tr("Enter the 6-digit code."), m_forgotCode);
    if (password.size() < minPasswordLength)
        return fail(tr("Choose a password of at least 8 characters."), m_forgotPassword);
    withEnvironment(tr("Setting your new password…"), [this, email, code, password] {
        m_auth->passwordResetByEmailComplete(email, code, password, this,
                                             [this, email](const api::Result<api::VerificationComplete> &r) {
            setBusy(false);
            if (!r.ok())
                return failApi(r.error(), m_forgotCode);
            m_signInEmail->setText(email);
            m_signInPassword->clear();
            setMode(Mode::SignIn);
            showMessage(MessageBanner::Kind::Success, tr("Your password has been changed. Sign in with your new password."));
        });
    });
}

} // namespace tutorhub::ui
