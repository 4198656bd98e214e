// Session against the real local server: sign-in, restore in a new Session object, relogin on 401,
// sign-out. Tokens live in a MemoryTokenStore shared between the Session objects (the keychain
// version of the restore runs in tst_api_keychain).
#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/appsettings.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "apitesthelpers.h"
#include "fakehttpserver.h"
#include "testserver.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tutorhub::api;
using namespace tutorhub::test;

namespace {

// One app instance: client + auth + session over shared store and settings.
struct App
{
    App(const Environment &env, TokenStore *store, AppSettings *settings)
    {
        client = std::make_unique<ApiClient>();
        client->setEnvironment(env);
        client->setRetryDelays({20, 50});
        auth = std::make_unique<AuthApi>(client.get());
        session = std::make_unique<Session>(client.get(), auth.get(), store, settings);
    }
    ~App()
    {
        session.reset();
        auth.reset();
        client.reset();
    }
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<AuthApi> auth;
    std::unique_ptr<Session> session;
};

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private:
    TestServer server;
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<AppSettings> appSettings;
    std::unique_ptr<MemoryTokenStore> store;

    Environment env() const { return Environment::local(server.port()); }

    bool signIn(App &app, const QString &email, bool remember,
                const QString &password = QString::fromLatin1(kDemoPassword))
    {
        QSignalSpy in(app.session.get(), &Session::signedIn);
        QSignalSpy failed(app.session.get(), &Session::signInFailed);
        app.session->signIn(email, password, remember);
        return QTest::qWaitFor([&] { return in.count() + failed.count() > 0; }, 20000) && in.count() == 1;
    }

    // currentuser with an explicit token, through a separate client.
    int statusWithToken(const QString &token)
    {
        ApiClient c;
        c.setEnvironment(env());
        c.setAccessToken(token);
        AuthApi a(&c);
        const auto r = await<SessionInfo>([&](auto done) { a.currentUser(this, done); });
        return r.ok() ? 200 : r.error().httpStatus;
    }

private slots:
    void initTestCase() { QVERIFY(server.start()); }
    void init()
    {
        QVERIFY(dir.isValid());
        settings = std::make_unique<QSettings>(
            dir.filePath(QStringLiteral("settings-%1.ini").arg(QTest::currentTestFunction())), QSettings::IniFormat);
        settings->clear();
        appSettings = std::make_unique<AppSettings>(settings.get());
        store = std::make_unique<MemoryTokenStore>();
    }
    void cleanup()
    {
        appSettings.reset();
        settings.reset();
        store.reset();
    }

    void signInFetchesFullUser()
    {
        App app(env(), store.get(), appSettings.get());
        QSignalSpy states(app.session.get(), &Session::stateChanged);
        QVERIFY(signIn(app, kTutorMaria, true));
        QCOMPARE(app.session->state(), Session::State::SignedIn);
        QCOMPARE(states.count(), 2);
        QCOMPARE(states.at(0).at(0).value<Session::State>(), Session::State::SigningIn);
        QCOMPARE(states.at(1).at(0).value<Session::State>(), Session::State::SignedIn);
        const User u = app.session->currentUser();
        QCOMPARE(u.email, QString::fromLatin1(kTutorMaria));
        QCOMPARE(u.workspace(), Workspace::Tutor);
        QVERIFY(u.createdAt.isValid()); // the full record, not just the session fields
        QVERIFY(app.client->hasAccessToken());

        // Token in the store under env + e-mail, never in the settings file.
        const QString key = TokenStore::makeKey(env(), kTutorMaria);
        QTRY_COMPARE(store->contents().value(key), app.client->accessToken());
        settings->sync();
        QFile f(settings->fileName());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ini = f.readAll();
        QVERIFY(!ini.contains(app.client->accessToken().toUtf8()));
        QVERIFY(!ini.contains(app.client->accessToken().left(20).toUtf8()));
        QCOMPARE(app.session->rememberedEmail(), QString::fromLatin1(kTutorMaria));
        QCOMPARE(app.session->rememberedEnvironmentId(), QStringLiteral("local"));
        QVERIFY(app.session->rememberMe());
    }

    void wrongPasswordFails()
    {
        App app(env(), store.get(), appSettings.get());
        QSignalSpy failed(app.session.get(), &Session::signInFailed);
        QVERIFY(!signIn(app, kStudentLena, true, "wrong-password"));
        QCOMPARE(failed.count(), 1);
        const auto e = failed.at(0).at(0).value<ApiError>();
        QCOMPARE(e.userMessage(), QStringLiteral("The e-mail or password is not correct."));
        QCOMPARE(app.session->state(), Session::State::SignedOut);
        QVERIFY(!app.client->hasAccessToken());
        QVERIFY(store->contents().isEmpty());
    }

    void restoreInNewSessionThenSignOut()
    {
        QString firstToken;
        {
            App first(env(), store.get(), appSettings.get());
            QVERIFY(signIn(first, kStudentLena, true));
            firstToken = first.client->accessToken();
            QTRY_VERIFY(!store->contents().isEmpty());
        } // app closed without signing out

        App second(env(), store.get(), appSettings.get());
        QSignalSpy in(second.session.get(), &Session::signedIn);
        QSignalSpy finished(second.session.get(), &Session::restoreFinished);
        second.session->restore();
        QCOMPARE(second.session->state(), Session::State::Restoring);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(in.count(), 1);
        QCOMPARE(second.session->currentUser().email, QString::fromLatin1(kStudentLena));
        const QString restored = second.client->accessToken();
        QVERIFY(!restored.isEmpty() && restored != firstToken); // relogin issued a new token
        QCOMPARE(statusWithToken(firstToken), 401); // and the old one is dead
        QTRY_COMPARE(store->contents().value(TokenStore::makeKey(env(), kStudentLena)), restored);

        QSignalSpy out(second.session.get(), &Session::signedOut);
        second.session->signOut();
        QCOMPARE(out.count(), 1);
        QCOMPARE(second.session->state(), Session::State::SignedOut);
        QVERIFY(!second.client->hasAccessToken());
        QTRY_VERIFY(store->contents().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(statusWithToken(restored), 401, 10000); // logout reached the server

        // Nothing left to restore.
        App third(env(), store.get(), appSettings.get());
        QSignalSpy f3(third.session.get(), &Session::restoreFinished);
        QSignalSpy failed3(third.session.get(), &Session::restoreFailed);
        third.session->restore();
        QTRY_COMPARE(f3.count(), 1);
        QCOMPARE(f3.at(0).at(0).toBool(), false);
        QCOMPARE(failed3.count(), 0);
    }

    void signOutWorksWithoutNetwork()
    {
        TestServer local;
        QVERIFY(local.start());
        const Environment e = Environment::local(local.port());
        App app(e, store.get(), appSettings.get());
        QVERIFY(signIn(app, kStudentTom, true));
        QTRY_VERIFY(!store->contents().isEmpty());
        local.stop();
        app.session->signOut();
        QCOMPARE(app.session->state(), Session::State::SignedOut);
        QVERIFY(!app.client->hasAccessToken());
        QTRY_VERIFY(store->contents().isEmpty());
    }

    void restoreWithDeadTokenForgetsIt()
    {
        QString token;
        {
            App first(env(), store.get(), appSettings.get());
            QVERIFY(signIn(first, kStudentAiko, true));
            token = first.client->accessToken();
            QTRY_VERIFY(!store->contents().isEmpty());
        }
        // Kill the session server-side (as if it was signed out elsewhere).
        {
            ApiClient c;
            c.setEnvironment(env());
            c.setAccessToken(token);
            AuthApi a(&c);
            QVERIFY(await<void>([&](auto done) { a.logout(this, done); }).ok());
        }
        App second(env(), store.get(), appSettings.get());
        QSignalSpy failed(second.session.get(), &Session::restoreFailed);
        QSignalSpy finished(second.session.get(), &Session::restoreFinished);
        second.session->restore();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(failed.count(), 1);
        const auto e = failed.at(0).at(0).value<ApiError>();
        QVERIFY(!e.userMessage().isEmpty());
        QCOMPARE(second.session->state(), Session::State::SignedOut);
        QTRY_VERIFY(store->contents().isEmpty());
    }

    // U71: a restore whose relogin cannot reach the server signs in from the user last known (offline); a server that
    // answers (503, 401) never leads there, nor a missing known user: restoreFailed as before.
    void restoreOfflineOnlyWhenOutOfReach()
    {
        TestServer local;
        QVERIFY(local.start());
        const Environment e = Environment::local(local.port());
        const KnownUsers known(dir.filePath(QStringLiteral("data-%1").arg(QTest::currentTestFunction())));
        User lena;
        {
            App first(e, store.get(), appSettings.get());
            first.session->setKnownUsers(known);
            QVERIFY(signIn(first, kStudentLena, true));
            lena = first.session->currentUser();
            QTRY_VERIFY(!store->contents().isEmpty());
        }
        QVERIFY(known.find(e, QString::fromLatin1(kStudentLena)));
        const QString token = store->contents().cbegin().value();
        local.stop(); // its port refuses connections from now on

        const auto restore = [&](App &app, bool *result) {
            QSignalSpy finished(app.session.get(), &Session::restoreFinished);
            QSignalSpy failed(app.session.get(), &Session::restoreFailed);
            app.session->restore();
            if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 20000))
                return -1;
            *result = finished.at(0).at(0).toBool();
            return int(failed.count());
        };
        bool ok = true;
        { // the server answers 503 (it is there, just busy): not offline
            FakeHttpServer fake;
            QVERIFY(fake.listen());
            fake.setScript({FakeResponse::json(503, R"({"status":"ERR","errCode":503,"errMsg":"busy"})")});
            App app(Environment::local(fake.port()), store.get(), appSettings.get()); // the same keys ("local")
            app.session->setKnownUsers(known);
            QCOMPARE(restore(app, &ok), 1);
            QVERIFY(!ok);
            QVERIFY(fake.requestCount() > 0);
            QVERIFY(!app.session->isRestoredOffline());
            QVERIFY(app.client->isOnline());
            QCOMPARE(store->contents().value(TokenStore::makeKey(e, QString::fromLatin1(kStudentLena))), token); // kept
        }
        { // out of reach, no known user given: the network sentence as before
            App app(e, store.get(), appSettings.get());
            QCOMPARE(restore(app, &ok), 1);
            QVERIFY(!ok);
            QVERIFY(!app.session->isSignedIn());
        }
        { // out of reach with the known user: signed in from it
            App app(e, store.get(), appSettings.get());
            app.session->setKnownUsers(known);
            QSignalSpy in(app.session.get(), &Session::signedIn);
            QCOMPARE(restore(app, &ok), 0);
            QVERIFY(ok);
            QCOMPARE(in.count(), 1);
            QVERIFY(app.session->isSignedIn());
            QVERIFY(app.session->isRestoredOffline());
            QCOMPARE(app.session->currentUser().id, lena.id);
            QCOMPARE(app.session->currentUser().workspace(), Workspace::Student);
            QVERIFY(!app.client->isOnline());
            QCOMPARE(app.client->accessToken(), token);
            QVERIFY(app.client->serverFeatures().asked);
        }
        { // the server refuses the token (401): forgotten, no offline start
            FakeHttpServer fake;
            QVERIFY(fake.listen());
            fake.setScript({FakeResponse::json(401, R"({"status":"ERR","errCode":401,"errMsg":"Cannot relogin"})")});
            App app(Environment::local(fake.port()), store.get(), appSettings.get());
            app.session->setKnownUsers(known);
            QCOMPARE(restore(app, &ok), 1);
            QVERIFY(!ok);
            QVERIFY(!app.session->isRestoredOffline());
            QTRY_VERIFY(store->contents().isEmpty());
        }
    }

    void notRememberedLeavesNoToken()
    {
        App app(env(), store.get(), appSettings.get());
        QVERIFY(signIn(app, kStudentLena, false));
        QTest::qWait(50);
        QVERIFY(store->contents().isEmpty());
        QVERIFY(!app.session->rememberMe());
        App second(env(), store.get(), appSettings.get());
        QSignalSpy finished(second.session.get(), &Session::restoreFinished);
        second.session->restore();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
    }

    void rememberUnavailableStillSignsIn()
    {
        store->simulateUnavailable({});
        App app(env(), store.get(), appSettings.get());
        QSignalSpy unavailable(app.session.get(), &Session::rememberUnavailable);
        QVERIFY(signIn(app, kStudentLena, true));
        QTRY_COMPARE(unavailable.count(), 1);
        QVERIFY(unavailable.at(0).at(0).toString().contains("cannot remember your sign-in"));
        QCOMPARE(app.session->state(), Session::State::SignedIn);
    }

    // The session's token is invalidated behind its back (another relogin): the next request gets
    // 401, Session tries relogin once with the dead token, is refused -> session expired.
    void reloginRefusedExpiresSession()
    {
        App app(env(), store.get(), appSettings.get());
        QVERIFY(signIn(app, kStudentTom, true));
        {
            ApiClient c;
            c.setEnvironment(env());
            c.setAccessToken(app.client->accessToken());
            AuthApi a(&c);
            QVERIFY(await<SessionInfo>([&](auto done) { a.relogin(this, done); }).ok());
        }
        QSignalSpy expired(app.session.get(), &Session::sessionExpired);
        const auto r = await<User>([&](auto done) { app.auth->getUser(app.session->currentUser().id, this, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::SessionExpired);
        QVERIFY(r.error().userMessage().contains("sign in again"));
        QCOMPARE(expired.count(), 1);
        QCOMPARE(app.session->state(), Session::State::SignedOut);
        QVERIFY(!app.client->hasAccessToken());
        QTRY_VERIFY(store->contents().isEmpty());
    }

    void bannedUserCannotSignIn()
    {
        // Ban a fresh account as admin, then try to sign in with it.
        App admin(env(), store.get(), appSettings.get());
        QVERIFY(signIn(admin, kAdmin, false));
        const QString email = QStringLiteral("ban.%1@example.org").arg(QCoreApplication::applicationPid());
        const auto created
            = await<User>([&](auto done) { admin.auth->registerUser("Ban Me", email, "secret-pass-1", this, done); });
        QVERIFY2(created.ok(), why(created));
        const auto code
            = await<VerificationStart>([&](auto done) { admin.auth->emailVerificationStart(email, this, done); });
        QVERIFY2(code.ok(), why(code));
        QVERIFY(await<VerificationComplete>([&](auto done) {
                    admin.auth->emailVerificationComplete(email, code.value().secretCode, this, done);
                }).ok());
        QVERIFY(await<User>([&](auto done) {
                    admin.auth->updateUser(created.value().id, {{"accountStatus", "banned"}}, this, done);
                }).ok());

        App app(env(), store.get(), appSettings.get());
        QSignalSpy failed(app.session.get(), &Session::signInFailed);
        QVERIFY(!signIn(app, email, true, "secret-pass-1"));
        QCOMPARE(failed.count(), 1);
        const auto e = failed.at(0).at(0).value<ApiError>();
        QCOMPARE(e.httpStatus, 403);
        QVERIFY2(e.userMessage().startsWith("This account has been banned."), qPrintable(e.userMessage()));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
