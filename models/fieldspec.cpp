#include "fieldspec.h"

#include <charconv>
#include <cmath>

namespace asirace {

bool isRetiredField(std::string_view name)
{
    // v1: a revenue ceiling per organisation, the world compute stock as the
    // research reference, capital cost per H100e, compute shares and H100e
    // commitments, exclusivity.
    for (std::string_view retired : {"h100e_cost_usd", "revenue_ceiling_usd", "world_compute_h100e", "compute_share",
                                     "compute_commitment_h100e", "exclusive"})
        if (name == retired)
            return true;
    return false;
}

std::string formatValue(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    char buffer[32];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string formatRange(double min, double max)
{
    // Built by appending: GCC 12 reports a false -Wrestrict on "[" + std::string.
    std::string out = "[";
    out.append(formatValue(min)).append(", ").append(formatValue(max)).append("]");
    return out;
}

std::string formatChoices(std::span<const std::string_view> choices)
{
    std::string out;
    for (auto c : choices)
        out.append(out.empty() ? "" : " | ").append(c);
    return out;
}

std::string checkNumeric(double value, double min, double max, FieldType type)
{
    if (std::isnan(value))
        return "is not a number";
    if (std::isinf(value))
        return "is infinite";
    if (value < min || value > max)
        return "is outside " + formatRange(min, max);
    if (type == FieldType::Integer && value != std::floor(value))
        return "is not a whole number";
    if (type == FieldType::Flag && value != 0 && value != 1)
        return "must be 0 or 1";
    return {};
}

std::string checkText(const std::string &value, TextRule rule,
                      std::span<const std::string_view> choices)
{
    switch (rule) {
    case TextRule::Name:
        if (value.empty())
            return "is empty";
        if (value.size() > 64)
            return "is longer than 64 characters";
        if (value.find_first_of("/.") != std::string::npos)
            return "contains '/' or '.'";
        if (value.front() == ' ' || value.back() == ' ')
            return "has leading or trailing spaces";
        return {};
    case TextRule::Colour: {
        bool ok = value.size() == 7 && value[0] == '#';
        for (size_t i = 1; ok && i < value.size(); ++i)
            ok = std::isxdigit(static_cast<unsigned char>(value[i]));
        return ok ? std::string{} : std::string{"is not a colour like #1f77b4"};
    }
    case TextRule::Choice:
        for (auto choice : choices)
            if (value == choice)
                return {};
        return "is not one of the allowed values";
    case TextRule::Free:
        return {};
    }
    return {};
}

} // namespace asirace
