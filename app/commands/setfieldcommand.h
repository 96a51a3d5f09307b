#pragma once
// Sets one numeric or text input by field path. A command marked as continuing
// (the later ticks of one slider drag) merges into the previous command on the
// same path, so a drag is one undo step, and the step disappears when the value
// ends where it started. Separate edits of the same field stay separate steps.
// An input that carries a distribution moves it with the value (recentring.h)
// in the same step, unless pinned; undo restores the distribution exactly.

#include "documentcommand.h"

#include "scenario.h"

#include <optional>
#include <string>

namespace asirace {

class SetFieldCommand : public DocumentCommand
{
public:
    static constexpr int kId = 1001;

    // `oldValue` and `newValue` are texts setFieldPath() reads exactly.
    SetFieldCommand(ScenarioDocument *document, int scenarioIndex, std::string path, std::string oldValue,
                    std::string newValue, bool continuesPrevious = false);

    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

    const std::string &path() const { return m_path; }
    // The undo text: the field's label and the value with its unit, never the path.
    static QString describeEdit(const std::string &path, const std::string &newValue);

private:
    void apply(const std::string &value, bool forward);

    std::string m_path;
    std::string m_oldValue;
    std::string m_newValue;
    bool m_continues;
    std::optional<Distribution> m_oldDistribution; // the input's distribution before the edit
};

} // namespace asirace
