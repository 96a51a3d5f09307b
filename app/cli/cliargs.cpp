#include "cliargs.h"

#include <algorithm>

namespace asirace::cli {

CliArgs::CliArgs(const std::vector<std::string> &args, std::initializer_list<std::string_view> valueOptions,
                 std::initializer_list<std::string_view> flags)
{
    auto isValueOption = [&](std::string_view n) {
        return std::find(valueOptions.begin(), valueOptions.end(), n) != valueOptions.end();
    };
    auto isFlag = [&](std::string_view n) { return std::find(flags.begin(), flags.end(), n) != flags.end(); };

    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg.size() < 2 || arg[0] != '-' || arg == "--") {
            m_positional.push_back(arg);
            continue;
        }
        std::string name = arg;
        std::optional<std::string> inlineValue;
        if (auto eq = arg.find('='); eq != std::string::npos && arg.starts_with("--")) {
            name = arg.substr(0, eq);
            inlineValue = arg.substr(eq + 1);
        }
        if (isValueOption(name)) {
            if (inlineValue) {
                m_values.emplace_back(name, *inlineValue);
            } else if (i + 1 < args.size()) {
                m_values.emplace_back(name, args[++i]);
            } else {
                m_error = name + " needs a value";
                return;
            }
        } else if (isFlag(name) && !inlineValue) {
            m_flags.push_back(name);
        } else {
            m_error = "unknown option " + arg;
            return;
        }
    }
}

std::optional<std::string> CliArgs::value(std::string_view option) const
{
    std::optional<std::string> found;
    for (const auto &[name, v] : m_values)
        if (name == option)
            found = v;
    return found;
}

std::vector<std::string> CliArgs::values(std::string_view option) const
{
    std::vector<std::string> found;
    for (const auto &[name, v] : m_values)
        if (name == option)
            found.push_back(v);
    return found;
}

bool CliArgs::flag(std::string_view name) const
{
    return std::find(m_flags.begin(), m_flags.end(), name) != m_flags.end();
}

} // namespace asirace::cli
