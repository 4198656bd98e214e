// No secret service (DBUS_SESSION_BUS_ADDRESS points nowhere, set by CMake): the keychain store
// says so plainly with a sentence, never falls back to plaintext.
#include "api/appsettings.h"
#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "apitesthelpers.h"
#include "testserver.h"

#include <QSettings>
#include <QTemporaryDir>

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace tutorhub::api;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"),
                 "this test must run without a session bus");
    }

    void writeReportsUnavailable()
    {
        KeychainTokenStore store(QStringLiteral("TutorHub Desktop Tests"));
        QSignalSpy availability(&store, &TokenStore::availabilityChanged);
        TokenStoreResult result;
        bool done = false;
        store.write("local/a@b.cd", "secret-token-value", this, [&](const TokenStoreResult &r) {
            result = r;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        QCOMPARE(result.status, TokenStoreResult::Status::Unavailable);
        QCOMPARE(result.message, KeychainTokenStore::noKeyringReason());
        QVERIFY(result.message.contains("cannot remember your sign-in"));
        QVERIFY(!store.available());
        QCOMPARE(store.unavailableReason(), KeychainTokenStore::noKeyringReason());
        QCOMPARE(availability.count(), 1);

        done = false;
        store.read("local/a@b.cd", this, [&](const TokenStoreResult &r) {
            result = r;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        QCOMPARE(result.status, TokenStoreResult::Status::Unavailable);
        QVERIFY(result.token.isEmpty());
    }

    // Sign-in still works; the app is told plainly that the session cannot be remembered.
    void signInWithoutKeyring()
    {
        tutorhub::test::TestServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
        AppSettings settingsApp(&settings);
        ApiClient client;
        client.setEnvironment(Environment::local(server.port()));
        AuthApi auth(&client);
        KeychainTokenStore store(QStringLiteral("TutorHub Desktop Tests"));
        Session session(&client, &auth, &store, &settingsApp);
        QSignalSpy in(&session, &Session::signedIn);
        QSignalSpy unavailable(&session, &Session::rememberUnavailable);
        session.signIn(tutorhub::test::kStudentLena, tutorhub::test::kDemoPassword, true);
        QTRY_COMPARE_WITH_TIMEOUT(in.count(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.count(), 1, 20000);
        QCOMPARE(unavailable.at(0).at(0).toString(), KeychainTokenStore::noKeyringReason());
        QCOMPARE(session.state(), Session::State::SignedIn);
        QVERIFY(client.hasAccessToken());

        // No plaintext fallback: the token is nowhere on disk we control.
        settings.sync();
        QFile f(settings.fileName());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(client.accessToken().toUtf8()));

        // Next start: nothing to restore, and the reason is repeated.
        ApiClient client2;
        client2.setEnvironment(Environment::local(server.port()));
        AuthApi auth2(&client2);
        Session session2(&client2, &auth2, &store, &settingsApp);
        QSignalSpy finished(&session2, &Session::restoreFinished);
        QSignalSpy unavailable2(&session2, &Session::rememberUnavailable);
        session2.restore();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(unavailable2.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
