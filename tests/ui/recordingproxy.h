// A recording TCP proxy for end-to-end tests: the app talks to the local server through it, and it
// keeps every HTTP request the app sent (method, target, headers, body), so a test can prove what
// reached which route (issue 13: no card number in any request to a TutorHub `*-api` route). The bytes
// are relayed unchanged in both directions; WebSocket upgrades are relayed but not parsed further.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace tutorhub::testing {

class RecordingProxy : public QObject
{
public:
    struct Recorded
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit RecordingProxy(quint16 targetPort, QObject *parent = nullptr) : QObject(parent), m_target(targetPort)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                relay(client);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    // Every complete request seen so far, in the order of the connections' bytes.
    QList<Recorded> requests() const
    {
        QList<Recorded> out;
        for (const QByteArray &stream : m_streams)
            parse(stream, &out);
        return out;
    }

private:
    void relay(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        const qsizetype index = m_streams.size();
        m_streams.append(QByteArray());
        QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, index] {
            const QByteArray bytes = client->readAll();
            m_streams[index] += bytes;
            upstream->write(bytes);
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, client,
                         [client, upstream] { client->write(upstream->readAll()); });
        QObject::connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
            upstream->disconnectFromHost();
            client->deleteLater();
        });
        QObject::connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }

    static void parse(const QByteArray &stream, QList<Recorded> *out)
    {
        qsizetype pos = 0;
        while (pos < stream.size()) {
            const qsizetype end = stream.indexOf("\r\n\r\n", pos);
            if (end < 0)
                return;
            const QList<QByteArray> lines = stream.mid(pos, end - pos).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            Recorded r;
            r.method = requestLine.value(0);
            r.target = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = r.headers.value("content-length").toLongLong();
            r.body = stream.mid(end + 4, length);
            out->append(r);
            if (r.headers.value("upgrade").toLower() == "websocket")
                return; // frames follow, not requests
            pos = end + 4 + length;
        }
    }

    QTcpServer m_server;
    quint16 m_target;
    QList<QByteArray> m_streams;
};

} // namespace tutorhub::testing
