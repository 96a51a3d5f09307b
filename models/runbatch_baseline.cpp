// The batch engine for the x86-64 baseline. Everything the engine uses from
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

#define ASIRACE_LANES_ISA baseline
#define ASIRACE_BATCH_ENTRY detail::runOutcomesInLanesBaseline
#include "fastmathlanes.h"
#include "runbatchlanes.inc"

