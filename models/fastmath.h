#pragma once
// exp and log for the monthly loop: the model runs them a few thousand times
// per simulation, where libm's correctly rounded versions cost most of a run.
// Range reduction plus a short series, accurate to about 1e-13 relative,
// plain arithmetic (the same bits on every machine and thread), no errno.
// Used only where a few ulps cannot matter to a result shown with four digits.

#include <bit>
#include <cstdint>

namespace asirace::fastmath {

// e^x for |x| <= 700 (clamped outside): x = k ln2 + r, |r| <= ln2/2, e^r by
// its Taylor series to r^11/11!.
inline double exp(double x)
{
    constexpr double kLn2Hi = 0.6931471803691238, kLn2Lo = 1.9082149292705877e-10, kInvLn2 = 1.4426950408889634;
    x = x < -700 ? -700 : (x > 700 ? 700 : x);
    const double kf = static_cast<double>(static_cast<std::int64_t>(x * kInvLn2 + (x >= 0 ? 0.5 : -0.5)));
    const double r = (x - kf * kLn2Hi) - kf * kLn2Lo;
    double p = 1.0 / 39916800;
    for (double c : {1.0 / 3628800, 1.0 / 362880, 1.0 / 40320, 1.0 / 5040, 1.0 / 720, 1.0 / 120, 1.0 / 24, 1.0 / 6, 0.5, 1.0, 1.0})
        p = p * r + c;
    const auto bits = static_cast<std::uint64_t>(static_cast<std::int64_t>(kf) + 1023) << 52;
    return p * std::bit_cast<double>(bits);
}

// ln x for normal positive x: x = 2^e m with m in [sqrt(1/2), sqrt(2)),
// ln m = 2 atanh(s), s = (m - 1)/(m + 1), |s| <= 0.172, series to s^15.
inline double log(double x)
{
    constexpr double kLn2 = 0.6931471805599453;
    const auto bits = std::bit_cast<std::uint64_t>(x);
    std::int64_t e = static_cast<std::int64_t>((bits >> 52) & 0x7ff) - 1023;
    double m = std::bit_cast<double>((bits & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL);
    if (m > 1.4142135623730951) {
        m *= 0.5;
        ++e;
    }
    const double s = (m - 1) / (m + 1), s2 = s * s;
    double p = 1.0 / 15;
    for (double c : {1.0 / 13, 1.0 / 11, 1.0 / 9, 1.0 / 7, 1.0 / 5, 1.0 / 3, 1.0})
        p = p * s2 + c;
    return static_cast<double>(e) * kLn2 + 2 * s * p;
}

} // namespace asirace::fastmath
