// A tiny scripted HTTP/1.1 server on QTcpServer for the misbehaviours the real local server does not
// produce on demand: stalling, 503-then-200, connection drops, 401 for an old token. Each connection
// carries one request (Connection: close).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <memory>

namespace tutorhub::test {

struct FakeRequest
{
    QByteArray method;
    QByteArray target; // path + query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QList<QByteArray> headerValues(const QByteArray &name) const
    {
        QList<QByteArray> out;
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                out.append(h.second);
        return out;
    }
    QByteArray header(const QByteArray &name) const { return headerValues(name).value(0); }
};

struct FakeResponse
{
    enum class Action { Answer, Stall, Close };
    Action action = Action::Answer;
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QByteArray extraHeaders; // raw "Name: value\r\n" lines

    static FakeResponse json(int status, const QByteArray &body)
    {
        return {Action::Answer, status, body, "application/json", {}};
    }
    static FakeResponse stall() { return {Action::Stall, 0, {}, {}, {}}; }
    static FakeResponse close() { return {Action::Close, 0, {}, {}, {}}; }
};

class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr) : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onConnection);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port())); }
    void setHandler(Handler h) { m_handler = std::move(h); }
    // Convenience: answer with these responses in order (the last one repeats).
    void setScript(const QList<FakeResponse> &script)
    {
        auto queue = std::make_shared<QList<FakeResponse>>(script);
        m_handler = [queue](const FakeRequest &) { return queue->size() > 1 ? queue->takeFirst() : queue->first(); };
    }
    const QList<FakeRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }

signals:
    void requestReceived();

private slots:
    void onConnection()
    {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const int headerEnd = buf.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        FakeRequest req;
        const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        req.target = first.value(1);
        int length = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const int colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            req.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toInt();
        }
        if (buf.size() < headerEnd + 4 + length)
            return;
        req.body = buf.mid(headerEnd + 4, length);
        m_buffers.remove(s);
        m_requests.append(req);
        emit requestReceived();
        const FakeResponse r = m_handler ? m_handler(req) : FakeResponse::json(200, "{}");
        switch (r.action) {
        case FakeResponse::Action::Stall:
            m_stalled.append(s); // keep it open, never answer
            return;
        case FakeResponse::Action::Close:
            s->abort();
            return;
        case FakeResponse::Action::Answer:
            break;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\nContent-Type: " + r.contentType
                         + "\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\nConnection: close\r\n"
                         + r.extraHeaders + "\r\n" + r.body;
        s->write(out);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<FakeRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_stalled;
};

} // namespace tutorhub::test
