#include "exportdialog.h"

#include "figuretext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace asirace {

namespace {
const QList<ExportFormat> kFormats{ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Csv};

QString formatLabel(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png: return QObject::tr("PNG image");
    case ExportFormat::Svg: return QObject::tr("SVG vector image");
    case ExportFormat::Pdf: return QObject::tr("PDF vector page");
    case ExportFormat::Csv: return QObject::tr("CSV data (the series behind the chart)");
    }
    return {};
}
} // namespace

ExportDialog::ExportDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setWindowTitle(mode == Mode::Chart       ? tr("Export Chart")
                   : mode == Mode::AllCharts ? tr("Export All Charts")
                                             : tr("Export Report"));
    auto *form = new QFormLayout;

    m_chart = new QComboBox(this);
    for (ChartKind kind : allChartKinds())
        m_chart->addItem(figureTitle(kind), int(kind));
    if (mode == Mode::Chart)
        form->addRow(tr("Chart:"), m_chart);
    else
        m_chart->hide();

    m_format = new QComboBox(this);
    for (ExportFormat format : kFormats)
        m_format->addItem(formatLabel(format), int(format));
    m_size = new QComboBox(this);
    for (const SizePreset &preset : sizePresets())
        m_size->addItem(preset.label, preset.size);
    m_size->addItem(tr("Custom"), QSize());
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *spin : {m_width, m_height}) {
        spin->setRange(kMinExportSide, kMaxExportSide);
        spin->setSuffix(tr(" px"));
    }
    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(kMinExportScale, kMaxExportScale);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(2);
    m_scale->setPrefix(QStringLiteral("× "));
    m_scale->setToolTip(tr("PNG and clipboard: pixels per layout pixel (2 for high-DPI slides); vector formats scale freely"));
    if (mode != Mode::Report) {
        // Built only where it is shown: a layout never added to the form has
        // no owner (it leaked on every Export Report), and its "×" floated loose.
        auto *custom = new QHBoxLayout;
        custom->addWidget(m_width);
        custom->addWidget(new QLabel(QStringLiteral("×"), this));
        custom->addWidget(m_height);
        form->addRow(tr("Format:"), m_format);
        form->addRow(tr("Size:"), m_size);
        form->addRow(QString(), custom);
        form->addRow(tr("Scale:"), m_scale);
    } else {
        for (QWidget *w : std::initializer_list<QWidget *>{m_format, m_size, m_width, m_height, m_scale})
            w->hide();
    }
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Light"), int(ExportTheme::Light));
    m_theme->addItem(tr("Dark"), int(ExportTheme::Dark));
    form->addRow(tr("Theme:"), m_theme);

    m_target = new QLineEdit(this);
    // Wide enough for a folder and "Evidence baseline report.pdf" without scrolling.
    m_target->setMinimumWidth(m_target->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 56);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);
    form->addRow(mode == Mode::AllCharts ? tr("Folder:") : tr("File:"), targetRow);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_size, &QComboBox::currentIndexChanged, this, &ExportDialog::onSizePresetChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_width, &QSpinBox::valueChanged, this, &ExportDialog::updateState);
    connect(m_height, &QSpinBox::valueChanged, this, &ExportDialog::updateState);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updateState);
    connect(m_target, &QLineEdit::textChanged, this, &ExportDialog::updateState);

    setOptions(ExportOptions{});
    onFormatChanged();
}

void ExportDialog::setChart(ChartKind kind)
{
    m_chart->setCurrentIndex(m_chart->findData(int(kind)));
}

ChartKind ExportDialog::chart() const
{
    return ChartKind(m_chart->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ExportFormat ExportDialog::format() const
{
    return m_mode == Mode::Report ? ExportFormat::Pdf : ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::setOptions(const ExportOptions &options)
{
    const int preset = m_size->findData(options.size);
    m_size->setCurrentIndex(preset >= 0 ? preset : m_size->count() - 1);
    m_width->setValue(options.size.width());
    m_height->setValue(options.size.height());
    m_scale->setValue(options.scale);
    m_theme->setCurrentIndex(m_theme->findData(int(options.theme)));
    onSizePresetChanged();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.size = QSize(m_width->value(), m_height->value());
    options.scale = format() == ExportFormat::Png ? m_scale->value() : 1.0;
    options.theme = ExportTheme(m_theme->currentData().toInt());
    return options;
}

void ExportDialog::setTarget(const QString &path)
{
    m_target->setText(path);
}

QString ExportDialog::target() const
{
    return m_target->text().trimmed();
}

QString ExportDialog::problem() const
{
    if (auto problem = checkOptions(options()))
        return *problem;
    if (target().isEmpty())
        return m_mode == Mode::AllCharts ? tr("Choose a folder.") : tr("Choose a file.");
    return {};
}

void ExportDialog::browse()
{
    QString path;
    if (m_mode == Mode::AllCharts) {
        path = QFileDialog::getExistingDirectory(this, tr("Export all charts to"), target());
    } else {
        const QString suffix = fileSuffix(format());
        path = QFileDialog::getSaveFileName(this, windowTitle(), target(),
                                            tr("%1 (*.%2)").arg(formatLabel(format()), suffix));
        if (!path.isEmpty() && QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
            path += QLatin1Char('.') + suffix;
    }
    if (!path.isEmpty())
        setTarget(path);
}

void ExportDialog::onSizePresetChanged()
{
    const QSize preset = m_size->currentData().toSize();
    const bool custom = !preset.isValid();
    if (!custom) {
        m_width->setValue(preset.width());
        m_height->setValue(preset.height());
    }
    m_width->setEnabled(custom && m_mode != Mode::Report);
    m_height->setEnabled(custom && m_mode != Mode::Report);
    updateState();
}

void ExportDialog::onFormatChanged()
{
    // A file name follows the format, so "chart.png" becomes "chart.svg".
    if (m_mode == Mode::Chart && !target().isEmpty()) {
        const QFileInfo info(target());
        setTarget(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + fileSuffix(format())));
    }
    const bool image = format() != ExportFormat::Csv;
    m_size->setEnabled(image);
    m_scale->setEnabled(format() == ExportFormat::Png);
    updateState();
}

void ExportDialog::updateState()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace asirace
