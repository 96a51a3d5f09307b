#include "distributiondialog.h"

#include "distributionlookup.h"
#include "fieldlabel.h"
#include "fieldpath.h"
#include "scientificspinbox.h"
#include "validation.h"
#include "valueformat.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace asirace {
namespace {

constexpr DistributionKind kKinds[] = {DistributionKind::Normal, DistributionKind::Lognormal,
                                       DistributionKind::Uniform, DistributionKind::Triangular,
                                       DistributionKind::Fixed};

QString kindText(DistributionKind kind)
{
    switch (kind) {
    case DistributionKind::Fixed:
        return QObject::tr("fixed (the value as set, in every run)");
    case DistributionKind::Normal:
        return QObject::tr("normal");
    case DistributionKind::Lognormal:
        return QObject::tr("lognormal (for positive, multiplicative inputs)");
    case DistributionKind::Uniform:
        return QObject::tr("uniform");
    case DistributionKind::Triangular:
        return QObject::tr("triangular");
    }
    return {};
}

QString number(double v) { return displayValue(v, FieldType::Real); }

} // namespace

DistributionDialog::DistributionDialog(const Scenario &scenario, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_scenario(scenario)
    , m_path(path.toStdString())
    , m_kind(new QComboBox(this))
    , m_lower(new ScientificSpinBox(this))
    , m_upper(new ScientificSpinBox(this))
    , m_source(new QLineEdit(this))
    , m_preview(new QCustomPlot(this))
    , m_spread(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const auto ref = resolveNumericPath(scenario, m_path);
    if (ref) {
        m_value = *ref->value;
        m_min = ref->min;
        m_max = ref->max;
    }
    if (const auto index = findDistribution(scenario, m_path))
        m_original = scenario.distributions[*index];
    const QString label = QString::fromStdString(fieldPathLabelWithUnit(m_path));
    setWindowTitle(tr("Distribution of %1").arg(QString::fromStdString(fieldPathLabel(m_path))));

    auto *intro = new QLabel(tr("<b>%1</b><br>now %2 %3, allowed %4 to %5. Monte Carlo draws the input from this "
                                "distribution in every run; draws are kept within the allowed range.")
                                 .arg(label.toHtmlEscaped(), number(m_value), ref ? fromView(ref->unit) : QString(),
                                      number(m_min), number(m_max)),
                             this);
    intro->setWordWrap(true);

    m_kind->addItem(tr("No distribution (the value as set, in every run)"), -1);
    for (DistributionKind kind : kKinds)
        m_kind->addItem(kindText(kind), int(kind));
    m_kind->setToolTip(tr("The shape Monte Carlo draws the input from."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    for (int i = 0; i < 3; ++i) {
        m_params[i] = new ScientificSpinBox(this);
        m_params[i]->setRange(-1e300, 1e300);
        m_paramLabels[i] = new QLabel(this);
        m_paramLabels[i]->setBuddy(m_params[i]);
        form->addRow(m_paramLabels[i], m_params[i]);
        connect(m_params[i], &QDoubleSpinBox::valueChanged, this, [this] { update(); });
    }
    for (auto *bound : {m_lower, m_upper}) {
        bound->setRange(-1e300, 1e300);
        connect(bound, &QDoubleSpinBox::valueChanged, this, [this] { update(); });
    }
    m_lower->setToolTip(tr("Draws below this are raised to it. Equal bounds: only the allowed range applies."));
    m_upper->setToolTip(tr("Draws above this are lowered to it. Equal bounds: only the allowed range applies."));
    form->addRow(tr("&Lower bound:"), m_lower);
    form->addRow(tr("&Upper bound:"), m_upper);
    m_source->setPlaceholderText(tr("where the range comes from, or \"assumption: why\""));
    form->addRow(tr("&Source:"), m_source);

    m_preview->setMinimumSize(320, 140);
    m_preview->addGraph();
    m_preview->graph(0)->setPen(QPen(QColor(0x1d, 0x4e, 0xd8), 2));
    m_preview->graph(0)->setBrush(QColor(0x1d, 0x4e, 0xd8, 50));
    m_preview->yAxis->setTickLabels(false);
    m_preview->yAxis->setLabel(tr("density"));
    m_preview->xAxis->setLabel(label);
    m_spread->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_spread);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DistributionDialog::onKindChanged);
    connect(m_source, &QLineEdit::textChanged, this, [this] { update(); });

    m_filling = true;
    if (m_original) {
        m_kind->setCurrentIndex(m_kind->findData(int(m_original->kind)));
        setParameters(m_original->a, m_original->b, m_original->c);
        m_lower->setValue(m_original->lower);
        m_upper->setValue(m_original->upper);
        m_source->setText(QString::fromStdString(m_original->source));
    } else {
        m_kind->setCurrentIndex(0);
    }
    m_filling = false;
    onKindChanged();
}

void DistributionDialog::setKind(std::optional<DistributionKind> kind)
{
    m_kind->setCurrentIndex(m_kind->findData(kind ? int(*kind) : -1));
}

void DistributionDialog::setParameters(double a, double b, double c)
{
    const bool filling = m_filling;
    m_filling = true;
    m_params[0]->setValue(a);
    m_params[1]->setValue(b);
    m_params[2]->setValue(c);
    m_filling = filling;
    update();
}

void DistributionDialog::fillDefaults(DistributionKind kind)
{
    // A first guess centred on the current value, a tenth of it (or of the range) either side.
    const double v = m_value;
    const double spread = v != 0 ? 0.1 * std::fabs(v) : 0.1 * (m_max - m_min);
    auto inRange = [this](double x) { return std::clamp(x, m_min, m_max); };
    switch (kind) {
    case DistributionKind::Normal:
        setParameters(v, spread);
        break;
    case DistributionKind::Lognormal:
        setParameters(v > 0 ? v : std::max(m_min, 1e-9), 0.3);
        break;
    case DistributionKind::Uniform:
        setParameters(inRange(v - spread), inRange(v + spread));
        break;
    case DistributionKind::Triangular:
        setParameters(inRange(v - 2 * spread), v, inRange(v + 2 * spread));
        break;
    case DistributionKind::Fixed:
        setParameters(0, 0);
        break;
    }
}

void DistributionDialog::onKindChanged()
{
    const int data = m_kind->currentData().toInt();
    const bool none = data < 0;
    const DistributionKind kind = none ? DistributionKind::Fixed : DistributionKind(data);
    // Switching kind (not opening the dialog) proposes parameters around the current value.
    if (!m_filling && !none && (!m_original || m_original->kind != kind))
        fillDefaults(kind);
    else if (!m_filling && m_original && m_original->kind == kind)
        setParameters(m_original->a, m_original->b, m_original->c);
    const auto names = distributionParameterNames(kind);
    const std::string_view list[3] = {names.a, names.b, names.c};
    for (int i = 0; i < 3; ++i) {
        const bool used = !none && !list[i].empty();
        m_params[i]->setVisible(used);
        m_paramLabels[i]->setVisible(used);
        m_paramLabels[i]->setText(QString::fromUtf8(list[i].data(), qsizetype(list[i].size())) + QLatin1Char(':'));
    }
    for (auto *w : {static_cast<QWidget *>(m_lower), static_cast<QWidget *>(m_upper), static_cast<QWidget *>(m_source)})
        w->setEnabled(!none);
    update();
}

std::optional<Distribution> DistributionDialog::result() const
{
    const int data = m_kind->currentData().toInt();
    if (data < 0)
        return std::nullopt;
    Distribution d;
    d.path = m_path;
    d.kind = DistributionKind(data);
    const auto names = distributionParameterNames(d.kind);
    d.a = names.a.empty() ? 0 : m_params[0]->value();
    d.b = names.b.empty() ? 0 : m_params[1]->value();
    d.c = names.c.empty() ? 0 : m_params[2]->value();
    d.lower = m_lower->value();
    d.upper = m_upper->value();
    d.source = m_source->text().trimmed().toStdString();
    return d;
}

bool DistributionDialog::changed() const
{
    const auto now = result();
    if (!now || !m_original)
        return now.has_value() != m_original.has_value();
    const Distribution &o = *m_original;
    return now->kind != o.kind || now->a != o.a || now->b != o.b || now->c != o.c || now->lower != o.lower ||
           now->upper != o.upper || now->source != o.source;
}

QString DistributionDialog::spreadText() const
{
    return m_spread->text();
}

void DistributionDialog::update()
{
    if (m_filling)
        return;
    m_problem.clear();
    const auto d = result();
    QVector<double> xs, ys;
    if (d) {
        Scenario check;
        check.organisations = m_scenario.organisations;
        check.partnerships = m_scenario.partnerships;
        check.assumptions = m_scenario.assumptions;
        check.distributions = {*d};
        for (const auto &p : validate(check))
            if (p.object.rfind("distribution", 0) == 0) {
                m_problem = QString::fromStdString(p.field + ": " + p.value + " " + p.message);
                break;
            }
        if (m_problem.isEmpty()) {
            if (const auto spread = distributionSpread(m_scenario, *d)) {
                m_spread->setText(spread->uncertain
                                      ? tr("p10 %1 · median %2 · p90 %3 (now %4)")
                                            .arg(number(spread->p10), number(spread->p50), number(spread->p90),
                                                 number(m_value))
                                      : tr("Every run uses %1.").arg(number(spread->p50)));
            }
            for (const auto &point : distributionDensity(m_scenario, *d)) {
                xs << point.x;
                ys << point.density;
            }
        }
    } else {
        m_spread->setText(tr("Every run uses the value as set: %1.").arg(number(m_value)));
    }
    m_error->setText(m_problem);
    m_error->setVisible(!m_problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());

    m_preview->graph(0)->setData(xs, ys, true);
    m_preview->setVisible(!xs.isEmpty());
    if (!xs.isEmpty()) {
        const double lo = std::min(xs.front(), m_value), hi = std::max(xs.back(), m_value);
        const double pad = 0.05 * std::max(hi - lo, 1e-12);
        m_preview->xAxis->setRange(lo - pad, hi + pad);
        m_preview->yAxis->setRange(0, *std::max_element(ys.begin(), ys.end()) * 1.1);
        // The current value as a line, so a user sees where the edit sits in the spread.
        m_preview->clearItems();
        auto *now = new QCPItemStraightLine(m_preview);
        now->setPen(QPen(QColor(0x33, 0x33, 0x33), 1, Qt::DashLine));
        now->point1->setCoords(m_value, 0);
        now->point2->setCoords(m_value, 1);
    }
    m_preview->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace asirace
