#include "modelversion.h"

#include "asirace_version.h"

namespace asirace {

std::string currentModelVersion()
{
    return "race model v" + std::to_string(kRaceModelVersion) + ", ASI Race " + kVersion;
}

} // namespace asirace
