// libFuzzer target: JSON import (the text of a file given to import-json or
// the window's Import JSON). Any input must come back as scenarios or as a
// message; a crash, a sanitizer report or a hang is a bug.
#include "scenariojsonfile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const auto result = asirace::parseScenariosJson(text, "fuzz.json");
    if (!result.ok() && result.message.empty())
        std::abort(); // every refusal says why
    return 0;
}
