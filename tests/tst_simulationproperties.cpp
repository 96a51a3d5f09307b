// Properties every simulation must have, checked on 10,000 random valid
// scenarios: every input drawn across its whole declared range. A user can
// type any valid value, so none may produce NaN, negative compute, a falling
// capability, a broken ranking or a result that differs between two runs.
#include "builtinscenarios.h"
#include "simulator.h"
#include "validation.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace asirace;

namespace {

class RandomScenarios
{
public:
    explicit RandomScenarios(std::uint64_t seed)
        : m_rng(seed)
    {
    }

    Scenario next()
    {
        Scenario s = defaultScenario();
        randomise(s.assumptions, assumptionNumericFields());
        // Horizons up to the 2060 limit, always at least one year long.
        s.assumptions.start_year = integer(2020, 2045);
        s.assumptions.end_year = integer(static_cast<int>(s.assumptions.start_year) + 1, 2060);
        s.assumptions.scaling_law = chance(0.5) ? "epoch2024" : "hoffmann2022";
        for (auto &org : s.organisations) {
            randomise(org, organisationNumericFields());
            if (chance(0.1))
                org.kind = org.isLab() ? "provider" : "lab";
        }
        if (std::none_of(s.organisations.begin(), s.organisations.end(), [](const auto &o) { return o.isLab(); }))
            s.organisations.front().kind = "lab";
        for (auto &p : s.partnerships) {
            randomise(p, partnershipNumericFields());
            if (p.end_year < p.start_year)
                std::swap(p.start_year, p.end_year);
        }
        return s;
    }

private:
    template <class Owner>
    void randomise(Owner &owner, std::span<const NumericField<Owner>> fields)
    {
        for (const auto &f : fields)
            owner.*f.member = draw(f);
    }

    template <class Owner>
    double draw(const NumericField<Owner> &f)
    {
        switch (f.type) {
        case FieldType::Flag:
            return chance(0.5) ? 1.0 : 0.0;
        case FieldType::Integer:
            return integer(static_cast<int>(f.min), static_cast<int>(f.max));
        case FieldType::Real:
            break;
        }
        if (chance(0.05))
            return chance(0.5) ? f.min : f.max; // the edges of the range
        if (f.logScale) {
            const double lo = std::max(f.min, f.max * 1e-9);
            const double v = std::exp(uniform(std::log(lo), std::log(f.max)));
            return f.min == 0 && chance(0.1) ? 0.0 : std::clamp(v, f.min, f.max);
        }
        return uniform(f.min, f.max);
    }

    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
    int integer(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return uniform(0, 1) < p; }

    std::mt19937_64 m_rng;
};

bool identical(const SimulationResult &a, const SimulationResult &b)
{
    if (a.months != b.months || a.ranking != b.ranking || a.winner != b.winner || a.labs.size() != b.labs.size())
        return false;
    for (size_t j = 0; j < a.labs.size(); ++j) {
        const auto &x = a.labs[j];
        const auto &y = b.labs[j];
        if (x.compute_h100e != y.compute_h100e || x.training_run_flop != y.training_run_flop ||
            x.effective_flop_log10 != y.effective_flop_log10 || x.goodput != y.goodput ||
            x.allocation_efficiency != y.allocation_efficiency || x.rank != y.rank || x.asi_year != y.asi_year ||
            x.final_rank != y.final_rank)
            return false;
    }
    return true;
}

// Empty when the result has every property, else the first violation.
QString violation(const SimulationResult &r)
{
    const size_t months = r.months.size();
    const size_t labs = r.labs.size();
    for (const auto &lab : r.labs) {
        const QString who = QString::fromStdString(lab.name);
        for (const auto *series : {&lab.compute_h100e, &lab.training_run_flop, &lab.effective_flop_log10,
                                   &lab.goodput, &lab.allocation_efficiency, &lab.rank}) {
            if (series->size() != months)
                return who + ": series length";
            for (double v : *series)
                if (!std::isfinite(v))
                    return who + ": non-finite value";
        }
        for (size_t m = 0; m < months; ++m) {
            if (lab.compute_h100e[m] < 0)
                return who + ": negative capacity";
            if (lab.goodput[m] < 0 || lab.goodput[m] > 1 || lab.allocation_efficiency[m] < 0 ||
                lab.allocation_efficiency[m] > 1)
                return who + ": goodput or q outside [0, 1]";
            if (m > 0 && lab.effective_flop_log10[m] < lab.effective_flop_log10[m - 1])
                return who + ": capability decreased";
            if (m > 0 && lab.training_run_flop[m] < lab.training_run_flop[m - 1])
                return who + ": largest run shrank";
        }
        if (lab.asi_year && !(std::isfinite(*lab.asi_year) && *lab.asi_year >= r.months.front() &&
                              *lab.asi_year <= r.months.back()))
            return who + ": arrival outside the horizon";
    }
    for (size_t m = 0; m < months; ++m) {
        std::vector<int> ranks;
        for (const auto &lab : r.labs)
            ranks.push_back(static_cast<int>(lab.rank[m]));
        std::sort(ranks.begin(), ranks.end());
        for (size_t k = 0; k < labs; ++k)
            if (ranks[k] != static_cast<int>(k + 1))
                return QString("ranks are not a permutation in month %1").arg(m);
    }
    if (r.ranking.size() != labs)
        return "ranking misses labs";
    for (size_t k = 0; k < labs; ++k) {
        const auto it = std::find_if(r.labs.begin(), r.labs.end(), [&](const auto &l) { return l.name == r.ranking[k]; });
        if (it == r.labs.end() || it->final_rank != static_cast<int>(k + 1) || it->rank.back() != k + 1)
            return "final ranking disagrees with ranks";
    }
    if (r.winner && (!r.labs.empty() && r.ranking.front() != *r.winner))
        return "winner is not first";
    return {};
}

} // namespace

class TestSimulationProperties : public QObject
{
    Q_OBJECT
private slots:
    void randomValidScenariosKeepEveryProperty();
    void defaultScenarioKeepsEveryProperty();
};

void TestSimulationProperties::randomValidScenariosKeepEveryProperty()
{
    RandomScenarios generator(20251129);
    int withWinner = 0;
    for (int run = 0; run < 10000; ++run) {
        const Scenario s = generator.next();
        const auto problems = validate(s);
        QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().toString().c_str());
        const auto result = simulate(s);
        const QString why = violation(result);
        QVERIFY2(why.isEmpty(), qPrintable(QString("scenario %1: %2").arg(run).arg(why)));
        QVERIFY2(identical(result, simulate(s)), qPrintable(QString("scenario %1 is not deterministic").arg(run)));
        withWinner += result.winner ? 1 : 0;
    }
    // The draws cover both outcomes, so the properties were checked on races that end and that do not.
    QVERIFY(withWinner > 100 && withWinner < 9900);
}

void TestSimulationProperties::defaultScenarioKeepsEveryProperty()
{
    const auto result = simulate(defaultScenario());
    QVERIFY(violation(result).isEmpty());
    QVERIFY(identical(result, simulate(defaultScenario())));
}

QTEST_GUILESS_MAIN(TestSimulationProperties)
#include "tst_simulationproperties.moc"
