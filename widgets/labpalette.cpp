#include "labpalette.h"

#include <array>
#include <cmath>
#include <limits>

namespace asirace {
namespace {

using Vec = std::array<double, 3>;
using Matrix = std::array<Vec, 3>;

// Machado et al. 2009, severity 1.0, applied to linear RGB.
constexpr Matrix kProtanopia{{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
                              {-0.003882, -0.048116, 1.051998}}};
constexpr Matrix kDeuteranopia{{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
                                {-0.011820, 0.042940, 0.968881}}};

// A new colour this far from every used one (ΔE) counts as clearly distinct.
constexpr double kDistinct = 15.0;

double linear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Vec toLab(const Vec &rgb)
{
    // linear sRGB -> XYZ (D65) -> CIELAB
    const double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

Vec seenAs(const Vec &rgb, const Matrix *deficiency)
{
    if (!deficiency)
        return toLab(rgb);
    Vec out{};
    for (size_t i = 0; i < 3; ++i)
        out[i] = std::clamp((*deficiency)[i][0] * rgb[0] + (*deficiency)[i][1] * rgb[1] + (*deficiency)[i][2] * rgb[2],
                            0.0, 1.0);
    return toLab(out);
}

Vec linearRgb(const QColor &c)
{
    return {linear(c.redF()), linear(c.greenF()), linear(c.blueF())};
}

double minDistance(const QColor &c, const QList<QColor> &taken)
{
    double d = std::numeric_limits<double>::infinity();
    for (const QColor &t : taken)
        d = std::min(d, labColourDistance(c, t));
    return d;
}

} // namespace

const QList<QColor> &labPalette()
{
    static const QList<QColor> palette{
        QColor(0x00, 0x9e, 0x73), // bluish green (Okabe-Ito)
        QColor(0xd5, 0x5e, 0x00), // vermillion (Okabe-Ito)
        QColor(0x00, 0x72, 0xb2), // blue (Okabe-Ito)
        QColor(0xcc, 0x79, 0xa7), // reddish purple (Okabe-Ito)
        QColor(0xe6, 0x9f, 0x00), // orange (Okabe-Ito)
        QColor(0x56, 0xb4, 0xe9), // sky blue (Okabe-Ito)
        QColor(0x55, 0x33, 0xff), // violet
        QColor(0x99, 0x66, 0x33), // brown
        QColor(0x66, 0x77, 0xff), // periwinkle
        QColor(0x44, 0x66, 0x66), // slate
    };
    return palette;
}

double labColourDistance(const QColor &a, const QColor &b)
{
    const Vec ra = linearRgb(a), rb = linearRgb(b);
    double d = std::numeric_limits<double>::infinity();
    for (const Matrix *m : {static_cast<const Matrix *>(nullptr), &kProtanopia, &kDeuteranopia}) {
        const Vec la = seenAs(ra, m), lb = seenAs(rb, m);
        d = std::min(d, std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]));
    }
    return d;
}

QColor mostDistinctLabColour(const QList<QColor> &taken)
{
    // The palette in order while an entry is clearly distinct: the built-in
    // look for the first labs, and the same colour for the same position.
    for (const QColor &c : labPalette())
        if (minDistance(c, taken) >= kDistinct)
            return c;
    // Else the farthest of a 16-level RGB grid within the usable lightness.
    QColor best = labPalette().front();
    double bestDistance = -1;
    for (int r = 0; r < 256; r += 17)
        for (int g = 0; g < 256; g += 17)
            for (int b = 0; b < 256; b += 17) {
                const QColor c(r, g, b);
                const double lightness = toLab(linearRgb(c))[0];
                if (lightness < 40 || lightness > 72)
                    continue;
                const double d = minDistance(c, taken);
                if (d > bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
    return best;
}

} // namespace asirace
