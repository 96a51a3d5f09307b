#pragma once
// The shared factors of a scenario's Monte Carlo, read-only: each factor, the
// inputs it loads on (human labels with units), the loading and why. Opened
// from the Monte Carlo panel; the factors themselves are edited in the file's
// JSON (docs/MONTE-CARLO.md).

#include "scenario.h"

#include <QDialog>

class QTableWidget;

namespace asirace {

// "OpenAI: research talent (x)" for "OpenAI.research_talent".
QString inputLabel(const Scenario &scenario, const std::string &path);

class FactorsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FactorsDialog(const Scenario &scenario, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace asirace
