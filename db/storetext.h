#pragma once
// Text from a file shown in messages. A file from someone else may hold names
// with terminal escape sequences or pages of text; messages show them tamed.

#include <string>
#include <string_view>

namespace asirace::store {

// Control characters and bytes that are not UTF-8 become '?', and text longer
// than `maxBytes` is cut at a character boundary and ends in "...".
std::string printable(std::string_view text, size_t maxBytes = 80);
// 'text' in single quotes, printable.
std::string quotedName(std::string_view text);

// Names (of scenarios, organisations, distributions' paths) are printed on
// terminals and in lists: no control character at all. Prose (descriptions,
// sources) may break lines and hold tabs.
enum class TextKind { Name, Prose };
// Why `text` cannot be read or stored: it is not UTF-8 (JSON export and
// every Qt view need UTF-8), or it holds a control character not allowed for
// its kind. Empty when it is fine.
std::string textProblem(std::string_view text, TextKind kind);

} // namespace asirace::store
