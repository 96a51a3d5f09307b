#include "exportoptions.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace asirace {

const QList<SizePreset> &sizePresets()
{
    static const QList<SizePreset> presets{
        {QStringLiteral("1080p"), QStringLiteral("1920 × 1080 (16:9 slides, 1080p)"), QSize(1920, 1080)},
        {QStringLiteral("720p"), QStringLiteral("1280 × 720 (16:9 slides, 720p)"), QSize(1280, 720)},
        {QStringLiteral("4:3"), QStringLiteral("1600 × 1200 (4:3 slides)"), QSize(1600, 1200)},
        {QStringLiteral("a4"), QStringLiteral("A4 landscape (print, 150 dpi)"), kA4LandscapeSize},
    };
    return presets;
}

QSize ExportOptions::pixelSize() const
{
    return QSize(int(std::lround(size.width() * scale)), int(std::lround(size.height() * scale)));
}

QString formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Svg: return QStringLiteral("svg");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::Csv: return QStringLiteral("csv");
    }
    return {};
}

QString fileSuffix(ExportFormat format)
{
    return formatName(format);
}

QString themeName(ExportTheme theme)
{
    return theme == ExportTheme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

std::optional<QList<ExportFormat>> parseFormats(const QString &text, QString *error)
{
    static const QList<ExportFormat> all{ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Csv};
    QList<ExportFormat> formats;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed().toLower();
        auto it = std::find_if(all.begin(), all.end(), [&](ExportFormat f) { return formatName(f) == name; });
        if (it == all.end()) {
            if (error)
                *error = QStringLiteral("unknown format '%1' (use png, svg, pdf or csv, comma-separated)").arg(part.trimmed());
            return std::nullopt;
        }
        if (!formats.contains(*it))
            formats << *it;
    }
    if (formats.isEmpty()) {
        if (error)
            *error = QStringLiteral("no format given (use png, svg, pdf or csv, comma-separated)");
        return std::nullopt;
    }
    return formats;
}

std::optional<QSize> parseSize(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed().toLower();
    for (const SizePreset &preset : sizePresets())
        if (preset.id == trimmed)
            return preset.size;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})[x×](\\d{1,6})$"));
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch()) {
        if (error)
            *error = QStringLiteral("size '%1' is not WIDTHxHEIGHT in pixels (e.g. 1920x1080) or a preset "
                                    "(1080p, 720p, 4:3, a4)")
                         .arg(text);
        return std::nullopt;
    }
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    ExportOptions options;
    options.size = size;
    if (auto problem = checkOptions(options)) {
        if (error)
            *error = *problem;
        return std::nullopt;
    }
    return size;
}

std::optional<ExportTheme> parseTheme(const QString &text, QString *error)
{
    const QString name = text.trimmed().toLower();
    if (name == QLatin1String("light"))
        return ExportTheme::Light;
    if (name == QLatin1String("dark"))
        return ExportTheme::Dark;
    if (error)
        *error = QStringLiteral("unknown theme '%1' (use light or dark)").arg(text);
    return std::nullopt;
}

std::optional<QString> checkOptions(const ExportOptions &options)
{
    const auto inRange = [](int side) { return side >= kMinExportSide && side <= kMaxExportSide; };
    if (!inRange(options.size.width()) || !inRange(options.size.height()))
        return QStringLiteral("size %1x%2 is out of range: width and height must be %3..%4 px")
            .arg(options.size.width())
            .arg(options.size.height())
            .arg(kMinExportSide)
            .arg(kMaxExportSide);
    if (!(options.scale >= kMinExportScale && options.scale <= kMaxExportScale))
        return QStringLiteral("scale %1 is out of range %2..%3").arg(options.scale).arg(kMinExportScale).arg(kMaxExportScale);
    const QSize pixels = options.pixelSize();
    if (pixels.width() > kMaxExportSide * 2 || pixels.height() > kMaxExportSide * 2)
        return QStringLiteral("size × scale gives %1x%2 px, more than %3 px per side")
            .arg(pixels.width())
            .arg(pixels.height())
            .arg(kMaxExportSide * 2);
    return std::nullopt;
}

} // namespace asirace
