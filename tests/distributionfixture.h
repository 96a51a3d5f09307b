#pragma once
// A distribution written the short way, for the tests of the odds.

#include "scenario.h"

#include <string>
#include <utility>

namespace asirace::test {

// lower/upper: the draw's bounds (0, 0: none).
inline Distribution dist(std::string path, DistributionKind kind, double a, double b, double c = 0, double lower = 0,
                         double upper = 0)
{
    return Distribution{std::move(path), kind, a, b, c, lower, upper, "test"};
}

} // namespace asirace::test
