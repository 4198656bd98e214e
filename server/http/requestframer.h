// RequestFramer: an incremental reader of the HTTP/1.1 request stream of one connection, just deep
// enough to find where each request head and body ends (SEC20). It sees the bytes before
// QAbstractHttpServer does (GuardedTcpServer, connectionguard.h), so a body that is too large is
// refused from its head (Content-Length) or while it arrives (chunked), before it is read into memory.
//
// It mirrors the framing of Qt 6.4's QHttpServerRequest parser (leading blank lines skipped, CRLF or
// LF line ends, the head ends at an empty line) and is stricter everywhere that parser is lax, so that
// whatever it accepts the Qt parser frames the same way: one Content-Length of digits only, no
// Content-Length beside Transfer-Encoding, Transfer-Encoding only "chunked", chunk lines of hex digits
// ending in CRLF, no trailers, a bounded head.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace tutorhub::server {

struct RequestHead
{
    QByteArray method;
    QByteArray target; // as sent: "/auth-api/login?x=1"
    QByteArray version; // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers; // lower-case names, trimmed values, in order

    QByteArray header(const QByteArray &lowerName) const; // the first one; null when absent
    QByteArray path() const; // target without the query
    qint64 contentLength = 0; // of a non-chunked body
    bool chunked = false;
    bool upgrade = false; // a WebSocket upgrade (Connection: upgrade + Upgrade: websocket)
    bool expectContinue = false; // Expect: 100-continue
};

struct HeadLimits
{
    int maxHeadBytes = 64 * 1024; // request line + headers (431 beyond)
    int maxHeaderLines = 100; // (431 beyond)
};

class RequestFramer
{
public:
    using Limits = HeadLimits;

    enum class State {
        Idle, // between requests (nothing of the next one seen yet)
        Head, // inside a request line or the headers
        Body, // inside a body
        Upgraded, // a WebSocket upgrade head was complete: the rest is not HTTP, stop reading
        Refused, // the stream broke a rule: see refusal(); stop reading
    };

    struct Refusal
    {
        int status = 0; // 400, 413, 431, 501
        QString code; // errMsg_...
        QString detail; // an English sentence for the error envelope
    };

    // Called when a head is complete and has a body: the largest body the request may have.
    using BodyLimit = std::function<qint64(const RequestHead &)>;

    explicit RequestFramer(BodyLimit bodyLimit, Limits limits = HeadLimits());
    RequestFramer(const RequestFramer &) = delete;
    RequestFramer &operator=(const RequestFramer &) = delete;

    // Reads the next bytes of the stream. Returns the number of requests whose head completed in
    // these bytes (see lastHead()). Stops at the first refusal or upgrade; later bytes are ignored.
    int feed(const char *data, qsizetype size);
    int feed(const QByteArray &bytes) { return feed(bytes.constData(), bytes.size()); }

    State state() const { return m_state; }
    const Refusal &refusal() const { return m_refusal; }
    const RequestHead &lastHead() const { return m_head; } // the most recent complete head
    // The request being read: its method and target once its request line is complete, else empty.
    const RequestHead &currentHead() const { return m_building; }
    qint64 bodyLimit() const { return m_limit; } // of the current/last body
    qint64 bodyBytesSeen() const { return m_bodySeen; } // decoded body bytes of the current request
    qint64 requestsCompleted() const { return m_completed; }

private:
    enum class Step { RequestLine, Headers, FixedBody, ChunkLine, ChunkData, ChunkDataEnd, LastChunkEnd };

    bool refuse(int status, const char *code, const QString &detail);
    bool onRequestLine();
    bool onHeaders();
    bool onChunkLine();
    void finishRequest();

    BodyLimit m_bodyLimitFn;
    Limits m_limits;
    State m_state = State::Idle;
    Step m_step = Step::RequestLine;
    Refusal m_refusal;
    RequestHead m_head;
    RequestHead m_building;
    QByteArray m_line; // the request line, the headers block or a chunk line being read
    qint64 m_headBytes = 0;
    qint64 m_limit = 0;
    qint64 m_remaining = 0; // of the fixed body or the current chunk
    qint64 m_bodySeen = 0;
    qint64 m_completed = 0;
    int m_crlfSeen = 0; // bytes of the CRLF after chunk data / the last chunk
};

} // namespace tutorhub::server
