#include "http/requestframer.h"

#include <cstring>

namespace tutorhub::server {

namespace {

constexpr int kMaxFieldBytes = 8000; // below Qt's 8 KiB per header field, so Qt never drops a head we pass
constexpr int kMaxChunkLineBytes = 1024;

bool isTchar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool allDigits(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

// Trailing CR of a line ending in LF.
QByteArray stripCr(const QByteArray &line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

QByteArray RequestHead::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return h.second;
    return {};
}

QByteArray RequestHead::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

RequestFramer::RequestFramer(BodyLimit bodyLimit, Limits limits) : m_bodyLimitFn(std::move(bodyLimit)), m_limits(limits)
{ }

bool RequestFramer::refuse(int status, const char *code, const QString &detail)
{
    m_state = State::Refused;
    m_refusal = Refusal {status, QString::fromLatin1(code), detail};
    return false;
}

int RequestFramer::feed(const char *data, qsizetype size)
{
    int heads = 0;
    qsizetype i = 0;
    while (i < size && (m_state == State::Idle || m_state == State::Head || m_state == State::Body)) {
        switch (m_step) {
        case Step::RequestLine: {
            const char c = data[i++];
            // Like Qt: white space before a request line is left over from the previous request.
            if (m_line.isEmpty() && (c == '\v' || c == '\n' || c == '\r' || c == ' ' || c == '\t'))
                break;
            m_state = State::Head;
            ++m_headBytes;
            if (c != '\n') {
                m_line.append(c);
                if (m_headBytes > m_limits.maxHeadBytes) {
                    refuse(431, "errMsg_HeadersTooLarge",
                           QStringLiteral("The request line is longer than %1 bytes.").arg(m_limits.maxHeadBytes));
                    return heads;
                }
                break;
            }
            if (!onRequestLine())
                return heads;
            break;
        }
        case Step::Headers: {
            // Copy up to the next LF at once; the end test only matters at line ends.
            const char *start = data + i;
            const char *nl = static_cast<const char *>(std::memchr(start, '\n', size_t(size - i)));
            const qsizetype n = nl ? (nl - start) + 1 : size - i;
            m_line.append(start, n);
            m_headBytes += n;
            i += n;
            if (m_headBytes > m_limits.maxHeadBytes) {
                refuse(431, "errMsg_HeadersTooLarge",
                       QStringLiteral("The request headers are larger than %1 bytes.").arg(m_limits.maxHeadBytes));
                return heads;
            }
            if (!nl)
                break;
            // Qt's end of the head: an empty line (CRLF or LF), also when there are no headers.
            if (m_line.endsWith("\n\r\n") || m_line.endsWith("\n\n") || m_line == "\r\n" || m_line == "\n") {
                if (!onHeaders())
                    return heads;
                ++heads;
            }
            break;
        }
        case Step::FixedBody: {
            const qint64 n = qMin<qint64>(m_remaining, size - i);
            m_remaining -= n;
            m_bodySeen += n;
            i += qsizetype(n);
            if (m_remaining == 0)
                finishRequest();
            break;
        }
        case Step::ChunkLine: {
            const char c = data[i++];
            m_line.append(c);
            if (m_line.size() > kMaxChunkLineBytes) {
                refuse(400, "errMsg_BadChunk", QStringLiteral("A chunk size line is too long."));
                return heads;
            }
            if (c == '\n' && !onChunkLine())
                return heads;
            break;
        }
        case Step::ChunkData: {
            const qint64 n = qMin<qint64>(m_remaining, size - i);
            m_remaining -= n;
            m_bodySeen += n;
            i += qsizetype(n);
            if (m_remaining == 0) {
                m_step = Step::ChunkDataEnd;
                m_crlfSeen = 0;
            }
            break;
        }
        case Step::ChunkDataEnd:
        case Step::LastChunkEnd: {
            const char c = data[i++];
            if (c != (m_crlfSeen == 0 ? '\r' : '\n')) {
                refuse(400, "errMsg_BadChunk",
                       m_step == Step::LastChunkEnd
                           ? QStringLiteral("The last chunk must be followed by CRLF (trailers are not accepted).")
                           : QStringLiteral("Chunk data must be followed by CRLF."));
                return heads;
            }
            if (++m_crlfSeen < 2)
                break;
            if (m_step == Step::LastChunkEnd) {
                finishRequest();
            } else {
                m_step = Step::ChunkLine;
                m_line.clear();
            }
            break;
        }
        }
    }
    return heads;
}

bool RequestFramer::onRequestLine()
{
    const QByteArray line = stripCr(m_line);
    m_line.clear();
    m_step = Step::Headers;
    m_building = RequestHead();
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return refuse(400, "errMsg_BadRequestLine",
                      QStringLiteral("The request line must be 'METHOD /path HTTP/1.1'."));
    for (char c : parts[0])
        if (!isTchar(c))
            return refuse(400, "errMsg_BadRequestLine", QStringLiteral("The request method is not a token."));
    if (!parts[1].startsWith('/'))
        return refuse(400, "errMsg_BadRequestLine",
                      QStringLiteral("The request target must be a path starting with '/'."));
    for (char c : parts[1])
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)
            return refuse(400, "errMsg_BadRequestLine",
                          QStringLiteral("The request target contains a control or non-ASCII byte."));
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return refuse(400, "errMsg_BadRequestLine", QStringLiteral("Only HTTP/1.1 and HTTP/1.0 are spoken here."));
    m_building.method = parts[0];
    m_building.target = parts[1];
    m_building.version = parts[2];
    return true;
}

bool RequestFramer::onHeaders()
{
    const QByteArray block = m_line;
    m_line.clear();
    RequestHead &h = m_building;
    const QList<QByteArray> lines = block.split('\n');
    // The block ends in LF, so the last element is empty; the one before it is the empty line.
    for (qsizetype n = 0; n + 1 < lines.size(); ++n) {
        const QByteArray line = stripCr(lines[n]);
        if (line.isEmpty())
            continue; // only the final empty line can be empty (the block ends at the first one)
        if (line.startsWith(' ') || line.startsWith('\t'))
            return refuse(400, "errMsg_BadHeader", QStringLiteral("Folded header lines are not accepted."));
        if (line.size() > kMaxFieldBytes)
            return refuse(431, "errMsg_HeadersTooLarge",
                          QStringLiteral("A header line is longer than %1 bytes.").arg(kMaxFieldBytes));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return refuse(400, "errMsg_BadHeader", QStringLiteral("A header line has no name."));
        const QByteArray name = line.left(colon);
        for (char c : name)
            if (!isTchar(c))
                return refuse(400, "errMsg_BadHeader",
                              QStringLiteral("A header name contains a character that is not allowed."));
        const QByteArray value = line.mid(colon + 1).trimmed();
        for (char c : value)
            if (c == '\r' || c == '\0')
                return refuse(400, "errMsg_BadHeader", QStringLiteral("A header value contains CR or NUL."));
        if (h.headers.size() >= m_limits.maxHeaderLines)
            return refuse(431, "errMsg_HeadersTooLarge",
                          QStringLiteral("A request may have at most %1 headers.").arg(m_limits.maxHeaderLines));
        h.headers.append({name.toLower(), value});
    }

    // Framing: one way of knowing where the body ends, and only one.
    QByteArray length;
    QByteArray connection, upgrade;
    int encodings = 0;
    QByteArray encoding;
    for (const auto &[name, value] : std::as_const(h.headers)) {
        if (name == "content-length") {
            if (!allDigits(value) || value.size() > 18)
                return refuse(400, "errMsg_BadContentLength",
                              QStringLiteral("Content-Length must be a decimal number."));
            if (!length.isNull() && length != value)
                return refuse(400, "errMsg_BadContentLength",
                              QStringLiteral("Content-Length is given twice with different values."));
            length = value;
        } else if (name == "transfer-encoding") {
            ++encodings;
            encoding = value.toLower();
        } else if (name == "connection") {
            connection += value + ',';
        } else if (name == "upgrade") {
            upgrade += (upgrade.isEmpty() ? "" : ", ") + value;
        } else if (name == "expect") {
            h.expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (encodings > 0) {
        if (encodings > 1 || encoding != "chunked")
            return refuse(501, "errMsg_UnsupportedTransferEncoding",
                          QStringLiteral("Only 'Transfer-Encoding: chunked' is supported."));
        if (!length.isNull())
            return refuse(400, "errMsg_BadContentLength",
                          QStringLiteral("Content-Length and Transfer-Encoding may not be combined."));
        h.chunked = true;
    }
    h.contentLength = length.isNull() ? 0 : length.toLongLong();
    h.upgrade = connection.toLower().contains("upgrade") && upgrade.compare("websocket", Qt::CaseInsensitive) == 0;
    if (h.upgrade && (h.chunked || h.contentLength > 0))
        return refuse(400, "errMsg_BadRequest", QStringLiteral("A WebSocket upgrade request has no body."));

    m_head = h;
    m_headBytes = 0;
    m_bodySeen = 0;
    if (h.upgrade) {
        m_state = State::Upgraded;
        ++m_completed;
        return true;
    }
    if (!h.chunked && h.contentLength == 0) {
        finishRequest();
        return true;
    }
    m_limit = m_bodyLimitFn ? m_bodyLimitFn(m_head) : 0;
    if (!h.chunked && h.contentLength > m_limit)
        return refuse(413, "errMsg_RequestTooLarge",
                      QStringLiteral("The request body (%1 bytes) is larger than the %2 bytes this route accepts.")
                          .arg(h.contentLength)
                          .arg(m_limit));
    m_state = State::Body;
    if (h.chunked) {
        m_step = Step::ChunkLine;
    } else {
        m_step = Step::FixedBody;
        m_remaining = h.contentLength;
    }
    return true;
}

bool RequestFramer::onChunkLine()
{
    if (!m_line.endsWith("\r\n"))
        return refuse(400, "errMsg_BadChunk", QStringLiteral("A chunk size line must end with CRLF."));
    QByteArray sizeText = m_line.chopped(2);
    m_line.clear();
    const qsizetype semicolon = sizeText.indexOf(';');
    if (semicolon >= 0) {
        for (char c : sizeText.mid(semicolon + 1))
            if (uchar(c) < 0x20 && c != '\t')
                return refuse(400, "errMsg_BadChunk", QStringLiteral("A chunk extension contains a control byte."));
        sizeText.truncate(semicolon);
    }
    if (sizeText.isEmpty() || sizeText.size() > 15)
        return refuse(400, "errMsg_BadChunk", QStringLiteral("A chunk size must be 1 to 15 hexadecimal digits."));
    for (char c : sizeText)
        if (!isHex(c))
            return refuse(400, "errMsg_BadChunk", QStringLiteral("A chunk size must be hexadecimal digits."));
    const qint64 chunk = sizeText.toLongLong(nullptr, 16);
    if (chunk == 0) {
        m_step = Step::LastChunkEnd;
        m_crlfSeen = 0;
        return true;
    }
    if (chunk > m_limit - m_bodySeen)
        return refuse(
            413, "errMsg_RequestTooLarge",
            QStringLiteral("The chunked request body grew larger than the %1 bytes this route accepts.").arg(m_limit));
    m_remaining = chunk;
    m_step = Step::ChunkData;
    return true;
}

void RequestFramer::finishRequest()
{
    ++m_completed;
    m_building = RequestHead();
    m_state = State::Idle;
    m_step = Step::RequestLine;
    m_line.clear();
    m_headBytes = 0;
    m_remaining = 0;
}

} // namespace tutorhub::server
