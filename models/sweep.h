#pragma once
// Running a sweep: each design point is the base scenario with the swept
// inputs set to the point's values, simulated once with expected events (the
// deterministic run: winner and arrivals) and, when asked, by Monte Carlo
// with the point's own seed (P(first) per lab). Points run in parallel, one
// point per worker at a time, each worker keeping its own scratch scenario,
// plan and state, so a point costs what a Monte Carlo run costs.
//
// A swept input is fixed at the point's value: distributions over it are
// dropped, otherwise Monte Carlo would draw over the value being swept.

#include "parallelchunks.h"
#include "scenario.h"
#include "sweepdesign.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace asirace {

struct SweepOptions {
    std::int64_t monteCarloRuns = 0; // per point; 0 = the deterministic run only
    std::uint64_t seed = 1;
};

struct SweepRow {
    std::int64_t point = -1;     // -1 until evaluated
    std::vector<double> inputs;  // in axis order
    std::string problem;         // the point breaks a cross-field rule (nothing simulated)
    int winner = -1;             // position in Sweep::labNames(), -1 = none by the horizon
    std::vector<std::optional<double>> arrival; // decimal year per lab, deterministic run
    std::vector<double> pFirst;  // per lab, Monte Carlo only
    double pNone = 0;            // Monte Carlo only
};

class Sweep
{
public:
    // Throws std::invalid_argument when Monte Carlo is on and the scenario's
    // distributions cannot be sampled.
    Sweep(const Scenario &base, SweepDesign design, SweepOptions options);
    ~Sweep();
    Sweep(const Sweep &) = delete;
    Sweep &operator=(const Sweep &) = delete;

    const SweepDesign &design() const { return m_design; }
    const SweepOptions &options() const { return m_options; }
    const std::vector<std::string> &labNames() const { return m_labs; }

    // Evaluates the points `indices` into `rows` (same order), in parallel as
    // `control` says. Returns how many leading rows are complete: all of them
    // unless control.cancel was set, in which case the rest are unfinished.
    std::size_t evaluate(const std::vector<std::int64_t> &indices, const ParallelControl &control,
                         std::vector<SweepRow> &rows);

private:
    class Worker;
    Scenario m_base;
    SweepDesign m_design;
    SweepOptions m_options;
    std::vector<std::string> m_labs;
    std::vector<std::unique_ptr<Worker>> m_workers;
};

} // namespace asirace
