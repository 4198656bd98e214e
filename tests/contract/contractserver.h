// Black-box fixture for the HTTP contract tests: runs the tutorhub-server executable named by
// $TUTORHUB_SERVER_BIN as a child process (--port 0 --data <temp dir> --demo), reads its start-up
// line (D16), sends synchronous HTTP requests and checks the per-request log lines on stderr.
// Only QtCore/QtNetwork: no server or client C++ is linked.
#pragma once

#include "../support/postgrestest.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>
#include <utility>

namespace contract {

constexpr const char *kDemoPassword = "tutorhub-demo";
constexpr const char *kSuperAdmin = "admin@tutorhub.local";
constexpr const char *kTutorMaria = "maria.keller@tutorhub.local";
constexpr const char *kTutorJames = "james.okafor@tutorhub.local";
constexpr const char *kStudentLena = "lena.fischer@tutorhub.local";
constexpr const char *kStudentTom = "tom.baker@tutorhub.local";
constexpr const char *kStudentAiko = "aiko.tanaka@tutorhub.local";

inline const QStringList &segments()
{
    static const QStringList s {QStringLiteral("auth-api"),
                                QStringLiteral("tutorcatalog-api"),
                                QStringLiteral("coursescheduling-api"),
                                QStringLiteral("enrollmentmanagement-api"),
                                QStringLiteral("platformadmin-api"),
                                QStringLiteral("messaging-api"),
                                QStringLiteral("agenthub-api"),
                                QStringLiteral("bff-api"),
                                QStringLiteral("notification-api")};
    return s;
}

// Where a request carries its access token (API.md §1.2, D6).
enum class TokenIn { Bearer, Query, Header, Cookie };

using Query = QList<std::pair<QString, QString>>;
using Headers = QList<std::pair<QByteArray, QByteArray>>;

struct Request
{
    QByteArray method = "GET";
    QString path; // e.g. "/auth-api/v1/users"
    Query query; // repeated names allowed
    std::optional<QJsonValue> json; // serialized compactly, Content-Type application/json
    std::optional<QByteArray> raw; // sent verbatim (wins over json)
    QByteArray contentType; // for raw bodies; default application/json
    Headers headers;
    QString token;
    TokenIn tokenIn = TokenIn::Bearer;
    QString base = {}; // another instance on the same database (http://127.0.0.1:<port>); empty: this server
};

struct Reply
{
    int status = 0; // 0: no HTTP response (see networkError)
    QString networkError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QList<QNetworkCookie> cookies; // Set-Cookie
    QJsonDocument doc;
    bool isJson = false;
    QByteArray method;
    QString path;

    QJsonObject obj() const { return doc.object(); }
    QJsonArray arr() const { return doc.array(); }
    QJsonValue value(const QString &key) const { return doc.object().value(key); }
    QString message() const { return doc.object().value(QStringLiteral("message")).toString(); }
    // Payload of a success envelope (the key named by dataName).
    QJsonValue payload() const { return doc.object().value(doc.object().value(QStringLiteral("dataName")).toString()); }
    QJsonObject data() const { return payload().toObject(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }

    // "POST /auth-api/login -> 401 {...}" for failure messages.
    QByteArray describe() const
    {
        QByteArray text = method + ' ' + path.toUtf8() + " -> " + QByteArray::number(status);
        if (!networkError.isEmpty())
            text += " (" + networkError.toUtf8() + ')';
        text += ' ' + (body.size() > 600 ? body.left(600) + "..." : body);
        return text;
    }
};

// No automatic cookies: every token location is chosen explicitly by the tests.
class NoCookieJar : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

class Server
{
public:
    Server() = default;
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;
    ~Server()
    {
        stop();
        if (!m_database.isEmpty() && m_ownsDatabase)
            tutorhub::test::postgres::dropDatabase(m_database);
    }

    // Most contract tests read codes from the …/start responses (--dev-codes, the default here);
    // the security tests start a server without it, as the app does (SEC1). Call before start().
    void setDevCodes(bool on) { m_devCodes = on; }
    // --contract strict|local; empty: $TUTORHUB_SERVER_CONTRACT when set (tutorhub_add_strict), else the default.
    void setContract(const QString &profile) { m_contract = profile; }
    QString dataDir() const { return m_dataDir.path(); } // holds tutorhub.sqlite and mail/
    // <test>@postgresql: this server's database URL (empty on SQLite); setDatabase (before start) makes it a
    // second instance on another server's database, which stays that server's to drop (issue 18).
    QString database() const { return m_database; }
    void setDatabase(const QString &url)
    {
        m_database = url;
        m_ownsDatabase = false;
    }

    // Starts the binary and waits for the start-up line. On failure returns false and sets *error.
    bool start(QString *error, int timeoutMs = 30000)
    {
        const QString bin = qEnvironmentVariable("TUTORHUB_SERVER_BIN");
        if (bin.isEmpty()) {
            *error = QStringLiteral("TUTORHUB_SERVER_BIN is not set");
            return false;
        }
        if (!m_dataDir.isValid()) {
            *error = QStringLiteral("cannot create a temporary data directory");
            return false;
        }
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(bin);
        QStringList args {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), m_dataDir.path(),
                          QStringLiteral("--demo")};
        if (m_devCodes)
            args << QStringLiteral("--dev-codes");
        const QString contract = m_contract.isEmpty() ? qEnvironmentVariable("TUTORHUB_SERVER_CONTRACT") : m_contract;
        if (!contract.isEmpty())
            args << QStringLiteral("--contract") << contract;
        // <test>@postgresql (DB7): a database of its own in the test cluster, kept across restarts of this server.
        if (m_database.isEmpty() && !tutorhub::test::postgres::baseUrl().isEmpty()) {
            m_database = tutorhub::test::postgres::createDatabase(error);
            m_ownsDatabase = true;
            if (m_database.isEmpty())
                return false;
            // For the helpers that reach into a server's database by its data directory (lessontime.h).
            QFile urlFile(QDir(m_dataDir.path()).filePath(QStringLiteral("test-database-url")));
            if (!urlFile.open(QIODevice::WriteOnly) || urlFile.write(m_database.toUtf8()) < 0) {
                *error = QStringLiteral("cannot write %1").arg(urlFile.fileName());
                return false;
            }
        }
        if (!m_database.isEmpty())
            args << QStringLiteral("--database") << m_database;
        m_process->setArguments(args);
        QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
                         [this] { m_stderr += m_process->readAllStandardError(); });
        QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
                         [this] { m_stdout += m_process->readAllStandardOutput(); });
        m_process->start();
        if (!m_process->waitForStarted(10000)) {
            *error = QStringLiteral("cannot start %1: %2").arg(bin, m_process->errorString());
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        static const QRegularExpression line(
            QStringLiteral("^tutorhub-server listening on http://127\\.0\\.0\\.1:(\\d+)$"));
        while (timer.elapsed() < timeoutMs) {
            const int nl = m_stdout.indexOf('\n');
            if (nl >= 0) {
                m_startupLine = QString::fromUtf8(m_stdout.left(nl));
                if (m_startupLine.endsWith(QLatin1Char('\r')))
                    m_startupLine.chop(1);
                const auto match = line.match(m_startupLine);
                if (!match.hasMatch()) {
                    *error = QStringLiteral("unexpected first stdout line: \"%1\"").arg(m_startupLine);
                    return false;
                }
                m_port = match.captured(1).toUShort();
                m_base = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
                if (m_port == 0) {
                    *error = QStringLiteral("the start-up line reports port 0");
                    return false;
                }
                return true;
            }
            if (m_process->state() == QProcess::NotRunning) {
                *error = QStringLiteral("server exited before the start-up line (exit code %1); stderr: %2")
                             .arg(m_process->exitCode())
                             .arg(QString::fromUtf8(m_stderr.right(2000)));
                return false;
            }
            m_process->waitForReadyRead(100);
            m_stdout += m_process->readAllStandardOutput();
            m_stderr += m_process->readAllStandardError();
        }
        *error = QStringLiteral("no start-up line within %1 ms; stdout: %2 stderr: %3")
                     .arg(timeoutMs)
                     .arg(QString::fromUtf8(m_stdout), QString::fromUtf8(m_stderr.right(2000)));
        return false;
    }

    // terminate, then kill. Collects the remaining output.
    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_stdout += m_process->readAllStandardOutput();
        m_stderr += m_process->readAllStandardError();
        m_process.reset();
    }

    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QByteArray standardError() const { return m_stderr; } // everything the server logged so far
    QString base() const { return m_base; }
    QString startupLine() const { return m_startupLine; }
    QByteArray stdoutText() const { return m_stdout; }
    QByteArray stderrText() const { return m_stderr; }

    Reply send(const Request &req, int timeoutMs = 20000) { return sendAll({req}, timeoutMs).first(); }

    // Sends every request at once (QNetworkAccessManager runs several connections in parallel) and
    // waits for all answers; the replies come back in request order.
    QList<Reply> sendAll(const QList<Request> &requests, int timeoutMs = 20000)
    {
        QList<QNetworkReply *> pending;
        for (const Request &req : requests)
            pending.append(startRequest(req, timeoutMs));
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        bool timedOut = false;
        QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
            timedOut = true;
            loop.quit();
        });
        const auto allDone = [&pending] {
            for (QNetworkReply *r : pending)
                if (!r->isFinished())
                    return false;
            return true;
        };
        for (QNetworkReply *r : pending)
            QObject::connect(r, &QNetworkReply::finished, &loop, [&] {
                if (allDone())
                    loop.quit();
            });
        timer.start(timeoutMs + 1000);
        if (!allDone())
            loop.exec();
        QList<Reply> out;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            QNetworkReply *reply = pending[i];
            if (!reply->isFinished())
                reply->abort();
            out.append(collect(requests[i], reply, timedOut));
        }
        return out;
    }

    // Convenience wrappers.
    Reply get(const QString &path, const QString &token = {}, const Query &query = {})
    {
        Request r;
        r.path = path;
        r.token = token;
        r.query = query;
        return send(r);
    }
    Reply withBody(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &token = {},
                   const Query &query = {})
    {
        Request r;
        r.method = method;
        r.path = path;
        r.json = body;
        r.token = token;
        r.query = query;
        return send(r);
    }
    Reply post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return withBody("POST", path, body, token);
    }
    Reply patch(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return withBody("PATCH", path, body, token);
    }
    Reply del(const QString &path, const QString &token = {})
    {
        Request r;
        r.method = "DELETE";
        r.path = path;
        r.token = token;
        return send(r);
    }
    Reply login(const QString &email, const QString &password = QString::fromLatin1(kDemoPassword))
    {
        return post(QStringLiteral("/auth-api/login"),
                    QJsonObject {{QStringLiteral("username"), email}, {QStringLiteral("password"), password}});
    }

    // Problems with the output streams (D16): stdout holds exactly the start-up line; every stderr line
    // is "<ISO time> <method> <path> <status> <ms>ms"; every request this fixture got an HTTP answer to
    // has its own log line. Call after stop() so that everything has been read.
    QStringList outputProblems() const
    {
        QStringList problems;
        const QList<QByteArray> outLines = nonEmptyLines(m_stdout);
        if (outLines.size() != 1)
            problems << QStringLiteral("stdout has %1 non-empty lines, expected exactly the start-up line: %2")
                            .arg(outLines.size())
                            .arg(QString::fromUtf8(m_stdout.left(500)));
        static const QRegularExpression logLine(
            QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?) "
                           "([A-Z]+) (/\\S*) (\\d{3}) (\\d+)ms$"));
        struct Logged
        {
            QString method, path;
            int status;
            bool used;
        };
        QList<Logged> logged;
        int bad = 0;
        for (const QByteArray &raw : nonEmptyLines(m_stderr)) {
            const QString text = QString::fromUtf8(raw);
            const auto m = logLine.match(text);
            if (!m.hasMatch() || !QDateTime::fromString(m.captured(1), Qt::ISODateWithMs).isValid()) {
                if (++bad <= 10)
                    problems << QStringLiteral("stderr line not in the log format: \"%1\"").arg(text.left(300));
                continue;
            }
            QString path = m.captured(3);
            const qsizetype qm = path.indexOf(QLatin1Char('?'));
            if (qm >= 0)
                path.truncate(qm);
            logged.append({m.captured(2), decoded(path), m.captured(4).toInt(), false});
        }
        if (bad > 10)
            problems << QStringLiteral("... %1 malformed stderr lines in all").arg(bad);
        int missing = 0;
        for (const Sent &s : m_sent) {
            bool found = false;
            for (Logged &l : logged) {
                if (!l.used && l.method == QString::fromLatin1(s.method) && l.path == decoded(s.path)
                    && l.status == s.status) {
                    l.used = found = true;
                    break;
                }
            }
            if (!found && ++missing <= 10)
                problems << QStringLiteral("no stderr log line for %1 %2 %3")
                                .arg(QString::fromLatin1(s.method), s.path)
                                .arg(s.status);
        }
        return problems;
    }

private:
    struct Sent
    {
        QByteArray method;
        QString path;
        int status;
    };

    QNetworkReply *startRequest(const Request &req, int timeoutMs)
    {
        QUrl url((req.base.isEmpty() ? m_base : req.base) + req.path);
        QUrlQuery q;
        for (const auto &item : req.query)
            q.addQueryItem(QString::fromUtf8(QUrl::toPercentEncoding(item.first)),
                           QString::fromUtf8(QUrl::toPercentEncoding(item.second)));
        if (!req.token.isEmpty() && req.tokenIn == TokenIn::Query)
            q.addQueryItem(QStringLiteral("access_token"), req.token);
        if (!q.isEmpty())
            url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);

        QNetworkRequest nr(url);
        nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        nr.setTransferTimeout(timeoutMs);
        QByteArray body;
        if (req.raw) {
            body = *req.raw;
            nr.setRawHeader("Content-Type",
                            req.contentType.isEmpty() ? QByteArray("application/json") : req.contentType);
        } else if (req.json) {
            body = req.json->isArray() ? QJsonDocument(req.json->toArray()).toJson(QJsonDocument::Compact)
                                       : QJsonDocument(req.json->toObject()).toJson(QJsonDocument::Compact);
            nr.setRawHeader("Content-Type", "application/json");
        }
        if (!req.token.isEmpty()) {
            switch (req.tokenIn) {
            case TokenIn::Bearer:
                nr.setRawHeader("Authorization", "Bearer " + req.token.toUtf8());
                break;
            case TokenIn::Header:
                nr.setRawHeader("tutorhub-access-token", req.token.toUtf8());
                break;
            case TokenIn::Cookie:
                nr.setRawHeader("Cookie", "tutorhub-access-token=" + req.token.toUtf8());
                break;
            case TokenIn::Query:
                break;
            }
        }
        for (const auto &h : req.headers)
            nr.setRawHeader(h.first, h.second);
        return (req.raw || req.json) ? nam().sendCustomRequest(nr, req.method, body)
                                     : nam().sendCustomRequest(nr, req.method);
    }

    Reply collect(const Request &req, QNetworkReply *reply, bool timedOut)
    {
        Reply out;
        out.method = req.method;
        out.path = req.path;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (out.status == 0)
            out.networkError = timedOut ? QStringLiteral("timed out") : reply->errorString();
        out.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            out.headers.insert(pair.first.toLower(), pair.second);
        out.cookies = reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
        QJsonParseError perr {};
        out.doc = QJsonDocument::fromJson(out.body, &perr);
        out.isJson = perr.error == QJsonParseError::NoError && !out.body.isEmpty();
        reply->deleteLater();
        if (out.status > 0 && req.base.isEmpty()) // another instance's requests are in its own log
            m_sent.append({req.method, req.path, out.status});
        return out;
    }

    // The log may show a path percent-encoded or not.
    static QString decoded(const QString &path) { return QUrl::fromPercentEncoding(path.toUtf8()); }

    static QList<QByteArray> nonEmptyLines(const QByteArray &text)
    {
        QList<QByteArray> out;
        for (QByteArray line : text.split('\n')) {
            if (line.endsWith('\r'))
                line.chop(1);
            if (!line.trimmed().isEmpty())
                out.append(line);
        }
        return out;
    }

    QNetworkAccessManager &nam()
    {
        if (!m_nam) {
            m_nam = std::make_unique<QNetworkAccessManager>();
            m_nam->setCookieJar(new NoCookieJar(m_nam.get()));
            m_nam->setAutoDeleteReplies(false);
        }
        return *m_nam;
    }

    QTemporaryDir m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QString m_database; // the test cluster's database of this server (DB7), empty on SQLite
    bool m_ownsDatabase = false;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QByteArray m_stdout;
    QByteArray m_stderr;
    bool m_devCodes = true;
    QString m_contract;
    QString m_startupLine;
    QString m_base;
    quint16 m_port = 0;
    QList<Sent> m_sent;
};

} // namespace contract
