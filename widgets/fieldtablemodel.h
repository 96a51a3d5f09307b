#pragma once
// The base of the Labs and Partnerships tables: a table of one owner type
// (Organisation, Partnership) with one column per declared field. Headers,
// item flags and edits come from the field tables in models/ and are the same
// for both; a subclass says only how a row is named in field paths
// ("OpenAI", "Microsoft/OpenAI") and what a new name in a Name column means.

#include "fieldcolumns.h"
#include "scenariotablemodel.h"

#include <vector>

namespace asirace {

template <class Owner>
class FieldTableModel : public ScenarioTableModel
{
public:
    int columnOf(const QString &fieldName) const
    {
        for (size_t c = 0; c < m_columns.size(); ++c)
            if (m_columns[c].name() == fieldName)
                return int(c);
        return -1;
    }

    // The field path of a cell: "OpenAI.mfu", "Microsoft/OpenAI.compute_share".
    QString pathAt(const QModelIndex &index) const
    {
        if (!index.isValid() || !m_scenario || index.row() >= rowCount() || index.column() >= columnCount())
            return {};
        return ownerKey(index.row()) + QLatin1Char('.') + m_columns[size_t(index.column())].name();
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Vertical)
            return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
        if (section < 0 || section >= columnCount())
            return {};
        return fieldHeaderData(m_columns[size_t(section)], role);
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
            return Qt::NoItemFlags;
        Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (m_columns[size_t(index.column())].isFlag())
            return f | Qt::ItemIsUserCheckable;
        return f | Qt::ItemIsEditable;
    }

    // Flags take a check state (the check box) or text ("1", "0": a paste);
    // numbers are checked against the field's range and type here, so the
    // refusal names the row, the field, the allowed range and the unit.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override
    {
        if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
            return false;
        const auto &column = m_columns[size_t(index.column())];
        EditRequest request;
        request.path = pathAt(index);
        if (column.isFlag() && role == Qt::CheckStateRole) {
            request.value = value.toInt() == Qt::Checked ? QStringLiteral("1") : QStringLiteral("0");
            return submit(request);
        }
        if (role != Qt::EditRole)
            return false;
        const QString text = value.toString();
        if (column.numeric) {
            if (auto reason = rejectionReason(*column.numeric, text); !reason.isEmpty()) {
                reject(ownerKey(index.row()) + QLatin1Char(' ') + reason);
                return false;
            }
            request.value = exactValue(*parseUserNumber(text));
            return submit(request);
        }
        if (column.text->rule == TextRule::Name)
            return submit(nameRequest(index.row(), column, text));
        request.value = text;
        return submit(request);
    }

protected:
    FieldTableModel(std::vector<FieldColumn<Owner>> columns, QObject *parent)
        : ScenarioTableModel(parent)
        , m_columns(std::move(columns))
    {
    }

    // How field paths name `row`; refusals name the row by it too.
    virtual QString ownerKey(int row) const = 0;
    // The request a new name typed into a Name column makes.
    virtual EditRequest nameRequest(int row, const FieldColumn<Owner> &column, const QString &text) const = 0;

    const FieldColumn<Owner> &columnAt(int column) const { return m_columns[size_t(column)]; }

private:
    std::vector<FieldColumn<Owner>> m_columns;
};

} // namespace asirace
