#include "resultjson.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace asirace {
namespace {

// JSON has no NaN or infinity; the model never produces them, but a null is
// safer than an unparsable document if that promise is ever broken.
nlohmann::json number(double value)
{
    return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(nullptr);
}

nlohmann::json array(const std::vector<double> &values)
{
    auto out = nlohmann::json::array();
    for (double v : values)
        out.push_back(number(v));
    return out;
}

nlohmann::json optionalYear(const std::optional<double> &year)
{
    return year ? number(*year) : nlohmann::json(nullptr);
}

} // namespace

nlohmann::json resultToJson(const std::string &scenarioName, const SimulationResult &result)
{
    nlohmann::json labs = nlohmann::json::array();
    for (const auto &lab : result.labs) {
        labs.push_back({
            {"name", lab.name},
            {"asi_year", optionalYear(lab.asi_year)},
            {"final_rank", lab.final_rank},
            {"series",
             {
                 {"compute_h100e", array(lab.compute_h100e)},
                 {"training_run_flop", array(lab.training_run_flop)},
                 {"effective_flop_log10", array(lab.effective_flop_log10)},
                 {"goodput", array(lab.goodput)},
                 {"allocation_efficiency", array(lab.allocation_efficiency)},
                 {"rank", array(lab.rank)},
             }},
        });
    }
    return {
        {"scenario", scenarioName},
        {"months", array(result.months)},
        {"labs", std::move(labs)},
        {"ranking", result.ranking},
        {"winner", result.winner ? nlohmann::json(*result.winner) : nlohmann::json(nullptr)},
    };
}

} // namespace asirace
