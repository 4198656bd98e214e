// Typed outcome of an API call: a value or an ApiError.
#pragma once

#include "apierror.h"

#include <optional>
#include <utility>

namespace tutorhub::api {

template<typename T>
class Result
{
public:
    Result() : m_error(ApiError::Kind::InvalidResponse) { }

    static Result success(T value)
    {
        Result r;
        r.m_value = std::move(value);
        r.m_error = ApiError();
        return r;
    }
    static Result failure(ApiError error)
    {
        Result r;
        r.m_error = std::move(error);
        if (r.m_error.isNone())
            r.m_error.kind = ApiError::Kind::InvalidResponse;
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Only valid when ok().
    const T &value() const { return *m_value; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

template<>
class Result<void>
{
public:
    Result() = default;
    static Result success() { return Result(); }
    static Result failure(ApiError error)
    {
        Result r;
        r.m_error = std::move(error);
        if (r.m_error.isNone())
            r.m_error.kind = ApiError::Kind::InvalidResponse;
        return r;
    }
    bool ok() const { return m_error.isNone(); }
    explicit operator bool() const { return ok(); }
    const ApiError &error() const { return m_error; }

private:
    ApiError m_error;
};

using VoidResult = Result<void>;

} // namespace tutorhub::api
