// The realtime hub's group commit (F11, F22, F60): many connections sending at once each get every
// message acknowledged exactly once, stored once and in the order each connection sent them, and an
// ack never comes before the commit that holds the message: every acknowledged message is visible to
// another connection to the database when its ack arrives, and is still there after the server
// process is killed right after the acks.
#include "hubtestclient.h"

#include "auth/sessions.h"
#include "auth/userschema.h"
#include "db/repository.h"
#include "db/walsync.h"
#include "messaging/hub.h"
#include "messaging/messaging.h"
#include "server.h"

#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <memory>
#include <numeric>
#include <vector>

using namespace tutorhub::server;

namespace {

// One sending connection: `total` text messages with at most `window` unacknowledged.
struct Sender
{
    HubTestClient client;
    QString prefix; // clientMessageIds are prefix + index
    int sent = 0, total = 0, window = 0;
    QList<int> acked; // indexes, in the order the acks came
    QList<qint64> ackedSequence;
    int errors = 0;
    QString lastError;
};

QJsonObject textSend(const QString &room, const QString &cid, const QString &text)
{
    return {{"type", "send"},
            {"roomId", room},
            {"clientMessageId", cid},
            {"messageType", "text"},
            {"content", QJsonObject {{"text", text}}}};
}

void pump(Sender &s, const QString &room)
{
    while (s.sent < s.total && s.sent - int(s.acked.size()) - s.errors < s.window) {
        s.client.send(textSend(room, s.prefix + QString::number(s.sent), QStringLiteral("message %1").arg(s.sent)));
        ++s.sent;
    }
}

// Takes the acks and errors `s` has received (in order) and sends more; `onAck` sees each ack.
void drain(Sender &s, const QString &room, const std::function<void(const QString &cid)> &onAck = {})
{
    while (!s.client.frames.isEmpty()) {
        const QJsonObject f = s.client.frames.takeFirst();
        const QString type = f.value("type").toString();
        if (type == QLatin1String("ack")) {
            const QString cid = f.value("clientMessageId").toString();
            s.acked << cid.mid(s.prefix.size()).toInt();
            s.ackedSequence << f.value("message").toObject().value("sequence").toInteger();
            if (onAck)
                onAck(cid);
        } else if (type == QLatin1String("error")) {
            ++s.errors;
            s.lastError = QString::fromUtf8(QJsonDocument(f).toJson(QJsonDocument::Compact));
        }
    }
    pump(s, room);
}

// A second connection to the server's database file: it sees only what has been committed.
class Observer
{
public:
    explicit Observer(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_ok = db.open();
    }
    ~Observer() { QSqlDatabase::removeDatabase(m_name); }
    bool ok() const { return m_ok; }
    // (count of rows with this clientMessageId in the room)
    int stored(const QString &room, const QString &cid)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM chatMessages WHERE roomId = ? AND clientMessageId = ?"));
        q.addBindValue(room);
        q.addBindValue(cid);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    // clientMessageId -> sequence of the room's messages whose clientMessageId starts with `like`
    QHash<QString, QList<qint64>> sequences(const QString &room, const QString &like)
    {
        QHash<QString, QList<qint64>> out;
        QSqlQuery q(QSqlDatabase::database(m_name));
        q.prepare(QStringLiteral(
            "SELECT clientMessageId, sequence FROM chatMessages WHERE roomId = ? AND clientMessageId LIKE ?"));
        q.addBindValue(room);
        q.addBindValue(like);
        if (!q.exec())
            qWarning("observer: %s", qPrintable(q.lastError().text()));
        while (q.next())
            out[q.value(0).toString()] << q.value(1).toLongLong();
        return out;
    }

private:
    QString m_name = QStringLiteral("observer-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool m_ok = false;
};

// Every acknowledged message stored exactly once; each sender's stored messages are a prefix of what
// it sent (nothing after a gap) with sequences rising in the order sent.
void checkStored(Observer &db, const QString &room, const QString &tag, const std::vector<std::unique_ptr<Sender>> &ss)
{
    const auto stored = db.sequences(room, tag + QLatin1Char('%'));
    for (const auto &s : ss) {
        qint64 last = 0;
        bool gap = false;
        for (int i = 0; i < s->sent; ++i) {
            const QList<qint64> seq = stored.value(s->prefix + QString::number(i));
            QVERIFY2(seq.size() <= 1, qPrintable(s->prefix + QString::number(i) + " stored twice"));
            if (seq.isEmpty()) {
                gap = true;
                continue;
            }
            QVERIFY2(!gap, qPrintable(s->prefix + QString::number(i) + " stored after an earlier one was lost"));
            QVERIFY2(seq.first() > last, qPrintable(s->prefix + QString::number(i) + " stored out of order"));
            last = seq.first();
        }
        for (const int i : s->acked)
            QVERIFY2(stored.value(s->prefix + QString::number(i)).size() == 1,
                     qPrintable(s->prefix + QString::number(i) + " acknowledged but not stored"));
    }
}

} // namespace

class TestServerHubCommit : public QObject
{
    Q_OBJECT

    // Seeds the demo data in `dir` and returns `count` tokens, alternately Lena's and Maria's, and their room.
    static QStringList seed(const QString &dir, int count, QString *room)
    {
        ServerOptions o;
        o.dataDir = dir;
        o.demo = true;
        o.logRequests = false;
        Server server(o);
        QString why;
        if (!server.start(&why))
            qFatal("the server did not start: %s", qPrintable(why));
        auto user = [&](const char *email) {
            return *server.repository().findOne(userSchema(), QStringLiteral("email = ?"),
                                                {QString::fromLatin1(email)});
        };
        const QVariantMap lena = user("lena.fischer@tutorhub.local"), maria = user("maria.keller@tutorhub.local");
        *room
            = str(*server.repository().findOne(conversationSchema(),
                                               QStringLiteral("conversationType = 'studentTutor' AND participantA = ? "
                                                              "AND participantB = ?"),
                                               {str(lena, "id"), str(maria, "id")}),
                  "id");
        QStringList tokens;
        for (int i = 0; i < count; ++i)
            tokens << server.sessions().create(i % 2 ? maria : lena).token;
        return tokens;
    }

private slots:
    // 20 connections of two users, 30 messages each with 5 in flight, all into one room: each message is
    // acknowledged once, visible to another database connection when its ack arrives, stored once, and
    // each connection's messages are stored in the order it sent them.
    void concurrentSendersAckedOnceInOrder()
    {
        QTemporaryDir dir;
        QString room;
        const QStringList tokens = seed(dir.path(), 20, &room);
        ServerOptions o;
        o.dataDir = dir.path();
        o.logRequests = false;
        o.hubFramesPerSecond = 1e6;
        Server server(o);
        QString why;
        QVERIFY2(server.start(&why), qPrintable(why));
        Observer db(server.databasePath());
        QVERIFY(db.ok());

        const QString tag = QStringLiteral("cc-");
        std::vector<std::unique_ptr<Sender>> ss;
        for (int i = 0; i < tokens.size(); ++i) {
            ss.push_back(std::make_unique<Sender>());
            Sender &s = *ss.back();
            s.prefix = tag + QString::number(i) + QLatin1Char('-');
            s.total = 30;
            s.window = 5;
            QVERIFY(s.client.open(server.port(), tokens.at(i)));
        }
        int notYetCommitted = 0;
        for (auto &s : ss)
            pump(*s, room);
        QVERIFY(QTest::qWaitFor(
            [&] {
                bool done = true;
                for (auto &s : ss) {
                    drain(*s, room, [&](const QString &cid) { notYetCommitted += db.stored(room, cid) != 1; });
                    done = done && int(s->acked.size()) + s->errors == s->total;
                }
                return done;
            },
            60000));
        QCOMPARE(notYetCommitted, 0); // no ack before its commit
        for (auto &s : ss) {
            QVERIFY2(s->errors == 0, qPrintable(s->lastError));
            QList<int> want(s->total);
            std::iota(want.begin(), want.end(), 0);
            QCOMPARE(s->acked, want); // each acknowledged once, in the order sent
            QVERIFY(std::is_sorted(s->ackedSequence.begin(), s->ackedSequence.end()));
        }
        checkStored(db, room, tag, ss);
        if (QTest::currentTestFailed())
            return;
        const auto stored = db.sequences(room, tag + QLatin1Char('%'));
        QCOMPARE(int(stored.size()), 20 * 30);
        QSet<qint64> sequences;
        for (const auto &seq : stored)
            sequences.insert(seq.first());
        QCOMPARE(int(sequences.size()), 20 * 30); // one sequence each
    }

    // An ack waits for the WAL sync that follows its commit (F60): with the sync held, the message is
    // committed (another connection sees it) but not acknowledged; a send arriving meanwhile is not
    // even stored yet (it joins the next batch); once the sync ends both are acknowledged in order.
    void ackWaitsForTheWalSync()
    {
        QTemporaryDir dir;
        QString room;
        const QStringList tokens = seed(dir.path(), 1, &room);
        ServerOptions o;
        o.dataDir = dir.path();
        o.logRequests = false;
        Server server(o);
        QString why;
        QVERIFY2(server.start(&why), qPrintable(why));
        WalSyncer *syncer = server.hub()->walSyncer();
        QVERIFY(syncer); // a WAL database in a file
        QSemaphore gate;
        std::atomic<bool> hold {true};
        std::atomic<int> syncs {0};
        syncer->setSyncFunction([&](const QByteArray &path, QString *error) {
            ++syncs;
            if (hold)
                gate.acquire();
            return WalSyncer::syncFile(path, error);
        });
        auto releaseGate = qScopeGuard([&] {
            hold = false;
            gate.release(10); // never leave the syncer's thread blocked
        });
        Observer db(server.databasePath());
        QVERIFY(db.ok());
        HubTestClient lena;
        QVERIFY(lena.open(server.port(), tokens.first()));
        lena.send(textSend(room, QStringLiteral("held-1"), QStringLiteral("first")));
        QVERIFY(QTest::qWaitFor([&] { return db.stored(room, QStringLiteral("held-1")) == 1; }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return syncs == 1; }, 10000));
        lena.send(textSend(room, QStringLiteral("held-2"), QStringLiteral("second")));
        QVERIFY(lena.roundTrip()); // every frame the hub sent before this pong has arrived
        QVERIFY(lena.none(QStringLiteral("ack")));
        QCOMPARE(db.stored(room, QStringLiteral("held-2")), 0); // waits for the sync in flight
        hold = false;
        gate.release();
        const auto first = lena.waitFor(QStringLiteral("ack"), 10000);
        QVERIFY(first);
        QCOMPARE(first->value("clientMessageId").toString(), QStringLiteral("held-1"));
        const auto second = lena.waitFor(QStringLiteral("ack"), 10000);
        QVERIFY(second);
        QCOMPARE(second->value("clientMessageId").toString(), QStringLiteral("held-2"));
        QCOMPARE(db.stored(room, QStringLiteral("held-2")), 1);
        QCOMPARE(syncs.load(), 2);
    }

    // The real server process with 8 connections sending; it is killed (SIGKILL) while acks are coming
    // in. Every message acknowledged before the kill is in the database afterwards, exactly once, and
    // what each connection got stored is what it sent first, in order.
    void acknowledgedMessagesSurviveAKill()
    {
        const QString bin = qEnvironmentVariable("TUTORHUB_SERVER_BIN");
        QVERIFY2(!bin.isEmpty(), "TUTORHUB_SERVER_BIN is not set");
        QTemporaryDir dir;
        QString room;
        const QStringList tokens = seed(dir.path(), 8, &room);
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(bin, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), dir.path(),
                           QStringLiteral("--quiet")});
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += server.readAll();
                return out.contains("listening on") || server.state() == QProcess::NotRunning;
            },
            60000));
        const int at = out.indexOf("127.0.0.1:");
        QVERIFY2(at >= 0, out.constData());
        const quint16 port = quint16(out.mid(at + 10).split('\n').first().trimmed().toUInt());
        QVERIFY(port > 0);

        const QString tag = QStringLiteral("kill-");
        std::vector<std::unique_ptr<Sender>> ss;
        for (int i = 0; i < tokens.size(); ++i) {
            ss.push_back(std::make_unique<Sender>());
            Sender &s = *ss.back();
            s.prefix = tag + QString::number(i) + QLatin1Char('-');
            s.total = 90; // within the default flood burst (100 frames)
            s.window = 4;
            QVERIFY(s.client.open(port, tokens.at(i)));
        }
        for (auto &s : ss)
            pump(*s, room);
        int acked = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                acked = 0;
                for (auto &s : ss) {
                    drain(*s, room);
                    acked += int(s->acked.size());
                }
                return acked >= 200;
            },
            60000));
        server.kill(); // SIGKILL while sends and acks are in flight
        QVERIFY(server.waitForFinished(10000));
        QTest::qWait(200); // the frames already in the sockets' buffers are read (acks sent before the kill)
        for (auto &s : ss) { // frames read before the kill; nothing new can come
            drain(*s, room);
            QVERIFY2(s->errors == 0, qPrintable(s->lastError));
        }
        Observer db(QDir(dir.path()).filePath(QStringLiteral("tutorhub.sqlite")));
        QVERIFY(db.ok());
        checkStored(db, room, tag, ss);
        int sent = 0;
        for (auto &s : ss)
            sent += s->sent;
        qInfo("%d sent, %d acknowledged before the kill", sent, acked);
    }
};

QTEST_GUILESS_MAIN(TestServerHubCommit)
#include "tst_server_hubcommit.moc"
