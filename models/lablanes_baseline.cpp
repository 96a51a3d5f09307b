// The lab kernels in lanes for the x86-64 baseline: see runbatch_v4.cpp for why
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

#define ASIRACE_LANES_ISA baseline
#define ASIRACE_LAB_LANES detail::labLanesBaseline
#include "fastmathlanes.h"
#include "lablanes.inc"

