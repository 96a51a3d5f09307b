#pragma once
// Lab colours that stay apart for every reader. The built-in labs use the
// first entries (Okabe & Ito's colour-blind-safe set, then colours chosen to
// keep the same distance); a new lab gets the free colour farthest from every
// colour already used, so a scenario with any number of labs stays readable.
//
// Distance is CIE76 ΔE in CIELAB, taken as the smallest of normal vision and
// simulated protanopia and deuteranopia (Machado, Oliveira & Fernandes 2009,
// severity 1), the two common colour-vision deficiencies. Candidates keep a
// CIE lightness of 40-72, so lines show on the light and the dark chart
// backgrounds alike.

#include <QColor>
#include <QList>

namespace asirace {

// The preferred lab colours, most distinct first.
const QList<QColor> &labPalette();

// ΔE between two colours as the least-able of the three viewers sees it.
double labColourDistance(const QColor &a, const QColor &b);

// The colour for one more lab: the palette's first entries while they stay
// far from `taken`, else the farthest candidate of the wider search.
QColor mostDistinctLabColour(const QList<QColor> &taken);

} // namespace asirace
