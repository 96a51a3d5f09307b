// Why a lab leads (models/leadexplanation.h): the driver groups cover every
// input of a lab once, and on random valid scenarios the attribution has the
// properties that really hold for one-group-at-a-time counterfactuals:
// - twins (a lab and an exact copy with its own deals) have no lead and no driver;
// - swapping every group makes the leader the runner-up's twin: both arrive in
//   the same month of that counterfactual run;
// - a group whose inputs the two labs share contributes exactly nothing;
// - each driver is the leader's arrival in the counterfactual scenario minus
//   its own, with the remaining horizon as a flagged lower bound;
// - the leader and runner-up are the ranking's first two; nothing is NaN.
// No test requires a particular lab to win.
#include "builtinscenarios.h"
#include "fieldpath.h"
#include "leadexplanation.h"
#include "organisation.h"
#include "randomscenario.h"
#include "simulator.h"
#include "validation.h"

#include <QTest>

#include <cmath>
#include <set>

using namespace asirace;

namespace {

constexpr int kScenarios = 160;

std::vector<const DriverGroup *> allGroups()
{
    std::vector<const DriverGroup *> all;
    for (const auto &g : driverGroups())
        all.push_back(&g);
    return all;
}

const LabSeries *labIn(const SimulationResult &r, const std::string &name)
{
    for (const auto &lab : r.labs)
        if (lab.name == name)
            return &lab;
    return nullptr;
}

// Whole months from the start of the horizon to `year`, or -1.
int monthOf(const Scenario &s, const std::optional<double> &year)
{
    return year ? static_cast<int>(std::lround((*year - std::floor(s.assumptions.start_year)) * 12)) : -1;
}

int horizonMonths(const Scenario &s)
{
    return static_cast<int>(std::floor(s.assumptions.end_year) - std::floor(s.assumptions.start_year) + 1) * 12;
}

std::vector<Scenario> racingScenarios(std::uint64_t seed)
{
    testing::RandomScenarioOptions options;
    options.minOrganisations = 2;
    options.maxOrganisations = 6;
    options.maxPartnerships = 6;
    return testing::randomScenarios(seed, kScenarios, options);
}

std::vector<std::string> labNames(const Scenario &s)
{
    std::vector<std::string> labs;
    for (const auto &o : s.organisations)
        if (o.isLab())
            labs.push_back(o.name);
    return labs;
}

// `s` with a twin of lab `name`: the same inputs, the same dated events and
// copies of every deal it is a party to, under another name.
std::string addTwin(Scenario &s, const std::string &name)
{
    Organisation twin = *s.findOrganisation(name);
    twin.name = "Twin";
    s.organisations.push_back(twin);
    const auto partnerships = s.partnerships;
    for (const auto &p : partnerships) {
        if (p.org_a != name && p.org_b != name)
            continue;
        Partnership copy = p;
        copy.org_a = p.org_a == name ? twin.name : p.org_a;
        copy.org_b = p.org_b == name ? twin.name : p.org_b;
        s.partnerships.push_back(copy);
    }
    const auto events = s.events;
    for (const auto &e : events) {
        if (!pathMentionsOrganisation(e.path, name))
            continue;
        ScheduledEvent copy = e;
        copy.path = renameOrganisationInPath(e.path, name, twin.name);
        s.events.push_back(copy);
    }
    return twin.name;
}

bool dealBetween(const Scenario &s, const std::string &a, const std::string &b)
{
    return s.findPartnership(a, b) || s.findPartnership(b, a);
}

QString describe(const Scenario &s, const LeadExplanation &x)
{
    return QStringLiteral("%1: %2 vs %3, lead %4").arg(QString::fromStdString(s.name), QString::fromStdString(x.leader),
                                                      QString::fromStdString(x.runnerUp)).arg(x.leadMonths);
}

} // namespace

class TestLeadExplanation : public QObject
{
    Q_OBJECT
private slots:
    void groupsCoverEveryLabInputOnce();
    void baselineDriversAreCounterfactualRuns();
    void twinsHaveNoLeadAndNoDriver();
    void swappingEveryGroupMakesTwins();
    void sharedGroupContributesNothing();
    void randomExplanationsAreConsistent();
    void partnershipsMoveToTheLeader();
    void noArrivalAndSingleLab();
    void cancelStops();
};

void TestLeadExplanation::groupsCoverEveryLabInputOnce()
{
    std::set<std::string_view> names;
    int withTerms = 0;
    for (const auto &g : driverGroups()) {
        QVERIFY2(names.insert(g.name).second, g.name.data());
        QVERIFY(!g.label.empty() && !g.description.empty());
        withTerms += g.partnershipTerms ? 1 : 0;
        for (auto field : g.fields)
            QVERIFY2(findNumericField(organisationNumericFields(), field), field.data());
    }
    QCOMPARE(withTerms, 1);
    QCOMPARE(driverGroups().size(), size_t(6));
    for (const auto &f : organisationNumericFields()) {
        int holders = 0;
        for (const auto &g : driverGroups())
            holders += int(std::count(g.fields.begin(), g.fields.end(), f.name));
        QVERIFY2(holders == 1, f.name.data());
        QCOMPARE(driverGroupOfField(f.name) != nullptr, true);
    }
}

void TestLeadExplanation::baselineDriversAreCounterfactualRuns()
{
    for (const Scenario &s : builtinScenarios()) {
        const SimulationResult result = simulate(s);
        const LeadExplanation x = explainLead(s);
        if (!result.winner) {
            QCOMPARE(x.status, LeadExplanation::Status::NoArrival);
            continue;
        }
        QVERIFY2(x.explained(), s.name.c_str());
        QCOMPARE(x.leader, result.ranking.at(0));
        QCOMPARE(x.runnerUp, result.ranking.at(1));
        const int leaderMonth = monthOf(s, labIn(result, x.leader)->asi_year);
        const auto rival = labIn(result, x.runnerUp)->asi_year;
        QCOMPARE(x.leadAtLeast, !rival.has_value());
        QCOMPARE(x.leadMonths, (rival ? monthOf(s, rival) : horizonMonths(s)) - leaderMonth);
        QCOMPARE(x.drivers.size(), driverGroups().size());
        // Each driver through the full simulation of its counterfactual scenario.
        for (const auto &d : x.drivers) {
            const DriverGroup *one[] = {d.group};
            const Scenario cf = counterfactualScenario(s, x.leader, x.runnerUp, one);
            QVERIFY2(validate(cf).empty(), d.group->name.data());
            const auto arrival = labIn(simulate(cf), x.leader)->asi_year;
            QCOMPARE(d.atLeast, !arrival.has_value());
            QCOMPARE(d.months, (arrival ? monthOf(s, arrival) : horizonMonths(s)) - leaderMonth);
            // Positive means the leader would arrive later with the runner-up's values.
            if (d.months > 0 && arrival)
                QVERIFY(*arrival > *labIn(result, x.leader)->asi_year);
        }
    }
}

void TestLeadExplanation::twinsHaveNoLeadAndNoDriver()
{
    int explained = 0;
    for (Scenario s : racingScenarios(11)) {
        const auto labs = labNames(s);
        const std::string lab = labs.front();
        const std::string twin = addTwin(s, lab);
        QVERIFY2(validate(s).empty(), s.name.c_str());
        for (const auto &[a, b] : {std::pair{lab, twin}, std::pair{twin, lab}}) {
            const LeadExplanation x = explainPair(s, a, b);
            if (!x.explained())
                continue;
            ++explained;
            QVERIFY2(x.leadMonths == 0 && !x.leadAtLeast, qPrintable(describe(s, x)));
            for (const auto &d : x.drivers)
                QVERIFY2(d.months == 0 && !d.atLeast, qPrintable(describe(s, x) + " " + d.group->name.data()));
            QCOMPARE(x.allGroups.months, 0);
            QCOMPARE(x.residualMonths(), std::optional<int>(0));
        }
    }
    QVERIFY2(explained >= 20, qPrintable(QString::number(explained))); // not vacuous
}

void TestLeadExplanation::swappingEveryGroupMakesTwins()
{
    const auto all = allGroups();
    int checked = 0;
    // The built-ins carry dated funding rounds and deals with third parties;
    // a deal between the two themselves is mirrored, not shared, so it goes.
    std::vector<Scenario> scenarios = racingScenarios(23);
    for (Scenario s : builtinScenarios()) {
        const LeadExplanation first = explainLead(s);
        if (!first.explained())
            continue;
        const auto between = [&](const std::string &path) {
            return pathMentionsOrganisation(path, first.leader) && pathMentionsOrganisation(path, first.runnerUp);
        };
        std::erase_if(s.partnerships, [&](const Partnership &p) { return between(p.key() + ".x"); });
        std::erase_if(s.events, [&](const ScheduledEvent &e) { return between(e.path); });
        std::erase_if(s.distributions, [&](const Distribution &d) { return between(d.path); });
        scenarios.insert(scenarios.begin(), s);
    }
    for (const Scenario &s : scenarios) {
        const LeadExplanation x = explainLead(s);
        if (!x.explained() || dealBetween(s, x.leader, x.runnerUp))
            continue;
        ++checked;
        const Scenario cf = counterfactualScenario(s, x.leader, x.runnerUp, all);
        QVERIFY2(validate(cf).empty(), qPrintable(describe(s, x)));
        const SimulationResult r = simulate(cf);
        // Twins in the counterfactual run: same inputs, same deals, same events.
        QVERIFY2(labIn(r, x.leader)->asi_year == labIn(r, x.runnerUp)->asi_year, qPrintable(describe(s, x)));
        QCOMPARE(x.allGroups.arrivalYear, labIn(r, x.leader)->asi_year);
    }
    QVERIFY2(checked >= 20, qPrintable(QString::number(checked)));
}

void TestLeadExplanation::sharedGroupContributesNothing()
{
    int checked = 0;
    for (const Scenario &original : racingScenarios(37)) {
        const LeadExplanation first = explainLead(original);
        if (!first.explained())
            continue;
        for (const auto &g : driverGroups()) {
            if (g.partnershipTerms)
                continue; // deals name their parties, so they are never "the same" as a rival's
            Scenario s = original;
            Organisation *rival = s.findOrganisation(first.runnerUp);
            const Organisation *lab = s.findOrganisation(first.leader);
            for (auto field : g.fields) {
                const auto *f = findNumericField(organisationNumericFields(), field);
                rival->*f->member = lab->*f->member;
            }
            // Dated changes of the group's inputs would make them differ again.
            std::erase_if(s.events, [&](const ScheduledEvent &e) {
                const auto path = FieldPath::parse(e.path);
                return path && path->owner == FieldPath::Owner::Organisation &&
                       (path->org == first.leader || path->org == first.runnerUp) &&
                       driverGroupOfField(path->field) == &g;
            });
            const LeadExplanation x = explainPair(s, first.leader, first.runnerUp);
            if (!x.explained())
                continue;
            ++checked;
            const auto &d = x.drivers[size_t(&g - driverGroups().data())];
            QVERIFY2(d.months == 0 && !d.atLeast, qPrintable(describe(s, x) + " " + g.name.data()));
        }
    }
    QVERIFY2(checked >= 50, qPrintable(QString::number(checked)));
}

void TestLeadExplanation::randomExplanationsAreConsistent()
{
    int explained = 0;
    for (const Scenario &s : racingScenarios(41)) {
        const LeadExplanation x = explainLead(s);
        const SimulationResult r = simulate(s);
        if (!r.ranking.empty())
            QCOMPARE(x.leader, r.ranking.front());
        if (!x.explained()) {
            QVERIFY(x.status != LeadExplanation::Status::Cancelled);
            QCOMPARE(x.status == LeadExplanation::Status::NoArrival, !r.winner.has_value());
            QCOMPARE(x.status == LeadExplanation::Status::NoRunnerUp, r.winner && labNames(s).size() == 1);
            continue;
        }
        ++explained;
        QCOMPARE(x.runnerUp, r.ranking.at(1));
        QVERIFY(x.leaderArrivalYear && std::isfinite(*x.leaderArrivalYear));
        QVERIFY(std::isfinite(x.horizonEndYear) && x.horizonEndYear > *x.leaderArrivalYear);
        QVERIFY(x.leadMonths >= 0); // the ranking puts the earlier arrival first
        QCOMPARE(x.leadAtLeast, !x.runnerUpArrivalYear.has_value());
        const int leaderMonth = monthOf(s, x.leaderArrivalYear);
        const int remaining = horizonMonths(s) - leaderMonth;
        int sum = 0;
        bool bound = x.leadAtLeast;
        for (const auto &d : x.drivers) {
            QCOMPARE(d.atLeast, !d.arrivalYear.has_value());
            QVERIFY(d.months >= -leaderMonth && d.months <= remaining);
            if (d.atLeast)
                QCOMPARE(d.months, remaining);
            else
                QVERIFY(std::isfinite(*d.arrivalYear) && d.months < remaining);
            sum += d.months;
            bound = bound || d.atLeast;
        }
        QCOMPARE(x.residualMonths().has_value(), !bound);
        if (!bound)
            QCOMPARE(*x.residualMonths(), x.leadMonths - sum);
        // Deterministic: the same explanation twice.
        const LeadExplanation again = explainLead(s);
        QCOMPARE(again.leadMonths, x.leadMonths);
        for (size_t i = 0; i < x.drivers.size(); ++i)
            QCOMPARE(again.drivers[i].months, x.drivers[i].months);
    }
    QVERIFY2(explained >= 20, qPrintable(QString::number(explained)));
}

void TestLeadExplanation::partnershipsMoveToTheLeader()
{
    Scenario s;
    s.name = "deals";
    for (const char *name : {"L", "R", "P", "X"}) {
        Organisation o;
        o.name = name;
        o.kind = std::string(name) == "P" ? "provider" : "lab";
        s.organisations.push_back(o);
    }
    auto deal = [&](const char *a, const char *b, double investment) {
        Partnership p;
        p.org_a = a;
        p.org_b = b;
        p.investment_usd_per_year = investment;
        s.partnerships.push_back(p);
    };
    deal("P", "R", 1e9);  // the runner-up's investor
    deal("P", "L", 2e9);  // the leader's investor
    deal("L", "R", 3e9);  // the leader invests in the runner-up
    deal("R", "X", 4e9);  // the runner-up invests in another lab
    ScheduledEvent e;
    e.year = 2027;
    e.path = "P/R.investment_usd_per_year";
    e.value = 5e9;
    s.events.push_back(e);
    e.path = "P/L.investment_usd_per_year";
    s.events.push_back(e);
    e.path = "R.caution";
    e.value = 0.5;
    s.events.push_back(e);

    const DriverGroup *terms[] = {findDriverGroup("partnerships")};
    const Scenario cf = counterfactualScenario(s, "L", "R", terms);
    QVERIFY(validate(cf).empty());
    std::set<std::string> keys;
    for (const auto &p : cf.partnerships)
        keys.insert(p.key());
    QCOMPARE(keys, (std::set<std::string>{"P/R", "P/L", "R/L", "R/X", "L/X"}));
    QCOMPARE(cf.findPartnership("P", "L")->investment_usd_per_year, 1e9); // the runner-up's terms
    QCOMPARE(cf.findPartnership("R", "L")->investment_usd_per_year, 3e9); // the deal between them, mirrored
    QCOMPARE(cf.findPartnership("L", "X")->investment_usd_per_year, 4e9);
    std::set<std::string> paths;
    for (const auto &ev : cf.events)
        paths.insert(ev.path);
    // The leader's own event is gone, the runner-up's is copied; caution is not a term.
    QCOMPARE(paths, (std::set<std::string>{"P/R.investment_usd_per_year", "P/L.investment_usd_per_year", "R.caution"}));
    QCOMPARE(cf.events.size(), size_t(3));

    const DriverGroup *caution[] = {findDriverGroup("caution")};
    const Scenario careful = counterfactualScenario(s, "L", "R", caution);
    QCOMPARE(careful.partnerships.size(), s.partnerships.size());
    QVERIFY(std::any_of(careful.events.begin(), careful.events.end(), [](const auto &ev) { return ev.path == "L.caution"; }));
}

void TestLeadExplanation::noArrivalAndSingleLab()
{
    Scenario s = defaultScenario();
    s.assumptions.agi_log10_flop = 45; // nobody gets there
    const LeadExplanation none = explainLead(s);
    QCOMPARE(none.status, LeadExplanation::Status::NoArrival);
    QVERIFY(none.drivers.empty());
    QVERIFY(!none.residualMonths());

    Scenario one = defaultScenario();
    const std::string first = simulate(one).ranking.front();
    std::erase_if(one.organisations, [&](const Organisation &o) { return o.isLab() && o.name != first; });
    std::erase_if(one.partnerships, [&](const Partnership &p) { return !one.findOrganisation(p.org_a) || !one.findOrganisation(p.org_b); });
    std::erase_if(one.events, [&](const ScheduledEvent &e) { return !readFieldPath(one, e.path); });
    one.distributions.clear();
    const LeadExplanation single = explainLead(one);
    QCOMPARE(single.status, LeadExplanation::Status::NoRunnerUp);
    QVERIFY(single.drivers.empty());
}

void TestLeadExplanation::cancelStops()
{
    std::atomic<bool> cancel{true};
    const LeadExplanation x = explainLead(defaultScenario(), &cancel);
    QVERIFY(x.status == LeadExplanation::Status::Cancelled || x.status == LeadExplanation::Status::NoArrival);
    QVERIFY(x.drivers.empty());
}

QTEST_APPLESS_MAIN(TestLeadExplanation)
#include "tst_leadexplanation.moc"
