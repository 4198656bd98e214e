// Shared by the tutor workspace's widget and end-to-end tests: a signed-in user (own client, session,
// banner) whose WorkspaceContext builds the pages, and one synchronous JSON call for the other side
// (student, admin) of a flow.
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

#include <memory>
#include <optional>

namespace tutorhub::testing::tutor {

using User = SignedInUser;

inline std::unique_ptr<User> signIn(const QUrl &url, const QString &settingsFile, const QString &email,
                                    const QString &password = demoPassword)
{
    return signInUser(url, settingsFile, email, password, false);
}

inline api::Result<api::JsonAnswer> call(api::ApiClient *client, const api::ApiRequest &request, int ms = 20000)
{
    std::optional<api::Result<api::JsonAnswer>> out;
    QObject context;
    api::callJson(client, request, &context, [&](const api::Result<api::JsonAnswer> &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, ms);
    return out ? *out : api::Result<api::JsonAnswer>::failure(api::ApiError(api::ApiError::Kind::Timeout));
}

inline bool loaded(models::PagedListModel *m, int ms = 15000)
{
    return m
           && QTest::qWaitFor([&] { return m->hasLoaded() && m->state() != models::PagedListModel::State::Loading; },
                              ms);
}

} // namespace tutorhub::testing::tutor
