// Test helper (SEC48): stands in for tutorhub-server's GET /auth-api/instanceproof. A stand-in
// program writes the TUTORHUB_INSTANCE_SECRET it was given to `secretFile`; this loopback listener
// answers each challenge with HMAC-SHA256 of that secret (or of a wrong one, to play an impostor),
// and counts what it was sent (e.g. an Authorization header it must never see).
#pragma once

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

class InstanceProver : public QObject
{
public:
    InstanceProver(const QString &secretFile, bool impostor = false, quint16 port = 0)
        : m_secretFile(secretFile),
          m_impostor(impostor)
    {
        m_server.listen(QHostAddress::LocalHost, port);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                connect(s, &QTcpSocket::readyRead, s, [this, s] { onRead(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received;
    int connections = 0;

private:
    void onRead(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        received += buffer;
        if (!buffer.contains("\r\n\r\n"))
            return;
        static const QRegularExpression re(QStringLiteral("^GET /auth-api/instanceproof\\?challenge=([0-9a-f]+) "));
        const auto m = re.match(QString::fromLatin1(buffer));
        QByteArray body = "{}";
        if (m.hasMatch()) {
            QFile f(m_secretFile);
            const QByteArray secret
                = f.open(QIODevice::ReadOnly) ? QByteArray::fromHex(f.readAll().trimmed()) : QByteArray();
            const QByteArray key = m_impostor ? QByteArray("not-the-secret") : secret;
            const QByteArray proof = QMessageAuthenticationCode::hash(QByteArray::fromHex(m.captured(1).toLatin1()),
                                                                      key, QCryptographicHash::Sha256)
                                         .toHex();
            body = "{\"proof\":\"" + proof + "\"}";
        }
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        s->disconnectFromHost();
        m_buffers.remove(s);
    }

    QTcpServer m_server;
    QString m_secretFile;
    bool m_impostor;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
