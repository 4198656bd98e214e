// Core contract: start-up line, health, envelopes, error shapes, request limits, token locations and
// validity, public key and JWT, session routes on other segments (API.md §1, D1-D6, D15, D16).
#include "tst_contract_core.h"

#include "contractjwt.h"

#include <QTest>

using namespace contract;

void TstContractCore::login(Login &out, const QString &email)
{
    const Reply r = m_server.login(email);
    CONTRACT_CHECK(sessionProblem(r));
    out.token = r.value(QStringLiteral("accessToken")).toString();
    out.userId = r.value(QStringLiteral("userId")).toString();
    out.sessionId = r.value(QStringLiteral("sessionId")).toString();
    out.roleId = r.value(QStringLiteral("roleId")).toString();
}

QJsonArray TstContractCore::listUsers(const Query &query, Reply *reply)
{
    const Reply r = m_server.get(QStringLiteral("/auth-api/v1/users"), m_admin.token, query);
    if (reply)
        *reply = r;
    return r.value(QStringLiteral("users")).toArray();
}

QStringList TstContractCore::field(const QJsonArray &rows, const QString &name)
{
    QStringList out;
    for (const QJsonValue &row : rows)
        out << row.toObject().value(name).toString();
    return out;
}

void TstContractCore::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    CALL(login(m_admin, QString::fromLatin1(kSuperAdmin)));
    QCOMPARE(m_admin.roleId, QStringLiteral("superAdmin"));
    CALL(login(m_lena, QString::fromLatin1(kStudentLena)));
    QCOMPARE(m_lena.roleId, QStringLiteral("user"));
}

void TstContractCore::cleanupTestCase()
{
    m_server.stop();
}

// D16
void TstContractCore::startupLine()
{
    QVERIFY(m_server.port() > 0);
    QCOMPARE(m_server.startupLine(),
             QStringLiteral("tutorhub-server listening on http://127.0.0.1:%1").arg(m_server.port()));
}

// D15
void TstContractCore::healthOnEverySegment_data()
{
    QTest::addColumn<QString>("segment");
    for (const QString &s : segments())
        QTest::newRow(qPrintable(s)) << s;
}

void TstContractCore::healthOnEverySegment()
{
    QFETCH(QString, segment);
    const Reply r = m_server.get(QStringLiteral("/%1/health").arg(segment));
    EXPECT_STATUS(r, 200);
}

void TstContractCore::sessionRoutesOnEverySegment_data()
{
    healthOnEverySegment_data();
}

// D15, §2.3 currentuser and §1.9 permissions on every segment; 401 in the short shape (D2).
void TstContractCore::sessionRoutesOnEverySegment()
{
    QFETCH(QString, segment);
    const Reply cu = m_server.get(QStringLiteral("/%1/currentuser").arg(segment), m_lena.token);
    CONTRACT_CHECK(sessionProblem(cu));
    QCOMPARE(cu.value(QStringLiteral("userId")).toString(), m_lena.userId);
    QCOMPARE(cu.value(QStringLiteral("sessionId")).toString(), m_lena.sessionId);
    QCOMPARE(cu.value(QStringLiteral("email")).toString(), QString::fromLatin1(kStudentLena));

    const Reply noLogin = m_server.get(QStringLiteral("/%1/currentuser").arg(segment));
    CONTRACT_CHECK(shortErrorProblem(noLogin, 401, QStringLiteral("No login found")));

    const Reply perms = m_server.get(QStringLiteral("/%1/permissions").arg(segment), m_lena.token);
    EXPECT_STATUS(perms, 200);
    QVERIFY2(perms.isJson && perms.doc.isArray(), perms.describe().constData());
    const Reply permsNoLogin = m_server.get(QStringLiteral("/%1/permissions").arg(segment));
    CONTRACT_CHECK(shortErrorProblem(permsNoLogin, 401, QStringLiteral("No login found")));
}

// §1.9 shapes.
void TstContractCore::permissionRoutes()
{
    const Reply all = m_server.get(QStringLiteral("/auth-api/permissions"), m_admin.token);
    EXPECT_STATUS(all, 200);
    QVERIFY2(all.doc.isArray(), all.describe().constData());
    for (const QJsonValue &v : all.arr()) {
        const QJsonObject g = v.toObject();
        for (const char *k : {"id", "permissionName", "roleId", "subjectUserId", "subjectUserGroupId", "objectId",
                              "canDo", "tenantCodename"})
            QVERIFY2(g.contains(QLatin1String(k)), qPrintable(QStringLiteral("grant without %1: ").arg(QLatin1String(k))
                                                              + QString::fromUtf8(all.describe())));
        QVERIFY(g.value(QStringLiteral("canDo")).isBool());
    }
    const Reply one = m_server.get(QStringLiteral("/auth-api/permissions/someArbitraryPermission"), m_lena.token);
    EXPECT_STATUS(one, 200);
    QVERIFY2(one.value(QStringLiteral("canDo")).isBool(), one.describe().constData());
    QVERIFY2(one.value(QStringLiteral("exceptions")).isArray(), one.describe().constData());
    const Reply oneNoLogin = m_server.get(QStringLiteral("/auth-api/permissions/someArbitraryPermission"));
    CONTRACT_CHECK(shortErrorProblem(oneNoLogin, 401, QStringLiteral("No login found")));
}

// §1.4 + D1
void TstContractCore::successEnvelopeGet()
{
    const Reply r = m_server.get(QStringLiteral("/auth-api/v1/users/%1").arg(m_lena.userId), m_lena.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("user"), "GET", QStringLiteral("get")));
    QCOMPARE(r.value(QStringLiteral("userId")).toString(), m_lena.userId);
    QCOMPARE(r.value(QStringLiteral("sessionId")).toString(), m_lena.sessionId);
    QCOMPARE(r.data().value(QStringLiteral("id")).toString(), m_lena.userId);
    CONTRACT_CHECK(userProblem(r.data()));

    Request withId;
    withId.path = QStringLiteral("/auth-api/v1/users/%1").arg(m_lena.userId);
    withId.token = m_lena.token;
    withId.query = {{QStringLiteral("requestId"), QStringLiteral("0123456789abcdef0123456789abcdef")}};
    const Reply traced = m_server.send(withId);
    EXPECT_STATUS(traced, 200);
    QCOMPARE(traced.value(QStringLiteral("requestId")).toString(), QStringLiteral("0123456789abcdef0123456789abcdef"));

    // §1.6 common query parameters are accepted on every business API.
    withId.query = {{QStringLiteral("getJoins"), QStringLiteral("false")},
                    {QStringLiteral("excludeCQRS"), QStringLiteral("true")},
                    {QStringLiteral("caching"), QStringLiteral("false")},
                    {QStringLiteral("cacheTTL"), QStringLiteral("10")}};
    CONTRACT_CHECK(envelopeProblem(m_server.send(withId), 200, QStringLiteral("user"), "GET", QStringLiteral("get")));
}

void TstContractCore::successEnvelopeList()
{
    Reply r;
    listUsers({}, &r);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("users"), "GET", QStringLiteral("list"), Shape::List));
    QCOMPARE(r.value(QStringLiteral("userId")).toString(), m_admin.userId);
}

void TstContractCore::successEnvelopeCreate()
{
    const QJsonObject body {{QStringLiteral("email"), QStringLiteral("core.envelope@example.test")},
                            {QStringLiteral("password"), QStringLiteral("envelope-pass-1")},
                            {QStringLiteral("fullname"), QStringLiteral("Core Envelope")}};
    const Reply r = m_server.post(QStringLiteral("/auth-api/v1/registeruser"), body);
    CONTRACT_CHECK(envelopeProblem(r, 201, QStringLiteral("user"), "POST", QStringLiteral("create"), Shape::Single,
                                   /*authenticated=*/false));
    CONTRACT_CHECK(userProblem(r.data()));
    QCOMPARE(r.data().value(QStringLiteral("roleId")).toString(), QStringLiteral("user"));
}

// D2 for routes that do not exist.
void TstContractCore::errorUnknownRoute()
{
    EXPECT_ERROR(m_server.get(QStringLiteral("/auth-api/v1/nosuchroute")), 404, "errMsg_*");
    EXPECT_ERROR(m_server.get(QStringLiteral("/auth-api/v1/nosuchroute"), m_admin.token), 404, "errMsg_*");
    EXPECT_ERROR(m_server.get(QStringLiteral("/tutorcatalog-api/v1/nosuchroute")), 404, "errMsg_*");
    EXPECT_ERROR(m_server.get(QStringLiteral("/nosuch-api/health")), 404, "errMsg_*");
    EXPECT_ERROR(m_server.get(QStringLiteral("/")), 404, "errMsg_*");
}

// A known path with a method it does not serve: an error envelope, 404 or 405 (status not fixed by the contract).
void TstContractCore::errorWrongMethod()
{
    const QList<std::pair<QByteArray, QString>> cases {
        {"PUT", QStringLiteral("/auth-api/v1/users/%1").arg(m_lena.userId)},
        {"DELETE", QStringLiteral("/auth-api/login")},
        {"POST", QStringLiteral("/auth-api/currentuser")},
        {"PATCH", QStringLiteral("/auth-api/v1/registeruser")},
    };
    for (const auto &c : cases) {
        Request req;
        req.method = c.first;
        req.path = c.second;
        req.token = m_admin.token;
        req.json = QJsonObject {};
        const Reply r = m_server.send(req);
        QVERIFY2(r.status == 404 || r.status == 405, r.describe().constData());
        CONTRACT_CHECK(errorProblem(r, r.status));
    }
}

// D3: 400 errMsg_InvalidJson.
void TstContractCore::errorMalformedJson()
{
    Request req;
    req.method = "POST";
    req.path = QStringLiteral("/auth-api/login");
    req.raw = QByteArray("{\"username\": \"admin@tutorhub.local\", ");
    EXPECT_ERROR(m_server.send(req), 400, "errMsg_InvalidJson");

    req.method = "PATCH";
    req.path = QStringLiteral("/auth-api/v1/users/%1").arg(m_lena.userId);
    req.token = m_admin.token;
    req.raw = QByteArray("not json at all");
    EXPECT_ERROR(m_server.send(req), 400, "errMsg_InvalidJson");

    req.method = "POST";
    req.path = QStringLiteral("/auth-api/v1/registeruser");
    req.token.clear();
    req.raw = QByteArray("{\"email\": \"x@example.test\", \"password\": \"abcdefgh1\", \"fullname\": }");
    EXPECT_ERROR(m_server.send(req), 400, "errMsg_InvalidJson");
}

// D4 (amended by SEC20): bodies over 1 MiB → 413 errMsg_RequestTooLarge; just under is judged on its fields.
void TstContractCore::errorRequestTooLarge()
{
    const auto bodyOfSize = [](qsizetype size) {
        const QByteArray head = "{\"email\":\"big.body@example.test\",\"password\":\"big-body-pass\","
                                "\"fullname\":\"Big Body\",\"bio\":\"";
        const QByteArray tail = "\"}";
        return head + QByteArray(size - head.size() - tail.size(), 'a') + tail;
    };
    Request req;
    req.method = "POST";
    req.path = QStringLiteral("/auth-api/v1/registeruser");
    req.raw = bodyOfSize(1024 * 1024 + 1);
    QCOMPARE(req.raw->size(), 1024 * 1024 + 1);
    EXPECT_ERROR(m_server.send(req, 30000), 413, "errMsg_RequestTooLarge");

    req.raw = bodyOfSize(4 * 1024 * 1024);
    EXPECT_ERROR(m_server.send(req, 30000), 413, "errMsg_RequestTooLarge");

    // Exactly 1 MiB is allowed through the size gate; its 1 MiB bio then breaks the Text limit (10 000).
    req.raw = bodyOfSize(1024 * 1024);
    EXPECT_ERROR(m_server.send(req, 30000), 400, "errMsg_ParameterTooLong:bio");

    // The server keeps serving after refusing large bodies.
    EXPECT_STATUS(m_server.get(QStringLiteral("/auth-api/health")), 200);
}

// ARCHITECTURE 11: bad input gets the error envelope with a 4xx, never a 500 or a dropped connection.
void TstContractCore::errorBadShapes()
{
    const auto raw
        = [this](const QByteArray &method, const QString &path, const QByteArray &body, const QString &token = {}) {
              Request req;
              req.method = method;
              req.path = path;
              req.raw = body;
              req.token = token;
              return m_server.send(req);
          };
    // JSON that is not an object.
    EXPECT_ERROR(raw("POST", QStringLiteral("/auth-api/login"), "[1,2,3]"), 400, "errMsg_*");
    EXPECT_ERROR(raw("POST", QStringLiteral("/auth-api/login"), "null"), 400, "errMsg_*");
    EXPECT_ERROR(raw("POST", QStringLiteral("/auth-api/login"), "\"text\""), 400, "errMsg_*");
    EXPECT_ERROR(raw("POST", QStringLiteral("/auth-api/login"), ""), 400, "errMsg_*");
    EXPECT_ERROR(raw("PATCH", QStringLiteral("/auth-api/v1/profile/%1").arg(m_lena.userId), "[]", m_lena.token), 400,
                 "errMsg_*");
    // Wrong JSON types.
    EXPECT_ERROR(m_server.post(QStringLiteral("/auth-api/login"),
                               {{QStringLiteral("username"), 12345},
                                {QStringLiteral("password"), QString::fromLatin1(kDemoPassword)}}),
                 400, "errMsg_InvalidParameter:username");
    EXPECT_ERROR(m_server.post(QStringLiteral("/auth-api/login"),
                               {{QStringLiteral("username"), QString::fromLatin1(kStudentLena)},
                                {QStringLiteral("password"), QJsonObject {{QStringLiteral("x"), 1}}}}),
                 400, "errMsg_InvalidParameter:password");
    EXPECT_ERROR(m_server.patch(QStringLiteral("/auth-api/v1/profile/%1").arg(m_lena.userId),
                                {{QStringLiteral("bio"), QJsonArray {1, 2}}}, m_lena.token),
                 400, "errMsg_InvalidParameter:bio");
    // Malformed ids in the path: 400 or 404, with the envelope.
    for (const QString &id :
         {QStringLiteral("not-a-uuid"), QStringLiteral("%27%20OR%201%3D1"), QString(300, QLatin1Char('9'))}) {
        const Reply r = m_server.get(QStringLiteral("/auth-api/v1/users/") + id, m_admin.token);
        QVERIFY2(r.status == 400 || r.status == 404, r.describe().constData());
        CONTRACT_CHECK(errorProblem(r, r.status));
    }
    EXPECT_STATUS(m_server.get(QStringLiteral("/auth-api/health")), 200);
}

// Parallel clients: every answer is complete and belongs to its own request.
void TstContractCore::concurrentRequests()
{
    Login tom;
    CALL(login(tom, QString::fromLatin1(kStudentTom)));
    QList<Request> requests;
    for (int i = 0; i < 48; ++i) {
        Request req;
        const bool lena = i % 2 == 0;
        if (i % 8 == 7) {
            req.method = "POST";
            req.path = QStringLiteral("/auth-api/login");
            req.json = QJsonObject {{QStringLiteral("username"), QString::fromLatin1(kStudentAiko)},
                                    {QStringLiteral("password"), QString::fromLatin1(kDemoPassword)}};
        } else {
            req.path = QStringLiteral("/auth-api/v1/users/%1").arg(lena ? m_lena.userId : tom.userId);
            req.token = lena ? m_lena.token : tom.token;
        }
        requests.append(req);
    }
    const QList<Reply> replies = m_server.sendAll(requests, 60000);
    QCOMPARE(replies.size(), requests.size());
    for (int i = 0; i < replies.size(); ++i) {
        const Reply &r = replies[i];
        EXPECT_STATUS(r, 200);
        if (i % 8 == 7) {
            CONTRACT_CHECK(sessionProblem(r));
            QCOMPARE(r.value(QStringLiteral("email")).toString(), QString::fromLatin1(kStudentAiko));
        } else {
            QCOMPARE(r.data().value(QStringLiteral("id")).toString(), i % 2 == 0 ? m_lena.userId : tom.userId);
        }
    }
}

void TstContractCore::missingToken()
{
    EXPECT_ERROR(m_server.get(QStringLiteral("/auth-api/v1/users/%1").arg(m_lena.userId)), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.get(QStringLiteral("/auth-api/v1/users")), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.get(QStringLiteral("/auth-api/v1/users/%1").arg(m_lena.userId), QStringLiteral("garbage")),
                 401, "errMsg_LoginRequired");
}

// §1.2 / D6: each of the three header locations works alone; a token in the URL is refused (SEC45).
void TstContractCore::tokenLocations_data()
{
    QTest::addColumn<int>("location");
    QTest::newRow("Authorization Bearer") << int(TokenIn::Bearer);
    QTest::newRow("header tutorhub-access-token") << int(TokenIn::Header);
    QTest::newRow("cookie tutorhub-access-token") << int(TokenIn::Cookie);
}

void TstContractCore::tokenLocations()
{
    QFETCH(int, location);
    Request req;
    req.path = QStringLiteral("/auth-api/v1/users/%1").arg(m_lena.userId);
    req.token = m_lena.token;
    req.tokenIn = TokenIn(location);
    const Reply r = m_server.send(req);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("user"), "GET", QStringLiteral("get")));
    QCOMPARE(r.value(QStringLiteral("userId")).toString(), m_lena.userId);

    req.path = QStringLiteral("/auth-api/currentuser");
    const Reply cu = m_server.send(req);
    CONTRACT_CHECK(sessionProblem(cu));
    QCOMPARE(cu.value(QStringLiteral("userId")).toString(), m_lena.userId);

    req.path = QStringLiteral("/messaging-api/currentuser");
    const Reply other = m_server.send(req);
    CONTRACT_CHECK(sessionProblem(other));
    QCOMPARE(other.value(QStringLiteral("userId")).toString(), m_lena.userId);
}

// SEC45: a token in the query string is refused (400 errMsg_TokenInUrl), on public and protected
// routes, even next to a valid header token; the hub's upgrade does not take it either.
void TstContractCore::tokenInUrlRefused()
{
    for (const QString &path :
         {QStringLiteral("/auth-api/v1/users/%1").arg(m_lena.userId), QStringLiteral("/auth-api/currentuser"),
          QStringLiteral("/tutorcatalog-api/v1/coursepacks")}) {
        Request req;
        req.path = path;
        req.token = m_lena.token;
        req.tokenIn = TokenIn::Query;
        EXPECT_ERROR(m_server.send(req), 400, "errMsg_TokenInUrl");
        req.tokenIn = TokenIn::Bearer;
        req.query.append({QStringLiteral("access_token"), m_lena.token});
        EXPECT_ERROR(m_server.send(req), 400, "errMsg_TokenInUrl");
    }
}

// §1.2: the first location found wins (Authorization, header, cookie).
void TstContractCore::tokenLookupOrder()
{
    const QString forged = forgeSignature(m_lena.token);
    const QString path = QStringLiteral("/auth-api/v1/users/%1").arg(m_lena.userId);
    const auto send = [&](TokenIn first, const QString &firstToken, TokenIn second, const QString &secondToken) {
        Request req;
        req.path = path;
        req.token = firstToken;
        req.tokenIn = first;
        // Put the second token in by hand.
        switch (second) {
        case TokenIn::Bearer:
            req.headers.append({"Authorization", "Bearer " + secondToken.toUtf8()});
            break;
        case TokenIn::Header:
            req.headers.append({"tutorhub-access-token", secondToken.toUtf8()});
            break;
        case TokenIn::Cookie:
            req.headers.append({"Cookie", "tutorhub-access-token=" + secondToken.toUtf8()});
            break;
        case TokenIn::Query:
            req.query.append({QStringLiteral("access_token"), secondToken});
            break;
        }
        return m_server.send(req);
    };
    EXPECT_STATUS(send(TokenIn::Bearer, m_lena.token, TokenIn::Header, forged), 200);
    EXPECT_ERROR(send(TokenIn::Bearer, forged, TokenIn::Header, m_lena.token), 401, "errMsg_LoginRequired");
    EXPECT_STATUS(send(TokenIn::Header, m_lena.token, TokenIn::Cookie, forged), 200);
    EXPECT_ERROR(send(TokenIn::Header, forged, TokenIn::Cookie, m_lena.token), 401, "errMsg_LoginRequired");
}

void TstContractCore::forgedToken()
{
    const QString forged = forgeSignature(m_lena.token);
    QVERIFY(forged != m_lena.token);
    EXPECT_ERROR(m_server.get(QStringLiteral("/auth-api/v1/users/%1").arg(m_lena.userId), forged), 401,
                 "errMsg_LoginRequired");
    CONTRACT_CHECK(shortErrorProblem(m_server.get(QStringLiteral("/auth-api/currentuser"), forged), 401,
                                     QStringLiteral("No login found")));
    CONTRACT_CHECK(shortErrorProblem(m_server.get(QStringLiteral("/tutorcatalog-api/currentuser"), forged), 401,
                                     QStringLiteral("No login found")));

    // Payload altered (role raised) with the original signature.
    const QList<QByteArray> parts = m_lena.token.toUtf8().split('.');
    QCOMPARE(parts.size(), 3);
    QJsonObject payload = decodeJwt(m_lena.token).payload;
    payload.insert(QStringLiteral("role"), QStringLiteral("superAdmin"));
    const QByteArray tampered = parts[0] + '.'
                                + QJsonDocument(payload)
                                      .toJson(QJsonDocument::Compact)
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                                + '.' + parts[2];
    EXPECT_ERROR(m_server.get(QStringLiteral("/auth-api/v1/users"), QString::fromUtf8(tampered)), 401,
                 "errMsg_LoginRequired");
    // Tokens the server never signed: unsigned, HS256 keyed with the public key, RS256 by another key.
    const Jwt real = decodeJwt(m_lena.token);
    const Reply key = m_server.get(QStringLiteral("/auth-api/publickey"));
    EXPECT_STATUS(key, 200);
    const QString foreign = rs256JwtWithFreshKey(real.header, real.payload);
    QVERIFY(!foreign.isEmpty());
    for (const QString &attack :
         {unsignedJwt(real.header, real.payload),
          hs256Jwt(real.header, real.payload, key.value(QStringLiteral("keyData")).toString().toUtf8()), foreign}) {
        EXPECT_ERROR(m_server.get(QStringLiteral("/auth-api/v1/users/%1").arg(m_lena.userId), attack), 401,
                     "errMsg_LoginRequired");
        CONTRACT_CHECK(shortErrorProblem(m_server.get(QStringLiteral("/auth-api/currentuser"), attack), 401,
                                         QStringLiteral("No login found")));
    }

    // The real token still works.
    EXPECT_STATUS(m_server.get(QStringLiteral("/auth-api/v1/users/%1").arg(m_lena.userId), m_lena.token), 200);
}

// D6: a token is valid only while its session exists.
void TstContractCore::loggedOutToken()
{
    Login aiko;
    CALL(login(aiko, QString::fromLatin1(kStudentAiko)));
    EXPECT_STATUS(m_server.get(QStringLiteral("/auth-api/v1/users/%1").arg(aiko.userId), aiko.token), 200);
    EXPECT_STATUS(m_server.post(QStringLiteral("/auth-api/logout"), {}, aiko.token), 200);
    EXPECT_ERROR(m_server.get(QStringLiteral("/auth-api/v1/users/%1").arg(aiko.userId), aiko.token), 401,
                 "errMsg_LoginRequired");
    CONTRACT_CHECK(shortErrorProblem(m_server.get(QStringLiteral("/auth-api/currentuser"), aiko.token), 401,
                                     QStringLiteral("No login found")));
    CONTRACT_CHECK(shortErrorProblem(m_server.get(QStringLiteral("/coursescheduling-api/currentuser"), aiko.token), 401,
                                     QStringLiteral("No login found")));
}

// §2.3 GET /publickey
void TstContractCore::publicKey()
{
    const Reply r = m_server.get(QStringLiteral("/auth-api/publickey"));
    EXPECT_STATUS(r, 200);
    const QString keyId = r.value(QStringLiteral("keyId")).toString();
    const QString pem = r.value(QStringLiteral("keyData")).toString();
    QVERIFY2(!keyId.isEmpty(), r.describe().constData());
    QVERIFY2(pem.startsWith(QLatin1String("-----BEGIN PUBLIC KEY-----")), r.describe().constData());
    QVERIFY2(pem.trimmed().endsWith(QLatin1String("-----END PUBLIC KEY-----")), r.describe().constData());

    const Reply byId = m_server.get(QStringLiteral("/auth-api/publickey"), {}, {{QStringLiteral("keyId"), keyId}});
    EXPECT_STATUS(byId, 200);
    QCOMPARE(byId.value(QStringLiteral("keyId")).toString(), keyId);
    QCOMPARE(byId.value(QStringLiteral("keyData")).toString(), pem);

    EXPECT_ERROR(m_server.get(QStringLiteral("/auth-api/publickey"), {},
                              {{QStringLiteral("keyId"), QStringLiteral("no-such-key-id")}}),
                 404, "errMsg_*");
}

// D6: RS256 JWT with kid and the documented claims; the signature verifies with the public key.
void TstContractCore::jwtIsRs256()
{
    const Jwt jwt = decodeJwt(m_lena.token);
    QVERIFY2(jwt.ok, qPrintable(m_lena.token));
    QCOMPARE(jwt.header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));

    const Reply key = m_server.get(QStringLiteral("/auth-api/publickey"));
    EXPECT_STATUS(key, 200);
    QCOMPARE(jwt.header.value(QStringLiteral("kid")).toString(), key.value(QStringLiteral("keyId")).toString());

    QCOMPARE(jwt.payload.value(QStringLiteral("sub")).toString(), m_lena.userId);
    QCOMPARE(jwt.payload.value(QStringLiteral("sid")).toString(), m_lena.sessionId);
    QCOMPARE(jwt.payload.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
    QCOMPARE(jwt.payload.value(QStringLiteral("iss")).toString(), QStringLiteral("tutorhub-local"));
    QVERIFY(isInteger(jwt.payload.value(QStringLiteral("iat"))));
    QVERIFY(isInteger(jwt.payload.value(QStringLiteral("exp"))));
    const qint64 iat = qint64(jwt.payload.value(QStringLiteral("iat")).toDouble());
    const qint64 exp = qint64(jwt.payload.value(QStringLiteral("exp")).toDouble());
    QCOMPARE(exp - iat, qint64(86400));
    QVERIFY2(qAbs(QDateTime::currentSecsSinceEpoch() - iat) < 600, "iat is not the time of login");

    const QByteArray pem = key.value(QStringLiteral("keyData")).toString().toUtf8();
    QVERIFY2(verifyRs256(pem, jwt.signingInput, jwt.signature), "the token signature does not verify with /publickey");
    const Jwt forged = decodeJwt(forgeSignature(m_lena.token));
    QVERIFY(!verifyRs256(pem, forged.signingInput, forged.signature));
}

// D16: stdout holds only the start-up line; stderr one well-formed line per request.
void TstContractCore::serverOutput()
{
    // One more request so that the log has something recent.
    EXPECT_STATUS(m_server.get(QStringLiteral("/auth-api/health")), 200);
    QTest::qWait(200);
    m_server.stop();
    const QStringList problems = m_server.outputProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TstContractCore)
