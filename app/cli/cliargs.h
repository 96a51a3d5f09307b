#pragma once
// A small argument parser for asirace-cli subcommands: positionals, options
// with values (--scenario NAME or --scenario=NAME, repeatable like --set) and
// flags. Unknown options are errors, so typos never pass silently.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace asirace::cli {

class CliArgs
{
public:
    CliArgs(const std::vector<std::string> &args, std::initializer_list<std::string_view> valueOptions,
            std::initializer_list<std::string_view> flags);

    bool ok() const { return m_error.empty(); }
    const std::string &error() const { return m_error; }

    const std::vector<std::string> &positional() const { return m_positional; }
    std::optional<std::string> value(std::string_view option) const; // last occurrence
    std::vector<std::string> values(std::string_view option) const; // every occurrence
    bool flag(std::string_view name) const;

private:
    std::vector<std::string> m_positional;
    std::vector<std::pair<std::string, std::string>> m_values;
    std::vector<std::string> m_flags;
    std::string m_error;
};

} // namespace asirace::cli
