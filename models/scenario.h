#pragma once
// A scenario: a named, described set of organisations, partnerships and global
// assumptions, plus the uncertainty attached to its inputs.

#include "assumptions.h"
#include "organisation.h"
#include "partnership.h"

#include <string>
#include <vector>

namespace asirace {

enum class DistributionKind { Fixed, Normal, Lognormal, Uniform, Triangular };

// Uncertainty on one input, addressed by a field path (see fieldpath.h).
//   fixed:      the scenario's value
//   normal:     a = mean, b = standard deviation
//   lognormal:  a = median, b = sigma of ln(x)
//   uniform:    a = low, b = high
//   triangular: a = low, b = mode, c = high
// Draws are clamped to [lower, upper] and to the field's allowed range.
struct Distribution {
    std::string path;
    DistributionKind kind = DistributionKind::Fixed;
    double a = 0, b = 0, c = 0;
    double lower = 0, upper = 0;
    std::string source; // where the range comes from, or "assumption: why"
    // 1 = the user fixed the input at the scenario's value: Monte Carlo draws
    // nothing for it and an edit does not move the distribution (kept so that
    // unpinning restores it). A number because it lives in the field table;
    // last, so that {path, kind, a, b, c, lower, upper, source} still reads.
    double pinned = 0;

    bool isPinned() const { return pinned != 0; }
};

// A latent common shock drawn once per Monte Carlo run (world chip supply,
// export controls, the AI market, ...). Each loading is the correlation, in
// normal scores, between the factor and the input's draw (a Gaussian copula,
// docs/MONTE-CARLO.md): the input keeps its own distribution, and inputs
// loaded on the same factor move together. A loading acts only on an input
// that carries a distribution.
struct FactorLoading {
    std::string path;
    double loading = 0; // in [-1, 1]; per input the squares add up to at most 1
    std::string source; // why the input moves with the factor, or "assumption: why"
};

struct SharedFactor {
    std::string name;        // "world_chip_supply"
    std::string description; // what the factor stands for and why it is shared
    std::vector<FactorLoading> loadings;
};

std::string_view distributionKindName(DistributionKind kind);
bool parseDistributionKind(std::string_view text, DistributionKind &kind);

// A dated change of one input: from the first day of `year`-`month` (and until
// a later event on the same path), the input at `path` (a field path, as --set
// takes) has `value`. Partnership phases, one bad training run or a misstep and
// its reset are events, not permanent inputs.
struct ScheduledEvent {
    int year = 2026;
    int month = 1; // 1..12
    std::string path;
    double value = 0;
    std::string note; // what happened and where it is reported, or "assumption: why"
};

struct Scenario {
    std::string name;
    std::string description;
    // UTC times like "2025-01-31T12:00:00Z". Kept as given by files and JSON;
    // the store fills empty ones when saving, the editor updates `modified`.
    std::string created;
    std::string modified;
    // Provenance (docs/FILE-FORMAT.md): who made the scenario, the model it was
    // last run with ("race model v2, ASI Race 0.1.0"; empty when never run) and
    // why it says what it says. The as-of date of its data is assumptions.data_as_of.
    std::string author;
    std::string modelVersion;
    std::string notes;
    std::vector<Organisation> organisations;
    std::vector<Partnership> partnerships;
    Assumptions assumptions;
    std::vector<Distribution> distributions;
    std::vector<ScheduledEvent> events; // in any order; the simulation sorts them by month
    std::vector<SharedFactor> factors;  // shared shocks of Monte Carlo

    const Distribution *findDistribution(std::string_view path) const;
    Distribution *findDistribution(std::string_view path);

    const Organisation *findOrganisation(std::string_view orgName) const;
    Organisation *findOrganisation(std::string_view orgName);
    const Partnership *findPartnership(std::string_view orgA, std::string_view orgB) const;
    Partnership *findPartnership(std::string_view orgA, std::string_view orgB);
};

} // namespace asirace
