// KeychainTokenStore round trip through the OS secret service (ARCHITECTURE settled decision 3).
// Needs an unlocked keyring on the session bus: scripts/test.sh runs ctest under dbus-run-session
// with gnome-keyring; locally use the TOOLCHAIN.md recipe. Without one this test FAILS on purpose.
#include "api/appsettings.h"
#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "apitesthelpers.h"
#include "testserver.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tutorhub::api;

namespace {
TokenStoreResult run(const std::function<void(TokenStore::Done)> &op)
{
    TokenStoreResult out;
    bool done = false;
    op([&](const TokenStoreResult &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        out.status = TokenStoreResult::Status::Failed, out.detail = QStringLiteral("keychain job timed out");
    return out;
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        KeychainTokenStore store(QStringLiteral("TutorHub Desktop Tests"));
        QCOMPARE(KeychainTokenStore::serviceName(), QStringLiteral("TutorHub Desktop"));
        const QString key = TokenStore::makeKey(Environment::local(quint16(1)), "lena.fischer@tutorhub.local");
        const QString other = TokenStore::makeKey(Environment::fromId("staging"), "lena.fischer@tutorhub.local");

        TokenStoreResult r = run([&](auto done) { store.write(key, "token-one", this, done); });
        QVERIFY2(r.ok(), qPrintable(r.detail + " / " + r.message));
        QVERIFY(store.available());

        r = run([&](auto done) { store.read(key, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.detail));
        QCOMPARE(r.token, QStringLiteral("token-one"));

        r = run([&](auto done) { store.write(key, "token-two", this, done); });
        QVERIFY(r.ok());
        r = run([&](auto done) { store.read(key, this, done); });
        QCOMPARE(r.token, QStringLiteral("token-two"));

        // Keys are namespaced by environment.
        r = run([&](auto done) { store.read(other, this, done); });
        QCOMPARE(r.status, TokenStoreResult::Status::NotFound);

        // A second store object (a new process, as far as the keyring is concerned) sees it.
        KeychainTokenStore again(QStringLiteral("TutorHub Desktop Tests"));
        r = run([&](auto done) { again.read(key, this, done); });
        QCOMPARE(r.token, QStringLiteral("token-two"));

        r = run([&](auto done) { store.remove(key, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.detail));
        r = run([&](auto done) { store.read(key, this, done); });
        QCOMPARE(r.status, TokenStoreResult::Status::NotFound);
        QVERIFY(r.token.isEmpty());
    }

    void memoryStore()
    {
        MemoryTokenStore store;
        QVERIFY(!store.persistent());
        TokenStoreResult r = run([&](auto done) { store.write("local/a@b.cd", "t", this, done); });
        QVERIFY(r.ok());
        r = run([&](auto done) { store.read("local/a@b.cd", this, done); });
        QCOMPARE(r.token, QStringLiteral("t"));
        r = run([&](auto done) { store.remove("local/a@b.cd", this, done); });
        QVERIFY(r.ok());
        r = run([&](auto done) { store.read("local/a@b.cd", this, done); });
        QCOMPARE(r.status, TokenStoreResult::Status::NotFound);

        QSignalSpy spy(&store, &TokenStore::availabilityChanged);
        store.simulateUnavailable({});
        QCOMPARE(spy.count(), 1);
        r = run([&](auto done) { store.write("local/a@b.cd", "t", this, done); });
        QCOMPARE(r.status, TokenStoreResult::Status::Unavailable);
        QCOMPARE(r.message, KeychainTokenStore::noKeyringReason());
    }

    // Sign in with "remember me", quit, start again: the session comes back from the keyring.
    void sessionRestoreThroughKeyring()
    {
        tutorhub::test::TestServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);
        AppSettings settingsApp(&settings);
        const Environment env = Environment::local(server.port());
        const QString key = TokenStore::makeKey(env, tutorhub::test::kStudentLena);
        QString token;
        {
            ApiClient client;
            client.setEnvironment(env);
            AuthApi auth(&client);
            KeychainTokenStore store(QStringLiteral("TutorHub Desktop Tests"));
            Session session(&client, &auth, &store, &settingsApp);
            QSignalSpy in(&session, &Session::signedIn);
            QSignalSpy unavailable(&session, &Session::rememberUnavailable);
            session.signIn(tutorhub::test::kStudentLena, tutorhub::test::kDemoPassword, true);
            QTRY_COMPARE_WITH_TIMEOUT(in.count(), 1, 20000);
            token = client.accessToken();
            const TokenStoreResult stored = run([&](auto done) { store.read(key, this, done); });
            QCOMPARE(stored.token, token);
            QCOMPARE(unavailable.count(), 0);
        }
        {
            ApiClient client;
            client.setEnvironment(env);
            AuthApi auth(&client);
            KeychainTokenStore store(QStringLiteral("TutorHub Desktop Tests"));
            Session session(&client, &auth, &store, &settingsApp);
            QSignalSpy finished(&session, &Session::restoreFinished);
            session.restore();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
            QVERIFY(finished.at(0).at(0).toBool());
            QCOMPARE(session.currentUser().email, QString::fromLatin1(tutorhub::test::kStudentLena));
            QVERIFY(client.accessToken() != token);
            const TokenStoreResult stored = run([&](auto done) { store.read(key, this, done); });
            QCOMPARE(stored.token, client.accessToken()); // the renewed token replaced the old one

            session.signOut();
            QTRY_COMPARE(run([&](auto done) { store.read(key, this, done); }).status,
                         TokenStoreResult::Status::NotFound);
        }
    }

    void callbackDroppedWithContext()
    {
        MemoryTokenStore store;
        auto *ctx = new QObject;
        bool called = false;
        store.write("k", "t", ctx, [&](const TokenStoreResult &) { called = true; });
        delete ctx;
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
