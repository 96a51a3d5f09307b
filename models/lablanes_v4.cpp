// The lab kernels in lanes for AVX-512 (x86-64-v4): see runbatch_v4.cpp for why
// everything else is included first.
#include "fastmath.h"
#include "lablanes.h"
#include "trainingstep.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <immintrin.h>
#include <vector>

#pragma GCC push_options
#pragma GCC target("arch=x86-64-v4")
#define ASIRACE_LANES_ISA v4
#define ASIRACE_LANES_AVX512 1 // GCC defines no __AVX512F__ for a target pragma
#define ASIRACE_LAB_LANES detail::labLanesV4
#include "fastmathlanes.h"
#include "lablanes.inc"
#pragma GCC pop_options
