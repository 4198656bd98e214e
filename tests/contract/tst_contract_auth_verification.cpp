// Auth contract: verification services (API.md §2.4, decisions D3, D7, D12).
#include "tst_contract_auth.h"

#include <QTest>

using namespace contract;

namespace {

QString vs(const char *route)
{
    return QStringLiteral("/auth-api/verification-services/") + QLatin1String(route);
}

bool isSixDigits(const QJsonValue &v)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{6}$"));
    return v.isString() && digits.match(v.toString()).hasMatch();
}

// A six-digit code different from `code`.
QString otherCode(const QString &code)
{
    return code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
}

} // namespace

// §2.4, D12: start → code; re-send within 60 s → 403; mismatch → 403; complete → verified; again → 400.
void TstContractAuth::emailVerification()
{
    Account a;
    CALL(registerAccount(a, QStringLiteral("verify")));
    const Reply start = m_server.post(vs("email-verification/start"), {{QStringLiteral("email"), a.email}});
    EXPECT_STATUS(start, 200);
    QCOMPARE(start.value(QStringLiteral("userId")).toString(), a.id);
    QCOMPARE(start.value(QStringLiteral("email")).toString(), a.email);
    QVERIFY2(isSixDigits(start.value(QStringLiteral("secretCode"))), start.describe().constData());
    QVERIFY(isInteger(start.value(QStringLiteral("expireTime"))));
    QCOMPARE(start.value(QStringLiteral("expireTime")).toInt(), 600);
    QVERIFY2(isIsoDate(start.value(QStringLiteral("date"))), start.describe().constData());
    const QString code = start.value(QStringLiteral("secretCode")).toString();

    EXPECT_ERROR(m_server.post(vs("email-verification/start"), {{QStringLiteral("email"), a.email}}), 403,
                 "errMsg_CodeResendTooFrequent");
    EXPECT_ERROR(m_server.post(vs("email-verification/complete"),
                               {{QStringLiteral("email"), a.email}, {QStringLiteral("secretCode"), otherCode(code)}}),
                 403, "errMsg_CodeMismatch");
    EXPECT_ERROR(m_server.login(a.email, a.password), 403, "errMsg_EmailVerificationNeeded");

    const Reply done = m_server.post(vs("email-verification/complete"),
                                     {{QStringLiteral("email"), a.email}, {QStringLiteral("secretCode"), code}});
    EXPECT_STATUS(done, 200);
    QCOMPARE(done.value(QStringLiteral("userId")).toString(), a.id);
    QCOMPARE(done.value(QStringLiteral("email")).toString(), a.email);
    QCOMPARE(done.value(QStringLiteral("isVerified")), QJsonValue(true));

    CALL(signIn(a));
    QCOMPARE(fetchUser(a.id).value(QStringLiteral("emailVerified")).toBool(), true);
    EXPECT_ERROR(m_server.post(vs("email-verification/start"), {{QStringLiteral("email"), a.email}}), 400,
                 "errMsg_AlreadyVerified");
    EXPECT_ERROR(
        m_server.post(vs("email-verification/start"), {{QStringLiteral("email"), QString::fromLatin1(kStudentLena)}}),
        400, "errMsg_AlreadyVerified");
}

void TstContractAuth::emailVerificationErrors()
{
    Account a;
    CALL(registerAccount(a, QStringLiteral("verifyerr")));
    EXPECT_ERROR(
        m_server.post(vs("email-verification/complete"),
                      {{QStringLiteral("email"), a.email}, {QStringLiteral("secretCode"), QStringLiteral("123456")}}),
        403, "errMsg_NoOngoingVerification");
    EXPECT_ERROR(m_server.post(vs("email-verification/start"), {}), 400, "errMsg_MissingParameter:email");
    EXPECT_ERROR(m_server.post(vs("email-verification/complete"), {{QStringLiteral("email"), a.email}}), 400,
                 "errMsg_MissingParameter:secretCode");
}

// §2.4, D12: reset by e-mail; the new password works, the old one not; the e-mail becomes verified.
void TstContractAuth::passwordReset()
{
    Account a;
    CALL(registerAccount(a, QStringLiteral("reset"))); // unverified on purpose
    const Reply start = m_server.post(vs("password-reset-by-email/start"), {{QStringLiteral("email"), a.email}});
    EXPECT_STATUS(start, 200);
    QCOMPARE(start.value(QStringLiteral("userId")).toString(), a.id);
    QCOMPARE(start.value(QStringLiteral("email")).toString(), a.email);
    QVERIFY2(isSixDigits(start.value(QStringLiteral("secretCode"))), start.describe().constData());
    QCOMPARE(start.value(QStringLiteral("expireTime")).toInt(), 600);
    QVERIFY(isIsoDate(start.value(QStringLiteral("date"))));
    const QString code = start.value(QStringLiteral("secretCode")).toString();

    EXPECT_ERROR(m_server.post(vs("password-reset-by-email/start"), {{QStringLiteral("email"), a.email}}), 403,
                 "errMsg_CodeResendTooFrequent");
    EXPECT_ERROR(m_server.post(vs("password-reset-by-email/complete"),
                               {{QStringLiteral("email"), a.email},
                                {QStringLiteral("secretCode"), otherCode(code)},
                                {QStringLiteral("password"), QStringLiteral("after-reset-1")}}),
                 403, "errMsg_CodeMismatch");
    EXPECT_ERROR(
        m_server.post(vs("password-reset-by-email/complete"), {{QStringLiteral("email"), a.email},
                                                               {QStringLiteral("secretCode"), code},
                                                               {QStringLiteral("password"), QStringLiteral("weak")}}),
        400, "errMsg_WeakPassword");
    EXPECT_ERROR(m_server.post(vs("password-reset-by-email/complete"),
                               {{QStringLiteral("email"), a.email}, {QStringLiteral("secretCode"), code}}),
                 400, "errMsg_MissingParameter:password");

    const Reply done = m_server.post(vs("password-reset-by-email/complete"),
                                     {{QStringLiteral("email"), a.email},
                                      {QStringLiteral("secretCode"), code},
                                      {QStringLiteral("password"), QStringLiteral("after-reset-1")}});
    EXPECT_STATUS(done, 200);
    QCOMPARE(done.value(QStringLiteral("userId")).toString(), a.id);
    QCOMPARE(done.value(QStringLiteral("isVerified")), QJsonValue(true));
    QVERIFY(!done.body.contains("after-reset-1"));

    EXPECT_ERROR(m_server.login(a.email, a.password), 401, "errMsg_InvalidCredentials");
    const Reply login = m_server.login(a.email, QStringLiteral("after-reset-1"));
    CONTRACT_CHECK(sessionProblem(login));
    QCOMPARE(login.value(QStringLiteral("emailVerified")).toBool(), true);

    // The code was used up.
    EXPECT_ERROR(m_server.post(vs("password-reset-by-email/complete"),
                               {{QStringLiteral("email"), a.email},
                                {QStringLiteral("secretCode"), code},
                                {QStringLiteral("password"), QStringLiteral("after-reset-2")}}),
                 403, "errMsg_NoOngoingVerification");
}

// §2.4: password reset for an unknown e-mail → 401.
void TstContractAuth::passwordResetUnknownEmail()
{
    EXPECT_ERROR(m_server.post(vs("password-reset-by-email/start"),
                               {{QStringLiteral("email"), QStringLiteral("ghost@example.test")}}),
                 401, "errMsg_*");
    EXPECT_ERROR(m_server.post(vs("password-reset-by-email/start"), {}), 400, "errMsg_MissingParameter:email");
}

// D12: the mobile routes are not supported.
void TstContractAuth::mobileRoutesNotSupported_data()
{
    QTest::addColumn<QString>("url");
    for (const char *r : {"mobile-verification/start", "mobile-verification/complete",
                          "mobile-2factor-verification/start", "mobile-2factor-verification/complete",
                          "password-reset-by-mobile/start", "password-reset-by-mobile/complete"})
        QTest::newRow(r) << vs(r);
}

void TstContractAuth::mobileRoutesNotSupported()
{
    QFETCH(QString, url);
    const QJsonObject body {{QStringLiteral("email"), QString::fromLatin1(kStudentLena)},
                            {QStringLiteral("mobile"), QStringLiteral("+491701234567")},
                            {QStringLiteral("userId"), m_lena.id},
                            {QStringLiteral("sessionId"), m_lena.sessionId},
                            {QStringLiteral("secretCode"), QStringLiteral("123456")},
                            {QStringLiteral("password"), QStringLiteral("mobile-pass-1")}};
    EXPECT_ERROR(m_server.post(url, body, m_lena.token), 400, "errMsg_MobileNotSupported");
    EXPECT_ERROR(m_server.post(url, body), 400, "errMsg_MobileNotSupported");
}

// §2.4, D7, D12: e-mail 2FA start/complete on a session.
void TstContractAuth::email2fa()
{
    Account lena;
    CALL(demoLogin(lena, kStudentLena));
    const QJsonObject ids {{QStringLiteral("userId"), lena.id}, {QStringLiteral("sessionId"), lena.sessionId}};
    QJsonObject startBody = ids;
    startBody.insert(QStringLiteral("client"), QStringLiteral("contract-test"));
    startBody.insert(QStringLiteral("reason"), QStringLiteral("login"));
    const Reply start = m_server.post(vs("email-2factor-verification/start"), startBody, lena.token);
    EXPECT_STATUS(start, 200);
    QCOMPARE(start.value(QStringLiteral("userId")).toString(), lena.id);
    QCOMPARE(start.value(QStringLiteral("sessionId")).toString(), lena.sessionId);
    QCOMPARE(start.value(QStringLiteral("email")).toString(), QString::fromLatin1(kStudentLena));
    QVERIFY2(isSixDigits(start.value(QStringLiteral("secretCode"))), start.describe().constData());
    QCOMPARE(start.value(QStringLiteral("expireTime")).toInt(), 300);
    QVERIFY(isIsoDate(start.value(QStringLiteral("date"))));
    const QString code = start.value(QStringLiteral("secretCode")).toString();

    EXPECT_ERROR(m_server.post(vs("email-2factor-verification/start"), startBody, lena.token), 403,
                 "errMsg_CodeResendTooFrequent");
    QJsonObject wrong = ids;
    wrong.insert(QStringLiteral("secretCode"), otherCode(code));
    EXPECT_ERROR(m_server.post(vs("email-2factor-verification/complete"), wrong, lena.token), 403,
                 "errMsg_CodeMismatch");

    QJsonObject right = ids;
    right.insert(QStringLiteral("secretCode"), code);
    const Reply done = m_server.post(vs("email-2factor-verification/complete"), right, lena.token);
    CONTRACT_CHECK(sessionProblem(done));
    QCOMPARE(done.value(QStringLiteral("sessionId")).toString(), lena.sessionId);
    QCOMPARE(done.value(QStringLiteral("userId")).toString(), lena.id);
    QCOMPARE(done.value(QStringLiteral("sessionNeedsEmail2FA")), QJsonValue(false));
    const QString token = done.value(QStringLiteral("accessToken")).toString();
    CONTRACT_CHECK(sessionProblem(m_server.get(route(QStringLiteral("/currentuser")), token)));
}

void TstContractAuth::email2faErrors()
{
    Account tom;
    CALL(demoLogin(tom, kStudentTom));
    EXPECT_ERROR(m_server.post(vs("email-2factor-verification/start"),
                               {{QStringLiteral("userId"), tom.id},
                                {QStringLiteral("sessionId"), QStringLiteral("00000000-0000-4000-8000-000000000000")}},
                               tom.token),
                 401, "errMsg_*");
    EXPECT_ERROR(m_server.post(vs("email-2factor-verification/complete"),
                               {{QStringLiteral("userId"), tom.id},
                                {QStringLiteral("sessionId"), tom.sessionId},
                                {QStringLiteral("secretCode"), QStringLiteral("123456")}},
                               tom.token),
                 403, "errMsg_NoOngoingVerification");
    EXPECT_ERROR(m_server.post(vs("email-2factor-verification/start"), {{QStringLiteral("userId"), tom.id}}, tom.token),
                 400, "errMsg_MissingParameter:sessionId");
    // A session belongs to its user: another user's id with this session is refused.
    const Reply mixed = m_server.post(
        vs("email-2factor-verification/start"),
        {{QStringLiteral("userId"), m_lena.id}, {QStringLiteral("sessionId"), tom.sessionId}}, tom.token);
    QVERIFY2(mixed.status == 401 || mixed.status == 403, mixed.describe().constData());
}
