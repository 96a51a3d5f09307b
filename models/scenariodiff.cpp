#include "scenariodiff.h"

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
            change.baselineText = base.*field.member;
            change.text = other.*field.member;
            out.push_back(std::move(change));
        }
    }
    for (const auto &field : numeric) {
        if (!sameNumber(base.*field.member, other.*field.member)) {
            InputChange change;
            change.path = prefix + std::string(field.name);
            change.unit = std::string(field.unit);
            change.baselineValue = base.*field.member;
            change.value = other.*field.member;
            out.push_back(std::move(change));
        }
    }
}

InputChange presence(const std::string &path, bool inBaseline)
{
    InputChange change;
    change.path = path;
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

} // namespace

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
            out.push_back(presence(org.name, false));
    }
    for (const auto &org : baseline.organisations)
        if (!scenario.findOrganisation(org.name))
            out.push_back(presence(org.name, true));

    for (const auto &p : scenario.partnerships) {
        if (const Partnership *base = baseline.findPartnership(p.org_a, p.org_b))
            diffFields<Partnership>(p.key() + ".", *base, p, partnershipNumericFields(), partnershipTextFields(), out);
        else
            out.push_back(presence(p.key(), false));
    }
    for (const auto &p : baseline.partnerships)
        if (!scenario.findPartnership(p.org_a, p.org_b))
            out.push_back(presence(p.key(), true));

    const auto findDistribution = [](const Scenario &s, const std::string &path) -> const Distribution * {
        for (const auto &d : s.distributions)
            if (d.path == path)
                return &d;
        return nullptr;
    };
    for (const auto &d : scenario.distributions) {
        const Distribution *base = findDistribution(baseline, d.path);
        if (base && sameDistribution(*base, d))
            continue;
        InputChange change;
        change.path = "uncertainty of " + d.path;
        change.baselineText = base ? describe(*base) : "fixed";
        change.text = describe(d);
        out.push_back(std::move(change));
    }
    for (const auto &d : baseline.distributions) {
        if (findDistribution(scenario, d.path))
            continue;
        InputChange change;
        change.path = "uncertainty of " + d.path;
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
        change.path = "event " + formatEventMonth(e.year, e.month) + " " + e.path;
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
