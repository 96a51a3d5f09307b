#pragma once
// A first, streaming pass over a JSON document, before it is built in memory:
// nlohmann_json keeps the last of two equal keys without a word, and builds
// any depth (a document nested 65k deep, which no scenario needs). Both are
// refused here with the JSON pointer where they occur.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace asirace {

// A JSON pointer reference token: '~' and '/' in keys are escaped (RFC 6901).
std::string jsonPointerToken(std::string_view key);

// Deeper than any scenario document (scenarios/N/organisations/N/sources is 5).
inline constexpr std::size_t kMaxJsonDepth = 64;

struct JsonStructureProblem {
    std::string pointer; // "/scenarios/0/name"
    std::string message; // "the key \"name\" appears twice in this object"
};

// The first duplicate key or excessive nesting; nullopt when there is none or
// the text is not JSON at all (the parser that follows reports that).
std::optional<JsonStructureProblem> checkJsonStructure(const std::string &text);

} // namespace asirace
