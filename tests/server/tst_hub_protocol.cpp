// The typed hub protocol (issue 17 item 3, K40-K44): contract/hub.def is the one description of the frames. Every
// frame round-trips through the client's types (api/hubprotocol.h) and the server's (server/messaging/
// hubprotocol.h) with the same JSON; a frame missing a required field or with a field of the wrong type is refused
// by the server's types with the documented error; and the real hub answers every client frame of the file (never
// errMsg_UnknownFrameType), an unknown type with errMsg_UnknownFrameType and a frame that is not JSON with
// errMsg_InvalidJson.
#include "hubtestclient.h"

#include "api/hubprotocol.h"
#include "auth/sessions.h"
#include "auth/userschema.h"
#include "core/apierror.h"
#include "db/repository.h"
#include "messaging/hubprotocol.h"
#include "server.h"

#include <QJsonArray>
#include <QTemporaryDir>

namespace client = tutorhub::api::hub;
namespace srv = tutorhub::server::hub;

namespace {

struct FieldSpec
{
    QString name, type;
    bool required = false;
    qint64 min = 0, max = 0;
};

struct FrameSpec
{
    QString wire;
    bool toServer = false;
    QList<FieldSpec> fields;
};

// The frames of hub.def as data, read here with macros of the test's own.
QList<FrameSpec> frameSpecs()
{
    QList<FrameSpec> specs;
#define TH_FRAME(Id, W, dir) specs.append({QStringLiteral(W), QLatin1String(#dir) == QLatin1String("ToServer"), {}});
#define TH_FIELD(name, T, P, min, max)                                                                                 \
    specs.last().fields.append(                                                                                        \
        {QStringLiteral(#name), QStringLiteral(#T), QLatin1String(#P) == QLatin1String("Required"), min, max});
#define TH_END(Id)
#include "contract/hub.def"
#undef TH_FRAME
#undef TH_FIELD
#undef TH_END
    return specs;
}

// A valid value of a field.
QJsonValue sample(const FieldSpec &f)
{
    if (f.type == QLatin1String("String"))
        return QStringLiteral("s-") + f.name;
    if (f.type == QLatin1String("Uuid"))
        return QStringLiteral("7b0c8a52-7e43-4a43-9d8c-0d7f4c8f6a11");
    if (f.type == QLatin1String("Int"))
        return f.min != 0 || f.max != 0 ? f.min + (f.max > f.min ? 1 : 0) : 42;
    if (f.type == QLatin1String("Number"))
        return 2.5;
    if (f.type == QLatin1String("Bool"))
        return true;
    if (f.type == QLatin1String("Object"))
        return QJsonObject {{QStringLiteral("text"), QStringLiteral("hi")}};
    if (f.type == QLatin1String("Array"))
        return QJsonArray {1, QStringLiteral("two")};
    if (f.type == QLatin1String("Time"))
        return QStringLiteral("2026-03-01T10:00:00.000Z");
    return QJsonObject {{QStringLiteral("any"), 1}}; // Any
}

// A value of the wrong JSON type for a field.
QJsonValue wrongType(const FieldSpec &f)
{
    if (f.type == QLatin1String("Object") || f.type == QLatin1String("Array"))
        return 7;
    if (f.type == QLatin1String("Bool"))
        return QStringLiteral("yes");
    return QJsonArray {1};
}

QJsonObject frameOf(const FrameSpec &spec, bool withOptional, const QJsonValue &ref = {})
{
    QJsonObject o {{QStringLiteral("type"), spec.wire}};
    for (const FieldSpec &f : spec.fields)
        if (f.required || withOptional)
            o.insert(f.name, sample(f));
    if (!ref.isNull())
        o.insert(QStringLiteral("ref"), ref);
    return o;
}

// Client type -> JSON -> server type -> JSON -> client type: the same JSON at every step.
template<class C, class S>
void roundTrip(const QJsonObject &json)
{
    const std::optional<C> c = C::fromJson(json);
    QVERIFY2(c, qPrintable(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    QCOMPARE(c->toJson(), json);
    S s;
    try {
        s = S::fromJson(c->toJson());
    } catch (const tutorhub::server::HttpError &e) {
        QFAIL(qPrintable(QStringLiteral("the server refused %1: %2").arg(json.value("type").toString(), e.code())));
    }
    QCOMPARE(s.toJson(), json);
    const std::optional<C> back = C::fromJson(s.toJson());
    QVERIFY(back);
    QCOMPARE(back->toJson(), json);
    QCOMPARE(QString::fromLatin1(C::type), json.value("type").toString());
    QCOMPARE(QString::fromLatin1(S::type), json.value("type").toString());
}

// The server's error for `json` as one of its frames (empty when it is accepted).
template<class S>
QString serverError(const QJsonObject &json)
{
    try {
        (void)S::fromJson(json);
    } catch (const tutorhub::server::HttpError &e) {
        return e.code();
    }
    return {};
}

} // namespace

class TestHubProtocol : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<tutorhub::server::Server> m_server;

private slots:
    void everyFrameRoundTripsThroughBothSides()
    {
        const QList<FrameSpec> specs = frameSpecs();
        QVERIFY(specs.size() >= 25);
        int checked = 0;
        for (const FrameSpec &spec : specs) {
            for (const bool withOptional : {true, false}) {
                for (const QJsonValue &ref : {QJsonValue(), QJsonValue(QStringLiteral("r-1")), QJsonValue(17)}) {
                    const QJsonObject json = frameOf(spec, withOptional, ref);
#define TH_FRAME(Id, W, dir)                                                                                           \
    if (json.value("type").toString() == QLatin1String(W)                                                              \
        && (QLatin1String(#dir) == QLatin1String("ToServer")) == spec.toServer) {                                      \
        roundTrip<client::Id, srv::Id>(json);                                                                          \
        ++checked;                                                                                                     \
    }
#define TH_FIELD(name, T, P, min, max)
#define TH_END(Id)
#include "contract/hub.def"
#undef TH_FRAME
#undef TH_FIELD
#undef TH_END
                    if (QTest::currentTestFailed())
                        return;
                }
            }
        }
        QCOMPARE(checked, int(specs.size()) * 6);
        // Both sides list the same frames.
        QStringList toServer, toClient;
        for (const FrameSpec &spec : specs)
            (spec.toServer ? toServer : toClient) << spec.wire;
        QCOMPARE(srv::clientFrameTypes(), toServer);
        QCOMPARE(client::serverFrameTypes(), toClient);
    }

    // "Until lifted" is null on the wire, "" in the types, on both sides.
    void nullTimesStayNull()
    {
        const QJsonObject json {{"type", "moderation"}, {"roomId", "r"},   {"userId", "u"},
                                {"action", "blocked"},  {"lifted", false}, {"expiresAt", QJsonValue::Null}};
        roundTrip<client::Moderation, srv::Moderation>(json);
        QVERIFY(client::Moderation::fromJson(json)->expiresAt.isEmpty());
        client::Joined joined;
        joined.silencedUntil = QString();
        QVERIFY(joined.toJson().value("silencedUntil").isNull());
        QVERIFY(!client::Joined().toJson().contains("silencedUntil"));
    }

    // Every client frame missing a required field, or with a field of the wrong type, gets the documented error
    // from the server's types (docs/realtime-protocol.md §5).
    void invalidFramesGetTheDocumentedError()
    {
        int checked = 0;
        for (const FrameSpec &spec : frameSpecs()) {
            if (!spec.toServer)
                continue;
            for (const FieldSpec &f : spec.fields) {
                QJsonObject missing = frameOf(spec, true);
                missing.remove(f.name);
                QJsonObject wrong = frameOf(spec, true);
                wrong.insert(f.name, wrongType(f));
                QString missingCode, wrongCode;
#define TH_FRAME(Id, W, dir)                                                                                           \
    if (spec.wire == QLatin1String(W) && QLatin1String(#dir) == QLatin1String("ToServer")) {                           \
        missingCode = serverError<srv::Id>(missing);                                                                   \
        wrongCode = serverError<srv::Id>(wrong);                                                                       \
        /* the client's types refuse them too */                                                                       \
        QCOMPARE(client::Id::fromJson(wrong).has_value(), f.type == QLatin1String("Any"));                             \
    }
#define TH_FIELD(name, T, P, min, max)
#define TH_END(Id)
#include "contract/hub.def"
#undef TH_FRAME
#undef TH_FIELD
#undef TH_END
                QCOMPARE(missingCode,
                         f.required ? QStringLiteral("errMsg_MissingParameter:") + f.name
                                    : QString()); // optional: fine
                if (f.type != QLatin1String("Any"))
                    QCOMPARE(wrongCode, QStringLiteral("errMsg_InvalidParameter:") + f.name);
                ++checked;
            }
        }
        QVERIFY(checked >= 20);
        // Ranges and lengths.
        QCOMPARE(serverError<srv::Join>(
                     {{"type", "join"}, {"roomId", "7b0c8a52-7e43-4a43-9d8c-0d7f4c8f6a11"}, {"limit", 501}}),
                 QStringLiteral("errMsg_InvalidParameter:limit"));
        QCOMPARE(serverError<srv::Join>({{"type", "join"}, {"roomId", "not-a-uuid"}}),
                 QStringLiteral("errMsg_InvalidParameter:roomId"));
        QCOMPARE(serverError<srv::Send>({{"type", "send"},
                                         {"clientMessageId", QString(65, 'x')},
                                         {"roomId", "7b0c8a52-7e43-4a43-9d8c-0d7f4c8f6a11"},
                                         {"content", QJsonObject()}}),
                 QStringLiteral("errMsg_ParameterTooLong:clientMessageId"));
        QCOMPARE(serverError<srv::Read>(
                     {{"type", "read"}, {"roomId", "7b0c8a52-7e43-4a43-9d8c-0d7f4c8f6a11"}, {"sequence", 1.5}}),
                 QStringLiteral("errMsg_InvalidParameter:sequence"));
        // Whole numbers beyond qint64 (the fuzzer's find: converting them was undefined behaviour) are refused
        // by both sides; the largest exact ones pass.
        for (const double huge : {1e300, -1e300, 9223372036854775808.0, -9.3e18}) {
            const QJsonObject read {
                {"type", "read"}, {"roomId", "7b0c8a52-7e43-4a43-9d8c-0d7f4c8f6a11"}, {"sequence", huge}};
            QCOMPARE(serverError<srv::Read>(read), QStringLiteral("errMsg_InvalidParameter:sequence"));
            QVERIFY(!client::Read::fromJson(read).has_value());
        }
        const auto marker = [](double sequence) {
            return QJsonObject {{"type", "read"}, {"roomId", "r"}, {"userId", "u"}, {"sequence", sequence}};
        };
        QCOMPARE(client::ReadMarker::fromJson(marker(9007199254740992.0))->sequence, Q_INT64_C(9007199254740992));
        QVERIFY(!client::ReadMarker::fromJson(marker(1e300)).has_value());
        QCOMPARE(srv::ReadMarker::fromJson(marker(-9007199254740992.0)).sequence, -Q_INT64_C(9007199254740992));
        QCOMPARE(serverError<srv::ReadMarker>(marker(9223372036854775808.0)),
                 QStringLiteral("errMsg_InvalidParameter:sequence"));
    }

    // The real hub: every client frame of hub.def is dispatched (an empty one gets its field error, ping its
    // pong), an unknown type gets errMsg_UnknownFrameType and a frame that is not JSON errMsg_InvalidJson; the
    // connection stays open.
    void theHubAnswersEveryFrameOfTheFile()
    {
        tutorhub::server::ServerOptions o;
        o.dataDir = m_dir.path();
        o.demo = true;
        o.logRequests = false;
        m_server = std::make_unique<tutorhub::server::Server>(o);
        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
        const QVariantMap lena
            = *m_server->repository().findOne(tutorhub::server::userSchema(), QStringLiteral("email = ?"),
                                              {QStringLiteral("lena.fischer@tutorhub.local")});
        HubTestClient c;
        QVERIFY(c.open(m_server->port(), m_server->sessions().create(lena).token));
        int n = 0;
        for (const FrameSpec &spec : frameSpecs()) {
            if (!spec.toServer)
                continue;
            const QString ref = QStringLiteral("f%1").arg(++n);
            c.send({{"type", spec.wire}, {"ref", ref}});
            const bool hasRequired
                = std::any_of(spec.fields.begin(), spec.fields.end(), [](const FieldSpec &f) { return f.required; });
            const auto answer = c.waitFor(hasRequired ? QStringLiteral("error") : QStringLiteral("pong"), 5000,
                                          [&](const QJsonObject &f) { return f.value("ref") == ref; });
            QVERIFY2(answer, qPrintable(spec.wire));
            if (spec.wire == QLatin1String("moderate")) {
                // Only admins send it: the student's frame is refused before its fields are read (K47, SEC5).
                QCOMPARE(answer->value("code").toString(), QStringLiteral("errMsg_Forbidden"));
                QCOMPARE(answer->value("status").toInt(), 403);
                QCOMPARE(answer->value("frame").toString(), spec.wire);
            } else if (hasRequired) {
                QCOMPARE(answer->value("type").toString(), QStringLiteral("error"));
                QVERIFY2(answer->value("code").toString().startsWith("errMsg_MissingParameter:"),
                         qPrintable(answer->value("code").toString()));
                QCOMPARE(answer->value("status").toInt(), 400);
                QCOMPARE(answer->value("frame").toString(), spec.wire);
                QVERIFY(client::Error::fromJson(*answer)); // the client reads the hub's errors with its type
            } else {
                QCOMPARE(answer->value("type").toString(), QStringLiteral("pong"));
            }
        }
        c.send({{"type", "shout"}, {"ref", "u1"}});
        const auto unknown = c.waitFor("error", 5000, [](const QJsonObject &f) { return f.value("ref") == "u1"; });
        QVERIFY(unknown);
        QCOMPARE(unknown->value("code").toString(), QStringLiteral("errMsg_UnknownFrameType"));
        // A server -> client frame sent by a client is unknown too.
        c.send({{"type", "ack"}, {"ref", "u2"}});
        const auto ack = c.waitFor("error", 5000, [](const QJsonObject &f) { return f.value("ref") == "u2"; });
        QVERIFY(ack);
        QCOMPARE(ack->value("code").toString(), QStringLiteral("errMsg_UnknownFrameType"));
        c.ws.sendTextMessage(QStringLiteral("{not json"));
        QVERIFY(c.waitFor("error", 5000, [](const QJsonObject &f) {
            return f.value("code").toString() == QLatin1String("errMsg_InvalidJson");
        }));
        QVERIFY(c.roundTrip()); // still open
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestHubProtocol)
#include "tst_hub_protocol.moc"
