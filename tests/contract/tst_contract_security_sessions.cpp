// Security contract (issue 12, docs/security.md "Codes, passwords and sessions"): a real
// tutorhub-server started WITHOUT --dev-codes, as the app starts it. Codes never appear in responses
// and arrive as .eml files in <data>/mail; wrong codes and passwords are limited and throttled
// (429 + Retry-After); password changes, suspension and bans end sessions and hub connections.
#include "contractchecks.h"
#include "contractserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace contract;

namespace {

QString vs(const char *route)
{
    return QStringLiteral("/auth-api/verification-services/") + QLatin1String(route);
}

QJsonObject emailBody(const QString &email)
{
    return {{QStringLiteral("email"), email}};
}

// One hub connection: connects with a token, collects the text frames.
struct HubClient
{
    QWebSocket ws;
    QList<QJsonObject> frames;
    int closeCode = -1;
    bool closed = false;

    bool open(quint16 port, const QString &token)
    {
        QObject::connect(&ws, &QWebSocket::textMessageReceived, &ws,
                         [this](const QString &t) { frames.append(QJsonDocument::fromJson(t.toUtf8()).object()); });
        QObject::connect(&ws, &QWebSocket::disconnected, &ws, [this] {
            closed = true;
            closeCode = int(ws.closeCode());
        });
        QNetworkRequest req(QUrl(QStringLiteral("ws://127.0.0.1:%1/messaging-api/hub").arg(port)));
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        ws.open(req);
        return QTest::qWaitFor([&] { return !frames.isEmpty() || closed; }, 10000) && !frames.isEmpty()
               && frames.first().value(QStringLiteral("type")).toString() == QLatin1String("hello");
    }
    // Sends a frame and waits for the error frame that answers it (by ref).
    QJsonObject errorFor(const QJsonObject &frame)
    {
        const QString ref = frame.value(QStringLiteral("ref")).toString();
        ws.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
        QJsonObject found;
        [[maybe_unused]] const bool answered = QTest::qWaitFor(
            [&] {
                for (const QJsonObject &f : std::as_const(frames))
                    if (f.value(QStringLiteral("ref")).toString() == ref)
                        found = f;
                return !found.isEmpty() || closed;
            },
            5000);
        return found;
    }
};

} // namespace

class TstContractSecuritySessions : public QObject
{
    Q_OBJECT

    Server m_server;
    QString m_super;
    int m_counter = 0;

    struct Account
    {
        QString id, email, password, token, sessionId;
    };

    QString mailDir() const { return QDir(m_server.dataDir()).filePath(QStringLiteral("mail")); }

    // The newest .eml for `email` with X-TutorHub-Purpose `purpose` (raw text), or empty.
    QByteArray newestMail(const QString &email, const QString &purpose, QString *path = nullptr) const
    {
        const QDir dir(mailDir());
        const QStringList names = dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name | QDir::Reversed);
        for (const QString &n : names) {
            QFile f(dir.filePath(n));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray raw = f.readAll();
            if (raw.contains("\r\nTo: ") && raw.contains("<" + email.toLatin1() + ">\r\n")
                && raw.contains("\r\nX-TutorHub-Purpose: " + purpose.toLatin1() + "\r\n")) {
                if (path)
                    *path = f.fileName();
                return raw;
            }
        }
        return {};
    }

    QString codeFromMail(const QString &email, const QString &purpose) const
    {
        static const QRegularExpression line(QStringLiteral("^\\s*(\\d{6})\\s*$"), QRegularExpression::MultilineOption);
        const QByteArray raw = newestMail(email, purpose);
        const QString body = QString::fromLatin1(raw.mid(raw.indexOf("\r\n\r\n") + 4));
        const auto m = line.match(body);
        return m.hasMatch() ? m.captured(1) : QString();
    }

    // Registers, verifies through the mail file and signs in a fresh student.
    void freshUser(Account &a, const QString &tag)
    {
        a.email = QStringLiteral("sec.%1.%2@example.org").arg(tag).arg(++m_counter);
        a.password = QStringLiteral("secret-pass-1");
        const Reply reg = m_server.post(QStringLiteral("/auth-api/v1/registeruser"),
                                        {{QStringLiteral("email"), a.email},
                                         {QStringLiteral("password"), a.password},
                                         {QStringLiteral("fullname"), QStringLiteral("Sec %1").arg(tag)}});
        QVERIFY2(reg.status == 201, reg.describe().constData());
        a.id = reg.data().value(QStringLiteral("id")).toString();
        const Reply start = m_server.post(vs("email-verification/start"), emailBody(a.email));
        QVERIFY2(start.status == 200, start.describe().constData());
        const QString code = codeFromMail(a.email, QStringLiteral("email-verification"));
        QVERIFY2(!code.isEmpty(), "no verification mail");
        EXPECT_STATUS(m_server.post(vs("email-verification/complete"),
                                    {{QStringLiteral("email"), a.email}, {QStringLiteral("secretCode"), code}}),
                      200);
        signIn(a);
    }

    void signIn(Account &a)
    {
        const Reply r = m_server.login(a.email, a.password);
        QVERIFY2(r.status == 200, r.describe().constData());
        a.token = r.value(QStringLiteral("accessToken")).toString();
        a.sessionId = r.value(QStringLiteral("sessionId")).toString();
    }

    int statusWith(const Account &a, const QString &token)
    {
        return m_server.get(QStringLiteral("/auth-api/v1/users/") + a.id, token).status;
    }

    void setStatus(const Account &a, const QString &status)
    {
        EXPECT_STATUS(m_server.patch(QStringLiteral("/auth-api/v1/users/") + a.id,
                                     {{QStringLiteral("accountStatus"), status}}, m_super),
                      200);
    }

private slots:
    void initTestCase()
    {
        m_server.setDevCodes(false);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        const Reply r = m_server.login(QString::fromLatin1(kSuperAdmin));
        QVERIFY2(r.status == 200, r.describe().constData());
        m_super = r.value(QStringLiteral("accessToken")).toString();
    }

    // SEC1: no …/start route returns a code without --dev-codes; each code is an .eml (0600 in a 0700 folder).
    void startRoutesReturnNoCode()
    {
        Account a;
        CALL(freshUser(a, QStringLiteral("start")));

        const Reply reset = m_server.post(vs("password-reset-by-email/start"), emailBody(a.email));
        EXPECT_STATUS(reset, 200);
        QVERIFY2(!reset.obj().contains(QStringLiteral("secretCode")), reset.describe().constData());
        QCOMPARE(reset.value(QStringLiteral("expireTime")).toInt(), 600);

        const Reply twoFa
            = m_server.post(vs("email-2factor-verification/start"),
                            {{QStringLiteral("userId"), a.id}, {QStringLiteral("sessionId"), a.sessionId}});
        EXPECT_STATUS(twoFa, 200);
        QVERIFY2(!twoFa.obj().contains(QStringLiteral("secretCode")), twoFa.describe().constData());

        Account b;
        b.email = QStringLiteral("sec.unverified.%1@example.org").arg(++m_counter);
        EXPECT_STATUS(m_server.post(QStringLiteral("/auth-api/v1/registeruser"),
                                    {{QStringLiteral("email"), b.email},
                                     {QStringLiteral("password"), QStringLiteral("secret-pass-1")},
                                     {QStringLiteral("fullname"), QStringLiteral("Jürgen Ölçüm Unverified")}}),
                      201);
        const Reply verify = m_server.post(vs("email-verification/start"), emailBody(b.email));
        EXPECT_STATUS(verify, 200);
        QVERIFY2(!verify.obj().contains(QStringLiteral("secretCode")), verify.describe().constData());
        QVERIFY(!verify.body.contains(codeFromMail(b.email, QStringLiteral("email-verification")).toLatin1()));

        for (const char *mobile :
             {"mobile-verification/start", "mobile-2factor-verification/start", "password-reset-by-mobile/start"}) {
            const Reply r = m_server.post(vs(mobile), {{QStringLiteral("email"), a.email},
                                                       {QStringLiteral("userId"), a.id},
                                                       {QStringLiteral("sessionId"), a.sessionId},
                                                       {QStringLiteral("mobile"), QStringLiteral("+491701234567")}});
            QVERIFY2(r.status >= 400 && !r.obj().contains(QStringLiteral("secretCode")), r.describe().constData());
        }

        // Every code went out as a message file: reset, 2FA, verification; folder 0700, files 0600.
        const QFileDevice::Permissions ownerDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
        const QFileDevice::Permissions ownerFile = QFile::ReadOwner | QFile::WriteOwner;
        const QFileDevice::Permissions mask = ownerDir | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                              | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFileInfo(mailDir()).permissions() & mask, ownerDir);
        for (const QString &purpose : {QStringLiteral("password-reset"), QStringLiteral("email-2fa")}) {
            QString path;
            const QByteArray raw = newestMail(a.email, purpose, &path);
            QVERIFY2(!raw.isEmpty(), qPrintable(purpose));
            QCOMPARE(QFileInfo(path).permissions() & mask, ownerFile);
            for (const char *h : {"Date: ", "From: ", "To: ", "Subject: ", "Message-ID: <", "MIME-Version: 1.0",
                                  "Content-Type: text/plain; charset=utf-8"})
                QVERIFY2(raw.contains(QByteArray("\r\n") + h) || raw.startsWith(h), h);
            QVERIFY(!codeFromMail(a.email, purpose).isEmpty());
        }
        // A non-ASCII name is RFC 2047 encoded; the code in the file completes the verification.
        QVERIFY(newestMail(b.email, QStringLiteral("email-verification")).contains("To: =?utf-8?B?"));
        EXPECT_STATUS(m_server.post(vs("email-verification/complete"),
                                    {{QStringLiteral("email"), b.email},
                                     {QStringLiteral("secretCode"),
                                      codeFromMail(b.email, QStringLiteral("email-verification"))}}),
                      200);
        // The reset code from the mail sets a new password.
        EXPECT_STATUS(
            m_server.post(vs("password-reset-by-email/complete"),
                          {{QStringLiteral("email"), a.email},
                           {QStringLiteral("secretCode"), codeFromMail(a.email, QStringLiteral("password-reset"))},
                           {QStringLiteral("password"), QStringLiteral("another-pass-2")}}),
            200);
        // SEC5: the reset ended the session it was not made from.
        QCOMPARE(statusWith(a, a.token), 401);
        a.password = QStringLiteral("another-pass-2");
        CALL(signIn(a));
    }

    // SEC2: the 5th wrong code deletes it; the right code then no longer works.
    void fiveWrongCodesKillIt()
    {
        Account a;
        CALL(freshUser(a, QStringLiteral("wrong")));
        EXPECT_STATUS(m_server.post(vs("password-reset-by-email/start"), emailBody(a.email)), 200);
        const QString code = codeFromMail(a.email, QStringLiteral("password-reset"));
        QVERIFY(!code.isEmpty());
        const QString wrong = code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        const QJsonObject bad {{QStringLiteral("email"), a.email},
                               {QStringLiteral("secretCode"), wrong},
                               {QStringLiteral("password"), QStringLiteral("another-pass-2")}};
        for (int i = 0; i < 5; ++i)
            EXPECT_ERROR(m_server.post(vs("password-reset-by-email/complete"), bad), 403, "errMsg_CodeMismatch");
        QJsonObject good = bad;
        good.insert(QStringLiteral("secretCode"), code);
        EXPECT_ERROR(m_server.post(vs("password-reset-by-email/complete"), good), 403, "errMsg_NoOngoingVerification");
        EXPECT_ERROR(m_server.login(a.email, QStringLiteral("another-pass-2")), 401, "errMsg_InvalidCredentials");
    }

    // SEC3: code checks per account: 10 failures in 15 minutes -> 429 with Retry-After, even for the right code.
    void codeChecksThrottledPerAccount()
    {
        Account a;
        CALL(freshUser(a, QStringLiteral("codethrottle")));
        EXPECT_STATUS(m_server.post(vs("email-2factor-verification/start"),
                                    {{QStringLiteral("userId"), a.id}, {QStringLiteral("sessionId"), a.sessionId}}),
                      200);
        const QString code = codeFromMail(a.email, QStringLiteral("email-2fa"));
        const QString wrong = code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        QJsonObject body {{QStringLiteral("userId"), a.id},
                          {QStringLiteral("sessionId"), a.sessionId},
                          {QStringLiteral("secretCode"), wrong}};
        for (int i = 0; i < 10; ++i) {
            const Reply r = m_server.post(vs("email-2factor-verification/complete"), body);
            QVERIFY2(r.status == 403, r.describe().constData()); // 5 mismatches, then no ongoing code
        }
        body.insert(QStringLiteral("secretCode"), code);
        const Reply r = m_server.post(vs("email-2factor-verification/complete"), body);
        EXPECT_ERROR(r, 429, "errMsg_TooManyAttempts");
        const int retry = r.header("retry-after").toInt();
        QVERIFY2(retry > 0 && retry <= 900, r.header("retry-after").constData());
    }

    // SEC3: sign-in per account: 10 wrong passwords -> 429 with Retry-After, even for the right one.
    void signInThrottledPerAccount()
    {
        Account a;
        CALL(freshUser(a, QStringLiteral("loginthrottle")));
        for (int i = 0; i < 10; ++i)
            EXPECT_ERROR(m_server.login(a.email, QStringLiteral("wrong-password-%1").arg(i)), 401,
                         "errMsg_InvalidCredentials");
        const Reply r = m_server.login(a.email, a.password);
        EXPECT_ERROR(r, 429, "errMsg_TooManyAttempts");
        const int retry = r.header("retry-after").toInt();
        QVERIFY2(retry > 0 && retry <= 900, r.describe().constData());
        // Other accounts are not locked out by it.
        Account b;
        CALL(freshUser(b, QStringLiteral("notlocked")));
    }

    // SEC5: a password change ends the user's other sessions; the one that changed it stays.
    void passwordChangeEndsOtherSessions()
    {
        Account a;
        CALL(freshUser(a, QStringLiteral("pwchange")));
        Account other = a;
        CALL(signIn(other));
        QCOMPARE(statusWith(a, other.token), 200);
        EXPECT_STATUS(m_server.patch(QStringLiteral("/auth-api/v1/userpassword/") + a.id,
                                     {{QStringLiteral("oldPassword"), a.password},
                                      {QStringLiteral("newPassword"), QStringLiteral("changed-pass-3")}},
                                     a.token),
                      200);
        QCOMPARE(statusWith(a, a.token), 200);
        QCOMPARE(statusWith(a, other.token), 401);
        CONTRACT_CHECK(shortErrorProblem(m_server.get(QStringLiteral("/auth-api/relogin"), other.token), 401,
                                         QStringLiteral("Cannot relogin")));
    }

    // SEC5: suspend and ban close open hub connections and end every session; reactivation revives none.
    void suspendAndBanEndSessionsAndHub()
    {
        for (const QString &status : {QStringLiteral("suspended"), QStringLiteral("banned")}) {
            Account a;
            CALL(freshUser(a, status));
            HubClient hub;
            QVERIFY2(hub.open(m_server.port(), a.token), "no hello from the hub");
            setStatus(a, status);
            QTRY_VERIFY_WITH_TIMEOUT(hub.closed, 3000);
            QCOMPARE(hub.closeCode, 4401);
            bool told = false;
            for (const QJsonObject &f : std::as_const(hub.frames))
                told = told || f.value(QStringLiteral("code")).toString().startsWith(QLatin1String("errMsg_Account"));
            QVERIFY2(told, "the hub did not say why it closed");
            QVERIFY(statusWith(a, a.token) == 401);
            // D13: relogin with the old token still names the reason.
            CONTRACT_CHECK(errorProblem(m_server.get(QStringLiteral("/auth-api/relogin"), a.token), 403,
                                        status == QLatin1String("banned") ? QStringLiteral("errMsg_AccountBanned")
                                                                          : QStringLiteral("errMsg_AccountSuspended")));

            setStatus(a, QStringLiteral("active"));
            QCOMPARE(statusWith(a, a.token), 401);
            CONTRACT_CHECK(shortErrorProblem(m_server.get(QStringLiteral("/auth-api/relogin"), a.token), 401,
                                             QStringLiteral("Cannot relogin")));
            HubClient again;
            QVERIFY(!again.open(m_server.port(), a.token));
            CALL(signIn(a)); // a fresh sign-in works
            QCOMPARE(statusWith(a, a.token), 200);
        }
    }

    // SEC5: a role change reaches a hub connection that is already open.
    void roleChangeReachesOpenHub()
    {
        Account a;
        CALL(freshUser(a, QStringLiteral("role")));
        HubClient hub;
        QVERIFY(hub.open(m_server.port(), a.token));
        const QJsonObject before = hub.errorFor(
            {{QStringLiteral("type"), QStringLiteral("moderate")}, {QStringLiteral("ref"), QStringLiteral("r1")}});
        QCOMPARE(before.value(QStringLiteral("code")).toString(), QStringLiteral("errMsg_Forbidden"));
        EXPECT_STATUS(m_server.patch(QStringLiteral("/auth-api/v1/userrole/") + a.id,
                                     {{QStringLiteral("roleId"), QStringLiteral("admin")}}, m_super),
                      200);
        QJsonObject after;
        for (int i = 0; i < 20; ++i) { // the hub hears of the change on its next event-loop turn
            after = hub.errorFor({{QStringLiteral("type"), QStringLiteral("moderate")},
                                  {QStringLiteral("ref"), QStringLiteral("r%1").arg(i + 2)}});
            if (after.value(QStringLiteral("code")).toString() != QLatin1String("errMsg_Forbidden"))
                break;
            QTest::qWait(50);
        }
        QVERIFY2(after.value(QStringLiteral("code")).toString().startsWith(QLatin1String("errMsg_MissingParameter")),
                 QJsonDocument(after).toJson().constData());
        QVERIFY(!hub.closed);
    }

    // SEC6: relogin rotates the credential: the old token is dead at once.
    void reloginRotates()
    {
        Account a;
        CALL(freshUser(a, QStringLiteral("relogin")));
        const Reply r = m_server.get(QStringLiteral("/auth-api/relogin"), a.token);
        EXPECT_STATUS(r, 200);
        const QString fresh = r.value(QStringLiteral("accessToken")).toString();
        QVERIFY(fresh != a.token);
        QCOMPARE(statusWith(a, a.token), 401);
        QCOMPARE(statusWith(a, fresh), 200);
        CONTRACT_CHECK(shortErrorProblem(m_server.get(QStringLiteral("/auth-api/relogin"), a.token), 401,
                                         QStringLiteral("Cannot relogin")));
    }

    // SEC3: per client address: 30 failures over any accounts -> 429 for every further account.
    void throttledPerAddress()
    {
        Server fresh;
        fresh.setDevCodes(false);
        QString error;
        QVERIFY2(fresh.start(&error), qPrintable(error));
        for (int i = 0; i < 30; ++i)
            EXPECT_ERROR(fresh.login(QStringLiteral("nobody%1@example.org").arg(i), QStringLiteral("wrong-pass")), 401,
                         "errMsg_InvalidCredentials");
        const Reply login = fresh.login(QString::fromLatin1(kStudentTom));
        EXPECT_ERROR(login, 429, "errMsg_TooManyAttempts");
        QVERIFY(login.header("retry-after").toInt() > 0);

        for (int i = 0; i < 30; ++i) {
            const Reply r = fresh.post(vs("email-verification/complete"),
                                       {{QStringLiteral("email"), QStringLiteral("nobody%1@example.org").arg(i)},
                                        {QStringLiteral("secretCode"), QStringLiteral("123456")}});
            QVERIFY2(r.status == 404, r.describe().constData());
        }
        const Reply code = fresh.post(vs("password-reset-by-email/complete"),
                                      {{QStringLiteral("email"), QString::fromLatin1(kStudentTom)},
                                       {QStringLiteral("secretCode"), QStringLiteral("123456")},
                                       {QStringLiteral("password"), QStringLiteral("another-pass-2")}});
        EXPECT_ERROR(code, 429, "errMsg_TooManyAttempts");
        QVERIFY(code.header("retry-after").toInt() > 0);
    }

    // No code in the request log either (SEC1): the log lines hold method, path, status, time.
    void cleanupTestCase()
    {
        m_server.stop();
        QVERIFY(!m_server.stderrText().contains("secretCode"));
    }
};

QTEST_GUILESS_MAIN(TstContractSecuritySessions)
#include "tst_contract_security_sessions.moc"
