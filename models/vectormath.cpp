// Built with -ffast-math -fopenmp-simd when glibc's vector math library
// (libmvec) is available (see models/CMakeLists.txt): GCC then evaluates eight
// (AVX-512), four (AVX2) or two (SSE2) exponentials and logarithms per call,
// chosen at load time by target_clones. -ffast-math is confined to this file; its only loop
// takes finite positive inputs, where libmvec stays within 4 ulp of libm.
#include "vectormath.h"

#include <cmath>

namespace asirace {

#if defined(ASIRACE_LIBMVEC)
__attribute__((target_clones("avx512f", "avx2", "default")))
void powPositive(double *__restrict values, std::size_t count, double exponent)
{
#pragma omp simd
    for (std::size_t i = 0; i < count; ++i)
        values[i] = std::exp(exponent * std::log(values[i]));
}

__attribute__((target_clones("avx512f", "avx2", "default")))
void expInPlace(double *__restrict values, std::size_t count)
{
#pragma omp simd
    for (std::size_t i = 0; i < count; ++i)
        values[i] = std::exp(values[i]);
}

__attribute__((target_clones("avx512f", "avx2", "default")))
void logInPlace(double *__restrict values, std::size_t count)
{
#pragma omp simd
    for (std::size_t i = 0; i < count; ++i)
        values[i] = std::log(values[i]);
}

bool powPositiveIsVectorised()
{
    return true;
}
#else
void expInPlace(double *values, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i)
        values[i] = std::exp(values[i]);
}

void logInPlace(double *values, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i)
        values[i] = std::log(values[i]);
}

void powPositive(double *values, std::size_t count, double exponent)
{
    for (std::size_t i = 0; i < count; ++i)
        values[i] = std::exp(exponent * std::log(values[i]));
}

bool powPositiveIsVectorised()
{
    return false;
}
#endif

} // namespace asirace
