#pragma once
// Taking scenarios from a colleague's file into one's own (File > Import
// Scenarios from File…, asirace-cli merge, and JSON import). A scenario whose
// name is taken is renamed so the rename shows where it came from ("Patel's
// view (from Ana)": the author in its provenance, or the file it came from);
// nothing already in the file is ever replaced.

#include "scenario.h"

#include <functional>
#include <string>
#include <vector>

namespace asirace {

// The name `incoming` gets among names for which `taken` is true: its own when
// free, else "NAME (from AUTHOR)", or "NAME (from FILE)" when it has no author,
// numbered ("... 2") if that is taken too.
std::string mergedName(const Scenario &incoming, const std::string &fromFile,
                       const std::function<bool(const std::string &)> &taken);

struct MergePlan {
    // The picked scenarios, in `from` order, already renamed where needed.
    std::vector<Scenario> scenarios;
    std::vector<std::string> originalNames; // parallel to `scenarios`
    std::vector<std::string> unknown;       // picked names `from` does not have
};

// Which scenarios of `from` come into `into`, and under which names. An empty
// `picked` takes them all. `fromFile` labels renamed scenarios without an author.
MergePlan planMerge(const std::vector<Scenario> &into, const std::vector<Scenario> &from,
                    const std::vector<std::string> &picked, const std::string &fromFile);

} // namespace asirace
