// The batch engine for AVX-512 (x86-64-v4). Everything the engine uses from
// the standard library and the model is included first, with the default
// target, so only the engine's own functions take this file's instruction set.
#include "fastmath.h"
#include "ranking.h"
#include "runbatch.h"
#include "runbatchvariants.h"

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
#define ASIRACE_BATCH_ENTRY detail::runOutcomesInLanesV4
#include "fastmathlanes.h"
#include "runbatchlanes.inc"
#pragma GCC pop_options
