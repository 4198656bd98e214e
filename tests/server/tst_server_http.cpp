// HTTP internals: envelope shapes (D1/D2), schema serialization and validation, router matching,
// 404/405, body limit and error mapping.
#include "auth/userschema.h"
#include "core/apierror.h"
#include "http/envelope.h"
#include "http/router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tutorhub::server;

namespace {

QJsonObject body(const Response &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

Request request(const QByteArray &method, const QString &path, const QByteArray &payload = {})
{
    Request r;
    r.method = method;
    r.path = path;
    r.body = payload;
    if (!payload.isEmpty())
        r.headers.insert("content-type", "application/json");
    r.timer.start();
    r.requestId = QStringLiteral("0123456789abcdef0123456789abcdef");
    return r;
}

} // namespace

class TestServerHttp : public QObject
{
    Q_OBJECT

private slots:
    void successEnvelope()
    {
        Request req = request("GET", "/auth-api/v1/users/1");
        req.segment = "auth-api";
        const Response r = envelope::ok(req, "user", "get", QJsonObject {{"id", "1"}});
        QCOMPARE(r.status, 200);
        const QJsonObject o = body(r);
        for (const char *k :
             {"status", "statusCode", "elapsedMs", "ssoTime", "source", "cacheKey", "userId", "sessionId", "requestId",
              "dataName", "method", "action", "appVersion", "rowCount", "user"})
            QVERIFY2(o.contains(QLatin1String(k)), k);
        QCOMPARE(o.value("status").toString(), QStringLiteral("OK"));
        QVERIFY(o.value("statusCode").isDouble()); // D1: numbers, not strings
        QCOMPARE(o.value("statusCode").toInt(), 200);
        QVERIFY(o.value("elapsedMs").isDouble());
        QVERIFY(o.value("ssoTime").isDouble());
        QCOMPARE(o.value("rowCount").toInt(), 1);
        QCOMPARE(o.value("appVersion").toString(), QStringLiteral("1.0.52"));
        QVERIFY(!o.contains("paging"));

        Paging p;
        p.pageNumber = 2;
        p.pageRowCount = 10;
        p.totalRowCount = 31;
        p.pageCount = 4;
        const QJsonObject l = body(envelope::list(req, "users", QJsonArray {1, 2}, p));
        QCOMPARE(l.value("rowCount").toInt(), 2);
        QCOMPARE(l.value("action").toString(), QStringLiteral("list"));
        QVERIFY(l.value("filters").isArray());
        QVERIFY(l.value("uiPermissions").isArray());
        const QJsonObject po = l.value("paging").toObject();
        for (const char *k : {"pageNumber", "pageRowCount", "totalRowCount", "pageCount"})
            QVERIFY2(po.value(QLatin1String(k)).isDouble(), k);
        QCOMPARE(po.value("totalRowCount").toInt(), 31);
    }

    void errorEnvelopes()
    {
        const Response r = envelope::error(409, "errMsg_EmailAlreadyRegistered", "taken");
        QCOMPARE(r.status, 409);
        const QJsonObject o = body(r);
        QCOMPARE(o.keys(), (QStringList {"date", "detail", "errCode", "message", "result", "status"}));
        QCOMPARE(o.value("result").toString(), QStringLiteral("ERR"));
        QCOMPARE(o.value("status").toInt(), 409);
        QCOMPARE(o.value("errCode").toInt(), 409);
        QVERIFY(QDateTime::fromString(o.value("date").toString(), Qt::ISODateWithMs).isValid());

        const QJsonObject s = body(envelope::shortError("No login found"));
        QCOMPARE(s.value("status").toString(), QStringLiteral("ERR"));
        QCOMPARE(s.value("message").toString(), QStringLiteral("No login found"));
        QCOMPARE(s.value("errCode").toInt(), 401);
    }

    void schemaSerialization()
    {
        const QVariantMap row {{"id", "u1"},
                               {"isActive", 1},
                               {"recordVersion", 3},
                               {"createdAt", "2024-01-01T00:00:00.000Z"},
                               {"email", "a@b.cd"},
                               {"password", "scrypt$secret"},
                               {"emailVerified", 0},
                               {"tutorApplicationStatus", "approved"},
                               {"accountStatus", "banned"}};
        const QJsonObject o = userSchema().toJson(row);
        QVERIFY(!o.contains("password"));
        QCOMPARE(o.value("isActive"), QJsonValue(true));
        QCOMPARE(o.value("emailVerified"), QJsonValue(false));
        QCOMPARE(o.value("recordVersion").toInt(), 3);
        QCOMPARE(o.value("tutorApplicationStatus_idx").toInt(), 2);
        QCOMPARE(o.value("accountStatus_idx").toInt(), 2);
        QVERIFY(o.value("bio").isNull());
        for (const char *k : {"id", "isActive", "recordVersion", "createdAt", "updatedAt", "_owner"})
            QVERIFY2(o.contains(QLatin1String(k)), k);
    }

    void schemaValidation_data()
    {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing") << QJsonObject {{"email", "a@b.cd"}} << "errMsg_MissingParameter:fullname";
        QTest::newRow("blank") << QJsonObject {{"fullname", "  "}} << "errMsg_MissingParameter:fullname";
        QTest::newRow("type") << QJsonObject {{"fullname", 5}} << "errMsg_InvalidParameter:fullname";
        QTest::newRow("long") << QJsonObject {{"fullname", QString(256, 'x')}} << "errMsg_ParameterTooLong:fullname";
        QTest::newRow("text long") << QJsonObject {{"fullname", "ok"}, {"bio", QString(10001, 'x')}}
                                   << "errMsg_ParameterTooLong:bio";
        QTest::newRow("enum") << QJsonObject {{"fullname", "ok"}, {"accountStatus", "gone"}}
                              << "errMsg_InvalidParameter:accountStatus";
        QTest::newRow("bool") << QJsonObject {{"fullname", "ok"}, {"emailVerified", "yes"}}
                              << "errMsg_InvalidParameter:emailVerified";
    }
    void schemaValidation()
    {
        QFETCH(QJsonObject, input);
        QFETCH(QString, code);
        try {
            userSchema().readInput(input, {"fullname", "bio", "accountStatus", "emailVerified"}, {"fullname"});
            QFAIL("accepted");
        } catch (const HttpError &e) {
            QCOMPARE(e.status(), 400);
            QCOMPARE(e.code(), code);
        }
    }

    void schemaInputNormalizes()
    {
        const QVariantMap m = userSchema().readInput(QJsonObject {{"fullname", "Ann"},
                                                                  {"accountStatus", "SUSPENDED"},
                                                                  {"bio", QJsonValue::Null},
                                                                  {"password", "ignored"}},
                                                     {"fullname", "accountStatus", "bio"});
        QCOMPARE(m.value("accountStatus").toString(), QStringLiteral("suspended"));
        QVERIFY(m.contains("bio") && m.value("bio").isNull());
        QVERIFY(!m.contains("password")); // not allowed here -> ignored
        QCOMPARE(m.value("fullname").toString(), QStringLiteral("Ann"));
    }

    void routeMatching()
    {
        QHash<QString, QString> p;
        QVERIFY(Router::match("/v1/users/:userId", "/v1/users/42", &p));
        QCOMPARE(p.value("userId"), QStringLiteral("42"));
        QVERIFY(Router::match("/v1/users/:userId", "/v1/users/a%20b", &p));
        QCOMPARE(p.value("userId"), QStringLiteral("a b"));
        QVERIFY(!Router::match("/v1/users/:userId", "/v1/users", &p));
        QVERIFY(!Router::match("/v1/users/:userId", "/v1/users/1/x", &p));
        QVERIFY(Router::match("/health", "/health/", &p));
        QCOMPARE(Router::segments().size(), 9);
    }

    void dispatch()
    {
        Router router;
        // Handlers of our own on rows of the table (every route needs its row, C2).
        router.add({R::health, [](Request &req) { return Response::json(QJsonObject {{"segment", req.segment}}); }});
        router.add({R::login, [](Request &req) { return Response::json(req.json()); }});
        router.add({R::publicKey, [](Request &) -> Response { throw std::runtime_error("bug"); }});
        router.add({R::getUser, [](Request &) { return Response::json(QJsonObject {}); }});
        router.add({R::listUsers, [](Request &) { return Response::json(QJsonObject {}); }});
        router.setAuthenticator([](const Request &req) -> std::optional<AuthContext> {
            if (req.header("authorization") == "user")
                return AuthContext {"u", "s", "user", "t", {}};
            return std::nullopt;
        });

        Request a = request("GET", "/bff-api/health");
        QCOMPARE(body(router.dispatch(a)).value("segment").toString(), QStringLiteral("bff-api"));

        auto code = [&](Request r) {
            const Response res = router.dispatch(r);
            return qMakePair(res.status, body(res).value("message").toString());
        };
        QCOMPARE(code(request("GET", "/nope-api/health")), qMakePair(404, QStringLiteral("errMsg_RouteNotFound")));
        QCOMPARE(code(request("GET", "/auth-api/missing")), qMakePair(404, QStringLiteral("errMsg_RouteNotFound")));
        QCOMPARE(code(request("DELETE", "/auth-api/health")),
                 qMakePair(405, QStringLiteral("errMsg_MethodNotAllowed")));
        QCOMPARE(code(request("POST", "/auth-api/login", "{oops")),
                 qMakePair(400, QStringLiteral("errMsg_InvalidJson")));
        QCOMPARE(code(request("POST", "/auth-api/login", "[1,2]")),
                 qMakePair(400, QStringLiteral("errMsg_InvalidJson")));
        QCOMPARE(code(request("POST", "/auth-api/login", QByteArray(kMaxBodyBytes + 1, ' '))),
                 qMakePair(413, QStringLiteral("errMsg_RequestTooLarge")));
        QCOMPARE(code(request("GET", "/auth-api/publickey")), qMakePair(500, QStringLiteral("errMsg_InternalError")));
        QCOMPARE(code(request("GET", "/auth-api/v1/users/u1")), qMakePair(401, QStringLiteral("errMsg_LoginRequired")));
        Request signedIn = request("GET", "/auth-api/v1/users");
        signedIn.headers.insert("authorization", "user");
        QCOMPARE(code(signedIn), qMakePair(403, QStringLiteral("errMsg_Forbidden")));

        Request wrong = request("PATCH", "/auth-api/login");
        const Response w = router.dispatch(wrong);
        QCOMPARE(w.status, 405);
        QCOMPARE(w.headers.value(0).second, QByteArray("POST"));
    }
};

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_server_http.moc"
