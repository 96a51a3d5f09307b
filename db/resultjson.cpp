#include "resultjson.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace asirace {
namespace {

using Json = nlohmann::ordered_json;

// JSON has no NaN or infinity: a series that has ended (its lab reached ASI)
// holds NaN, written as null.
Json number(double value)
{
    return std::isfinite(value) ? Json(value) : Json(nullptr);
}

Json array(const std::vector<double> &values)
{
    auto out = Json::array();
    for (double v : values)
        out.push_back(number(v));
    return out;
}

Json optionalYear(const std::optional<double> &year)
{
    return year ? number(*year) : Json(nullptr);
}

} // namespace

nlohmann::ordered_json resultToJson(const std::string &scenarioName, const SimulationResult &result)
{
    Json labs = Json::array();
    for (const auto &lab : result.labs) {
        labs.push_back({
            {"name", lab.name},
            {"asi_year", optionalYear(lab.asi_year)},
            {"agi_year", optionalYear(lab.agi_year)},
            {"final_rank", lab.final_rank},
            {"series",
             {
                 {"compute_h100e", array(lab.compute_h100e)},
                 {"training_run_flop", array(lab.training_run_flop)},
                 {"effective_flop_log10", array(lab.effective_flop_log10)},
                 {"goodput", array(lab.goodput)},
                 {"allocation_efficiency", array(lab.allocation_efficiency)},
                 {"revenue_usd", array(lab.revenue_usd)},
                 {"spend_usd", array(lab.spend_usd)},
                 {"algorithmic_efficiency_log10", array(lab.algorithmic_efficiency_log10)},
                 {"rank", array(lab.rank)},
             }},
        });
    }
    return {
        {"scenario", scenarioName},
        {"months", array(result.months)},
        {"labs", std::move(labs)},
        {"ranking", result.ranking},
        {"winner", result.winner ? Json(*result.winner) : Json(nullptr)},
    };
}

} // namespace asirace
