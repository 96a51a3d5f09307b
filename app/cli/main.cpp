// asirace-cli: the headless front end. Scripts and checks drive ASI Race
// through it, so its commands, flags, JSON keys and exit codes are a contract.
#include "asirace_version.h"
#include "clicommands.h"

#include <array>
#include <iostream>

namespace {

using asirace::cli::Command;

constexpr std::array kCommands{
    Command{"validate", "validate [FILE.db]", "check every scenario and print each problem on stderr",
            &asirace::cli::runValidate},
    Command{"new", "new FILE.db [--force]", "write a scenario file holding the built-in scenarios",
            &asirace::cli::runNew},
    Command{"list", "list FILE.db [--json]",
            "print the names of the scenarios in a file, one per line (--json: with descriptions and provenance)",
            &asirace::cli::runList},
    Command{"merge", "merge INTO.db FROM.db [--scenario NAME]... [--json]",
            "copy scenarios of FROM.db into INTO.db (a taken name is renamed, never replaced); FROM.db is not changed",
            &asirace::cli::runMerge},
    Command{"diff", "diff A.db B.db [--scenario NAME]... [--json]",
            "list every input, event and distribution that differs, scenario by scenario, and scenarios only in one",
            &asirace::cli::runDiff},
    Command{"export-json", "export-json FILE.db [--scenario NAME]",
            "print the file (or one scenario) as a versioned JSON document", &asirace::cli::runExportJson},
    Command{"import-json", "import-json IN.json --out FILE.db [--force]",
            "check a JSON document and write its scenarios to a scenario file", &asirace::cli::runImportJson},
    Command{"run",
            "run [FILE.db] [--scenario NAME] [--set PATH=VALUE]... [--pin PATH=VALUE]... [--event YYYY-MM:PATH=VALUE]... "
            "[--monte-carlo N [--seed S] [--threads T]] [--json]",
            "simulate the race (default: the built-in Evidence baseline) and print the ranking", &asirace::cli::runRun},
    Command{"scaling", "scaling --compute FLOP | --params N --tokens D [--law epoch2024|hoffmann2022] [--json]",
            "Chinchilla scaling law: compute-optimal split, loss and allocation efficiency", &asirace::cli::runScaling},
    Command{"charts",
            "charts [FILE.db] [--scenario NAME] [--set PATH=VALUE]... [--pin PATH=VALUE]... [--event YYYY-MM:PATH=VALUE]... --out DIR --format png,svg,pdf,csv "
            "[--size 1920x1080] [--scale S] [--theme light|dark] [--chart ID,...] [--report] [--compare NAME] "
            "[--monte-carlo [--runs N]]",
            "render the dashboard charts headless for slides and print the files written, one per line",
            &asirace::cli::runCharts},
    Command{"sensitivity",
            "sensitivity [FILE.db] [--scenario NAME] [--set PATH=VALUE]... [--pin PATH=VALUE]... [--event YYYY-MM:PATH=VALUE]... --output p_first:LAB|median_arrival:LAB|"
            "winner_arrival [--others medians|sampled] [--method swings|sobol] [--runs N] [--samples N] [--seed S] "
            "[--threads T] [--json]",
            "swing each uncertain input from p10 to p90 (others at medians) and rank the inputs by effect; "
            "--method sobol: each input's first-order share of the output's variance",
            &asirace::cli::runSensitivity},
    Command{"flips",
            "flips [FILE.db] [--scenario NAME] [--set PATH=VALUE]... [--event YYYY-MM:PATH=VALUE]... [--input PATH]... [--odds N] "
            "[--seed S] [--threads T] [--json]",
            "what must be true: for each input, the nearest values that change the winner (and, with --odds N, "
            "the favourite in P(first))",
            &asirace::cli::runFlips},
    Command{"bench", "bench [--runs N] [--threads T]",
            "time one deterministic run and Monte Carlo with 1 and all threads", &asirace::cli::runBench},
    Command{"backtest", "backtest [--json]",
            "run the \"Backtest 2025\" built-in from end-2024 data against Epoch AI's end-2025 estimates",
            &asirace::cli::runBacktest},
    Command{"explain",
            "explain [FILE.db] [--scenario NAME] [--set PATH=VALUE]... [--event YYYY-MM:PATH=VALUE]... [--json]",
            "why the leader leads: months of its lead over the runner-up from each driver group (counterfactual runs)",
            &asirace::cli::runExplain},
    Command{"fields", "fields [--json]", "list every numeric input: owner, name, unit, allowed range and default",
            &asirace::cli::runFields},
    Command{"sweep",
            "sweep [FILE.db] [--scenario NAME] [--set PATH=VALUE]... [--event YYYY-MM:PATH=VALUE]... "
            "(--grid PATH=LO:HI:N... | --lhs N --vary PATH[=LO:HI]...) [--monte-carlo N] --seed S --out results.csv "
            "[--shard I/K] [--threads T] [--resume]",
            "run a grid or Latin-hypercube design over inputs, one CSV row per point (Ctrl+C keeps complete rows)",
            &asirace::cli::runSweep},
    Command{"sweep-merge", "sweep-merge OUT.csv SHARD.csv...",
            "join the --shard I/K files of one sweep into the file the unsharded sweep writes",
            &asirace::cli::runSweepMerge},
};

void printHelp(std::ostream &out)
{
    out << "asirace-cli " << asirace::kVersion << ": ASI Race without a window\n\n"
        << "usage: asirace-cli COMMAND [ARGS...]\n"
        << "       asirace-cli --help | --version\n\ncommands:\n";
    for (const auto &command : kCommands)
        out << "  " << command.usage << "\n      " << command.summary << "\n";
    out << "\n--set PATH=VALUE changes an input for the whole run (an uncertain input's distribution moves with it);\n"
           "--pin PATH=VALUE also fixes it at that value in every Monte Carlo run; --event YYYY-MM:PATH=VALUE changes it from the\n"
           "first day of that month (repeatable; PATH is assumptions.FIELD, ORG.FIELD or ORG_A/ORG_B.FIELD)\n";
    out << "\nexit codes: 0 ok, 1 invalid content or arguments, 2 unreadable file or not an ASI Race file\n";
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        printHelp(std::cerr);
        return asirace::cli::ExitInvalid;
    }
    const std::string first = argv[1];
    if (first == "--help" || first == "-h" || first == "help") {
        printHelp(std::cout);
        return asirace::cli::ExitOk;
    }
    if (first == "--version" || first == "-v") {
        std::cout << "asirace-cli " << asirace::kVersion << "\n";
        return asirace::cli::ExitOk;
    }
    for (const auto &command : kCommands) {
        if (command.name == first) {
            std::vector<std::string> args(argv + 2, argv + argc);
            try {
                return command.run(args);
            } catch (const std::exception &e) {
                std::cerr << "asirace-cli " << first << ": " << e.what() << "\n";
                return asirace::cli::ExitInvalid;
            }
        }
    }
    std::cerr << "asirace-cli: unknown command '" << first << "' (see asirace-cli --help)\n";
    return asirace::cli::ExitInvalid;
}
