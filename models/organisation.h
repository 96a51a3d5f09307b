#pragma once
// An organisation in the race: a lab that trains frontier models and can reach
// ASI, or a provider/partner (cloud, investor) that supplies compute or money.

#include "fieldspec.h"

#include <map>
#include <span>
#include <string>

namespace asirace {

struct Organisation {
    std::string name;
    std::string kind = "lab"; // "lab" races; "provider" supplies compute/money only
    std::string colour = "#808080";
    std::string description;
    std::map<std::string, std::string> sources; // field name -> citation or "assumption: why"

    // Money and compute, as of assumptions.data_as_of
    double compute_h100e = 0;
    double max_cluster_h100e = 1e5;
    double revenue_usd = 0;
    double revenue_growth = 0.1;
    double ai_revenue_usd = 0;
    double ai_spend_share = 0.5;
    double outside_funding_usd = 0;
    double capex_growth = 1.0;
    double willpower = 0.7;
    double chip_access = 1.0;
    double custom_accelerator_year = 2060;
    double custom_accelerator_gain = 1.0;

    // Research and training
    double trains_frontier = 1;
    double best_run_flop = 1e24;
    double research_talent = 1.0;
    double train_share = 0.3;
    double run_months = 4;
    double tokens_per_param = 20;
    double moe = 0;
    double moe_gain = 2.5;
    double moe_expert_imbalance = 0.04;
    double mfu = 0.38;
    double checkpoint_minutes = 0.5;
    double checkpoint_interval_minutes = 0;
    double restart_minutes = 5;
    double bug_probability = 0.1;
    double bug_progress_lost = 0.4;
    double caution = 0.3;

    bool isLab() const { return kind == "lab"; }
};

std::span<const NumericField<Organisation>> organisationNumericFields();
std::span<const TextField<Organisation>> organisationTextFields();

} // namespace asirace
