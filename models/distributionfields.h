#pragma once
// The field table of Distribution (scenario.h), like those of organisations,
// partnerships and assumptions: validation, JSON, the scenario file's columns
// and tooltips read these declarations instead of their own lists.

#include "fieldspec.h"
#include "scenario.h"

#include <span>
#include <string_view>

namespace asirace {

// a, b, c, lower and upper are in the unit of the input the distribution is
// on, so their only rule is to be finite (the range is [-inf, inf]).
std::span<const NumericField<Distribution>> distributionNumericFields();
// path and source.
std::span<const TextField<Distribution>> distributionTextFields();

// The kind is an enum, not text, so it is declared beside the table; its names
// are what JSON and the scenario file hold (distributionKindName()).
struct DistributionKindField {
    std::string_view name;
    std::string_view description;
    std::span<const std::string_view> choices; // in DistributionKind order
};
const DistributionKindField &distributionKindField();

} // namespace asirace
