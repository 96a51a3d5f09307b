#pragma once
// Human labels of the declared fields ("H100 peak throughput" for
// assumptions.h100_peak_flops). The field tables say what a field is; this
// says what a reader calls it. Headers, undo texts, tooltips, sensitivity bars
// and exports name fields through here, never by their snake_case name or path.

#include "fieldpath.h"

#include <string>
#include <string_view>

namespace asirace {

// The label of field `name` of an owner kind; a readable form of the name
// ("Ip lag months" from ip_lag_months) for a field without a declared label.
std::string fieldLabel(FieldPath::Owner owner, std::string_view name);

// What a path names, for a reader: "H100 peak throughput", "OpenAI: MFU",
// "Microsoft/OpenAI: Revenue share". The path itself when it does not parse.
std::string fieldPathLabel(std::string_view path);

// The declared unit of the numeric field behind `path` (owner kind and field
// name; the owner need not exist); empty for text fields and unknown names.
std::string fieldPathUnit(std::string_view path);

// fieldPathLabel() with the unit in brackets ("Accelerator MTBF [hours]");
// no brackets for flags and unitless fields.
std::string fieldPathLabelWithUnit(std::string_view path);

} // namespace asirace
