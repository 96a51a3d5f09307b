// The window side of the honest odds (issue 11): sliders whose input Monte
// Carlo draws are marked with their p10-p90 band; the distribution editor
// opens from the slider and from the table cell, previews the density,
// refuses bad parameters, and applies one undo step; the "What must be true"
// view lists what the winner needs (computed off the GUI thread) and each
// row takes the user to its input. No lab is assumed to win.
#include "assumptionspanel.h"
#include "distributioncontroller.h"
#include "distributiondialog.h"
#include "distributionlookup.h"
#include "fieldlabel.h"
#include "fieldpath.h"
#include "fieldslider.h"
#include "flipscontroller.h"
#include "inputfocus.h"
#include "labstablemodel.h"
#include "livecontroller.h"
#include "mainwindow.h"
#include "markedslider.h"
#include "jobrunner.h"
#include "mustbetrueview.h"
#include "scenariodocument.h"
#include "scientificspinbox.h"
#include "tableeditor.h"

#include <qcustomplot.h>

#include <QAction>
#include <QDockWidget>
#include <QListWidget>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace asirace;

namespace {

constexpr int kTimeout = 120000; // two slow cores, shared with other builds

std::optional<Distribution> distributionOf(MainWindow &window, const std::string &path)
{
    const Scenario &s = window.document()->current();
    const auto index = findDistribution(s, path);
    return index ? std::optional<Distribution>(s.distributions[*index]) : std::nullopt;
}

} // namespace

class TestOddsViews : public QObject
{
    Q_OBJECT
private slots:
    void uncertainSlidersAreMarked()
    {
        MainWindow window;
        const Scenario &s = window.document()->current();
        int marked = 0, plain = 0;
        for (const auto &field : assumptionNumericFields()) {
            const QString path = QStringLiteral("assumptions.") + QString::fromUtf8(field.name.data(), field.name.size());
            FieldSlider *slider = window.assumptionsPanel()->slider(path);
            QVERIFY(slider);
            const auto index = findDistribution(s, path.toStdString());
            const bool uncertain = index && distributionSpread(s, s.distributions[*index])->uncertain;
            QCOMPARE(slider->isUncertain(), uncertain);
            QCOMPARE(slider->slider()->hasBand(), uncertain);
            QVERIFY(slider->distributionButton()->toolTip().contains(uncertain ? "Uncertain" : "keeps this input"));
            (uncertain ? marked : plain)++;
        }
        QVERIFY(marked > 0 && plain > 0); // the baseline draws some global assumptions and keeps others
    }

    void editorFromTheSliderIsOneUndoStep()
    {
        MainWindow window;
        const QString path = QStringLiteral("assumptions.alg_halving_months");
        FieldSlider *slider = window.assumptionsPanel()->slider(path);
        const auto before = distributionOf(window, path.toStdString());
        const int bandBefore = slider->slider()->bandHigh();
        slider->distributionButton()->click();
        DistributionDialog *dialog = window.distributions()->openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->setKind(DistributionKind::Uniform);
        dialog->setParameters(4, 20);
        QVERIFY(dialog->problem().isEmpty());
        QVERIFY(dialog->preview()->graph(0)->dataCount() > 10); // the density preview
        QVERIFY(dialog->spreadText().contains("p10"));
        const int steps = window.document()->undoStack()->count();
        dialog->accept();
        QCOMPARE(window.document()->undoStack()->count(), steps + 1);
        const auto after = distributionOf(window, path.toStdString());
        QVERIFY(after);
        QCOMPARE(after->kind, DistributionKind::Uniform);
        QCOMPARE(after->b, 20.0);
        QVERIFY(slider->isUncertain());
        QVERIFY(slider->slider()->bandHigh() != bandBefore); // the mark follows the new spread

        window.document()->undoStack()->undo();
        const auto undone = distributionOf(window, path.toStdString());
        QCOMPARE(undone.has_value(), before.has_value());
        if (before) {
            QCOMPARE(undone->kind, before->kind);
            QCOMPARE(undone->b, before->b);
        }
        QCOMPARE(slider->slider()->bandHigh(), bandBefore);
        window.document()->undoStack()->redo();
        QCOMPARE(distributionOf(window, path.toStdString())->b, 20.0);
    }

    void editorFromTheCellRemovesAndRestores()
    {
        MainWindow window;
        // The first lab with a distribution on one of its inputs, whatever the scenario holds.
        const Scenario &s = window.document()->current();
        QString path;
        QModelIndex cell;
        LabsTableModel *model = window.labsModel();
        for (int r = 0; r < model->rowCount() && path.isEmpty(); ++r)
            for (int c = 0; c < model->columnCount() && path.isEmpty(); ++c) {
                const QString p = model->pathAt(model->index(r, c));
                if (resolveNumericPath(s, p.toStdString()) && findDistribution(s, p.toStdString())) {
                    path = p;
                    cell = model->index(r, c);
                }
            }
        QVERIFY(!path.isEmpty());
        const auto before = distributionOf(window, path.toStdString());
        QTableView *view = window.labsEditor()->view();
        view->setCurrentIndex(cell);
        QAction *edit = nullptr;
        for (QAction *a : view->actions())
            if (a->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+D")))
                edit = a;
        QVERIFY(edit);
        // Also on right-click: the table's one context menu offers it for the cell.
        QMenu menu;
        emit window.labsEditor()->contextMenuAboutToShow(&menu, cell);
        QVERIFY(menu.actions().contains(edit));
        edit->trigger();
        DistributionDialog *dialog = window.distributions()->openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(QString::fromStdString(fieldPathLabel(path.toStdString()))));
        QVERIFY(!dialog->changed());
        dialog->setKind(std::nullopt); // no distribution
        QVERIFY(dialog->changed());
        dialog->accept();
        QVERIFY(!distributionOf(window, path.toStdString()));
        window.document()->undoStack()->undo();
        const auto restored = distributionOf(window, path.toStdString());
        QVERIFY(restored);
        QCOMPARE(restored->kind, before->kind);
        QCOMPARE(restored->a, before->a);
        QCOMPARE(restored->source, before->source);
    }

    void badParametersAreRefusedInTheDialog()
    {
        MainWindow window;
        DistributionDialog *dialog = window.distributions()->edit(QStringLiteral("assumptions.agi_log10_flop"));
        QVERIFY(dialog);
        dialog->setKind(DistributionKind::Normal);
        dialog->setParameters(36, -1);
        QVERIFY(!dialog->problem().isEmpty());
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog->setParameters(36, 1);
        QVERIFY(dialog->problem().isEmpty());
        QVERIFY(ok->isEnabled());
        dialog->reject();
    }

    void mustBeTrueListsTheWinnersConditionsAndGoesToThem()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitFor([&] { return window.live()->result() != nullptr; }, kTimeout));
        window.findChild<QDockWidget *>(QStringLiteral("mustBeTrueDock"))->raise();
        MustBeTrueView *view = window.mustBeTrueView();
        QVERIFY(QTest::qWaitFor([&] { return window.flips()->report() != nullptr; }, kTimeout));
        const auto report = window.flips()->report();
        const auto &winner = window.live()->result()->winner;
        QCOMPARE(report->leader, winner);
        if (winner)
            QVERIFY(view->headline().startsWith(QString::fromStdString(*winner)));
        QVERIFY(!view->conditions().isEmpty());
        for (const QString &row : view->conditions()) {
            QVERIFY2(!row.contains('_') && !row.contains("assumptions."), qPrintable(row)); // words, not paths
            QVERIFY(row.contains("(now "));
        }
        // Every row takes the user to an editor of its input.
        QListWidget *list = view->list();
        for (int i = 0; i < list->count(); ++i)
            QVERIFY2(window.inputFocus()->focus(list->item(i)->data(Qt::UserRole + 1).toString()),
                     qPrintable(list->item(i)->text()));
        // Clicking an assumption's row focuses its slider's spin box.
        for (int i = 0; i < list->count(); ++i) {
            const QString path = list->item(i)->data(Qt::UserRole + 1).toString();
            if (!path.startsWith("assumptions."))
                continue;
            list->setFocus();
            emit list->itemClicked(list->item(i));
            QVERIFY(window.assumptionsPanel()->slider(path)->spinBox()->hasFocus());
            break;
        }
        // Going to an input keeps the view on screen (it shares no tab group with the tables).
        QVERIFY(view->isVisible());
        QVERIFY(!view->visibleRegion().isEmpty());
        // An edit makes the rows stale (greyed) until the new search lands.
        QVERIFY(window.document()->setField("assumptions.agi_log10_flop", "35.5").isEmpty());
        QVERIFY(view->isStale());
        QVERIFY(!list->isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return !view->isStale(); }, kTimeout));
        QVERIFY(list->isEnabled());
    }
};

QTEST_MAIN(TestOddsViews)
#include "tst_oddsviews.moc"
