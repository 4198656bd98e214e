// Shared by the admin tests (models, widgets, end-to-end): signing a client in as a demo user and
// awaiting JSON calls against the real local server.
#pragma once

#include "api/apiclient.h"
#include "api/authapi.h"
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
        return api::Result<api::JsonAnswer>::failure(api::ApiError(api::ApiError::Kind::Timeout, 0, {}, "test wait timed out"));
    return *out;
}

inline QJsonArray list(api::ApiClient *client, api::Service service, const QString &path, QUrlQuery query = {})
{
    query.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0"));
    const auto r = call(client, api::ApiRequest::get(service, path, query));
    return r ? r.value().array() : QJsonArray();
}

inline QString userIdOf(api::ApiClient *adminClient, const QString &email)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("email"), email);
    const QJsonArray users = list(adminClient, api::Service::Auth, QStringLiteral("/v1/users"), q);
    return users.isEmpty() ? QString() : users.first().toObject().value(QStringLiteral("id")).toString();
}

inline QJsonObject tutorProfileOf(api::ApiClient *client, const QString &userId)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("tutorId"), userId);
    const QJsonArray p = list(client, api::Service::TutorCatalog, QStringLiteral("/v1/tutorprofiles"), q);
    return p.isEmpty() ? QJsonObject() : p.first().toObject();
}

// Enrollments of a tutor profile (admin view), any status.
inline QJsonArray enrollmentsOfProfile(api::ApiClient *adminClient, const QString &profileId)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("tutorProfileId"), profileId);
    return list(adminClient, api::Service::EnrollmentManagement, QStringLiteral("/v1/enrollments"), q);
}

inline QString str(const QJsonValue &v, const char *key)
{
    return v.toObject().value(QLatin1String(key)).toString();
}

} // namespace tutorhub::admintest
