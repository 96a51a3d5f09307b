#include "montecarlojson.h"

#include <nlohmann/json.hpp>

namespace asirace {
namespace {

nlohmann::ordered_json optionalYear(const std::optional<double> &year)
{
    return year ? nlohmann::ordered_json(*year) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json quantiles(const ArrivalQuantiles &q)
{
    return nlohmann::ordered_json{{"p10", optionalYear(q.p10)}, {"p50", optionalYear(q.p50)}, {"p90", optionalYear(q.p90)}};
}

} // namespace

nlohmann::ordered_json monteCarloToJson(const MonteCarloResult &result, bool sampledEvents)
{
    using json = nlohmann::ordered_json;
    json pFirst = json::object(), stderrs = json::object(), reach = json::object();
    json arrivals = json::object(), ranks = json::object();
    for (const auto &lab : result.labs) {
        pFirst[lab.name] = lab.p_first;
        stderrs[lab.name] = lab.p_first_stderr;
        reach[lab.name] = lab.p_reach;
        arrivals[lab.name] = quantiles(lab.arrival);
        ranks[lab.name] = lab.p_rank;
    }
    json anyBy = json::object(), orders = json::object();
    for (const auto &[year, p] : result.p_any_by)
        anyBy[std::to_string(year)] = p;
    for (const auto &[order, p] : result.p_order_top3)
        orders[order] = p;
    return json{{"runs", result.runs},
                {"seed", result.seed},
                {"events", sampledEvents ? "sampled" : "expected"},
                {"p_first", std::move(pFirst)},
                {"p_first_stderr", std::move(stderrs)},
                {"p_none", result.p_none},
                {"p_reach", std::move(reach)},
                {"arrival_quantiles", std::move(arrivals)},
                {"first_arrival", quantiles(result.first_arrival)},
                {"p_rank", std::move(ranks)},
                {"p_any_by", std::move(anyBy)},
                {"p_order_top3", std::move(orders)}};
}

nlohmann::ordered_json sensitivityToJson(const SensitivityResult &result, const SensitivityOptions &options)
{
    using json = nlohmann::ordered_json;
    json inputs = json::array();
    const bool firstOrder = result.method == SensitivityMethod::FirstOrder;
    for (const auto &row : result.rows) {
        json item{{"path", row.path},
                  {"input_low", row.input_low},
                  {"input_median", row.input_median},
                  {"input_high", row.input_high}};
        if (firstOrder) {
            item["first_order"] = row.first_order;
            item["first_order_stderr"] = row.first_order_stderr;
        } else {
            item["output_low"] = row.output_low;
            item["output_high"] = row.output_high;
            item["effect"] = row.effect();
            item["low_beyond_horizon"] = row.low_beyond_horizon;
            item["high_beyond_horizon"] = row.high_beyond_horizon;
        }
        inputs.push_back(std::move(item));
    }
    if (firstOrder)
        return json{{"output", result.output.text()},
                    {"unit", result.output.unit()},
                    {"method", "sobol"},
                    {"samples", result.samples},
                    {"runs", result.samples * static_cast<std::int64_t>(result.rows.size() + 2)},
                    {"seed", options.seed},
                    {"mean", result.base},
                    {"variance", result.output_variance},
                    {"inputs", std::move(inputs)}};
    return json{{"output", result.output.text()},
                {"unit", result.output.unit()},
                {"base", result.base},
                {"base_beyond_horizon", result.base_beyond_horizon},
                {"low_quantile", options.low_quantile},
                {"high_quantile", options.high_quantile},
                {"runs_per_point", result.runs_per_point},
                {"others", result.sample_others ? "sampled" : "medians"},
                {"inputs", std::move(inputs)}};
}

} // namespace asirace
