// The leaderboard lists labs in rank order with kappa, arrival and margin, and
// its headline says who wins and when; the headline and number formats are
// pure functions shared with exports.
#include "leaderboard.h"
#include "leaderboardmodel.h"
#include "racetext.h"
#include "raceresultfixture.h"

#include "builtinscenarios.h"
#include "simulator.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace asirace;
using asirace::test::makeRaceResult;
using asirace::test::shared;

class TestLeaderboard : public QObject
{
    Q_OBJECT
private slots:
    void monthYearFormatting();
    void scientificFormatting();
    void headlineNamesWinnerDateAndMargin();
    void headlineWithoutWinnerNamesLeader();
    void headlineWithSingleArrival();
    void headlineSameMonth();
    void rowsOrderedByRank();
    void marginInYearsOrOom();
    void chosenMonthUsesThatMonthsRankAndArrival();
    void modelPassesTesterAcrossUpdates();
    void widgetShowsHeadline();
    void simulatedDefaultScenarioIsConsistent();
};

void TestLeaderboard::monthYearFormatting()
{
    QCOMPARE(formatMonthYear(2031.0), QStringLiteral("Jan 2031"));
    QCOMPARE(formatMonthYear(2031.0 + 2 / 12.0), QStringLiteral("Mar 2031"));
    QCOMPARE(formatMonthYear(2031.0 + 11 / 12.0), QStringLiteral("Dec 2031"));
    QCOMPARE(formatMonthYear(2031.9999), QStringLiteral("Jan 2032")); // rounds to the nearest month
    QCOMPARE(formatYearSpan(1.4), QStringLiteral("1.4 years"));
    QCOMPARE(formatYearSpan(1 / 12.0), QStringLiteral("1 month"));
    QCOMPARE(formatYearSpan(0.5), QStringLiteral("6 months"));
}

void TestLeaderboard::scientificFormatting()
{
    QCOMPARE(formatScientific(1e27), QStringLiteral("10²⁷"));
    QCOMPARE(formatScientific(3.2e27), QStringLiteral("3.2×10²⁷"));
    QCOMPARE(formatScientific(9.96e26), QStringLiteral("10²⁷")); // rounding carries into the exponent
    QCOMPARE(formatScientific(2.5e6), QStringLiteral("2.5×10⁶"));
    QCOMPARE(formatScientific(42), QStringLiteral("42"));
    QCOMPARE(formatScientific(0.85), QStringLiteral("0.85"));
}

void TestLeaderboard::headlineNamesWinnerDateAndMargin()
{
    const SimulationResult r = makeRaceResult();
    QCOMPARE(raceHeadline(r), QStringLiteral("OpenAI reaches ASI first, in Feb 2031, 1.2 years ahead of Anthropic."));
}

void TestLeaderboard::headlineWithoutWinnerNamesLeader()
{
    SimulationResult r = makeRaceResult();
    for (auto &lab : r.labs)
        lab.asi_year.reset();
    r.winner.reset();
    QCOMPARE(raceHeadline(r), QStringLiteral("No lab reaches ASI by 2040; OpenAI leads."));
    r.ranking = {"Anthropic", "OpenAI", "Meta"};
    QCOMPARE(raceHeadline(r), QStringLiteral("No lab reaches ASI by 2040; Anthropic leads."));
}

void TestLeaderboard::headlineWithSingleArrival()
{
    SimulationResult r = makeRaceResult();
    r.labs[1].asi_year.reset();
    QCOMPARE(raceHeadline(r), QStringLiteral("OpenAI reaches ASI first, in Feb 2031; no other lab gets there by 2040."));
}

void TestLeaderboard::headlineSameMonth()
{
    SimulationResult r = makeRaceResult();
    r.labs[1].asi_year = *r.labs[0].asi_year + 0.01;
    QCOMPARE(raceHeadline(r), QStringLiteral("OpenAI and Anthropic both reach ASI in Feb 2031; OpenAI ranks first."));
}

void TestLeaderboard::rowsOrderedByRank()
{
    SimulationResult r = makeRaceResult();
    // Ranking order differs from the order of labs in the result.
    std::swap(r.labs[0], r.labs[2]);
    LeaderboardModel model;
    model.setResult(shared(r));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.labAt(0), QStringLiteral("OpenAI"));
    QCOMPARE(model.labAt(1), QStringLiteral("Anthropic"));
    QCOMPARE(model.labAt(2), QStringLiteral("Meta"));
    QCOMPARE(model.index(0, LeaderboardModel::RankColumn).data().toInt(), 1);
    QCOMPARE(model.index(2, LeaderboardModel::RankColumn).data().toInt(), 3);
    QCOMPARE(model.index(0, LeaderboardModel::ArrivalColumn).data().toString(), QStringLiteral("Feb 2031"));
    QCOMPARE(model.index(2, LeaderboardModel::ArrivalColumn).data().toString(), QStringLiteral("not by 2040"));
    QCOMPARE(model.index(0, LeaderboardModel::LabColumn).data(Qt::DecorationRole).value<QColor>(), QColor("#10a37f"));
    // kappa at the end of the horizon: 26.5 + 1.4 * 15
    QCOMPARE(model.index(0, LeaderboardModel::KappaColumn).data(LeaderboardModel::RawValueRole).toDouble(), 26.5 + 1.4 * 15);
    QCOMPARE(model.index(0, LeaderboardModel::KappaColumn).data().toString(), QStringLiteral("47.50"));
}

void TestLeaderboard::marginInYearsOrOom()
{
    LeaderboardModel model;
    model.setResult(shared(makeRaceResult()));
    // OpenAI -> Anthropic: both arrive, 14 months apart.
    QCOMPARE(model.index(0, LeaderboardModel::MarginColumn).data().toString(), QStringLiteral("+1.2 years"));
    QVERIFY(qAbs(model.index(0, LeaderboardModel::MarginColumn).data(LeaderboardModel::RawValueRole).toDouble() - 14 / 12.0) < 1e-9);
    // Anthropic -> Meta: Meta never arrives, so the kappa gap at the end: (26.3+18) - (26+7.5) = 10.8 OOM.
    QCOMPARE(model.index(1, LeaderboardModel::MarginColumn).data().toString(), QStringLiteral("+10.80 OOM"));
    QCOMPARE(model.index(2, LeaderboardModel::MarginColumn).data().toString(), QStringLiteral("–"));
}

void TestLeaderboard::chosenMonthUsesThatMonthsRankAndArrival()
{
    SimulationResult r = makeRaceResult();
    // Early on Anthropic leads Meta only slightly; make Meta lead in month 0.
    r.labs[2].effective_flop_log10[0] = 27.0;
    r.labs[2].rank[0] = 1;
    r.labs[0].rank[0] = 2;
    r.labs[1].rank[0] = 3;
    LeaderboardModel model;
    model.setResult(shared(r));
    model.setMonthIndex(0);
    QCOMPARE(model.labAt(0), QStringLiteral("Meta"));
    QCOMPARE(model.index(0, LeaderboardModel::KappaColumn).data(LeaderboardModel::RawValueRole).toDouble(), 27.0);
    // The arrival column is the run's forecast, whatever month is shown.
    QCOMPARE(model.index(1, LeaderboardModel::ArrivalColumn).data().toString(), QStringLiteral("Feb 2031"));
    QCOMPARE(model.index(0, LeaderboardModel::ArrivalColumn).data().toString(), QStringLiteral("not by 2040"));
    model.setMonthIndex(100); // May 2033: both leaders have arrived
    QCOMPARE(model.labAt(0), QStringLiteral("OpenAI"));
    QCOMPARE(model.index(0, LeaderboardModel::ArrivalColumn).data().toString(), QStringLiteral("Feb 2031"));
    QCOMPARE(model.index(1, LeaderboardModel::ArrivalColumn).data().toString(), QStringLiteral("Apr 2032"));
}

void TestLeaderboard::modelPassesTesterAcrossUpdates()
{
    LeaderboardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SimulationResult r = makeRaceResult();
    model.setResult(shared(r));
    r.labs[0].effective_flop_log10.back() = 50; // same labs: updated in place
    model.setResult(shared(r));
    QCOMPARE(model.index(0, LeaderboardModel::KappaColumn).data().toString(), QStringLiteral("50.00"));
    r.labs.pop_back(); // a lab removed: reset
    r.ranking.pop_back();
    model.setResult(shared(r));
    QCOMPARE(model.rowCount(), 2);
    model.setMonthIndex(12);
    model.setResult(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestLeaderboard::widgetShowsHeadline()
{
    Leaderboard board;
    board.setResult(shared(makeRaceResult()));
    QCOMPARE(board.headline(), QStringLiteral("OpenAI reaches ASI first, in Feb 2031, 1.2 years ahead of Anthropic."));
    QCOMPARE(board.model()->rowCount(), 3);
    SimulationResult none = makeRaceResult();
    for (auto &lab : none.labs)
        lab.asi_year.reset();
    none.winner.reset();
    board.setResult(shared(none));
    QCOMPARE(board.headline(), QStringLiteral("No lab reaches ASI by 2040; OpenAI leads."));
    board.setHeadlineVisible(false); // the window may show it at the top instead
    QCOMPARE(board.headline(), QStringLiteral("No lab reaches ASI by 2040; OpenAI leads."));
}

void TestLeaderboard::simulatedDefaultScenarioIsConsistent()
{
    const SimulationResult r = simulate(defaultScenario());
    LeaderboardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(std::make_shared<const SimulationResult>(r));
    QCOMPARE(model.rowCount(), int(r.labs.size()));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.labAt(row), QString::fromStdString(r.ranking[size_t(row)]));
    const QString headline = raceHeadline(r);
    if (r.winner)
        QVERIFY2(headline.startsWith(QString::fromStdString(*r.winner) + QStringLiteral(" reaches ASI first")), qPrintable(headline));
    else
        QVERIFY2(headline.startsWith(QStringLiteral("No lab reaches ASI")), qPrintable(headline));
}

QTEST_MAIN(TestLeaderboard)
#include "tst_leaderboard.moc"
