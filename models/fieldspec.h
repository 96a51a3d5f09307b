#pragma once
// Field metadata: every input of the model is declared exactly once, with its
// canonical snake_case name, unit, allowed range and meaning. Validation, JSON,
// database columns, the CLI's --set and the GUI's tooltips all read these tables,
// so a field can never be valid in one place and rejected in another.

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace asirace {

enum class FieldType {
    Real,    // any finite value in [min, max]
    Integer, // whole numbers in [min, max] (years, months)
    Flag,    // 0 or 1, shown as a check box
};

template <class Owner>
struct NumericField {
    std::string_view name;        // canonical snake_case name
    std::string_view unit;        // shown in headers and tooltips
    double min;
    double max;
    double defaultValue;
    FieldType type;
    double Owner::*member;
    std::string_view description; // what the field means to a user
    bool logScale = false;        // sliders and editors step in orders of magnitude
};

enum class TextRule {
    Name,   // non-empty, at most 64 characters, no '/' or '.' (they separate --set paths)
    Colour, // #rrggbb
    Choice, // one of `choices`
    Free,   // any text (descriptions, sources)
};

template <class Owner>
struct TextField {
    std::string_view name;
    TextRule rule;
    std::string Owner::*member;
    std::string_view description;
    std::span<const std::string_view> choices = {};
};

template <class Owner>
const NumericField<Owner> *findNumericField(std::span<const NumericField<Owner>> fields,
                                            std::string_view name)
{
    for (const auto &field : fields)
        if (field.name == name)
            return &field;
    return nullptr;
}

template <class Owner>
const TextField<Owner> *findTextField(std::span<const TextField<Owner>> fields,
                                      std::string_view name)
{
    for (const auto &field : fields)
        if (field.name == name)
            return &field;
    return nullptr;
}

// Inputs that earlier versions of the model stored and the current one no
// longer has (race model v2 replaced them: docs/MODEL.md, "What changed from
// v1 and why"). Files and JSON that still carry them open; the values and
// their sources are dropped.
bool isRetiredField(std::string_view name);

// "[0.05, 0.8]" as shown in error messages.
std::string formatRange(double min, double max);
// "a | b | c": the allowed values of a choice, as shown in error messages.
std::string formatChoices(std::span<const std::string_view> choices);
// Shortest round-trippable text for a value ("1.7", "2.5e+26", "nan").
std::string formatValue(double value);

// Empty when `value` is acceptable for a field of this type and range,
// otherwise the reason ("is outside [0, 1]", "is not a number", ...).
std::string checkNumeric(double value, double min, double max, FieldType type);
std::string checkText(const std::string &value, TextRule rule,
                      std::span<const std::string_view> choices);

} // namespace asirace
