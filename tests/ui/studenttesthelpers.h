// Shared by the student workspace's widget and end-to-end tests: a signed-in user (own client,
// session and banner) whose WorkspaceContext builds the pages, and small API helpers that play
// the other side (another student, the tutor) through the same client classes.
#pragma once

#include "signedinuser.h"
#include "uitesthelpers.h"

#include "api/appsettings.h"
#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/jsonapi.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "models/pagedlistmodel.h"
#include "ui/common/messagebanner.h"
#include "ui/common/prompter.h"
#include "ui/workspacecontext.h"

#include <QSettings>

#include <optional>

#include <memory>

namespace tutorhub::testing {

// Signs `email` in against the server at `url` (quick retries, the window's chat link set); the session is not
// signed in on failure (QVERIFY in the caller).
inline std::unique_ptr<SignedInUser> signIn(const QUrl &url, const QString &settingsFile, const QString &email,
                                            const QString &password = demoPassword)
{
    auto u = signInUser(url, settingsFile, email, password, true);
    u->chat = std::make_shared<ui::ChatLink>();
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
