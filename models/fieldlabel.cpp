#include "fieldlabel.h"

#include <array>
#include <cctype>
#include <utility>

namespace asirace {
namespace {

using Owner = FieldPath::Owner;
struct Label {
    Owner owner;
    std::string_view name;
    std::string_view label;
};

// Short enough for a slider row and a table header; the tooltip has the full
// description and the unit is shown beside the label.
constexpr std::array kLabels{
    Label{Owner::Assumptions, "start_year", "Start year"},
    Label{Owner::Assumptions, "end_year", "End year"},
    Label{Owner::Assumptions, "hw_doubling_years", "Hardware price-performance doubling"},
    Label{Owner::Assumptions, "h100e_year_cost_usd", "Cost of an H100e-year"},
    Label{Owner::Assumptions, "h100_peak_flops", "H100 peak throughput"},
    Label{Owner::Assumptions, "depreciation_years", "Accelerator life"},
    Label{Owner::Assumptions, "build_lead_months", "Build lead time"},
    Label{Owner::Assumptions, "industry_supply_h100e", "World accelerator supply"},
    Label{Owner::Assumptions, "industry_supply_growth", "Supply growth"},
    Label{Owner::Assumptions, "cluster_growth", "Largest-cluster growth"},
    Label{Owner::Assumptions, "gpu_mtbf_hours", "Accelerator MTBF"},
    Label{Owner::Assumptions, "reliability_improvement", "Reliability improvement"},
    Label{Owner::Assumptions, "failure_domain_h100e", "Failure domain"},
    Label{Owner::Assumptions, "data_stock_tokens", "Training data stock"},
    Label{Owner::Assumptions, "data_growth_per_year", "Data stock growth"},
    Label{Owner::Assumptions, "alg_halving_months", "Algorithmic halving time"},
    Label{Owner::Assumptions, "alg_diminishing_returns", "Algorithmic diminishing returns"},
    Label{Owner::Assumptions, "research_compute_elasticity", "Weight of research compute"},
    Label{Owner::Assumptions, "research_reference_h100e", "Reference research compute"},
    Label{Owner::Assumptions, "agi_log10_flop", "AGI threshold"},
    Label{Owner::Assumptions, "asi_gap_oom", "ASI above AGI"},
    Label{Owner::Assumptions, "automation_gap_oom", "Automation starts below AGI"},
    Label{Owner::Assumptions, "automation_speedup_agi", "Research speed-up at AGI"},
    Label{Owner::Assumptions, "automation_speedup_asi", "Research speed-up at ASI"},
    Label{Owner::Assumptions, "spillover_lag_months", "Spillover lag"},
    Label{Owner::Assumptions, "caution_gap_oom", "Caution starts below AGI"},
    Label{Owner::Assumptions, "ai_market_usd", "AI market"},
    Label{Owner::Assumptions, "ai_market_growth", "AI market growth"},
    Label{Owner::Assumptions, "ai_market_growth_halving_years", "Market growth halving time"},
    Label{Owner::Assumptions, "capability_share_elasticity", "Market pull of capability"},
    Label{Owner::Assumptions, "commitment_ramp_years", "Commitment ramp"},
    Label{Owner::Assumptions, "data_as_of", "Data as of"},
    Label{Owner::Assumptions, "scaling_law", "Scaling law"},

    Label{Owner::Organisation, "name", "Name"},
    Label{Owner::Organisation, "kind", "Kind"},
    Label{Owner::Organisation, "colour", "Colour"},
    Label{Owner::Organisation, "description", "Notes"},
    Label{Owner::Organisation, "compute_h100e", "Compute"},
    Label{Owner::Organisation, "max_cluster_h100e", "Largest cluster"},
    Label{Owner::Organisation, "revenue_usd", "Other revenue"},
    Label{Owner::Organisation, "revenue_growth", "Other revenue growth"},
    Label{Owner::Organisation, "ai_revenue_usd", "AI revenue"},
    Label{Owner::Organisation, "ai_spend_share", "Share spent on compute"},
    Label{Owner::Organisation, "outside_funding_usd", "Outside funding"},
    Label{Owner::Organisation, "capex_growth", "Spending growth limit"},
    Label{Owner::Organisation, "willpower", "Willpower"},
    Label{Owner::Organisation, "chip_access", "Chip access"},
    Label{Owner::Organisation, "custom_accelerator_year", "Own accelerators from"},
    Label{Owner::Organisation, "custom_accelerator_gain", "Own accelerator gain"},
    Label{Owner::Organisation, "trains_frontier", "Trains frontier models"},
    Label{Owner::Organisation, "best_run_flop", "Largest run so far"},
    Label{Owner::Organisation, "research_talent", "Research talent"},
    Label{Owner::Organisation, "train_share", "Share for the frontier run"},
    Label{Owner::Organisation, "run_months", "Run length"},
    Label{Owner::Organisation, "tokens_per_param", "Tokens per parameter"},
    Label{Owner::Organisation, "moe", "Mixture of experts"},
    Label{Owner::Organisation, "moe_gain", "MoE gain"},
    Label{Owner::Organisation, "moe_expert_imbalance", "MoE expert imbalance"},
    Label{Owner::Organisation, "mfu", "MFU"},
    Label{Owner::Organisation, "checkpoint_minutes", "Checkpoint write time"},
    Label{Owner::Organisation, "checkpoint_interval_minutes", "Checkpoint interval"},
    Label{Owner::Organisation, "restart_minutes", "Restart time"},
    Label{Owner::Organisation, "bug_probability", "Bug chance per run"},
    Label{Owner::Organisation, "bug_progress_lost", "Run lost to a bug"},
    Label{Owner::Organisation, "caution", "Caution"},

    Label{Owner::Partnership, "org_a", "Partner"},
    Label{Owner::Partnership, "org_b", "Lab"},
    Label{Owner::Partnership, "source", "Source"},
    Label{Owner::Partnership, "compute_supplied_h100e", "Compute supplied"},
    Label{Owner::Partnership, "commitment_usd_per_year", "Purchase commitment"},
    Label{Owner::Partnership, "revenue_share", "Revenue share"},
    Label{Owner::Partnership, "profit_share", "Profit share"},
    Label{Owner::Partnership, "investment_usd_per_year", "Investment"},
    Label{Owner::Partnership, "ip_access", "IP access"},
    Label{Owner::Partnership, "ip_lag_months", "IP lag"},
    Label{Owner::Partnership, "ip_until_year", "IP access until"},
    Label{Owner::Partnership, "rofr", "Right of first refusal"},
    Label{Owner::Partnership, "rofr_decline_probability", "Chance the partner declines"},
    Label{Owner::Partnership, "rofr_delay_months", "Wait for the partner's answer"},
    Label{Owner::Partnership, "start_year", "Signed (year)"},
    Label{Owner::Partnership, "start_month", "Signed (month)"},
    Label{Owner::Partnership, "end_year", "Ends (year)"},
    Label{Owner::Partnership, "ends_at_agi", "Ends at AGI"},
};

std::string readableName(std::string_view name)
{
    std::string out(name);
    for (char &c : out)
        if (c == '_')
            c = ' ';
    if (!out.empty())
        out[0] = char(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

template <class Fields>
std::string unitIn(Fields fields, std::string_view name)
{
    if (const auto *f = findNumericField(fields, name))
        return std::string(f->unit);
    return {};
}

} // namespace

std::string fieldLabel(FieldPath::Owner owner, std::string_view name)
{
    for (const Label &l : kLabels)
        if (l.owner == owner && l.name == name)
            return std::string(l.label);
    return readableName(name);
}

std::string fieldPathLabel(std::string_view text)
{
    const auto path = FieldPath::parse(text);
    if (!path)
        return std::string(text);
    const std::string label = fieldLabel(path->owner, path->field);
    if (path->owner == Owner::Assumptions)
        return label;
    return path->ownerText() + ": " + label;
}

std::string fieldPathUnit(std::string_view text)
{
    const auto path = FieldPath::parse(text);
    if (!path)
        return {};
    switch (path->owner) {
    case Owner::Assumptions: return unitIn(assumptionNumericFields(), path->field);
    case Owner::Organisation: return unitIn(organisationNumericFields(), path->field);
    case Owner::Partnership: return unitIn(partnershipNumericFields(), path->field);
    }
    return {};
}

std::string fieldPathLabelWithUnit(std::string_view path)
{
    const std::string label = fieldPathLabel(path);
    const std::string unit = fieldPathUnit(path);
    if (unit.empty() || unit == "flag")
        return label;
    return label + " [" + unit + "]";
}

} // namespace asirace
