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

    std::string data_as_of = "2025-12"; // YYYY-MM: the month every starting figure describes

    double start_year = 2026;
    double end_year = 2040;
    double hw_doubling_years = 2.07;
    double h100e_year_cost_usd = 25000;
    double h100_peak_flops = 9.89e14;
    double depreciation_years = 5;
    double build_lead_months = 6;
    double industry_supply_h100e = 1.6e7;
    double industry_supply_growth = 0.6;
    double cluster_growth = 3.0;
    double gpu_mtbf_hours = 50000;
    double reliability_improvement = 0.15;
    double failure_domain_h100e = 1e5;
    double data_stock_tokens = 3e14;
    double data_growth_per_year = 0.1;
    double alg_halving_months = 8;
    double alg_diminishing_returns = 0.5;
    double research_compute_elasticity = 0.5;
    double research_reference_h100e = 8e5;
    double agi_log10_flop = 36;
    double asi_gap_oom = 2;
    double automation_gap_oom = 3;
    double automation_speedup_agi = 25;
    double automation_speedup_asi = 2000;
    double spillover_lag_months = 12;
    double caution_gap_oom = 2;
    double ai_market_usd = 4.5e10;
    double ai_market_growth = 1.5;
    double ai_market_growth_halving_years = 3;
    double capability_share_elasticity = 0.5;
    double commitment_ramp_years = 2;
};

std::span<const NumericField<Assumptions>> assumptionNumericFields();
std::span<const TextField<Assumptions>> assumptionTextFields();

} // namespace asirace
