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
      "Compute the organisation uses or rents at the as-of date (Epoch AI's per-lab estimates).", true},
    F{"max_cluster_h100e", "H100e", 0, 1e8, 1e5, R, &O::max_cluster_h100e,
      "Largest cluster it can put in one place for one training run at the as-of date; grows with "
      "assumptions.cluster_growth (power and sites).", true},
    F{"revenue_usd", "USD/year", 0, 1e13, 0, R, &O::revenue_usd,
      "Revenue outside the frontier-AI market (a hyperscaler's core business) at the as-of date.", true},
    F{"revenue_growth", "fraction/year", -0.5, 10, 0.1, R, &O::revenue_growth,
      "Yearly growth of the revenue outside the frontier-AI market."},
    F{"ai_revenue_usd", "USD/year", 0, 1e13, 0, R, &O::ai_revenue_usd,
      "Annualised frontier-AI revenue (models, API, subscriptions) at the as-of date: the lab's starting "
      "share of the AI market, which then follows its capability against its rivals'.", true},
    F{"ai_spend_share", "fraction", 0, 1, 0.5, R, &O::ai_spend_share,
      "Share of revenue (after partner shares) spent on AI compute."},
    F{"outside_funding_usd", "USD/year", 0, 1e13, 0, R, &O::outside_funding_usd,
      "Money raised each year from investors that are not partners in the scenario.", true},
    F{"capex_growth", "fraction/year", 0, 10, 1.0, R, &O::capex_growth,
      "Fastest yearly growth of compute spending (builders, power and suppliers limit it)."},
    F{"willpower", "0-1", 0, 1, 0.7, R, &O::willpower,
      "How much of what it could spend the organisation does spend on the race (claim 5)."},
    F{"chip_access", "0-1", 0, 1, 1, R, &O::chip_access,
      "Share of frontier chips per dollar it can buy (export controls)."},
    F{"custom_accelerator_year", "year", 2020, 2060, 2060, I, &O::custom_accelerator_year,
      "Year its own accelerators arrive (Apple, claim 4)."},
    F{"custom_accelerator_gain", "x", 1, 5, 1, R, &O::custom_accelerator_gain,
      "Compute per dollar of its own accelerators relative to bought ones."},
    F{"trains_frontier", "flag", 0, 1, 1, B, &O::trains_frontier,
      "Whether the organisation trains its own frontier models."},
    F{"best_run_flop", "FLOP", 0, 1e32, 1e24, R, &O::best_run_flop,
      "Largest training run finished by the as-of date (physical FLOP, Epoch AI's estimates).", true},
    F{"research_talent", "x", 0.1, 3, 1, R, &O::research_talent,
      "Research labour relative to a typical frontier lab: scales algorithmic progress."},
    F{"train_share", "fraction", 0.05, 0.9, 0.3, R, &O::train_share,
      "Share of compute that may go into the frontier run (the rest serves experiments and inference); "
      "the run is also limited by the largest cluster."},
    F{"run_months", "months", 1, 24, 4, I, &O::run_months,
      "Length of one frontier pre-training run."},
    F{"tokens_per_param", "tokens/parameter", 1, 500, 20, R, &O::tokens_per_param,
      "Training tokens per parameter; far from the compute-optimal ratio wastes compute (claim 2)."},
    F{"moe", "flag", 0, 1, 0, B, &O::moe, "Mixture-of-experts architecture."},
    F{"moe_gain", "x", 1, 10, 2.5, R, &O::moe_gain,
      "Compute multiplier of a well-routed mixture of experts over a dense model."},
    F{"moe_expert_imbalance", "max-violation ratio", 0, 5, 0.04, R, &O::moe_expert_imbalance,
      "Expert load imbalance (max violation): experts that receive no tokens waste the gain (claim 1)."},
    F{"mfu", "fraction of peak", 0.05, 0.8, 0.38, R, &O::mfu,
      "Model FLOP utilisation of training runs."},
    F{"checkpoint_minutes", "minutes", 0.01, 120, 0.5, R, &O::checkpoint_minutes,
      "Time to write one checkpoint."},
    F{"checkpoint_interval_minutes", "minutes", 0, 1440, 0, R, &O::checkpoint_interval_minutes,
      "Time between checkpoints; 0 = the lab picks the optimum sqrt(2 x write time x cluster MTBF) (Young 1974)."},
    F{"restart_minutes", "minutes", 0.5, 600, 5, R, &O::restart_minutes,
      "Time to restart a run after a failure (claim 2: many checkpoint restarts)."},
    F{"bug_probability", "probability/run", 0, 1, 0.1, R, &O::bug_probability,
      "Chance a training run hits a framework bug (GPT-4.5's torch.sum bug)."},
    F{"bug_progress_lost", "fraction of run", 0, 1, 0.4, R, &O::bug_progress_lost,
      "Share of the run lost when a bug hits (found ~40% of the way through GPT-4.5)."},
    F{"caution", "0-1", 0, 1, 0.3, R, &O::caution,
      "Safety caution: near the AGI threshold a cautious lab slows its runs and research (Anthropic)."},
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
