#pragma once
// exp and log for the monthly loop: the model runs them tens of thousands of
// times per simulation, where libm's correctly rounded versions (and long
// series, whose dependent multiply-adds are latency-bound) cost most of a run.
// Both reduce the argument with a 64- or 128-entry table, so a short
// polynomial suffices: accurate to about 1e-15 relative, plain arithmetic (the
// same bits on every machine and thread), no errno. The tables are computed at
// compile time. Used only where a few ulps cannot matter to a result shown
// with four digits.

#include <array>
#include <bit>
#include <cstdint>

namespace asirace::fastmath {
namespace detail {

inline constexpr double kLn2 = 0.6931471805599453;

// e^y by its Taylor series, for the tables only (|y| < 1, 30 terms).
constexpr double seriesExp(double y)
{
    double term = 1, sum = 1;
    for (int k = 1; k < 30; ++k) {
        term *= y / k;
        sum += term;
    }
    return sum;
}

// ln x for x in [0.5, 2], for the tables only: 2 atanh((x - 1)/(x + 1)), 40 terms.
constexpr double seriesLog(double x)
{
    const double s = (x - 1) / (x + 1), s2 = s * s;
    double power = s, sum = 0;
    for (int k = 0; k < 40; ++k) {
        sum += power / (2 * k + 1);
        power *= s2;
    }
    return 2 * sum;
}

// 2^(j/64) for j = 0..63.
inline constexpr auto kExp2Table = [] {
    std::array<double, 64> t{};
    for (int j = 0; j < 64; ++j)
        t[static_cast<std::size_t>(j)] = seriesExp(j * kLn2 / 64);
    return t;
}();

// For mantissas m in [1 + j/128, 1 + (j+1)/128): the reciprocal of a point c
// inside the bin, rounded (the reduction t = m/c - 1 uses this exact value),
// and ln c, or ln(c/2) for the bins above sqrt(2), whose arguments are
// counted as 2^(e+1) (m/2): ln x then never cancels two large terms near 1.
// The first and last bins use c = 1 and c = 2, so arguments next to 1 reduce
// exactly.
struct LogEntry {
    double inverse; // 1/c
    double logC;    // ln c, or ln(c/2) for folded bins
};
inline constexpr int kFirstFoldedBin = 53; // 1 + 53/128 > sqrt(2) - 1/128
inline constexpr auto kLogTable = [] {
    std::array<LogEntry, 128> t{};
    for (int j = 0; j < 128; ++j) {
        const double c = j == 0 ? 1.0 : (j == 127 ? 2.0 : 1.0 + (j + 0.5) / 128);
        const double inverse = 1.0 / c;
        const bool folded = j >= kFirstFoldedBin;
        t[static_cast<std::size_t>(j)] = {inverse, -seriesLog(folded ? 2 * inverse : inverse)};
    }
    return t;
}();

} // namespace detail

// e^x for |x| <= 700 (clamped outside): x = (64k + j) ln2/64 + r with
// |r| <= ln2/128, e^x = 2^k 2^(j/64) e^r, e^r by its series to r^5/5!
// (the next term is below 4e-17).
inline double exp(double x)
{
    constexpr double kScale = 64 / detail::kLn2;
    constexpr double kStepHi = 0.010830424696223417, kStepLo = 2.572804622327669e-14; // ln2/64 split
    x = x < -700 ? -700 : (x > 700 ? 700 : x);
    const auto n = static_cast<std::int64_t>(x * kScale + (x >= 0 ? 0.5 : -0.5));
    const double nf = static_cast<double>(n);
    const double r = (x - nf * kStepHi) - nf * kStepLo;
    const double r2 = r * r;
    // Estrin's scheme: fewer dependent steps than Horner's.
    const double p = (1 + r) + r2 * ((0.5 + r * (1.0 / 6)) + r2 * (1.0 / 24 + r * (1.0 / 120)));
    const double scale = detail::kExp2Table[static_cast<std::size_t>(n & 63)];
    const auto exponent = static_cast<std::uint64_t>(n >> 6) << 52; // arithmetic shift: floor(n / 64)
    return p * std::bit_cast<double>(std::bit_cast<std::uint64_t>(scale) + exponent);
}

// ln x for normal positive x: x = 2^e m, m in [1, 2); with the table entry c
// of m's bin, ln x = e ln2 + ln c + ln(1 + t), t = m/c - 1, |t| <= 1/128,
// ln(1 + t) by its series to t^7 (the next term is below 3e-18).
inline double log(double x)
{
    const auto bits = std::bit_cast<std::uint64_t>(x);
    const auto j = static_cast<int>((bits >> 45) & 127);
    const auto &entry = detail::kLogTable[static_cast<std::size_t>(j)];
    const auto e = static_cast<std::int64_t>((bits >> 52) & 0x7ff) - 1023 + (j >= detail::kFirstFoldedBin ? 1 : 0);
    const double m = std::bit_cast<double>((bits & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL);
    const double t = m * entry.inverse - 1;
    const double t2 = t * t;
    const double series = t - t2 * ((0.5 - t * (1.0 / 3)) + t2 * ((0.25 - t * 0.2) + t2 * (1.0 / 6 - t * (1.0 / 7))));
    return static_cast<double>(e) * detail::kLn2 + entry.logC + series;
}

} // namespace asirace::fastmath
