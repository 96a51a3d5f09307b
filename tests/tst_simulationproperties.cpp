// Properties every simulation must have, checked on random valid scenarios:
// every input drawn across its whole declared range. A user can type any
// valid value, so none may produce NaN before a lab's series ends, negative
// compute, a falling capability, a broken ranking or a result that differs
// between two runs; and more of a lab's own resources never delays that lab.
#include "builtinscenarios.h"
#include "simulator.h"
#include "validation.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <limits>
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

// Equal values, where an ended month (NaN) equals an ended month.
bool same(const std::vector<double> &x, const std::vector<double> &y)
{
    return std::equal(x.begin(), x.end(), y.begin(), y.end(),
                      [](double u, double v) { return u == v || (std::isnan(u) && std::isnan(v)); });
}

bool identical(const SimulationResult &a, const SimulationResult &b)
{
    if (a.months != b.months || a.ranking != b.ranking || a.winner != b.winner || a.labs.size() != b.labs.size())
        return false;
    for (size_t j = 0; j < a.labs.size(); ++j) {
        const auto &x = a.labs[j];
        const auto &y = b.labs[j];
        if (!same(x.compute_h100e, y.compute_h100e) || !same(x.training_run_flop, y.training_run_flop) ||
            !same(x.effective_flop_log10, y.effective_flop_log10) || !same(x.goodput, y.goodput) ||
            !same(x.allocation_efficiency, y.allocation_efficiency) || x.rank != y.rank || x.asi_year != y.asi_year ||
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
        // A series ends (NaN) only after its lab's ASI month, and then for good.
        size_t end = months;
        if (lab.asi_year)
            end = static_cast<size_t>(std::lround((*lab.asi_year - r.months.front()) * 12)) + 1;
        for (const auto *series : {&lab.compute_h100e, &lab.training_run_flop, &lab.effective_flop_log10,
                                   &lab.goodput, &lab.allocation_efficiency, &lab.revenue_usd, &lab.spend_usd,
                                   &lab.algorithmic_efficiency_log10}) {
            if (series->size() != months)
                return who + ": series length";
            for (size_t m = 0; m < months; ++m)
                if (std::isfinite((*series)[m]) != (m < end))
                    return who + QString(": value in month %1 is %2").arg(m).arg((*series)[m]);
        }
        for (double v : lab.rank)
            if (!std::isfinite(v))
                return who + ": non-finite rank";
        for (size_t m = 0; m < end; ++m) {
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
    void moreOwnResourcesNeverDelayTheLab();
    void moreChipSupplyNeverDelaysTheFirstAsi();
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

namespace {

// The month a lab reaches AGI and ASI, or `months` (beyond the horizon).
struct Arrival {
    int agi, asi;
};

Arrival arrivalOf(const SimulationResult &r, size_t lab)
{
    const auto month = [&](const std::optional<double> &year) {
        return year ? static_cast<int>(std::lround((*year - r.months.front()) * 12)) : static_cast<int>(r.months.size());
    };
    return {month(r.labs[lab].agi_year), month(r.labs[lab].asi_year)};
}

size_t orgIndexOfLab(const Scenario &s, size_t lab)
{
    size_t seen = 0;
    for (size_t i = 0; i < s.organisations.size(); ++i)
        if (s.organisations[i].isLab() && seen++ == lab)
            return i;
    return 0;
}

} // namespace

void TestSimulationProperties::moreOwnResourcesNeverDelayTheLab()
{
    // Each of a lab's own resources, times 1.5 or 3 (within the field's range),
    // on 1,000 random valid scenarios: the lab's own AGI and ASI never come later.
    const std::array<std::string_view, 7> resources{"compute_h100e", "ai_revenue_usd", "revenue_usd",
                                                    "outside_funding_usd", "research_talent", "willpower", "mfu"};
    RandomScenarios generator(20261201);
    std::mt19937_64 pick(7);
    int checked = 0, faster = 0;
    for (int run = 0; run < 1000; ++run) {
        Scenario s = generator.next();
        s.assumptions.end_year = std::min(s.assumptions.end_year, s.assumptions.start_year + 20);
        const auto base = simulate(s);
        const size_t lab = std::uniform_int_distribution<size_t>(0, base.labs.size() - 1)(pick);
        const std::string_view field = resources[std::uniform_int_distribution<size_t>(0, resources.size() - 1)(pick)];
        const double factor = run % 2 ? 1.5 : 3.0;
        Scenario more = s;
        auto &org = more.organisations[orgIndexOfLab(more, lab)];
        const auto *spec = findNumericField(organisationNumericFields(), field);
        QVERIFY(spec);
        double &value = org.*spec->member;
        const double before = value;
        value = std::min(spec->max, value * factor);
        const auto after = simulate(more);
        const Arrival a = arrivalOf(base, lab), b = arrivalOf(after, lab);
        QVERIFY2(b.agi <= a.agi && b.asi <= a.asi,
                 qPrintable(QString("scenario %1: %2.%3 %4 -> %5 delays it: AGI month %6 -> %7, ASI month %8 -> %9")
                                .arg(run).arg(QString::fromStdString(org.name)).arg(QString::fromUtf8(field.data(), int(field.size())))
                                .arg(before).arg(value).arg(a.agi).arg(b.agi).arg(a.asi).arg(b.asi)));
        ++checked;
        faster += (b.agi < a.agi || b.asi < a.asi) ? 1 : 0;
    }
    QCOMPARE(checked, 1000);
    // The property is not vacuous: many of the changes bring an arrival forward.
    QVERIFY2(faster > 25, qPrintable(QString("only %1 changes moved an arrival").arg(faster)));
}

void TestSimulationProperties::moreChipSupplyNeverDelaysTheFirstAsi()
{
    // Around the evidence baseline (every lab's resources and the world's
    // trends scaled by random factors of 0.5-2), three times the world's chip
    // supply never makes the first ASI later through chips. The market pull of
    // capability is off here: through the shared AI market, rivals' extra
    // chips can cost a lab that is behind the frontier revenue, and in a few
    // of these scenarios that delays the eventual winner by a month or two
    // (docs/MODEL.md, Limitations). The built-ins keep the market on below.
    std::mt19937_64 rng(20261202);
    auto factor = [&] { return std::exp(std::uniform_real_distribution<double>(std::log(0.5), std::log(2.0))(rng)); };
    const auto first = [](const SimulationResult &r) {
        int best = static_cast<int>(r.months.size());
        for (size_t j = 0; j < r.labs.size(); ++j)
            best = std::min(best, arrivalOf(r, j).asi);
        return best;
    };
    int arrived = 0;
    for (int run = 0; run < 300; ++run) {
        Scenario s = defaultScenario();
        s.assumptions.end_year = 2060;
        s.assumptions.capability_share_elasticity = 0;
        for (auto *v : {&s.assumptions.industry_supply_h100e, &s.assumptions.cluster_growth, &s.assumptions.ai_market_usd,
                        &s.assumptions.h100e_year_cost_usd, &s.assumptions.research_reference_h100e})
            *v *= factor();
        s.assumptions.cluster_growth = std::max(1.0, s.assumptions.cluster_growth);
        for (auto &org : s.organisations)
            for (auto *v : {&org.compute_h100e, &org.ai_revenue_usd, &org.revenue_usd, &org.outside_funding_usd,
                            &org.max_cluster_h100e})
                *v *= factor();
        QVERIFY(validate(s).empty());
        const int base = first(simulate(s));
        s.assumptions.industry_supply_h100e *= 3;
        const int after = first(simulate(s));
        QVERIFY2(after <= base, qPrintable(QString("scenario %1: first ASI month %2 -> %3").arg(run).arg(base).arg(after)));
        arrived += base < static_cast<int>(simulate(s).months.size()) ? 1 : 0;
    }
    QVERIFY(arrived > 100);
    // Every built-in, with the market on: less and more chip supply in steps.
    for (const auto &builtin : builtinScenarios()) {
        int previous = std::numeric_limits<int>::max();
        for (double scale : {0.3, 1.0, 3.0, 10.0}) {
            Scenario s = builtin;
            s.assumptions.end_year = 2060;
            s.assumptions.industry_supply_h100e *= scale;
            const int month = first(simulate(s));
            QVERIFY2(month <= previous, qPrintable(QString::fromStdString(builtin.name) + QString(": supply x%1").arg(scale)));
            previous = month;
        }
    }
}

QTEST_GUILESS_MAIN(TestSimulationProperties)
#include "tst_simulationproperties.moc"
