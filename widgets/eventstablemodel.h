#pragma once
// The Events table: one row per scheduled event of the scenario, in its order:
// the month it starts, the input it sets (shown by its label and unit, edited
// as a field path), the value and the note. Like the Labs and Partnerships
// tables it only reads the scenario and sends EditRequests; values outside the
// input's range are refused here with the range and unit shown.

#include "scenariotablemodel.h"

#include <optional>

namespace asirace {

struct FieldRef;

class EventsTableModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    enum Column { From, Input, Value, Note, ColumnCount };

    using ScenarioTableModel::ScenarioTableModel;

    // "OpenAI: MFU (fraction of peak)" for "OpenAI.mfu"; the path itself when it names nothing.
    QString inputLabel(const std::string &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    std::optional<FieldRef> inputOf(const ScheduledEvent &event) const;
    QVariant valueData(const ScheduledEvent &event, int role) const;
};

} // namespace asirace
