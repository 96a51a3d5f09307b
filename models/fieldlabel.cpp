#include "fieldlabel.h"

#include "assumptions.h"
#include "fieldpath.h"
#include "organisation.h"
#include "partnership.h"

#include <algorithm>
#include <array>
#include <utility>

namespace asirace {
namespace {

// Abbreviations and unit words that read better spelled as people write them.
constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kWords{{
    {"ai", "AI"},
    {"mfu", "MFU"},     {"moe", "MoE"},       {"gpu", "GPU"},   {"agi", "AGI"},   {"asi", "ASI"},
    {"oom", "(OOM)"},   {"hw", "HW"},         {"h100e", "H100e"}, {"h100", "H100"}, {"usd", "(USD)"},
    {"alg", "algorithmic"}, {"mtbf", "MTBF"}, {"ip", "IP"},     {"rofr", "ROFR"}, {"log10", "log10"},
    {"flop", "FLOP"},   {"flops", "FLOP/s"},
}};

std::string_view wordFor(std::string_view word)
{
    for (const auto &[raw, nice] : kWords)
        if (raw == word)
            return nice;
    return word;
}

template <class Owner>
std::string unitIn(std::span<const NumericField<Owner>> fields, std::string_view name)
{
    const auto *field = findNumericField(fields, name);
    return field ? std::string(field->unit) : std::string();
}

} // namespace

std::string fieldLabel(std::string_view fieldName)
{
    std::string text;
    std::size_t begin = 0;
    while (begin <= fieldName.size()) {
        std::size_t end = fieldName.find('_', begin);
        if (end == std::string_view::npos)
            end = fieldName.size();
        if (!text.empty())
            text += ' ';
        text += wordFor(fieldName.substr(begin, end - begin));
        begin = end + 1;
    }
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

std::string pathLabel(std::string_view path)
{
    const auto parsed = FieldPath::parse(path);
    if (!parsed)
        return std::string(path);
    std::string label = fieldLabel(parsed->field);
    if (parsed->owner == FieldPath::Owner::Assumptions)
        return label;
    // After an owner's name the field reads as a phrase: "OpenAI research talent".
    // Only a plain word is lowered: "MFU", "MoE" and "AI" keep their capitals.
    const std::size_t firstWord = std::min(label.find(' '), label.size());
    bool plain = label.size() > 1;
    for (std::size_t i = 1; i < firstWord; ++i)
        plain = plain && !(label[i] >= 'A' && label[i] <= 'Z');
    if (plain && label[0] >= 'A' && label[0] <= 'Z')
        label[0] = static_cast<char>(label[0] - 'A' + 'a');
    return parsed->ownerText() + " " + label;
}

std::string pathUnit(std::string_view path)
{
    const auto parsed = FieldPath::parse(path);
    if (!parsed)
        return {};
    switch (parsed->owner) {
    case FieldPath::Owner::Assumptions:
        return unitIn(assumptionNumericFields(), parsed->field);
    case FieldPath::Owner::Organisation:
        return unitIn(organisationNumericFields(), parsed->field);
    case FieldPath::Owner::Partnership:
        return unitIn(partnershipNumericFields(), parsed->field);
    }
    return {};
}

std::string pathLabelWithUnit(std::string_view path)
{
    const std::string label = pathLabel(path);
    const std::string unit = pathUnit(path);
    if (unit.empty() || unit == "flag")
        return label;
    if (label.size() > unit.size() && label.compare(label.size() - unit.size(), unit.size(), unit) == 0 &&
        label[label.size() - unit.size() - 1] == ' ')
        return label; // "Build lead months", not "Build lead months [months]"
    return label + " [" + unit + "]";
}

} // namespace asirace
