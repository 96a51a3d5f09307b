#pragma once
// The Assumptions panel: the selected lab's key inputs and every global
// assumption as sliders. Each move becomes an EditRequest; a refused one is
// explained in the panel's banner and the slider snaps back.

#include "editrequest.h"
#include "scenario.h"

#include <QWidget>

#include <map>

class QComboBox;
class QGroupBox;

namespace asirace {

class FieldSlider;
class MessageBanner;

class AssumptionsPanel : public QWidget
{
    Q_OBJECT
public:
    // The organisation inputs shown for the selected lab, in this order.
    static const QStringList &labFields();

    explicit AssumptionsPanel(QWidget *parent = nullptr);

    void setEditHandler(EditHandler handler) { m_handler = std::move(handler); }
    // `reference` supplies the marks and what Reset returns to: the scenario as
    // opened or saved. May be null (the declared field defaults then).
    void setScenario(const Scenario *scenario, const Scenario *reference);
    void setSelectedOrganisation(const QString &name);
    QString selectedOrganisation() const { return m_selected; }
    void refresh(); // show the scenario's current values
    void refreshPath(const QString &path); // one value changed

    // "assumptions.alg_halving_months" or "lab.mfu" (the selected lab's slider).
    FieldSlider *slider(const QString &key) const;
    MessageBanner *banner() const { return m_banner; }

    // The scenario path a slider edits ("OpenAI.mfu" for "lab.mfu").
    QString pathOf(const QString &key) const;

signals:
    void inputRejected(const QString &reason);
    // The "~" button of the slider for `path` was clicked: edit its distribution.
    void distributionEditRequested(const QString &path);

private:
    void submit(const QString &path, const QString &value, bool continuesPrevious);
    void updateDefaults();
    void updateUncertainty(const QString &key); // the slider's p10-p90 mark from the scenario's distributions

    const Scenario *m_scenario = nullptr;
    const Scenario *m_reference = nullptr;
    QString m_selected;
    EditHandler m_handler;
    std::map<QString, FieldSlider *> m_sliders;
    QGroupBox *m_labGroup;
    QComboBox *m_scalingLaw;
    MessageBanner *m_banner;
};

} // namespace asirace
