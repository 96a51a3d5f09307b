#include "pincommand.h"

namespace asirace {

PinCommand::PinCommand(ScenarioDocument *document, int scenarioIndex, std::string path, bool pin)
    : DocumentCommand(document, scenarioIndex,
                      (pin ? QObject::tr("Pin %1") : QObject::tr("Unpin %1")).arg(QString::fromStdString(path)))
    , m_path(std::move(path))
    , m_pin(pin)
{
}

void PinCommand::redo() { apply(m_pin); }
void PinCommand::undo() { apply(!m_pin); }

void PinCommand::apply(bool pin)
{
    if (Distribution *d = scenario().findDistribution(m_path))
        d->pinned = pin ? 1 : 0;
    // A field change: the odds restart and the input's widgets refresh.
    notify(DocumentChange::Field, QString::fromStdString(m_path));
}

} // namespace asirace
