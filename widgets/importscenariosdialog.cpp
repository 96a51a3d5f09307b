#include "importscenariosdialog.h"

#include "provenancetext.h"
#include "scenariomerge.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace asirace {
namespace {
QString qs(const std::string &text) { return QString::fromStdString(text); }
QString day(const std::string &utc) { return qs(utc.substr(0, 10)); } // "2026-12-01T10:00:00Z" -> the date
} // namespace

ImportScenariosDialog::ImportScenariosDialog(const std::vector<Scenario> &incoming, const QStringList &existingNames,
                                             const QString &fromFile, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Import Scenarios from %1").arg(fromFile));
    auto *intro = new QLabel(tr("Pick the scenarios to copy into this file, with their distributions and events. "
                                "A name this file already has is renamed, never replaced; %1 is not changed.")
                                 .arg(fromFile),
                             this);
    intro->setWordWrap(true);

    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Scenario"), tr("Comes in as"), tr("Author"), tr("Modified"), tr("Data as of"),
                             tr("Last run with")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    // The "comes in as" names follow the merge rule with every incoming name
    // counted, so the preview is what importing all of them would give.
    std::set<std::string> taken;
    for (const auto &name : existingNames)
        taken.insert(name.toStdString());
    for (const auto &s : incoming) {
        const std::string as = mergedName(s, fromFile.toStdString(), [&](const std::string &n) { return taken.count(n) > 0; });
        taken.insert(as);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, qs(s.name));
        item->setData(NameColumn, Qt::UserRole, qs(s.name));
        item->setText(ComesInAsColumn, as == s.name ? tr("(same name)") : qs(as));
        item->setText(AuthorColumn, s.author.empty() ? tr("unknown") : qs(s.author));
        item->setText(ModifiedColumn, day(s.modified));
        item->setText(DataAsOfColumn, qs(s.assumptions.data_as_of));
        item->setText(ModelColumn, s.modelVersion.empty() ? tr("not run yet") : qs(s.modelVersion));
        item->setCheckState(NameColumn, Qt::Checked);
        QString tip = QStringLiteral("<b>%1</b><p>%2</p><p>%3</p>")
                          .arg(qs(s.name).toHtmlEscaped(), qs(s.description).toHtmlEscaped(),
                               provenanceLine(s).toHtmlEscaped());
        if (!s.notes.empty())
            tip += QStringLiteral("<p><i>%1</i></p>").arg(qs(s.notes).toHtmlEscaped());
        tip += tr("<p>%n distribution(s), %1 event(s)</p>", nullptr, int(s.distributions.size())).arg(s.events.size());
        for (int c = 0; c < ColumnCount; ++c)
            item->setToolTip(c, tip);
        if (as != s.name)
            item->setForeground(ComesInAsColumn, palette().brush(QPalette::Highlight));
        // The description under the name, where a tooltip would hide it.
        auto *description = new QTreeWidgetItem(item);
        description->setText(NameColumn, qs(s.description));
        description->setFlags(Qt::ItemIsEnabled);
        description->setFirstColumnSpanned(true);
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedNames().isEmpty());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

QStringList ImportScenariosDialog::selectedNames() const
{
    QStringList names;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->checkState(NameColumn) == Qt::Checked)
            names << m_list->topLevelItem(i)->data(NameColumn, Qt::UserRole).toString();
    return names;
}

void ImportScenariosDialog::setSelectedNames(const QStringList &names)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        auto *item = m_list->topLevelItem(i);
        item->setCheckState(NameColumn, names.contains(item->data(NameColumn, Qt::UserRole).toString())
                                            ? Qt::Checked
                                            : Qt::Unchecked);
    }
}

} // namespace asirace
