#pragma once
// Edits the distribution Monte Carlo draws one input from: its kind, its
// parameters (named for the kind: mean and standard deviation, median and
// sigma of ln, low/mode/high), optional bounds and the source, with a small
// preview of the density, the input's current value and its p10/p50/p90.
// "No distribution" removes it (the input then keeps its value in every run).
// The dialog only proposes: the caller applies result() as one undo step.

#include "scenario.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QCustomPlot;

namespace asirace {

class ScientificSpinBox;

class DistributionDialog : public QDialog
{
    Q_OBJECT
public:
    // `scenario` resolves the input and stays alive while the dialog is open.
    DistributionDialog(const Scenario &scenario, const QString &path, QWidget *parent = nullptr);

    // The distribution as edited; empty for "no distribution".
    std::optional<Distribution> result() const;
    // Whether result() differs from what the scenario holds.
    bool changed() const;
    // Why the current entries cannot be accepted; empty when they can.
    QString problem() const { return m_problem; }

    // For tests and keyboard users: choose a kind (nullopt: none) and parameters.
    void setKind(std::optional<DistributionKind> kind);
    void setParameters(double a, double b, double c = 0);
    QCustomPlot *preview() const { return m_preview; }
    QString spreadText() const;

private:
    void onKindChanged();
    void update();
    void fillDefaults(DistributionKind kind);

    const Scenario &m_scenario;
    std::string m_path;
    std::optional<Distribution> m_original;
    double m_value = 0, m_min = 0, m_max = 0;
    QComboBox *m_kind;
    ScientificSpinBox *m_params[3];
    QLabel *m_paramLabels[3];
    ScientificSpinBox *m_lower;
    ScientificSpinBox *m_upper;
    QLineEdit *m_source;
    QCustomPlot *m_preview;
    QLabel *m_spread;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QString m_problem;
    bool m_filling = false;
};

} // namespace asirace
