// RequestFramer (SEC20): where each request of a byte stream ends, body limits from the head and
// while a chunked body arrives, the framing rules, and that the result never depends on how the
// stream is cut into reads. Also the private data directory (SEC26).
#include "core/privatefiles.h"
#include "http/requestframer.h"
#include "server.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace tutorhub::server;

namespace {

constexpr qint64 kLimit = 100;

struct Run
{
    int heads = 0;
    RequestFramer::State state = RequestFramer::State::Idle;
    int status = 0;
    qint64 completed = 0;
};

Run feedInPieces(const QByteArray &stream, int piece)
{
    RequestFramer f([](const RequestHead &) { return kLimit; });
    Run r;
    for (qsizetype i = 0; i < stream.size(); i += piece)
        r.heads += f.feed(stream.mid(i, piece));
    r.state = f.state();
    r.status = f.refusal().status;
    r.completed = f.requestsCompleted();
    return r;
}

mode_t modeOf(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : mode_t(0);
}

} // namespace

class TestServerFramer : public QObject
{
    Q_OBJECT

private slots:
    void streams_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("completed");
        using S = RequestFramer::State;
        QTest::newRow("get") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << int(S::Idle) << 0 << 1;
        QTest::newRow("lf only + leading blank lines")
            << QByteArray("\r\n\nGET / HTTP/1.1\nHost: a\n\n") << int(S::Idle) << 0 << 1;
        QTest::newRow("pipelined with bodies")
            << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /b HTTP/1.1\r\n\r\nPOST /c "
                          "HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n")
            << int(S::Idle) << 0 << 3;
        QTest::newRow("partial head") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n") << int(S::Head) << 0 << 0;
        QTest::newRow("partial body") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 50\r\n\r\nabc") << int(S::Body)
                                      << 0 << 0;
        QTest::newRow("length at limit") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n") << int(S::Body)
                                         << 0 << 0;
        QTest::newRow("length over limit")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n") << int(S::Refused) << 413 << 0;
        QTest::newRow("200 MB") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 209715200\r\n\r\n") << int(S::Refused)
                                << 413 << 0;
        QTest::newRow("chunks over limit") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n"
                                                         + QByteArray(64, 'x') + "\r\n40\r\n")
                                           << int(S::Refused) << 413 << 0;
        QTest::newRow("huge chunk") << QByteArray(
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffff\r\n")
                                    << int(S::Refused) << 413 << 0;
        QTest::newRow("trailer") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: y\r\n\r\n")
                                 << int(S::Refused) << 400 << 0;
        QTest::newRow("chunk without crlf")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab") << int(S::Refused) << 400
            << 0;
        QTest::newRow("upgrade") << QByteArray(
            "GET /hub HTTP/1.1\r\nConnection: keep-alive, Upgrade\r\nUpgrade: websocket\r\n\r\n\x81\x85garbage")
                                 << int(S::Upgraded) << 0 << 1;
        QTest::newRow("upgrade with body") << QByteArray(
            "GET /hub HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nContent-Length: 2\r\n\r\nab")
                                           << int(S::Refused) << 400 << 0;
        QTest::newRow("h2c upgrade is a request")
            << QByteArray("GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n") << int(S::Idle) << 0 << 1;
        QTest::newRow("length + chunked")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n")
            << int(S::Refused) << 400 << 0;
        QTest::newRow("same length twice")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\na") << int(S::Idle) << 0
            << 1;
        QTest::newRow("plus sign") << QByteArray("POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\n") << int(S::Refused)
                                   << 400 << 0;
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << int(S::Refused) << 400
                                       << 0;
        QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\nContent-Length : 5\r\n\r\n") << int(S::Refused) << 400 << 0;
        QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << int(S::Refused) << 400
                                        << 0;
        QTest::newRow("too many headers")
            << QByteArray("GET / HTTP/1.1\r\n" + QByteArray("A: b\r\n").repeated(101) + "\r\n") << int(S::Refused)
            << 431 << 0;
        QTest::newRow("long field") << QByteArray("GET / HTTP/1.1\r\nA: " + QByteArray(8100, 'b') + "\r\n\r\n")
                                    << int(S::Refused) << 431 << 0;
    }
    void streams()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, state);
        QFETCH(int, status);
        QFETCH(int, completed);
        const Run whole = feedInPieces(stream, int(stream.size()) + 1);
        QCOMPARE(int(whole.state), state);
        QCOMPARE(whole.status, status);
        QCOMPARE(int(whole.completed), completed);
        // The same answer however the stream is cut.
        for (int piece : {1, 2, 3, 7, 16}) {
            const Run cut = feedInPieces(stream, piece);
            QCOMPARE(int(cut.state), state);
            QCOMPARE(cut.status, status);
            QCOMPARE(cut.completed, whole.completed);
            QCOMPARE(cut.heads, whole.heads);
        }
    }

    void headFields()
    {
        RequestFramer f([](const RequestHead &h) { return h.path() == "/upload" ? 1000 : 10; });
        QCOMPARE(f.feed("POST /upload?x=1 HTTP/1.1\r\nHost: a\r\nEXPECT: 100-Continue\r\nContent-Length: 500\r\n\r\n"),
                 1);
        QCOMPARE(f.state(), RequestFramer::State::Body);
        QCOMPARE(f.bodyLimit(), qint64(1000));
        const RequestHead &h = f.lastHead();
        QCOMPARE(h.method, QByteArray("POST"));
        QCOMPARE(h.target, QByteArray("/upload?x=1"));
        QCOMPARE(h.header("host"), QByteArray("a"));
        QVERIFY(h.expectContinue);
        QCOMPARE(h.contentLength, qint64(500));
        RequestFramer small([](const RequestHead &h) { return h.path() == "/upload" ? 1000 : 10; });
        small.feed("POST /other HTTP/1.1\r\nContent-Length: 500\r\n\r\n");
        QCOMPARE(small.refusal().status, 413);
        QCOMPARE(small.refusal().code, QStringLiteral("errMsg_RequestTooLarge"));
    }

    // SEC26: a new data directory is 0700 and its files 0600, whatever the umask; an old one with
    // looser modes is fixed when the server starts on it.
    void privateDataDirectory()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("data"));
        const mode_t oldMask = ::umask(0);
        {
            ServerOptions o;
            o.dataDir = dir;
            o.logRequests = false;
            Server s(o);
            QString error;
            QVERIFY2(s.start(&error), qPrintable(error));
            s.stop();
        }
        ::umask(oldMask);
        QCOMPARE(modeOf(dir), mode_t(0700));
        const QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(files.contains("tutorhub.sqlite") && files.contains("jwt-private.pem"), qPrintable(files.join(',')));
        for (const QString &f : files)
            QCOMPARE(modeOf(QDir(dir).filePath(f)), mode_t(0600));

        // Loosen everything (as an older version or a copy would have left it), add a subfolder.
        QVERIFY(QDir(dir).mkdir("mail"));
        QFile stray(QDir(dir).filePath("mail/old.eml"));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        ::chmod(QFile::encodeName(dir).constData(), 0755);
        ::chmod(QFile::encodeName(QDir(dir).filePath("mail")).constData(), 0755);
        for (const QString &f : QStringList {"tutorhub.sqlite", "jwt-private.pem", "mail/old.eml"})
            ::chmod(QFile::encodeName(QDir(dir).filePath(f)).constData(), 0644);
        {
            ServerOptions o;
            o.dataDir = dir;
            o.logRequests = false;
            Server s(o);
            QString error;
            QVERIFY2(s.start(&error), qPrintable(error));
            // While it runs: the database and its WAL files are private too.
            for (const QString &f : QDir(dir).entryList(QDir::Files | QDir::Hidden))
                QCOMPARE(modeOf(QDir(dir).filePath(f)), mode_t(0600));
            s.stop();
        }
        QCOMPARE(modeOf(dir), mode_t(0700));
        QCOMPARE(modeOf(QDir(dir).filePath("mail")), mode_t(0700));
        for (const QString &f : QStringList {"tutorhub.sqlite", "jwt-private.pem", "mail/old.eml"})
            QCOMPARE(modeOf(QDir(dir).filePath(f)), mode_t(0600));

        // A symbolic link inside is neither followed nor changed.
        QTemporaryDir outside;
        const QString target = outside.filePath("shared.txt");
        QFile t(target);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.close();
        ::chmod(QFile::encodeName(target).constData(), 0644);
        QVERIFY(QFile::link(target, QDir(dir).filePath("link")));
        QString error;
        QVERIFY2(privatefiles::restrictTree(dir, &error), qPrintable(error));
        QCOMPARE(modeOf(target), mode_t(0644));
    }
};

QTEST_GUILESS_MAIN(TestServerFramer)
#include "tst_server_framer.moc"
