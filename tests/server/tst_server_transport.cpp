// Transport, requests and limits (issue 12, docs/security.md): the real server on a real loopback port,
// spoken to with raw sockets, QNetworkAccessManager and QWebSocket. Host and Origin rules (SEC23/SEC24),
// JSON content types (SEC25), body limits before the body is read (SEC20), connection cap and
// timeouts (SEC21/SEC22) and the hub's long-lived connections beside them.
#include "../support/postgrestest.h"
#include "hubtestclient.h"
#include "http/router.h"
#include "server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tutorhub::server;

namespace {

// One raw HTTP/1.1 connection; every wait runs the event loop (the server lives on this thread).
class RawClient
{
public:
    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 3000);
    }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // Waits for one complete response (head + Content-Length body) or the close of the connection.
    QByteArray response(int timeoutMs = 5000)
    {
        QByteArray out;
        [[maybe_unused]] const bool done = QTest::qWaitFor(
            [&] {
                m_in += m_socket.readAll();
                const qsizetype end = m_in.indexOf("\r\n\r\n");
                if (end >= 0) {
                    // Interim 100 Continue answers are skipped.
                    if (m_in.startsWith("HTTP/1.1 100")) {
                        m_in.remove(0, end + 4);
                        return false;
                    }
                    const qsizetype cl = m_in.toLower().indexOf("content-length:");
                    const qint64 len
                        = cl >= 0 && cl < end
                              ? m_in.mid(cl + 15, m_in.indexOf("\r\n", cl) - cl - 15).trimmed().toLongLong()
                              : 0;
                    if (m_in.size() >= end + 4 + len) {
                        out = m_in.left(end + 4 + len);
                        m_in.remove(0, end + 4 + len);
                        return true;
                    }
                }
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        return out;
    }
    bool waitClosed(int timeoutMs)
    {
        return QTest::qWaitFor(
            [this] {
                m_in += m_socket.readAll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_in;
};

int statusOf(const QByteArray &response)
{
    return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0;
}

QString codeOf(const QByteArray &response)
{
    return QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object().value("message").toString();
}

QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &headers,
                   const QByteArray &body = {})
{
    QByteArray r = method + ' ' + target + " HTTP/1.1\r\n" + headers;
    if (!body.isEmpty() || method != "GET")
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

const QByteArray kLogin = R"({"username":"lena.fischer@tutorhub.local","password":"tutorhub-demo"})";

} // namespace

class TestServerTransport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
    QNetworkAccessManager m_nam;

    QByteArray host() const { return "Host: 127.0.0.1:" + QByteArray::number(m_server->port()) + "\r\n"; }
    QByteArray ask(const QByteArray &raw)
    {
        RawClient c;
        if (!c.connectTo(m_server->port()))
            return {};
        c.send(raw);
        return c.response();
    }
    QString login()
    {
        const QByteArray r
            = ask(request("POST", "/auth-api/login", host() + "Content-Type: application/json\r\n", kLogin));
        return QJsonDocument::fromJson(r.mid(r.indexOf("\r\n\r\n") + 4)).object().value("accessToken").toString();
    }
    // A server with its own limits (restarted per test that needs them).
    void restart(const std::function<void(ServerOptions &)> &tune)
    {
        m_server.reset();
        ServerOptions o;
        o.dataDir = m_dir.path();
        o.demo = true;
        o.logRequests = false;
        if (tune)
            tune(o);
        QString error;
        o.database = tutorhub::test::postgres::databaseFor(m_dir.path(), &error); // <test>@postgresql (DB7)
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_server = std::make_unique<Server>(o);
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

private slots:
    void init() { restart({}); }
    void cleanup() { m_server.reset(); }

    // SEC23: a request must be addressed to this computer; a rebinding name is refused.
    void foreignHostRefused_data()
    {
        QTest::addColumn<QByteArray>("hostLine");
        QTest::addColumn<int>("status");
        QTest::newRow("attacker") << QByteArray("Host: attacker.example\r\n") << 403;
        QTest::newRow("rebinding name") << QByteArray("Host: 127.0.0.1.nip.io:8080\r\n") << 403;
        QTest::newRow("decimal ip") << QByteArray("Host: 2130706433\r\n") << 403;
        QTest::newRow("lan ip") << QByteArray("Host: 192.168.1.20\r\n") << 403;
        QTest::newRow("missing") << QByteArray() << 400;
        QTest::newRow("twice") << QByteArray("Host: 127.0.0.1\r\nHost: attacker.example\r\n") << 400;
        QTest::newRow("127.0.0.1") << QByteArray("Host: 127.0.0.1\r\n") << 200;
        QTest::newRow("localhost:port") << QByteArray("Host: LocalHost:4321\r\n") << 200;
        QTest::newRow("[::1]") << QByteArray("Host: [::1]\r\n") << 200;
        QTest::newRow("[::1]:port") << QByteArray("Host: [::1]:80\r\n") << 200;
    }
    void foreignHostRefused()
    {
        QFETCH(QByteArray, hostLine);
        QFETCH(int, status);
        const QByteArray get = ask(request("GET", "/auth-api/health", hostLine));
        QCOMPARE(statusOf(get), status);
        const QByteArray post
            = ask(request("POST", "/auth-api/login", hostLine + "Content-Type: application/json\r\n", kLogin));
        QCOMPARE(statusOf(post), status);
        if (status == 403) {
            QCOMPARE(codeOf(get), QStringLiteral("errMsg_ForeignHost"));
            QVERIFY(!post.contains("accessToken"));
        }
    }

    // SEC24: a web page's Origin may not change data; reads and our own Origin-less client go through.
    void foreignOriginRefused()
    {
        const QByteArray json = host() + "Content-Type: application/json\r\n";
        QByteArray r = ask(request("POST", "/auth-api/login", json + "Origin: http://evil.example\r\n", kLogin));
        QCOMPARE(statusOf(r), 403);
        QCOMPARE(codeOf(r), QStringLiteral("errMsg_ForeignOrigin"));
        QVERIFY(!r.contains("accessToken"));
        // Another program on this computer (another port) is foreign too, and so is "null".
        r = ask(request("POST", "/auth-api/login", json + "Origin: http://127.0.0.1:1\r\n", kLogin));
        QCOMPARE(statusOf(r), 403);
        r = ask(request("POST", "/auth-api/login", json + "Origin: null\r\n", kLogin));
        QCOMPARE(statusOf(r), 403);
        // The server's own origin and no Origin at all sign in.
        r = ask(request("POST", "/auth-api/login",
                        json + "Origin: http://localhost:" + QByteArray::number(m_server->port()) + "\r\n", kLogin));
        QCOMPARE(statusOf(r), 200);
        r = ask(request("POST", "/auth-api/login", json, kLogin));
        QCOMPARE(statusOf(r), 200);
        // Reading is not a change (CORS keeps the answer from the page).
        r = ask(request("GET", "/auth-api/health", host() + "Origin: http://evil.example\r\n"));
        QCOMPARE(statusOf(r), 200);
    }

    void foreignOriginUpgradeRefused()
    {
        const QString token = login();
        QVERIFY(!token.isEmpty());
        const QByteArray upgrade
            = "GET /messaging-api/hub HTTP/1.1\r\n" + host()
              + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer "
              + token.toUtf8() + "\r\n";
        RawClient evil;
        QVERIFY(evil.connectTo(m_server->port()));
        evil.send(upgrade + "Origin: http://evil.example\r\n\r\n");
        const QByteArray answer = evil.response();
        QCOMPARE(statusOf(answer), 403);
        QCOMPARE(codeOf(answer), QStringLiteral("errMsg_ForeignOrigin"));
        QVERIFY(evil.waitClosed(3000));

        RawClient ours;
        QVERIFY(ours.connectTo(m_server->port()));
        ours.send(upgrade + "\r\n");
        QVERIFY(QTest::qWaitFor([&] { return ours.socket().peek(64).startsWith("HTTP/1.1 101"); }, 5000));

        // Qt's QWebSocket sends no Origin unless given one: the app's hub connection opens.
        HubTestClient client;
        QVERIFY(client.open(m_server->port(), token));
        QWebSocket foreign(QStringLiteral("http://evil.example"));
        QNetworkRequest req(QUrl(QStringLiteral("ws://127.0.0.1:%1/messaging-api/hub").arg(m_server->port())));
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QSignalSpy failed(&foreign, &QWebSocket::disconnected);
        QSignalSpy connected(&foreign, &QWebSocket::connected);
        foreign.open(req);
        QVERIFY(failed.wait(5000));
        QCOMPARE(connected.count(), 0);
    }

    // SEC25: a cross-site form can post text/plain; JSON routes take application/json only.
    void jsonNeedsJsonContentType_data()
    {
        QTest::addColumn<QByteArray>("typeLine");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("text/plain") << QByteArray("Content-Type: text/plain\r\n") << kLogin << 415;
        QTest::newRow("form") << QByteArray("Content-Type: application/x-www-form-urlencoded\r\n") << kLogin << 415;
        QTest::newRow("multipart") << QByteArray("Content-Type: multipart/form-data; boundary=x\r\n") << kLogin << 415;
        QTest::newRow("none") << QByteArray() << kLogin << 415;
        QTest::newRow("form, empty body")
            << QByteArray("Content-Type: application/x-www-form-urlencoded\r\n") << QByteArray() << 415;
        QTest::newRow("json") << QByteArray("Content-Type: application/json\r\n") << kLogin << 200;
        QTest::newRow("json charset") << QByteArray("Content-Type: Application/JSON; charset=utf-8\r\n") << kLogin
                                      << 200;
    }
    void jsonNeedsJsonContentType()
    {
        QFETCH(QByteArray, typeLine);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const QByteArray r = ask(request("POST", "/auth-api/login", host() + typeLine, body));
        QCOMPARE(statusOf(r), status);
        if (status == 415) {
            QCOMPARE(codeOf(r), QStringLiteral("errMsg_UnsupportedMediaType"));
            QVERIFY(!r.contains("accessToken"));
        }
    }

    // Uploads keep their own types, but not a form's.
    void uploadsKeepTheirTypes()
    {
        const QByteArray auth = host() + "Authorization: Bearer " + login().toUtf8() + "\r\n";
        const QByteArray png("\x89PNG\r\n\x1a\n0000", 12);
        QByteArray r = ask(
            request("POST", "/auth-api/v1/useravatarsfiles?fileName=a.png", auth + "Content-Type: image/png\r\n", png));
        QCOMPARE(statusOf(r), 201);
        r = ask(request("POST", "/auth-api/v1/useravatarsfiles?fileName=a.png",
                        auth + "Content-Type: multipart/form-data; boundary=b\r\n", png));
        QCOMPARE(statusOf(r), 415);
        r = ask(request("POST", "/auth-api/v1/useravatarsfiles?fileName=a.png", auth, png));
        QCOMPARE(statusOf(r), 415);
    }

    // SEC20: 200 MB announced -> 413 from the head, before one byte of the body is sent.
    void hugeContentLengthRefusedBeforeTheBody()
    {
        RawClient c;
        QVERIFY(c.connectTo(m_server->port()));
        c.send("POST /auth-api/login HTTP/1.1\r\n" + host()
               + "Content-Type: application/json\r\nContent-Length: 209715200\r\n\r\n");
        const QByteArray r = c.response(3000);
        QCOMPARE(statusOf(r), 413);
        QCOMPARE(codeOf(r), QStringLiteral("errMsg_RequestTooLarge"));
        QVERIFY(r.contains("Connection: close"));
        // What a client sends anyway is discarded, and the connection is closed.
        c.send(QByteArray(4 * 1024 * 1024, 'x'));
        QVERIFY(c.waitClosed(5000));
        // Routes have their own limits: 20 MiB for course material files, 2 MiB for avatars.
        QCOMPARE(m_server->router().maxBodyFor("POST", "/tutorcatalog-api/v1/coursematerialfiles?coursePackId=1"),
                 qint64(20 * 1024 * 1024));
        QCOMPARE(m_server->router().maxBodyFor("POST", "/auth-api/v1/useravatarsfiles"), qint64(2 * 1024 * 1024));
        QCOMPARE(m_server->router().maxBodyFor("POST", "/auth-api/login"), kMaxBodyBytes);
        RawClient m;
        QVERIFY(m.connectTo(m_server->port()));
        m.send("POST /auth-api/v1/useravatarsfiles HTTP/1.1\r\n" + host()
               + "Content-Type: image/png\r\nContent-Length: 3000000\r\n\r\n");
        QCOMPARE(statusOf(m.response(3000)), 413);
    }

    // Expect: 100-continue gets the 413 instead of the go-ahead; within the limit, the go-ahead.
    void expectContinue()
    {
        RawClient c;
        QVERIFY(c.connectTo(m_server->port()));
        c.send("POST /auth-api/login HTTP/1.1\r\n" + host()
               + "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
               + QByteArray::number(kLogin.size()) + "\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return c.socket().peek(32).startsWith("HTTP/1.1 100 Continue"); }, 3000));
        c.send(kLogin);
        QCOMPARE(statusOf(c.response()), 200);
    }

    // A client that sends its whole too-large body (QNetworkAccessManager does) still reads the 413.
    void tooLargeBodyFromQtClient()
    {
        QNetworkRequest req(QUrl(m_server->baseUrl().toString() + "/auth-api/login"));
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply = m_nam.post(req, QByteArray(3 * 1024 * 1024, ' '));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value("message").toString(),
                 QStringLiteral("errMsg_RequestTooLarge"));
        reply->deleteLater();
    }

    // SEC20: a chunked body is counted as it arrives: 413 once it passes the limit.
    void chunkedBodyOverTheLimit()
    {
        RawClient c;
        QVERIFY(c.connectTo(m_server->port()));
        c.send("POST /auth-api/login HTTP/1.1\r\n" + host()
               + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, ' ') + "\r\n"; // 64 KiB
        QByteArray r;
        for (int i = 0; i < 40 && r.isEmpty(); ++i) { // up to 2.5 MiB; the limit is 1 MiB
            c.send(chunk);
            QTest::qWait(5);
            if (c.socket().bytesAvailable() || c.socket().state() != QAbstractSocket::ConnectedState)
                r = c.response(1000);
        }
        if (r.isEmpty())
            r = c.response(3000);
        QCOMPARE(statusOf(r), 413);
        QVERIFY(c.waitClosed(5000));

        // Within the limit, chunked bodies are read as usual.
        RawClient ok;
        QVERIFY(ok.connectTo(m_server->port()));
        ok.send("POST /auth-api/login HTTP/1.1\r\n" + host()
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + QByteArray::number(kLogin.size(), 16) + "\r\n" + kLogin + "\r\n0\r\n\r\n");
        QCOMPARE(statusOf(ok.response()), 200);
    }

    // Malformed framing is refused before it reaches Qt's parser.
    void badFramingRefused_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::newRow("two lengths") << QByteArray(
            "POST /auth-api/login HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n")
                                     << 400;
        QTest::newRow("length and chunked")
            << QByteArray("POST /auth-api/login HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n")
            << 400;
        QTest::newRow("gzip") << QByteArray("POST /auth-api/login HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
        QTest::newRow("negative") << QByteArray("POST /auth-api/login HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("bad chunk") << QByteArray(
            "POST /auth-api/login HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                   << 400;
        QTest::newRow("absolute target") << QByteArray("GET http://attacker.example/ HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("huge head") << QByteArray("GET /auth-api/health HTTP/1.1\r\nX: " + QByteArray(70000, 'a')
                                                 + "\r\n\r\n")
                                   << 431;
    }
    void badFramingRefused()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        RawClient c;
        QVERIFY(c.connectTo(m_server->port()));
        c.send(raw);
        QCOMPARE(statusOf(c.response()), status);
        QVERIFY(c.waitClosed(5000));
    }

    // SEC21: a cap on concurrent connections per address; a closed one frees its place.
    void connectionCapPerAddress()
    {
        restart([](ServerOptions &o) { o.maxConnectionsPerAddress = 3; });
        std::vector<std::unique_ptr<RawClient>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(std::make_unique<RawClient>());
            QVERIFY(open.back()->connectTo(m_server->port()));
        }
        QTest::qWait(50);
        RawClient extra;
        QVERIFY(extra.connectTo(m_server->port()));
        const QByteArray refused = extra.response(3000);
        QCOMPARE(statusOf(refused), 429);
        QCOMPARE(codeOf(refused), QStringLiteral("errMsg_TooManyConnections"));
        QVERIFY(refused.contains("Retry-After: 1"));
        // The open ones still work.
        open.front()->send(request("GET", "/auth-api/health", host()));
        QCOMPARE(statusOf(open.front()->response()), 200);
        open.pop_back();
        QTest::qWait(100);
        RawClient again;
        QVERIFY(again.connectTo(m_server->port()));
        again.send(request("GET", "/auth-api/health", host()));
        QCOMPARE(statusOf(again.response()), 200);
    }

    // SEC22: a silent connection is closed; so are a slow-loris head and a stalled body (408).
    void idleConnectionClosed()
    {
        restart([](ServerOptions &o) { o.idleTimeoutMs = 300; });
        RawClient silent;
        QVERIFY(silent.connectTo(m_server->port()));
        QElapsedTimer t;
        t.start();
        QVERIFY(silent.waitClosed(3000));
        QVERIFY2(t.elapsed() >= 250, qPrintable(QString::number(t.elapsed())));
        // Keep-alive: after an answer, the same silence closes it.
        RawClient keep;
        QVERIFY(keep.connectTo(m_server->port()));
        keep.send(request("GET", "/auth-api/health", host()));
        QCOMPARE(statusOf(keep.response()), 200);
        QVERIFY(keep.waitClosed(3000));
        // A body that stops arriving.
        RawClient stalled;
        QVERIFY(stalled.connectTo(m_server->port()));
        stalled.send("POST /auth-api/login HTTP/1.1\r\n" + host()
                     + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\":");
        const QByteArray r = stalled.response(3000);
        QCOMPARE(statusOf(r), 408);
        QVERIFY(stalled.waitClosed(3000));
    }

    void slowLorisHeadClosed()
    {
        restart([](ServerOptions &o) {
            o.headTimeoutMs = 600;
            o.idleTimeoutMs = 5000;
        });
        RawClient loris;
        QVERIFY(loris.connectTo(m_server->port()));
        loris.send("GET /auth-api/health HTTP/1.1\r\n");
        QElapsedTimer t;
        t.start();
        // One header line every 100 ms keeps bytes coming, but the head never ends.
        while (t.elapsed() < 3000 && loris.socket().state() == QAbstractSocket::ConnectedState
               && !loris.socket().bytesAvailable()) {
            loris.send("X-Loris: " + QByteArray::number(t.elapsed()) + "\r\n");
            QTest::qWait(100);
        }
        const QByteArray r = loris.response(2000);
        QCOMPARE(statusOf(r), 408);
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(loris.waitClosed(3000));
    }

    // The hub's WebSocket outlives the HTTP idle timeout (it has its own heartbeats) and counts
    // toward the connection cap.
    void hubConnectionsUnaffected()
    {
        restart([](ServerOptions &o) {
            o.idleTimeoutMs = 300;
            o.maxConnectionsPerAddress = 2;
        });
        const QString token = login();
        HubTestClient hub;
        QVERIFY(hub.open(m_server->port(), token));
        QTest::qWait(800);
        hub.send(QJsonObject {{"type", "ping"}, {"t", 7}});
        const auto pong = hub.waitFor("pong", 3000);
        QVERIFY(pong.has_value());
        QCOMPARE(pong->value("t").toInt(), 7);
        QVERIFY(!hub.closed);
        RawClient one, two;
        QVERIFY(one.connectTo(m_server->port()));
        QVERIFY(two.connectTo(m_server->port()));
        QCOMPARE(statusOf(two.response(3000)), 429);
    }
};

QTEST_GUILESS_MAIN(TestServerTransport)
#include "tst_server_transport.moc"
