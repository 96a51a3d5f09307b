#pragma once
// The first page of the PDF report as HTML: who wins and when, why the leader
// leads (the Why bars, leadexplanation.h), the Monte Carlo odds when there are
// any, the ranking table and the inputs that differ from the built-in baseline.

#include "exportcontext.h"
#include "exportstyle.h"
#include "leadexplanation.h"

#include <QString>

namespace asirace {

struct SummaryLimits {
    int maxChangedInputs = 40; // rows of the inputs table before "… and N more"
};

// `why`: the explanation of context.scenario's lead, when the caller has it;
// otherwise it is computed here (a few milliseconds).
QString summaryHtml(const ExportContext &context, const FigureStyle &style, const SummaryLimits &limits = {},
                    const LeadExplanation *why = nullptr);

// The "Why the leader leads" section: the title, one bar per driver and the
// part not attributed, as an HTML table (bars are coloured cells, so the PDF keeps them as vectors).
QString whyHtml(const LeadExplanation &why, const FigureStyle &style);

// "alg_halving_months: 8 → 6 months" parts, formatted for people (exposed for tests).
QString formatInputValue(const std::optional<double> &value, const std::string &text);

} // namespace asirace
