// Small helpers shared by the api tests: run an async facade call and wait for its result.
#pragma once

#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/result.h"

#include <QTest>

#include <functional>
#include <optional>

namespace tutorhub::test {

constexpr const char *kDemoPassword = "tutorhub-demo";
constexpr const char *kAdmin = "admin@tutorhub.local";
constexpr const char *kTutorMaria = "maria.keller@tutorhub.local";
constexpr const char *kTutorJames = "james.okafor@tutorhub.local";
constexpr const char *kStudentLena = "lena.fischer@tutorhub.local";
constexpr const char *kStudentTom = "tom.baker@tutorhub.local";
constexpr const char *kStudentAiko = "aiko.tanaka@tutorhub.local";

// await<T>([&](auto done) { auth.getUser(id, &ctx, done); })
template<typename T>
api::Result<T> await(const std::function<void(api::Callback<T>)> &start, int timeoutMs = 20000)
{
    std::optional<api::Result<T>> out;
    start([&out](const api::Result<T> &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        return api::Result<T>::failure(api::ApiError(api::ApiError::Kind::Timeout, 0, {}, "test wait timed out"));
    return *out;
}

// Human-readable failure text for QVERIFY2.
template<typename T>
QByteArray why(const api::Result<T> &r)
{
    return r.error().debugString().toUtf8() + " | " + r.error().userMessage().toUtf8();
}

} // namespace tutorhub::test
