#include "distributionfields.h"

#include <array>
#include <limits>

namespace asirace {
namespace {

using F = NumericField<Distribution>;
using D = Distribution;
constexpr auto R = FieldType::Real;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::string_view kUnit = "unit of the input";

const std::array kNumeric{
    F{"a", kUnit, -kInf, kInf, 0, R, &D::a,
      "First parameter: the mean (normal), median (lognormal) or low end (uniform, triangular)."},
    F{"b", kUnit, -kInf, kInf, 0, R, &D::b,
      "Second parameter: the standard deviation (normal), sigma of ln(x) (lognormal), high end (uniform) or mode "
      "(triangular)."},
    F{"c", kUnit, -kInf, kInf, 0, R, &D::c, "Third parameter: the high end of a triangular distribution."},
    F{"lower", kUnit, -kInf, kInf, 0, R, &D::lower,
      "Draws below this are clamped to it (and always to the input's allowed range)."},
    F{"upper", kUnit, -kInf, kInf, 0, R, &D::upper,
      "Draws above this are clamped to it (and always to the input's allowed range)."},
    F{"pinned", "flag", 0, 1, 0, FieldType::Flag, &D::pinned,
      "1 = pinned: Monte Carlo keeps the input at the scenario's value, and edits leave the distribution as it is."},
};

const std::array kText{
    TextField<D>{"path", TextRule::Free, &D::path,
                 "The input that is uncertain: assumptions.FIELD, ORG.FIELD or ORG_A/ORG_B.FIELD."},
    TextField<D>{"source", TextRule::Free, &D::source,
                 "Where the range comes from, or \"assumption: why\"."},
};

constexpr std::array<std::string_view, 5> kKindNames{"fixed", "normal", "lognormal", "uniform", "triangular"};

const DistributionKindField kKind{"kind",
                                  "Shape of the uncertainty: fixed (the scenario's value), normal, lognormal, "
                                  "uniform or triangular.",
                                  kKindNames};

} // namespace

std::span<const NumericField<Distribution>> distributionNumericFields() { return kNumeric; }
std::span<const TextField<Distribution>> distributionTextFields() { return kText; }
const DistributionKindField &distributionKindField() { return kKind; }

std::string_view distributionKindName(DistributionKind kind) { return kKindNames[static_cast<size_t>(kind)]; }

bool parseDistributionKind(std::string_view text, DistributionKind &kind)
{
    for (size_t i = 0; i < kKindNames.size(); ++i) {
        if (kKindNames[i] == text) {
            kind = static_cast<DistributionKind>(i);
            return true;
        }
    }
    return false;
}

} // namespace asirace
