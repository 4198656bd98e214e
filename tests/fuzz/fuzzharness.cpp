#include "fuzzharness.h"

#include "server/http/httpserver.h"
#include "server/server.h"
#include "server/auth/sessions.h"
#include "server/http/router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using tutorhub::server::Request;
using tutorhub::server::Response;

namespace fuzz {

namespace {

// The token placeholders and the demo account each stands for.
const QList<QPair<QByteArray, QByteArray>> &accounts()
{
    static const QList<QPair<QByteArray, QByteArray>> a {
        {"$ADMIN", "admin@tutorhub.local"},         {"$TUTOR", "maria.keller@tutorhub.local"},
        {"$TUTOR2", "james.okafor@tutorhub.local"}, {"$STUDENT", "lena.fischer@tutorhub.local"},
        {"$STUDENT2", "tom.baker@tutorhub.local"},
    };
    return a;
}

// Object placeholders: the first id of a list the admin can see.
const QList<QPair<QByteArray, QString>> &objectLists()
{
    static const QList<QPair<QByteArray, QString>> l {
        {"$PACK", QStringLiteral("/tutorcatalog-api/v1/coursepacks")},
        {"$PROFILE", QStringLiteral("/tutorcatalog-api/v1/tutorprofiles")},
        {"$CATEGORY", QStringLiteral("/tutorcatalog-api/v1/coursecategories")},
        {"$ENROLLMENT", QStringLiteral("/enrollmentmanagement-api/v1/enrollments")},
        {"$REFUND", QStringLiteral("/enrollmentmanagement-api/v1/refundrequests")},
        {"$ISSUE", QStringLiteral("/platformadmin-api/v1/adminissues")},
        {"$CONVERSATION", QStringLiteral("/messaging-api/v1/myconversations")},
    };
    return l;
}

// The methods QHttpServerRequest knows; HttpServer names every other one UNKNOWN.
QByteArray knownMethod(const QByteArray &m)
{
    static const QSet<QByteArray> known {"GET",     "PUT",   "DELETE",  "POST", "HEAD",
                                         "OPTIONS", "PATCH", "CONNECT", "TRACE"};
    return known.contains(m) ? m : QByteArrayLiteral("UNKNOWN");
}

Request makeRequest(const QByteArray &method, const QByteArray &target,
                    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body, const QString &baseUrl)
{
    // Like QHttpServerRequest: the target's path and query become the URL's parts.
    QByteArray rest = target;
    const qsizetype hash = rest.indexOf('#');
    if (hash >= 0)
        rest.truncate(hash);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    const qsizetype qm = rest.indexOf('?');
    url.setPath(QString::fromUtf8(qm < 0 ? rest : rest.left(qm)), QUrl::TolerantMode);
    if (qm >= 0)
        url.setQuery(QString::fromUtf8(rest.mid(qm + 1)));
    return tutorhub::server::requestFromHttp(knownMethod(method), url, QUrlQuery(url.query()), headers, body, baseUrl);
}

QString describe(const Request &req, const Response &res)
{
    return QStringLiteral("%1 %2 -> %3 %4")
        .arg(QString::fromLatin1(req.method), req.path)
        .arg(res.status)
        .arg(QString::fromUtf8(res.body.left(400)));
}

} // namespace

Harness::Harness() = default;
Harness::~Harness()
{
    if (m_server)
        m_server->stop();
}

const QList<int> &Harness::allowedStatuses()
{
    static const QList<int> s {200, 201, 400, 401, 403, 404,
                               405, 409, 413, 415, 429}; // 429: sign-in and code throttle (SEC3)
    return s;
}

bool Harness::init(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    tutorhub::server::ServerOptions o;
    o.dataDir = m_dir.path();
    o.demo = true;
    o.logRequests = false;
    m_server = std::make_unique<tutorhub::server::Server>(o);
    if (!m_server->start(error))
        return false;
    for (const auto &[name, email] : accounts()) {
        const QByteArray session = login(email);
        const QJsonObject s = QJsonDocument::fromJson(session).object();
        const QByteArray token = s.value(QStringLiteral("accessToken")).toString().toLatin1();
        if (token.isEmpty()) {
            *error
                = QStringLiteral("cannot sign in %1: %2").arg(QString::fromLatin1(email), QString::fromUtf8(session));
            return false;
        }
        m_emails.insert(name, email);
        m_values.append({name, token});
        m_values.append({name + "_ID", s.value(QStringLiteral("userId")).toString().toLatin1()});
    }
    for (const auto &[name, path] : objectLists())
        m_values.append({name, firstField("$ADMIN", path, "id")});
    // A bookable combination: the first pack's tutor profile and one of its free slots; the
    // profile of $TUTOR for creating packs.
    const QByteArray pack = value("$PACK");
    m_values.append(
        {"$PACK_PROFILE",
         firstField("$ADMIN", "/tutorcatalog-api/v1/coursepacks/" + QString::fromLatin1(pack), "tutorProfileId")});
    m_values.append({"$SLOT", firstField("$ADMIN",
                                         "/coursescheduling-api/v1/lessonslots?status=free&coursePackId="
                                             + QString::fromLatin1(pack),
                                         "id")});
    m_values.append(
        {"$TUTOR_PROFILE",
         firstField("$ADMIN", "/tutorcatalog-api/v1/tutorprofiles?tutorId=" + QString::fromLatin1(value("$TUTOR_ID")),
                    "id")});
    // Longest names first, so $STUDENT_ID is replaced before $STUDENT.
    std::stable_sort(m_values.begin(), m_values.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    return true;
}

QByteArray Harness::login(const QByteArray &email)
{
    const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("username"), QString::fromLatin1(email)},
                                                       {QStringLiteral("password"), QStringLiteral("tutorhub-demo")}})
                                .toJson(QJsonDocument::Compact);
    Request req = makeRequest("POST", "/auth-api/login", {{"Content-Type", "application/json"}}, body,
                              m_server->baseUrl().toString());
    return m_server->router().dispatch(req).body;
}

QByteArray Harness::value(const QByteArray &name) const
{
    for (const auto &v : m_values)
        if (v.first == name)
            return v.second;
    return {};
}

QByteArray Harness::firstField(const QByteArray &role, const QString &target, const char *field)
{
    const QString sep = target.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
    Request req = makeRequest("GET", (target + sep + QStringLiteral("pageRowCount=5")).toUtf8(),
                              {{"Authorization", "Bearer " + value(role)}}, {}, m_server->baseUrl().toString());
    const QJsonObject o = QJsonDocument::fromJson(m_server->router().dispatch(req).body).object();
    const QJsonValue payload = o.value(o.value(QStringLiteral("dataName")).toString());
    const QJsonObject first = payload.isArray() ? payload.toArray().at(0).toObject() : payload.toObject();
    const QJsonValue v = first.contains(QLatin1String(field)) ? first.value(QLatin1String(field))
                                                              : first.value(QStringLiteral("name"));
    return v.toString().toUtf8();
}

QByteArray Harness::substitute(const QByteArray &input, QList<QByteArray> *tokensUsed) const
{
    QByteArray out = input;
    for (const auto &[name, value] : m_values) {
        if (!out.contains(name))
            continue;
        if (m_emails.contains(name))
            tokensUsed->append(name);
        out.replace(name, value);
    }
    return out;
}

ParsedInput Harness::parse(const QByteArray &input) const
{
    ParsedInput p;
    const QByteArray text = substitute(input, &p.tokensUsed);
    qsizetype headEnd = text.indexOf("\n\n");
    qsizetype bodyStart = headEnd + 2;
    const qsizetype crlf = text.indexOf("\r\n\r\n");
    if (crlf >= 0 && (headEnd < 0 || crlf < headEnd)) {
        headEnd = crlf;
        bodyStart = crlf + 4;
    }
    const QByteArray head = headEnd < 0 ? text : text.left(headEnd);
    if (headEnd >= 0)
        p.body = text.mid(bodyStart);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.value(0).trimmed();
    const qsizetype sp = requestLine.indexOf(' ');
    p.method = sp < 0 ? requestLine : requestLine.left(sp);
    QByteArray target = sp < 0 ? QByteArray("/") : requestLine.mid(sp + 1).trimmed();
    const qsizetype sp2 = target.indexOf(' ');
    if (sp2 >= 0)
        target.truncate(sp2);
    p.target = target;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        p.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return p;
}

QString Harness::checkResponse(const Request &req, const Response &res)
{
    const QString where = describe(req, res);
    if (!allowedStatuses().contains(res.status))
        return QStringLiteral("status %1 is not one of 200/201/400/401/403/404/405/409/413/415: %2")
            .arg(res.status)
            .arg(where);
    if (res.contentType != "application/json") {
        // Avatar images are the only non-JSON answers.
        if (res.status != 200 || !res.contentType.startsWith("image/"))
            return QStringLiteral("non-JSON answer of type %1: %2").arg(QString::fromLatin1(res.contentType), where);
        return {};
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(res.body, &err);
    if (err.error != QJsonParseError::NoError || doc.isNull())
        return QStringLiteral("the body is not JSON (%1): %2").arg(err.errorString(), where);
    if (doc.isArray())
        return res.status < 300 ? QString() : QStringLiteral("an error answer is a JSON array: %1").arg(where);
    const QJsonObject o = doc.object();
    if (res.status >= 400) {
        const QStringList keys = o.keys();
        const QSet<QString> have(keys.begin(), keys.end());
        static const QSet<QString> full {QStringLiteral("result"),  QStringLiteral("status"), QStringLiteral("message"),
                                         QStringLiteral("errCode"), QStringLiteral("date"),   QStringLiteral("detail")};
        static const QSet<QString> shortShape {QStringLiteral("status"), QStringLiteral("message"),
                                               QStringLiteral("errCode"), QStringLiteral("date")};
        if (have == full) {
            if (o.value(QStringLiteral("result")).toString() != QLatin1String("ERR")
                || o.value(QStringLiteral("status")).toInt() != res.status
                || o.value(QStringLiteral("errCode")).toInt() != res.status
                || !o.value(QStringLiteral("message")).toString().startsWith(QLatin1String("errMsg_"))
                || !o.value(QStringLiteral("date")).isString() || !o.value(QStringLiteral("detail")).isString())
                return QStringLiteral("malformed error envelope (D2): %1").arg(where);
        } else if (have == shortShape) {
            if (o.value(QStringLiteral("status")).toString() != QLatin1String("ERR")
                || o.value(QStringLiteral("errCode")).toInt() != res.status
                || o.value(QStringLiteral("message")).toString().isEmpty())
                return QStringLiteral("malformed short error envelope (D2): %1").arg(where);
        } else {
            return QStringLiteral("error answer without the error envelope: %1").arg(where);
        }
        if (res.status == 405) {
            bool allow = false;
            for (const auto &h : res.headers)
                allow = allow || (h.first == "Allow" && !h.second.isEmpty());
            if (!allow)
                return QStringLiteral("405 without an Allow header: %1").arg(where);
        }
        return {};
    }
    const QJsonValue st = o.value(QStringLiteral("status"));
    if (st.toString() == QLatin1String("ERR"))
        return QStringLiteral("success status with an error body: %1").arg(where);
    // Envelopes (API.md §1.4) carry dataName; health and the session object have shapes of their own.
    if (st.toString() == QLatin1String("OK") && o.contains(QStringLiteral("dataName"))) {
        const QString dataName = o.value(QStringLiteral("dataName")).toString();
        if (o.value(QStringLiteral("statusCode")).toInt() != res.status || dataName.isEmpty() || !o.contains(dataName))
            return QStringLiteral("malformed success envelope: %1").arg(where);
    }
    return {};
}

void Harness::refreshToken(const QByteArray &name)
{
    // A fuzzed logout or relogin may end a demo session; sign in again so later inputs stay signed in.
    for (auto &v : m_values) {
        if (v.first != name)
            continue;
        Request probe;
        probe.headers.insert("authorization", "Bearer " + v.second);
        if (m_server->sessions().authenticate(probe))
            return;
        const QByteArray token = QJsonDocument::fromJson(login(m_emails.value(name)))
                                     .object()
                                     .value(QStringLiteral("accessToken"))
                                     .toString()
                                     .toLatin1();
        if (!token.isEmpty())
            v.second = token;
        return;
    }
}

Outcome Harness::run(const QByteArray &input)
{
    const ParsedInput p = parse(input);
    Request req = makeRequest(p.method, p.target, p.headers, p.body, m_server->baseUrl().toString());
    const Response res = m_server->router().dispatch(req);
    Outcome out;
    out.status = res.status;
    out.method = p.method;
    out.target = p.target;
    out.body = res.body;
    out.problem = checkResponse(req, res);
    for (const QByteArray &t : p.tokensUsed)
        refreshToken(t);
    return out;
}

} // namespace fuzz
