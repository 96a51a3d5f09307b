#pragma once
// The GUI thread's x86 vector unit can be left in a "dirty upper half" state by
// AVX code in the libraries that paint (seen under Qt 6.4 on Xeon hosts). Until
// something clears it, every SSE floating-point instruction and libm call pays
// a state transition: a logarithm costs 130 ns instead of 4 ns, and a chart on
// log axes maps thousands of points per replot (QCustomPlot and the label
// placer). Clearing the state is one instruction; do it before such work.

namespace asirace {

// Executes VZEROUPPER where the CPU has AVX; a no-op elsewhere.
void clearUpperVectorState();

} // namespace asirace
