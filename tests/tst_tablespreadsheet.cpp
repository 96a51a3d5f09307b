// Spreadsheet habits in the window's tables (issue 12, item 9): blocks of
// cells can be selected; Ctrl+C copies them as tab-separated text with a
// header row at full precision; Ctrl+V pastes a block, each cell validated
// like a typed entry, the valid ones applied as ONE undo step and the refused
// ones listed in the table's banner (decision: valid cells are applied, not
// none: a paste of 200 cells with one typo keeps the 199, and Ctrl+Z takes
// them all back); Export table to CSV writes every row at full precision.
#include "delimitedtext.h"
#include "labstablemodel.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "partnershipstablemodel.h"
#include "scenariodocument.h"
#include "tablecells.h"
#include "tableeditor.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace asirace;

namespace {

double labValue(const ScenarioDocument &doc, int row, double Organisation::*member)
{
    return doc.current().organisations.at(size_t(row)).*member;
}

// Selects rows [top, top + rows) x columns [left, left + columns) as a user's drag would.
void selectBlock(QTableView *view, int top, int left, int rows, int columns)
{
    QAbstractItemModel *model = view->model();
    const QItemSelection block(model->index(top, left), model->index(top + rows - 1, left + columns - 1));
    view->selectionModel()->setCurrentIndex(model->index(top, left), QItemSelectionModel::NoUpdate);
    view->selectionModel()->select(block, QItemSelectionModel::ClearAndSelect);
}

} // namespace

class TestTableSpreadsheet : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void delimitedTextRoundTrips();
    void blocksOfCellsCanBeSelected();
    void copyIsTabSeparatedWithHeadersAtFullPrecision();
    void copyAndPasteOfA3x2BlockRoundTrips();
    void aPasteWithOneInvalidCellAppliesTheOthersAndListsTheRefusal();
    void aPasteBeyondTheTableIsListed();
    void oneValueFillsTheSelection();
    void flagsPasteAsZeroOrOne();
    void partnershipsPasteToo();
    void exportTableToCsvWritesEveryRow();
    void theContextMenuOffersCopyPasteAndExport();

private:
    MainWindow *m_window = nullptr;
    TableEditor *m_editor = nullptr;
    QTableView *m_view = nullptr;
    LabsTableModel *m_model = nullptr;
    ScenarioDocument *m_doc = nullptr;
    int m_talent = -1, m_share = -1;
};

void TestTableSpreadsheet::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // no saved window state from the user's settings
}

void TestTableSpreadsheet::init()
{
    m_window = new MainWindow;
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_editor = m_window->labsEditor();
    m_view = m_editor->view();
    m_model = m_window->labsModel();
    m_doc = m_window->document();
    m_talent = m_model->columnOf(QStringLiteral("research_talent"));
    m_share = m_model->columnOf(QStringLiteral("train_share"));
    QCOMPARE(m_share, m_talent + 1); // the test's block spans the two, side by side
    QVERIFY(m_model->rowCount() >= 6);
    m_view->setFocus();
}

void TestTableSpreadsheet::cleanup()
{
    m_doc->undoStack()->setClean(); // nothing to save on close
    delete m_window;
    m_window = nullptr;
}

void TestTableSpreadsheet::delimitedTextRoundTrips()
{
    const QList<QStringList> records = {{"plain", "with\ttab", "with \"quote\""}, {"two\nlines", "", "1.5e26"}};
    QString text;
    for (const auto &r : records)
        text += delimitedLine(r, QLatin1Char('\t')) + QLatin1Char('\n');
    QCOMPARE(parseDelimited(text, QLatin1Char('\t')), records);
    // Spreadsheets end lines with \r\n and may leave the last one off.
    QCOMPARE(parseDelimited(QStringLiteral("a\tb\r\nc\td"), QLatin1Char('\t')),
             (QList<QStringList>{{"a", "b"}, {"c", "d"}}));
}

void TestTableSpreadsheet::blocksOfCellsCanBeSelected()
{
    QCOMPARE(m_view->selectionMode(), QAbstractItemView::ExtendedSelection);
    // Click one cell, Shift+click another: the block between them is selected.
    const QRect first = m_view->visualRect(m_model->index(0, m_talent));
    const QRect last = m_view->visualRect(m_model->index(2, m_share));
    QVERIFY(first.isValid() && last.isValid());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, first.center());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier, last.center());
    QCOMPARE(m_view->selectionModel()->selectedIndexes().size(), 6);
}

void TestTableSpreadsheet::copyIsTabSeparatedWithHeadersAtFullPrecision()
{
    // A value the table shows rounded ("1.58e6"-style) must copy exactly.
    const int compute = m_model->columnOf(QStringLiteral("compute_h100e"));
    QCOMPARE(m_doc->setField(QStringLiteral("OpenAI.compute_h100e"), QStringLiteral("1583333.125")), QString());
    const int openai = m_model->rowOf(QStringLiteral("OpenAI"));
    QVERIFY(m_model->index(openai, compute).data().toString() != QStringLiteral("1583333.125"));
    selectBlock(m_view, openai, compute, 2, 1);
    QTest::keyClick(m_view, Qt::Key_C, Qt::ControlModifier);
    const QList<QStringList> copied = parseDelimited(QApplication::clipboard()->text(), QLatin1Char('\t'));
    QCOMPARE(copied.size(), 3); // header + 2 rows
    QCOMPARE(copied[0], QStringList{flatHeader(*m_model, compute)});
    QVERIFY(!copied[0][0].contains(QLatin1Char('\n')));
    QCOMPARE(copied[1], QStringList{QStringLiteral("1583333.125")});
    QCOMPARE(copied[2][0].toDouble(), labValue(*m_doc, openai + 1, &Organisation::compute_h100e));
}

void TestTableSpreadsheet::copyAndPasteOfA3x2BlockRoundTrips()
{
    const QList<std::pair<double, double>> before = {
        {labValue(*m_doc, 3, &Organisation::research_talent), labValue(*m_doc, 3, &Organisation::train_share)},
        {labValue(*m_doc, 4, &Organisation::research_talent), labValue(*m_doc, 4, &Organisation::train_share)},
        {labValue(*m_doc, 5, &Organisation::research_talent), labValue(*m_doc, 5, &Organisation::train_share)}};
    // Give the source rows values a rounded copy would lose.
    QCOMPARE(m_doc->setField(QStringLiteral("OpenAI.research_talent"), QStringLiteral("1.23456789012345")), QString());
    QCOMPARE(m_doc->setField(QStringLiteral("Anthropic.train_share"), QStringLiteral("0.412345678901")), QString());
    bool differs = false;
    for (int r = 0; r < 3; ++r)
        differs = differs || labValue(*m_doc, r, &Organisation::research_talent) != before[r].first ||
                  labValue(*m_doc, r, &Organisation::train_share) != before[r].second;
    QVERIFY(differs); // the paste has something to change

    selectBlock(m_view, 0, m_talent, 3, 2);
    QTest::keyClick(m_view, Qt::Key_C, Qt::ControlModifier);
    const QString copiedText = QApplication::clipboard()->text();
    QCOMPARE(parseDelimited(copiedText, QLatin1Char('\t')).size(), 4);

    const int steps = m_doc->undoStack()->count();
    selectBlock(m_view, 3, m_talent, 1, 1);
    QTest::keyClick(m_view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1); // one undo step for the six cells
    QCOMPARE(m_view->selectionModel()->selectedIndexes().size(), 6); // the pasted block is selected
    QVERIFY(m_doc->undoStack()->undoText().contains(QStringLiteral("6")));
    QVERIFY(m_editor->banner()->isHidden()); // nothing refused
    for (int r = 0; r < 3; ++r) {
        QCOMPARE(labValue(*m_doc, 3 + r, &Organisation::research_talent), labValue(*m_doc, r, &Organisation::research_talent));
        QCOMPARE(labValue(*m_doc, 3 + r, &Organisation::train_share), labValue(*m_doc, r, &Organisation::train_share));
    }
    // Copying the pasted block gives the same text back, headers included.
    selectBlock(m_view, 3, m_talent, 3, 2);
    QTest::keyClick(m_view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), copiedText);

    // One Ctrl+Z takes the whole paste back.
    QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->undoStack()->index(), steps);
    for (int r = 0; r < 3; ++r) {
        QCOMPARE(labValue(*m_doc, 3 + r, &Organisation::research_talent), before[r].first);
        QCOMPARE(labValue(*m_doc, 3 + r, &Organisation::train_share), before[r].second);
    }
}

void TestTableSpreadsheet::aPasteWithOneInvalidCellAppliesTheOthersAndListsTheRefusal()
{
    QSignalSpy rejected(m_model, &ScenarioTableModel::inputRejected);
    const double shareBefore = labValue(*m_doc, 1, &Organisation::train_share);
    QList<double> before;
    for (int r = 0; r < 3; ++r)
        before << labValue(*m_doc, r, &Organisation::research_talent) << labValue(*m_doc, r, &Organisation::train_share);
    const int steps = m_doc->undoStack()->count();
    // Row 2 (Anthropic) gets a training share of 5, far beyond its allowed range (at most 0.9).
    QApplication::clipboard()->setText(QStringLiteral("1.1\t0.31\n1.2\t5\n1.3\t0.33\n"));
    selectBlock(m_view, 0, m_talent, 1, 1);
    QTest::keyClick(m_view, Qt::Key_V, Qt::ControlModifier);

    QCOMPARE(labValue(*m_doc, 0, &Organisation::research_talent), 1.1);
    QCOMPARE(labValue(*m_doc, 0, &Organisation::train_share), 0.31);
    QCOMPARE(labValue(*m_doc, 1, &Organisation::research_talent), 1.2);
    QCOMPARE(labValue(*m_doc, 1, &Organisation::train_share), shareBefore); // refused, unchanged
    QCOMPARE(labValue(*m_doc, 2, &Organisation::research_talent), 1.3);
    QCOMPARE(labValue(*m_doc, 2, &Organisation::train_share), 0.33);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);

    // The refusal is listed once, naming the row, the field, the value and its range.
    QCOMPARE(rejected.size(), 1);
    const QString message = rejected.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("1 of 6")), qPrintable(message));
    const QString anthropic = m_model->organisationAt(1);
    const QStringList lines = message.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2); // the summary, then one line per refused cell
    QVERIFY2(lines[1].contains(anthropic) && lines[1].contains(QRegularExpression(QStringLiteral("\\b5\\b"))) &&
                 lines[1].contains(QStringLiteral("0.9")),
             qPrintable(lines[1])); // the row, the value and the top of the allowed range
    QVERIFY(!m_editor->banner()->isHidden());
    QVERIFY(m_editor->banner()->text().contains(anthropic));
    // For a human to look at: the banner under the Labs table ($ASIRACE_PASTE_SCREENSHOT,
    // default asirace-paste-refused.png in the temp folder).
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(qEnvironmentVariable(
        "ASIRACE_PASTE_SCREENSHOT", QDir::temp().filePath(QStringLiteral("asirace-paste-refused.png")))));

    // One undo takes back the five that were applied.
    m_doc->undoStack()->undo();
    QList<double> after;
    for (int r = 0; r < 3; ++r)
        after << labValue(*m_doc, r, &Organisation::research_talent) << labValue(*m_doc, r, &Organisation::train_share);
    QCOMPARE(after, before);
}

void TestTableSpreadsheet::aPasteBeyondTheTableIsListed()
{
    QSignalSpy rejected(m_model, &ScenarioTableModel::inputRejected);
    const int last = m_model->rowCount() - 1;
    QApplication::clipboard()->setText(QStringLiteral("0.5\n0.6\n0.7\n"));
    selectBlock(m_view, last, m_share, 1, 1);
    QTest::keyClick(m_view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(labValue(*m_doc, last, &Organisation::train_share), 0.5);
    QCOMPARE(rejected.size(), 1);
    QVERIFY2(rejected.first().first().toString().contains(QStringLiteral("2 cells beyond")),
             qPrintable(rejected.first().first().toString()));
}

void TestTableSpreadsheet::oneValueFillsTheSelection()
{
    QApplication::clipboard()->setText(QStringLiteral("0.45"));
    selectBlock(m_view, 1, m_share, 3, 1);
    const int steps = m_doc->undoStack()->count();
    QTest::keyClick(m_view, Qt::Key_V, Qt::ControlModifier);
    for (int r = 1; r <= 3; ++r)
        QCOMPARE(labValue(*m_doc, r, &Organisation::train_share), 0.45);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
}

void TestTableSpreadsheet::flagsPasteAsZeroOrOne()
{
    const int moe = m_model->columnOf(QStringLiteral("moe"));
    QVERIFY(moe >= 0);
    const double was = labValue(*m_doc, 0, &Organisation::moe);
    const QString flipped = was != 0 ? QStringLiteral("0") : QStringLiteral("1");
    selectBlock(m_view, 0, moe, 1, 1);
    QTest::keyClick(m_view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(parseDelimited(QApplication::clipboard()->text(), QLatin1Char('\t')).at(1).at(0),
             was != 0 ? QStringLiteral("1") : QStringLiteral("0"));
    QApplication::clipboard()->setText(flipped);
    QTest::keyClick(m_view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(labValue(*m_doc, 0, &Organisation::moe), was != 0 ? 0.0 : 1.0);
    QApplication::clipboard()->setText(QStringLiteral("maybe"));
    QSignalSpy rejected(m_model, &ScenarioTableModel::inputRejected);
    QTest::keyClick(m_view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(labValue(*m_doc, 0, &Organisation::moe), was != 0 ? 0.0 : 1.0);
}

void TestTableSpreadsheet::partnershipsPasteToo()
{
    TableEditor *editor = m_window->partnershipsEditor();
    PartnershipsTableModel *model = m_window->partnershipsModel();
    const int share = model->columnOf(QStringLiteral("rofr_decline_probability"));
    QVERIFY(share >= 0 && model->rowCount() >= 2);
    const int steps = m_doc->undoStack()->count();
    const auto outcome = [&] {
        selectBlock(editor->view(), 0, share, 1, 1);
        return editor->pasteText(QStringLiteral("0.125\n0.25\n"));
    }();
    QCOMPARE(outcome.applied, 2);
    QCOMPARE(m_doc->current().partnerships[0].rofr_decline_probability, 0.125);
    QCOMPARE(m_doc->current().partnerships[1].rofr_decline_probability, 0.25);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
}

void TestTableSpreadsheet::exportTableToCsvWritesEveryRow()
{
    QCOMPARE(m_doc->setField(QStringLiteral("OpenAI.compute_h100e"), QStringLiteral("1583333.125")), QString());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("labs.csv"));
    QCOMPARE(m_editor->exportCsv(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseDelimited(QString::fromUtf8(file.readAll()), QLatin1Char(','));
    QCOMPARE(rows.size(), m_model->rowCount() + 1);
    QCOMPARE(rows[0].size(), m_model->columnCount());
    for (int c = 0; c < m_model->columnCount(); ++c)
        QCOMPARE(rows[0][c], flatHeader(*m_model, c));
    const int compute = m_model->columnOf(QStringLiteral("compute_h100e"));
    const int openai = m_model->rowOf(QStringLiteral("OpenAI"));
    QCOMPARE(rows[openai + 1][compute], QStringLiteral("1583333.125"));
    QCOMPARE(rows[openai + 1][0], QStringLiteral("OpenAI"));
    // An unwritable place is an error, not a crash.
    QVERIFY(!m_editor->exportCsv(dir.filePath(QStringLiteral("no/such/folder/labs.csv"))).isEmpty());
}

void TestTableSpreadsheet::theContextMenuOffersCopyPasteAndExport()
{
    QCOMPARE(m_view->contextMenuPolicy(), Qt::CustomContextMenu);
    QCOMPARE(m_editor->copyAction()->shortcut(), QKeySequence(QKeySequence::Copy));
    QCOMPARE(m_editor->pasteAction()->shortcut(), QKeySequence(QKeySequence::Paste));
    QVERIFY(m_editor->exportCsvAction()->text().contains(QStringLiteral("CSV")));
    // Open it and read what it offers, then close it.
    QTimer::singleShot(0, this, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QStringList texts;
        for (QAction *a : menu->actions())
            texts << a->text();
        QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("&Copy|&Paste||&Export Table to CSV")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        menu->close();
    });
    emit m_view->customContextMenuRequested(m_view->visualRect(m_model->index(0, m_share)).center());
}

QTEST_MAIN(TestTableSpreadsheet)
#include "tst_tablespreadsheet.moc"
