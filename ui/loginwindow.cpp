#include "loginwindow.h"

#include "loginforms.h"

#include "common/busyindicator.h"
#include "common/languagechooser.h"
#include "common/themechooser.h"
#include "common/theme.h"
#include "common/widgets.h"
#include "models/environmentlistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tutorhub::ui {

using api::Environment;
using models::auth::SignIn;

using namespace loginforms;

LoginWindow::LoginWindow(SignIn *signIn, api::AppSettings *settings, QWidget *parent)
    : QWidget(parent),
      m_signIn(signIn),
      m_settings(settings),
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
    QString envId = m_signIn->rememberedEnvironmentId();
    const QUrl customHost = m_signIn->rememberedCustomHost();
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

    m_signInEmail->setText(m_signIn->rememberedEmail());
    m_remember->setChecked(m_signIn->rememberMe());
    connect(m_signIn, &SignIn::signInFailed, this, [this](const QString &sentence, bool needsVerification) {
        setBusy(false);
        if (needsVerification) {
            m_verifyEmail->setText(m_signInEmail->text().trimmed());
            setMode(Mode::Verify);
            showMessage(MessageBanner::Kind::Warning, sentence);
            sendVerificationCode();
            return;
        }
        if (m_stack->currentIndex() == int(Mode::SignIn)) {
            fail(sentence, m_signInPassword);
            m_signInPassword->selectAll();
        } else {
            setMode(Mode::SignIn);
            fail(sentence, m_signInPassword);
        }
    });
    connect(m_signIn, &SignIn::secondFactorRequired, this, &LoginWindow::onSecondFactorRequired);
    connect(m_signIn, &SignIn::signedIn, this, [this] {
        m_signInPassword->clear();
        setBusy(false);
    });
    connect(m_signIn, &SignIn::failed, this, &LoginWindow::onFailed);
    connect(m_signIn, &SignIn::registered, this, [this](const QString &email) {
        setBusy(false);
        m_signInEmail->setText(email);
        m_verifyEmail->setText(email);
        m_regPassword->clear();
        setMode(Mode::Verify);
        showMessage(MessageBanner::Kind::Success,
                    tr("Your account has been created. Verify your e-mail address to sign in."));
        sendVerificationCode();
    });
    connect(m_signIn, &SignIn::verificationCodeSent, this,
            [this](const QString &email, const QString &code, const QString &folder) {
                setBusy(false);
                showVerificationCode(email, code, folder);
            });
    connect(m_signIn, &SignIn::verified, this, [this](const QString &email) {
        setBusy(false);
        m_devCodeBox->hide();
        m_verifyCode->clear();
        m_signInEmail->setText(email);
        if (!m_signIn->pendingPassword().isEmpty())
            return signInAfterVerification();
        setMode(Mode::SignIn);
        showMessage(MessageBanner::Kind::Success, tr("Your e-mail address is verified. You can sign in now."));
    });
    connect(m_signIn, &SignIn::resetCodeSent, this, &LoginWindow::showResetCode);
    connect(m_signIn, &SignIn::passwordReset, this, [this](const QString &email) {
        setBusy(false);
        m_signInEmail->setText(email);
        m_signInPassword->clear();
        setMode(Mode::SignIn);
        showMessage(MessageBanner::Kind::Success,
                    tr("Your password has been changed. Sign in with your new password."));
    });
    connect(m_signIn, &SignIn::secondFactorCodeSent, this, &LoginWindow::showSecondFactorCode);
    connect(m_signIn, &SignIn::secondFactorAccepted, this, [this] {
        m_factorDevBox->hide();
        m_factorCode->clear();
        m_busyText->setText(tr("Signing in…")); // still busy: signedIn / signInFailed end it
    });
    connect(m_signIn, &SignIn::secondFactorAbandoned, this, &LoginWindow::abandonSecondFactor);
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
    if (mode != Mode::SecondFactor && m_signIn->hasPendingSecondFactor() && !m_busy)
        m_signIn->cancelSecondFactor();
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
    m_signIn->rememberEnvironment(env);
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

bool LoginWindow::failed(const SignIn::Problem &problem)
{
    if (problem.sentence.isEmpty())
        return false;
    onFailed(problem.field, problem.sentence);
    return true;
}

void LoginWindow::onFailed(SignIn::Field field, const QString &sentence)
{
    if (m_busy)
        setBusy(false);
    QLineEdit *focus = nullptr;
    switch (mode()) {
    case Mode::SignIn:
        focus = field == SignIn::Field::Email      ? m_signInEmail
                : field == SignIn::Field::Password ? m_signInPassword
                                                   : nullptr;
        break;
    case Mode::Register:
        focus = field == SignIn::Field::Name       ? m_regName
                : field == SignIn::Field::Email    ? m_regEmail
                : field == SignIn::Field::Password ? m_regPassword
                                                   : nullptr;
        break;
    case Mode::Verify:
        focus = field == SignIn::Field::Email ? m_verifyEmail : field == SignIn::Field::Code ? m_verifyCode : nullptr;
        break;
    case Mode::ForgotPassword:
        focus = field == SignIn::Field::Email      ? m_forgotEmail
                : field == SignIn::Field::Code     ? m_forgotCode
                : field == SignIn::Field::Password ? m_forgotPassword
                                                   : nullptr;
        break;
    case Mode::SecondFactor:
        if (field == SignIn::Field::Resend)
            return fail(sentence, m_factorResend);
        focus = field == SignIn::Field::Code ? m_factorCode : nullptr;
        break;
    }
    if (field == SignIn::Field::Host)
        focus = m_hostEdit;
    fail(sentence, focus);
    if (mode() == Mode::SecondFactor && focus == m_factorCode)
        m_factorCode->selectAll();
}

void LoginWindow::withEnvironment(const QString &busyText, std::function<void()> then)
{
    const Environment env = selectedEnvironment();
    const SignIn::Problem problem = SignIn::environmentProblem(env);
    if (!problem.sentence.isEmpty())
        return fail(problem.sentence, m_hostEdit);
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
        self->m_signIn->useEnvironment(resolved);
        self->m_busyText->setText(busyText);
        then();
    });
}

void LoginWindow::submitSignIn()
{
    if (m_busy)
        return;
    const QString email = m_signInEmail->text().trimmed();
    if (failed(SignIn::signInProblem(email, m_signInPassword->text())))
        return;
    withEnvironment(tr("Signing in…"),
                    [this, email] { m_signIn->signIn(email, m_signInPassword->text(), m_remember->isChecked()); });
}

void LoginWindow::submitRegister()
{
    if (m_busy)
        return;
    const QString name = m_regName->text().trimmed();
    const QString email = m_regEmail->text().trimmed();
    const QString password = m_regPassword->text();
    if (failed(SignIn::registerProblem(name, email, password)))
        return;
    withEnvironment(tr("Creating your account…"),
                    [this, name, email, password] { m_signIn->registerUser(name, email, password); });
}

void LoginWindow::sendVerificationCode()
{
    if (m_busy)
        return;
    const QString email = m_verifyEmail->text().trimmed();
    if (failed(SignIn::emailProblem(email)))
        return;
    const QString previous
        = m_banner->hasMessage() && m_banner->kind() != MessageBanner::Kind::Error ? m_banner->text() : QString();
    const MessageBanner::Kind previousKind = m_banner->kind();
    withEnvironment(tr("Sending the code…"), [this, email, previous, previousKind] {
        if (!previous.isEmpty())
            showMessage(previousKind, previous);
        m_signIn->startVerification(email);
    });
}

void LoginWindow::showVerificationCode(const QString &email, const QString &code, const QString &folder)
{
    m_devCode->setText(code);
    m_devCodeBox->setVisible(!code.isEmpty());
    if (!code.isEmpty())
        m_verifyCode->setText(code);
    m_verifyIntro->setText(
        tr("We sent a 6-digit code to %1. Enter it here to finish setting up your account.").arg(email)
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
    if (failed(SignIn::emailProblem(email)) || failed(SignIn::codeProblem(code)))
        return;
    withEnvironment(tr("Checking the code…"), [this, email, code] { m_signIn->completeVerification(email, code); });
}

void LoginWindow::signInAfterVerification()
{
    m_signInPassword->setText(m_signIn->pendingPassword());
    setMode(Mode::SignIn);
    showMessage(MessageBanner::Kind::Success, tr("Your e-mail address is verified. Signing you in…"));
    setBusy(true, tr("Signing in…"));
    m_signIn->signInAfterVerification(m_signInEmail->text().trimmed(), m_remember->isChecked());
}

void LoginWindow::submitForgotStart()
{
    if (m_busy)
        return;
    const QString email = m_forgotEmail->text().trimmed();
    if (failed(SignIn::emailProblem(email)))
        return;
    withEnvironment(tr("Sending the code…"), [this, email] { m_signIn->startPasswordReset(email); });
}

void LoginWindow::showResetCode(const QString &email, const QString &code, const QString &folder)
{
    setBusy(false);
    m_forgotStep2->show();
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
}

void LoginWindow::submitForgotComplete()
{
    if (m_busy)
        return;
    const QString email = m_forgotEmail->text().trimmed();
    const QString code = m_forgotCode->text().trimmed();
    const QString password = m_forgotPassword->text();
    if (failed(SignIn::codeProblem(code)) || failed(SignIn::newPasswordProblem(password)))
        return;
    withEnvironment(tr("Setting your new password…"),
                    [this, email, code, password] { m_signIn->completePasswordReset(email, code, password); });
}

} // namespace tutorhub::ui
