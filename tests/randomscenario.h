#pragma once
// Random valid scenarios for property tests (round trips, crash tests, fuzzing
// the editors). Standard C++ only, so helpers without Qt can use it too.
//
// Every numeric field is drawn uniformly in its declared range (whole numbers
// for Integer fields, 0 or 1 for Flag fields); the few cross-field rules of
// validate() are then met by redrawing (end_year after start_year, at least
// one lab, partnerships between two different organisations, one per pair).
// Names, descriptions and sources mix ASCII, accents, CJK, quotes and newlines.

#include "scenario.h"

#include <cstdint>
#include <random>
#include <vector>

namespace asirace::testing {

struct RandomScenarioOptions {
    int minOrganisations = 1;
    int maxOrganisations = 12;
    int maxPartnerships = 12;  // fewer when there are not enough pairs
    int maxDistributions = 6;
    int maxEvents = 4; // each on a random numeric input, with a value that input accepts
    // Chance that a numeric field is set exactly to its minimum or maximum
    // instead of a uniform draw; 0 keeps every draw uniform.
    double boundaryChance = 0.0;
};

Scenario randomScenario(std::mt19937_64 &rng, const RandomScenarioOptions &options = {});

// `count` scenarios with distinct names, reproducible from `seed`.
std::vector<Scenario> randomScenarios(std::uint64_t seed, int count, const RandomScenarioOptions &options = {});

} // namespace asirace::testing
