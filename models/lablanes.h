#pragma once
// The lab kernels that step up to eight labs of one run at once, in vector
// lanes, each compiled for AVX-512 and for the x86-64 baseline
// (lablanes.inc); labLanes() gives the build this processor runs natively.
// Each lane does its plain twin's arithmetic, so the results are the same bits.

#include "simplan.h"
#include "simstate.h"

namespace asirace {

struct LabLaneKernels {
    // advanceLab for the labs' usual month, without sub-steps; returns the
    // lanes (bit l for labs[l]) whose month needs sub-steps, left to advanceLab.
    unsigned (*advance)(const SimPlan &plan, SimState &s, const int *labs, int count);
    // finishRun for labs whose runs end in month m, with their useful FLOP.
    void (*finishRuns)(const SimPlan &plan, SimState &s, int m, const int *labs, const double *usefulFlop, int count);
};

namespace detail {
extern const LabLaneKernels labLanesV4;
extern const LabLaneKernels labLanesBaseline;
} // namespace detail

const LabLaneKernels &labLanes();

// Closes lab i's finished run: its size counts toward the best, a new one starts.
void closeRun(SimState &s, size_t i);

} // namespace asirace
