#include "setfieldcommand.h"

#include "fieldlabel.h"
#include "fieldpath.h"
#include "recentring.h"
#include "valueformat.h"

namespace asirace {

SetFieldCommand::SetFieldCommand(ScenarioDocument *document, int scenarioIndex, std::string path,
                                 std::string oldValue, std::string newValue, bool continuesPrevious)
    : DocumentCommand(document, scenarioIndex, describeEdit(path, newValue))
    , m_path(std::move(path))
    , m_oldValue(std::move(oldValue))
    , m_newValue(std::move(newValue))
    , m_continues(continuesPrevious)
{
    setObsolete(m_oldValue == m_newValue);
    if (const Distribution *d = scenario().findDistribution(m_path))
        m_oldDistribution = *d;
}

QString SetFieldCommand::describeEdit(const std::string &path, const std::string &newValue)
{
    // "Set H100 peak throughput to 5.7e14 FLOP/s", "Set OpenAI: MFU to 0.5 fraction of peak"
    return QObject::tr("Set %1 to %2")
        .arg(QString::fromStdString(fieldPathLabel(path)),
             valueWithUnit(QString::fromStdString(newValue), QString::fromStdString(fieldPathUnit(path))));
}

void SetFieldCommand::redo() { apply(m_newValue, true); }
void SetFieldCommand::undo() { apply(m_oldValue, false); }

void SetFieldCommand::apply(const std::string &value, bool forward)
{
    // Both values were checked before the command was created (or were in the
    // scenario already), so this cannot fail.
    [[maybe_unused]] auto error = setFieldPath(scenario(), m_path, value);
    Q_ASSERT(!error);
    if (m_oldDistribution) {
        if (Distribution *d = scenario().findDistribution(m_path)) {
            // Always from the distribution before the edit, so a merged drag
            // and its undo are exact whatever the ticks in between.
            const auto oldNumber = parseFieldNumber(m_oldValue);
            const auto newNumber = parseFieldNumber(m_newValue);
            *d = forward && oldNumber && newNumber ? recentred(*m_oldDistribution, *oldNumber, *newNumber)
                                                   : *m_oldDistribution;
        }
    }
    notify(DocumentChange::Field, QString::fromStdString(m_path));
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFieldCommand *>(other);
    if (!next->m_continues || next->m_path != m_path || next->scenarioIndex() != scenarioIndex())
        return false;
    m_newValue = next->m_newValue;
    setText(next->text());
    setObsolete(m_oldValue == m_newValue);
    return true;
}

} // namespace asirace
