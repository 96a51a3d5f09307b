#include "eventstablemodel.h"

#include "fieldpath.h"
#include "fieldtooltip.h"
#include "scheduledevents.h"
#include "valueformat.h"

namespace asirace {
namespace {

// The model key each column edits (as JSON names it), so the document and
// models/scheduledevents.cpp parse the text.
std::string_view keyOf(int column)
{
    switch (column) {
    case EventsTableModel::From: return kEventFromKey;
    case EventsTableModel::Input: return eventTextFields()[0].name;
    case EventsTableModel::Value: return kEventValueKey;
    default: return eventTextFields()[1].name;
    }
}

QString textFieldTip(std::string_view key)
{
    const auto *f = findTextField(eventTextFields(), key);
    return QStringLiteral("<b>%1</b><br>%2").arg(fromView(key), f ? fromView(f->description).toHtmlEscaped() : QString());
}

QStringList numericPathList(const Scenario &s)
{
    QStringList paths;
    for (const auto &path : numericPaths(s))
        paths << QString::fromStdString(path);
    return paths;
}

} // namespace

std::optional<FieldRef> EventsTableModel::inputOf(const ScheduledEvent &event) const
{
    return resolveNumericPath(*m_scenario, event.path);
}

QString EventsTableModel::inputLabel(const std::string &path) const
{
    const auto parsed = FieldPath::parse(path);
    const auto ref = m_scenario && parsed ? resolveNumericPath(*m_scenario, path) : std::nullopt;
    if (!ref)
        return QString::fromStdString(path); // not an input of this scenario: as the user typed it
    return QString::fromStdString(fieldPathLabelWithUnit(path));
}

int EventsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_scenario ? 0 : int(m_scenario->events.size());
}

int EventsTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EventsTableModel::valueData(const ScheduledEvent &event, int role) const
{
    const auto ref = inputOf(event);
    switch (role) {
    case Qt::DisplayRole:
        return ref ? displayValue(event.value, ref->type) : exactValue(event.value);
    case Qt::EditRole:
    case ExactValueRole:
        return exactValue(event.value);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return ref ? fieldTooltip(ref->name, QString::fromStdString(fieldPathLabel(event.path)), ref->unit,
                                  ref->description, ref->min, ref->max)
                   : QVariant();
    case EditorKindRole:
        return int(EditorKind::Number);
    default:
        return {};
    }
}

QVariant EventsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &event = m_scenario->events[size_t(index.row())];
    if (role == FieldPathRole)
        return QString::fromStdString(event.path);
    switch (index.column()) {
    case From:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == ExactValueRole)
            return QString::fromStdString(formatEventMonth(event.year, event.month));
        if (role == EditorKindRole)
            return int(EditorKind::Text);
        if (role == Qt::ToolTipRole)
            return tr("From the first day of this month (YYYY-MM, %1-%2) until a later event on the same input")
                .arg(kEventFirstYear)
                .arg(kEventLastYear);
        return {};
    case Input:
        if (role == Qt::DisplayRole)
            return inputLabel(event.path);
        if (role == Qt::EditRole || role == ExactValueRole)
            return QString::fromStdString(event.path);
        if (role == EditorKindRole)
            return int(EditorKind::Choice);
        if (role == ChoicesRole)
            return numericPathList(*m_scenario);
        if (role == Qt::ToolTipRole) {
            const auto ref = inputOf(event);
            return QStringLiteral("<b>%1</b><br>%2")
                .arg(QString::fromStdString(event.path).toHtmlEscaped(),
                     ref ? fromView(ref->description).toHtmlEscaped() : tr("names no numeric input"));
        }
        return {};
    case Value:
        return valueData(event, role);
    default:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == ExactValueRole)
            return QString::fromStdString(event.note);
        if (role == Qt::ToolTipRole)
            return event.note.empty() ? textFieldTip(keyOf(Note)) : QString::fromStdString(event.note).toHtmlEscaped();
        if (role == EditorKindRole)
            return int(EditorKind::Text);
        return {};
    }
}

QVariant EventsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case From: return tr("From\n(YYYY-MM)");
        case Input: return tr("Input");
        case Value: return tr("Value\n(unit of the input)");
        case Note: return tr("Note");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case From: return tr("<b>from</b><br>The month the input takes the value, from its first day.");
        case Value: return tr("<b>value</b><br>What the input is from that month on, within its allowed range.");
        case Input:
        case Note: return textFieldTip(keyOf(section));
        default: return {};
        }
    }
    return {};
}

bool EventsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto &event = m_scenario->events[size_t(index.row())];
    const QString text = value.toString().trimmed();
    EditRequest request;
    request.kind = EditRequest::Kind::SetEvent;
    request.row = index.row();
    request.path = fromView(keyOf(index.column()));
    request.value = text;
    if (index.column() == Value) {
        if (const auto ref = inputOf(event)) {
            if (auto reason = rejectionReason(*ref, text); !reason.isEmpty()) {
                reject(QString::fromStdString(event.path) + QLatin1Char(' ') + reason);
                return false;
            }
            request.value = exactValue(*parseUserNumber(text));
        }
    }
    return submit(request);
}

} // namespace asirace
