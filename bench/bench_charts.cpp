// Redraw cost of the dashboard charts at 1600x1000 (offscreen): one
// setResult -> every chart replotted, as on a slider tick, and each chart's
// own replot. The GUI budget per tick is 16 ms including the simulation.
#include "builtinscenarios.h"
#include "chartpanel.h"
#include "simulator.h"

#include <QApplication>
#include <QElapsedTimer>

#include <benchmark/benchmark.h>

using namespace asirace;

namespace {

// Two results that differ, so every tick really swaps data.
std::pair<std::shared_ptr<const SimulationResult>, std::shared_ptr<const SimulationResult>> twoResults()
{
    Scenario a = defaultScenario();
    Scenario b = a;
    b.assumptions.alg_halving_months *= 1.2;
    return {std::make_shared<const SimulationResult>(simulate(a)), std::make_shared<const SimulationResult>(simulate(b))};
}

void waitForReplot(ChartPanel &panel)
{
    bool done = false;
    auto connection = QObject::connect(&panel, &ChartPanel::replotted, [&done] { done = true; });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    QObject::disconnect(connection);
}

void BM_PanelTick(benchmark::State &state)
{
    ChartPanel panel;
    panel.resize(1600, 1000);
    panel.show();
    const auto [a, b] = twoResults();
    const bool compare = state.range(0) != 0;
    panel.setResult(a, compare ? b : nullptr);
    waitForReplot(panel);
    bool flip = false;
    for (auto _ : state) {
        flip = !flip;
        panel.setResult(flip ? b : a, compare ? (flip ? a : b) : nullptr);
        waitForReplot(panel);
    }
}
BENCHMARK(BM_PanelTick)->Arg(0)->Arg(1)->ArgName("compare")->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ChartReplot(benchmark::State &state)
{
    ChartPanel panel;
    panel.resize(1600, 1000);
    panel.show();
    const auto [a, b] = twoResults();
    panel.setResult(a);
    waitForReplot(panel);
    RaceChart *chart = panel.charts().at(int(state.range(0)));
    state.SetLabel(chart->metaObject()->className());
    bool flip = false;
    for (auto _ : state) {
        flip = !flip;
        chart->setResult(flip ? b : a);
        chart->replot(QCustomPlot::rpImmediateRefresh);
    }
}
BENCHMARK(BM_ChartReplot)->DenseRange(0, 3)->ArgName("chart")->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SimulateDefault(benchmark::State &state)
{
    const Scenario scenario = defaultScenario();
    for (auto _ : state)
        benchmark::DoNotOptimize(simulate(scenario));
}
BENCHMARK(BM_SimulateDefault)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
