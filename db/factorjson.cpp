#include "factorjson.h"

#include "storetext.h"

#include <nlohmann/json.hpp>

namespace asirace {
namespace {

using nlohmann::json;

bool readText(const json &object, const char *key, const std::string &pointer, std::string &out,
              store::TextKind kind, std::vector<JsonIssue> &issues, bool required)
{
    auto it = object.find(key);
    if (it == object.end()) {
        if (required)
            issues.push_back({pointer + "/" + key, "is missing"});
        return !required;
    }
    if (!it->is_string()) {
        issues.push_back({pointer + "/" + key, "is not text"});
        return false;
    }
    const auto text = it->get<std::string>();
    if (auto reason = store::textProblem(text, kind); !reason.empty()) {
        issues.push_back({pointer + "/" + key, "\"" + store::printable(text, 40) + "\" " + reason});
        return false;
    }
    out = text;
    return true;
}

void unknownKeys(const json &object, const std::string &pointer, std::initializer_list<std::string_view> known,
                 std::vector<JsonIssue> &issues)
{
    for (const auto &[key, value] : object.items()) {
        bool ok = false;
        for (auto k : known)
            ok = ok || key == k;
        if (!ok)
            issues.push_back({pointer + "/" + key, "unknown key"});
    }
}

} // namespace

json factorsToJson(const std::vector<SharedFactor> &factors)
{
    json out = json::array();
    for (const auto &f : factors) {
        json loadings = json::array();
        for (const auto &l : f.loadings)
            loadings.push_back(json{{"path", l.path}, {"loading", l.loading}, {"source", l.source}});
        out.push_back(json{{"name", f.name}, {"description", f.description}, {"loadings", std::move(loadings)}});
    }
    return out;
}

void factorsFromJson(const json &value, const std::string &pointer, std::vector<SharedFactor> &out,
                     std::vector<JsonIssue> &issues)
{
    if (!value.is_array()) {
        issues.push_back({pointer, "is not an array"});
        return;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string at = pointer + "/" + std::to_string(i);
        const auto &object = value[i];
        if (!object.is_object()) {
            issues.push_back({at, "is not an object"});
            continue;
        }
        unknownKeys(object, at, {"name", "description", "loadings"}, issues);
        SharedFactor f;
        readText(object, "name", at, f.name, store::TextKind::Name, issues, true);
        readText(object, "description", at, f.description, store::TextKind::Prose, issues, false);
        auto loadings = object.find("loadings");
        if (loadings != object.end() && !loadings->is_array()) {
            issues.push_back({at + "/loadings", "is not an array"});
        } else if (loadings != object.end()) {
            for (std::size_t k = 0; k < loadings->size(); ++k) {
                const std::string lat = at + "/loadings/" + std::to_string(k);
                const auto &item = (*loadings)[k];
                if (!item.is_object()) {
                    issues.push_back({lat, "is not an object"});
                    continue;
                }
                unknownKeys(item, lat, {"path", "loading", "source"}, issues);
                FactorLoading l;
                readText(item, "path", lat, l.path, store::TextKind::Name, issues, true);
                readText(item, "source", lat, l.source, store::TextKind::Prose, issues, false);
                auto number = item.find("loading");
                if (number == item.end())
                    issues.push_back({lat + "/loading", "is missing"});
                else if (!number->is_number())
                    issues.push_back({lat + "/loading", "is not a number (allowed: [-1, 1])"});
                else
                    l.loading = number->get<double>();
                f.loadings.push_back(std::move(l));
            }
        }
        out.push_back(std::move(f));
    }
}

} // namespace asirace
