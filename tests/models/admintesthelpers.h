// Shared by the admin tests (models, widgets, end-to-end): signing a client in as a demo user and
// awaiting JSON calls against the real local server.
#pragma once

#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/contract.h"
#include "api/jsonapi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <optional>

namespace tutorhub::admintest {

inline const QString kPassword = QStringLiteral("tutorhub-demo");

// Signs `client` in (login + token); returns the user's id, empty on failure.
inline QString signIn(api::ApiClient *client, const QString &email, const QString &password = kPassword)
{
    api::AuthApi auth(client);
    std::optional<api::Result<api::SessionInfo>> out;
    auth.login(email, password, &auth, [&](const api::Result<api::SessionInfo> &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000) || !*out)
        return {};
    client->setAccessToken(out->value().accessToken);
    return out->value().userId;
}

inline api::Result<api::JsonAnswer> call(api::ApiClient *client, const api::ApiRequest &request, int timeoutMs = 20000)
{
    std::optional<api::Result<api::JsonAnswer>> out;
    QObject context;
    api::callJson(client, request, &context, [&](const api::Result<api::JsonAnswer> &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return api::Result<api::JsonAnswer>::failure(
            api::ApiError(api::ApiError::Kind::Timeout, 0, {}, "test wait timed out"));
    return *out;
}

inline QJsonArray list(api::ApiClient *client, api::Service service, const QString &path, QUrlQuery query = {})
{
    query.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0"));
    const auto r = call(client, api::ApiRequest::get(service, path, query));
    return r ? r.value().array() : QJsonArray();
}

// Every row of a list route matching `query`, selected the way the app selects them (C44): a filter the route
// does not declare is taken out and applied to the rows here unless the client's server names
// undeclaredFilters, so the answer is the same against the default and the strict profile.
inline QJsonArray list(api::ApiClient *client, api::Route route, QUrlQuery query = {})
{
    query.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0"));
    const auto r = call(client, api::ApiRequest::to(route, {}, query));
    return r ? r.value().array() : QJsonArray();
}

// The row of `rows` whose `field` is `value` (a documented field), or an empty object.
inline QJsonObject rowWhere(const QJsonArray &rows, const char *field, const QString &value)
{
    for (const QJsonValue &v : rows)
        if (v.toObject().value(QLatin1String(field)).toString().compare(value, Qt::CaseInsensitive) == 0)
            return v.toObject();
    return {};
}

inline QString userIdOf(api::ApiClient *adminClient, const QString &email)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("email"), email);
    return rowWhere(list(adminClient, api::Route::listUsers, q), "email", email).value(QStringLiteral("id")).toString();
}

// The tutor profile whose tutorId is `userId` (listTutorProfiles declares no filter: selected here, G18).
inline QJsonObject tutorProfileOf(api::ApiClient *client, const QString &userId)
{
    return rowWhere(list(client, api::Route::listTutorProfiles), "tutorId", userId);
}

// Enrollments of a tutor profile (admin view), any status; tutorProfileId is declared, each row is checked anyway.
inline QJsonArray enrollmentsOfProfile(api::ApiClient *adminClient, const QString &profileId)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("tutorProfileId"), profileId);
    QJsonArray mine;
    for (const QJsonValue &e : list(adminClient, api::Route::listEnrollments, q))
        if (e.toObject().value(QLatin1String("tutorProfileId")).toString() == profileId)
            mine.append(e);
    return mine;
}

inline QString str(const QJsonValue &v, const char *key)
{
    return v.toObject().value(QLatin1String(key)).toString();
}

} // namespace tutorhub::admintest
