// Honest odds through the window: an edit of an uncertain input in the Labs
// table moves its distribution in the same undo step and the odds in the
// edit's direction; undo restores both exactly; Pin (the cell's and slider's
// context-menu action) keeps the input constant in every run and is one undo
// step; the Monte Carlo panel shows the shared factors. No lab must win.
#include "assumptionspanel.h"
#include "distributionsampler.h"
#include "factorsdialog.h"
#include "labstablemodel.h"
#include "livecontroller.h"
#include "mainwindow.h"
#include "montecarlocontroller.h"
#include "montecarlopanel.h"
#include "jobrunner.h"
#include "scenariodocument.h"
#include "tableeditor.h"
#include "uncertaintycontroller.h"

#include <QApplication>
#include <QMenu>
#include <QTimer>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace asirace;

namespace {
constexpr int kTimeout = 180000; // two slow cores, shared with other builds
const QString kPath = QStringLiteral("Anthropic.research_talent");

bool waitForCompleteOdds(MainWindow &window)
{
    return QTest::qWaitFor([&] {
        const auto r = window.monteCarlo()->result();
        // Right after an edit the old result is still complete and the runner
        // idle: the restart waits for edits to pause, so wait for that too.
        return r && r->complete() && !window.monteCarlo()->isRestartPending() &&
               !window.monteCarlo()->runner()->isRunning();
    }, kTimeout);
}

double pFirst(MainWindow &window, const std::string &lab)
{
    for (const auto &odds : window.monteCarlo()->result()->labs)
        if (odds.name == lab)
            return odds.p_first;
    return -1;
}

QModelIndex cellOf(QAbstractItemModel *model, const QString &path)
{
    for (int row = 0; row < model->rowCount(); ++row)
        for (int col = 0; col < model->columnCount(); ++col) {
            const auto index = model->index(row, col);
            if (index.data(FieldPathRole).toString() == path)
                return index;
        }
    return {};
}
} // namespace

class TestOddsWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void editMovesTheDistributionAndTheOdds();
    void pinActionKeepsTheInputConstant();
    void factorsDialogListsTheLoadings();
    void theTableHasOneMenuWithEveryAction();
};

void TestOddsWindow::editMovesTheDistributionAndTheOdds()
{
    MainWindow window;
    QVERIFY(QTest::qWaitFor([&] { return window.live()->result() != nullptr; }, kTimeout));
    window.monteCarloPanel()->setEnabledByUser(true);
    QVERIFY(waitForCompleteOdds(window));
    const double before = pFirst(window, "Anthropic");
    const Distribution original = *window.document()->current().findDistribution(kPath.toStdString());

    auto *model = window.labsEditor()->view()->model();
    const QModelIndex cell = cellOf(model, kPath);
    QVERIFY(cell.isValid());
    QVERIFY(model->setData(cell, QStringLiteral("1.6"), Qt::EditRole));
    const Distribution *moved = window.document()->current().findDistribution(kPath.toStdString());
    QVERIFY(std::abs(moved->a - 1.6) < 1e-9); // the median followed the edit
    QVERIFY(waitForCompleteOdds(window));
    const double after = pFirst(window, "Anthropic");
    QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));

    // One undo step takes back the value and the distribution.
    window.document()->undoStack()->undo();
    const Distribution *back = window.document()->current().findDistribution(kPath.toStdString());
    QCOMPARE(back->a, original.a);
    QCOMPARE(back->lower, original.lower);
    QCOMPARE(back->upper, original.upper);
    QVERIFY(waitForCompleteOdds(window));
    QCOMPARE(pFirst(window, "Anthropic"), before);
}

void TestOddsWindow::pinActionKeepsTheInputConstant()
{
    MainWindow window;
    QVERIFY(QTest::qWaitFor([&] { return window.live()->result() != nullptr; }, kTimeout));
    auto *controller = window.findChild<UncertaintyController *>(QStringLiteral("uncertaintyController"));
    QVERIFY(controller);
    // The cell's context menu offers Pin; a certain input offers nothing.
    QMenu menu;
    QVERIFY(!controller->addActions(menu, QStringLiteral("Anthropic.caution")));
    QVERIFY(controller->addActions(menu, kPath));
    QAction *pin = menu.findChild<QAction *>(QStringLiteral("pinAction"));
    QVERIFY(pin);
    const int steps = window.document()->undoStack()->count();
    pin->trigger();
    QCOMPARE(window.document()->undoStack()->count(), steps + 1);
    const Scenario &s = window.document()->current();
    QVERIFY(s.findDistribution(kPath.toStdString())->isPinned());
    // Every run now uses the value shown.
    const auto inputs = prepareDistributions(s);
    Scenario working = s;
    const auto targets = bindTargets(working, inputs);
    for (size_t k = 0; k < inputs.distributions.size(); ++k) {
        if (inputs.distributions[k].path != kPath.toStdString())
            continue;
        QVERIFY(!inputs.distributions[k].isUncertain());
        for (std::uint64_t run = 0; run < 100; ++run) {
            applyDraws(inputs, targets, RunRandom(1, run));
            QCOMPARE(*targets[k], s.findOrganisation("Anthropic")->research_talent);
        }
    }
    // An edit of the pinned input leaves its distribution as it was.
    const double median = s.findDistribution(kPath.toStdString())->a;
    QCOMPARE(window.document()->setField(kPath, QStringLiteral("1.4")), QString());
    QCOMPARE(window.document()->current().findDistribution(kPath.toStdString())->a, median);

    // The slider's menu reaches the selected lab's input the same way.
    window.assumptionsPanel()->setSelectedOrganisation(QStringLiteral("OpenAI"));
    QCOMPARE(controller->pathOfSliderKey(QStringLiteral("lab.checkpoint_minutes")),
             QStringLiteral("OpenAI.checkpoint_minutes"));
    QMenu sliderMenu;
    QVERIFY(controller->addActions(sliderMenu, controller->pathOfSliderKey(QStringLiteral("lab.checkpoint_minutes"))));

    // Undo twice: the edit, then the pin.
    window.document()->undoStack()->undo();
    window.document()->undoStack()->undo();
    QVERIFY(!window.document()->current().findDistribution(kPath.toStdString())->isPinned());
}

void TestOddsWindow::factorsDialogListsTheLoadings()
{
    MainWindow window;
    auto *button = window.monteCarloPanel()->findChild<QToolButton *>(QStringLiteral("sharedFactorsButton"));
    QVERIFY(button);
    button->click();
    auto *dialog = window.findChild<FactorsDialog *>(QStringLiteral("factorsDialog"));
    QVERIFY(dialog);
    int loadings = 0;
    for (const auto &f : window.document()->current().factors)
        loadings += int(f.loadings.size());
    QVERIFY(loadings > 0);
    QCOMPARE(dialog->table()->rowCount(), loadings);
    // Human labels, never raw paths.
    for (int row = 0; row < dialog->table()->rowCount(); ++row)
        QVERIFY(!dialog->table()->item(row, 1)->text().contains(QLatin1Char('_')));
    dialog->close();
}

// Spreadsheet actions, Pin and Edit Distribution share the table's one context menu.
void TestOddsWindow::theTableHasOneMenuWithEveryAction()
{
    MainWindow window;
    window.show();
    QTableView *view = window.labsEditor()->view();
    QCOMPARE(view->contextMenuPolicy(), Qt::CustomContextMenu);
    const QModelIndex cell = cellOf(view->model(), kPath);
    QVERIFY(cell.isValid());
    view->setCurrentIndex(cell);
    view->scrollTo(cell);
    QString texts;
    QTimer::singleShot(0, this, [&texts] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QStringList list;
        for (QAction *a : menu->actions())
            list << a->text();
        texts = list.join(QLatin1Char('|'));
        menu->close();
    });
    emit view->customContextMenuRequested(view->visualRect(cell).center());
    QVERIFY2(texts.startsWith(QStringLiteral("&Copy|&Paste||&Export Table to CSV…||Pin at this value")), qPrintable(texts));
    QVERIFY2(texts.endsWith(QStringLiteral("|Edit &Distribution…")), qPrintable(texts));
}

QTEST_MAIN(TestOddsWindow)
#include "tst_oddswindow.moc"
