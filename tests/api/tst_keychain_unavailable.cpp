// No secret service (DBUS_SESSION_BUS_ADDRESS points nowhere, set by CMake): the keychain store
// says so plainly with a sentence, never falls back to plaintext.
#include "api/tokenstore.h"

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
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
