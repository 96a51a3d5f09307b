#pragma once
// Text from a file shown in messages. A file from someone else may hold names
// with terminal escape sequences or pages of text; messages show them tamed.

#include <string>
#include <string_view>

namespace asirace::store {

// Control characters become '?', and text longer than `maxBytes` is cut at a
// character boundary and ends in "...".
std::string printable(std::string_view text, size_t maxBytes = 80);
// 'text' in single quotes, printable.
std::string quotedName(std::string_view text);

} // namespace asirace::store
