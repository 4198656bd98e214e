// Shared by the student workspace's widget and end-to-end tests: a signed-in user (own client,
// session and banner) whose WorkspaceContext builds the pages, and small API helpers that play
// the other side (another student, the tutor) through the same client classes.
#pragma once

#include "uitesthelpers.h"

#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/jsonapi.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "models/pagedlistmodel.h"
#include "ui/common/messagebanner.h"
#include "ui/workspacecontext.h"

#include <QSettings>

#include <optional>

#include <memory>

namespace tutorhub::testing {

struct SignedInUser
{
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<api::ApiClient> client;
    std::unique_ptr<api::AuthApi> auth;
    std::unique_ptr<api::MemoryTokenStore> store;
    std::unique_ptr<api::Session> session;
    std::unique_ptr<ui::MessageBanner> banner;

    ui::WorkspaceContext context() const { return {client.get(), session.get(), banner.get(), {}, {}, nullptr}; }
    QString userId() const { return session->currentUser().id; }
};

// Signs `email` in against the server at `url`; empty pointer parts on failure (QVERIFY in caller).
inline std::unique_ptr<SignedInUser> signIn(const QUrl &url, const QString &settingsFile, const QString &email,
                                            const QString &password = demoPassword)
{
    auto u = std::make_unique<SignedInUser>();
    u->settings = std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
    u->client = std::make_unique<api::ApiClient>();
    u->client->setRetryDelays({20, 40});
    u->client->setEnvironment(api::Environment::local(url));
    u->auth = std::make_unique<api::AuthApi>(u->client.get());
    u->store = std::make_unique<api::MemoryTokenStore>();
    u->session = std::make_unique<api::Session>(u->client.get(), u->auth.get(), u->store.get(), u->settings.get());
    u->banner = std::make_unique<ui::MessageBanner>();
    QSignalSpy signedIn(u->session.get(), &api::Session::signedIn);
    u->session->signIn(email, password, false);
    (void)QTest::qWaitFor([&] { return signedIn.count() > 0; }, 15000);
    return u;
}

// One synchronous JSON call (test side only).
inline api::Result<api::JsonAnswer> callNow(api::ApiClient *client, const api::ApiRequest &request, int ms = 15000)
{
    std::optional<api::Result<api::JsonAnswer>> out;
    QObject context;
    api::callJson(client, request, &context, [&](const api::Result<api::JsonAnswer> &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, ms);
    return out ? *out : api::Result<api::JsonAnswer>::failure(api::ApiError::timeout(QUrl()));
}

inline bool waitLoaded(models::PagedListModel *m, int ms = 15000)
{
    return QTest::qWaitFor([&] { return m->hasLoaded() && m->state() != models::PagedListModel::State::Loading; }, ms);
}

} // namespace tutorhub::testing
