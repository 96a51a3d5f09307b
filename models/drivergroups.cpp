#include "drivergroups.h"

#include <algorithm>
#include <array>

namespace asirace {
namespace {

// Starting figures: where the lab stands at the as-of date.
constexpr std::array<std::string_view, 3> kStartCompute{"compute_h100e", "max_cluster_h100e", "best_run_flop"};
// What pays for compute, and how much compute a dollar buys.
constexpr std::array<std::string_view, 9> kMoney{
    "revenue_usd",  "revenue_growth", "ai_revenue_usd",          "ai_spend_share",         "outside_funding_usd",
    "capex_growth", "chip_access",    "custom_accelerator_year", "custom_accelerator_gain"};
// Whether the lab trains at all or lives on licences; its terms are swapped with it.
constexpr std::array<std::string_view, 1> kPartnerships{"trains_frontier"};
// How compute becomes a finished run's effective compute.
constexpr std::array<std::string_view, 12> kRunPhysics{
    "train_share",          "run_months", "tokens_per_param",   "moe",
    "moe_gain",             "moe_expert_imbalance", "mfu",      "checkpoint_minutes",
    "checkpoint_interval_minutes", "restart_minutes", "bug_probability", "bug_progress_lost"};
constexpr std::array<std::string_view, 1> kAlgorithms{"research_talent"};
constexpr std::array<std::string_view, 2> kCaution{"caution", "willpower"};

const std::array kGroups{
    DriverGroup{"start_compute", "Start compute",
                "Compute, largest cluster and largest finished run at the as-of date", kStartCompute},
    DriverGroup{"money", "Money",
                "Revenue, funding, spending and what a dollar of compute buys (chip access, own accelerators)",
                kMoney},
    DriverGroup{"partnerships", "Partnerships and licences",
                "Every term of the lab's partnerships (investment, compute supplied, commitments, shares, "
                "IP licences, ROFR) and whether it trains its own models",
                kPartnerships, true},
    DriverGroup{"run_physics", "Run physics and allocation",
                "Share of compute in the frontier run, run length, tokens per parameter, architecture, "
                "utilisation, checkpoints, restarts and bugs",
                kRunPhysics},
    DriverGroup{"algorithms", "Algorithms and talent", "Research labour behind algorithmic progress", kAlgorithms},
    DriverGroup{"caution", "Caution and willpower",
                "Safety caution near AGI and how much of what it could spend the lab does spend", kCaution},
};

} // namespace

std::span<const DriverGroup> driverGroups() { return kGroups; }

const DriverGroup *driverGroupOfField(std::string_view field)
{
    for (const auto &g : kGroups)
        if (std::find(g.fields.begin(), g.fields.end(), field) != g.fields.end())
            return &g;
    return nullptr;
}

const DriverGroup *findDriverGroup(std::string_view name)
{
    for (const auto &g : kGroups)
        if (g.name == name)
            return &g;
    return nullptr;
}

} // namespace asirace
