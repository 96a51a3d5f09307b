#include "assumptions.h"

#include <array>

namespace asirace {
namespace {

using F = NumericField<Assumptions>;
using A = Assumptions;
constexpr auto R = FieldType::Real;
constexpr auto I = FieldType::Integer;

const std::array kNumeric{
    F{"start_year", "year", 2020, 2059, 2026, I, &A::start_year,
      "First simulated month is January of this year; starting figures are as of the month before."},
    F{"end_year", "year", 2021, 2060, 2040, I, &A::end_year, "Last simulated month is December of this year."},
    F{"hw_doubling_years", "years", 1, 6, 2.07, R, &A::hw_doubling_years,
      "Years for accelerator price-performance (FLOP/s per dollar) to double."},
    F{"h100e_year_cost_usd", "USD per H100e-year", 2000, 200000, 25000, R, &A::h100e_year_cost_usd,
      "What one H100-equivalent costs for a year (rent, or depreciation plus power and operation) at the start.", true},
    F{"h100_peak_flops", "FLOP/s", 1e14, 1e16, 9.89e14, R, &A::h100_peak_flops,
      "Peak dense BF16 throughput of one H100-equivalent.", true},
    F{"depreciation_years", "years", 1, 15, 5, R, &A::depreciation_years,
      "Useful life of accelerators and of rental contracts; capacity retires at 1/life per year."},
    F{"build_lead_months", "months", 1, 36, 6, R, &A::build_lead_months,
      "Months for a fleet to close the gap to what its budget pays for (data centres, contracts)."},
    F{"industry_supply_h100e", "H100e/year", 1e5, 1e10, 1.6e7, R, &A::industry_supply_h100e,
      "World accelerator production in the start year; caps all labs' purchases together.", true},
    F{"industry_supply_growth", "fraction/year", 0, 5, 0.6, R, &A::industry_supply_growth,
      "Yearly growth of world accelerator production."},
    F{"cluster_growth", "x/year", 1, 10, 3.0, R, &A::cluster_growth,
      "Yearly growth of the largest cluster a lab can put in one place (power, sites, interconnect)."},
    F{"gpu_mtbf_hours", "hours", 1000, 1e6, 50000, R, &A::gpu_mtbf_hours,
      "Mean time between failures of one accelerator at the start; a run on n fails every MTBF/n hours.", true},
    F{"reliability_improvement", "fraction/year", 0, 2, 0.15, R, &A::reliability_improvement,
      "Yearly growth of the accelerator MTBF seen by a run (hot spares, better hardware, fault isolation)."},
    F{"failure_domain_h100e", "H100e", 1000, 1e8, 1e5, R, &A::failure_domain_h100e,
      "Largest group of accelerators that must stop together when one fails; bigger runs are split into "
      "asynchronously synchronised domains.", true},
    F{"data_stock_tokens", "tokens", 1e12, 1e17, 3e14, R, &A::data_stock_tokens,
      "Usable stock of quality training text at the start year.", true},
    F{"data_growth_per_year", "fraction/year", 0, 2, 0.1, R, &A::data_growth_per_year,
      "Yearly growth of the data stock (new text, synthetic data)."},
    F{"alg_halving_months", "months", 2, 36, 8, R, &A::alg_halving_months,
      "Months for algorithmic progress to halve the compute needed for the same capability, for a lab "
      "with the reference research inputs at the start."},
    F{"alg_diminishing_returns", "per OOM", 0, 3, 0.5, R, &A::alg_diminishing_returns,
      "Ideas get harder to find: each order of magnitude of efficiency a lab has gained divides its pace "
      "by 10^this."},
    F{"research_compute_elasticity", "exponent", 0, 1, 0.5, R, &A::research_compute_elasticity,
      "Weight of experiment compute (against research labour) in research input: 0 = labour only."},
    F{"research_reference_h100e", "H100e", 1e4, 1e9, 8e5, R, &A::research_reference_h100e,
      "Experiment compute at which a lab progresses at the measured pace (a fixed reference, not a rival).", true},
    F{"agi_log10_flop", "log10 FLOP", 28, 45, 36, R, &A::agi_log10_flop,
      "Effective training compute (2022-algorithm FLOP, log10) at which AI automates AI research."},
    F{"asi_gap_oom", "orders of magnitude", 0.5, 10, 2, R, &A::asi_gap_oom,
      "Orders of magnitude of effective compute between AGI and ASI."},
    F{"automation_gap_oom", "orders of magnitude", 0.5, 12, 3, R, &A::automation_gap_oom,
      "Orders of magnitude below AGI where AI starts to speed up AI research."},
    F{"automation_speedup_agi", "x", 1, 1e4, 25, R, &A::automation_speedup_agi,
      "Research labour multiplier from AI at AGI (AI 2027: 25x for a superhuman AI researcher).", true},
    F{"automation_speedup_asi", "x", 1, 1e6, 2000, R, &A::automation_speedup_asi,
      "Research labour multiplier at ASI (AI 2027: 2,000x); between AGI and ASI it rises log-linearly.", true},
    F{"spillover_lag_months", "months", 0, 120, 12, R, &A::spillover_lag_months,
      "Labs behind the frontier catch up to its human-paced algorithms with this lag (papers, hires)."},
    F{"caution_gap_oom", "orders of magnitude", 0, 10, 2, R, &A::caution_gap_oom,
      "Distance below AGI where cautious labs start slowing down."},
    F{"ai_market_usd", "USD/year", 1e9, 1e14, 4.5e10, R, &A::ai_market_usd,
      "Annualised frontier-AI revenue of the whole world at the as-of date.", true},
    F{"ai_market_growth", "fraction/year", 0, 10, 1.5, R, &A::ai_market_growth,
      "Growth of the AI market in the first year."},
    F{"ai_market_growth_halving_years", "years", 0.5, 50, 3, R, &A::ai_market_growth_halving_years,
      "Years for the market's logarithmic growth rate to halve (markets mature)."},
    F{"capability_share_elasticity", "per OOM", 0, 3, 0.5, R, &A::capability_share_elasticity,
      "Market pull of capability: a lab one order of magnitude ahead of where it started, relative to its "
      "rivals, is 10^this times as attractive to customers."},
    F{"commitment_ramp_years", "years", 0.1, 10, 2, R, &A::commitment_ramp_years,
      "Years from signing for a purchase commitment's priority capacity to be built in full."},
};

constexpr std::array<std::string_view, 2> kLaws{"epoch2024", "hoffmann2022"};

const std::array kText{
    TextField<A>{"data_as_of", TextRule::Free, &A::data_as_of,
                 "Month (YYYY-MM) the starting figures describe; the run starts the month after."},
    TextField<A>{"scaling_law", TextRule::Choice, &A::scaling_law,
                 "Chinchilla loss fit: Epoch AI 2024 refit or Hoffmann et al. 2022.", kLaws},
};

} // namespace

std::span<const NumericField<Assumptions>> assumptionNumericFields() { return kNumeric; }
std::span<const TextField<Assumptions>> assumptionTextFields() { return kText; }

} // namespace asirace
