#include "validation.h"

#include "distributionfields.h"
#include "fieldpath.h"
#include "scheduledevents.h"

#include <cmath>
#include <map>
#include <set>

namespace asirace {
namespace {

std::string allowedText(TextRule rule, std::span<const std::string_view> choices)
{
    switch (rule) {
    case TextRule::Name: return "1-64 characters without '/' or '.'";
    case TextRule::Colour: return "#rrggbb";
    case TextRule::Choice: return formatChoices(choices);
    case TextRule::Free: return "any text";
    }
    return {};
}

template <class Owner>
void checkFields(const Owner &owner, const std::string &object,
                 std::span<const NumericField<Owner>> numeric,
                 std::span<const TextField<Owner>> text, std::vector<Problem> &problems)
{
    for (const auto &field : numeric) {
        const double value = owner.*field.member;
        auto reason = checkNumeric(value, field.min, field.max, field.type);
        if (!reason.empty()) {
            problems.push_back({object, std::string(field.name), formatValue(value),
                                formatRange(field.min, field.max), reason});
        }
    }
    for (const auto &field : text) {
        const auto &value = owner.*field.member;
        auto reason = checkText(value, field.rule, field.choices);
        if (!reason.empty()) {
            problems.push_back({object, std::string(field.name), "\"" + value + "\"",
                                allowedText(field.rule, field.choices), reason});
        }
    }
}

void checkScenarioLevel(const Scenario &s, std::vector<Problem> &problems)
{
    if (s.name.empty())
        problems.push_back({"scenario", "name", "\"\"", "non-empty text", "is empty"});
    std::set<std::string> names;
    int labs = 0;
    for (const auto &org : s.organisations) {
        if (!org.name.empty() && !names.insert(org.name).second)
            problems.push_back({"organisation '" + org.name + "'", "name", "\"" + org.name + "\"",
                                "unique names", "is used by another organisation"});
        labs += org.isLab() ? 1 : 0;
    }
    if (labs == 0)
        problems.push_back({"scenario", "organisations", std::to_string(s.organisations.size()),
                            "at least one lab", "has no racing lab"});
    const auto &a = s.assumptions;
    if (a.end_year <= a.start_year)
        problems.push_back({"assumptions", "end_year", formatValue(a.end_year),
                            "after start_year (" + formatValue(a.start_year) + ")",
                            "must be after start_year"});

    std::set<std::string> pairs;
    for (const auto &p : s.partnerships) {
        const std::string object = "partnership '" + p.key() + "'";
        for (const auto *end : {&p.org_a, &p.org_b}) {
            if (!end->empty() && !s.findOrganisation(*end))
                problems.push_back({object, end == &p.org_a ? "org_a" : "org_b", "\"" + *end + "\"",
                                    "an organisation of this scenario", "names no organisation"});
        }
        if (p.org_a == p.org_b && !p.org_a.empty())
            problems.push_back({object, "org_b", "\"" + p.org_b + "\"", "a different organisation",
                                "is the same as org_a"});
        if (!pairs.insert(p.key()).second)
            problems.push_back({object, "org_b", "\"" + p.org_b + "\"", "one partnership per pair",
                                "duplicates another partnership"});
        if (p.end_year < p.start_year)
            problems.push_back({object, "end_year", formatValue(p.end_year),
                                "not before start_year (" + formatValue(p.start_year) + ")",
                                "is before start_year"});
    }
}

void checkDistributions(const Scenario &s, std::vector<Problem> &problems)
{
    for (const auto &d : s.distributions) {
        const std::string object = "distribution '" + d.path + "'";
        FieldPathError error;
        auto ref = resolveNumericPath(s, d.path, &error);
        if (!ref) {
            problems.push_back({object, "path", "\"" + d.path + "\"", "an existing numeric field", error.message});
            continue;
        }
        checkFields<Distribution>(d, object, distributionNumericFields(), distributionTextFields(), problems);
        if (d.kind != DistributionKind::Fixed && d.lower > d.upper)
            problems.push_back({object, "upper", formatValue(d.upper),
                                ">= lower (" + formatValue(d.lower) + ")", "is below lower"});
        if ((d.kind == DistributionKind::Normal || d.kind == DistributionKind::Lognormal) && d.b < 0)
            problems.push_back({object, "b", formatValue(d.b), ">= 0", "spread is negative"});
        if (d.kind == DistributionKind::Lognormal && d.a <= 0)
            problems.push_back({object, "a", formatValue(d.a), "> 0", "lognormal median must be positive"});
        if (d.kind == DistributionKind::Uniform && d.a > d.b)
            problems.push_back({object, "b", formatValue(d.b), ">= a", "high is below low"});
        if (d.kind == DistributionKind::Triangular && !(d.a <= d.b && d.b <= d.c))
            problems.push_back({object, "b", formatValue(d.b), "a <= b <= c", "mode is outside [low, high]"});
    }
}

// Factor names are unique; loadings are correlations in [-1, 1] on existing
// inputs, and no input's loadings may explain more than all of its variance.
void checkFactors(const Scenario &s, std::vector<Problem> &problems)
{
    std::map<std::string, double> squares;
    std::set<std::string> names;
    for (const auto &f : s.factors) {
        const std::string object = "factor '" + f.name + "'";
        if (f.name.empty())
            problems.push_back({object, "name", "\"\"", "a name", "is empty"});
        else if (!names.insert(f.name).second)
            problems.push_back({object, "name", "\"" + f.name + "\"", "one factor per name", "duplicates another factor"});
        for (const auto &l : f.loadings) {
            FieldPathError error;
            if (!resolveNumericPath(s, l.path, &error)) {
                problems.push_back({object, "loadings", "\"" + l.path + "\"", "an existing numeric field", error.message});
                continue;
            }
            if (!std::isfinite(l.loading) || l.loading < -1 || l.loading > 1) {
                problems.push_back({object, "loading", formatValue(l.loading), "[-1, 1]", "is not a correlation"});
                continue;
            }
            squares[l.path] += l.loading * l.loading;
        }
    }
    for (const auto &[path, sum] : squares)
        if (sum > 1 + 1e-9)
            problems.push_back({"input '" + path + "'", "loadings", formatValue(sum), "at most 1",
                                "its factor loadings add up to more than 1 in squares"});
}

} // namespace

std::string Problem::toString() const
{
    std::string out = object;
    if (!field.empty())
        out += "." + field;
    out += ": " + value + " " + message;
    if (message.find(allowed) == std::string::npos && !allowed.empty())
        out += " (allowed: " + allowed + ")";
    return out;
}

std::vector<Problem> validate(const Scenario &scenario)
{
    std::vector<Problem> problems;
    checkScenarioLevel(scenario, problems);
    checkFields<Assumptions>(scenario.assumptions, "assumptions", assumptionNumericFields(),
                             assumptionTextFields(), problems);
    for (const auto &org : scenario.organisations)
        checkFields<Organisation>(org, "organisation '" + org.name + "'", organisationNumericFields(),
                                  organisationTextFields(), problems);
    for (const auto &p : scenario.partnerships)
        checkFields<Partnership>(p, "partnership '" + p.key() + "'", partnershipNumericFields(),
                                 partnershipTextFields(), problems);
    checkDistributions(scenario, problems);
    checkFactors(scenario, problems);
    for (size_t i = 0; i < scenario.events.size(); ++i)
        checkEvent(scenario, i, scenario.events[i], problems);
    return problems;
}

} // namespace asirace
