#include "organisation.h"

#include <array>

namespace asirace {
namespace {

using F = NumericField<Organisation>;
using O = Organisation;
constexpr auto R = FieldType::Real;
constexpr auto I = FieldType::Integer;
constexpr auto B = FieldType::Flag;

const std::array kNumeric{
    F{"compute_h100e", "H100e", 0, 1e9, 0, R, &O::compute_h100e,
      "Compute capacity at the start year, in H100-equivalents the organisation owns or rents.", true},
    F{"revenue_usd", "USD/year", 0, 1e13, 0, R, &O::revenue_usd,
      "Revenue in the start year (company-wide for diversified firms).", true},
    F{"revenue_growth", "fraction/year", -0.5, 10, 0.3, R, &O::revenue_growth,
      "Yearly revenue growth: 1.0 doubles revenue every year."},
    F{"ai_spend_share", "fraction", 0, 1, 0.5, R, &O::ai_spend_share,
      "Share of revenue, after partner shares, that goes to AI compute."},
    F{"outside_funding_usd", "USD/year", 0, 1e13, 0, R, &O::outside_funding_usd,
      "Outside money (equity, debt, partner investment not modelled as a partnership) available for compute each year.", true},
    F{"capex_growth", "fraction/year", 0, 10, 1.0, R, &O::capex_growth,
      "Fastest yearly growth of compute spending that builders, power and suppliers allow: 1.0 lets spending double each year."},
    F{"willpower", "0-1", 0, 1, 0.7, R, &O::willpower,
      "Resolve to race: scales compute spending and risk appetite (claim 5: resources and willpower)."},
    F{"chip_access", "0-1", 0, 1, 1, R, &O::chip_access,
      "Fraction of market-price chips the organisation can actually buy (Apple's strained Nvidia relations)."},
    F{"custom_accelerator_year", "year", 2020, 2060, 2060, I, &O::custom_accelerator_year,
      "Year in-house accelerators arrive (2060 = never)."},
    F{"custom_accelerator_gain", "x", 1, 5, 1, R, &O::custom_accelerator_gain,
      "Compute per dollar multiplier once custom accelerators arrive."},
    F{"trains_frontier", "flag", 0, 1, 1, B, &O::trains_frontier,
      "Trains its own frontier models; off means it licenses capability from a partner (Apple)."},
    F{"best_run_flop", "FLOP", 0, 1e32, 1e24, R, &O::best_run_flop,
      "Largest training run finished before the start year (physical FLOP).", true},
    F{"research_talent", "x", 0.1, 3, 1, R, &O::research_talent,
      "Multiplier on the speed of algorithmic progress: 1 = frontier average."},
    F{"train_share", "fraction", 0.05, 0.9, 0.3, R, &O::train_share,
      "Share of compute used for the frontier training run (the rest serves inference and experiments)."},
    F{"run_months", "months", 1, 24, 4, I, &O::run_months,
      "Length of one frontier training run."},
    F{"tokens_per_param", "tokens/parameter", 1, 500, 20, R, &O::tokens_per_param,
      "Training tokens per parameter the lab chooses; about 20 is compute-optimal (Chinchilla).", true},
    F{"moe", "flag", 0, 1, 0, B, &O::moe,
      "Uses a mixture-of-experts architecture instead of a dense model."},
    F{"moe_gain", "x", 1, 10, 2.5, R, &O::moe_gain,
      "Compute multiplier of a well-routed mixture of experts over dense (DeepSeekMoE ~2.5x)."},
    F{"moe_expert_imbalance", "MaxVio", 0, 5, 0.04, R, &O::moe_expert_imbalance,
      "Expert load imbalance (max load - mean)/mean: 0.04 balanced routing, 0.7+ starving experts (claim 1)."},
    F{"mfu", "fraction of peak", 0.05, 0.8, 0.38, R, &O::mfu,
      "Model FLOP utilisation: share of the chips' peak throughput the training run achieves."},
    F{"checkpoint_minutes", "minutes", 0.1, 120, 0.5, R, &O::checkpoint_minutes,
      "Time to write one checkpoint; longer checkpoints lower goodput (claim 2)."},
    F{"restart_minutes", "minutes", 0.5, 600, 5, R, &O::restart_minutes,
      "Time lost restarting the run after each failure (claim 2)."},
    F{"bug_probability", "probability/run", 0, 1, 0.1, R, &O::bug_probability,
      "Chance a training run hits a framework bug (GPT-4.5's torch.sum bug)."},
    F{"bug_progress_lost", "fraction of run", 0, 1, 0.4, R, &O::bug_progress_lost,
      "Share of the run lost when a bug hits (found ~40% of the way through GPT-4.5)."},
    F{"caution", "0-1", 0, 1, 0.3, R, &O::caution,
      "Safety caution: near the AGI threshold a cautious lab slows or pauses new runs (Anthropic)."},
};

constexpr std::array<std::string_view, 2> kKinds{"lab", "provider"};

const std::array kText{
    TextField<O>{"name", TextRule::Name, &O::name, "Organisation name, unique in the scenario."},
    TextField<O>{"kind", TextRule::Choice, &O::kind,
                 "lab: trains models and races for ASI; provider: supplies compute or money only.", kKinds},
    TextField<O>{"colour", TextRule::Colour, &O::colour, "Colour used for this organisation in every chart."},
    TextField<O>{"description", TextRule::Free, &O::description, "Notes about the organisation."},
};

} // namespace

std::span<const NumericField<Organisation>> organisationNumericFields() { return kNumeric; }
std::span<const TextField<Organisation>> organisationTextFields() { return kText; }

} // namespace asirace
