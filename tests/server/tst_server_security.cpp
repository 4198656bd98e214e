// Security internals (issue 12, docs/security.md): codes are stored hashed and live 10 minutes;
// an old scrypt password hash is upgraded to argon2id at sign-in; relogin chains end 30 days after
// the password sign-in; the throttle's limits and Retry-After. A real Server in this thread, its
// routes called through the router (no sockets), its database read directly.
#include "../support/postgrestest.h"
#include "auth/crypto.h"
#include "auth/sessions.h"
#include "auth/throttle.h"
#include "auth/userschema.h"
#include "core/apierror.h"
#include "core/util.h"
#include "db/repository.h"
#include "http/router.h"
#include "server.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tutorhub::server;

class TestServerSecurity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;

    Response call(const QByteArray &method, const QString &path, const QJsonObject &json = {},
                  const QString &token = {})
    {
        Request r;
        r.method = method;
        r.path = path;
        r.body = json.isEmpty() ? QByteArray() : QJsonDocument(json).toJson(QJsonDocument::Compact);
        r.headers.insert("content-type", "application/json");
        if (!token.isEmpty())
            r.headers.insert("authorization", "Bearer " + token.toLatin1());
        r.timer.start();
        r.requestId = randomHex(16);
        r.baseUrl = m_server->baseUrl().toString();
        r.clientAddress = QStringLiteral("127.0.0.1");
        return m_server->router().dispatch(r);
    }
    static QJsonObject obj(const Response &r) { return QJsonDocument::fromJson(r.body).object(); }

    QString scalar(const QString &sql, const QVariantList &binds)
    {
        QSqlQuery q = m_server->repository().exec(sql, binds);
        return q.next() ? q.value(0).toString() : QString();
    }

    QString codeFromMail(const QString &email)
    {
        const QDir dir(m_server->mailDir());
        const QStringList names = dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name | QDir::Reversed);
        static const QRegularExpression line(QStringLiteral("^\\s*(\\d{6})\\s*$"), QRegularExpression::MultilineOption);
        for (const QString &n : names) {
            QFile f(dir.filePath(n));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray raw = f.readAll();
            if (raw.contains("<" + email.toLatin1() + ">"))
                return line.match(QString::fromLatin1(raw.mid(raw.indexOf("\r\n\r\n")))).captured(1);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ServerOptions o;
        o.dataDir = m_dir.path();
        o.demo = true;
        o.logRequests = false;
        QString why;
        o.database = tutorhub::test::postgres::databaseFor(m_dir.path(), &why); // <test>@postgresql (DB7)
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_server = std::make_unique<Server>(o);
        QVERIFY2(m_server->start(&why), qPrintable(why));
    }

    void cleanupTestCase() { m_server.reset(); }

    // SEC2: the database holds a salted SHA-256 of the code, which lives 10 minutes; past that it is refused.
    void codesAreHashedAndExpire()
    {
        const QString email = QStringLiteral("hashed.code@example.org");
        QCOMPARE(call("POST", "/auth-api/v1/registeruser",
                      {{"email", email}, {"password", "secret-pass-1"}, {"fullname", "Hashed Code"}})
                     .status,
                 201);
        const Response start
            = call("POST", "/auth-api/verification-services/email-verification/start", {{"email", email}});
        QCOMPARE(start.status, 200);
        QVERIFY(!obj(start).contains("secretCode"));
        const QString code = codeFromMail(email);
        QVERIFY(!code.isEmpty());
        const QString userId = obj(start).value("userId").toString();
        const QString stored = scalar("SELECT code FROM verificationCodes WHERE userId = ?", {userId});
        QVERIFY2(stored.startsWith("sha256$") && !stored.contains(code), qPrintable(stored));
        QVERIFY(crypto::verifyCode(code, stored));
        QVERIFY(!crypto::verifyCode(code == "000000" ? "111111" : "000000", stored));
        const QDateTime created
            = parseIso(scalar("SELECT createdAt FROM verificationCodes WHERE userId = ?", {userId}));
        const QDateTime expires
            = parseIso(scalar("SELECT expiresAt FROM verificationCodes WHERE userId = ?", {userId}));
        QCOMPARE(created.secsTo(expires), 600);

        // Ten minutes later the right code is refused and gone.
        m_server->repository().exec("UPDATE verificationCodes SET expiresAt = ? WHERE userId = ?",
                                    {isoTime(QDateTime::currentDateTimeUtc().addSecs(-1)), userId});
        const Response late = call("POST", "/auth-api/verification-services/email-verification/complete",
                                   {{"email", email}, {"secretCode", code}});
        QCOMPARE(late.status, 403);
        QCOMPARE(obj(late).value("message").toString(), QStringLiteral("errMsg_CodeExpired"));
        QCOMPARE(scalar("SELECT count(*) FROM verificationCodes WHERE userId = ?", {userId}), QStringLiteral("0"));
    }

    // SEC4: a scrypt hash of an older database signs in and is replaced by argon2id at once.
    void scryptHashUpgradedAtSignIn()
    {
        const QString email = QStringLiteral("aiko.tanaka@tutorhub.local");
        const QString id = scalar("SELECT id FROM users WHERE email = ?", {email});
        m_server->repository().exec("UPDATE users SET password = ? WHERE id = ?",
                                    {crypto::hashPasswordScrypt("tutorhub-demo"), id});
        QVERIFY(scalar("SELECT password FROM users WHERE id = ?", {id}).startsWith("scrypt$"));
        const Response r = call("POST", "/auth-api/login", {{"username", email}, {"password", "tutorhub-demo"}});
        QCOMPARE(r.status, 200);
        const QString upgraded = scalar("SELECT password FROM users WHERE id = ?", {id});
        QVERIFY2(upgraded.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), qPrintable(upgraded));
        QVERIFY(!crypto::needsRehash(upgraded));
        QCOMPARE(call("POST", "/auth-api/login", {{"username", email}, {"password", "tutorhub-demo"}}).status, 200);
        QCOMPARE(scalar("SELECT password FROM users WHERE id = ?", {id}), upgraded); // not re-hashed again
        QCOMPARE(call("POST", "/auth-api/login", {{"username", email}, {"password", "tutorhub-dem0"}}).status, 401);
    }

    // SEC6: relogin keeps the time of the password sign-in and refuses once that is 30 days old.
    void reloginHasAnAbsoluteLifetime()
    {
        const auto user
            = m_server->repository().findOne(userSchema(), "email = ?", {QStringLiteral("tom.baker@tutorhub.local")});
        QVERIFY(user);
        const qint64 now = QDateTime::currentSecsSinceEpoch();

        const Sessions::Issued recent = m_server->sessions().create(*user, now - 29 * 86400);
        const Response ok = call("GET", "/auth-api/relogin", {}, recent.token);
        QCOMPARE(ok.status, 200);
        const QString rotated = obj(ok).value("accessToken").toString();
        const auto claims = m_server->keys().verify(rotated);
        QVERIFY(claims);
        QCOMPARE(qint64(claims->value("auth_time").toDouble()), now - 29 * 86400); // carried, not renewed
        QVERIFY(!m_server->sessions().resolve(recent.token)); // rotated: the old one is dead

        const Sessions::Issued old = m_server->sessions().create(*user, now - Sessions::kAbsoluteLifetimeSecs - 60);
        QVERIFY(m_server->sessions().resolve(old.token)); // still a valid session for ordinary requests ...
        const Response refused = call("GET", "/auth-api/relogin", {}, old.token);
        QCOMPARE(refused.status, 401);
        QCOMPARE(obj(refused).value("message").toString(), QStringLiteral("Cannot relogin"));
        QVERIFY(!m_server->sessions().resolve(old.token)); // ... but the chain ends: a password sign-in is needed
    }

    // SEC3: limits per account and per address in a sliding window; Retry-After counts down the window.
    void throttleLimitsAndRetryAfter()
    {
        Throttle t({2, 3, 60});
        t.check("login", "a@example.org", "10.0.0.1");
        t.failed("login", "a@example.org", "10.0.0.1");
        t.check("login", "A@Example.org ", "10.0.0.1"); // one failure: below the limit; names are case-blind
        t.failed("login", "a@example.org", "10.0.0.1");
        try {
            t.check("login", "a@example.org", "10.0.0.2");
            QFAIL("the account is over its limit");
        } catch (const HttpError &e) {
            QCOMPARE(e.status(), 429);
            QCOMPARE(e.code(), QStringLiteral("errMsg_TooManyAttempts"));
            QVERIFY(e.retryAfter() > 55 && e.retryAfter() <= 60);
        }
        t.check("code", "a@example.org", "10.0.0.1"); // another scope counts apart
        t.check("login", "b@example.org", "10.0.0.1"); // two failures from the address: below 3
        t.failed("login", "b@example.org", "10.0.0.1");
        QVERIFY_THROWS_EXCEPTION(HttpError, t.check("login", "c@example.org", "10.0.0.1")); // address at 3
        t.check("login", "c@example.org", "10.0.0.9");
        t.succeeded("login", "a@example.org"); // a success clears the account, not the address
        t.check("login", "a@example.org", "10.0.0.2");
        QVERIFY_THROWS_EXCEPTION(HttpError, t.check("login", "a@example.org", "10.0.0.1"));
    }

    // The router turns the throttle's error into 429 with Retry-After and the D2 envelope.
    void tooManyAttemptsResponse()
    {
        Router router;
        router.add(Route {R::login, [](Request &) -> Response { throw HttpError::tooManyAttempts(42); }});
        Request r;
        r.method = "POST";
        r.path = "/auth-api/login";
        const Response res = router.dispatch(r);
        QCOMPARE(res.status, 429);
        bool found = false;
        for (const auto &h : res.headers)
            found = found || (h.first == "Retry-After" && h.second == "42");
        QVERIFY(found);
        QCOMPARE(obj(res).value("message").toString(), QStringLiteral("errMsg_TooManyAttempts"));
        QCOMPARE(obj(res).value("errCode").toInt(), 429);
    }
};

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_server_security.moc"
