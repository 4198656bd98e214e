// Two-step sign-in (issue 13 item 6, decisions C30-C32): the per-user e-mail 2FA switch (the user on
// their profile, an admin on the user), the pending session a sign-in then gets (its token refused by
// every route that needs a sign-in, by currentuser and relogin), completion with the mailed code, and
// the demo account that has it on. A real Server in this thread, its routes called through the router
// (no sockets), codes read from its mail folder (no --dev-codes), its database read directly.
#include "../support/postgrestest.h"
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

namespace {
const QString kDemoPassword = QStringLiteral("tutorhub-demo");
const QString kTwoFactorDemo = QStringLiteral("noah.brandt@tutorhub.local");
const QString kVs = QStringLiteral("/auth-api/verification-services/");
} // namespace

class TestServerTwoFactor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
    QString m_adminToken;
    int m_counter = 0;

    Response call(const QByteArray &method, const QString &path, const QJsonObject &json = {},
                  const QString &token = {}, const QByteArray &contentType = "application/json",
                  const QByteArray &raw = {})
    {
        Request r;
        r.method = method;
        r.path = path;
        r.body = !raw.isEmpty()   ? raw
                 : json.isEmpty() ? QByteArray()
                                  : QJsonDocument(json).toJson(QJsonDocument::Compact);
        r.headers.insert("content-type", contentType);
        if (!token.isEmpty())
            r.headers.insert("authorization", "Bearer " + token.toLatin1());
        r.timer.start();
        r.requestId = randomHex(16);
        r.baseUrl = m_server->baseUrl().toString();
        r.clientAddress = QStringLiteral("127.0.0.1");
        return m_server->router().dispatch(r);
    }
    static QJsonObject obj(const Response &r) { return QJsonDocument::fromJson(r.body).object(); }
    static QString message(const Response &r) { return obj(r).value(QStringLiteral("message")).toString(); }

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
            if (raw.contains("<" + email.toLatin1() + ">") && raw.contains("X-TutorHub-Purpose: email-2fa"))
                return line.match(QString::fromLatin1(raw.mid(raw.indexOf("\r\n\r\n")))).captured(1);
        }
        return {};
    }

    QJsonObject login(const QString &email, const QString &password, int expectedStatus = 200)
    {
        const Response r
            = call("POST", QStringLiteral("/auth-api/login"), {{"username", email}, {"password", password}});
        if (r.status != expectedStatus)
            qWarning("login %s: %d %s", qPrintable(email), r.status, r.body.constData());
        return r.status == expectedStatus ? obj(r) : QJsonObject();
    }

    // A fresh verified account made by the admin; returns its id.
    QString freshUser(const QString &email, const QString &password)
    {
        const Response r = call("POST", QStringLiteral("/auth-api/v1/users"),
                                {{"email", email}, {"password", password}, {"fullname", "Two Step"}}, m_adminToken);
        return r.status == 201 ? obj(r).value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString()
                               : QString();
    }

    // Start + code from the mail + complete: the finished session object.
    QJsonObject completeByMail(const QJsonObject &pending)
    {
        const QJsonObject ids {{"userId", pending.value("userId")}, {"sessionId", pending.value("sessionId")}};
        const Response start = call("POST", kVs + QStringLiteral("email-2factor-verification/start"), ids);
        if (start.status != 200 || obj(start).contains(QStringLiteral("secretCode")))
            return {};
        QJsonObject body = ids;
        body.insert(QStringLiteral("secretCode"), codeFromMail(pending.value("email").toString()));
        const Response done = call("POST", kVs + QStringLiteral("email-2factor-verification/complete"), body);
        return done.status == 200 ? obj(done) : QJsonObject();
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
        m_adminToken = login(QStringLiteral("admin@tutorhub.local"), kDemoPassword)
                           .value(QStringLiteral("accessToken"))
                           .toString();
        QVERIFY(!m_adminToken.isEmpty());
    }

    void cleanupTestCase() { m_server.reset(); }

    // C31, C32: the demo account with 2FA on gets a pending session that lives 10 minutes.
    void demoAccountSignsInPending()
    {
        const QJsonObject s = login(kTwoFactorDemo, kDemoPassword);
        QVERIFY(!s.isEmpty());
        QCOMPARE(s.value(QStringLiteral("sessionNeedsEmail2FA")), QJsonValue(true));
        QCOMPARE(s.value(QStringLiteral("sessionNeedsMobile2FA")), QJsonValue(false));
        QVERIFY(!s.value(QStringLiteral("accessToken")).toString().isEmpty());
        const QString sid = s.value(QStringLiteral("sessionId")).toString();
        QCOMPARE(scalar(QStringLiteral("SELECT pending2FA FROM sessions WHERE id = ?"), {sid}),
                 QStringLiteral("email"));
        const QDateTime created
            = parseIso(scalar(QStringLiteral("SELECT createdAt FROM sessions WHERE id = ?"), {sid}));
        const QDateTime expires
            = parseIso(scalar(QStringLiteral("SELECT expiresAt FROM sessions WHERE id = ?"), {sid}));
        QCOMPARE(created.secsTo(expires), 600);
        // Everyone else signs in as before.
        QCOMPARE(login(QStringLiteral("lena.fischer@tutorhub.local"), kDemoPassword)
                     .value(QStringLiteral("sessionNeedsEmail2FA")),
                 QJsonValue(false));
    }

    // C31: the pending token is refused by every route that needs a sign-in (403 errMsg_TwoFactorNeeded),
    // and currentuser, permissions and relogin do not know it.
    void pendingTokenIsRefusedEverywhere()
    {
        const QJsonObject s = login(kTwoFactorDemo, kDemoPassword);
        const QString token = s.value(QStringLiteral("accessToken")).toString();
        QVERIFY(!token.isEmpty());
        const QString id = s.value(QStringLiteral("userId")).toString();
        QStringList failures;
        int checked = 0;
        for (const Route &r : m_server->router().routes()) {
            if (r.access == Access::Public)
                continue;
            const QString segment = r.segment == QLatin1String("*") ? QStringLiteral("auth-api") : r.segment;
            QString path = r.pattern;
            path.replace(QRegularExpression(QStringLiteral(":[A-Za-z]+")), id); // own id wherever an id goes
            const bool raw = r.body == BodyKind::Raw;
            const Response res = call(r.method, QLatin1Char('/') + segment + path, {}, token,
                                      raw ? QByteArray("image/png") : QByteArray("application/json"),
                                      r.method == "GET" || r.method == "DELETE" ? QByteArray()
                                      : raw                                     ? QByteArray("x")
                                                                                : QByteArray("{}"));
            ++checked;
            if (res.status != 403 || message(res) != QLatin1String("errMsg_TwoFactorNeeded"))
                failures << QStringLiteral("%1 %2 -> %3 %4")
                                .arg(QString::fromLatin1(r.method), segment + path)
                                .arg(res.status)
                                .arg(QString::fromUtf8(res.body.left(160)));
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY2(checked > 200, qPrintable(QString::number(checked)));
        QCOMPARE(call("GET", QStringLiteral("/auth-api/currentuser"), {}, token).status, 401);
        QCOMPARE(call("GET", QStringLiteral("/enrollmentmanagement-api/permissions"), {}, token).status, 401);
        const Response relogin = call("GET", QStringLiteral("/auth-api/relogin"), {}, token);
        QCOMPARE(relogin.status, 401);
        QVERIFY(!obj(relogin).contains(QStringLiteral("accessToken")));
        // Public routes still answer, as for anyone.
        QCOMPARE(call("GET", QStringLiteral("/tutorcatalog-api/v1/coursecategories"), {}, token).status, 200);
    }

    // C31: the mailed code completes the same session; the full token works, the pending one never will.
    void codeCompletesTheSession()
    {
        const QJsonObject s = login(kTwoFactorDemo, kDemoPassword);
        const QString pendingToken = s.value(QStringLiteral("accessToken")).toString();
        const QString sid = s.value(QStringLiteral("sessionId")).toString();
        const QString id = s.value(QStringLiteral("userId")).toString();
        const QJsonObject ids {{"userId", id}, {"sessionId", sid}};
        // A wrong code first.
        QCOMPARE(call("POST", kVs + QStringLiteral("email-2factor-verification/start"), ids).status, 200);
        const QString code = codeFromMail(kTwoFactorDemo);
        QCOMPARE(code.size(), 6);
        QJsonObject wrong = ids;
        wrong.insert(QStringLiteral("secretCode"),
                     code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
        const Response bad = call("POST", kVs + QStringLiteral("email-2factor-verification/complete"), wrong);
        QCOMPARE(bad.status, 403);
        QCOMPARE(message(bad), QStringLiteral("errMsg_CodeMismatch"));
        QCOMPARE(call("GET", QStringLiteral("/auth-api/v1/users/") + id, {}, pendingToken).status, 403);
        // A second start within a minute is refused (the window says to wait).
        QCOMPARE(message(call("POST", kVs + QStringLiteral("email-2factor-verification/start"), ids)),
                 QStringLiteral("errMsg_CodeResendTooFrequent"));

        QJsonObject right = ids;
        right.insert(QStringLiteral("secretCode"), code);
        const Response done = call("POST", kVs + QStringLiteral("email-2factor-verification/complete"), right);
        QCOMPARE(done.status, 200);
        const QJsonObject full = obj(done);
        QCOMPARE(full.value(QStringLiteral("sessionNeedsEmail2FA")), QJsonValue(false));
        QCOMPARE(full.value(QStringLiteral("sessionId")).toString(), sid);
        const QString token = full.value(QStringLiteral("accessToken")).toString();
        QVERIFY(!token.isEmpty() && token != pendingToken);
        QVERIFY(scalar(QStringLiteral("SELECT pending2FA FROM sessions WHERE id = ?"), {sid}).isEmpty());
        const QDateTime expires
            = parseIso(scalar(QStringLiteral("SELECT expiresAt FROM sessions WHERE id = ?"), {sid}));
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(expires) > 86000);

        QCOMPARE(call("GET", QStringLiteral("/auth-api/v1/users/") + id, {}, token).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/auth-api/currentuser"), {}, token).status, 200);
        // The pending token stays pending although its session is complete now.
        const Response stillPending = call("GET", QStringLiteral("/auth-api/v1/users/") + id, {}, pendingToken);
        QCOMPARE(stillPending.status, 403);
        QCOMPARE(message(stillPending), QStringLiteral("errMsg_TwoFactorNeeded"));
        QCOMPARE(call("GET", QStringLiteral("/auth-api/relogin"), {}, pendingToken).status, 401);
        // The code is used up; relogin of the full session needs no new code.
        QCOMPARE(message(call("POST", kVs + QStringLiteral("email-2factor-verification/complete"), right)),
                 QStringLiteral("errMsg_NoOngoingVerification"));
        const Response relogin = call("GET", QStringLiteral("/auth-api/relogin"), {}, token);
        QCOMPARE(relogin.status, 200);
        QCOMPARE(obj(relogin).value(QStringLiteral("sessionNeedsEmail2FA")), QJsonValue(false));
        QCOMPARE(
            call("GET", QStringLiteral("/auth-api/v1/users/") + id, {}, obj(relogin).value("accessToken").toString())
                .status,
            200);
    }

    // C31: a pending sign-in not finished in 10 minutes is gone; logout ends a pending one at once.
    void pendingSessionsEnd()
    {
        QJsonObject s = login(kTwoFactorDemo, kDemoPassword);
        m_server->repository().exec(
            QStringLiteral("UPDATE sessions SET expiresAt = ? WHERE id = ?"),
            {isoTime(QDateTime::currentDateTimeUtc().addSecs(-1)), s.value("sessionId").toString()});
        const QJsonObject ids {{"userId", s.value("userId")}, {"sessionId", s.value("sessionId")}};
        QCOMPARE(call("POST", kVs + QStringLiteral("email-2factor-verification/start"), ids).status, 401);

        s = login(kTwoFactorDemo, kDemoPassword);
        QCOMPARE(call("POST", QStringLiteral("/auth-api/logout"), {}, s.value("accessToken").toString()).status, 200);
        const QJsonObject ids2 {{"userId", s.value("userId")}, {"sessionId", s.value("sessionId")}};
        QCOMPARE(call("POST", kVs + QStringLiteral("email-2factor-verification/start"), ids2).status, 401);
    }

    // C30: the user switches 2FA on for themself (updateProfile); an admin switches it off (updateUser).
    void switchByUserAndAdmin()
    {
        const QString email = QStringLiteral("two.step.%1@example.org").arg(++m_counter);
        const QString password = QStringLiteral("two-step-pass");
        const QString id = freshUser(email, password);
        QVERIFY(!id.isEmpty());
        QJsonObject s = login(email, password);
        QCOMPARE(s.value(QStringLiteral("sessionNeedsEmail2FA")), QJsonValue(false));
        const QString token = s.value(QStringLiteral("accessToken")).toString();
        const Response user = call("GET", QStringLiteral("/auth-api/v1/users/") + id, {}, token);
        QCOMPARE(obj(user).value("user").toObject().value(QStringLiteral("emailTwoFactor")), QJsonValue(false));

        QCOMPARE(call("PATCH", QStringLiteral("/auth-api/v1/profile/") + id, {{"emailTwoFactor", "yes"}}, token).status,
                 400);
        const Response on
            = call("PATCH", QStringLiteral("/auth-api/v1/profile/") + id, {{"emailTwoFactor", true}}, token);
        QCOMPARE(on.status, 200);
        QCOMPARE(obj(on).value("user").toObject().value(QStringLiteral("emailTwoFactor")), QJsonValue(true));
        // The session it was switched on from stays; the next sign-in needs the code.
        QCOMPARE(call("GET", QStringLiteral("/auth-api/v1/users/") + id, {}, token).status, 200);
        s = login(email, password);
        QCOMPARE(s.value(QStringLiteral("sessionNeedsEmail2FA")), QJsonValue(true));
        const QJsonObject full = completeByMail(s);
        QCOMPARE(full.value(QStringLiteral("sessionNeedsEmail2FA")), QJsonValue(false));

        // Another user cannot switch it for them; an admin can.
        const QString lena
            = login(QStringLiteral("lena.fischer@tutorhub.local"), kDemoPassword).value("accessToken").toString();
        QCOMPARE(call("PATCH", QStringLiteral("/auth-api/v1/profile/") + id, {{"emailTwoFactor", false}}, lena).status,
                 403);
        QCOMPARE(call("PATCH", QStringLiteral("/auth-api/v1/users/") + id, {{"emailTwoFactor", false}}, lena).status,
                 403);
        const Response off
            = call("PATCH", QStringLiteral("/auth-api/v1/users/") + id, {{"emailTwoFactor", false}}, m_adminToken);
        QCOMPARE(off.status, 200);
        QCOMPARE(obj(off).value("user").toObject().value(QStringLiteral("emailTwoFactor")), QJsonValue(false));
        QCOMPARE(login(email, password).value(QStringLiteral("sessionNeedsEmail2FA")), QJsonValue(false));
        // Registration cannot switch it on (the field is not taken there).
        const QString other = QStringLiteral("two.step.reg.%1@example.org").arg(++m_counter);
        const Response reg
            = call("POST", QStringLiteral("/auth-api/v1/registeruser"),
                   {{"email", other}, {"password", password}, {"fullname", "Reg"}, {"emailTwoFactor", true}});
        QCOMPARE(reg.status, 201);
        QCOMPARE(obj(reg).value("user").toObject().value(QStringLiteral("emailTwoFactor")), QJsonValue(false));
    }
};

QTEST_GUILESS_MAIN(TestServerTwoFactor)
#include "tst_server_twofactor.moc"
