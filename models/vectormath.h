#pragma once
// x^e over a small array, vectorised where the platform allows: the inner
// loops raise every lab's research-compute ratio to the same elasticity each
// month, and several labs at once are cheaper than one libm call after another.

#include <cstddef>

namespace asirace {

// values[i] = values[i]^exponent for finite values[i] > 0 (callers handle 0,
// infinities and NaN). Within a few ulp of std::exp(exponent * std::log(x)).
void powPositive(double *values, std::size_t count, double exponent);

// values[i] = exp(values[i]) for |values[i]| <= 700, and values[i] =
// log(values[i]) for finite values[i] > 0, in place (callers check the range).
void expInPlace(double *values, std::size_t count);
void logInPlace(double *values, std::size_t count);

// Whether powPositive uses the SIMD path on this build (for `bench` and docs).
bool powPositiveIsVectorised();

} // namespace asirace
