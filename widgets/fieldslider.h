#pragma once
// One numeric input as a slider with a spin box, its unit, a mark at the
// default value and a reset button. Logarithmic fields slide in orders of
// magnitude. Emits valueEdited() only for user changes, never for setValue().
// An input Monte Carlo draws is marked: an amber p10-p90 band on the groove
// and a highlighted "~" button (its tooltip names the distribution); the
// button opens the distribution editor for any input (distributionRequested()).

#include "fieldspec.h"

#include <QWidget>

#include <optional>

class QLabel;
class QToolButton;

namespace asirace {

class MarkedSlider;
class ScientificSpinBox;

struct SliderSpec {
    QString name;  // canonical field name
    QString label; // what the interface calls it ("H100 peak throughput")
    QString unit;
    QString toolTip;
    double min = 0, max = 1, defaultValue = 0;
    FieldType type = FieldType::Real;
    bool logScale = false;
};

class FieldSlider : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSteps = 1000;

    explicit FieldSlider(const SliderSpec &spec, QWidget *parent = nullptr);

    const SliderSpec &spec() const { return m_spec; }
    double value() const { return m_value; }
    void setValue(double value); // shows it; emits nothing
    void setDefaultValue(double value, const QString &origin);
    MarkedSlider *slider() const { return m_slider; }
    QToolButton *distributionButton() const { return m_distribution; }

    // The input's distribution as drawn: its p10 and p90 and a one-line
    // summary; nullopt when Monte Carlo keeps the value as set.
    struct Uncertainty {
        double p10 = 0, p90 = 0;
        QString summary; // "lognormal: median 1.3, sigma of ln 0.3"
    };
    void setUncertainty(const std::optional<Uncertainty> &uncertainty);
    bool isUncertain() const { return m_uncertain; }
    ScientificSpinBox *spinBox() const { return m_spin; }

    // Slider position <-> value, rounded to what the slider can resolve.
    int positionOf(double value) const;
    double valueAt(int position) const;

signals:
    // `continuesPrevious`: a later tick of one drag (the document merges these into one undo step).
    void valueEdited(double value, bool continuesPrevious);
    void distributionRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateLabel();
    void onSliderMoved(int position);
    void onSpinChanged(double value);
    void onReset();
    void updateDecorations();
    double lowerForScale() const;

    SliderSpec m_spec;
    double m_value = 0;
    QString m_defaultOrigin;
    QString m_labelText;
    QLabel *m_label;
    int m_labelWidth = -1;      // the label's width the name was fitted to
    bool m_labelElided = false; // the name ends in "…"
    MarkedSlider *m_slider;
    ScientificSpinBox *m_spin;
    QToolButton *m_reset;
    QToolButton *m_distribution;
    bool m_uncertain = false;
    bool m_dragEmitted = false;
    std::optional<bool> m_moved; // value differs from the default (as last styled)
    std::optional<bool> m_uncertaintyStyled; // m_uncertain as the distribution button was last styled
};

} // namespace asirace
