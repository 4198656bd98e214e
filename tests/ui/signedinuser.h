// A signed-in user of the widget and end-to-end tests: own settings file, client, session, banner and scripted
// prompter, whose WorkspaceContext builds the pages (the student and tutor helpers wrap it).
#pragma once

#include "uitesthelpers.h"

#include "api/apiclient.h"
#include "api/appsettings.h"
#include "api/authapi.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "ui/common/messagebanner.h"
#include "ui/common/prompter.h"
#include "ui/workspacecontext.h"

#include <QSettings>

#include <memory>

namespace tutorhub::testing {

struct SignedInUser
{
    std::unique_ptr<api::AppSettings> settings;
    std::unique_ptr<api::ApiClient> client;
    std::unique_ptr<api::AuthApi> auth;
    std::unique_ptr<api::MemoryTokenStore> store;
    std::unique_ptr<api::Session> session;
    std::unique_ptr<ui::MessageBanner> banner;

    // Answers the pages' questions (K2): a test queues answers before the click that asks.
    std::unique_ptr<ui::ScriptedPrompter> prompter = std::make_unique<ui::ScriptedPrompter>();
    // The window's chat as MainWindow makes it (K46), when the test's pages need one: a chat dock built on
    // context() fills it.
    std::shared_ptr<ui::ChatLink> chat;

    ui::WorkspaceContext context() const
    {
        ui::WorkspaceContext c {client.get(), session.get(), banner.get(), {}, {}, {}};
        c.prompter = prompter.get();
        c.chat = chat;
        return c;
    }
    QString userId() const { return session->currentUser().id; }
    QString id() const { return userId(); }
};

// Signs `email` in against the server at `url`; the session is not signed in on failure (QVERIFY in the caller).
// `quickRetries`: the client retries after 20 and 40 ms instead of its usual delays.
inline std::unique_ptr<SignedInUser> signInUser(const QUrl &url, const QString &settingsFile, const QString &email,
                                                const QString &password, bool quickRetries)
{
    auto u = std::make_unique<SignedInUser>();
    u->settings = std::make_unique<api::AppSettings>(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat));
    u->client = std::make_unique<api::ApiClient>();
    if (quickRetries)
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

} // namespace tutorhub::testing
