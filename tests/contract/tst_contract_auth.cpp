// Auth contract: fixture, helpers and the session routes (login, logout, relogin, currentuser,
// permissions, registeruser). API.md §2.2-2.3, decisions D2, D3, D4, D6, D7, D12, D13.
#include "tst_contract_auth.h"

#include <QTest>

using namespace contract;

QString TstContractAuth::users(const QString &id)
{
    return id.isEmpty() ? QStringLiteral("/auth-api/v1/users") : QStringLiteral("/auth-api/v1/users/") + id;
}

QString TstContractAuth::route(const QString &path)
{
    return QStringLiteral("/auth-api") + path;
}

QString TstContractAuth::freshEmail(const QString &tag)
{
    return QStringLiteral("ct.%1.%2@example.test").arg(tag.toLower()).arg(++m_counter);
}

void TstContractAuth::registerAccount(Account &out, const QString &tag)
{
    out = Account {};
    out.email = freshEmail(tag);
    out.password = QStringLiteral("pass-%1-%2").arg(tag).arg(m_counter);
    out.fullname = QStringLiteral("Contract %1 %2").arg(tag).arg(m_counter);
    const Reply r
        = m_server.post(route(QStringLiteral("/v1/registeruser")), {{QStringLiteral("email"), out.email},
                                                                    {QStringLiteral("password"), out.password},
                                                                    {QStringLiteral("fullname"), out.fullname}});
    EXPECT_STATUS(r, 201);
    out.id = r.data().value(QStringLiteral("id")).toString();
    QVERIFY2(!out.id.isEmpty(), r.describe().constData());
}

void TstContractAuth::verifyEmail(const Account &account)
{
    const Reply start = m_server.post(route(QStringLiteral("/verification-services/email-verification/start")),
                                      {{QStringLiteral("email"), account.email}});
    EXPECT_STATUS(start, 200);
    const QString code = start.value(QStringLiteral("secretCode")).toString();
    QVERIFY2(!code.isEmpty(), start.describe().constData());
    const Reply done = m_server.post(route(QStringLiteral("/verification-services/email-verification/complete")),
                                     {{QStringLiteral("email"), account.email}, {QStringLiteral("secretCode"), code}});
    EXPECT_STATUS(done, 200);
}

void TstContractAuth::signIn(Account &account)
{
    const Reply r = m_server.login(account.email, account.password);
    CONTRACT_CHECK(sessionProblem(r));
    account.token = r.value(QStringLiteral("accessToken")).toString();
    account.sessionId = r.value(QStringLiteral("sessionId")).toString();
    account.id = r.value(QStringLiteral("userId")).toString();
}

void TstContractAuth::freshUser(Account &out, const QString &tag)
{
    registerAccount(out, tag);
    if (QTest::currentTestFailed())
        return;
    verifyEmail(out);
    if (QTest::currentTestFailed())
        return;
    signIn(out);
}

// A fresh account promoted to admin by the superAdmin, signed in again so its session carries the role.
void TstContractAuth::freshAdmin(Account &out, const QString &tag)
{
    freshUser(out, tag);
    if (QTest::currentTestFailed())
        return;
    const Reply r = m_server.patch(route(QStringLiteral("/v1/userrole/") + out.id),
                                   {{QStringLiteral("roleId"), QStringLiteral("admin")}}, m_super.token);
    EXPECT_STATUS(r, 200);
    QCOMPARE(r.data().value(QStringLiteral("roleId")).toString(), QStringLiteral("admin"));
    signIn(out);
}

void TstContractAuth::demoLogin(Account &out, const char *email)
{
    out = Account {};
    out.email = QString::fromLatin1(email);
    out.password = QString::fromLatin1(kDemoPassword);
    signIn(out);
}

void TstContractAuth::setAccountStatus(const Account &account, const QString &status)
{
    const Reply r = m_server.patch(users(account.id), {{QStringLiteral("accountStatus"), status}}, m_super.token);
    EXPECT_STATUS(r, 200);
    QCOMPARE(r.data().value(QStringLiteral("accountStatus")).toString(), status);
}

QJsonObject TstContractAuth::fetchUser(const QString &id)
{
    const Reply r = m_server.get(users(id), m_super.token);
    return r.status == 200 ? r.data() : QJsonObject {};
}

void TstContractAuth::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    CALL(demoLogin(m_super, kSuperAdmin));
    CALL(demoLogin(m_maria, kTutorMaria));
    CALL(demoLogin(m_lena, kStudentLena));
    CALL(demoLogin(m_tom, kStudentTom));
}

void TstContractAuth::cleanupTestCase()
{
    m_server.stop();
}

// ---- login ---------------------------------------------------------------------------------------

// §2.3, D6, D7: session object, token in the cookie and the response header.
void TstContractAuth::loginWithUsername()
{
    const struct
    {
        const char *email;
        const char *role;
    } demo[] = {{kSuperAdmin, "superAdmin"}, {kTutorMaria, "tutor"}, {kTutorJames, "tutor"},
                {kStudentLena, "user"},      {kStudentTom, "user"},  {kStudentAiko, "user"}};
    for (const auto &d : demo) {
        const Reply r = m_server.login(QString::fromLatin1(d.email));
        CONTRACT_CHECK(sessionProblem(r));
        QCOMPARE(r.value(QStringLiteral("email")).toString(), QString::fromLatin1(d.email));
        QCOMPARE(r.value(QStringLiteral("roleId")).toString(), QString::fromLatin1(d.role));
        QCOMPARE(r.value(QStringLiteral("accountStatus")).toString(), QStringLiteral("active"));
        QCOMPARE(r.value(QStringLiteral("emailVerified")).toBool(), true);
        const QString token = r.value(QStringLiteral("accessToken")).toString();
        QCOMPARE(QString::fromUtf8(r.header("tutorhub-access-token")), token);
        bool cookie = false;
        for (const QNetworkCookie &c : r.cookies)
            if (c.name() == "tutorhub-access-token" && QString::fromUtf8(c.value()) == token)
                cookie = true;
        QVERIFY2(cookie, "login does not set the tutorhub-access-token cookie");
    }
}

// §2.3: `email` instead of `username`; with both, `username` wins.
void TstContractAuth::loginWithEmailField()
{
    const Reply byEmail = m_server.post(route(QStringLiteral("/login")),
                                        {{QStringLiteral("email"), QString::fromLatin1(kStudentTom)},
                                         {QStringLiteral("password"), QString::fromLatin1(kDemoPassword)}});
    CONTRACT_CHECK(sessionProblem(byEmail));
    QCOMPARE(byEmail.value(QStringLiteral("userId")).toString(), m_tom.id);

    const Reply both = m_server.post(route(QStringLiteral("/login")),
                                     {{QStringLiteral("username"), QString::fromLatin1(kTutorMaria)},
                                      {QStringLiteral("email"), QString::fromLatin1(kStudentTom)},
                                      {QStringLiteral("password"), QString::fromLatin1(kDemoPassword)}});
    CONTRACT_CHECK(sessionProblem(both));
    QCOMPARE(both.value(QStringLiteral("userId")).toString(), m_maria.id);
}

// D3: one code for wrong password and unknown e-mail.
void TstContractAuth::loginBadCredentials()
{
    EXPECT_ERROR(m_server.login(QString::fromLatin1(kStudentLena), QStringLiteral("wrong-password")), 401,
                 "errMsg_InvalidCredentials");
    EXPECT_ERROR(m_server.login(QStringLiteral("nobody.here@example.test")), 401, "errMsg_InvalidCredentials");
}

void TstContractAuth::loginMissingFields()
{
    EXPECT_ERROR(m_server.post(route(QStringLiteral("/login")), {}), 400, "errMsg_MissingParameter:*");
    EXPECT_ERROR(m_server.post(route(QStringLiteral("/login")),
                               {{QStringLiteral("username"), QString::fromLatin1(kStudentLena)}}),
                 400, "errMsg_MissingParameter:password");
    const Reply noName = m_server.post(route(QStringLiteral("/login")),
                                       {{QStringLiteral("password"), QString::fromLatin1(kDemoPassword)}});
    EXPECT_ERROR(noName, 400, "errMsg_MissingParameter:*");
    QVERIFY2(noName.message() == QLatin1String("errMsg_MissingParameter:username")
                 || noName.message() == QLatin1String("errMsg_MissingParameter:email"),
             noName.describe().constData());
}

// D12: a verified e-mail is required to sign in.
void TstContractAuth::loginUnverifiedEmail()
{
    Account a;
    CALL(registerAccount(a, QStringLiteral("unverified")));
    EXPECT_ERROR(m_server.login(a.email, a.password), 403, "errMsg_EmailVerificationNeeded");
    // The wrong password is still a credentials error, not a verification hint.
    EXPECT_ERROR(m_server.login(a.email, QStringLiteral("not-the-password")), 401, "errMsg_InvalidCredentials");
}

// D13: suspended and banned users cannot sign in; their sessions stop working.
void TstContractAuth::loginSuspendedAndBanned()
{
    Account a;
    CALL(freshUser(a, QStringLiteral("suspend")));
    CALL(setAccountStatus(a, QStringLiteral("suspended")));
    EXPECT_ERROR(m_server.login(a.email, a.password), 403, "errMsg_AccountSuspended");
    const Reply old = m_server.get(users(a.id), a.token);
    QVERIFY2(old.status == 401 || old.status == 403, old.describe().constData());
    EXPECT_ERROR(m_server.get(route(QStringLiteral("/relogin")), a.token), 403, "errMsg_AccountSuspended");

    CALL(setAccountStatus(a, QStringLiteral("banned")));
    EXPECT_ERROR(m_server.login(a.email, a.password), 403, "errMsg_AccountBanned");
    QCOMPARE(fetchUser(a.id).value(QStringLiteral("accountStatus_idx")).toInt(), 2);

    CALL(setAccountStatus(a, QStringLiteral("active")));
    CALL(signIn(a));
}

// ---- logout / relogin / currentuser ---------------------------------------------------------------

// D7: {status:"OK", message:"Logged out"}; idempotent; the token dies; the cookie is cleared.
void TstContractAuth::logout()
{
    Account tom;
    CALL(demoLogin(tom, kStudentTom));
    const Reply r = m_server.post(route(QStringLiteral("/logout")), {}, tom.token);
    EXPECT_STATUS(r, 200);
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("OK"));
    QCOMPARE(r.value(QStringLiteral("message")).toString(), QStringLiteral("Logged out"));
    bool cleared = false;
    for (const QNetworkCookie &c : r.cookies)
        if (c.name() == "tutorhub-access-token"
            && (c.value().isEmpty()
                || (c.expirationDate().isValid() && c.expirationDate() < QDateTime::currentDateTimeUtc())))
            cleared = true;
    QVERIFY2(cleared, "logout does not clear the tutorhub-access-token cookie");

    CONTRACT_CHECK(shortErrorProblem(m_server.get(route(QStringLiteral("/currentuser")), tom.token), 401,
                                     QStringLiteral("No login found")));
    EXPECT_ERROR(m_server.get(users(tom.id), tom.token), 401, "errMsg_LoginRequired");

    const Reply again = m_server.post(route(QStringLiteral("/logout")), {}, tom.token);
    EXPECT_STATUS(again, 200);
    QCOMPARE(again.value(QStringLiteral("status")).toString(), QStringLiteral("OK"));
    EXPECT_STATUS(m_server.post(route(QStringLiteral("/logout")), {}), 200);

    // Other sessions of the same user are untouched.
    EXPECT_STATUS(m_server.get(users(m_tom.id), m_tom.token), 200);
}

// §2.3, D6: new session and token; the old token stops working.
void TstContractAuth::relogin()
{
    Account tom;
    CALL(demoLogin(tom, kStudentTom));
    const Reply r = m_server.get(route(QStringLiteral("/relogin")), tom.token);
    CONTRACT_CHECK(sessionProblem(r));
    const QString newToken = r.value(QStringLiteral("accessToken")).toString();
    QVERIFY(newToken != tom.token);
    QVERIFY(r.value(QStringLiteral("sessionId")).toString() != tom.sessionId);
    QCOMPARE(r.value(QStringLiteral("userId")).toString(), tom.id);
    QCOMPARE(QString::fromUtf8(r.header("tutorhub-access-token")), newToken);
    bool cookie = false;
    for (const QNetworkCookie &c : r.cookies)
        if (c.name() == "tutorhub-access-token" && QString::fromUtf8(c.value()) == newToken)
            cookie = true;
    QVERIFY2(cookie, "relogin does not set the tutorhub-access-token cookie");

    CONTRACT_CHECK(shortErrorProblem(m_server.get(route(QStringLiteral("/currentuser")), tom.token), 401,
                                     QStringLiteral("No login found")));
    EXPECT_ERROR(m_server.get(users(tom.id), tom.token), 401, "errMsg_LoginRequired");
    const Reply cu = m_server.get(route(QStringLiteral("/currentuser")), newToken);
    CONTRACT_CHECK(sessionProblem(cu));
    QCOMPARE(cu.value(QStringLiteral("sessionId")).toString(), r.value(QStringLiteral("sessionId")).toString());

    CONTRACT_CHECK(shortErrorProblem(m_server.get(route(QStringLiteral("/relogin")), tom.token), 401,
                                     QStringLiteral("Cannot relogin")));
    CONTRACT_CHECK(
        shortErrorProblem(m_server.get(route(QStringLiteral("/relogin"))), 401, QStringLiteral("Cannot relogin")));
    CONTRACT_CHECK(shortErrorProblem(m_server.get(route(QStringLiteral("/relogin")), QStringLiteral("garbage")), 401,
                                     QStringLiteral("Cannot relogin")));
}

// D13: a banned user cannot relogin (403 with the reason).
void TstContractAuth::reloginRefusedForBannedUser()
{
    Account a;
    CALL(freshUser(a, QStringLiteral("relogban")));
    CALL(setAccountStatus(a, QStringLiteral("banned")));
    EXPECT_ERROR(m_server.get(route(QStringLiteral("/relogin")), a.token), 403, "errMsg_AccountBanned");
    const Reply cu = m_server.get(route(QStringLiteral("/currentuser")), a.token);
    QVERIFY2(cu.status == 401 || cu.status == 403, cu.describe().constData());
}

void TstContractAuth::currentUser()
{
    const Reply r = m_server.get(route(QStringLiteral("/currentuser")), m_lena.token);
    CONTRACT_CHECK(sessionProblem(r));
    QCOMPARE(r.value(QStringLiteral("userId")).toString(), m_lena.id);
    QCOMPARE(r.value(QStringLiteral("sessionId")).toString(), m_lena.sessionId);
    QCOMPARE(r.value(QStringLiteral("accessToken")).toString(), m_lena.token);
    QCOMPARE(r.value(QStringLiteral("roleId")).toString(), QStringLiteral("user"));
    CONTRACT_CHECK(
        shortErrorProblem(m_server.get(route(QStringLiteral("/currentuser"))), 401, QStringLiteral("No login found")));
}

void TstContractAuth::permissions()
{
    const Reply r = m_server.get(route(QStringLiteral("/permissions")), m_maria.token);
    EXPECT_STATUS(r, 200);
    QVERIFY2(r.doc.isArray(), r.describe().constData());
    const Reply one = m_server.get(route(QStringLiteral("/permissions/anything")), m_maria.token);
    EXPECT_STATUS(one, 200);
    QVERIFY2(one.value(QStringLiteral("canDo")).isBool() && one.value(QStringLiteral("exceptions")).isArray(),
             one.describe().constData());
    CONTRACT_CHECK(
        shortErrorProblem(m_server.get(route(QStringLiteral("/permissions"))), 401, QStringLiteral("No login found")));
}

// ---- registeruser ----------------------------------------------------------------------------------

// §2.6, D9, D12, D14: 201, roleId user, defaults, unverified, random avatar served by /useravatars.
void TstContractAuth::registerUser()
{
    const QString email = freshEmail(QStringLiteral("register"));
    const Reply r = m_server.post(route(QStringLiteral("/v1/registeruser")),
                                  {{QStringLiteral("email"), email},
                                   {QStringLiteral("password"), QStringLiteral("register-pass-1")},
                                   {QStringLiteral("fullname"), QStringLiteral("Reggie Register")},
                                   {QStringLiteral("bio"), QStringLiteral("Hello.")}});
    CONTRACT_CHECK(
        envelopeProblem(r, 201, QStringLiteral("user"), "POST", QStringLiteral("create"), Shape::Single, false));
    const QJsonObject u = r.data();
    CONTRACT_CHECK(userProblem(u));
    QCOMPARE(u.value(QStringLiteral("email")).toString(), email);
    QCOMPARE(u.value(QStringLiteral("fullname")).toString(), QStringLiteral("Reggie Register"));
    QCOMPARE(u.value(QStringLiteral("bio")).toString(), QStringLiteral("Hello."));
    QCOMPARE(u.value(QStringLiteral("roleId")).toString(), QStringLiteral("user"));
    QCOMPARE(u.value(QStringLiteral("emailVerified")).toBool(), false);
    QCOMPARE(u.value(QStringLiteral("accountStatus")).toString(), QStringLiteral("active"));
    QCOMPARE(u.value(QStringLiteral("tutorApplicationStatus")).toString(), QStringLiteral("none"));
    QCOMPARE(u.value(QStringLiteral("isActive")).toBool(), true);
    QVERIFY2(u.value(QStringLiteral("avatar")).toString().contains(QLatin1String("/useravatars/default-")),
             r.describe().constData());

    // A given avatar is kept.
    const Reply withAvatar = m_server.post(route(QStringLiteral("/v1/registeruser")),
                                           {{QStringLiteral("email"), freshEmail(QStringLiteral("register"))},
                                            {QStringLiteral("password"), QStringLiteral("register-pass-1")},
                                            {QStringLiteral("fullname"), QStringLiteral("Ava Tar")},
                                            {QStringLiteral("avatar"), QStringLiteral("https://example.test/a.png")}});
    EXPECT_STATUS(withAvatar, 201);
    QCOMPARE(withAvatar.data().value(QStringLiteral("avatar")).toString(),
             QStringLiteral("https://example.test/a.png"));
}

// D3: 409 errMsg_EmailAlreadyRegistered.
void TstContractAuth::registerDuplicate()
{
    Account a;
    CALL(registerAccount(a, QStringLiteral("dup")));
    EXPECT_ERROR(m_server.post(route(QStringLiteral("/v1/registeruser")),
                               {{QStringLiteral("email"), a.email},
                                {QStringLiteral("password"), QStringLiteral("another-pass-1")},
                                {QStringLiteral("fullname"), QStringLiteral("Second")}}),
                 409, "errMsg_EmailAlreadyRegistered");
    EXPECT_ERROR(m_server.post(route(QStringLiteral("/v1/registeruser")),
                               {{QStringLiteral("email"), QString::fromLatin1(kStudentLena)},
                                {QStringLiteral("password"), QStringLiteral("another-pass-1")},
                                {QStringLiteral("fullname"), QStringLiteral("Lena Two")}}),
                 409, "errMsg_EmailAlreadyRegistered");
}

// D3, D4: e-mail shape, password length, field limits, required fields.
void TstContractAuth::registerInvalidInput()
{
    const auto reg = [this](const QJsonObject &changes, const QStringList &drop = {}) {
        QJsonObject body {{QStringLiteral("email"), freshEmail(QStringLiteral("invalid"))},
                          {QStringLiteral("password"), QStringLiteral("valid-pass-1")},
                          {QStringLiteral("fullname"), QStringLiteral("Val Id")}};
        for (auto it = changes.begin(); it != changes.end(); ++it)
            body.insert(it.key(), it.value());
        for (const QString &k : drop)
            body.remove(k);
        return m_server.post(route(QStringLiteral("/v1/registeruser")), body);
    };
    EXPECT_ERROR(reg({{QStringLiteral("email"), QStringLiteral("not-an-email")}}), 400, "errMsg_InvalidEmail");
    EXPECT_ERROR(reg({{QStringLiteral("email"), QStringLiteral("someone@localhost")}}), 400, "errMsg_InvalidEmail");
    EXPECT_ERROR(reg({{QStringLiteral("email"), QStringLiteral("two@@example.test")}}), 400, "errMsg_InvalidEmail");
    EXPECT_ERROR(reg({{QStringLiteral("password"), QStringLiteral("short1")}}), 400, "errMsg_WeakPassword");
    EXPECT_ERROR(reg({{QStringLiteral("password"), QStringLiteral("1234567")}}), 400, "errMsg_WeakPassword");
    const Reply tooLongPassword = reg({{QStringLiteral("password"), QString(129, QLatin1Char('p'))}});
    EXPECT_STATUS(tooLongPassword, 400);
    QVERIFY2(tooLongPassword.message() == QLatin1String("errMsg_WeakPassword")
                 || tooLongPassword.message() == QLatin1String("errMsg_ParameterTooLong:password"),
             tooLongPassword.describe().constData());
    const Reply longEmail
        = reg({{QStringLiteral("email"), QString(243, QLatin1Char('e')) + QStringLiteral("@example.test")}});
    EXPECT_STATUS(longEmail, 400); // 255 characters, D4 allows 254
    QVERIFY2(longEmail.message() == QLatin1String("errMsg_InvalidEmail")
                 || longEmail.message() == QLatin1String("errMsg_ParameterTooLong:email"),
             longEmail.describe().constData());
    EXPECT_ERROR(reg({{QStringLiteral("fullname"), QString(256, QLatin1Char('f'))}}), 400,
                 "errMsg_ParameterTooLong:fullname");
    EXPECT_ERROR(reg({{QStringLiteral("specializations"), QString(256, QLatin1Char('s'))}}), 400,
                 "errMsg_ParameterTooLong:specializations");
    EXPECT_ERROR(reg({{QStringLiteral("bio"), QString(10001, QLatin1Char('b'))}}), 400, "errMsg_ParameterTooLong:bio");
    EXPECT_ERROR(reg({}, {QStringLiteral("fullname")}), 400, "errMsg_MissingParameter:fullname");
    EXPECT_ERROR(reg({}, {QStringLiteral("email")}), 400, "errMsg_MissingParameter:email");
    EXPECT_ERROR(reg({}, {QStringLiteral("password")}), 400, "errMsg_MissingParameter:password");
    EXPECT_ERROR(reg({{QStringLiteral("fullname"), 42}}), 400, "errMsg_InvalidParameter:fullname");

    // Limits are inclusive: 255-character String, 10 000-character Text, 8- and 128-character passwords.
    EXPECT_STATUS(reg({{QStringLiteral("fullname"), QString(255, QLatin1Char('f'))},
                       {QStringLiteral("bio"), QString(10000, QLatin1Char('b'))},
                       {QStringLiteral("password"), QStringLiteral("12345678")}}),
                  201);
    EXPECT_STATUS(reg({{QStringLiteral("password"), QString(128, QLatin1Char('p'))}}), 201);

    // Limits count characters, not UTF-8 bytes; text round-trips unchanged.
    const QString umlauts(255, QChar(0x00FC));
    const Reply wide = reg({{QStringLiteral("fullname"), umlauts}});
    EXPECT_STATUS(wide, 201);
    QCOMPARE(wide.data().value(QStringLiteral("fullname")).toString(), umlauts);
    EXPECT_ERROR(reg({{QStringLiteral("fullname"), umlauts + QChar(0x00FC)}}), 400, "errMsg_ParameterTooLong:fullname");
    const QString mixed = QStringLiteral("Zoë Yamada 山田 \"quoted\" \\ back\nslash 🎓");
    const Reply unicode = reg({{QStringLiteral("fullname"), mixed}, {QStringLiteral("bio"), mixed}});
    EXPECT_STATUS(unicode, 201);
    QCOMPARE(unicode.data().value(QStringLiteral("fullname")).toString(), mixed);
    QCOMPARE(fetchUser(unicode.data().value(QStringLiteral("id")).toString()).value(QStringLiteral("bio")).toString(),
             mixed);
}

// D16: stdout holds only the start-up line; stderr one well-formed line per request.
void TstContractAuth::serverOutput()
{
    EXPECT_STATUS(m_server.get(route(QStringLiteral("/health"))), 200);
    QTest::qWait(200);
    m_server.stop();
    const QStringList problems = m_server.outputProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TstContractAuth)
