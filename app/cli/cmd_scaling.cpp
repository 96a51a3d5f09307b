#include "cliargs.h"
#include "clicommands.h"
#include "scalinglaw.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <iostream>

namespace asirace::cli {
namespace {

constexpr const char *kUsage =
    "usage: asirace-cli scaling --compute FLOP [--law epoch2024|hoffmann2022] [--json]\n"
    "       asirace-cli scaling --params N --tokens D [--law epoch2024|hoffmann2022] [--json]\n";

std::optional<double> positiveNumber(const std::optional<std::string> &text, const char *option)
{
    if (!text)
        return std::nullopt;
    double value = 0;
    auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc() || end != text->data() + text->size() || !std::isfinite(value) || value <= 0) {
        std::cerr << "asirace-cli scaling: " << option << " '" << *text << "' is not a positive number\n";
        return std::nullopt;
    }
    return value;
}

} // namespace

// scaling --compute C | --params N --tokens D, [--law NAME] [--json]
int runScaling(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {"--compute", "--params", "--tokens", "--law"}, {"--json"});
    if (!parsed.ok() || !parsed.positional().empty()) {
        if (!parsed.ok())
            std::cerr << "asirace-cli scaling: " << parsed.error() << "\n";
        std::cerr << kUsage;
        return ExitInvalid;
    }
    const std::string lawName = parsed.value("--law").value_or("epoch2024");
    if (lawName != "epoch2024" && lawName != "hoffmann2022") {
        std::cerr << "asirace-cli scaling: --law '" << lawName << "' is not one of epoch2024 | hoffmann2022\n";
        return ExitInvalid;
    }
    const ScalingLaw law = ScalingLaw::byName(lawName);
    const bool json = parsed.flag("--json");
    const auto computeText = parsed.value("--compute");
    const auto paramsText = parsed.value("--params");
    const auto tokensText = parsed.value("--tokens");

    if (computeText && !paramsText && !tokensText) {
        const auto compute = positiveNumber(computeText, "--compute");
        if (!compute)
            return ExitInvalid;
        const auto opt = law.optimal(*compute);
        if (json)
            std::cout << nlohmann::ordered_json{{"params_opt", opt.params}, {"tokens_opt", opt.tokens}, {"loss_opt", opt.loss}}.dump()
                      << "\n";
        else
            std::cout << "compute-optimal for " << *compute << " FLOP (" << lawName << "): N = " << opt.params
                      << " parameters, D = " << opt.tokens << " tokens, loss = " << opt.loss << "\n";
        return ExitOk;
    }
    if (paramsText && tokensText && !computeText) {
        const auto params = positiveNumber(paramsText, "--params");
        const auto tokens = positiveNumber(tokensText, "--tokens");
        if (!params || !tokens)
            return ExitInvalid;
        const double compute = 6.0 * *params * *tokens;
        const double loss = law.loss(*params, *tokens);
        const double q = law.allocationEfficiency(*params, *tokens);
        if (json)
            std::cout << nlohmann::ordered_json{{"compute", compute}, {"loss", loss}, {"allocation_efficiency", q}}.dump() << "\n";
        else
            std::cout << "N = " << *params << ", D = " << *tokens << " (" << lawName << "): compute = " << compute
                      << " FLOP, loss = " << loss << ", allocation efficiency = " << q << "\n";
        return ExitOk;
    }
    std::cerr << kUsage;
    return ExitInvalid;
}

} // namespace asirace::cli
