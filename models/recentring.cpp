#include "recentring.h"

#include <cmath>
#include <string>
#include <utility>

namespace asirace {
namespace {

bool splitAssignment(std::string_view assignment, std::string_view &path, std::string_view &value,
                     std::optional<FieldPathError> &error)
{
    const auto eq = assignment.find('=');
    if (eq == std::string_view::npos) {
        error = FieldPathError{"'" + std::string(assignment) + "': expected PATH=VALUE"};
        return false;
    }
    path = assignment.substr(0, eq);
    value = assignment.substr(eq + 1);
    return true;
}

} // namespace

Distribution recentred(const Distribution &d, double oldValue, double newValue)
{
    Distribution out = d;
    if (d.isPinned() || d.kind == DistributionKind::Fixed || oldValue == newValue || !std::isfinite(oldValue) ||
        !std::isfinite(newValue))
        return out;
    const bool ownBounds = d.lower < d.upper;
    if (d.kind == DistributionKind::Lognormal && oldValue > 0 && newValue > 0) {
        const double ratio = newValue / oldValue;
        out.a *= ratio; // the median; sigma of ln x is unchanged
        if (ownBounds) {
            out.lower *= ratio;
            out.upper *= ratio;
        }
        return out;
    }
    const double delta = newValue - oldValue;
    switch (d.kind) {
    case DistributionKind::Normal:
        out.a += delta; // the mean; the spread is unchanged
        break;
    case DistributionKind::Lognormal:
        // A value <= 0 has no lognormal around it; keep the shape, move the median
        // to the new value where it can (else leave it: the field range clamps).
        if (newValue > 0)
            out.a = newValue;
        break;
    case DistributionKind::Uniform:
        out.a += delta;
        out.b += delta;
        break;
    case DistributionKind::Triangular:
        out.a += delta;
        out.b += delta;
        out.c += delta;
        break;
    case DistributionKind::Fixed:
        break;
    }
    if (ownBounds) {
        out.lower += delta;
        out.upper += delta;
    }
    return out;
}

std::optional<FieldPathError> setRecentring(Scenario &scenario, std::string_view path, std::string_view value)
{
    const auto before = resolveNumericPath(std::as_const(scenario), path);
    const double oldValue = before ? *before->value : 0.0;
    if (auto error = setFieldPath(scenario, path, value))
        return error;
    Distribution *d = scenario.findDistribution(path);
    if (!before || !d)
        return std::nullopt;
    const double newValue = *resolveNumericPath(std::as_const(scenario), path)->value;
    *d = recentred(*d, oldValue, newValue);
    return std::nullopt;
}

std::optional<FieldPathError> applyAssignmentRecentring(Scenario &scenario, std::string_view assignment)
{
    std::string_view path, value;
    std::optional<FieldPathError> error;
    if (!splitAssignment(assignment, path, value, error))
        return error;
    return setRecentring(scenario, path, value);
}

std::optional<FieldPathError> applyPin(Scenario &scenario, std::string_view assignment)
{
    std::string_view path, value;
    std::optional<FieldPathError> error;
    if (!splitAssignment(assignment, path, value, error))
        return error;
    if (auto failed = setFieldPath(scenario, path, value))
        return failed;
    if (Distribution *d = scenario.findDistribution(path))
        d->pinned = 1;
    return std::nullopt;
}

} // namespace asirace
