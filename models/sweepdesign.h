#pragma once
// The points a sweep visits: a full grid or a Latin-hypercube design over some
// numeric inputs of a scenario. A point is addressed by its index alone, and
// its values and its own Monte Carlo seed are pure functions of (design, seed,
// index), so a sweep split into shards on several machines produces exactly
// the rows a single run would.
//
// Log-scale fields (the field spec's logScale, e.g. compute in H100e) are
// spaced evenly in log10 when the range is positive, as their sliders are;
// Integer and Flag fields take whole values.

#include "fieldspec.h"
#include "scenario.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace asirace {

// At most this many points per design (rows of ~100 bytes: about 1 GB of CSV).
inline constexpr std::int64_t kMaxSweepPoints = 10'000'000;

struct SweepAxis {
    std::string path; // FieldPath text, e.g. "OpenAI.mfu"
    double lo = 0, hi = 0;
    int steps = 0; // grid designs: values on this axis (lo and hi included)
    FieldType type = FieldType::Real;
    bool logSpacing = false;

    // The value a fraction in [0, 1] of the way from lo to hi (in log10 when
    // logSpacing): grids round whole-valued fields to the nearest value,
    // Latin hypercubes give each whole value an equal share of [0, 1).
    double gridValue(double fraction) const;
    double stratifiedValue(double fraction) const;
};

enum class SweepKind { Grid, LatinHypercube };

class SweepDesign
{
public:
    // Grid axes "PATH=LO:HI:N": every combination, the first axis varying slowest.
    static std::optional<SweepDesign> grid(const Scenario &scenario, const std::vector<std::string> &axes,
                                           std::string &error);
    // `points` Latin-hypercube points over "PATH" (the field's allowed range)
    // or "PATH=LO:HI". The strata and the offsets within them come from `seed`.
    static std::optional<SweepDesign> latinHypercube(const Scenario &scenario, std::int64_t points,
                                                     const std::vector<std::string> &vary, std::uint64_t seed,
                                                     std::string &error);

    SweepKind kind() const { return m_kind; }
    const std::vector<SweepAxis> &axes() const { return m_axes; }
    std::int64_t pointCount() const { return m_points; }
    // The axis values of point `index` (in [0, pointCount())), in axis order.
    void values(std::int64_t index, std::vector<double> &out) const;
    // Everything that decides the points, as one line of text: two designs
    // with the same description visit the same points.
    std::string describe() const;

private:
    SweepKind m_kind = SweepKind::Grid;
    std::vector<SweepAxis> m_axes;
    std::int64_t m_points = 0;
    std::uint64_t m_seed = 0;
    std::vector<std::vector<std::uint32_t>> m_strata; // Latin hypercube: [axis][point] -> stratum
};

// Point `index`'s own seed for its Monte Carlo runs, derived from the sweep's
// seed through the counter-based generator (never from the order points run in).
std::uint64_t sweepPointSeed(std::uint64_t seed, std::int64_t index);

} // namespace asirace
