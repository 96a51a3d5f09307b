#include "fieldslider.h"

#include "markedslider.h"
#include "scientificspinbox.h"
#include "valueformat.h"
#include "wheelguard.h"

#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

#include <cmath>

namespace asirace {
namespace {
double roundToSignificant(double value, int digits)
{
    if (value == 0 || !std::isfinite(value))
        return value;
    const double scale = std::pow(10.0, digits - 1 - int(std::floor(std::log10(std::fabs(value)))));
    return std::round(value * scale) / scale;
}
} // namespace

FieldSlider::FieldSlider(const SliderSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_label(new QLabel(this))
    , m_slider(new MarkedSlider(this))
    , m_spin(new ScientificSpinBox(this))
    , m_reset(new QToolButton(this))
    , m_distribution(new QToolButton(this))
{
    setToolTip(spec.toolTip);
    const QString label = spec.label.isEmpty() ? prettyFieldName(spec.name.toStdString()) : spec.label;
    setStatusTip(QStringLiteral("%1 [%2], allowed %3 to %4").arg(label, spec.unit, QString::number(spec.min, 'g', 6),
                                                                 QString::number(spec.max, 'g', 6)));
    m_slider->setRange(0, kSteps);
    m_slider->setPageStep(kSteps / 20);
    m_slider->setObjectName(spec.name);
    m_spin->setRange(spec.min, spec.max);
    m_spin->setLogarithmic(spec.logScale);
    m_spin->setInteger(spec.type == FieldType::Integer);
    m_spin->setSingleStep(spec.type == FieldType::Integer ? 1.0 : roundToSignificant((spec.max - spec.min) / 100, 1));
    m_spin->setFixedWidth(84);
    m_spin->setToolTip(spec.toolTip);
    WheelGuard::install(m_slider);
    WheelGuard::install(m_spin);
    // Label and unit on one line, the unit in grey. No wrapping, and a width
    // the label does not dictate: turning bold (moved) never re-wraps the text
    // or moves the rows below; a label too long for the panel ends in "…"
    // (see updateLabel()) and its tooltip has it whole.
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(false);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_label->setToolTip(spec.toolTip);
    m_labelText = label;
    m_reset->setText(QStringLiteral("\u21BA"));
    m_reset->setAutoRaise(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(0);
    layout->addWidget(m_label, 0, 0);
    layout->addWidget(m_spin, 0, 1);
    layout->addWidget(m_reset, 0, 2);
    layout->addWidget(m_distribution, 0, 3);
    layout->addWidget(m_slider, 1, 0, 1, 4);
    layout->setColumnStretch(0, 1);

    connect(m_slider, &QSlider::valueChanged, this, &FieldSlider::onSliderMoved);
    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_dragEmitted = false; });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &FieldSlider::onSpinChanged);
    connect(m_reset, &QToolButton::clicked, this, &FieldSlider::onReset);
    m_distribution->setText(QStringLiteral("~"));
    m_distribution->setAutoRaise(true);
    m_distribution->setObjectName(spec.name + QStringLiteral("Distribution"));
    connect(m_distribution, &QToolButton::clicked, this, &FieldSlider::distributionRequested);
    setUncertainty(std::nullopt);
    setDefaultValue(spec.defaultValue, tr("default"));
    setValue(spec.defaultValue);
}

double FieldSlider::lowerForScale() const
{
    // A log slider cannot reach 0: start six orders of magnitude below the top.
    return m_spec.min > 0 ? m_spec.min : m_spec.max * 1e-6;
}

int FieldSlider::positionOf(double value) const
{
    double t = 0;
    if (m_spec.logScale) {
        const double lo = std::log10(lowerForScale()), hi = std::log10(m_spec.max);
        t = value <= 0 ? 0 : (std::log10(value) - lo) / (hi - lo);
    } else {
        t = (value - m_spec.min) / (m_spec.max - m_spec.min);
    }
    return int(std::lround(std::clamp(t, 0.0, 1.0) * kSteps));
}

double FieldSlider::valueAt(int position) const
{
    const double t = double(position) / kSteps;
    double value = 0;
    if (m_spec.logScale) {
        const double lo = std::log10(lowerForScale()), hi = std::log10(m_spec.max);
        value = position == 0 ? m_spec.min : roundToSignificant(std::pow(10.0, lo + t * (hi - lo)), 3);
    } else {
        const double step = (m_spec.max - m_spec.min) / kSteps;
        const double quantum = std::pow(10.0, std::floor(std::log10(step)));
        value = m_spec.min + std::round(t * (m_spec.max - m_spec.min) / quantum) * quantum;
        value = roundToSignificant(value, 12); // drop binary noise (0.30000000000000004)
    }
    if (m_spec.type == FieldType::Integer || m_spec.type == FieldType::Flag)
        value = std::round(value);
    return std::clamp(value, m_spec.min, m_spec.max);
}

void FieldSlider::setValue(double value)
{
    m_value = value;
    const QSignalBlocker sliderBlock(m_slider);
    const QSignalBlocker spinBlock(m_spin);
    m_slider->setValue(positionOf(value));
    m_spin->setValue(value);
    updateDecorations();
}

void FieldSlider::setDefaultValue(double value, const QString &origin)
{
    m_spec.defaultValue = value;
    m_defaultOrigin = origin;
    m_slider->setMarker(positionOf(value));
    m_reset->setToolTip(tr("Reset to %1: %2 %3").arg(origin, displayValue(value, m_spec.type), m_spec.unit));
    updateDecorations();
}

void FieldSlider::setUncertainty(const std::optional<Uncertainty> &uncertainty)
{
    // A drag of this slider calls this on every tick: restyle only what changed
    // (a style sheet repolishes the button and relayouts its row, even when equal).
    m_uncertain = uncertainty.has_value();
    QString tip;
    if (uncertainty) {
        m_slider->setBand(positionOf(uncertainty->p10), positionOf(uncertainty->p90));
        tip = tr("<b>Uncertain in Monte Carlo</b>: drawn from %1 (p10 %2, p90 %3 %4).<br>"
                 "Click to edit the distribution.")
                  .arg(uncertainty->summary.toHtmlEscaped(), displayValue(uncertainty->p10, m_spec.type),
                       displayValue(uncertainty->p90, m_spec.type), m_spec.unit.toHtmlEscaped());
    } else {
        m_slider->setBand(1, 0);
        tip = tr("Monte Carlo keeps this input at its value in every run. Click to give it a distribution.");
    }
    if (m_distribution->toolTip() != tip)
        m_distribution->setToolTip(tip);
    if (m_uncertaintyStyled == m_uncertain)
        return;
    m_uncertaintyStyled = m_uncertain;
    m_distribution->setStyleSheet(m_uncertain ? QStringLiteral("color: #b45309; font-weight: 700;")
                                              : QStringLiteral("color: #94a3b8;"));
}

void FieldSlider::onSliderMoved(int position)
{
    const double value = valueAt(position);
    if (value == m_value)
        return;
    m_value = value;
    {
        const QSignalBlocker block(m_spin);
        m_spin->setValue(value);
    }
    updateDecorations();
    const bool continues = m_slider->isSliderDown() && m_dragEmitted;
    m_dragEmitted = m_slider->isSliderDown();
    emit valueEdited(value, continues);
}

void FieldSlider::onSpinChanged(double value)
{
    if (m_spec.type == FieldType::Integer)
        value = std::round(value);
    if (value == m_value)
        return;
    m_value = value;
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(positionOf(value));
    }
    updateDecorations();
    emit valueEdited(value, false);
}

void FieldSlider::onReset()
{
    if (m_value == m_spec.defaultValue)
        return;
    setValue(m_spec.defaultValue);
    emit valueEdited(m_spec.defaultValue, false);
}

void FieldSlider::updateDecorations()
{
    const bool moved = m_value != m_spec.defaultValue;
    if (m_moved && *m_moved == moved)
        return; // restyling is slow; slider drags call this on every tick
    m_moved = moved;
    m_reset->setEnabled(moved);
    updateLabel();
}

void FieldSlider::updateLabel()
{
    // A moved input reads in the accent colour, so changed assumptions stand
    // out. Rich text, not a style sheet: a widget with a style sheet keeps its
    // palette when the theme changes.
    const bool moved = m_moved.value_or(false);
    // Too long for the row: the text ends in "…", measured in
    // the bold weight so turning bold never pushes it past the edge.
    QFont bold = m_label->font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(bold);
    // The name comes first: the unit takes what room it leaves (the tooltip
    // and the status bar give both whole).
    m_labelWidth = m_label->contentsRect().width();
    const int room = m_labelWidth;
    const QString fitted = m_labelWidth > 0 ? metrics.elidedText(m_labelText, Qt::ElideRight, std::max(room, 0)) : m_labelText;
    QString unit = m_labelWidth > 0 ? metrics.elidedText(m_spec.unit, Qt::ElideRight,
                                                         std::max(0, m_labelWidth - metrics.horizontalAdvance(fitted + QLatin1Char(' '))))
                                    : m_spec.unit;
    if (m_labelWidth > 0 && metrics.horizontalAdvance(fitted + QLatin1Char(' ') + unit) > m_labelWidth)
        unit.clear(); // measured whole, the pieces' rounding can add a pixel or two
    m_labelElided = fitted != m_labelText || unit != m_spec.unit;
    const QString name = fitted.toHtmlEscaped();
    const QString shown = moved ? QStringLiteral("<span style=\"color:%1; font-weight:600;\">%2</span>")
                                      .arg(palette().color(QPalette::Link).name(), name)
                                : name;
    m_label->setText(unit.isEmpty() ? shown : QStringLiteral("%1 <span style=\"color:#64748b;\">%2</span>").arg(shown, unit.toHtmlEscaped()));
    // The field's tooltip opens with the whole name (fieldtooltip.cpp); without one, a cut name gets its own.
    if (m_spec.toolTip.isEmpty())
        m_label->setToolTip(m_labelElided ? m_labelText : QString());
}

void FieldSlider::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The layout has given the label its new width already.
    if (m_label->contentsRect().width() != m_labelWidth)
        updateLabel();
}

void FieldSlider::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateLabel(); // the accent colour of the new theme
}

} // namespace asirace
