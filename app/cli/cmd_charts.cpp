// charts: the presentation exports of the dashboard, headless. Renders through
// the same widgets/export code as the GUI's File > Export menu.
#include "chartkind.h"
#include "cliargs.h"
#include "clicommands.h"
#include "exportjob.h"
#include "scenarioargs.h"
#include "montecarlo.h"
#include "scenarioinput.h"
#include "simulator.h"

#include <QApplication>

#include <algorithm>
#include <charconv>
#include <iostream>

namespace asirace::cli {
namespace {

constexpr const char *kUsage =
    "usage: asirace-cli charts [FILE.db] [--scenario NAME] [--set PATH=VALUE]... [--pin PATH=VALUE]... [--event YYYY-MM:PATH=VALUE]...\n"
    "                          --out DIR --format png,svg,pdf,csv [--size WIDTHxHEIGHT|1080p|720p|4:3|a4] [--scale S]\n"
    "                          [--theme light|dark] [--chart capability,ranking,compute,outcome] [--report]\n"
    "                          [--compare NAME] [--monte-carlo [--runs N] [--seed S]]\n";

int fail(const QString &message)
{
    std::cerr << "asirace-cli charts: " << message.toStdString() << "\n" << kUsage;
    return ExitInvalid;
}

std::optional<QList<ChartKind>> parseCharts(const QString &text, QString *error)
{
    QList<ChartKind> kinds;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString id = part.trimmed().toLower();
        const auto &all = allChartKinds();
        auto it = std::find_if(all.begin(), all.end(), [&](ChartKind k) { return chartId(k) == id; });
        if (it == all.end()) {
            *error = QStringLiteral("unknown chart '%1' (use capability, ranking, compute or outcome)").arg(part.trimmed());
            return std::nullopt;
        }
        if (!kinds.contains(*it))
            kinds << *it;
    }
    if (kinds.isEmpty()) {
        *error = QStringLiteral("no chart given");
        return std::nullopt;
    }
    return kinds;
}

template <class T>
std::optional<T> parseNumber(const std::string &text)
{
    T value{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}


} // namespace

int runCharts(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {"--scenario", "--set", "--pin", "--event", "--out", "--format", "--size", "--scale", "--theme", "--chart", "--runs", "--seed",
                    "--compare"},
                   {"--report", "--monte-carlo"});
    if (!parsed.ok())
        return fail(QString::fromStdString(parsed.error()));
    if (parsed.positional().size() > 1)
        return fail(QStringLiteral("at most one FILE.db"));

    // Everything is checked before anything is rendered or written.
    ExportRequest request;
    QString error;
    const auto out = parsed.value("--out");
    if (!out || out->empty())
        return fail(QStringLiteral("--out DIR is required"));
    request.directory = QString::fromStdString(*out);
    request.report = parsed.flag("--report");
    request.formats.clear();
    if (const auto formats = parsed.value("--format")) {
        const auto list = parseFormats(QString::fromStdString(*formats), &error);
        if (!list)
            return fail(error);
        request.formats = *list;
    } else if (!request.report) {
        return fail(QStringLiteral("--format is required (or --report alone)"));
    }
    if (const auto size = parsed.value("--size")) {
        const auto parsedSize = parseSize(QString::fromStdString(*size), &error);
        if (!parsedSize)
            return fail(error);
        request.options.size = *parsedSize;
    }
    if (const auto scale = parsed.value("--scale")) {
        const auto value = parseNumber<double>(*scale);
        if (!value)
            return fail(QStringLiteral("--scale '%1' is not a number").arg(QString::fromStdString(*scale)));
        request.options.scale = *value;
    }
    if (const auto theme = parsed.value("--theme")) {
        const auto value = parseTheme(QString::fromStdString(*theme), &error);
        if (!value)
            return fail(error);
        request.options.theme = *value;
    }
    if (const auto charts = parsed.value("--chart")) {
        const auto kinds = parseCharts(QString::fromStdString(*charts), &error);
        if (!kinds)
            return fail(error);
        request.charts = *kinds;
    }
    MonteCarloOptions mc;
    const bool monteCarlo = parsed.flag("--monte-carlo");
    if (const auto runs = parsed.value("--runs")) {
        const auto value = parseNumber<std::int64_t>(*runs);
        if (!value || *value < 1 || *value > kMaxMonteCarloRuns)
            return fail(QStringLiteral("--runs must be a whole number in 1..%1").arg(kMaxMonteCarloRuns));
        mc.runs = *value;
    }
    if (const auto seed = parsed.value("--seed")) {
        const auto value = parseNumber<std::uint64_t>(*seed);
        if (!value)
            return fail(QStringLiteral("--seed must be a whole number"));
        mc.seed = *value;
    }
    if (!monteCarlo && (parsed.value("--runs") || parsed.value("--seed")))
        return fail(QStringLiteral("--runs and --seed need --monte-carlo"));
    if (auto problem = checkRequest(request))
        return fail(*problem);

    std::optional<std::string> file;
    if (!parsed.positional().empty())
        file = parsed.positional().front();
    ExportContext context;
    if (const int code = loadCheckedScenario(parsed, "charts", context.scenario); code != ExitOk)
        return code;

    // The dashed overlay: another scenario of the same file (or of the built-ins).
    std::optional<Scenario> comparison;
    if (const auto compareName = parsed.value("--compare")) {
        auto other = loadScenarioInput(file, compareName);
        if (!other.scenario) {
            std::cerr << "asirace-cli charts: --compare: " << other.error << "\n";
            return other.exitCode == ExitOk ? ExitInvalid : other.exitCode;
        }
        comparison = std::move(other.scenario);
        context.comparisonName = QString::fromStdString(comparison->name);
    }

    // Charts are widgets: they need a QApplication, which needs a platform.
    // Headless unless the caller chose one (e.g. xcb to debug with a display).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "asirace-cli";
    static char *argv[] = {name, nullptr};
    QApplication app(argc, argv);

    context.result = std::make_shared<const SimulationResult>(simulate(context.scenario));
    if (comparison)
        context.comparison = std::make_shared<const SimulationResult>(simulate(*comparison));
    if (monteCarlo) {
        try {
            context.odds = outcomeOddsFrom(runMonteCarlo(context.scenario, mc));
        } catch (const std::invalid_argument &e) {
            std::cerr << "asirace-cli charts: Monte Carlo: " << e.what() << "\n";
            return ExitInvalid;
        }
    }
    const ExportOutcome outcome = runExport(context, request);
    if (!outcome.ok()) {
        std::cerr << "asirace-cli charts: " << outcome.error->toStdString() << "\n";
        return ExitInvalid;
    }
    for (const QString &path : outcome.files)
        std::cout << path.toStdString() << "\n";
    return ExitOk;
}

} // namespace asirace::cli
