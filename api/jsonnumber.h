// JSON numbers as whole numbers, without the undefined behaviour of a bare qint64(double) on a
// fraction, NaN or 1e300 (fuzz_hub_frames found it in the hub; the server has the same rule in
// server/core/util.h).
#pragma once

#include <QtGlobal>

#include <cmath>
#include <optional>

namespace tutorhub::api {

inline std::optional<qint64> exactInteger(double d)
{
    constexpr double limit = 9223372036854775808.0; // 2^63, exact as a double
    if (!std::isfinite(d) || d < -limit || d >= limit || std::trunc(d) != d)
        return std::nullopt;
    return qint64(d);
}

} // namespace tutorhub::api
