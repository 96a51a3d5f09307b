#include "distributioncommand.h"

#include "distributionlookup.h"
#include "fieldlabel.h"

namespace asirace {
namespace {

QString describe(const std::string &path, const std::optional<Distribution> &after)
{
    const QString input = QString::fromStdString(fieldPathLabel(path));
    if (!after)
        return QObject::tr("Remove the distribution of %1").arg(input);
    return QObject::tr("Set the distribution of %1 to %2").arg(input, QString::fromStdString(distributionSummary(*after)));
}

} // namespace

SetDistributionCommand::SetDistributionCommand(ScenarioDocument *document, int scenarioIndex, std::string path,
                                               std::optional<Distribution> before, std::optional<Distribution> after)
    : DocumentCommand(document, scenarioIndex, describe(path, after))
    , m_path(std::move(path))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SetDistributionCommand::redo() { apply(m_after); }
void SetDistributionCommand::undo() { apply(m_before); }

void SetDistributionCommand::apply(const std::optional<Distribution> &distribution)
{
    auto &list = scenario().distributions;
    const auto index = findDistribution(scenario(), m_path);
    if (distribution && index)
        list[*index] = *distribution; // in place: draw indices of the others do not move
    else if (distribution)
        list.push_back(*distribution);
    else if (index)
        list.erase(list.begin() + static_cast<std::ptrdiff_t>(*index));
    notify(DocumentChange::Field, QString::fromStdString(m_path));
}

} // namespace asirace
