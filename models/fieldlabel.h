#pragma once
// Human labels for inputs, built from the field tables: "hw_doubling_years"
// reads "HW doubling years", "OpenAI.research_talent" reads "OpenAI research
// talent". Views, the CLI's "label" keys and the docs use these, so no screen
// shows a raw field path.

#include <string>
#include <string_view>

namespace asirace {

// "hw_doubling_years" -> "HW doubling years", "mfu" -> "MFU".
std::string fieldLabel(std::string_view fieldName);

// "OpenAI.research_talent" -> "OpenAI research talent",
// "assumptions.gpu_mtbf_hours" -> "GPU MTBF hours",
// "Microsoft/OpenAI.revenue_share" -> "Microsoft/OpenAI revenue share".
// A path that does not parse is returned as it is.
std::string pathLabel(std::string_view path);

// The declared unit of the field behind `path` ("hours", "x"); empty when the
// path names no numeric field.
std::string pathUnit(std::string_view path);

// pathLabel() with the unit in brackets: "GPU MTBF hours [hours]" reads badly,
// so a unit already spelled out as the label's last word is left out.
std::string pathLabelWithUnit(std::string_view path);

} // namespace asirace
