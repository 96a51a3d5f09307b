#pragma once
// What one deterministic run of the race model produces: per-lab monthly
// series, arrival years and the ranking. Views, the CLI's JSON and exports all
// read this struct; field names match the CLI contract.

#include <optional>
#include <string>
#include <vector>

namespace asirace {

// Series end when their lab reaches ASI: months after its arrival hold NaN
// (null in JSON, a gap in charts); what happens after superintelligence is
// outside the model.
struct LabSeries {
    std::string name;
    std::string colour; // "#rrggbb", from the organisation
    std::vector<double> compute_h100e;         // capacity available to the lab [H100e]
    std::vector<double> training_run_flop;     // physical FLOP of the largest finished run so far [FLOP]
    std::vector<double> effective_flop_log10;  // capability kappa [log10 effective 2022-algorithm FLOP]
    std::vector<double> goodput;               // share of cluster time doing useful training [0-1]
    std::vector<double> allocation_efficiency; // q: compute-optimal FLOP for the same loss / 6ND [0-1]
    std::vector<double> revenue_usd;           // core + AI revenue [USD/year]
    std::vector<double> spend_usd;             // budget going to compute [USD/year]
    std::vector<double> algorithmic_efficiency_log10; // log10 of algorithmic efficiency (2022 = 0)
    std::vector<double> rank;                  // 1 = leader, per month (kept after ASI: arrivals keep their place)
    std::optional<double> asi_year;            // decimal year the lab reaches ASI, if it does
    std::optional<double> agi_year;            // decimal year the lab reaches AGI, if it does
    int final_rank = 0;
};

struct SimulationResult {
    std::vector<double> months; // decimal years: 2025.0, 2025.0833, ...
    std::vector<LabSeries> labs;
    std::vector<std::string> ranking; // finishing order (arrival first, then kappa)
    std::optional<std::string> winner;
    double agi_log10_flop = 0; // thresholds, for charts
    double asi_log10_flop = 0;
    bool cancelled = false; // the run was stopped early; series past that month are zero
};

} // namespace asirace
