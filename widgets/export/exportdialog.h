#pragma once
// The settings of an export: which chart, format (png, svg, pdf, csv), size
// preset or custom size, scale for high-DPI slides, theme and where to write.
// One dialog serves Export Chart… (a file), Export All Charts… (a folder)
// and Export Report… (a PDF file; only theme and path apply).

#include "chartkind.h"
#include "exportoptions.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace asirace {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Chart, AllCharts, Report };

    ExportDialog(Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setChart(ChartKind kind);
    ChartKind chart() const;
    void setFormat(ExportFormat format);
    ExportFormat format() const;
    void setOptions(const ExportOptions &options);
    ExportOptions options() const;
    // Export Chart… and Export Report…: the file; Export All Charts…: the folder.
    void setTarget(const QString &path);
    QString target() const;

    // Why OK is disabled (empty when the settings can be exported); shown in the dialog.
    QString problem() const;

    // Widgets, for tests that drive the dialog.
    QComboBox *chartCombo() const { return m_chart; }
    QComboBox *formatCombo() const { return m_format; }
    QComboBox *sizeCombo() const { return m_size; }
    QSpinBox *widthSpin() const { return m_width; }
    QSpinBox *heightSpin() const { return m_height; }
    QDoubleSpinBox *scaleSpin() const { return m_scale; }
    QComboBox *themeCombo() const { return m_theme; }
    QLineEdit *targetEdit() const { return m_target; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void browse();
    void onSizePresetChanged();
    void onFormatChanged();
    void updateState();

    Mode m_mode;
    QComboBox *m_chart = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_size = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QComboBox *m_theme = nullptr;
    QLineEdit *m_target = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace asirace
