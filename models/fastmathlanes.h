#pragma once
// Eight lanes at once: fastmath's exp and log, and std::min/max/clamp, on
// GCC vector types, for the monthly kernels that step every lab together.
// Each lane does exactly the arithmetic of the scalar function, operation for
// operation (models/ is built with -ffp-contract=off, so no multiply-add is
// fused), so a lane's result has the same bits as the scalar call: the lane
// kernels and their plain twins give byte-identical runs (tst_fastmath and
// tst_lanekernels check it). The functions are always inlined, so they are
// compiled for whichever instruction set the calling kernel was cloned for
// (AVX-512, AVX2 or the x86-64 baseline).

#include "fastmath.h"

#include <array>
#include <cstdint>
#if defined(__x86_64__)
#include <immintrin.h> // AVX-512 gathers and square roots, in the copy built with ASIRACE_LANES_AVX512
#endif
#include <vector>

// The helpers are always inlined, so the ABI note about passing 64-byte
// vectors by value never applies.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"

// Each instruction set that includes this header (after `#pragma GCC
// target`, see runbatch_v4.cpp) gets its own copy in its own namespace, so the
// linker never merges an AVX-512 copy of an inline function with the
// baseline one.
#ifndef ASIRACE_LANES_ISA
#define ASIRACE_LANES_ISA baseline
#endif

namespace asirace::lanes {
inline namespace ASIRACE_LANES_ISA {

inline constexpr int kWidth = 8;

// Aligned like their elements, not like the whole vector: containers
// (std::vector) do not honour a vector type's own 64-byte alignment, so
// loads and stores must never assume it.
using V = double __attribute__((vector_size(8 * sizeof(double)), aligned(alignof(double))));
using VI = std::int64_t __attribute__((vector_size(8 * sizeof(std::int64_t)), aligned(alignof(std::int64_t)))); // lane masks
using VU = std::uint64_t __attribute__((vector_size(8 * sizeof(std::uint64_t)), aligned(alignof(std::uint64_t))));
using VI32 = std::int32_t __attribute__((vector_size(8 * sizeof(std::int32_t)), aligned(alignof(std::int32_t))));

#define ASIRACE_LANE_INLINE inline __attribute__((always_inline))

ASIRACE_LANE_INLINE V splat(double x) { return V{} + x; }

// table[index] in each lane. Built in registers: writing lanes one by one
// into a vector in memory and reading it whole costs a store-forwarding stall.
template <class Index>
ASIRACE_LANE_INLINE V gather(const double *table, Index index)
{
#if defined(ASIRACE_LANES_AVX512)
    // One gather instruction (the index is at most a table's size).
    const VI at = __builtin_convertvector(index, VI);
    // (The masked forms: the unmasked ones start from an undefined vector,
    // which GCC 12 warns about.)
    return reinterpret_cast<V>(
        _mm512_mask_i64gather_pd(_mm512_setzero_pd(), 0xff, reinterpret_cast<__m512i>(at), table, 8));
#else
    return V{table[index[0]], table[index[1]], table[index[2]], table[index[3]],
             table[index[4]], table[index[5]], table[index[6]], table[index[7]]};
#endif
}
ASIRACE_LANE_INLINE V select(VI mask, V yes, V no) { return mask ? yes : no; }

// value(l) in lanes l < count and `pad` in the rest, built in registers.
template <class Value>
ASIRACE_LANE_INLINE V lanesOf(int count, double pad, Value value)
{
    const auto at = [&](int l) { return l < count ? value(l) : pad; };
    return V{at(0), at(1), at(2), at(3), at(4), at(5), at(6), at(7)};
}

// std::sqrt in each lane (exact, so the same bits as the scalar call).
ASIRACE_LANE_INLINE V sqrt(V x)
{
#if defined(ASIRACE_LANES_AVX512)
    const auto lanes = reinterpret_cast<__m512d>(x);
    return reinterpret_cast<V>(_mm512_mask_sqrt_pd(lanes, 0xff, lanes));
#else
    return V{__builtin_sqrt(x[0]), __builtin_sqrt(x[1]), __builtin_sqrt(x[2]), __builtin_sqrt(x[3]),
             __builtin_sqrt(x[4]), __builtin_sqrt(x[5]), __builtin_sqrt(x[6]), __builtin_sqrt(x[7])};
#endif
}

// std::ceil in each lane.
ASIRACE_LANE_INLINE V ceil(V x)
{
    return V{__builtin_ceil(x[0]), __builtin_ceil(x[1]), __builtin_ceil(x[2]), __builtin_ceil(x[3]),
             __builtin_ceil(x[4]), __builtin_ceil(x[5]), __builtin_ceil(x[6]), __builtin_ceil(x[7])};
}

ASIRACE_LANE_INLINE bool any(VI mask)
{
#if defined(ASIRACE_LANES_AVX512)
    const auto lanes = reinterpret_cast<__m512i>(mask);
    return _mm512_test_epi64_mask(lanes, lanes) != 0;
#else
    for (int l = 0; l < kWidth; ++l)
        if (mask[l])
            return true;
    return false;
#endif
}

ASIRACE_LANE_INLINE V toDouble(VI x) { return __builtin_convertvector(x, V); }

// std::max(a, b) is (a < b) ? b : a, std::min(a, b) is (b < a) ? b : a; the
// lanes keep those operand orders, which decide what a NaN does.
ASIRACE_LANE_INLINE V max(V a, V b) { return a < b ? b : a; }
ASIRACE_LANE_INLINE V min(V a, V b) { return b < a ? b : a; }
// std::clamp(v, lo, hi): v < lo ? lo : (hi < v ? hi : v).
ASIRACE_LANE_INLINE V clamp(V v, double lo, double hi) { return v < lo ? splat(lo) : (hi < v ? splat(hi) : v); }

// fastmath::exp, lane by lane. |x| <= 700 after the clamp, so the bin index
// fits 32 bits, and truncating to int32 gives the same integer as the
// scalar's truncation to int64.
ASIRACE_LANE_INLINE V exp(V x)
{
    constexpr double kScale = 64 / fastmath::detail::kLn2;
    constexpr double kStepHi = 0.010830424696223417, kStepLo = 2.572804622327669e-14;
    x = x < -700 ? splat(-700) : (x > 700 ? splat(700) : x);
    const VI32 n = __builtin_convertvector(x * kScale + (x >= 0 ? splat(0.5) : splat(-0.5)), VI32);
    const V nf = __builtin_convertvector(n, V);
    const V r = (x - nf * kStepHi) - nf * kStepLo;
    const V r2 = r * r;
    const V p = (1 + r) + r2 * ((0.5 + r * (1.0 / 6)) + r2 * (1.0 / 24 + r * (1.0 / 120)));
    const V scale = gather(fastmath::detail::kExp2Table.data(), n & 63);
    const VU exponent = reinterpret_cast<VU>(__builtin_convertvector(n >> 6, VI)) << 52;
    return p * reinterpret_cast<V>(reinterpret_cast<VU>(scale) + exponent);
}

// fastmath's log table split in two, so each lane's entry is one load.
inline constexpr auto kLogInverse = [] {
    std::array<double, fastmath::detail::kLogTable.size()> t{};
    for (std::size_t j = 0; j < t.size(); ++j)
        t[j] = fastmath::detail::kLogTable[j].inverse;
    return t;
}();
inline constexpr auto kLogC = [] {
    std::array<double, fastmath::detail::kLogTable.size()> t{};
    for (std::size_t j = 0; j < t.size(); ++j)
        t[j] = fastmath::detail::kLogTable[j].logC;
    return t;
}();

// fastmath::log, lane by lane (normal positive x).
ASIRACE_LANE_INLINE V log(V x)
{
    const VU bits = reinterpret_cast<VU>(x);
    const VU j = (bits >> 45) & 127;
    const VI folded = j >= static_cast<std::uint64_t>(fastmath::detail::kFirstFoldedBin);
    // The exponent and its fold fit 32 bits; the int32 conversion is exact.
    const VI e = (reinterpret_cast<VI>((bits >> 52) & 0x7ff) - 1023) + (folded ? VI{} + 1 : VI{});
    const V m = reinterpret_cast<V>((bits & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL);
    const V inverse = gather(kLogInverse.data(), j), logC = gather(kLogC.data(), j);
    const V t = m * inverse - 1;
    const V t2 = t * t;
    const V series = t - t2 * ((0.5 - t * (1.0 / 3)) + t2 * ((0.25 - t * 0.2) + t2 * (1.0 / 6 - t * (1.0 / 7))));
    return __builtin_convertvector(__builtin_convertvector(e, VI32), V) * fastmath::detail::kLn2 + logC + series;
}

// The lane vector of an element type.
template <class Element>
struct LaneOf;
template <>
struct LaneOf<double> {
    using type = V;
};
template <>
struct LaneOf<std::int64_t> {
    using type = VI;
};

// A std::vector of lane vectors of `Element` (V for double, VI for int64).
// A vector type itself must not be a template argument: it would lose its
// attributes (GCC warns); wrapped in a struct it keeps them.
template <class Element>
class Array
{
public:
    using Lanes = typename LaneOf<Element>::type;
    void assign(std::size_t n, Lanes value) { m_slots.assign(n, Slot{value}); }
    std::size_t size() const { return m_slots.size(); }
    Lanes &operator[](std::size_t i) { return m_slots[i].value; }
    const Lanes &operator[](std::size_t i) const { return m_slots[i].value; }

private:
    struct Slot {
        Lanes value;
    };
    std::vector<Slot> m_slots;
};

} // namespace ASIRACE_LANES_ISA
} // namespace asirace::lanes

#pragma GCC diagnostic pop
