// Issue 5 (decision T1): when the signed-in user's role changes (a tutor application approved while the
// student works), Session::refreshUser() makes the application replace the main window by the new
// workspace's — without a new sign-in (the login window is not shown again).
#include "../ui/uitesthelpers.h"

#include "application.h"

#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/session.h"
#include "models/workspacenavigationmodel.h"
#include "ui/mainwindow.h"

#include <QLineEdit>
#include <QPushButton>

#include <optional>

using namespace tutorhub;
using app::Application;

namespace {
template<typename T>
api::Result<T> await(const std::function<void(api::Callback<T>)> &start)
{
    std::optional<api::Result<T>> out;
    start([&out](const api::Result<T> &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 20000);
    return out ? *out : api::Result<T>::failure(api::ApiError(api::ApiError::Kind::Timeout));
}
} // namespace

class TestWorkspaceSwitch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void approvedApplicationOpensTheTutorWorkspace()
    {
        if (qEnvironmentVariableIsEmpty("TUTORHUB_SERVER_BIN"))
            QSKIP("TUTORHUB_SERVER_BIN is not set (server part not built)");
        app::LocalServer server;
        QString why;
        QTemporaryDir dir;
        QVERIFY2(testing::startDemoServer(server, dir, &why), qPrintable(why));

        // A new, verified user who has applied.
        api::ApiClient side;
        side.setEnvironment(api::Environment::local(server.url()));
        api::AuthApi auth(&side);
        QObject ctx;
        const QString email = QStringLiteral("switch.%1@example.org").arg(QDateTime::currentMSecsSinceEpoch());
        const QString password = QStringLiteral("another-good-password-2");
        const auto user = await<api::User>(
            [&](auto done) { auth.registerUser(QStringLiteral("Ola Switch"), email, password, &ctx, done); });
        QVERIFY(user.ok());
        const auto code
            = await<api::VerificationStart>([&](auto done) { auth.emailVerificationStart(email, &ctx, done); });
        QVERIFY(code.ok());
        QVERIFY(await<api::VerificationComplete>([&](auto done) {
                    auth.emailVerificationComplete(email, code.value().secretCode, &ctx, done);
                }).ok());

        Application::Config c;
        c.options = app::CommandLine::parse({QStringLiteral("tutorhub"), QStringLiteral("--server-url"),
                                             server.url().toString(), QStringLiteral("--data-dir"),
                                             m_dir.filePath(QStringLiteral("a"))});
        c.serverProgram = m_dir.filePath(QStringLiteral("missing/tutorhub-server"));
        Application app(c);
        QSignalSpy login(&app, &Application::loginWindowShown);
        QSignalSpy main(&app, &Application::mainWindowShown);
        app.start();
        QTRY_COMPARE_WITH_TIMEOUT(login.count(), 1, 10000);
        ui::LoginWindow *window = app.loginWindow();
        window->findChild<QLineEdit *>(QStringLiteral("signInEmail"))->setText(email);
        window->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->setText(password);
        testing::findByName<QPushButton>(window, QStringLiteral("Sign in"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(main.count(), 1, 15000);
        QCOMPARE(app.mainWindow()->navigationModel()->workspace(), api::Workspace::Student);
        QVERIFY(app.mainWindow()->navigationModel()->rowOf(QStringLiteral("become-tutor")) >= 0);

        // Apply (as the user, on the app's own client) and approve (as an admin, elsewhere).
        const QJsonObject application {
            {QStringLiteral("specializations"), QStringLiteral("Chess")},
            {QStringLiteral("bio"), QStringLiteral("Club trainer for twelve years, FIDE instructor.")},
            {QStringLiteral("qualifications"), QStringLiteral("FIDE Instructor")}};
        api::ApiClient admin;
        admin.setEnvironment(api::Environment::local(server.url()));
        api::AuthApi adminAuth(&admin);
        const auto adminSession = await<api::SessionInfo>(
            [&](auto done) { adminAuth.login(testing::demoAdmin, testing::demoPassword, &ctx, done); });
        QVERIFY(adminSession.ok());
        admin.setAccessToken(adminSession.value().accessToken);
        const auto userSession = await<api::SessionInfo>([&](auto done) { auth.login(email, password, &ctx, done); });
        QVERIFY(userSession.ok());
        side.setAccessToken(userSession.value().accessToken);
        QVERIFY(await<api::User>([&](auto done) { auth.applyAsTutor(user.value().id, application, &ctx, done); }).ok());
        QVERIFY(await<api::User>([&](auto done) {
                    adminAuth.reviewTutorApplication(user.value().id, true, QStringLiteral("Welcome"), &ctx, done);
                }).ok());

        // The running app learns it from refreshUser(): the tutor workspace replaces the window, no sign-in.
        app.session()->refreshUser();
        QTRY_COMPARE_WITH_TIMEOUT(main.count(), 2, 15000);
        QCOMPARE(app.mainWindow()->navigationModel()->workspace(), api::Workspace::Tutor);
        QCOMPARE(login.count(), 1);
        QVERIFY(app.session()->isSignedIn());
        QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow()->isVisible(), 5000);
    }
};

QTEST_MAIN(TestWorkspaceSwitch)
#include "tst_app_workspaceswitch.moc"
