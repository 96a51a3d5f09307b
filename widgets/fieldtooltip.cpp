#include "fieldtooltip.h"

namespace asirace {
namespace {
QString fromView(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
} // namespace

QString fieldTooltip(std::string_view name, const QString &label, std::string_view unit, std::string_view description,
                     double min, double max, const std::map<std::string, std::string> *sources)
{
    QString tip = QStringLiteral("<b>%1</b> [%2]<br>%3<br>Allowed: %4 to %5 %2")
                      .arg(label.toHtmlEscaped(), fromView(unit).toHtmlEscaped(), fromView(description).toHtmlEscaped(),
                           QString::number(min, 'g', 6), QString::number(max, 'g', 6));
    if (sources) {
        auto it = sources->find(std::string(name));
        if (it != sources->end())
            tip += QStringLiteral("<br><i>Source: %1</i>").arg(QString::fromStdString(it->second).toHtmlEscaped());
    }
    return tip;
}

} // namespace asirace
