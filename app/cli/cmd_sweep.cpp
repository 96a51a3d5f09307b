// sweep: a grid or Latin-hypercube design over inputs, one CSV row per point,
// written in point order in blocks that are flushed whole, so an interrupted
// sweep leaves complete rows that --resume continues to the same bytes.
#include "asirace_version.h"
#include "cliargs.h"
#include "clicommands.h"
#include "montecarlo.h"
#include "scenarioargs.h"
#include "scenariojson.h"
#include "stopsignal.h"
#include "sweepcsv.h"
#include "sweepfiles.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <limits>
#include <unistd.h>

namespace asirace::cli {
namespace {

using Clock = std::chrono::steady_clock;

constexpr const char *kUsage =
    "usage: asirace-cli sweep [FILE.db] [--scenario NAME] [--set PATH=VALUE]... [--event YYYY-MM:PATH=VALUE]...\n"
    "         (--grid PATH=LO:HI:N... | --lhs N --vary PATH[=LO:HI]...) [--monte-carlo N] --seed S\n"
    "         --out results.csv [--shard I/K] [--threads T] [--resume]\n";

int fail(const std::string &message)
{
    std::cerr << "asirace-cli sweep: " << message << "\n";
    return ExitInvalid;
}

// Everything that decides the rows, hashed into the file's design key.
std::string describeSweep(const Scenario &scenario, const SweepDesign &design, const SweepOptions &options)
{
    return "asirace-cli sweep 1\nmodel " + std::string(kVersion) + "\n" + design.describe() + "\nmonte_carlo " +
           std::to_string(options.monteCarloRuns) + "\nseed " + std::to_string(options.seed) + "\n" +
           scenarioToJson(scenario).dump();
}

// Progress on stderr: rewritten in place on a terminal, a line every few
// seconds otherwise (logs of batch jobs stay short).
class Progress
{
public:
    Progress(std::int64_t total, std::int64_t runsPerPoint)
        : m_total(total), m_runs(runsPerPoint), m_start(Clock::now()), m_last(m_start), m_tty(isatty(2) != 0)
    {
    }

    double seconds() const { return std::chrono::duration<double>(Clock::now() - m_start).count(); }

    void report(std::int64_t done, std::int64_t doneThisRun, bool last)
    {
        const auto now = Clock::now();
        const double sinceLast = std::chrono::duration<double>(now - m_last).count();
        if (!last && sinceLast < (m_tty ? 0.25 : 5.0))
            return;
        m_last = now;
        const double elapsed = std::max(1e-9, seconds());
        const double rate = static_cast<double>(doneThisRun) / elapsed;
        char text[200];
        std::snprintf(text, sizeof text, "sweep: %lld/%lld points (%.0f%%), %.0f points/s", static_cast<long long>(done),
                      static_cast<long long>(m_total), m_total ? 100.0 * static_cast<double>(done) / m_total : 100.0,
                      rate);
        std::string line = text;
        if (m_runs > 0) {
            std::snprintf(text, sizeof text, ", %.0f Monte Carlo runs/s", rate * static_cast<double>(m_runs));
            line += text;
        }
        if (!last && rate > 0) {
            std::snprintf(text, sizeof text, ", about %.0f s left",
                          static_cast<double>(m_total - done) / rate);
            line += text;
        }
        std::cerr << (m_tty ? "\r" : "") << line << (m_tty && !last ? "\033[K" : "\n") << std::flush;
    }

private:
    std::int64_t m_total, m_runs;
    Clock::time_point m_start, m_last;
    bool m_tty;
};

} // namespace

int runSweep(const std::vector<std::string> &args)
{
    CliArgs parsed(args,
                   {"--scenario", "--set", "--event", "--grid", "--lhs", "--vary", "--monte-carlo", "--seed", "--out",
                    "--shard", "--threads", "--stop-after"},
                   {"--resume"});
    if (!parsed.ok() || parsed.positional().size() > 1) {
        if (!parsed.ok())
            std::cerr << "asirace-cli sweep: " << parsed.error() << "\n";
        else
            std::cerr << "asirace-cli sweep: at most one scenario file\n";
        std::cerr << kUsage;
        return ExitInvalid;
    }
    const auto grid = parsed.values("--grid");
    const auto vary = parsed.values("--vary");
    const bool latin = parsed.value("--lhs").has_value();
    if (grid.empty() == !latin)
        return fail("give a design: --grid PATH=LO:HI:N (repeatable) or --lhs N with --vary PATH (repeatable)");
    if (!latin && !vary.empty())
        return fail("--vary goes with --lhs N; a grid gives each input as --grid PATH=LO:HI:N");
    if (latin && vary.empty())
        return fail("--lhs N needs at least one --vary PATH or --vary PATH=LO:HI");
    if (!parsed.value("--seed"))
        return fail("--seed S is required: it fixes the design and each point's Monte Carlo draws");
    const auto outValue = parsed.value("--out");
    if (!outValue || outValue->empty())
        return fail("--out FILE.csv is required");
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    const auto seed = countOption(parsed, "sweep", "--seed", 1, 0, kMax);
    const auto runs = countOption(parsed, "sweep", "--monte-carlo", 0, 1, kMaxMonteCarloRuns);
    const auto threads = countOption(parsed, "sweep", "--threads", 0, 0, 256);
    const auto lhsPoints = countOption(parsed, "sweep", "--lhs", 0, 1, kMaxSweepPoints);
    // Test hook (not in --help): stop as Ctrl+C would after this many points.
    const auto stopAfter = countOption(parsed, "sweep", "--stop-after", 0, 1, kMax);
    if (!seed || !runs || !threads || !lhsPoints || !stopAfter)
        return ExitInvalid;
    SweepShard shard;
    if (const auto text = parsed.value("--shard")) {
        const auto parsedShard = SweepShard::parse(*text);
        if (!parsedShard)
            return fail("--shard '" + *text + "' must be I/K with 1 <= I <= K (shard I of K)");
        shard = *parsedShard;
    }

    Scenario scenario;
    if (const int code = loadCheckedScenario(parsed, "sweep", scenario); code != ExitOk)
        return code;
    std::string error;
    auto design = latin ? SweepDesign::latinHypercube(scenario, *lhsPoints, vary, static_cast<std::uint64_t>(*seed),
                                                      error)
                        : SweepDesign::grid(scenario, grid, error);
    if (!design)
        return fail(error);
    const SweepOptions options{*runs, static_cast<std::uint64_t>(*seed)};
    SweepPreamble preamble;
    preamble.points = design->pointCount();
    preamble.designKey = sweepDesignKey(describeSweep(scenario, *design, options));
    if (shard.count > 1)
        preamble.shard = shard;
    Sweep sweep(scenario, std::move(*design), options);

    // The shard's points are index-1, index-1+K, ...: interleaved, so slow
    // corners of a grid spread over all shards.
    const std::int64_t first = shard.index - 1;
    const std::int64_t total = preamble.points > first ? (preamble.points - first + shard.count - 1) / shard.count : 0;
    auto pointAt = [&](std::int64_t k) { return first + k * shard.count; };

    const std::string out = *outValue;
    ResultsFile file;
    if (const int code = openResults(out, preamble.line() + sweepHeaderLine(sweep), parsed.flag("--resume"),
                                     [&](std::int64_t k) { return pointAt(k); }, file);
        code != ExitOk)
        return code;
    std::int64_t done = file.rowsKept;
    if (done > 0)
        std::cerr << "sweep: resuming " << out << " after " << done << " of " << total << " points\n";

    const auto &stop = installStopSignals();
    ParallelControl control;
    control.threads = static_cast<int>(*threads);
    control.cancel = &stop;
    const int workers = resolveThreadCount(control.threads);
    Progress progress(total, options.monteCarloRuns);
    // Blocks grow until one takes about a quarter of a second: rows reach the
    // file a few times a second whatever a point costs. The block size never
    // changes what is computed.
    std::int64_t block = workers;
    std::int64_t doneThisRun = 0;
    std::vector<std::int64_t> indices;
    std::vector<SweepRow> rows;
    std::string text;
    while (done < total && !stop.load()) {
        std::int64_t count = std::min(block, total - done);
        if (*stopAfter > 0)
            count = std::min(count, *stopAfter - doneThisRun);
        if (count <= 0)
            break;
        indices.clear();
        for (std::int64_t k = 0; k < count; ++k)
            indices.push_back(pointAt(done + k));
        const auto started = Clock::now();
        const std::size_t complete = sweep.evaluate(indices, control, rows);
        text.clear();
        for (std::size_t i = 0; i < complete; ++i)
            text += sweepRowLine(sweep, rows[i]);
        if (!file.append(text))
            return ExitUnreadable;
        done += static_cast<std::int64_t>(complete);
        doneThisRun += static_cast<std::int64_t>(complete);
        const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
        if (seconds < 0.1)
            block = std::min<std::int64_t>(block * 2, 1 << 16);
        else if (seconds > 0.5)
            block = std::max<std::int64_t>(workers, block / 2);
        progress.report(done, doneThisRun, false);
    }
    if (!file.close())
        return ExitUnreadable;
    progress.report(done, doneThisRun, true);
    if (done < total) {
        std::cerr << "asirace-cli sweep: interrupted after " << done << " of " << total << " points; " << out
                  << " holds the complete rows; run the same command with --resume to continue\n";
        return 128 + (stopSignal() ? stopSignal() : SIGINT);
    }
    return ExitOk;
}

} // namespace asirace::cli
