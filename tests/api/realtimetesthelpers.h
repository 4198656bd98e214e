// Shared by the realtime api tests: a signed-in chat user (ApiClient + Outbox + RealtimeConnection)
// that records what it receives.
#pragma once

#include "apitesthelpers.h"

#include "api/authapi.h"
#include "api/outbox.h"
#include "api/realtime.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace tutorhub::test {

struct ChatUser
{
    std::unique_ptr<api::ApiClient> client;
    std::unique_ptr<api::AuthApi> auth;
    std::unique_ptr<api::Outbox> outbox;
    std::unique_ptr<api::RealtimeConnection> rt;
    QString outboxPath;
    api::SessionInfo session;
    QList<QJsonObject> received; // messageReceived, in delivery order
    QList<QString> acked;

    bool signIn(quint16 port, const char *email, const QString &path)
    {
        client = std::make_unique<api::ApiClient>();
        client->setRetryDelays({});
        client->setEnvironment(api::Environment::local(port));
        auth = std::make_unique<api::AuthApi>(client.get());
        const auto r = await<api::SessionInfo>([&](auto done) {
            auth->login(QString::fromLatin1(email), QString::fromLatin1(kDemoPassword), client.get(), done);
        });
        if (!r)
            return false;
        session = r.value();
        client->setAccessToken(session.accessToken);
        outboxPath = path;
        restartApp();
        return true;
    }
    // Like an app restart: a new outbox (from the same file) and a new connection.
    void restartApp()
    {
        rt.reset();
        outbox = std::make_unique<api::Outbox>(outboxPath);
        rt = std::make_unique<api::RealtimeConnection>(client.get(), outbox.get());
        rt->setBackoff({50, 100, 200, 400});
        QObject::connect(rt.get(), &api::RealtimeConnection::messageReceived, rt.get(),
                         [this](const QString &, const QJsonObject &m) { received.append(m); });
        QObject::connect(rt.get(), &api::RealtimeConnection::messageAcknowledged, rt.get(),
                         [this](const QString &cid, const QJsonObject &) { acked.append(cid); });
    }
    bool connected() const { return rt && rt->state() == api::RealtimeConnection::State::Connected; }
    qint64 lastSequence() const
    {
        return received.isEmpty() ? -1 : received.last().value(QStringLiteral("sequence")).toInteger();
    }
};

inline QString textOf(const QJsonObject &m)
{
    return m.value(QStringLiteral("content")).toObject().value(QStringLiteral("text")).toString();
}

} // namespace tutorhub::test
