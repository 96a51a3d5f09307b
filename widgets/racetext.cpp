#include "racetext.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace asirace {

namespace {

QString superscript(int exponent)
{
    static const char16_t digits[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString out;
    if (exponent < 0)
        out += QChar(u'⁻');
    const QString plain = QString::number(std::abs(exponent));
    for (QChar c : plain)
        out += QChar(digits[c.digitValue()]);
    return out;
}

const LabSeries *findLab(const SimulationResult &result, const std::string &name)
{
    for (const auto &lab : result.labs)
        if (lab.name == name)
            return &lab;
    return nullptr;
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

QString formatMonthYear(double decimalYear)
{
    if (!std::isfinite(decimalYear))
        return QStringLiteral("–");
    // Round to the nearest month first so 2031.1666 and 2031.1667 agree.
    const long long monthIndex = std::llround(decimalYear * 12.0);
    const int year = int(monthIndex / 12);
    const int month = int(monthIndex % 12) + 1;
    return QLocale(QLocale::English).monthName(month, QLocale::ShortFormat) + QLatin1Char(' ') +
           QString::number(year);
}

int horizonYear(const SimulationResult &result)
{
    if (result.months.empty())
        return 0;
    return int(std::floor(result.months.back() + 1e-6));
}

QString formatScientific(double value, int significantDigits)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    if (value == 0)
        return QStringLiteral("0");
    const double magnitude = std::abs(value);
    if (magnitude >= 0.01 && magnitude < 1e4)
        return QString::number(value, 'g', std::max(significantDigits, int(std::floor(std::log10(magnitude))) + 1));
    int exponent = int(std::floor(std::log10(magnitude)));
    double mantissa = value / std::pow(10.0, exponent);
    // 9.96e26 at two digits must become 1.0×10²⁷, not 10×10²⁶.
    const double scale = std::pow(10.0, significantDigits - 1);
    mantissa = std::round(mantissa * scale) / scale;
    if (std::abs(mantissa) >= 10.0) {
        mantissa /= 10.0;
        ++exponent;
    }
    const QString powerText = QStringLiteral("10") + superscript(exponent);
    if (std::abs(mantissa) == 1.0)
        return mantissa < 0 ? QStringLiteral("-") + powerText : powerText;
    return QString::number(mantissa, 'f', significantDigits - 1) + QChar(u'×') + powerText;
}

QString formatYearSpan(double years)
{
    years = std::abs(years);
    const int months = int(std::lround(years * 12.0));
    if (months < 12)
        return months == 1 ? QStringLiteral("1 month") : QStringLiteral("%1 months").arg(months);
    const QString number = QString::number(years, 'f', 1);
    return number == QLatin1String("1.0") ? QStringLiteral("1 year") : number + QStringLiteral(" years");
}

QString raceHeadline(const SimulationResult &result)
{
    if (result.labs.empty())
        return QStringLiteral("No labs in this scenario.");

    const LabSeries *winner = result.winner ? findLab(result, *result.winner) : nullptr;
    if (!winner) {
        // Fall back to the earliest arrival if the result did not name a winner.
        for (const auto &lab : result.labs)
            if (lab.asi_year && (!winner || *lab.asi_year < *winner->asi_year))
                winner = &lab;
    }
    const int endYear = horizonYear(result);

    if (!winner || !winner->asi_year) {
        QString leader;
        if (!result.ranking.empty())
            leader = qs(result.ranking.front());
        else
            leader = qs(std::min_element(result.labs.begin(), result.labs.end(), [](const auto &a, const auto &b) {
                            return a.final_rank < b.final_rank;
                        })->name);
        return QStringLiteral("No lab reaches ASI by %1; %2 leads.").arg(endYear).arg(leader);
    }

    const LabSeries *runnerUp = nullptr;
    for (const auto &lab : result.labs)
        if (&lab != winner && lab.asi_year && (!runnerUp || *lab.asi_year < *runnerUp->asi_year))
            runnerUp = &lab;

    const QString when = formatMonthYear(*winner->asi_year);
    const QString lead = QStringLiteral("%1 reaches ASI first, in %2").arg(qs(winner->name), when);
    if (!runnerUp)
        return lead + QStringLiteral("; no other lab gets there by %1.").arg(endYear);
    const double gap = *runnerUp->asi_year - *winner->asi_year;
    if (std::lround(gap * 12.0) == 0) // a tie on the calendar: say so, and who ranks first
        return QStringLiteral("%1 and %2 both reach ASI in %3; %1 ranks first.")
            .arg(qs(winner->name), qs(runnerUp->name), when);
    return lead + QStringLiteral(", %1 ahead of %2.").arg(formatYearSpan(gap), qs(runnerUp->name));
}

} // namespace asirace
