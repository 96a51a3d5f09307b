#include "storeoutput.h"

#include "clicommands.h"

#include <iostream>

namespace asirace::cli {

int exitCodeFor(StoreErrorKind kind)
{
    switch (kind) {
    case StoreErrorKind::None: return ExitOk;
    case StoreErrorKind::InvalidContent: return ExitInvalid;
    case StoreErrorKind::Unreadable:
    case StoreErrorKind::NotOurs:
    case StoreErrorKind::NewerVersion: return ExitUnreadable;
    }
    return ExitUnreadable;
}

int reportLoad(std::string_view command, const LoadResult &result)
{
    for (const auto &warning : result.warnings)
        std::cerr << "asirace-cli " << command << ": warning: " << warning << "\n";
    if (result.ok())
        return ExitOk;
    std::cerr << "asirace-cli " << command << ": " << result.message << "\n";
    for (const auto &problem : result.problems)
        std::cerr << "  " << problem << "\n";
    return exitCodeFor(result.kind);
}

int reportSave(std::string_view command, const SaveResult &result)
{
    if (result.ok)
        return ExitOk;
    if (result.conflict == SaveConflict::AlreadyExists) {
        std::cerr << "asirace-cli " << command << ": " << result.message << "; add --force to replace it\n";
        return ExitInvalid;
    }
    std::cerr << "asirace-cli " << command << ": " << result.message << "\n";
    for (const auto &problem : result.problems)
        std::cerr << "  " << problem << "\n";
    return result.problems.empty() ? ExitUnreadable : ExitInvalid;
}

std::string scenarioNameList(const std::vector<Scenario> &scenarios)
{
    std::string out;
    for (const auto &s : scenarios)
        out += (out.empty() ? "'" : ", '") + s.name + "'";
    return out;
}

} // namespace asirace::cli
