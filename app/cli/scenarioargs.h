#pragma once
// The scenario selection shared by commands that simulate: [FILE.db]
// [--scenario NAME] [--set PATH=VALUE]... [--pin PATH=VALUE]... [--event YYYY-MM:PATH=VALUE]...,
// checked as a whole with validate() (a single --set cannot see cross-field
// rules), with errors on stderr. Each command lists "--set", "--pin" and
// "--event" among its value options.

#include "cliargs.h"
#include "scenario.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace asirace::cli {

// Fills `out`; returns ExitOk, or the exit code after printing the reason
// prefixed with "asirace-cli COMMAND: ".
int loadCheckedScenario(const CliArgs &parsed, std::string_view command, Scenario &out);

// A whole number in [min, max] from option `option`, or `fallback` when the
// option is absent; nullopt (after printing why) when malformed.
std::optional<std::int64_t> countOption(const CliArgs &parsed, std::string_view command, std::string_view option,
                                        std::int64_t fallback, std::int64_t min, std::int64_t max);

} // namespace asirace::cli
