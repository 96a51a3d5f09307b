// libFuzzer target: opening a scenario file (.db). The bytes are written to a
// private file, because the store opens files by path, read-only.
#include "scenariostore.h"

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

std::string scratchFile()
{
    char path[] = "/tmp/asirace-fuzz-XXXXXX";
    const int fd = ::mkstemp(path);
    if (fd < 0)
        std::abort();
    ::close(fd);
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const std::string path = scratchFile();
    std::FILE *file = std::fopen(path.c_str(), "wb");
    if (!file || std::fwrite(data, 1, size, file) != size || std::fclose(file) != 0)
        std::abort();
    const auto result = asirace::loadScenarioFile(path);
    if (!result.ok() && result.message.empty())
        std::abort(); // every refusal says why
    return 0;
}
