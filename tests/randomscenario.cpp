#include "randomscenario.h"

#include "assumptions.h"
#include "organisation.h"
#include "partnership.h"
#include "scheduledevents.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string_view>

namespace asirace::testing {
namespace {

using Rng = std::mt19937_64;

int uniformInt(Rng &rng, int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); }
bool chance(Rng &rng, double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; }

template <class T>
const T &pick(Rng &rng, const std::vector<T> &items)
{
    return items[static_cast<size_t>(uniformInt(rng, 0, static_cast<int>(items.size()) - 1))];
}

// Pieces safe in names: no '/' or '.', which separate field paths.
const std::vector<std::string_view> kNamePieces{
    "a", "b", "k", "x", "Q", "Z", "0", "7", "-", "_", "(", ")", "&", "'", "\"", "ä", "ß", "é", "λ", "Ω", "漢", "字", "Lab", " "};
// Free text may hold anything printable plus line breaks.
const std::vector<std::string_view> kTextPieces{
    "the ", "run ", "GPT-4.5 ", "~40% ", "a/b ", "c:\\path ", "\"quoted\" ", "it's ", "ünïcødé ", "中文 ", "\n", "\t",
    "{json} ", "[1, 2] ", "-- ", "'; DROP TABLE scenarios; -- ", "emoji 🚀 ", "1e+26 ", "NaN "};

std::string randomText(Rng &rng, const std::vector<std::string_view> &pieces, int maxPieces)
{
    std::string out;
    const int n = uniformInt(rng, 0, maxPieces);
    for (int i = 0; i < n; ++i)
        out += pick(rng, pieces);
    return out;
}

// A valid name (non-empty, at most 64 bytes, no '/', '.', or edge spaces) ending in a unique tag.
std::string randomName(Rng &rng, const std::string &tag)
{
    std::string body;
    const int n = uniformInt(rng, 0, 10);
    for (int i = 0; i < n; ++i) {
        const auto piece = pick(rng, kNamePieces);
        if (body.size() + piece.size() + tag.size() + 1 > 64)
            break;
        body += piece;
    }
    while (!body.empty() && body.front() == ' ')
        body.erase(body.begin());
    return body.empty() ? tag : body + " " + tag;
}

std::string randomColour(Rng &rng)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%06x", uniformInt(rng, 0, 0xFFFFFF));
    return buffer;
}

std::string randomTimestamp(Rng &rng)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", uniformInt(rng, 2020, 2035),
                  uniformInt(rng, 1, 12), uniformInt(rng, 1, 28), uniformInt(rng, 0, 23), uniformInt(rng, 0, 59),
                  uniformInt(rng, 0, 59));
    return buffer;
}

double drawValue(Rng &rng, double min, double max, FieldType type, double boundaryChance)
{
    if (boundaryChance > 0 && chance(rng, boundaryChance))
        return chance(rng, 0.5) ? min : max;
    switch (type) {
    case FieldType::Flag:
        return uniformInt(rng, 0, 1);
    case FieldType::Integer:
        return static_cast<double>(std::uniform_int_distribution<long long>(static_cast<long long>(min),
                                                                            static_cast<long long>(max))(rng));
    case FieldType::Real:
        break;
    }
    return std::uniform_real_distribution<double>(min, max)(rng);
}

template <class Owner>
void drawFields(Rng &rng, Owner &owner, std::span<const NumericField<Owner>> fields, double boundaryChance)
{
    for (const auto &f : fields)
        owner.*f.member = drawValue(rng, f.min, f.max, f.type, boundaryChance);
}

template <class Owner>
std::map<std::string, std::string> randomSources(Rng &rng, std::span<const NumericField<Owner>> fields)
{
    std::map<std::string, std::string> sources;
    for (const auto &f : fields)
        if (chance(rng, 0.3))
            sources[std::string(f.name)] = randomText(rng, kTextPieces, 8);
    return sources;
}

template <class Owner>
void redrawUntilAfter(Rng &rng, Owner &owner, std::span<const NumericField<Owner>> fields, double Owner::*start,
                      double Owner::*end, bool strictly)
{
    const NumericField<Owner> *endField = nullptr;
    for (const auto &f : fields)
        endField = f.member == end ? &f : endField;
    // Every start range leaves room above it for the end (checked by the
    // field tables' limits), so this terminates.
    while (strictly ? owner.*end <= owner.*start : owner.*end < owner.*start)
        owner.*end = drawValue(rng, endField->min, endField->max, endField->type, 0);
}

// A numeric input of `s` (assumption, organisation or partnership field) and its limits.
struct RandomInput {
    std::string path;
    double min = 0, max = 0;
    FieldType type = FieldType::Real;
};

RandomInput randomInput(Rng &rng, const Scenario &s)
{
    RandomInput input;
    const int owner = uniformInt(rng, 0, s.partnerships.empty() ? 1 : 2);
    auto choose = [&](auto fields, const std::string &prefix) {
        const auto &f = fields[static_cast<size_t>(uniformInt(rng, 0, static_cast<int>(fields.size()) - 1))];
        input = {prefix + "." + std::string(f.name), f.min, f.max, f.type};
    };
    if (owner == 0)
        choose(assumptionNumericFields(), "assumptions");
    else if (owner == 1)
        choose(organisationNumericFields(), pick(rng, s.organisations).name);
    else
        choose(partnershipNumericFields(), pick(rng, s.partnerships).key());
    return input;
}

ScheduledEvent randomEvent(Rng &rng, const Scenario &s)
{
    const RandomInput input = randomInput(rng, s);
    ScheduledEvent e;
    e.year = uniformInt(rng, kEventFirstYear, kEventLastYear);
    e.month = uniformInt(rng, 1, 12);
    e.path = input.path;
    e.value = drawValue(rng, input.min, input.max, input.type, 0.1);
    e.note = randomText(rng, kTextPieces, 6);
    return e;
}

Distribution randomDistribution(Rng &rng, const Scenario &s)
{
    Distribution d;
    const RandomInput input = randomInput(rng, s);
    d.path = input.path;
    const double min = input.min, max = input.max;

    auto draw = [&] { return std::uniform_real_distribution<double>(min, max)(rng); };
    std::array<double, 3> three{draw(), draw(), draw()};
    std::sort(three.begin(), three.end());
    d.kind = static_cast<DistributionKind>(uniformInt(rng, 0, 4));
    d.a = three[0];
    d.b = three[1];
    d.c = three[2];
    if (d.kind == DistributionKind::Normal || d.kind == DistributionKind::Lognormal)
        d.b = std::uniform_real_distribution<double>(0, 2)(rng);
    if (d.kind == DistributionKind::Lognormal && d.a <= 0)
        d.a = std::max(max * 1e-3, 1e-9);
    d.lower = three[0];
    d.upper = three[2];
    return d;
}

} // namespace

Scenario randomScenario(Rng &rng, const RandomScenarioOptions &options)
{
    Scenario s;
    s.name = randomName(rng, "scenario");
    s.description = randomText(rng, kTextPieces, 12);
    s.created = randomTimestamp(rng);
    s.modified = randomTimestamp(rng);

    drawFields(rng, s.assumptions, assumptionNumericFields(), options.boundaryChance);
    redrawUntilAfter(rng, s.assumptions, assumptionNumericFields(), &Assumptions::start_year,
                     &Assumptions::end_year, true);
    s.assumptions.scaling_law = chance(rng, 0.5) ? "epoch2024" : "hoffmann2022";
    s.assumptions.sources = randomSources(rng, assumptionNumericFields());

    const int orgCount = uniformInt(rng, options.minOrganisations, options.maxOrganisations);
    for (int i = 0; i < orgCount; ++i) {
        Organisation org;
        org.name = randomName(rng, "org" + std::to_string(i));
        org.kind = i == 0 || chance(rng, 0.7) ? "lab" : "provider";
        org.colour = randomColour(rng);
        org.description = randomText(rng, kTextPieces, 6);
        drawFields(rng, org, organisationNumericFields(), options.boundaryChance);
        org.sources = randomSources(rng, organisationNumericFields());
        s.organisations.push_back(std::move(org));
    }

    const int maxPairs = orgCount * (orgCount - 1);
    const int partnershipCount = uniformInt(rng, 0, std::min(options.maxPartnerships, maxPairs));
    while (static_cast<int>(s.partnerships.size()) < partnershipCount) {
        const auto &a = pick(rng, s.organisations);
        const auto &b = pick(rng, s.organisations);
        if (a.name == b.name || s.findPartnership(a.name, b.name))
            continue;
        Partnership p;
        p.org_a = a.name;
        p.org_b = b.name;
        p.source = randomText(rng, kTextPieces, 5);
        drawFields(rng, p, partnershipNumericFields(), options.boundaryChance);
        redrawUntilAfter(rng, p, partnershipNumericFields(), &Partnership::start_year, &Partnership::end_year, false);
        s.partnerships.push_back(std::move(p));
    }

    const int distributionCount = uniformInt(rng, 0, options.maxDistributions);
    for (int i = 0; i < distributionCount; ++i)
        s.distributions.push_back(randomDistribution(rng, s));
    const int eventCount = uniformInt(rng, 0, options.maxEvents);
    for (int i = 0; i < eventCount; ++i)
        s.events.push_back(randomEvent(rng, s));
    return s;
}

std::vector<Scenario> randomScenarios(std::uint64_t seed, int count, const RandomScenarioOptions &options)
{
    Rng rng(seed);
    std::vector<Scenario> scenarios;
    for (int i = 0; i < count; ++i) {
        Scenario s = randomScenario(rng, options);
        s.name = randomName(rng, "s" + std::to_string(i));
        scenarios.push_back(std::move(s));
    }
    return scenarios;
}

} // namespace asirace::testing
