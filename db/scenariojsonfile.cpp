#include "scenariojsonfile.h"

#include "atomicfile.h"
#include "jsonstructure.h"
#include "scenariojson.h"
#include "storefilechecks.h"
#include "storetext.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace asirace {
namespace {

LoadResult failure(StoreErrorKind kind, std::string message)
{
    LoadResult result;
    result.kind = kind;
    result.message = std::move(message);
    return result;
}

// "[json.exception.parse_error.101] parse error at line 2, ..." without the bracketed id.
std::string parseErrorText(const std::string &what)
{
    const auto end = what.find("] ");
    return what.starts_with("[json.exception") && end != std::string::npos ? what.substr(end + 2) : what;
}

} // namespace

LoadResult parseScenariosJson(const std::string &text, const std::string &displayName)
{
    const std::string name = store::quotedName(displayName);
    if (auto problem = checkJsonStructure(text)) {
        LoadResult result = failure(StoreErrorKind::InvalidContent, name + " has 1 problem; nothing was imported");
        result.problems.push_back(store::printable(problem->pointer + ": " + problem->message, 300));
        return result;
    }
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception &e) {
        return failure(StoreErrorKind::InvalidContent, name + " is not valid JSON: " + parseErrorText(e.what()));
    }
    if (document.is_object()) {
        const auto version = document.find("version");
        const auto number = version != document.end() ? jsonFormatVersion(*version) : std::nullopt;
        if (number && *number > kJsonFormatVersion)
            return failure(StoreErrorKind::NewerVersion,
                           name + " is in JSON format version " + version->dump() + "; this ASI Race reads up to " +
                               std::to_string(kJsonFormatVersion) + ". Update ASI Race to import it.");
    }
    LoadResult result;
    std::vector<JsonIssue> issues;
    if (!scenariosFromJson(document, result.scenarios, issues) || result.scenarios.empty()) {
        if (issues.empty())
            issues.push_back({"/scenarios", "has no scenarios"});
        result.scenarios.clear(); // never a partial import
        result.kind = StoreErrorKind::InvalidContent;
        result.message = name + " has " + std::to_string(issues.size()) +
                         (issues.size() == 1 ? " problem" : " problems") + "; nothing was imported";
        for (const auto &issue : issues)
            result.problems.push_back(store::printable(issue.toString(), 300));
    }
    return result;
}

LoadResult importScenariosJson(const std::string &path)
{
    const std::string name = store::quotedName(path);
    try {
        std::error_code ec;
        const auto status = std::filesystem::status(path, ec);
        if (!std::filesystem::is_regular_file(status))
            return failure(StoreErrorKind::Unreadable,
                           "cannot open " + name + ": " +
                               (std::filesystem::exists(status) ? "not a regular file" : "no such file"));
        if (std::filesystem::file_size(path, ec) > store::kMaxFileBytes)
            return failure(StoreErrorKind::Unreadable, name + " is larger than a scenario file can be");
        std::ifstream in(path, std::ios::binary);
        if (!in)
            return failure(StoreErrorKind::Unreadable, "cannot read " + name + ": " + std::strerror(errno));
        std::ostringstream text;
        text << in.rdbuf();
        return parseScenariosJson(text.str(), path);
    } catch (const std::exception &e) {
        return failure(StoreErrorKind::Unreadable, "cannot read " + name + ": " + e.what());
    }
}

std::string scenariosJsonText(const std::vector<Scenario> &scenarios)
{
    return scenariosToJson(scenarios).dump(2) + "\n";
}

SaveResult exportScenariosJson(const std::string &path, const std::vector<Scenario> &scenarios)
{
    SaveResult result;
    const std::string name = store::quotedName(path);
    try {
        const std::string text = scenariosJsonText(scenarios);
        store::AtomicFile file(path);
        std::string error;
        if (!file.create(error)) {
            result.message = "cannot export to " + name + ": " + error;
            return result;
        }
        {
            std::ofstream out(file.tempPath(), std::ios::binary | std::ios::trunc);
            out << text;
            out.flush();
            if (!out) {
                result.message = "cannot export to " + name + ": " + std::strerror(errno);
                return result;
            }
        }
        if (!file.commit(error)) {
            result.message = "cannot export to " + name + ": " + error;
            return result;
        }
        result.ok = true;
    } catch (const std::exception &e) {
        result.message = "cannot export to " + name + ": " + e.what();
    }
    return result;
}

} // namespace asirace
