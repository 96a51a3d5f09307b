// "What must be true" (asirace-cli flips): every reported flip value changes
// the winner when applied as --set applies it, the value just inside it (at
// the bisection's tolerance) and values between it and the current one do
// not; rows are sorted by relative change; the odds' favourite flips the
// same way; exit codes follow the CLI contract. No lab is assumed to win.
#include "builtinscenarios.h"
#include "clirunner.h"
#include "fieldlabel.h"
#include "fieldpath.h"
#include "flips.h"
#include "montecarlo.h"
#include "simulator.h"
#include "validation.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace asirace;
using clitest::runCli;

namespace {

// The winner with `path` set from `value` the way --set sets it (text in,
// shortest round-trip text out); an empty string stands for "no lab".
QString winnerWith(const std::string &path, double value)
{
    Scenario s = defaultScenario();
    if (const auto error = applyAssignment(s, path + "=" + formatValue(value)))
        qFatal("--set %s refused: %s", path.c_str(), error->message.c_str());
    if (!validate(s).empty())
        qFatal("--set %s=%s makes the scenario invalid", path.c_str(), formatValue(value).c_str());
    const auto result = simulate(s);
    return result.winner ? QString::fromStdString(*result.winner) : QString();
}

QString text(const QJsonValue &v) { return v.isNull() ? QString() : v.toString(); }

} // namespace

class TestFlips : public QObject
{
    Q_OBJECT
private slots:
    void reportedFlipsFlipTheWinner()
    {
        const auto run = runCli({"flips", "--json"});
        CLI_VERIFY_EXIT(run, 0);
        const QJsonObject doc = clitest::parse(run.out);
        const QString winner = text(doc["winner"]);
        const QJsonArray flips = doc["flips"].toArray();
        QCOMPARE(winner, winnerWith("assumptions.start_year", defaultScenario().assumptions.start_year));
        QVERIFY(flips.size() >= int(numericPaths(defaultScenario()).size()));
        int checked = 0;
        double previous = 0;
        bool pastFlips = false;
        for (const QJsonValue &row : flips) {
            const QJsonObject f = row.toObject();
            const std::string path = f["path"].toString().toStdString();
            QVERIFY(!f["label"].toString().isEmpty());
            QVERIFY2(f["label"].toString().toStdString() != path, path.c_str()); // a human label, not the path
            if (f["flip_value"].isNull()) {
                pastFlips = true;
                QVERIFY(f["relative_change"].isNull());
                continue;
            }
            QVERIFY2(!pastFlips, "rows without a flip come last");
            const double relative = f["relative_change"].toDouble();
            QVERIFY2(relative >= previous, path.c_str()); // smallest change first
            previous = relative;

            const double value = f["value"].toDouble(), flip = f["flip_value"].toDouble();
            const double inside = f["inside_value"].toDouble();
            QCOMPARE(winnerWith(path, flip), text(f["new_winner"]));
            QVERIFY2(text(f["new_winner"]) != winner, path.c_str());
            QVERIFY2(winnerWith(path, inside) == winner, path.c_str());
            // Inside lies between the value and the flip, within the bisection's tolerance of the flip.
            QVERIFY2((inside - value) * (flip - value) >= 0 && std::fabs(inside - value) < std::fabs(flip - value),
                     path.c_str());
            const auto ref = resolveNumericPath(defaultScenario(), path);
            QVERIFY(ref);
            if (ref->type == FieldType::Integer) {
                QCOMPARE(std::fabs(flip - inside), 1.0);
            } else if (ref->type == FieldType::Real) {
                // A thousandth of the range, or of its decades on a logarithmic field
                // (whose minimum 0 lies below the decades and is probed by itself).
                const bool linearClose = std::fabs(flip - inside) <= 1.1e-3 * (ref->max - ref->min);
                const bool logClose = ref->logScale && flip > 0 && inside > 0 && std::fabs(std::log10(flip / inside)) <= 0.01;
                QVERIFY2(linearClose || logClose, path.c_str());
            }
            // No value between the current one and `inside` flips it.
            for (double t : {0.2, 0.4, 0.6, 0.8}) {
                const double between = value + t * (inside - value);
                QVERIFY2(winnerWith(path, ref->type == FieldType::Integer ? std::round(between) : between) == winner,
                         qPrintable(QStringLiteral("%1 at %2").arg(QString::fromStdString(path)).arg(between)));
            }
            ++checked;
        }
        QVERIFY(checked > 0); // the default scenario has inputs that decide it
    }

    // The same checks through the CLI itself for the closest flips.
    void closestFlipsThroughCliSet()
    {
        const auto run = runCli({"flips", "--json"});
        CLI_VERIFY_EXIT(run, 0);
        const QJsonObject doc = clitest::parse(run.out);
        const QJsonArray flips = doc["flips"].toArray();
        for (int i = 0; i < 4 && i < flips.size() && !flips[i].toObject()["flip_value"].isNull(); ++i) {
            const QJsonObject f = flips[i].toObject();
            for (const auto &[key, expected] : {std::pair{"flip_value", text(f["new_winner"])},
                                               std::pair{"inside_value", text(doc["winner"])}}) {
                const QString set = f["path"].toString() + "=" + QString::fromStdString(formatValue(f[key].toDouble()));
                const auto out = runCli({"run", "--set", set, "--json"});
                CLI_VERIFY_EXIT(out, 0);
                QCOMPARE(text(clitest::parse(out.out)["winner"]), expected);
            }
        }
    }

    // The favourite in P(first): a flip pins the input at the flip value and
    // the Monte Carlo's leader (same seed) is another lab.
    void oddsFlipsChangeTheFavourite()
    {
        const QStringList inputs{"--input", "assumptions.alg_halving_months", "--input", "assumptions.agi_log10_flop"};
        const auto run = runCli(QStringList{"flips", "--odds", "60", "--seed", "3", "--json"} + inputs);
        CLI_VERIFY_EXIT(run, 0);
        const QJsonObject odds = clitest::parse(run.out)["odds"].toObject();
        QCOMPARE(odds["runs"].toInt(), 60);
        auto favourite = [](Scenario s) {
            MonteCarloOptions mc;
            mc.runs = 60;
            mc.seed = 3;
            const auto r = runMonteCarlo(s, mc);
            const LabOdds *best = nullptr;
            for (const auto &lab : r.labs)
                if (!best || lab.p_first > best->p_first)
                    best = &lab;
            return best && best->p_first > 0 ? QString::fromStdString(best->name) : QString();
        };
        QCOMPARE(text(odds["leader"]), favourite(defaultScenario()));
        const QJsonArray flips = odds["flips"].toArray();
        QVERIFY(flips.size() >= 2);
        for (const QJsonValue &row : flips) {
            const QJsonObject f = row.toObject();
            if (f["flip_value"].isNull())
                continue;
            Scenario s = defaultScenario();
            const std::string path = f["path"].toString().toStdString();
            *resolveNumericPath(s, path)->value = f["flip_value"].toDouble();
            for (auto &d : s.distributions)
                if (FieldPath::parse(d.path)->text() == path)
                    d.kind = DistributionKind::Fixed;
            QCOMPARE(favourite(s), text(f["new_winner"]));
        }
    }

    // Patel's view is his ranking: OpenAI first (the one test allowed to name a
    // winner); the search shows what that ranking needs.
    void patelsViewShowsWhatHisRankingNeeds()
    {
        const auto run = runCli({"flips", "--scenario", "Patel's view", "--json"});
        CLI_VERIFY_EXIT(run, 0);
        const QJsonObject doc = clitest::parse(run.out);
        QCOMPARE(doc["winner"].toString(), QStringLiteral("OpenAI"));
        const QJsonArray flips = doc["flips"].toArray();
        QVERIFY(!flips.isEmpty());
        QVERIFY(!flips[0].toObject()["flip_value"].isNull());
        for (const QJsonValue &row : flips)
            if (!row.toObject()["flip_value"].isNull())
                QVERIFY(text(row.toObject()["new_winner"]) != QStringLiteral("OpenAI"));
        const auto plain = runCli({"flips", "--scenario", "Patel's view"});
        QVERIFY(plain.out.contains("OpenAI stays first while:"));
    }

    void exitCodes()
    {
        CLI_VERIFY_EXIT(runCli({"flips", "--odds", "zero"}), 1);
        CLI_VERIFY_EXIT(runCli({"flips", "--input", "Nobody.mfu"}), 1);
        CLI_VERIFY_EXIT(runCli({"flips", "--scenario", "No such scenario"}), 1);
        CLI_VERIFY_EXIT(runCli({"flips", "--bogus"}), 1);
        CLI_VERIFY_EXIT(runCli({"flips", QStringLiteral(ASIRACE_TEST_DATA "/no-such-file.db")}), 2);
        const auto text = runCli({"flips", "--input", "assumptions.alg_halving_months"});
        CLI_VERIFY_EXIT(text, 0);
        QVERIFY(text.out.contains("winner: "));
        QVERIFY(!text.out.contains("assumptions.")); // labels, not paths
    }

    void labelsReadAsWords()
    {
        QCOMPARE(QString::fromStdString(fieldPathLabel("assumptions.gpu_mtbf_hours")), QStringLiteral("Accelerator MTBF"));
        QCOMPARE(QString::fromStdString(fieldPathLabel("OpenAI.research_talent")), QStringLiteral("OpenAI: Research talent"));
        QCOMPARE(QString::fromStdString(fieldPathLabel("Meta.mfu")), QStringLiteral("Meta: MFU"));
        QCOMPARE(QString::fromStdString(fieldPathLabelWithUnit("assumptions.research_compute_elasticity")),
                 QStringLiteral("Weight of research compute [exponent]"));
    }
};

QTEST_GUILESS_MAIN(TestFlips)
#include "tst_flips.moc"
