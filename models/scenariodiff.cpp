#include "scenariodiff.h"

#include "fieldlabel.h"

#include "fieldpath.h"
#include "scheduledevents.h"

#include <algorithm>
#include <cmath>
#include <span>

namespace asirace {

namespace {

bool sameNumber(double a, double b)
{
    if (a == b || (std::isnan(a) && std::isnan(b)))
        return true;
    return std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b));
}

// Compares every numeric and text field of one table entry.
template <class Owner>
void diffFields(const std::string &prefix, const Owner &base, const Owner &other,
                std::span<const NumericField<Owner>> numeric, std::span<const TextField<Owner>> text,
                std::vector<InputChange> &out)
{
    for (const auto &field : text) {
        if (field.rule == TextRule::Free)
            continue; // descriptions and citations do not change the race
        if (base.*field.member != other.*field.member) {
            InputChange change;
            change.path = prefix + std::string(field.name);
            change.target = change.path;
            change.label = fieldPathLabel(change.path);
            change.baselineText = base.*field.member;
            change.text = other.*field.member;
            out.push_back(std::move(change));
        }
    }
    for (const auto &field : numeric) {
        if (!sameNumber(base.*field.member, other.*field.member)) {
            InputChange change;
            change.path = prefix + std::string(field.name);
            change.target = change.path;
            change.label = fieldPathLabel(change.path);
            change.unit = std::string(field.unit);
            change.baselineValue = base.*field.member;
            change.value = other.*field.member;
            out.push_back(std::move(change));
        }
    }
}

InputChange presence(ChangeKind kind, const std::string &path, bool inBaseline)
{
    InputChange change;
    change.kind = kind;
    change.path = path;
    change.target = path;
    change.label = (kind == ChangeKind::Organisation ? "organisation " : "partnership ") + path;
    change.baselineText = inBaseline ? "present" : "absent";
    change.text = inBaseline ? "absent" : "present";
    return change;
}

std::string describe(const Distribution &d)
{
    std::string text(distributionKindName(d.kind));
    if (d.kind == DistributionKind::Fixed)
        return text;
    text += "(" + formatValue(d.a) + ", " + formatValue(d.b);
    if (d.kind == DistributionKind::Triangular)
        text += ", " + formatValue(d.c);
    return text + ")";
}

bool sameDistribution(const Distribution &a, const Distribution &b)
{
    return a.kind == b.kind && sameNumber(a.a, b.a) && sameNumber(a.b, b.b) && sameNumber(a.c, b.c) &&
           sameNumber(a.lower, b.lower) && sameNumber(a.upper, b.upper);
}

// The unit of the numeric input at `path`, read from its field table.
std::string unitOf(const std::string &path)
{
    const auto fieldPath = FieldPath::parse(path);
    if (!fieldPath)
        return {};
    const auto spans = [&](auto numeric) -> std::string {
        const auto *f = findNumericField(numeric, fieldPath->field);
        return f ? std::string(f->unit) : std::string();
    };
    switch (fieldPath->owner) {
    case FieldPath::Owner::Assumptions: return spans(assumptionNumericFields());
    case FieldPath::Owner::Organisation: return spans(organisationNumericFields());
    case FieldPath::Owner::Partnership: return spans(partnershipNumericFields());
    }
    return {};
}

InputChange distributionChange(const std::string &path)
{
    InputChange change;
    change.kind = ChangeKind::Distribution;
    change.path = "uncertainty of " + path;
    change.label = "uncertainty of " + fieldPathLabel(path);
    change.target = path;
    change.unit = unitOf(path);
    return change;
}

template <class Items, class Match>
void eraseIf(Items &items, Match match)
{
    items.erase(std::remove_if(items.begin(), items.end(), match), items.end());
}

} // namespace

Scenario applyChange(const Scenario &baseline, const Scenario &scenario, const InputChange &change)
{
    Scenario out = baseline;
    const std::string &target = change.target;
    switch (change.kind) {
    case ChangeKind::Field:
        if (const auto text = readFieldPath(scenario, target))
            setFieldPath(out, target, *text);
        break;
    case ChangeKind::Organisation:
        if (const Organisation *org = scenario.findOrganisation(target)) {
            out.organisations.push_back(*org);
        } else {
            // Gone with everything that points to it, so the scenario stays valid.
            eraseIf(out.organisations, [&](const Organisation &o) { return o.name == target; });
            eraseIf(out.partnerships, [&](const Partnership &p) { return p.org_a == target || p.org_b == target; });
            eraseIf(out.distributions, [&](const Distribution &d) { return pathMentionsOrganisation(d.path, target); });
            eraseIf(out.events, [&](const ScheduledEvent &e) { return pathMentionsOrganisation(e.path, target); });
        }
        break;
    case ChangeKind::Partnership: {
        const Partnership *theirs = nullptr;
        for (const auto &p : scenario.partnerships)
            theirs = p.key() == target ? &p : theirs;
        if (theirs) {
            if (out.findOrganisation(theirs->org_a) && out.findOrganisation(theirs->org_b))
                out.partnerships.push_back(*theirs);
        } else {
            eraseIf(out.partnerships, [&](const Partnership &p) { return p.key() == target; });
            eraseIf(out.distributions, [&](const Distribution &d) {
                const auto path = FieldPath::parse(d.path);
                return path && path->owner == FieldPath::Owner::Partnership && path->ownerText() == target;
            });
        }
        break;
    }
    case ChangeKind::Distribution: {
        eraseIf(out.distributions, [&](const Distribution &d) { return d.path == target; });
        for (const auto &d : scenario.distributions)
            if (d.path == target)
                out.distributions.push_back(d);
        break;
    }
    case ChangeKind::Event: {
        const bool inScenario = change.text != "absent";
        const auto same = [&](const ScheduledEvent &e) {
            return e.year == change.event.year && e.month == change.event.month && e.path == change.event.path &&
                   sameNumber(e.value, change.event.value);
        };
        if (inScenario)
            out.events.push_back(change.event);
        else
            eraseIf(out.events, same);
        break;
    }
    }
    return out;
}

ScenarioSetDifferences diffScenarioSets(const std::vector<Scenario> &a, const std::vector<Scenario> &b,
                                        const std::vector<std::string> &only)
{
    const auto wanted = [&](const std::string &name) {
        return only.empty() || std::find(only.begin(), only.end(), name) != only.end();
    };
    const auto find = [](const std::vector<Scenario> &set, const std::string &name) -> const Scenario * {
        for (const auto &s : set)
            if (s.name == name)
                return &s;
        return nullptr;
    };
    ScenarioSetDifferences out;
    for (const auto &s : a) {
        if (!wanted(s.name))
            continue;
        if (const Scenario *other = find(b, s.name)) {
            auto changes = diffScenarios(s, *other);
            if (!changes.empty())
                out.scenarios.push_back({s.name, std::move(changes)});
        } else {
            out.onlyInA.push_back(s.name);
        }
    }
    for (const auto &s : b)
        if (wanted(s.name) && !find(a, s.name))
            out.onlyInB.push_back(s.name);
    return out;
}

std::vector<InputChange> diffScenarios(const Scenario &baseline, const Scenario &scenario)
{
    std::vector<InputChange> out;
    diffFields<Assumptions>("assumptions.", baseline.assumptions, scenario.assumptions, assumptionNumericFields(),
                            assumptionTextFields(), out);

    for (const auto &org : scenario.organisations) {
        if (const Organisation *base = baseline.findOrganisation(org.name))
            diffFields<Organisation>(org.name + ".", *base, org, organisationNumericFields(),
                                     organisationTextFields(), out);
        else
            out.push_back(presence(ChangeKind::Organisation, org.name, false));
    }
    for (const auto &org : baseline.organisations)
        if (!scenario.findOrganisation(org.name))
            out.push_back(presence(ChangeKind::Organisation, org.name, true));

    for (const auto &p : scenario.partnerships) {
        if (const Partnership *base = baseline.findPartnership(p.org_a, p.org_b))
            diffFields<Partnership>(p.key() + ".", *base, p, partnershipNumericFields(), partnershipTextFields(), out);
        else
            out.push_back(presence(ChangeKind::Partnership, p.key(), false));
    }
    for (const auto &p : baseline.partnerships)
        if (!scenario.findPartnership(p.org_a, p.org_b))
            out.push_back(presence(ChangeKind::Partnership, p.key(), true));

    for (const auto &d : scenario.distributions) {
        const Distribution *base = baseline.findDistribution(d.path);
        if (base && sameDistribution(*base, d))
            continue;
        InputChange change = distributionChange(d.path);
        change.baselineText = base ? describe(*base) : "fixed";
        change.text = describe(d);
        out.push_back(std::move(change));
    }
    for (const auto &d : baseline.distributions) {
        if (scenario.findDistribution(d.path))
            continue;
        InputChange change = distributionChange(d.path);
        change.baselineText = describe(d);
        change.text = "fixed";
        out.push_back(std::move(change));
    }

    // Events are compared whole (month, input and value; notes are citations):
    // one present in only one of the scenarios is a change.
    const auto sameEvent = [](const ScheduledEvent &a, const ScheduledEvent &b) {
        return a.year == b.year && a.month == b.month && a.path == b.path && sameNumber(a.value, b.value);
    };
    const auto eventChange = [](const ScheduledEvent &e, bool inBaseline) {
        InputChange change;
        change.kind = ChangeKind::Event;
        change.path = "event " + formatEventMonth(e.year, e.month) + " " + e.path;
        change.label = "event " + formatEventMonth(e.year, e.month) + " " + fieldPathLabel(e.path);
        change.target = e.path;
        change.event = e;
        change.unit = unitOf(e.path);
        (inBaseline ? change.baselineText : change.text) = "= " + formatValue(e.value);
        (inBaseline ? change.text : change.baselineText) = "absent";
        return change;
    };
    for (const auto &e : scenario.events)
        if (std::none_of(baseline.events.begin(), baseline.events.end(), [&](const auto &b) { return sameEvent(b, e); }))
            out.push_back(eventChange(e, false));
    for (const auto &e : baseline.events)
        if (std::none_of(scenario.events.begin(), scenario.events.end(), [&](const auto &s) { return sameEvent(s, e); }))
            out.push_back(eventChange(e, true));
    return out;
}

} // namespace asirace
