#pragma once
// Opens exported files the way a user's tools would and reports what is in
// them: PDF pages and text (poppler's pdfinfo/pdftotext), SVG structure
// (QXmlStreamReader), PNG pixel statistics and CSV rows. Shared by the export
// tests of the library, the window and the CLI.

#include <QColor>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include <cmath>

namespace asirace::test {

// Text of a PDF; ligatures folded so "first" matches however it was typeset.
inline QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0xFB01), QLatin1String("fi")).replace(QChar(0xFB02), QLatin1String("fl"));
    text.replace(QChar(0xFB00), QLatin1String("ff")).replace(QChar(0xFB03), QLatin1String("ffi"));
    return text.simplified(); // pdftotext breaks lines where the layout does
}

inline int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return -1;
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

struct SvgInfo {
    bool wellFormed = false;
    QString error;
    QString viewBox;
    QString text;        // all <text> content, concatenated in document order
    int vectorShapes = 0; // path, polyline, polygon, line, rect, circle, ellipse
    int images = 0;       // embedded bitmaps (a vector export should have none)
    int patterns = 0;     // pattern fills, which many slide tools draw black
};

inline SvgInfo readSvg(const QString &path)
{
    SvgInfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return info;
    QXmlStreamReader xml(&file);
    bool inText = false;
    static const QStringList shapes{"path", "polyline", "polygon", "line", "rect", "circle", "ellipse"};
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            if (name == QLatin1String("svg"))
                info.viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
            inText = name == QLatin1String("text");
            if (shapes.contains(name))
                ++info.vectorShapes;
            if (name == QLatin1String("image"))
                ++info.images;
            if (name == QLatin1String("pattern") || name == QLatin1String("mask"))
                ++info.patterns;
        } else if (xml.isEndElement()) {
            inText = false;
        } else if (xml.isCharacters() && inText) {
            info.text += xml.text();
        }
    }
    info.wellFormed = !xml.hasError();
    info.error = xml.errorString();
    return info;
}

// Standard deviation of the grey level over all pixels: 0 for a blank image.
inline double greyDeviation(const QImage &image)
{
    double sum = 0, sumSq = 0;
    const qint64 n = qint64(image.width()) * image.height();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const double g = qGray(image.pixel(x, y));
            sum += g;
            sumSq += g * g;
        }
    const double mean = sum / double(n);
    return std::sqrt(std::max(0.0, sumSq / double(n) - mean * mean));
}

// Pixels within `tolerance` per channel of `colour`.
inline int colourCount(const QImage &image, const QColor &colour, int tolerance = 10)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (std::abs(qRed(p) - colour.red()) <= tolerance && std::abs(qGreen(p) - colour.green()) <= tolerance &&
                std::abs(qBlue(p) - colour.blue()) <= tolerance)
                ++count;
        }
    return count;
}

// RFC 4180 lines as written by the exporter (quoted fields may hold commas).
inline QList<QStringList> readCsv(const QString &path)
{
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        QString line = QString::fromUtf8(raw);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            continue;
        QStringList fields;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted) {
                if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else if (c == QLatin1Char('"')) {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                fields << field;
                field.clear();
            } else {
                field += c;
            }
        }
        fields << field;
        rows << fields;
    }
    return rows;
}

} // namespace asirace::test
