#include "assumptions.h"
#include "cliargs.h"
#include "clicommands.h"
#include "organisation.h"
#include "partnership.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace asirace::cli {
namespace {

template <class Owner>
void list(std::span<const NumericField<Owner>> fields, const char *owner, nlohmann::ordered_json &out)
{
    for (const auto &f : fields) {
        const char *type = f.type == FieldType::Flag ? "flag" : f.type == FieldType::Integer ? "integer" : "real";
        out.push_back({{"owner", owner}, {"name", f.name}, {"unit", f.unit}, {"min", f.min}, {"max", f.max},
                       {"default", f.defaultValue}, {"type", type}, {"log", f.logScale}, {"description", f.description}});
    }
}

} // namespace

// fields [--json]: every numeric input with its unit, range and meaning, from the field tables.
int runFields(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {}, {"--json"});
    if (!parsed.ok() || !parsed.positional().empty()) {
        std::cerr << "usage: asirace-cli fields [--json]\n";
        return ExitInvalid;
    }
    auto out = nlohmann::ordered_json::array();
    list(assumptionNumericFields(), "assumptions", out);
    list(organisationNumericFields(), "organisation", out);
    list(partnershipNumericFields(), "partnership", out);
    if (parsed.flag("--json")) {
        std::cout << out.dump(2) << "\n";
        return ExitOk;
    }
    for (const auto &f : out)
        std::printf("%-13s %-30s %-22s [%g, %g] default %g\n", f["owner"].get<std::string>().c_str(),
                    f["name"].get<std::string>().c_str(), f["unit"].get<std::string>().c_str(), f["min"].get<double>(),
                    f["max"].get<double>(), f["default"].get<double>());
    return ExitOk;
}

} // namespace asirace::cli
