#pragma once
// The subcommands of asirace-cli. Each lives in its own cmd_*.cpp file and is
// listed once in the table in main.cpp. Exit codes are part of the stable
// contract: 0 ok, 1 invalid content or arguments, 2 unreadable or not ours.

#include <string>
#include <string_view>
#include <vector>

namespace asirace::cli {

enum ExitCode { ExitOk = 0, ExitInvalid = 1, ExitUnreadable = 2 };

struct Command {
    std::string_view name;
    std::string_view usage;   // "validate [FILE.db]"
    std::string_view summary; // one line for --help
    int (*run)(const std::vector<std::string> &args);
};

int runValidate(const std::vector<std::string> &args);
int runNew(const std::vector<std::string> &args);
int runList(const std::vector<std::string> &args);
int runExportJson(const std::vector<std::string> &args);
int runImportJson(const std::vector<std::string> &args);
int runRun(const std::vector<std::string> &args);
int runScaling(const std::vector<std::string> &args);
int runCharts(const std::vector<std::string> &args);
int runSensitivity(const std::vector<std::string> &args);
int runBench(const std::vector<std::string> &args);
int runBacktest(const std::vector<std::string> &args);
int runFields(const std::vector<std::string> &args);
int runSweep(const std::vector<std::string> &args);
int runSweepMerge(const std::vector<std::string> &args);
int runExplain(const std::vector<std::string> &args);
int runFlips(const std::vector<std::string> &args);
int runMerge(const std::vector<std::string> &args);
int runDiff(const std::vector<std::string> &args);

} // namespace asirace::cli
