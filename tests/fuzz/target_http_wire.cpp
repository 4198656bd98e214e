// fuzz_http_wire: raw bytes over a real loopback connection into an in-process tutorhub-server, so they
// pass the whole HTTP path: GuardedTcpServer and its RequestFramer, Qt's QAbstractHttpServer parser,
// the Host/Origin policy, Router::dispatch, the JSON bodies of the routes and the hub's upgrade.
// The client writes the input and reads until the server closes or falls silent.
// Invariants: every answer is a well-formed HTTP/1.1 response with a documented status (error
// answers with the D2 envelope); the server answers a fresh health check every 64 inputs (no hang:
// a stuck server thread stops the whole run, which libFuzzer's -timeout reports).
// Placeholders: $TOKEN is a student's access token, $PORT the server's port.
#include "fuzztarget.h"

#include "server/server.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <sys/socket.h>

namespace fuzz {

namespace {

// Checks the responses in `in`; empty when fine. Sets *label to the statuses seen.
// A response cut short is a problem only when the server closed the connection (otherwise the wait
// merely ended before the rest arrived).
QString checkResponses(QByteArray in, bool closed, QString *label)
{
    static const QSet<int> allowed {100, 101, 200, 201, 400, 401, 403, 404, 405, 408, 409, 413, 415, 429, 431, 501};
    QStringList statuses;
    while (!in.isEmpty()) {
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end < 0) {
            if (!closed)
                break;
            return QStringLiteral("an incomplete response head: %1").arg(QString::fromLatin1(in.left(200)));
        }
        const QByteArray head = in.left(end);
        if (!head.startsWith("HTTP/1.1 ") || head.size() < 12)
            return QStringLiteral("not an HTTP/1.1 status line: %1").arg(QString::fromLatin1(head.left(200)));
        const int status = head.mid(9, 3).toInt();
        statuses << QString::number(status);
        if (!allowed.contains(status))
            return QStringLiteral("undocumented status %1: %2").arg(status).arg(QString::fromLatin1(in.left(400)));
        if (status == 101) // WebSocket frames follow
            break;
        qint64 length = 0;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (in.size() < end + 4 + length && !closed)
            break;
        if (in.size() < end + 4 + length)
            return QStringLiteral("a response body shorter than its Content-Length: %1")
                .arg(QString::fromLatin1(in.left(200)));
        const QByteArray body = in.mid(end + 4, length);
        in.remove(0, end + 4 + length);
        if (status >= 400) {
            // D2: the full error envelope, or the short one of the session routes ({status:"ERR", message, errCode,
            // date}).
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            const bool full = o.value(QStringLiteral("result")).toString() == QLatin1String("ERR")
                              && o.value(QStringLiteral("message")).toString().startsWith(QLatin1String("errMsg_"));
            const bool brief = o.value(QStringLiteral("status")).toString() == QLatin1String("ERR")
                               && !o.value(QStringLiteral("message")).toString().isEmpty();
            if ((!full && !brief) || o.value(QStringLiteral("errCode")).toInt() != status)
                return QStringLiteral("error %1 without the D2 envelope: %2")
                    .arg(status)
                    .arg(QString::fromUtf8(body.left(300)));
        }
    }
    *label = !statuses.isEmpty() ? statuses.join(QLatin1Char('+'))
             : closed            ? QStringLiteral("closed")
                                 : QStringLiteral("silent");
    if (label->size() > 40)
        *label = QStringLiteral("pipelined");
    return {};
}

class HttpWireTarget : public Target
{
public:
    const char *name() const override { return "fuzz_http_wire"; }

    bool init(QString *error) override
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        tutorhub::server::ServerOptions o;
        o.dataDir = m_dir.path();
        o.demo = true;
        o.logRequests = false;
        o.idleTimeoutMs = 1500; // an unfinished request ends within the wait below
        o.headTimeoutMs = 1500;
        o.maxConnectionsPerAddress = 1000;
        o.hubFramesPerSecond = 1e6;
        m_server = std::make_unique<tutorhub::server::Server>(o);
        if (!m_server->start(error))
            return false;
        QByteArray login
            = "POST /auth-api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ";
        const QByteArray body = R"({"username":"lena.fischer@tutorhub.local","password":"tutorhub-demo"})";
        const QByteArray answer = ask(login + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        m_token = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4))
                      .object()
                      .value(QStringLiteral("accessToken"))
                      .toString()
                      .toLatin1();
        if (m_token.isEmpty()) {
            *error = QStringLiteral("cannot sign in: %1").arg(QString::fromUtf8(answer.left(300)));
            return false;
        }
        return true;
    }

    Result run(const QByteArray &input) override
    {
        QByteArray bytes = input;
        bytes.replace("$TOKEN", m_token).replace("$PORT", QByteArray::number(m_server->port()));
        QByteArray answer;
        bool closed = false;
        Result r;
        if (!exchange(bytes, &answer, &closed)) {
            r.label = QStringLiteral("hang");
            r.problem = QStringLiteral("the server kept answering for 5 s; got: %1")
                            .arg(QString::fromLatin1(answer.left(300)));
            return r;
        }
        r.problem = checkResponses(answer, closed, &r.label);
        if (r.problem.isEmpty() && ++m_runs % 64 == 0) {
            const QByteArray health = ask("GET /auth-api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            if (!health.startsWith("HTTP/1.1 200"))
                r.problem
                    = QStringLiteral("the server is no longer healthy: %1").arg(QString::fromLatin1(health.left(300)));
        }
        return r;
    }

    QList<QByteArray> dictionary() const override
    {
        return {"GET ",
                "POST ",
                "PATCH ",
                "DELETE ",
                " HTTP/1.1\r\n",
                "\r\n",
                "\r\n\r\n",
                "Host: 127.0.0.1\r\n",
                "Host: evil.example\r\n",
                "Origin: http://evil.example\r\n",
                "Content-Type: application/json\r\n",
                "Content-Type: text/plain\r\n",
                "Content-Length: ",
                "Transfer-Encoding: chunked\r\n",
                "Authorization: Bearer $TOKEN\r\n",
                "Connection: Upgrade\r\n",
                "Upgrade: websocket\r\n",
                "Sec-WebSocket-Version: 13\r\n",
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n",
                "Expect: 100-continue\r\n",
                "/auth-api/login",
                "/messaging-api/hub",
                "/tutorcatalog-api/v1/coursepacks",
                "0\r\n\r\n",
                "{}",
                "{\"",
                "\":",
                "null",
                "[",
                "%00",
                "?pageNumber=",
                "$TOKEN",
                "$PORT"};
    }

private:
    // Sends `bytes` and collects the answers until the server closes the connection or has been
    // silent for 20 ms after everything was sent (Qt 6.4 drops unsent answers when a client
    // half-closes, so the client cannot signal its end that way). False when it neither answered nor
    // closed within 5 s while requests were complete.
    bool exchange(const QByteArray &bytes, QByteArray *answer, bool *closed)
    {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        if (!waitUntil([&] { return s.state() == QAbstractSocket::ConnectedState; }, 3000))
            return false;
        s.write(bytes);
        waitUntil([&] { return s.bytesToWrite() == 0 || s.state() != QAbstractSocket::ConnectedState; }, 3000);
        QElapsedTimer quiet;
        quiet.start();
        int rounds = 0;
        const bool settled = waitUntil(
            [&] {
                const QByteArray more = s.readAll();
                if (!more.isEmpty()) {
                    *answer += more;
                    quiet.restart();
                }
                return s.state() == QAbstractSocket::UnconnectedState || (++rounds >= 5 && quiet.elapsed() >= 20);
            },
            5000);
        *answer += s.readAll();
        *closed = s.state() == QAbstractSocket::UnconnectedState;
        s.abort();
        return settled;
    }

    // One request and its whole answer (by Content-Length).
    QByteArray ask(const QByteArray &request)
    {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        if (!waitUntil([&] { return s.state() == QAbstractSocket::ConnectedState; }, 3000))
            return {};
        s.write(request);
        QByteArray in;
        waitUntil(
            [&] {
                in += s.readAll();
                const qsizetype end = in.indexOf("\r\n\r\n");
                const qsizetype cl = in.toLower().indexOf("content-length:");
                if (end < 0 || cl < 0)
                    return s.state() == QAbstractSocket::UnconnectedState;
                return in.size() >= end + 4 + in.mid(cl + 15, in.indexOf("\r\n", cl) - cl - 15).trimmed().toLongLong();
            },
            5000);
        return in;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<tutorhub::server::Server> m_server;
    QByteArray m_token;
    qint64 m_runs = 0;
};

} // namespace

std::unique_ptr<Target> makeTarget()
{
    return std::make_unique<HttpWireTarget>();
}

} // namespace fuzz
