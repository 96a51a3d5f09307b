#include "provenancetext.h"

#include <QObject>
#include <QStringList>

namespace asirace {
namespace {
QString qs(const std::string &text) { return QString::fromStdString(text); }
QString day(const std::string &utc) { return qs(utc.substr(0, 10)); } // the date of "2026-12-01T10:00:00Z"
} // namespace

QString provenanceLine(const Scenario &s)
{
    QStringList parts;
    if (!s.author.empty())
        parts << qs(s.author);
    if (!s.created.empty())
        parts << QObject::tr("created %1").arg(day(s.created));
    if (!s.modified.empty())
        parts << QObject::tr("modified %1").arg(day(s.modified));
    if (!s.assumptions.data_as_of.empty())
        parts << QObject::tr("data as of %1").arg(qs(s.assumptions.data_as_of));
    parts << (s.modelVersion.empty() ? QObject::tr("not run yet") : QObject::tr("run with %1").arg(qs(s.modelVersion)));
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace asirace
