#pragma once
// What an export should produce: formats, size, scale and theme. Shared by the
// export dialog and `asirace-cli charts`, so both accept and reject the same
// values with the same messages.

#include <QList>
#include <QSize>
#include <QString>

#include <optional>

namespace asirace {

enum class ExportFormat { Png, Svg, Pdf, Csv };
enum class ExportTheme { Light, Dark };

inline constexpr int kMinExportSide = 200;  // px; smaller charts cannot hold their labels
inline constexpr int kMaxExportSide = 8000; // px; larger images exhaust memory for little gain
inline constexpr double kMinExportScale = 0.5;
inline constexpr double kMaxExportScale = 4.0;

struct SizePreset {
    QString id;    // "1080p", as typed on the command line
    QString label; // "1920 × 1080 (16:9, 1080p)"
    QSize size;    // layout size in pixels
};

// 1920x1080, 1280x720, 1600x1200 (4:3) and A4 landscape (at 150 dpi; PDF pages are real A4).
const QList<SizePreset> &sizePresets();
inline const QSize kA4LandscapeSize(1754, 1240);

struct ExportOptions {
    QSize size{1920, 1080}; // layout size [px]: where labels go and how large type is
    double scale = 1.0;     // PNG and clipboard: image pixels = size × scale (2 for high-DPI slides)
    ExportTheme theme = ExportTheme::Light;

    QSize pixelSize() const; // size × scale, rounded
    bool isA4() const { return size == kA4LandscapeSize; }
};

QString formatName(ExportFormat format);    // "png"
QString fileSuffix(ExportFormat format);    // "png"
QString themeName(ExportTheme theme);       // "light"

// "png,svg" -> formats; nullopt and *error ("unknown format 'gif' ...") otherwise.
std::optional<QList<ExportFormat>> parseFormats(const QString &text, QString *error);
// "1920x1080" or a preset id ("a4"); checked against the side limits.
std::optional<QSize> parseSize(const QString &text, QString *error);
std::optional<ExportTheme> parseTheme(const QString &text, QString *error);

// Empty when the options can be exported, otherwise why not.
std::optional<QString> checkOptions(const ExportOptions &options);

} // namespace asirace
