#pragma once
// The first page of the PDF report as HTML: who wins and when, the Monte Carlo
// odds when there are any, the ranking table and the inputs that differ from
// the built-in baseline.

#include "exportcontext.h"
#include "exportstyle.h"

#include <QString>

namespace asirace {

struct SummaryLimits {
    int maxChangedInputs = 40; // rows of the inputs table before "… and N more"
};

QString summaryHtml(const ExportContext &context, const FigureStyle &style, const SummaryLimits &limits = {});

// "alg_halving_months: 8 → 6 months" parts, formatted for people (exposed for tests).
QString formatInputValue(const std::optional<double> &value, const std::string &text);

} // namespace asirace
