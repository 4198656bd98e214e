// Every AuthApi call against the real local server (in-process, demo data).
#include "api/apiclient.h"
#include "api/authapi.h"
#include "apitesthelpers.h"
#include "testserver.h"

#include <QRegularExpression>
#include <QTest>

using namespace tutorhub::api;
using namespace tutorhub::test;

class TestAuthApi : public QObject
{
    Q_OBJECT

private:
    TestServer server;
    ApiClient *client = nullptr;
    AuthApi *auth = nullptr;
    int counter = 0;

    QString uniqueEmail(const QString &tag)
    {
        return QStringLiteral("%1.%2.%3@example.org").arg(tag).arg(QCoreApplication::applicationPid()).arg(++counter);
    }

    // Signs in on `client` (sets its token) and returns the session.
    SessionInfo signIn(const QString &email, const QString &password = QString::fromLatin1(kDemoPassword))
    {
        const auto r = await<SessionInfo>([&](auto done) { auth->login(email, password, this, done); });
        if (!r.ok()) {
            qWarning() << "sign-in failed" << email << r.error().debugString();
            return {};
        }
        client->setAccessToken(r.value().accessToken);
        return r.value();
    }

    // Registers and verifies a fresh account; returns its user.
    User freshVerifiedUser(const QString &tag, const QString &password = QStringLiteral("secret-pass-1"))
    {
        const QString email = uniqueEmail(tag);
        const auto reg
            = await<User>([&](auto done) { auth->registerUser("Fresh " + tag, email, password, this, done); });
        if (!reg.ok())
            return {};
        const auto start
            = await<VerificationStart>([&](auto done) { auth->emailVerificationStart(email, this, done); });
        if (!start.ok())
            return {};
        const auto complete = await<VerificationComplete>(
            [&](auto done) { auth->emailVerificationComplete(email, start.value().secretCode, this, done); });
        return complete.ok() ? reg.value() : User();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(server.start());
        client = new ApiClient(nullptr, this);
        client->setEnvironment(Environment::local(server.port()));
        client->setRetryDelays({20, 50});
        auth = new AuthApi(client, this);
    }
    void init() { client->setAccessToken(QString()); }

    void loginAndCurrentUser()
    {
        const auto r = await<SessionInfo>([&](auto done) { auth->login(kStudentLena, kDemoPassword, this, done); });
        QVERIFY2(r.ok(), why(r));
        const SessionInfo s = r.value();
        QVERIFY(s.isValid());
        QCOMPARE(s.email, QString::fromLatin1(kStudentLena));
        QCOMPARE(s.roleId, QStringLiteral("user"));
        QCOMPARE(s.workspace(), Workspace::Student);
        QCOMPARE(s.expiresIn, 86400);
        QCOMPARE(s.accessToken.count(QLatin1Char('.')), 2); // a JWT

        client->setAccessToken(s.accessToken);
        const auto cu = await<SessionInfo>([&](auto done) { auth->currentUser(this, done); });
        QVERIFY2(cu.ok(), why(cu));
        QCOMPARE(cu.value().userId, s.userId);
        QCOMPARE(cu.value().sessionId, s.sessionId);
    }

    void workspacesOfDemoAccounts()
    {
        QCOMPARE(signIn(kAdmin).workspace(), Workspace::Admin);
        QCOMPARE(signIn(kTutorMaria).workspace(), Workspace::Tutor);
        QCOMPARE(signIn(kTutorJames).workspace(), Workspace::Tutor);
        QCOMPARE(signIn(kStudentTom).workspace(), Workspace::Student);
        QCOMPARE(signIn(kStudentAiko).workspace(), Workspace::Student);
    }

    void wrongPasswordAndUnknownEmail()
    {
        for (const auto &[email, password] : {std::pair<QString, QString> {kStudentLena, "wrong-password"},
                                              std::pair<QString, QString> {"nobody@tutorhub.local", kDemoPassword}}) {
            const auto r = await<SessionInfo>([&](auto done) { auth->login(email, password, this, done); });
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, ApiError::Kind::Http);
            QCOMPARE(r.error().httpStatus, 401);
            QCOMPARE(r.error().code, QStringLiteral("errMsg_InvalidCredentials"));
            QCOMPARE(r.error().userMessage(), QStringLiteral("The e-mail or password is not correct."));
        }
    }

    void currentUserWithoutToken()
    {
        const auto r = await<SessionInfo>([&](auto done) { auth->currentUser(this, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 401);
        QVERIFY(r.error().isLoginRequired());
        QVERIFY(!r.error().userMessage().contains("No login found"));
    }

    void reloginReplacesToken()
    {
        const SessionInfo first = signIn(kStudentTom);
        QVERIFY(first.isValid());
        const auto r = await<SessionInfo>([&](auto done) { auth->relogin(this, done); });
        QVERIFY2(r.ok(), why(r));
        QVERIFY(r.value().accessToken != first.accessToken);
        QCOMPARE(r.value().userId, first.userId);
        // The old token stops working (D6).
        const auto old = await<SessionInfo>([&](auto done) { auth->currentUser(this, done); });
        QCOMPARE(old.error().httpStatus, 401);
        client->setAccessToken(r.value().accessToken);
        const auto fresh = await<SessionInfo>([&](auto done) { auth->currentUser(this, done); });
        QVERIFY2(fresh.ok(), why(fresh));
    }

    void logoutEndsSession()
    {
        QVERIFY(signIn(kStudentAiko).isValid());
        const auto r = await<void>([&](auto done) { auth->logout(this, done); });
        QVERIFY2(r.ok(), why(r));
        const auto cu = await<SessionInfo>([&](auto done) { auth->currentUser(this, done); });
        QCOMPARE(cu.error().httpStatus, 401);
        const auto again = await<SessionInfo>([&](auto done) { auth->relogin(this, done); });
        QVERIFY(!again.ok());
    }

    void publicKey()
    {
        const auto r = await<PublicKey>([&](auto done) { auth->publicKey(QString(), this, done); });
        QVERIFY2(r.ok(), why(r));
        QVERIFY(r.value().keyData.contains("BEGIN PUBLIC KEY"));
        QVERIFY(!r.value().keyId.isEmpty());
    }

    void registrationVerificationAndDuplicates()
    {
        const QString email = uniqueEmail("reg");
        const auto reg
            = await<User>([&](auto done) { auth->registerUser("Reg Test", email, "secret-pass-1", this, done); });
        QVERIFY2(reg.ok(), why(reg));
        QCOMPARE(reg.value().roleId, QStringLiteral("user"));
        QCOMPARE(reg.value().email, email);
        QVERIFY(!reg.value().emailVerified);

        const auto dup
            = await<User>([&](auto done) { auth->registerUser("Reg Again", email, "secret-pass-1", this, done); });
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().httpStatus, 409);
        QCOMPARE(dup.error().code, QStringLiteral("errMsg_EmailAlreadyRegistered"));
        QVERIFY(dup.error().userMessage().contains("already exists"));

        const auto weak
            = await<User>([&](auto done) { auth->registerUser("Weak", uniqueEmail("weak"), "short", this, done); });
        QCOMPARE(weak.error().code, QStringLiteral("errMsg_WeakPassword"));
        const auto bad
            = await<User>([&](auto done) { auth->registerUser("Bad", "not-an-email", "secret-pass-1", this, done); });
        QCOMPARE(bad.error().code, QStringLiteral("errMsg_InvalidEmail"));
        QCOMPARE(bad.error().httpStatus, 400);

        // Unverified accounts cannot sign in (D12).
        const auto early = await<SessionInfo>([&](auto done) { auth->login(email, "secret-pass-1", this, done); });
        QCOMPARE(early.error().httpStatus, 403);
        QCOMPARE(early.error().code, QStringLiteral("errMsg_EmailVerificationNeeded"));
        QVERIFY(early.error().userMessage().contains("not verified"));

        const auto start
            = await<VerificationStart>([&](auto done) { auth->emailVerificationStart(email, this, done); });
        QVERIFY2(start.ok(), why(start));
        QVERIFY(start.value().hasSecretCode()); // the test server runs with --dev-codes (SEC1)
        QVERIFY(QRegularExpression("^\\d{6}$").match(start.value().secretCode).hasMatch());
        QCOMPARE(start.value().expireTime, 600);

        const auto resend
            = await<VerificationStart>([&](auto done) { auth->emailVerificationStart(email, this, done); });
        QCOMPARE(resend.error().code, QStringLiteral("errMsg_CodeResendTooFrequent"));
        QCOMPARE(resend.error().httpStatus, 403);

        const QString wrongCode = start.value().secretCode == "000000" ? "111111" : "000000";
        const auto wrong = await<VerificationComplete>(
            [&](auto done) { auth->emailVerificationComplete(email, wrongCode, this, done); });
        QCOMPARE(wrong.error().code, QStringLiteral("errMsg_CodeMismatch"));

        const auto ok = await<VerificationComplete>(
            [&](auto done) { auth->emailVerificationComplete(email, start.value().secretCode, this, done); });
        QVERIFY2(ok.ok(), why(ok));
        QVERIFY(ok.value().isVerified);

        const auto already
            = await<VerificationStart>([&](auto done) { auth->emailVerificationStart(email, this, done); });
        QCOMPARE(already.error().code, QStringLiteral("errMsg_AlreadyVerified"));
        QVERIFY(already.error().userMessage().contains("already verified"));

        QVERIFY(signIn(email, "secret-pass-1").isValid());
    }

    void passwordReset()
    {
        const User u = freshVerifiedUser("reset");
        QVERIFY(u.isValid());
        const auto start
            = await<VerificationStart>([&](auto done) { auth->passwordResetByEmailStart(u.email, this, done); });
        QVERIFY2(start.ok(), why(start));
        QVERIFY(start.value().hasSecretCode());
        const auto done_ = await<VerificationComplete>([&](auto done) {
            auth->passwordResetByEmailComplete(u.email, start.value().secretCode, "brand-new-pass", this, done);
        });
        QVERIFY2(done_.ok(), why(done_));
        const auto old = await<SessionInfo>([&](auto done) { auth->login(u.email, "secret-pass-1", this, done); });
        QCOMPARE(old.error().code, QStringLiteral("errMsg_InvalidCredentials"));
        QVERIFY(signIn(u.email, "brand-new-pass").isValid());

        const auto unknown = await<VerificationStart>(
            [&](auto done) { auth->passwordResetByEmailStart("nobody-at-all@example.org", this, done); });
        QVERIFY(!unknown.ok());
        QVERIFY(!unknown.error().userMessage().isEmpty());
    }

    void profileAndPassword()
    {
        const User u = freshVerifiedUser("profile");
        QVERIFY(u.isValid());
        QVERIFY(signIn(u.email, "secret-pass-1").isValid());

        const auto got = await<User>([&](auto done) { auth->getUser(u.id, this, done); });
        QVERIFY2(got.ok(), why(got));
        QCOMPARE(got.value().email, u.email);
        QVERIFY(got.value().createdAt.isValid());

        const auto upd = await<User>([&](auto done) {
            auth->updateProfile(u.id, QJsonObject {{"bio", "I like maths."}, {"accountStatus", "banned"}}, this, done);
        });
        QVERIFY2(upd.ok(), why(upd));
        QCOMPARE(upd.value().bio, QStringLiteral("I like maths."));
        QCOMPARE(upd.value().accountStatus, QStringLiteral("active")); // ignored (D10)

        const auto wrongOld = await<User>(
            [&](auto done) { auth->updateUserPassword(u.id, "nope-nope-nope", "another-pass-2", this, done); });
        QCOMPARE(wrongOld.error().code, QStringLiteral("errMsg_WrongOldPassword"));
        QCOMPARE(wrongOld.error().userMessage(), QStringLiteral("The current password is not correct."));
        const auto pw = await<User>(
            [&](auto done) { auth->updateUserPassword(u.id, "secret-pass-1", "another-pass-2", this, done); });
        QVERIFY2(pw.ok(), why(pw));

        const auto brief = await<User>([&](auto done) { auth->getBriefUser(u.id, this, done); });
        QVERIFY2(brief.ok(), why(brief));

        // Somebody else's full record is not for a student.
        const SessionInfo lena = signIn(kStudentLena);
        const auto other = await<User>([&](auto done) { auth->getUser(u.id, this, done); });
        QCOMPARE(other.error().httpStatus, 403);
        QVERIFY(lena.isValid());
    }

    void tutorApplicationReviewedByAdmin()
    {
        const User u = freshVerifiedUser("apply");
        QVERIFY(u.isValid());
        QVERIFY(signIn(u.email, "secret-pass-1").isValid());
        const auto applied = await<User>([&](auto done) {
            auth->applyAsTutor(u.id,
                               QJsonObject {{"certifications", "CELTA"},
                                            {"qualifications", "MSc"},
                                            {"bio", "Teacher"},
                                            {"specializations", "English"}},
                               this, done);
        });
        QVERIFY2(applied.ok(), why(applied));
        QCOMPARE(applied.value().applicationStatus(), TutorApplicationStatus::Pending);

        QVERIFY(signIn(kAdmin).isValid());
        const auto reviewed
            = await<User>([&](auto done) { auth->reviewTutorApplication(u.id, true, "Welcome", this, done); });
        QVERIFY2(reviewed.ok(), why(reviewed));
        QCOMPARE(reviewed.value().roleId, QStringLiteral("tutor"));
        QCOMPARE(reviewed.value().applicationStatus(), TutorApplicationStatus::Approved);
    }

    void adminLists()
    {
        QVERIFY(signIn(kAdmin).isValid());
        ListQuery q;
        q.pageRowCount = 3;
        const auto page = await<UserPage>([&](auto done) { auth->listUsers(q, this, done); });
        QVERIFY2(page.ok(), why(page));
        QCOMPARE(page.value().items.size(), 3);
        QVERIFY(page.value().paging.totalRowCount >= 6);

        ListQuery tutors;
        tutors.pageNumber = 0;
        tutors.filter("roleId", "tutor");
        const auto t = await<UserPage>([&](auto done) { auth->listUsers(tutors, this, done); });
        QVERIFY2(t.ok(), why(t));
        QStringList emails;
        for (const User &x : t.value().items) {
            QCOMPARE(x.roleId, QStringLiteral("tutor"));
            emails << x.email;
        }
        QVERIFY(emails.contains(kTutorMaria));

        const auto s = await<UserPage>([&](auto done) { auth->searchUsers("keller", ListQuery(), this, done); });
        QVERIFY2(s.ok(), why(s));
        QVERIFY(!s.value().items.isEmpty());
        QCOMPARE(s.value().items.first().email, QString::fromLatin1(kTutorMaria));

        QVERIFY(signIn(kStudentLena).isValid());
        const auto denied = await<UserPage>([&](auto done) { auth->listUsers(ListQuery(), this, done); });
        QCOMPARE(denied.error().httpStatus, 403);
        QVERIFY(denied.error().userMessage().contains("not allowed"));
    }

    void adminRoleAndPassword()
    {
        const User u = freshVerifiedUser("role");
        QVERIFY(u.isValid());
        QVERIFY(signIn(kAdmin).isValid());
        const auto role = await<User>([&](auto done) { auth->updateUserRole(u.id, "tutor", this, done); });
        QVERIFY2(role.ok(), why(role));
        QCOMPARE(role.value().roleId, QStringLiteral("tutor"));
        const auto pw
            = await<User>([&](auto done) { auth->updateUserPasswordByAdmin(u.id, "admin-set-pass", this, done); });
        QVERIFY2(pw.ok(), why(pw));
        QCOMPARE(signIn(u.email, "admin-set-pass").workspace(), Workspace::Tutor);
    }

    void bannedSuspendedArchived()
    {
        const User banned = freshVerifiedUser("banned");
        const User suspended = freshVerifiedUser("suspended");
        const User archived = freshVerifiedUser("archived");
        QVERIFY(banned.isValid() && suspended.isValid() && archived.isValid());

        QVERIFY(signIn(kAdmin).isValid());
        QVERIFY(await<User>([&](auto done) {
                    auth->updateUser(banned.id, {{"accountStatus", "banned"}}, this, done);
                }).ok());
        QVERIFY(await<User>([&](auto done) {
                    auth->updateUser(suspended.id, {{"accountStatus", "suspended"}}, this, done);
                }).ok());

        QVERIFY(signIn(archived.email, "secret-pass-1").isValid());
        const auto arch = await<User>([&](auto done) { auth->archiveProfile(archived.id, this, done); });
        QVERIFY2(arch.ok(), why(arch));
        QVERIFY(!arch.value().isActive);

        const struct
        {
            QString email;
            QString code;
            QString words;
        } cases[] = {
            {banned.email, "errMsg_AccountBanned", "banned"},
            {suspended.email, "errMsg_AccountSuspended", "suspended"},
            {archived.email, "errMsg_AccountArchived", "closed"},
        };
        for (const auto &c : cases) {
            const auto r = await<SessionInfo>([&](auto done) { auth->login(c.email, "secret-pass-1", this, done); });
            QVERIFY(!r.ok());
            QCOMPARE(r.error().httpStatus, 403);
            QCOMPARE(r.error().code, c.code);
            QVERIFY(r.error().userMessage().contains(c.words));
            QVERIFY(r.error().userMessage().contains(ApiError::supportContact()));
        }
    }

    void notFound()
    {
        QVERIFY(signIn(kAdmin).isValid());
        const auto r
            = await<User>([&](auto done) { auth->getUser("00000000-0000-0000-0000-000000000000", this, done); });
        QCOMPARE(r.error().httpStatus, 404);
        QVERIFY(!r.error().userMessage().isEmpty());
        QVERIFY(!r.error().userMessage().contains("errMsg"));
    }

    // Last: the server goes away.
    void serverGone()
    {
        QVERIFY(signIn(kStudentLena).isValid());
        const quint16 port = server.port();
        server.stop();
        const auto r = await<SessionInfo>([&](auto done) { auth->currentUser(this, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Network);
        QVERIFY2(r.error().userMessage().contains(
                     QStringLiteral("Cannot reach the local TutorHub server at http://127.0.0.1:%1").arg(port)),
                 qPrintable(r.error().userMessage()));
    }
};

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_authapi.moc"
