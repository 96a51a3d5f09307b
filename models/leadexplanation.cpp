#include "leadexplanation.h"

#include "fieldpath.h"
#include "organisation.h"
#include "simulator.h"

#include <algorithm>

namespace asirace {
namespace {

// ASI months (-1: not within the horizon) and the final order of one
// deterministic run. runOutcome() stops once the ranking is settled, which
// leaves every arrival and the first places as the full run has them.
struct Outcome {
    int months = 0;
    double startYear = 0;
    std::vector<int> asiMonth; // per organisation
    std::vector<int> order;    // organisation indices, leader first
};

Outcome runDeterministic(const Scenario &scenario)
{
    thread_local SimPlan plan;
    thread_local SimState state;
    compilePlan(scenario, plan);
    runOutcome(plan, state);
    return Outcome{plan.months, plan.startYear, state.asiMonth, state.order};
}

int indexOf(const Scenario &s, std::string_view name)
{
    for (size_t i = 0; i < s.organisations.size(); ++i)
        if (s.organisations[i].name == name)
            return static_cast<int>(i);
    return -1;
}

bool contains(std::span<const DriverGroup *const> groups, const DriverGroup *g)
{
    return g && std::find(groups.begin(), groups.end(), g) != groups.end();
}

// The leader and the runner-up exchange places in a partnership or an event's path.
std::string exchange(const std::string &name, std::string_view a, std::string_view b)
{
    if (name == a)
        return std::string(b);
    if (name == b)
        return std::string(a);
    return name;
}

struct Involvement {
    bool leader = false;
    bool runnerUp = false;
};

Involvement involvement(std::string_view orgA, std::string_view orgB, std::string_view leader, std::string_view runnerUp)
{
    return {orgA == leader || orgB == leader, orgA == runnerUp || orgB == runnerUp};
}

void copyGroupFields(Organisation &to, const Organisation &from, const DriverGroup &group)
{
    for (auto name : group.fields)
        if (const auto *f = findNumericField(organisationNumericFields(), name))
            to.*f->member = from.*f->member;
}

// What becomes of one event: kept or dropped, and an image for the leader.
struct EventFate {
    bool keep = true;
    std::optional<ScheduledEvent> image;
};

EventFate eventFate(const ScheduledEvent &e, std::string_view leader, std::string_view runnerUp,
                    std::span<const DriverGroup *const> groups, bool terms)
{
    EventFate fate;
    auto path = FieldPath::parse(e.path);
    if (!path)
        return fate;
    if (path->owner == FieldPath::Owner::Organisation) {
        if (!contains(groups, driverGroupOfField(path->field)))
            return fate;
        if (path->org == leader)
            fate.keep = false;
        if (path->org == runnerUp) {
            path->org = std::string(leader);
            fate.image = e;
            fate.image->path = path->text();
        }
    } else if (path->owner == FieldPath::Owner::Partnership && terms) {
        const auto who = involvement(path->org, path->orgB, leader, runnerUp);
        if (who.leader)
            fate.keep = false;
        if (who.runnerUp) {
            path->org = exchange(path->org, leader, runnerUp);
            path->orgB = exchange(path->orgB, leader, runnerUp);
            fate.image = e;
            fate.image->path = path->text();
        }
    }
    return fate;
}

int monthsFrom(int base, int month, int horizon, bool &atLeast)
{
    atLeast = month < 0;
    return (atLeast ? horizon : month) - base;
}

} // namespace

std::optional<int> LeadExplanation::residualMonths() const
{
    if (!explained() || leadAtLeast)
        return std::nullopt;
    int sum = 0;
    for (const auto &d : drivers) {
        if (d.atLeast)
            return std::nullopt;
        sum += d.months;
    }
    return leadMonths - sum;
}

Scenario counterfactualScenario(const Scenario &scenario, std::string_view leader, std::string_view runnerUp,
                                std::span<const DriverGroup *const> groups)
{
    Scenario out = scenario;
    out.distributions.clear();
    Organisation *to = out.findOrganisation(leader);
    const Organisation *from = scenario.findOrganisation(runnerUp);
    if (!to || !from || leader == runnerUp)
        return out;
    const bool terms = std::any_of(groups.begin(), groups.end(), [](const DriverGroup *g) { return g && g->partnershipTerms; });
    for (const DriverGroup *g : groups)
        if (g)
            copyGroupFields(*to, *from, *g);

    out.events.clear();
    for (const auto &e : scenario.events) {
        auto fate = eventFate(e, leader, runnerUp, groups, terms);
        if (fate.keep)
            out.events.push_back(e);
        if (fate.image)
            out.events.push_back(std::move(*fate.image));
    }

    if (terms) {
        out.partnerships.clear();
        for (const auto &p : scenario.partnerships) {
            const auto who = involvement(p.org_a, p.org_b, leader, runnerUp);
            if (!who.leader)
                out.partnerships.push_back(p);
            if (who.runnerUp) {
                Partnership image = p;
                image.org_a = exchange(p.org_a, leader, runnerUp);
                image.org_b = exchange(p.org_b, leader, runnerUp);
                out.partnerships.push_back(std::move(image));
            }
        }
    }
    return out;
}

namespace {

// explainPair() with the scenario's own run already done (`base`).
LeadExplanation explainAgainst(const Scenario &scenario, std::string_view lab, std::string_view rival,
                               const std::optional<Outcome> &baseRun, const std::atomic<bool> *cancel)
{
    LeadExplanation x;
    x.leader = std::string(lab);
    x.runnerUp = std::string(rival);
    auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    const int li = indexOf(scenario, lab);
    const int ri = indexOf(scenario, rival);
    if (li < 0 || ri < 0 || li == ri || !scenario.organisations[static_cast<size_t>(li)].isLab() ||
        !scenario.organisations[static_cast<size_t>(ri)].isLab()) {
        x.status = LeadExplanation::Status::NoRunnerUp;
        return x;
    }
    if (cancelled()) {
        x.status = LeadExplanation::Status::Cancelled;
        return x;
    }
    const Outcome base = baseRun ? *baseRun : runDeterministic(scenario);
    const auto yearOf = [&](int month) -> std::optional<double> {
        if (month < 0)
            return std::nullopt;
        return base.startYear + month / 12.0;
    };
    x.horizonEndYear = base.startYear + base.months / 12.0;
    const int leaderMonth = base.asiMonth[static_cast<size_t>(li)];
    const int rivalMonth = base.asiMonth[static_cast<size_t>(ri)];
    x.leaderArrivalYear = yearOf(leaderMonth);
    x.runnerUpArrivalYear = yearOf(rivalMonth);
    if (leaderMonth < 0) {
        x.status = LeadExplanation::Status::NoArrival;
        return x;
    }
    x.leadMonths = monthsFrom(leaderMonth, rivalMonth, base.months, x.leadAtLeast);

    auto swap = [&](std::span<const DriverGroup *const> groups, DriverEffect &effect) {
        const Outcome cf = runDeterministic(counterfactualScenario(scenario, lab, rival, groups));
        const int month = cf.asiMonth[static_cast<size_t>(li)];
        effect.months = monthsFrom(leaderMonth, month, base.months, effect.atLeast);
        effect.arrivalYear = yearOf(month);
    };
    std::vector<const DriverGroup *> all;
    for (const auto &g : driverGroups()) {
        if (cancelled()) {
            x.status = LeadExplanation::Status::Cancelled;
            return x;
        }
        DriverEffect effect;
        effect.group = &g;
        const DriverGroup *one[] = {&g};
        swap(one, effect);
        x.drivers.push_back(effect);
        all.push_back(&g);
    }
    if (cancelled()) {
        x.status = LeadExplanation::Status::Cancelled;
        return x;
    }
    swap(all, x.allGroups);
    x.status = LeadExplanation::Status::Explained;
    return x;
}

} // namespace

LeadExplanation explainPair(const Scenario &scenario, std::string_view lab, std::string_view rival,
                            const std::atomic<bool> *cancel)
{
    return explainAgainst(scenario, lab, rival, std::nullopt, cancel);
}

LeadExplanation explainLead(const Scenario &scenario, const std::atomic<bool> *cancel)
{
    const Outcome base = runDeterministic(scenario);
    LeadExplanation x;
    if (base.order.empty()) {
        x.status = LeadExplanation::Status::NoRunnerUp;
        return x;
    }
    const auto name = [&](size_t pos) { return scenario.organisations[static_cast<size_t>(base.order[pos])].name; };
    x.leader = name(0);
    x.horizonEndYear = base.startYear + base.months / 12.0;
    if (base.asiMonth[static_cast<size_t>(base.order[0])] < 0) {
        x.status = LeadExplanation::Status::NoArrival;
        if (base.order.size() > 1)
            x.runnerUp = name(1);
        return x;
    }
    if (base.order.size() < 2) {
        x.status = LeadExplanation::Status::NoRunnerUp;
        x.leaderArrivalYear = base.startYear + base.asiMonth[static_cast<size_t>(base.order[0])] / 12.0;
        return x;
    }
    return explainAgainst(scenario, x.leader, name(1), base, cancel);
}

} // namespace asirace
