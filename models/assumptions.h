#pragma once
// Global assumptions shared by every lab: hardware and algorithmic trends, the
// data stock, reliability, and where AGI and ASI sit on the capability scale.

#include "fieldspec.h"

#include <map>
#include <span>
#include <string>

namespace asirace {

struct Assumptions {
    std::string scaling_law = "epoch2024"; // or "hoffmann2022"
    std::map<std::string, std::string> sources; // field name -> citation or "assumption: why"

    double start_year = 2025;
    double end_year = 2040;
    double hw_doubling_years = 2.07;
    double h100e_cost_usd = 40000;
    double h100_peak_flops = 9.89e14;
    double depreciation_years = 5;
    double industry_supply_h100e = 1.2e7;
    double industry_supply_growth = 0.6;
    double gpu_mtbf_hours = 50000;
    double data_stock_tokens = 3e14;
    double data_growth_per_year = 0.1;
    double alg_halving_months = 8;
    double agi_log10_flop = 33;
    double asi_gap_oom = 2;
    double automation_gap_oom = 4;
    double spillover_lag_months = 12;
    double caution_gap_oom = 2;
    double automation_speedup_agi = 25;
    double automation_speedup_asi = 2000;
    double failure_domain_h100e = 1e5;
    double revenue_ceiling_usd = 3e12;
    double commitment_ramp_years = 3;
    double research_compute_elasticity = 0.5;
    double world_compute_h100e = 2e7;
};

std::span<const NumericField<Assumptions>> assumptionNumericFields();
std::span<const TextField<Assumptions>> assumptionTextFields();

} // namespace asirace
