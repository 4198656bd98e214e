// fuzz_http_framer: raw bytes of a connection through the RequestFramer (server/http/requestframer.h),
// the reader that sees every byte before Qt's HTTP parser. Invariants: no crash, memory bounded by the
// head limit, and the same outcome (state, refusal, requests completed, heads) whether the bytes come
// at once or cut into reads of the sizes the input's first byte picks.
#include "fuzztarget.h"

#include "server/http/requestframer.h"

namespace fuzz {

namespace {

using tutorhub::server::RequestFramer;
using tutorhub::server::RequestHead;

struct Seen
{
    RequestFramer::State state;
    int status;
    qint64 completed;
    int heads;
    qint64 bodySeen;
};

qint64 limitFor(const RequestHead &h)
{
    return h.path().startsWith("/upload") ? 4096 : 256;
}

Seen feed(const QByteArray &bytes, int piece)
{
    RequestFramer f(limitFor);
    int heads = 0;
    for (qsizetype i = 0; i < bytes.size(); i += piece)
        heads += f.feed(bytes.constData() + i, qMin<qsizetype>(piece, bytes.size() - i));
    return {f.state(), f.refusal().status, f.requestsCompleted(), heads, f.bodyBytesSeen()};
}

const char *stateName(RequestFramer::State s)
{
    switch (s) {
    case RequestFramer::State::Idle:
        return "idle";
    case RequestFramer::State::Head:
        return "head";
    case RequestFramer::State::Body:
        return "body";
    case RequestFramer::State::Upgraded:
        return "upgraded";
    case RequestFramer::State::Refused:
        return "refused";
    }
    return "?";
}

class HttpFramerTarget : public Target
{
public:
    const char *name() const override { return "fuzz_http_framer"; }
    bool init(QString *) override { return true; }
    Result run(const QByteArray &input) override
    {
        if (input.isEmpty())
            return {QStringLiteral("empty"), {}};
        const int piece = 1 + uchar(input.at(0)) % 23;
        const QByteArray bytes = input.mid(1);
        const Seen whole = feed(bytes, int(qMax<qsizetype>(1, bytes.size())));
        const Seen cut = feed(bytes, piece);
        Result r;
        r.label
            = QString::fromLatin1(stateName(whole.state)) + (whole.status ? QString::number(whole.status) : QString());
        if (whole.state != cut.state || whole.status != cut.status || whole.completed != cut.completed
            || whole.heads != cut.heads || whole.bodySeen != cut.bodySeen)
            r.problem = QStringLiteral("reads of %1 bytes give %2/%3/%4 requests/%5 heads, one read gives %6/%7/%8/%9")
                            .arg(piece)
                            .arg(QString::fromLatin1(stateName(cut.state)))
                            .arg(cut.status)
                            .arg(cut.completed)
                            .arg(cut.heads)
                            .arg(QString::fromLatin1(stateName(whole.state)))
                            .arg(whole.status)
                            .arg(whole.completed)
                            .arg(whole.heads);
        else if (whole.state == RequestFramer::State::Refused && whole.status != 400 && whole.status != 413
                 && whole.status != 431 && whole.status != 501)
            r.problem = QStringLiteral("undocumented refusal status %1").arg(whole.status);
        return r;
    }
    QList<QByteArray> dictionary() const override
    {
        return {"GET ",
                "POST ",
                "PATCH ",
                " HTTP/1.1\r\n",
                " HTTP/1.0\n",
                "\r\n",
                "\n",
                "\r\n\r\n",
                "Host: 127.0.0.1\r\n",
                "Content-Length: ",
                "Content-Length: 0\r\n",
                "Content-Length: 300\r\n",
                "Transfer-Encoding: chunked\r\n",
                "Transfer-Encoding: gzip\r\n",
                "Connection: Upgrade\r\n",
                "Upgrade: websocket\r\n",
                "Expect: 100-continue\r\n",
                "0\r\n\r\n",
                "ff\r\n",
                "1;a=b\r\n",
                "/upload",
                "/",
                " ",
                ":",
                "\t",
                "99999999999999999999",
                "-1",
                "+5"};
    }
};

} // namespace

std::unique_ptr<Target> makeTarget()
{
    return std::make_unique<HttpFramerTarget>();
}

} // namespace fuzz
