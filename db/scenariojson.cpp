#include "scenariojson.h"

#include "distributionfields.h"
#include "factorjson.h"
#include "scheduledevents.h"
#include "jsonstructure.h"
#include "storetext.h"
#include "timestamps.h"
#include "validation.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace asirace {
namespace {

using nlohmann::json;

std::string token(std::string_view key) { return jsonPointerToken(key); }

// A value as a message shows it: a scalar as its JSON text (cut when long), an
// array or object by its kind alone. Never dump() a container here: dump()
// recurses, so a hostile document nested 65k deep would overflow the stack.
std::string describe(const json &value)
{
    if (value.is_object())
        return "an object";
    if (value.is_array())
        return "an array";
    return store::printable(value.dump(-1, ' ', false, json::error_handler_t::replace), 60);
}

// Text is taken only without the control characters its kind forbids (the
// JSON parser has already refused anything that is not UTF-8).
bool acceptableText(const std::string &text, store::TextKind kind, const std::string &at,
                    std::vector<JsonIssue> &issues)
{
    auto reason = store::textProblem(text, kind);
    if (!reason.empty())
        issues.push_back({at, "\"" + store::printable(text, 40) + "\" " + reason});
    return reason.empty();
}

template <class Owner>
json fieldsToJson(const Owner &owner, std::span<const NumericField<Owner>> numeric,
                  std::span<const TextField<Owner>> text)
{
    json out = json::object();
    for (const auto &f : text)
        out[std::string(f.name)] = owner.*f.member;
    for (const auto &f : numeric) {
        const double v = owner.*f.member;
        if (f.type != FieldType::Real && std::isfinite(v) && std::abs(v) < 9e15)
            out[std::string(f.name)] = static_cast<long long>(v);
        else
            out[std::string(f.name)] = v;
    }
    return out;
}

json sourcesToJson(const std::map<std::string, std::string> &sources)
{
    json out = json::object();
    for (const auto &[k, v] : sources)
        out[k] = v;
    return out;
}

// Reads the fields of `Owner` from `object`; keys in `extraKeys` are left to the caller.
template <class Owner>
void fieldsFromJson(const json &object, const std::string &pointer, Owner &owner,
                    std::span<const NumericField<Owner>> numeric, std::span<const TextField<Owner>> text,
                    std::initializer_list<std::string_view> extraKeys, std::vector<JsonIssue> &issues)
{
    for (const auto &[key, value] : object.items()) {
        const std::string at = pointer + "/" + token(key);
        if (const auto *f = findNumericField(numeric, key)) {
            if (!value.is_number()) {
                issues.push_back({at, describe(value) + " is not a number (allowed: " + formatRange(f->min, f->max) + ")"});
                continue;
            }
            const double v = value.template get<double>();
            auto reason = checkNumeric(v, f->min, f->max, f->type);
            if (!reason.empty())
                issues.push_back({at, formatValue(v) + " " + reason});
            else
                owner.*f->member = v;
        } else if (const auto *t = findTextField(text, key)) {
            if (!value.is_string()) {
                issues.push_back({at, describe(value) + " is not text"});
                continue;
            }
            auto s = value.template get<std::string>();
            if (!acceptableText(s, t->rule == TextRule::Name ? store::TextKind::Name : store::TextKind::Prose, at,
                                issues))
                continue;
            auto reason = checkText(s, t->rule, t->choices);
            if (!reason.empty())
                issues.push_back({at, "\"" + s + "\" " + reason});
            else
                owner.*t->member = s;
        } else if (std::find(extraKeys.begin(), extraKeys.end(), key) == extraKeys.end() && !isRetiredField(key)) {
            issues.push_back({at, "unknown key"});
        }
    }
}

// Sources are keyed by the field they document; a key naming no field of the
// object is reported, as a typo would otherwise detach the citation silently.
template <class Owner>
void sourcesFromJson(const json &object, const std::string &pointer, std::map<std::string, std::string> &sources,
                     std::span<const NumericField<Owner>> numeric, std::span<const TextField<Owner>> text,
                     std::vector<JsonIssue> &issues)
{
    auto it = object.find("sources");
    if (it == object.end())
        return;
    if (!it->is_object()) {
        issues.push_back({pointer + "/sources", "is not an object of field: citation"});
        return;
    }
    for (const auto &[key, value] : it->items()) {
        const std::string at = pointer + "/sources/" + token(key);
        if (isRetiredField(key))
            continue; // an input of an earlier model, dropped with its value
        if (!findNumericField(numeric, key) && !findTextField(text, key))
            issues.push_back({at, "names no field"});
        else if (!value.is_string())
            issues.push_back({at, "is not text"});
        else if (acceptableText(value.template get<std::string>(), store::TextKind::Prose, at, issues))
            sources[key] = value.template get<std::string>();
    }
}

json distributionToJson(const Distribution &d)
{
    json out = fieldsToJson(d, distributionNumericFields(), distributionTextFields());
    out[std::string(distributionKindField().name)] = std::string(distributionKindName(d.kind));
    return out;
}

void distributionFromJson(const json &object, const std::string &pointer, Distribution &d,
                          std::vector<JsonIssue> &issues)
{
    const auto &kind = distributionKindField();
    fieldsFromJson(object, pointer, d, distributionNumericFields(), distributionTextFields(), {kind.name}, issues);
    auto it = object.find(std::string(kind.name));
    if (it == object.end())
        return;
    const std::string at = pointer + "/" + std::string(kind.name);
    if (!it->is_string())
        issues.push_back({at, "is not text"});
    else if (!parseDistributionKind(it->get<std::string>(), d.kind))
        issues.push_back({at, describe(*it) + " is not one of " + formatChoices(kind.choices)});
}

// An event's month is one key, "from": "YYYY-MM"; its value is a number in the
// unit of the input it sets (checked against that input by validate()).
json eventToJson(const ScheduledEvent &e)
{
    json out = fieldsToJson(e, std::span<const NumericField<ScheduledEvent>>{}, eventTextFields());
    out[std::string(kEventFromKey)] = formatEventMonth(e.year, e.month);
    out[std::string(kEventValueKey)] = e.value;
    return out;
}

void eventFromJson(const json &object, const std::string &pointer, ScheduledEvent &e, std::vector<JsonIssue> &issues)
{
    fieldsFromJson(object, pointer, e, std::span<const NumericField<ScheduledEvent>>{}, eventTextFields(),
                   {kEventFromKey, kEventValueKey}, issues);
    if (auto it = object.find(std::string(kEventFromKey)); it != object.end()) {
        const std::string at = pointer + "/" + std::string(kEventFromKey);
        if (!it->is_string())
            issues.push_back({at, describe(*it) + " is not a month like \"2026-04\""});
        else if (auto reason = parseEventMonth(it->get<std::string>(), e.year, e.month))
            issues.push_back({at, *reason});
    }
    if (auto it = object.find(std::string(kEventValueKey)); it != object.end()) {
        if (!it->is_number())
            issues.push_back({pointer + "/" + std::string(kEventValueKey), describe(*it) + " is not a number"});
        else
            e.value = it->get<double>();
    }
}

template <class Item, class Read>
void readArray(const json &object, const char *key, const std::string &pointer, std::vector<Item> &out,
               std::vector<JsonIssue> &issues, Read read)
{
    auto it = object.find(key);
    if (it == object.end())
        return;
    if (!it->is_array()) {
        issues.push_back({pointer + "/" + key, "is not an array"});
        return;
    }
    for (size_t i = 0; i < it->size(); ++i) {
        const auto &element = (*it)[i];
        const std::string at = pointer + "/" + key + "/" + std::to_string(i);
        if (!element.is_object()) {
            issues.push_back({at, "is not an object"});
            continue;
        }
        Item item;
        read(element, at, item);
        out.push_back(std::move(item));
    }
}

// Where a validation problem lives in the scenario object at `base`.
std::string problemPointer(const Scenario &s, const Problem &p, const std::string &base)
{
    auto at = [&](std::string prefix) { return p.field.empty() ? prefix : prefix + "/" + token(p.field); };
    if (p.object == "scenario")
        return at(base);
    if (p.object == "assumptions")
        return at(base + "/assumptions");
    for (size_t i = 0; i < s.organisations.size(); ++i)
        if (p.object == "organisation '" + s.organisations[i].name + "'")
            return at(base + "/organisations/" + std::to_string(i));
    for (size_t i = 0; i < s.partnerships.size(); ++i)
        if (p.object == "partnership '" + s.partnerships[i].key() + "'")
            return at(base + "/partnerships/" + std::to_string(i));
    for (size_t i = 0; i < s.distributions.size(); ++i)
        if (p.object == "distribution '" + s.distributions[i].path + "'")
            return at(base + "/distributions/" + std::to_string(i));
    for (size_t i = 0; i < s.events.size(); ++i) {
        if (p.object != eventLabel(i, s.events[i]))
            continue;
        const std::string event = base + "/events/" + std::to_string(i);
        return p.field == "year" || p.field == "month" ? event + "/" + std::string(kEventFromKey) : at(event);
    }
    return base;
}

std::string problemText(const Problem &p)
{
    std::string text = p.value + " " + p.message;
    if (!p.allowed.empty() && p.message.find(p.allowed) == std::string::npos)
        text += " (allowed: " + p.allowed + ")";
    return text;
}

void timeFromJson(const json &value, const std::string &at, std::string &out, std::vector<JsonIssue> &issues)
{
    if (!value.is_string())
        issues.push_back({at, describe(value) + " is not text"});
    else if (const auto text = value.get<std::string>(); !text.empty() && !isUtcTimestamp(text))
        issues.push_back({at, describe(value) + " is not a UTC time like \"2025-01-31T12:00:00Z\""});
    else
        out = text;
}

} // namespace

std::optional<long long> jsonFormatVersion(const json &value)
{
    // get<int>() would wrap 18446744069414584321 to 1: take the number only when it fits.
    if (value.is_number_unsigned())
        return value.get<std::uint64_t>() <= 1u << 30 ? std::optional<long long>(value.get<long long>()) : std::nullopt;
    if (value.is_number_integer())
        return value.get<long long>();
    return std::nullopt;
}

json scenarioToJson(const Scenario &s)
{
    json out = json::object();
    out["name"] = s.name;
    out["description"] = s.description;
    out["created"] = s.created;
    out["modified"] = s.modified;
    out["author"] = s.author;
    out["model_version"] = s.modelVersion;
    out["notes"] = s.notes;
    json assumptions = fieldsToJson(s.assumptions, assumptionNumericFields(), assumptionTextFields());
    assumptions["sources"] = sourcesToJson(s.assumptions.sources);
    out["assumptions"] = std::move(assumptions);
    json orgs = json::array();
    for (const auto &org : s.organisations) {
        json o = fieldsToJson(org, organisationNumericFields(), organisationTextFields());
        o["sources"] = sourcesToJson(org.sources);
        orgs.push_back(std::move(o));
    }
    out["organisations"] = std::move(orgs);
    json parts = json::array();
    for (const auto &p : s.partnerships)
        parts.push_back(fieldsToJson(p, partnershipNumericFields(), partnershipTextFields()));
    out["partnerships"] = std::move(parts);
    json dists = json::array();
    for (const auto &d : s.distributions)
        dists.push_back(distributionToJson(d));
    out["distributions"] = std::move(dists);
    json events = json::array();
    for (const auto &e : s.events)
        events.push_back(eventToJson(e));
    out["events"] = std::move(events);
    out["factors"] = factorsToJson(s.factors);
    return out;
}

json scenariosToJson(const std::vector<Scenario> &scenarios)
{
    json list = json::array();
    for (const auto &s : scenarios)
        list.push_back(scenarioToJson(s));
    return json{{"format", kJsonFormatName}, {"version", kJsonFormatVersion}, {"scenarios", std::move(list)}};
}

bool scenarioFromJson(const json &object, const std::string &pointer, Scenario &out,
                      std::vector<JsonIssue> &issues)
{
    const size_t before = issues.size();
    if (!object.is_object()) {
        issues.push_back({pointer, "is not an object"});
        return false;
    }
    for (const auto &[key, value] : object.items()) {
        const std::string at = pointer + "/" + token(key);
        if (key == "name" || key == "description") {
            if (!value.is_string())
                issues.push_back({at, describe(value) + " is not text"});
            else if (acceptableText(value.get<std::string>(),
                                    key == "name" ? store::TextKind::Name : store::TextKind::Prose, at, issues))
                (key == "name" ? out.name : out.description) = value.get<std::string>();
        } else if (key == "created" || key == "modified") {
            timeFromJson(value, at, key == "created" ? out.created : out.modified, issues);
        } else if (key == "author" || key == "model_version" || key == "notes") {
            // Provenance (format version 3); a line of text each, notes free prose.
            std::string &text = key == "author" ? out.author : key == "notes" ? out.notes : out.modelVersion;
            if (!value.is_string())
                issues.push_back({at, describe(value) + " is not text"});
            else if (acceptableText(value.get<std::string>(),
                                    key == "notes" ? store::TextKind::Prose : store::TextKind::Name, at, issues))
                text = value.get<std::string>();
        } else if (key == "assumptions") {
            if (!value.is_object()) {
                issues.push_back({at, "is not an object"});
                continue;
            }
            fieldsFromJson(value, at, out.assumptions, assumptionNumericFields(), assumptionTextFields(),
                           {"sources"}, issues);
            sourcesFromJson(value, at, out.assumptions.sources, assumptionNumericFields(), assumptionTextFields(),
                            issues);
        } else if (key == "factors") {
            factorsFromJson(value, at, out.factors, issues);
        } else if (key != "organisations" && key != "partnerships" && key != "distributions" && key != "events") {
            issues.push_back({at, "unknown key"});
        }
    }
    if (out.name.empty())
        issues.push_back({pointer + "/name", "is missing or empty"});
    readArray(object, "organisations", pointer, out.organisations, issues,
              [&](const json &o, const std::string &at, Organisation &org) {
                  fieldsFromJson(o, at, org, organisationNumericFields(), organisationTextFields(),
                                 {"sources"}, issues);
                  sourcesFromJson(o, at, org.sources, organisationNumericFields(), organisationTextFields(), issues);
              });
    readArray(object, "partnerships", pointer, out.partnerships, issues,
              [&](const json &o, const std::string &at, Partnership &p) {
                  fieldsFromJson(o, at, p, partnershipNumericFields(), partnershipTextFields(), {}, issues);
              });
    readArray(object, "distributions", pointer, out.distributions, issues,
              [&](const json &o, const std::string &at, Distribution &d) {
                  distributionFromJson(o, at, d, issues);
              });
    readArray(object, "events", pointer, out.events, issues,
              [&](const json &o, const std::string &at, ScheduledEvent &e) { eventFromJson(o, at, e, issues); });
    if (issues.size() == before) {
        // Cross-field rules (unique names, partnership ends exist, ...) need the whole scenario.
        for (const auto &problem : validate(out))
            issues.push_back({problemPointer(out, problem, pointer), problemText(problem)});
    }
    return issues.size() == before;
}

bool scenariosFromJson(const json &document, std::vector<Scenario> &out, std::vector<JsonIssue> &issues)
{
    const size_t before = issues.size();
    if (!document.is_object()) {
        issues.push_back({"", "the document is not a JSON object"});
        return false;
    }
    if (!document.contains("scenarios")) {
        Scenario s;
        if (scenarioFromJson(document, "", s, issues))
            out.push_back(std::move(s));
        return issues.size() == before;
    }
    for (const auto &[key, value] : document.items()) {
        if (key == "format") {
            if (value != kJsonFormatName)
                issues.push_back({"/format", describe(value) + " is not \"" + std::string(kJsonFormatName) + "\""});
        } else if (key == "version") {
            const auto version = jsonFormatVersion(value);
            if (!version || *version < 1)
                issues.push_back({"/version", describe(value) + " is not a format version"});
            else if (*version > kJsonFormatVersion)
                issues.push_back({"/version", "version " + describe(value) + " is newer than this ASI Race reads (" +
                                                  std::to_string(kJsonFormatVersion) + "); update ASI Race"});
        } else if (key != "scenarios" && key != "note") {
            issues.push_back({"/" + token(key), "unknown key"});
        }
    }
    const auto &list = document["scenarios"];
    if (!list.is_array()) {
        issues.push_back({"/scenarios", "is not an array"});
        return false;
    }
    std::map<std::string, size_t> names;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string at = "/scenarios/" + std::to_string(i);
        Scenario s;
        if (!scenarioFromJson(list[i], at, s, issues))
            continue;
        if (auto [it, added] = names.emplace(s.name, i); !added)
            issues.push_back({at + "/name", json(s.name).dump() + " is already the name of /scenarios/" +
                                                std::to_string(it->second)});
        else
            out.push_back(std::move(s));
    }
    return issues.size() == before;
}

} // namespace asirace
