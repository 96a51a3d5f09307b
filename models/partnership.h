#pragma once
// Terms between a partner (org_a: provider, investor or licensee) and a lab
// (org_b). Three kinds of resource term, never counted twice:
//   money     investment_usd_per_year flows a -> b into b's budget;
//   compute   compute_supplied_h100e is capacity a puts at b's disposal unpaid;
//   purchase  commitment_usd_per_year is compute b buys from a, paid from b's
//             own budget; it only secures delivery (priority over the world's
//             chip supply), it adds no money and no free compute.
// Revenue and profit shares and IP flow from b to a.

#include "fieldspec.h"

#include <span>
#include <string>

namespace asirace {

struct Partnership {
    std::string org_a;
    std::string org_b;
    std::string source;

    double compute_supplied_h100e = 0;
    double commitment_usd_per_year = 0;
    double revenue_share = 0;
    double profit_share = 0;
    double investment_usd_per_year = 0;
    double ip_access = 0;
    double ip_lag_months = 6;
    double ip_until_year = 2030;
    double rofr = 0;
    double rofr_decline_probability = 0.5;
    double rofr_delay_months = 6;
    double start_year = 2019;
    double start_month = 1;
    double end_year = 2035;
    double ends_at_agi = 0;

    // "Microsoft/OpenAI": the key used by --set paths and error messages.
    std::string key() const { return org_a + "/" + org_b; }
};

std::span<const NumericField<Partnership>> partnershipNumericFields();
std::span<const TextField<Partnership>> partnershipTextFields();

} // namespace asirace
