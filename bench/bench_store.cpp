// Scenario files: save and open of a file with 20 scenarios x 12 organisations
// (the built-in baseline with its partnerships and sources, under 20 names).
// Target: under 20 ms each. A save includes validation, a fresh database in a
// temporary file, fsync, rename and a folder fsync; an open includes the header
// checks, quick_check, the in-memory copy, type checks and validation.
#include "builtinscenarios.h"
#include "scenariojsonfile.h"
#include "scenariostore.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <stdlib.h>

#include <filesystem>
#include <string>

namespace {

std::vector<asirace::Scenario> twentyScenarios()
{
    std::vector<asirace::Scenario> scenarios;
    for (int i = 0; i < 20; ++i) {
        asirace::Scenario s = asirace::defaultScenario();
        s.name = "Scenario " + std::to_string(i + 1);
        s.organisations.resize(12);
        scenarios.push_back(std::move(s));
    }
    return scenarios;
}

// A private folder under the system temp folder, removed at exit.
class TempFolder
{
public:
    TempFolder()
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "asirace-bench-XXXXXX").string();
        if (mkdtemp(pattern.data()))
            m_path = pattern;
    }
    ~TempFolder()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    std::string file(const char *name) const { return (std::filesystem::path(m_path) / name).string(); }

private:
    std::string m_path;
};

void BM_SaveScenarioFile(benchmark::State &state)
{
    const auto scenarios = twentyScenarios();
    TempFolder folder;
    const auto file = folder.file("bench.db");
    for (auto _ : state) {
        const auto result = asirace::saveScenarioFile(file, scenarios);
        if (!result.ok)
            state.SkipWithError(result.message.c_str());
    }
    state.counters["bytes"] = static_cast<double>(std::filesystem::file_size(file));
}
BENCHMARK(BM_SaveScenarioFile)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_OpenScenarioFile(benchmark::State &state)
{
    TempFolder folder;
    const auto file = folder.file("bench.db");
    if (!asirace::saveScenarioFile(file, twentyScenarios()).ok) {
        state.SkipWithError("cannot write the file");
        return;
    }
    for (auto _ : state) {
        const auto result = asirace::loadScenarioFile(file);
        if (!result.ok() || result.scenarios.size() != 20)
            state.SkipWithError(result.message.c_str());
        benchmark::DoNotOptimize(result.scenarios.data());
    }
}
BENCHMARK(BM_OpenScenarioFile)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ExportJson(benchmark::State &state)
{
    const auto scenarios = twentyScenarios();
    for (auto _ : state)
        benchmark::DoNotOptimize(asirace::scenariosJsonText(scenarios));
}
BENCHMARK(BM_ExportJson)->Unit(benchmark::kMillisecond);

void BM_ImportJson(benchmark::State &state)
{
    const auto text = asirace::scenariosJsonText(twentyScenarios());
    for (auto _ : state) {
        const auto result = asirace::parseScenariosJson(text, "bench.json");
        if (!result.ok())
            state.SkipWithError(result.message.c_str());
    }
}
BENCHMARK(BM_ImportJson)->Unit(benchmark::kMillisecond);

// A file whose scenarios are all invalid (no assumptions row, no labs): opening
// it must report every problem, grouped by scenario, in time linear in their
// number (issue 13: 200k scenarios took 82 s). Target: 200k under 3 s.
void BM_OpenManyInvalidScenarios(benchmark::State &state)
{
    TempFolder folder;
    const auto file = folder.file("invalid.db");
    sqlite3 *db = nullptr;
    // CHECK constraints off, as another program could: every scenario lacks its assumptions row.
    const std::string sql = "PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF;"
                            "INSERT INTO scenarios (name, description, created, modified) "
                            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                            std::to_string(state.range(0) - 1) + ") SELECT 'Broken ' || i, '', '', '' FROM n";
    const bool made = asirace::saveScenarioFile(file, {asirace::defaultScenario()}).ok &&
                      sqlite3_open(file.c_str(), &db) == SQLITE_OK &&
                      sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    if (!made) {
        state.SkipWithError("cannot write the file");
        return;
    }
    size_t problems = 0;
    for (auto _ : state) {
        const auto result = asirace::loadScenarioFile(file);
        if (result.kind != asirace::StoreErrorKind::InvalidContent)
            state.SkipWithError(result.message.c_str());
        problems = result.problems.size();
    }
    state.counters["problems"] = static_cast<double>(problems);
    state.counters["bytes"] = static_cast<double>(std::filesystem::file_size(file));
}
BENCHMARK(BM_OpenManyInvalidScenarios)->Arg(20000)->Arg(200000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

} // namespace

BENCHMARK_MAIN();
