// The login window against the real local server: sign in, wrong password, registration with the
// verify step, verification demanded by sign-in, forgot password, environment choice, keyboard and
// accessibility basics, and the two-step sign-in (C33, C34) with the code from the local server's
// mail folder as the app reads it.
#include "uitesthelpers.h"

#include "api/appsettings.h"
#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "app/localmailbox.h"
#include "../api/fakehttpserver.h"
#include "ui/loginwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

#include <memory>

using namespace tutorhub;
using tutorhub::testing::findByName;
using ui::LoginWindow;
using ui::MessageBanner;

namespace {
const QString demoTwoFactor = QStringLiteral("noah.brandt@tutorhub.local"); // e-mail 2FA on (C32)
}

class TestLoginWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    app::LocalServer m_server;
    int m_counter = 0;

    std::unique_ptr<api::AppSettings> m_settings;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<api::AuthApi> m_auth;
    std::unique_ptr<api::MemoryTokenStore> m_store;
    std::unique_ptr<api::Session> m_session;
    std::unique_ptr<models::auth::SignIn> m_signIn; // the window's view-model (K11)
    std::unique_ptr<LoginWindow> m_window;

    QLineEdit *edit(const char *name) { return m_window->findChild<QLineEdit *>(QLatin1String(name)); }
    QPushButton *button(const QString &name) { return findByName<QPushButton>(m_window.get(), name); }
    void click(const QString &name)
    {
        QPushButton *b = button(name);
        QVERIFY2(b, qPrintable(QStringLiteral("no visible button ") + name));
        QVERIFY2(b->isEnabled(), qPrintable(name));
        b->click();
    }
    bool waitIdle(int ms = 20000)
    {
        return QTest::qWaitFor([this] { return !m_window->isBusy(); }, ms);
    }
    QString uniqueEmail()
    {
        return QStringLiteral("ui.test.%1.%2@example.org").arg(QCoreApplication::applicationPid()).arg(++m_counter);
    }

    // A registered user whose e-mail is verified (through the API, not the window).
    void registerVerified(const QString &email, const QString &password)
    {
        bool done = false;
        m_auth->registerUser(QStringLiteral("Test Person"), email, password, this,
                             [&](const api::Result<api::User> &r) {
                                 QVERIFY2(r.ok(), qPrintable(r.error().debugString()));
                                 done = true;
                             });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QString code;
        m_auth->emailVerificationStart(email, this, [&](const api::Result<api::VerificationStart> &r) {
            QVERIFY2(r.ok(), qPrintable(r.error().debugString()));
            code = r.value().secretCode;
        });
        QTRY_VERIFY_WITH_TIMEOUT(!code.isEmpty(), 10000);
        done = false;
        m_auth->emailVerificationComplete(email, code, this, [&](const api::Result<api::VerificationComplete> &r) {
            QVERIFY2(r.ok(), qPrintable(r.error().debugString()));
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }

    void newWindow()
    {
        m_window.reset();
        m_signIn = std::make_unique<models::auth::SignIn>(m_session.get(), m_auth.get(), m_settings.get());
        m_window = std::make_unique<LoginWindow>(m_signIn.get(), m_settings.get());
        const QUrl url = m_server.url();
        m_window->setEnvironmentResolver([url](const api::Environment &env, const LoginWindow::ResolveDone &done) {
            if (env.isLocal())
                done(api::Environment::local(url), {});
            else
                done(env, {});
        });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        if (!testing::startDemoServer(m_server, m_dir, &why))
            QSKIP(qPrintable(why));
    }

    void init()
    {
        m_settings = std::make_unique<api::AppSettings>(std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_counter)), QSettings::IniFormat));
        m_client = std::make_unique<api::ApiClient>();
        m_client->setRetryDelays({20, 40});
        m_client->setEnvironment(api::Environment::local(m_server.url()));
        m_auth = std::make_unique<api::AuthApi>(m_client.get());
        m_store = std::make_unique<api::MemoryTokenStore>();
        m_session = std::make_unique<api::Session>(m_client.get(), m_auth.get(), m_store.get(), m_settings.get());
        newWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_signIn.reset();
        m_session.reset();
        m_store.reset();
        m_auth.reset();
        m_client.reset();
        m_settings.reset();
    }

    void cleanupTestCase()
    {
        m_server.stop();
        QCOMPARE(m_server.state(), app::LocalServer::State::NotRunning);
    }

    void everyInputHasAnAccessibleName()
    {
        const auto edits = m_window->findChildren<QLineEdit *>();
        QVERIFY(edits.size() >= 10);
        for (QLineEdit *e : edits)
            QVERIFY2(!e->accessibleName().isEmpty(), qPrintable(e->objectName()));
        const auto buttons = m_window->findChildren<QAbstractButton *>();
        for (QAbstractButton *b : buttons)
            QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->text()));
        QVERIFY(!m_window->findChild<QComboBox *>()->accessibleName().isEmpty());
    }

    void tabOrderFollowsTheForm()
    {
        QCOMPARE(m_window->mode(), LoginWindow::Mode::SignIn);
        QLineEdit *email = edit("signInEmail");
        QLineEdit *password = edit("signInPassword");
        auto next = [](QWidget *w) {
            do
                w = w->nextInFocusChain();
            while (!((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()));
            return w;
        };
        auto *remember = m_window->findChild<QCheckBox *>(QStringLiteral("rememberMe"));
        QCOMPARE(next(email), password);
        QCOMPARE(next(password), remember);
        QCOMPARE(next(remember), button(QStringLiteral("Sign in")));
        QCOMPARE(next(button(QStringLiteral("Sign in"))), button(QStringLiteral("Create an account")));
    }

    void emptyFieldsAreCheckedWithoutAsking()
    {
        click(QStringLiteral("Sign in"));
        QVERIFY(!m_window->isBusy());
        QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(m_window->banner()->text(), QStringLiteral("Enter your e-mail address."));
        edit("signInEmail")->setText(testing::demoStudent);
        click(QStringLiteral("Sign in"));
        QCOMPARE(m_window->banner()->text(), QStringLiteral("Enter your password."));
        QCOMPARE(QApplication::focusWidget(), edit("signInPassword"));
    }

    void wrongPasswordShowsASentence()
    {
        edit("signInEmail")->setText(testing::demoStudent);
        edit("signInPassword")->setText(QStringLiteral("not-the-password"));
        QTest::keyClick(edit("signInPassword"), Qt::Key_Return); // Enter submits
        QVERIFY(m_window->isBusy());
        QVERIFY(!button(QStringLiteral("Sign in"))->isEnabled() || !edit("signInPassword")->isEnabled());
        QVERIFY(waitIdle());
        QVERIFY(!m_session->isSignedIn());
        QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
        const QString text = m_window->banner()->text();
        QCOMPARE(
            text,
            api::ApiError(api::ApiError::Kind::Http, 401, QStringLiteral("errMsg_InvalidCredentials")).userMessage());
        QVERIFY(!text.contains(QStringLiteral("errMsg")));
        QVERIFY(text.endsWith(QLatin1Char('.')));
        QVERIFY(edit("signInPassword")->isEnabled());
    }

    void signInWorksAndRemembersTheChoice()
    {
        QSignalSpy signedIn(m_session.get(), &api::Session::signedIn);
        edit("signInEmail")->setText(testing::demoTutor);
        edit("signInPassword")->setText(testing::demoPassword);
        m_window->findChild<QCheckBox *>(QStringLiteral("rememberMe"))->setChecked(true);
        click(QStringLiteral("Sign in"));
        QVERIFY(waitIdle());
        QCOMPARE(signedIn.count(), 1);
        QCOMPARE(m_session->currentUser().email, testing::demoTutor);
        QCOMPARE(m_session->currentUser().roleId, api::roles::tutor);
        QCOMPARE(m_settings->environmentId(), QStringLiteral("local"));
        QCOMPARE(m_store->contents().size(), 1); // remembered in the (memory) token store
        QVERIFY(edit("signInPassword")->text().isEmpty());
    }

    void rememberUnavailableIsReported()
    {
        m_store->simulateUnavailable(QStringLiteral("No keyring here."));
        QSignalSpy unavailable(m_session.get(), &api::Session::rememberUnavailable);
        edit("signInEmail")->setText(testing::demoStudent);
        edit("signInPassword")->setText(testing::demoPassword);
        m_window->findChild<QCheckBox *>(QStringLiteral("rememberMe"))->setChecked(true);
        click(QStringLiteral("Sign in"));
        QVERIFY(waitIdle());
        QVERIFY(m_session->isSignedIn());
        QTRY_COMPARE(unavailable.count(), 1);
    }

    void environmentChoiceIsRemembered()
    {
        auto *picker = m_window->findChild<QComboBox *>(QStringLiteral("environmentPicker"));
        QLineEdit *host = edit("customHost");
        QVERIFY(!host->isVisible());
        picker->setCurrentIndex(2);
        QCOMPARE(m_window->selectedEnvironment().kind, api::EnvironmentKind::Staging);
        QCOMPARE(m_settings->environmentId(), QStringLiteral("staging"));
        picker->setCurrentIndex(4);
        QVERIFY(host->isVisible());
        // Custom without an address: a sentence, nothing sent.
        edit("signInEmail")->setText(testing::demoStudent);
        edit("signInPassword")->setText(testing::demoPassword);
        click(QStringLiteral("Sign in"));
        QVERIFY(!m_window->isBusy());
        QVERIFY(m_window->banner()->text().contains(QStringLiteral("address")));
        QCOMPARE(QApplication::focusWidget(), host);
        // SEC47: plain http to another computer is refused with a sentence that says why.
        host->setText(QStringLiteral("http://tutorhub.example.org"));
        m_window->banner()->clear();
        click(QStringLiteral("Sign in"));
        QVERIFY(!m_window->isBusy());
        QVERIFY2(m_window->banner()->text().contains(QStringLiteral("https://")),
                 qPrintable(m_window->banner()->text()));
        QVERIFY(m_window->banner()->text().contains(QStringLiteral("unencrypted")));
        QVERIFY(!m_window->selectedEnvironment().isValid());
        host->setText(QStringLiteral("tutorhub.example.org"));
        QTest::keyClick(host, Qt::Key_Tab); // editingFinished
        QCOMPARE(m_settings->environmentId(), QStringLiteral("custom"));
        QCOMPARE(m_settings->customHost().toString(), QStringLiteral("https://tutorhub.example.org"));
        // A new window starts with the remembered choice.
        newWindow();
        QCOMPARE(m_window->selectedEnvironment().kind, api::EnvironmentKind::Custom);
        QCOMPARE(m_window->selectedEnvironment().host, QUrl(QStringLiteral("https://tutorhub.example.org")));
        m_window->selectEnvironment(QStringLiteral("local"));
        QCOMPARE(m_settings->environmentId(), QStringLiteral("local"));
    }

    void registrationThenVerificationSignsIn()
    {
        const QString email = uniqueEmail();
        click(QStringLiteral("Create an account"));
        QCOMPARE(m_window->mode(), LoginWindow::Mode::Register);
        click(QStringLiteral("Create account"));
        QCOMPARE(m_window->banner()->text(), QStringLiteral("Enter your full name."));
        edit("registerName")->setText(QStringLiteral("Jonas Weber"));
        edit("registerEmail")->setText(email);
        edit("registerPassword")->setText(QStringLiteral("short"));
        click(QStringLiteral("Create account"));
        QVERIFY(m_window->banner()->text().contains(QStringLiteral("8 characters")));
        edit("registerPassword")->setText(QStringLiteral("a-long-password"));
        QTest::keyClick(edit("registerPassword"), Qt::Key_Return);
        QVERIFY(waitIdle());
        QCOMPARE(m_window->mode(), LoginWindow::Mode::Verify);
        // Development convenience: the code is shown and prefilled, but not submitted.
        auto *devCode = m_window->findChild<QLabel *>(QStringLiteral("devCode"));
        QVERIFY(devCode->isVisible());
        QCOMPARE(devCode->text().size(), 6);
        QCOMPARE(edit("verifyCode")->text(), devCode->text());
        QVERIFY(!m_session->isSignedIn());
        QSignalSpy signedIn(m_session.get(), &api::Session::signedIn);
        click(QStringLiteral("Verify e-mail"));
        QVERIFY(waitIdle());
        QTRY_COMPARE(signedIn.count(), 1);
        QCOMPARE(m_session->currentUser().email, email);
        QCOMPARE(m_session->currentUser().roleId, api::roles::user);
        QVERIFY(m_session->currentUser().emailVerified);
    }

    void registeringTwiceIsASentence()
    {
        click(QStringLiteral("Create an account"));
        edit("registerName")->setText(QStringLiteral("Someone Else"));
        edit("registerEmail")->setText(testing::demoStudent);
        edit("registerPassword")->setText(QStringLiteral("a-long-password"));
        click(QStringLiteral("Create account"));
        QVERIFY(waitIdle());
        QCOMPARE(m_window->mode(), LoginWindow::Mode::Register);
        QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(!m_window->banner()->text().contains(QStringLiteral("errMsg")));
        QCOMPARE(QApplication::focusWidget(), edit("registerEmail"));
    }

    void signInOfAnUnverifiedAccountLeadsToVerification()
    {
        const QString email = uniqueEmail();
        bool done = false;
        m_auth->registerUser(QStringLiteral("Nina Roth"), email, QStringLiteral("a-long-password"), this,
                             [&](const api::Result<api::User> &r) {
                                 QVERIFY2(r.ok(), qPrintable(r.error().debugString()));
                                 done = true;
                             });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        // The registration may have started a verification already: wait out nothing, the window
        // either gets a fresh code or a "too frequent" sentence, and the user can type the code.
        edit("signInEmail")->setText(email);
        edit("signInPassword")->setText(QStringLiteral("a-long-password"));
        click(QStringLiteral("Sign in"));
        QVERIFY(waitIdle());
        QCOMPARE(m_window->mode(), LoginWindow::Mode::Verify);
        QCOMPARE(edit("verifyEmail")->text(), email);
        QVERIFY(!m_window->banner()->text().contains(QStringLiteral("errMsg")));
        QVERIFY2(!edit("verifyCode")->text().isEmpty(), qPrintable(m_window->banner()->text()));
        QSignalSpy signedIn(m_session.get(), &api::Session::signedIn);
        QTest::keyClick(edit("verifyCode"), Qt::Key_Return);
        QVERIFY(waitIdle());
        QTRY_COMPARE(signedIn.count(), 1);
        QCOMPARE(m_session->currentUser().email, email);
    }

    void wrongCodeIsASentence()
    {
        click(QStringLiteral("Verify e-mail"));
        QCOMPARE(m_window->mode(), LoginWindow::Mode::Verify);
        edit("verifyEmail")->setText(testing::demoStudent);
        edit("verifyCode")->setText(QStringLiteral("12"));
        click(QStringLiteral("Verify e-mail"));
        QCOMPARE(m_window->banner()->text(), QStringLiteral("Enter the 6-digit code."));
        edit("verifyCode")->setText(QStringLiteral("123456"));
        click(QStringLiteral("Verify e-mail"));
        QVERIFY(waitIdle());
        QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(!m_window->banner()->text().contains(QStringLiteral("errMsg")));
        click(QStringLiteral("Back to sign in"));
        QCOMPARE(m_window->mode(), LoginWindow::Mode::SignIn);
    }

    void forgotPasswordFlow()
    {
        const QString email = uniqueEmail();
        registerVerified(email, QStringLiteral("the-old-password"));
        edit("signInEmail")->setText(email);
        click(QStringLiteral("Forgot your password?"));
        QCOMPARE(m_window->mode(), LoginWindow::Mode::ForgotPassword);
        QCOMPARE(edit("forgotEmail")->text(), email);
        QVERIFY(!edit("forgotCode")->isVisible());
        click(QStringLiteral("Send code"));
        QVERIFY(waitIdle());
        QVERIFY2(edit("forgotCode")->isVisible(), qPrintable(m_window->banner()->text()));
        QCOMPARE(edit("forgotCode")->text().size(), 6);
        QCOMPARE(edit("forgotCode")->text(), m_window->findChild<QLabel *>(QStringLiteral("forgotDevCode"))->text());
        edit("forgotPassword")->setText(QStringLiteral("the-new-password"));
        QTest::keyClick(edit("forgotPassword"), Qt::Key_Return);
        QVERIFY(waitIdle());
        QCOMPARE(m_window->mode(), LoginWindow::Mode::SignIn);
        QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Success);
        QCOMPARE(edit("signInEmail")->text(), email);
        // The new password works, the old one does not.
        edit("signInPassword")->setText(QStringLiteral("the-old-password"));
        click(QStringLiteral("Sign in"));
        QVERIFY(waitIdle());
        QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
        edit("signInPassword")->setText(QStringLiteral("the-new-password"));
        click(QStringLiteral("Sign in"));
        QVERIFY(waitIdle());
        QVERIFY(m_session->isSignedIn());
    }

    // C33, C34: the demo account with e-mail 2FA on, against a server without --dev-codes: the code
    // comes from the server's mail folder exactly as the app reads it (LocalMailbox), is shown and
    // filled in; confirming signs in with the completed session, which "remember me" stores.
    void twoStepSignInWithTheMailedCode()
    {
        QTemporaryDir dir;
        app::LocalServer server;
        QString why;
        QVERIFY2(testing::startDemoServer(server, dir, &why, false), qPrintable(why));
        const QUrl url = server.url();
        m_client->setEnvironment(api::Environment::local(url));
        m_window->setEnvironmentResolver([url](const api::Environment &env, const LoginWindow::ResolveDone &done) {
            done(env.isLocal() ? api::Environment::local(url) : env, {});
        });
        QStringList asked;
        m_window->setCodeMailbox([&](const QString &email, const QString &purpose) {
            asked << purpose;
            const app::LocalMailbox mailbox(server.mailDirectory());
            return LoginWindow::MailboxCode {mailbox.newestCode(email, purpose), mailbox.folder()};
        });
        edit("signInEmail")->setText(demoTwoFactor);
        edit("signInPassword")->setText(testing::demoPassword);
        m_window->findChild<QCheckBox *>()->setChecked(true);
        QSignalSpy signedIn(m_session.get(), &api::Session::signedIn);
        click(QStringLiteral("Sign in"));
        QVERIFY(waitIdle());
        QCOMPARE(m_window->mode(), LoginWindow::Mode::SecondFactor);
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(!m_session->isSignedIn());
        QVERIFY(!m_client->hasAccessToken()); // the pending token is never attached
        QVERIFY(m_store->contents().isEmpty());
        QCOMPARE(asked, QStringList {QStringLiteral("email-2fa")});
        auto *shown = m_window->findChild<QLabel *>(QStringLiteral("secondFactorDevCode"));
        QVERIFY2(shown && shown->isVisible(), qPrintable(m_window->banner()->text()));
        QCOMPARE(shown->text().size(), 6);
        QCOMPARE(edit("secondFactorCode")->text(), shown->text());
        bool named = false; // the step says where the code went
        for (QLabel *l : m_window->findChildren<QLabel *>())
            named |= l->isVisible() && l->text().contains(demoTwoFactor)
                     && l->text().contains(QStringLiteral("5 minutes"));
        QVERIFY(named);
        QVERIFY(edit("secondFactorCode")->hasFocus());

        QTest::keyClick(edit("secondFactorCode"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
        QVERIFY(waitIdle());
        QCOMPARE(m_session->currentUser().email, demoTwoFactor);
        QVERIFY(!m_session->sessionInfo().sessionNeedsEmail2FA);
        // The completed token is the one kept and remembered, and it works for business routes.
        const QString token = m_session->sessionInfo().accessToken;
        QTRY_COMPARE(m_store->contents().size(), 1);
        QCOMPARE(m_store->contents().values().first(), token);
        bool ok = false, done = false;
        m_auth->getUser(m_session->sessionInfo().userId, this, [&](const api::Result<api::User> &r) {
            ok = r.ok();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(ok);
        m_session->signOut();
        server.stop();
    }

    // C34: mobile 2FA, which our server never asks for (no phone numbers, G7): a scripted fake speaking the
    // documented wire format. A server that can send the code gets the same step (the phone named); one
    // that cannot (400 errMsg_MobileNotSupported, as ours answers) sends the user back with a sentence.
    void mobileTwoStep()
    {
        test::FakeHttpServer fake;
        QVERIFY(fake.listen());
        bool canSend = true;
        fake.setHandler([&](const test::FakeRequest &req) {
            if (req.target == "/auth-api/login")
                return test::FakeResponse::json(200, R"({"sessionId":"s-1","userId":"u-1","email":"mo@example.org",)"
                                                     R"("roleId":"user","accessToken":"pending","expiresIn":86400,)"
                                                     R"("sessionNeedsEmail2FA":false,"sessionNeedsMobile2FA":true})");
            if (req.target.endsWith("/mobile-2factor-verification/start") && canSend)
                return test::FakeResponse::json(200, R"({"userId":"u-1","sessionId":"s-1","mobile":"+49 170 0000000",)"
                                                     R"("expireTime":300,"date":"2024-03-19T12:13:54.124Z"})");
            if (req.target.endsWith("/mobile-2factor-verification/start"))
                return test::FakeResponse::json(400,
                                                R"({"result":"ERR","status":400,"message":"errMsg_MobileNotSupported",)"
                                                R"("errCode":400,"detail":"No mobile numbers here."})");
            return test::FakeResponse::json(
                404, R"({"result":"ERR","status":404,"message":"errMsg_NotFound","errCode":404})");
        });
        const QUrl url = fake.baseUrl();
        m_client->setEnvironment(api::Environment::local(url));
        m_window->setEnvironmentResolver([url](const api::Environment &env, const LoginWindow::ResolveDone &done) {
            done(env.isLocal() ? api::Environment::local(url) : env, {});
        });
        edit("signInEmail")->setText(QStringLiteral("mo@example.org"));
        edit("signInPassword")->setText(QStringLiteral("a-long-password"));
        click(QStringLiteral("Sign in"));
        QVERIFY(waitIdle());
        QCOMPARE(m_window->mode(), LoginWindow::Mode::SecondFactor);
        bool named = false;
        for (QLabel *l : m_window->findChildren<QLabel *>())
            named |= l->isVisible() && l->text().contains(QStringLiteral("+49 170 0000000"));
        QVERIFY(named);
        QVERIFY(edit("secondFactorCode")->text().isEmpty()); // no code from a production answer, no mailbox for phones

        click(QStringLiteral("Back to sign in"));
        canSend = false;
        click(QStringLiteral("Sign in"));
        QVERIFY(waitIdle());
        QCOMPARE(m_window->mode(), LoginWindow::Mode::SignIn);
        QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(m_window->banner()->text().startsWith(
                     QStringLiteral("This account asks for a code sent to a phone, but this "
                                    "server cannot send one.")),
                 qPrintable(m_window->banner()->text()));
        QCOMPARE(m_session->state(), api::Session::State::SignedOut);
        for (const test::FakeRequest &r : fake.requests())
            QVERIFY2(r.header("authorization").isEmpty(), r.target.constData()); // the pending token never travels
    }

    // C34: a wrong code and a too early resend are sentences on the code step; "Back to sign in"
    // abandons the pending sign-in.
    void twoStepErrorsAreSentences()
    {
        edit("signInEmail")->setText(demoTwoFactor);
        edit("signInPassword")->setText(testing::demoPassword);
        click(QStringLiteral("Sign in"));
        QVERIFY(waitIdle());
        QCOMPARE(m_window->mode(), LoginWindow::Mode::SecondFactor);
        const QString code = edit("secondFactorCode")->text();
        QCOMPARE(code.size(), 6); // a --dev-codes server: the answer carries it
        edit("secondFactorCode")->setText(QStringLiteral("12"));
        click(QStringLiteral("Confirm and sign in"));
        QCOMPARE(m_window->banner()->text(), QStringLiteral("Enter the 6-digit code."));
        edit("secondFactorCode")
            ->setText(code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
        click(QStringLiteral("Confirm and sign in"));
        QVERIFY(waitIdle());
        QCOMPARE(m_window->mode(), LoginWindow::Mode::SecondFactor);
        QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(m_window->banner()->text(), QStringLiteral("The code is not correct. Check the code and try again."));
        QVERIFY(!m_session->isSignedIn());
        click(QStringLiteral("Send a new sign-in code"));
        QVERIFY(waitIdle());
        QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(m_window->banner()->text().contains(QStringLiteral("less than a minute ago")),
                 qPrintable(m_window->banner()->text()));
        QCOMPARE(m_window->mode(), LoginWindow::Mode::SecondFactor);
        click(QStringLiteral("Back to sign in"));
        QCOMPARE(m_window->mode(), LoginWindow::Mode::SignIn);
        QCOMPARE(m_session->state(), api::Session::State::SignedOut);
        QVERIFY(!m_session->pendingSecondFactor().isValid());
        // Signing in again starts a new two-step sign-in, and the right code finishes it.
        click(QStringLiteral("Sign in"));
        QVERIFY(waitIdle());
        QCOMPARE(m_window->mode(), LoginWindow::Mode::SecondFactor);
        QSignalSpy signedIn(m_session.get(), &api::Session::signedIn);
        click(QStringLiteral("Confirm and sign in"));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
    }
};

QTEST_MAIN(TestLoginWindow)
#include "tst_loginwindow.moc"
