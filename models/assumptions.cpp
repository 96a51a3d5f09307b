#include "assumptions.h"

#include <array>

namespace asirace {
namespace {

using F = NumericField<Assumptions>;
using A = Assumptions;
constexpr auto R = FieldType::Real;
constexpr auto I = FieldType::Integer;

const std::array kNumeric{
    F{"start_year", "year", 2020, 2059, 2025, I, &A::start_year, "First simulated month is January of this year."},
    F{"end_year", "year", 2021, 2060, 2040, I, &A::end_year, "Last simulated month is December of this year."},
    F{"hw_doubling_years", "years", 1, 6, 2.07, R, &A::hw_doubling_years,
      "Years for GPU price-performance (FLOP/s per dollar) to double."},
    F{"h100e_cost_usd", "USD/H100e", 5000, 200000, 40000, R, &A::h100e_cost_usd,
      "All-in cost of one H100-equivalent (chip, server, network, data centre) at the start year.", true},
    F{"h100_peak_flops", "FLOP/s", 1e14, 1e16, 9.89e14, R, &A::h100_peak_flops,
      "Peak dense BF16 throughput of one H100-equivalent.", true},
    F{"depreciation_years", "years", 1, 15, 5, R, &A::depreciation_years,
      "Useful life of accelerators; capacity retires at 1/life per year."},
    F{"industry_supply_h100e", "H100e/year", 1e5, 1e10, 1.2e7, R, &A::industry_supply_h100e,
      "World accelerator production in the start year; caps all labs' purchases together.", true},
    F{"industry_supply_growth", "fraction/year", 0, 5, 0.6, R, &A::industry_supply_growth,
      "Yearly growth of world accelerator production."},
    F{"gpu_mtbf_hours", "hours", 1000, 1e6, 50000, R, &A::gpu_mtbf_hours,
      "Mean time between failures of one GPU; a cluster of n GPUs fails every MTBF/n hours.", true},
    F{"data_stock_tokens", "tokens", 1e12, 1e17, 3e14, R, &A::data_stock_tokens,
      "Usable stock of quality training text at the start year.", true},
    F{"data_growth_per_year", "fraction/year", 0, 2, 0.1, R, &A::data_growth_per_year,
      "Yearly growth of the data stock (new text, synthetic data)."},
    F{"alg_halving_months", "months", 2, 36, 8, R, &A::alg_halving_months,
      "Months for algorithmic progress to halve the compute needed for the same capability."},
    F{"agi_log10_flop", "log10 FLOP", 28, 45, 33, R, &A::agi_log10_flop,
      "Effective training compute (2022-algorithm FLOP, log10) at which AI automates AI research."},
    F{"asi_gap_oom", "orders of magnitude", 0.5, 10, 2, R, &A::asi_gap_oom,
      "Orders of magnitude of effective compute between AGI and ASI."},
    F{"automation_gap_oom", "orders of magnitude", 0.5, 12, 4, R, &A::automation_gap_oom,
      "Orders of magnitude below AGI where AI starts to speed up AI research."},
    F{"spillover_lag_months", "months", 0, 120, 12, R, &A::spillover_lag_months,
      "Labs behind the frontier catch up to its algorithms with this lag (papers, hires, distillation)."},
    F{"caution_gap_oom", "orders of magnitude", 0, 10, 2, R, &A::caution_gap_oom,
      "Distance below AGI where cautious labs start slowing their runs."},
    F{"automation_speedup_agi", "x", 1, 1e4, 25, R, &A::automation_speedup_agi,
      "How many times faster algorithmic progress runs when a lab's AI reaches AGI (AI 2027: 25x for a superhuman AI researcher).", true},
    F{"automation_speedup_asi", "x", 1, 1e6, 2000, R, &A::automation_speedup_asi,
      "Speed-up of algorithmic progress when a lab's AI reaches ASI (AI 2027: 2,000x).", true},
    F{"failure_domain_h100e", "H100e", 1000, 1e8, 1e5, R, &A::failure_domain_h100e,
      "Largest group of accelerators that must stop together when one fails; bigger runs are split into asynchronously synchronised domains.", true},
    F{"revenue_ceiling_usd", "USD/year", 1e10, 1e15, 3e12, R, &A::revenue_ceiling_usd,
      "Revenue no organisation can exceed: growth slows logistically as revenue approaches it.", true},
    F{"commitment_ramp_years", "years", 0.1, 10, 3, R, &A::commitment_ramp_years,
      "Years for committed partner compute to be built and delivered in full."},
    F{"research_compute_elasticity", "exponent", 0, 2, 0.5, R, &A::research_compute_elasticity,
      "How strongly a lab's algorithmic progress depends on its compute for experiments (0 = not at all): a lab with the best-equipped lab's start share of world compute progresses at the measured pace."},
    F{"world_compute_h100e", "H100e", 1e5, 1e12, 2e7, R, &A::world_compute_h100e,
      "World stock of AI accelerators at the start year; grows with industry supply, minus depreciation.", true},
};

constexpr std::array<std::string_view, 2> kLaws{"epoch2024", "hoffmann2022"};

const std::array kText{
    TextField<A>{"scaling_law", TextRule::Choice, &A::scaling_law,
                 "Chinchilla loss fit: Epoch AI 2024 refit or Hoffmann et al. 2022.", kLaws},
};

} // namespace

std::span<const NumericField<Assumptions>> assumptionNumericFields() { return kNumeric; }
std::span<const TextField<Assumptions>> assumptionTextFields() { return kText; }

} // namespace asirace
