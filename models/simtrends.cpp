#include "simtrends.h"

#include "simplan.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace asirace {
namespace {

// True (and `key` updated) when `inputs` differ from the last ones.
bool changed(TrendKeys::Key &key, const TrendKeys::Key &inputs)
{
    if (key == inputs)
        return false;
    key = inputs;
    return true;
}

} // namespace

void compileTrends(const Assumptions &a, double leader, SimPlan &plan)
{
    const size_t months = static_cast<size_t>(plan.months);
    auto key = [&](std::initializer_list<double> inputs) {
        TrendKeys::Key k{};
        k[0] = plan.startYear;
        k[1] = static_cast<double>(plan.months);
        std::copy(inputs.begin(), inputs.end(), k.begin() + 2);
        return k;
    };
    // The trends are geometric: each January starts from an exact power and
    // the months after it multiply by the monthly factor, so rounding never
    // accumulates over more than 12 steps (and one power a year replaces one a month).
    auto geometric = [&](std::vector<double> &out, double start, double yearlyFactor, bool exp2Years,
                         double divisor) {
        out.resize(months);
        const double step = exp2Years ? std::exp2(1.0 / (12.0 * yearlyFactor)) : std::pow(yearlyFactor, 1.0 / 12);
        double value = 0;
        for (size_t m = 0; m < months; ++m) {
            if (m % 12 == 0) {
                const double years = static_cast<double>(m / 12);
                value = start * (exp2Years ? std::exp2(years / yearlyFactor) : std::pow(yearlyFactor, years)) / divisor;
            } else {
                value *= step;
            }
            out[m] = value;
        }
    };

    if (changed(plan.trendKeys.price, key({a.hw_doubling_years, a.h100e_cost_usd}))) {
        plan.year.resize(months);
        for (size_t m = 0; m < months; ++m)
            plan.year[m] = plan.startYear + static_cast<double>(m) / 12.0;
        geometric(plan.h100ePerUsd, 1.0, a.hw_doubling_years, true, a.h100e_cost_usd);
    }
    if (changed(plan.trendKeys.data, key({a.data_stock_tokens, a.data_growth_per_year}))) {
        geometric(plan.dataStock, a.data_stock_tokens, 1.0 + a.data_growth_per_year, false, 1.0);
        plan.lnDataStock.resize(months);
        const double lnData0 = std::log(a.data_stock_tokens);
        const double lnDataPerYear = std::log1p(a.data_growth_per_year);
        for (size_t m = 0; m < months; ++m)
            plan.lnDataStock[m] = lnData0 + static_cast<double>(m) / 12.0 * lnDataPerYear;
    }
    if (changed(plan.trendKeys.supply, key({a.industry_supply_h100e, a.industry_supply_growth, a.depreciation_years,
                                            a.world_compute_h100e, leader}))) {
        geometric(plan.supplyPerMonth, a.industry_supply_h100e, 1.0 + a.industry_supply_growth, false, 12.0);
        // The best-equipped lab's share of the world's accelerators at the
        // start sets the pace Ho et al. measured; the reference keeps that
        // share as the world stock grows.
        plan.researchReference.resize(months);
        plan.invResearchReference.resize(months);
        double world = std::max(1.0, a.world_compute_h100e);
        const double worldStart = world;
        const double keep = 1.0 - 1.0 / (12.0 * a.depreciation_years);
        for (size_t m = 0; m < months; ++m) {
            world = world * keep + plan.supplyPerMonth[m];
            plan.researchReference[m] = leader * world / worldStart;
            plan.invResearchReference[m] = 1.0 / plan.researchReference[m];
        }
    }
}

} // namespace asirace
