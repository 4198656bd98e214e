// Two-step sign-in in the client core (C33) where our server cannot answer: mobile 2FA. Our server has
// no phone numbers (G7, D12), so a scripted fake speaks the documented wire format of API.md §2.2/§2.4
// (login with sessionNeedsMobile2FA, the mobile start answer, the partial mobile complete answer). The
// e-mail path runs against the real server in tst_ui_loginwindow and tst_server_twofactor.
#include "api/appsettings.h"
#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "api/twofactorapi.h"
#include "fakehttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tutorhub::api;
using tutorhub::test::FakeHttpServer;
using tutorhub::test::FakeRequest;
using tutorhub::test::FakeResponse;

namespace {
const QByteArray kPendingToken = "pending.mobile.token";
const QByteArray kFullToken = "full.mobile.token";
const QByteArray kMismatch = R"({"result":"ERR","status":403,"message":"errMsg_CodeMismatch","errCode":403,)"
                             R"("date":"2024-03-19T12:13:54.124Z","detail":"The code does not match."})";

FakeResponse route(const FakeRequest &req)
{
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    if (req.method == "POST" && req.target == "/auth-api/login")
        return FakeResponse::json(200,
                                  R"({"sessionId":"s-1","userId":"u-1","email":"mo@example.org","fullname":"Mo Bile",)"
                                  R"("roleId":"user","accessToken":")"
                                      + kPendingToken
                                      + R"(","expiresIn":86400,)"
                                        R"("sessionNeedsEmail2FA":false,"sessionNeedsMobile2FA":true})");
    if (req.target == "/auth-api/verification-services/mobile-2factor-verification/start")
        return FakeResponse::json(200, R"({"userId":"u-1","sessionId":"s-1","mobile":"+49 170 0000000",)"
                                       R"("expireTime":300,"date":"2024-03-19T12:13:54.124Z"})");
    if (req.target == "/auth-api/verification-services/mobile-2factor-verification/complete") {
        if (body.value(QStringLiteral("secretCode")).toString() != QLatin1String("123456"))
            return FakeResponse::json(403, kMismatch);
        return FakeResponse::json(200, R"({"sessionId":"s-1","userId":"u-1","sessionNeedsMobile2FA":false,)"
                                       R"("accessToken":")"
                                           + kFullToken + R"(","expiresIn":86400})");
    }
    if (req.method == "GET" && req.target == "/auth-api/v1/users/u-1") {
        if (req.header("authorization") != "Bearer " + kFullToken)
            return FakeResponse::json(
                401, R"({"result":"ERR","status":401,"message":"errMsg_LoginRequired","errCode":401})");
        return FakeResponse::json(
            200, R"({"status":"OK","statusCode":200,"dataName":"user","method":"GET","action":"get",)"
                 R"("rowCount":1,"user":{"id":"u-1","email":"mo@example.org","fullname":"Mo Bile","roleId":"user"}})");
    }
    return FakeResponse::json(404, R"({"result":"ERR","status":404,"message":"errMsg_NotFound","errCode":404})");
}
} // namespace

class TestTwoFactor : public QObject
{
    Q_OBJECT

private slots:
    void mobileSecondFactorSignsInWithTheCompletedSession()
    {
        FakeHttpServer fake;
        QVERIFY(fake.listen());
        fake.setHandler(route);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AppSettings settingsApp(&settings);
        ApiClient client;
        client.setEnvironment(Environment::local(fake.port()));
        AuthApi auth(&client);
        MemoryTokenStore store;
        Session session(&client, &auth, &store, &settingsApp);
        QSignalSpy required(&session, &Session::secondFactorRequired);
        QSignalSpy signedIn(&session, &Session::signedIn);
        QSignalSpy failed(&session, &Session::signInFailed);

        session.signIn(QStringLiteral("mo@example.org"), QStringLiteral("a-long-password"), true);
        QTRY_COMPARE(required.count(), 1);
        QCOMPARE(session.state(), Session::State::SigningIn);
        QVERIFY(session.pendingSecondFactor().sessionNeedsMobile2FA);
        QVERIFY(!client.hasAccessToken());
        QVERIFY(store.contents().isEmpty());

        // Start: the phone number comes along; no code in a production answer.
        bool started = false;
        QString mobile;
        twofactor::start(&client, twofactor::Channel::Mobile, QStringLiteral("u-1"), QStringLiteral("s-1"), this,
                         [&](const Result<VerificationStart> &r, const QString &m) {
                             QVERIFY(r.ok());
                             QVERIFY(!r.value().hasSecretCode());
                             mobile = m;
                             started = true;
                         });
        QTRY_VERIFY(started);
        QCOMPARE(mobile, QStringLiteral("+49 170 0000000"));

        // A wrong code is the documented 403 with its sentence; the right one answers a partial session.
        std::optional<Result<SessionInfo>> wrong, right;
        twofactor::complete(&client, twofactor::Channel::Mobile, QStringLiteral("u-1"), QStringLiteral("s-1"),
                            QStringLiteral("000000"), this, [&](const Result<SessionInfo> &r) { wrong = r; });
        QTRY_VERIFY(wrong.has_value());
        QVERIFY(!wrong->ok());
        QCOMPARE(wrong->error().userMessage(),
                 QStringLiteral("The code is not correct. Check the code and try again."));
        twofactor::complete(&client, twofactor::Channel::Mobile, QStringLiteral("u-1"), QStringLiteral("s-1"),
                            QStringLiteral("123456"), this, [&](const Result<SessionInfo> &r) { right = r; });
        QTRY_VERIFY(right.has_value());
        QVERIFY(right->ok());

        session.completeSecondFactor(right->value());
        QTRY_COMPARE(signedIn.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(session.sessionInfo().accessToken, QString::fromLatin1(kFullToken));
        QCOMPARE(session.sessionInfo().email, QStringLiteral("mo@example.org")); // completed from the pending answer
        QCOMPARE(session.currentUser().fullname, QStringLiteral("Mo Bile"));
        QVERIFY(!session.pendingSecondFactor().isValid());
        QTRY_COMPARE(store.contents().size(), 1);
        QCOMPARE(store.contents().values().first(), QString::fromLatin1(kFullToken));
        // The pending token never travelled: the code routes are public and carry no token at all.
        for (const FakeRequest &r : fake.requests()) {
            QVERIFY2(!r.header("authorization").contains(kPendingToken), r.target.constData());
            if (r.target.contains("2factor"))
                QVERIFY2(r.header("authorization").isEmpty(), r.target.constData());
        }
    }

    // Abandoning the code step leaves nothing behind.
    void cancelForgetsThePendingSignIn()
    {
        FakeHttpServer fake;
        QVERIFY(fake.listen());
        fake.setHandler(route);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AppSettings settingsApp(&settings);
        ApiClient client;
        client.setEnvironment(Environment::local(fake.port()));
        AuthApi auth(&client);
        MemoryTokenStore store;
        Session session(&client, &auth, &store, &settingsApp);
        QSignalSpy required(&session, &Session::secondFactorRequired);
        session.signIn(QStringLiteral("mo@example.org"), QStringLiteral("a-long-password"), true);
        QTRY_COMPARE(required.count(), 1);
        session.cancelSecondFactor();
        QCOMPARE(session.state(), Session::State::SignedOut);
        QVERIFY(!session.pendingSecondFactor().isValid());
        // A late completion is ignored.
        SessionInfo late;
        late.sessionId = QStringLiteral("s-1");
        late.userId = QStringLiteral("u-1");
        late.accessToken = QString::fromLatin1(kFullToken);
        QSignalSpy signedIn(&session, &Session::signedIn);
        session.completeSecondFactor(late);
        QTest::qWait(100);
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(!client.hasAccessToken());
        QVERIFY(store.contents().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTwoFactor)
#include "tst_twofactor.moc"
