// Shared helpers of the platformAdmin, messaging, notification and agentHub contract suites:
// signed-in actors (demo accounts, fresh students, a plain admin), envelopes with documented extra
// keys, and small request shortcuts.
#pragma once

#include "contractchecks.h"

namespace contract {

struct Actor
{
    QString id, email, token, fullname, role;
};

// Checks a success envelope whose payload comes with documented extra keys (e.g. reporterUser).
inline QString envelopeWithExtras(const Reply &r, int status, const QString &dataName, const QByteArray &method,
                                  const QString &action, const QStringList &extras, Shape shape = Shape::Single)
{
    for (const QString &k : extras)
        if (!r.obj().contains(k))
            return QStringLiteral("extra key %1 missing").arg(k) + where(r);
    Reply stripped = r;
    QJsonObject o = r.obj();
    for (const QString &k : extras)
        o.remove(k);
    stripped.doc = QJsonDocument(o);
    return envelopeProblem(stripped, status, dataName, method, action, shape);
}

// A success envelope of a write whose payload is an array (no paging): rowCount = number of rows.
inline QString arrayEnvelopeProblem(const Reply &r, int status, const QString &dataName, const QByteArray &method,
                                    const QString &action)
{
    const QJsonValue payload = r.obj().value(dataName);
    if (!payload.isArray() || payload.toArray().isEmpty())
        return QStringLiteral("%1 is not a non-empty array").arg(dataName) + where(r);
    if (r.obj().value(QStringLiteral("rowCount")).toInt() != payload.toArray().size())
        return QStringLiteral("rowCount differs from the number of rows") + where(r);
    Reply single = r;
    QJsonObject o = r.obj();
    o.insert(dataName, payload.toArray().first());
    o.insert(QStringLiteral("rowCount"), 1);
    single.doc = QJsonDocument(o);
    return envelopeProblem(single, status, dataName, method, action);
}

class Actors
{
public:
    explicit Actors(Server &server) : m_server(server) { }

    // Signs a demo account in (QVERIFY inside: wrap in CALL).
    void demo(Actor &out, const char *email)
    {
        signIn(out, QString::fromLatin1(email), QString::fromLatin1(kDemoPassword));
    }

    // Registers, verifies and signs in a new student.
    void freshStudent(Actor &out, const QString &tag)
    {
        const QString email = QStringLiteral("ct.%1.%2@example.test").arg(tag.toLower()).arg(++m_counter);
        const QString password = QStringLiteral("pass-%1-%2").arg(tag).arg(m_counter);
        const Reply reg
            = m_server.post(QStringLiteral("/auth-api/v1/registeruser"),
                            {{QStringLiteral("email"), email},
                             {QStringLiteral("password"), password},
                             {QStringLiteral("fullname"), QStringLiteral("Contract %1 %2").arg(tag).arg(m_counter)}});
        EXPECT_STATUS(reg, 201);
        const Reply start = m_server.post(QStringLiteral("/auth-api/verification-services/email-verification/start"),
                                          {{QStringLiteral("email"), email}});
        EXPECT_STATUS(start, 200);
        const Reply done
            = m_server.post(QStringLiteral("/auth-api/verification-services/email-verification/complete"),
                            {{QStringLiteral("email"), email},
                             {QStringLiteral("secretCode"), start.value(QStringLiteral("secretCode")).toString()}});
        EXPECT_STATUS(done, 200);
        signIn(out, email, password);
    }

    // A fresh account made admin by `super`, signed in again so the token carries the role.
    void freshAdmin(Actor &out, const Actor &super, const QString &tag)
    {
        freshStudent(out, tag);
        if (QTest::currentTestFailed())
            return;
        const Reply r = m_server.patch(QStringLiteral("/auth-api/v1/userrole/") + out.id,
                                       {{QStringLiteral("roleId"), QStringLiteral("admin")}}, super.token);
        EXPECT_STATUS(r, 200);
        const QString email = out.email;
        signIn(out, email, m_lastPassword);
    }

private:
    void signIn(Actor &out, const QString &email, const QString &password)
    {
        const Reply r = m_server.login(email, password);
        QVERIFY2(r.status == 200, r.describe().constData());
        out.id = r.value(QStringLiteral("userId")).toString();
        out.email = email;
        out.token = r.value(QStringLiteral("accessToken")).toString();
        out.fullname = r.value(QStringLiteral("fullname")).toString();
        out.role = r.value(QStringLiteral("roleId")).toString();
        m_lastPassword = password;
        QVERIFY(!out.token.isEmpty());
    }

    Server &m_server;
    int m_counter = 0;
    QString m_lastPassword;
};

// Ids of the rows of a list payload.
inline QStringList idsOf(const Reply &r)
{
    QStringList ids;
    for (const QJsonValue &v : r.payload().toArray())
        ids << v.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

// D16: stops the server and lists what is wrong with its stdout/stderr (every line a request log line,
// one per request): catches warnings printed by the server while the suite ran.
inline QStringList stopAndCheckOutput(Server &server)
{
    QTest::qWait(200);
    server.stop();
    return server.outputProblems();
}

inline QString bigText(int n)
{
    return QString(n, QLatin1Char('x'));
}

inline const char *kUnknownId = "0b7a4a2e-9d0c-4f7e-8a53-2f7c2a9b1c11";

} // namespace contract
