// ApiClient against a scripted fake HTTP server: envelope parsing, token attachment, timeouts,
// retry table, relogin coalescing and replay, network failures.
#include "api/apiclient.h"
#include "fakehttpserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace tutorhub::api;
using tutorhub::test::FakeHttpServer;
using tutorhub::test::FakeRequest;
using tutorhub::test::FakeResponse;

namespace {

const QByteArray kUserEnvelope
    = R"({"status":"OK","statusCode":200,"elapsedMs":1,"ssoTime":0,"source":"db","dataName":"user",)"
      R"("method":"GET","action":"get","rowCount":1,"user":{"id":"u1","email":"a@b.cd","roleId":"user"}})";
const QByteArray kInvalidCredentials
    = R"({"result":"ERR","status":401,"message":"errMsg_InvalidCredentials","errCode":401,)"
      R"("date":"2024-03-19T12:13:54.124Z","detail":"Unknown e-mail or wrong password"})";
const QByteArray kNoLogin = R"({"status":"ERR","message":"No login found","errCode":401})";
const QByteArray kLoginRequired = R"({"result":"ERR","status":401,"message":"errMsg_LoginRequired",)"
                                  R"("errCode":401,"date":"x","detail":"expired"})";

// Waits for the reply and returns it still alive (finished() delivered, deleteLater pending).
bool waitFinished(ApiReply *reply, int ms = 10000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &ApiReply::finished);
    return spy.wait(ms);
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    FakeHttpServer *server = nullptr;
    ApiClient *client = nullptr;

    ApiReply *get(const QString &path = QStringLiteral("/v1/users/u1"))
    {
        return client->send(ApiRequest::get(Service::Auth, path));
    }

private slots:
    void init()
    {
        server = new FakeHttpServer(this);
        QVERIFY(server->listen());
        client = new ApiClient(nullptr, this);
        client->setEnvironment(Environment::local(server->port()));
        client->setRetryDelays({20, 40});
    }
    void cleanup()
    {
        delete client;
        delete server;
        client = nullptr;
        server = nullptr;
    }

    void successEnvelope()
    {
        server->setScript({FakeResponse::json(200, kUserEnvelope)});
        ApiReply *r = get();
        QVERIFY(waitFinished(r));
        QVERIFY2(r->ok(), qPrintable(r->error().debugString()));
        QCOMPARE(r->httpStatus(), 200);
        QCOMPARE(r->dataName(), QStringLiteral("user"));
        QCOMPARE(r->payload().toObject().value("id").toString(), QStringLiteral("u1"));
        QCOMPARE(server->requests().first().target, QByteArray("/auth-api/v1/users/u1"));
        QCOMPARE(server->requests().first().method, QByteArray("GET"));
    }

    void rawObjectPayload()
    {
        server->setScript({FakeResponse::json(200, R"({"sessionId":"s","userId":"u","accessToken":"t"})")});
        ApiReply *r = client->send(ApiRequest::post(Service::Auth, "/login", QJsonObject {{"username", "x"}}));
        QVERIFY(waitFinished(r));
        QVERIFY(r->ok());
        QCOMPARE(r->payload().toObject().value("sessionId").toString(), QStringLiteral("s"));
        QCOMPARE(server->requests().first().header("content-type"), QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(server->requests().first().body).object().value("username").toString(),
                 QStringLiteral("x"));
    }

    void errorLongShape()
    {
        server->setScript({FakeResponse::json(401, kInvalidCredentials)});
        ApiReply *r = client->send(ApiRequest::post(Service::Auth, "/login", QJsonObject {}));
        QVERIFY(waitFinished(r));
        QVERIFY(!r->ok());
        const ApiError e = r->error();
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, 401);
        QCOMPARE(e.code, QStringLiteral("errMsg_InvalidCredentials"));
        QCOMPARE(e.detail, QStringLiteral("Unknown e-mail or wrong password"));
        QCOMPARE(e.userMessage(), QStringLiteral("The e-mail or password is not correct."));
        QVERIFY(!e.isLoginRequired());
    }

    void errorShortShape()
    {
        server->setScript({FakeResponse::json(401, kNoLogin)});
        ApiReply *r = get("/currentuser");
        QVERIFY(waitFinished(r));
        QCOMPARE(r->error().kind, ApiError::Kind::Http);
        QCOMPARE(r->error().code, QStringLiteral("No login found"));
        QVERIFY(r->error().isLoginRequired());
        QVERIFY(!r->error().userMessage().contains("No login found"));
        QVERIFY(r->error().userMessage().contains("sign in", Qt::CaseInsensitive));
    }

    void errorEnvelopeUnderSuccessStatus()
    {
        server->setScript({FakeResponse::json(200, R"({"status":"ERR","message":"Cannot relogin"})")});
        ApiReply *r = get("/relogin");
        QVERIFY(waitFinished(r));
        QVERIFY(!r->ok());
        QCOMPARE(r->error().code, QStringLiteral("Cannot relogin"));
    }

    void invalidJsonBody()
    {
        server->setScript({FakeResponse {FakeResponse::Action::Answer, 200, "<html>proxy</html>", "text/html", {}}});
        ApiReply *r = get();
        QVERIFY(waitFinished(r));
        QCOMPARE(r->error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY(r->error().userMessage().contains(QStringLiteral("127.0.0.1:%1").arg(server->port())));
        QCOMPARE(server->requestCount(), 1); // not retried
    }

    void nonJsonErrorFallsBackToStatusSentence()
    {
        server->setScript({FakeResponse {FakeResponse::Action::Answer, 500, "oops", "text/plain", {}}});
        ApiReply *r = get();
        QVERIFY(waitFinished(r));
        QCOMPARE(r->error().kind, ApiError::Kind::Http);
        QCOMPARE(r->error().httpStatus, 500);
        QVERIFY(r->error().userMessage().contains("500"));
    }

    // The login's token cookie must not become a second token location (A2): never stored, never sent.
    // SEC24/SEC25: what QNetworkAccessManager puts on the wire for the client. The local server
    // refuses a foreign Origin and JSON without application/json, so the client sends no Origin at all
    // and application/json on every JSON (or empty) body; uploads carry the file's own type.
    void requestHeadersOnTheWire()
    {
        server->setScript({FakeResponse::json(200, kUserEnvelope)});
        QList<ApiRequest> sent {ApiRequest::get(Service::Auth, "/v1/users/u1"),
                                ApiRequest::post(Service::Auth, "/login", QJsonObject {{"username", "x"}}),
                                ApiRequest::post(Service::Auth, "/logout"),
                                ApiRequest::patch(Service::Auth, "/v1/users/u1", QJsonObject {{"fullname", "A"}}),
                                ApiRequest::put(Service::Auth, "/v1/users/u1", QJsonObject {}),
                                ApiRequest::del(Service::Auth, "/v1/users/u1")};
        ApiRequest upload = ApiRequest::post(Service::Auth, "/v1/useravatarsfiles");
        upload.rawBody = QByteArray("\x89PNG\r\n\x1a\n", 8);
        upload.rawContentType = "image/png";
        sent << upload;
        for (const ApiRequest &req : std::as_const(sent))
            QVERIFY(waitFinished(client->send(req)));
        const QList<FakeRequest> &got = server->requests();
        QCOMPARE(got.size(), sent.size());
        const QList<QByteArray> types {
            {}, "application/json", "application/json", "application/json", "application/json", {}, "image/png"};
        for (qsizetype i = 0; i < got.size(); ++i) {
            QVERIFY2(got[i].headerValues("origin").isEmpty(), got[i].method.constData());
            QCOMPARE(got[i].headerValues("content-type").value(0), types[i]);
            QCOMPARE(got[i].headerValues("host").size(), 1);
        }
        QVERIFY(got[2].body.isEmpty());
    }

    void cookiesNeitherStoredNorSent()
    {
        FakeResponse withCookie = FakeResponse::json(200, kUserEnvelope);
        withCookie.extraHeaders = "Set-Cookie: tutorhub-access-token=stale-cookie-token; Path=/; HttpOnly\r\n";
        server->setScript({withCookie, FakeResponse::json(200, kUserEnvelope)});
        ApiReply *r = get();
        QVERIFY(waitFinished(r));
        r = get();
        QVERIFY(waitFinished(r));
        QCOMPARE(server->requests().size(), 2);
        QVERIFY(server->requests().last().headerValues("cookie").isEmpty());
    }

    void tokenAttachedExactlyOnce()
    {
        server->setScript({FakeResponse::json(200, kUserEnvelope)});
        ApiReply *r = get();
        QVERIFY(waitFinished(r));
        QVERIFY(server->requests().last().headerValues("authorization").isEmpty());

        client->setAccessToken("tok-123");
        r = get();
        QVERIFY(waitFinished(r));
        const FakeRequest &req = server->requests().last();
        QCOMPARE(req.headerValues("authorization"), QList<QByteArray> {"Bearer tok-123"});
        QVERIFY(req.headerValues("tutorhub-access-token").isEmpty());
        QVERIFY(!req.target.contains("access_token"));
        QVERIFY(req.headerValues("cookie").isEmpty());

        ApiRequest pub = ApiRequest::post(Service::Auth, "/login", QJsonObject {});
        pub.attachToken = false;
        r = client->send(pub);
        QVERIFY(waitFinished(r));
        QVERIFY(server->requests().last().headerValues("authorization").isEmpty());

        client->setAccessToken(QString());
        r = get();
        QVERIFY(waitFinished(r));
        QVERIFY(server->requests().last().headerValues("authorization").isEmpty());
    }

    void serviceSegmentsInUrl()
    {
        server->setScript({FakeResponse::json(200, "{}")});
        QUrlQuery q;
        q.addQueryItem("email", "a+b@x.org");
        ApiReply *r = client->send(ApiRequest::get(Service::EnrollmentManagement, "/v1/enrollments", q));
        QVERIFY(waitFinished(r));
        QCOMPARE(server->requests().last().target,
                 QByteArray("/enrollmentmanagement-api/v1/enrollments?email=a%2Bb%40x.org"));
    }

    void timeoutIsRetriedThenReported()
    {
        server->setScript({FakeResponse::stall()});
        ApiRequest req = ApiRequest::get(Service::Auth, "/v1/users/u1");
        req.timeoutMs = 150;
        QElapsedTimer t;
        t.start();
        ApiReply *r = client->send(req);
        QVERIFY(waitFinished(r));
        QCOMPARE(r->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(r->attempts(), 3); // 1 + 2 retries
        QVERIFY(t.elapsed() >= 3 * 150);
        QTRY_COMPARE(server->requestCount(), 3);
        QVERIFY(r->error().userMessage().contains("did not answer in time"));
    }

    void retry503Then200()
    {
        server->setScript({FakeResponse::json(503, R"({"result":"ERR","status":503,"message":"x"})"),
                           FakeResponse::json(200, kUserEnvelope)});
        ApiReply *r = get();
        QVERIFY(waitFinished(r));
        QVERIFY2(r->ok(), qPrintable(r->error().debugString()));
        QCOMPARE(r->attempts(), 2);
        QCOMPARE(server->requestCount(), 2);
    }

    void retryTable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expectedAttempts");
        QTest::newRow("502") << 502 << 3;
        QTest::newRow("503") << 503 << 3;
        QTest::newRow("504") << 504 << 3;
        QTest::newRow("500 not retried") << 500 << 1;
        QTest::newRow("404 not retried") << 404 << 1;
        QTest::newRow("400 not retried") << 400 << 1;
    }
    void retryTable()
    {
        QFETCH(int, status);
        QFETCH(int, expectedAttempts);
        server->setScript({FakeResponse::json(status, "{}")});
        ApiReply *r = get();
        QVERIFY(waitFinished(r));
        QCOMPARE(r->error().httpStatus, status);
        QCOMPARE(r->attempts(), expectedAttempts);
        QCOMPARE(server->requestCount(), expectedAttempts);
    }

    void noRetryForPost()
    {
        server->setScript({FakeResponse::json(503, "{}"), FakeResponse::json(200, "{}")});
        ApiReply *r = client->send(ApiRequest::post(Service::Auth, "/v1/registeruser", QJsonObject {}));
        QVERIFY(waitFinished(r));
        QCOMPARE(r->error().httpStatus, 503);
        QCOMPARE(r->attempts(), 1);
        QTest::qWait(100);
        QCOMPARE(server->requestCount(), 1);
        QVERIFY(r->error().userMessage().contains("503"));
    }

    void serverUnreachable()
    {
        const QUrl dead = server->baseUrl();
        delete server;
        server = nullptr;
        client->setEnvironment(Environment::custom(dead));
        ApiReply *r = get();
        QVERIFY(waitFinished(r));
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
        QCOMPARE(r->attempts(), 3);
        const QString msg = r->error().userMessage();
        QVERIFY2(msg.contains("Cannot reach") && msg.contains(dead.toString()), qPrintable(msg));
    }

    // SEC48: a request whose server went away is not retried at whatever listens at that address after
    // the client moved on to another server (the local server restarted elsewhere, another environment).
    void retryNeverFollowsAnOldAddress()
    {
        const QUrl dead = server->baseUrl();
        const quint16 port = server->port();
        delete server;
        server = nullptr;
        client->setEnvironment(Environment::custom(dead));
        client->setRetryDelays({300, 300});
        ApiReply *r = get();
        QTRY_VERIFY_WITH_TIMEOUT(r->attempts() >= 1, 5000); // refused; a retry waits
        FakeHttpServer next;
        QVERIFY(next.listen());
        client->setEnvironment(Environment::custom(next.baseUrl()));
        QTcpServer impostor;
        QVERIFY(impostor.listen(QHostAddress::LocalHost, port));
        QVERIFY(waitFinished(r));
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
        QTest::qWait(700); // past every retry delay
        QVERIFY(!impostor.hasPendingConnections());
        QCOMPARE(next.requestCount(), 0);
    }

    void serverDropsConnectionMidRequest()
    {
        server->setScript({FakeResponse::close()});
        ApiReply *r = client->send(ApiRequest::post(Service::Auth, "/logout"));
        QVERIFY(waitFinished(r));
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
        QCOMPARE(r->attempts(), 1); // our layer does not retry a POST
        // Qt's HTTP layer itself resends once when a connection closes before any answer byte.
        QVERIFY(server->requestCount() <= 2);
        QVERIFY(r->error().userMessage().contains("Cannot reach the local TutorHub server"));
    }

    void abortGivesCanceled()
    {
        server->setScript({FakeResponse::stall()});
        ApiReply *r = get();
        QSignalSpy spy(r, &ApiReply::finished);
        QTRY_COMPARE(server->requestCount(), 1);
        r->abort();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(r->error().kind, ApiError::Kind::Canceled);
    }

    void invalidEnvironmentFailsAsync()
    {
        client->setEnvironment(Environment::custom(QUrl()));
        ApiReply *r = get();
        QVERIFY(!r->isFinished());
        QVERIFY(waitFinished(r));
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
    }

    void replyIsDeletedAfterFinished()
    {
        server->setScript({FakeResponse::json(200, kUserEnvelope)});
        QPointer<ApiReply> r = get();
        QVERIFY(waitFinished(r));
        QTRY_VERIFY(r.isNull());
        QCOMPARE(client->pendingCount(), 0);
    }

    // --- 401 -> relogin once -> replay -------------------------------------------------------

    void reloginThenReplay()
    {
        server->setHandler([](const FakeRequest &req) {
            return req.header("authorization") == "Bearer new" ? FakeResponse::json(200, kUserEnvelope)
                                                               : FakeResponse::json(401, kLoginRequired);
        });
        client->setAccessToken("old");
        int calls = 0;
        client->setReloginHandler([&](ApiClient::ReloginDone done) {
            ++calls;
            QTimer::singleShot(10, client, [this, done] {
                client->setAccessToken("new");
                done(ApiError());
            });
        });
        ApiReply *r = get();
        QVERIFY(waitFinished(r));
        QVERIFY2(r->ok(), qPrintable(r->error().debugString()));
        QCOMPARE(calls, 1);
        QVERIFY(r->wasReplayedAfterRelogin());
        QCOMPARE(server->requestCount(), 2);
        QCOMPARE(server->requests().at(1).header("authorization"), QByteArray("Bearer new"));
    }

    // Any 401 to a request that carried a token is an expired session, whatever the message says:
    // the cloud's wording is not ours to match (issue 13). One silent relogin, then one replay.
    void any401MessageTriggersOneRelogin_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("other code") << QByteArray(
            R"({"result":"ERR","status":401,"message":"errMsg_TokenExpired","errCode":401,)"
            R"("date":"2024-03-19T12:13:54.124Z","detail":"jwt expired"})")
                                    << QByteArray("application/json");
        QTest::newRow("free text") << QByteArray(R"({"status":"ERR","message":"Session timed out. Please sign in."})")
                                   << QByteArray("application/json");
        QTest::newRow("no json") << QByteArray("Unauthorized") << QByteArray("text/plain");
    }
    void any401MessageTriggersOneRelogin()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        server->setHandler([body, contentType](const FakeRequest &req) {
            if (req.header("authorization") == "Bearer new")
                return FakeResponse::json(200, kUserEnvelope);
            return FakeResponse {FakeResponse::Action::Answer, 401, body, contentType, {}};
        });
        client->setAccessToken("old");
        int calls = 0;
        client->setReloginHandler([&](ApiClient::ReloginDone done) {
            ++calls;
            client->setAccessToken("new");
            done(ApiError());
        });
        ApiReply *r = client->send(ApiRequest::post(Service::EnrollmentManagement, "/v1/thing", QJsonObject {}));
        QVERIFY(waitFinished(r));
        QVERIFY2(r->ok(), qPrintable(r->error().debugString()));
        QCOMPARE(calls, 1);
        QVERIFY(r->wasReplayedAfterRelogin());
        QCOMPARE(server->requestCount(), 2);
        QCOMPARE(server->requests().at(0).header("authorization"), QByteArray("Bearer old"));
        QCOMPARE(server->requests().at(1).header("authorization"), QByteArray("Bearer new"));

        // Refused again after the relogin: the session is over, no second relogin.
        server->setHandler([body, contentType](const FakeRequest &) {
            return FakeResponse {FakeResponse::Action::Answer, 401, body, contentType, {}};
        });
        QSignalSpy expired(client, &ApiClient::sessionExpired);
        r = get();
        QVERIFY(waitFinished(r));
        QCOMPARE(r->error().kind, ApiError::Kind::SessionExpired);
        QCOMPARE(calls, 2); // one relogin for this request (the token "new" was refused), not more
        QCOMPARE(server->requestCount(), 4);
        QCOMPARE(expired.count(), 1);
    }

    void concurrent401sShareOneRelogin()
    {
        server->setHandler([](const FakeRequest &req) {
            return req.header("authorization") == "Bearer new" ? FakeResponse::json(200, kUserEnvelope)
                                                               : FakeResponse::json(401, kNoLogin);
        });
        client->setAccessToken("old");
        int calls = 0;
        client->setReloginHandler([&](ApiClient::ReloginDone done) {
            ++calls;
            QTimer::singleShot(200, client, [this, done] {
                client->setAccessToken("new");
                done(ApiError());
            });
        });
        QList<ApiReply *> replies;
        for (int i = 0; i < 4; ++i)
            replies.append(client->send(ApiRequest::post(Service::Auth, "/v1/thing", QJsonObject {})));
        for (ApiReply *r : replies) {
            QVERIFY(waitFinished(r));
            QVERIFY2(r->ok(), qPrintable(r->error().debugString()));
        }
        QCOMPARE(calls, 1);
        QCOMPARE(server->requestCount(), 8);
    }

    void reloginFailureIsSessionExpired()
    {
        server->setScript({FakeResponse::json(401, kLoginRequired)});
        client->setAccessToken("old");
        int calls = 0;
        client->setReloginHandler([&](ApiClient::ReloginDone done) {
            ++calls;
            done(ApiError(ApiError::Kind::Http, 401, "Cannot relogin"));
        });
        QSignalSpy expired(client, &ApiClient::sessionExpired);
        ApiReply *a = get();
        ApiReply *b = get("/v1/users/u2");
        QVERIFY(waitFinished(a));
        QVERIFY(waitFinished(b));
        QCOMPARE(a->error().kind, ApiError::Kind::SessionExpired);
        QCOMPARE(b->error().kind, ApiError::Kind::SessionExpired);
        QVERIFY(a->error().userMessage().contains("sign in again"));
        QVERIFY(calls >= 1 && calls <= 2);
        QVERIFY(expired.count() >= 1);
        QCOMPARE(server->requestCount(), 2); // nothing replayed
    }

    void reloginNetworkFailureKeepsSession()
    {
        server->setScript({FakeResponse::json(401, kLoginRequired)});
        client->setAccessToken("old");
        client->setReloginHandler([&](ApiClient::ReloginDone done) { done(ApiError::network(server->baseUrl())); });
        QSignalSpy expired(client, &ApiClient::sessionExpired);
        ApiReply *r = get();
        QVERIFY(waitFinished(r));
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
        QCOMPARE(expired.count(), 0);
    }

    void replayRefusedAgainIsSessionExpired()
    {
        server->setScript({FakeResponse::json(401, kLoginRequired)});
        client->setAccessToken("old");
        int calls = 0;
        client->setReloginHandler([&](ApiClient::ReloginDone done) {
            ++calls;
            client->setAccessToken("new");
            done(ApiError());
        });
        QSignalSpy expired(client, &ApiClient::sessionExpired);
        ApiReply *r = get();
        QVERIFY(waitFinished(r));
        QCOMPARE(r->error().kind, ApiError::Kind::SessionExpired);
        QCOMPARE(calls, 1);
        QCOMPARE(server->requestCount(), 2);
        QCOMPARE(expired.count(), 1);
    }

    void handlerRemovedWhileReloginRuns()
    {
        server->setScript({FakeResponse::json(401, kLoginRequired)});
        client->setAccessToken("old");
        ApiClient::ReloginDone pending;
        client->setReloginHandler([&](ApiClient::ReloginDone done) { pending = done; }); // never answers
        ApiReply *r = get();
        QTRY_VERIFY(bool(pending));
        QVERIFY(!r->isFinished());
        client->setReloginHandler({}); // e.g. the Session was destroyed
        QVERIFY(waitFinished(r));
        QCOMPARE(r->error().kind, ApiError::Kind::SessionExpired);
        pending(ApiError()); // a late answer of the old handler is ignored
        QCOMPARE(client->pendingCount(), 0);
    }

    void no401ReloginWithoutTokenOrHandler()
    {
        server->setScript({FakeResponse::json(401, kLoginRequired)});
        ApiReply *r = get(); // no handler, no token
        QVERIFY(waitFinished(r));
        QCOMPARE(r->error().kind, ApiError::Kind::Http);
        QCOMPARE(r->error().httpStatus, 401);

        int calls = 0;
        client->setReloginHandler([&](ApiClient::ReloginDone done) {
            ++calls;
            done(ApiError());
        });
        r = get(); // handler but no token: nothing to relogin with
        QVERIFY(waitFinished(r));
        QCOMPARE(calls, 0);

        client->setAccessToken("t");
        ApiRequest req = ApiRequest::get(Service::Auth, "/v1/users/u1");
        req.allowRelogin = false;
        r = client->send(req);
        QVERIFY(waitFinished(r));
        QCOMPARE(calls, 0);
        QCOMPARE(r->error().kind, ApiError::Kind::Http);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
