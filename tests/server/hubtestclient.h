// A raw QWebSocket client of the realtime hub for the protocol tests: records every frame and the
// close code, and waits for frames by type.
#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <functional>

class HubTestClient : public QObject
{
public:
    explicit HubTestClient(QObject *parent = nullptr) : QObject(parent)
    {
        connect(&ws, &QWebSocket::textMessageReceived, this,
                [this](const QString &t) { frames.append(QJsonDocument::fromJson(t.toUtf8()).object()); });
        connect(&ws, &QWebSocket::disconnected, this, [this] {
            closed = true;
            closeCode = ws.closeCode();
        });
    }

    // Opens ws://127.0.0.1:port/messaging-api/hub with the token in the Authorization header.
    bool open(quint16 port, const QString &token, int timeoutMs = 5000)
    {
        QNetworkRequest req(QUrl(QStringLiteral("ws://127.0.0.1:%1/messaging-api/hub").arg(port)));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        closed = false;
        frames.clear();
        ws.open(req);
        return waitFor(QStringLiteral("hello"), timeoutMs).has_value();
    }

    void send(const QJsonObject &frame)
    {
        ws.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }

    // The first recorded frame of `type` (matching `pred`) not consumed yet; it is consumed.
    std::optional<QJsonObject> waitFor(const QString &type, int timeoutMs = 5000,
                                       const std::function<bool(const QJsonObject &)> &pred = {})
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            for (int i = 0; i < frames.size(); ++i) {
                const QJsonObject f = frames.at(i);
                if (f.value(QStringLiteral("type")).toString() == type && (!pred || pred(f))) {
                    frames.removeAt(i);
                    return f;
                }
            }
            if (t.elapsed() > timeoutMs || (closed && frames.isEmpty()))
                return std::nullopt;
            QTest::qWait(5);
        }
    }
    // True when no frame of `type` arrives within `ms` (used after a round trip that proves delivery).
    bool none(const QString &type)
    {
        for (const QJsonObject &f : std::as_const(frames))
            if (f.value(QStringLiteral("type")).toString() == type)
                return false;
        return true;
    }
    // Sends a ping and waits for its pong: every frame sent before it has been answered.
    bool roundTrip(int timeoutMs = 5000)
    {
        const QString ref = QStringLiteral("rt%1").arg(++m_ref);
        send({{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("ref"), ref}});
        return waitFor(QStringLiteral("pong"), timeoutMs,
                       [&](const QJsonObject &f) { return f.value(QStringLiteral("ref")).toString() == ref; })
            .has_value();
    }
    bool waitClosed(int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (!closed && t.elapsed() < timeoutMs)
            QTest::qWait(5);
        return closed;
    }

    QWebSocket ws;
    QList<QJsonObject> frames;
    bool closed = false;
    QWebSocketProtocol::CloseCode closeCode = QWebSocketProtocol::CloseCodeNormal;

private:
    int m_ref = 0;
};
