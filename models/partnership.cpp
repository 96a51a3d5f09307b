#include "partnership.h"

#include <array>

namespace asirace {
namespace {

using F = NumericField<Partnership>;
using P = Partnership;
constexpr auto R = FieldType::Real;
constexpr auto I = FieldType::Integer;
constexpr auto B = FieldType::Flag;

const std::array kNumeric{
    F{"compute_supplied_h100e", "H100e", 0, 1e9, 0, R, &P::compute_supplied_h100e,
      "Compute the partner puts at the lab's disposal without payment while the terms apply (in-kind "
      "capacity); taken from the partner's own compute when the partner is a lab.", true},
    F{"commitment_usd_per_year", "USD/year", 0, 1e13, 0, R, &P::commitment_usd_per_year,
      "Compute the lab has committed to buy from the partner each year. Paid from the lab's own budget; "
      "it secures delivery ahead of the open market from the signing month, ramping over "
      "assumptions.commitment_ramp_years.", true},
    F{"revenue_share", "fraction", 0, 1, 0, R, &P::revenue_share,
      "Share of the lab's revenue paid to the partner."},
    F{"profit_share", "fraction", 0, 1, 0, R, &P::profit_share,
      "Share of the lab's profit (revenue left after revenue shares) owed to the partner."},
    F{"investment_usd_per_year", "USD/year", 0, 1e12, 0, R, &P::investment_usd_per_year,
      "Cash the partner invests in the lab each year while the terms apply.", true},
    F{"ip_access", "flag", 0, 1, 0, B, &P::ip_access,
      "The partner may deploy the lab's models: its capability follows the lab's with a lag."},
    F{"ip_lag_months", "months", 0, 120, 6, I, &P::ip_lag_months,
      "How far behind the lab the partner's licensed capability trails."},
    F{"ip_until_year", "year", 2020, 2100, 2030, I, &P::ip_until_year,
      "Last year the partner keeps IP access."},
    F{"rofr", "flag", 0, 1, 0, B, &P::rofr,
      "Right of first refusal: the lab buys other compute only when the partner declines."},
    F{"rofr_decline_probability", "probability", 0, 1, 0.5, R, &P::rofr_decline_probability,
      "Chance the partner declines to supply a requested expansion, freeing the lab to buy elsewhere."},
    F{"rofr_delay_months", "months", 0, 36, 6, I, &P::rofr_delay_months,
      "Months the lab waits for the partner's answer before buying elsewhere."},
    F{"start_year", "year", 2000, 2100, 2019, I, &P::start_year, "Year the terms were signed."},
    F{"start_month", "month", 1, 12, 1, I, &P::start_month, "Month the terms were signed (1-12)."},
    F{"end_year", "year", 2000, 2100, 2035, I, &P::end_year, "Last year the terms apply."},
    F{"ends_at_agi", "flag", 0, 1, 0, B, &P::ends_at_agi,
      "The terms end when the lab reaches AGI (the Microsoft-OpenAI AGI clause before Apr 2026)."},
};

const std::array kText{
    TextField<P>{"org_a", TextRule::Name, &P::org_a, "Partner: provider, investor or licensee."},
    TextField<P>{"org_b", TextRule::Name, &P::org_b, "Lab receiving compute or money."},
    TextField<P>{"source", TextRule::Free, &P::source, "Where the terms come from."},
};

} // namespace

std::span<const NumericField<Partnership>> partnershipNumericFields() { return kNumeric; }
std::span<const TextField<Partnership>> partnershipTextFields() { return kText; }

} // namespace asirace
