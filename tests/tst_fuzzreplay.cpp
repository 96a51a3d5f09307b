// The fuzzer's other half, deterministic and under a minute: replays the
// committed corpus (tests/fuzz-corpus: seeds that must load, and a reproducer
// of every crash or hole found so far, which must be refused with exit 1 or 2
// and a message) through asirace-cli, then runs fresh mutations of the seeds
// from a fixed seed through the store in-process. scripts/fuzz runs the
// libFuzzer targets (fuzz/) for longer; copy what they find into the corpus.
#include "clirunner.h"
#include "scenariojsonfile.h"
#include "scenariostore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <random>

using clitest::runCli;

namespace {

const QString kCorpus = QStringLiteral(ASIRACE_TEST_DATA "/../fuzz-corpus");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// libFuzzer's everyday mutations, drawn from `rng`: flip a bit, set an
// interesting byte, delete, duplicate or move a range, truncate.
QByteArray mutate(QByteArray bytes, std::mt19937 &rng)
{
    static const char interesting[] = {'\0', '\xff', '\x80', '{', '}', '[', ']', '"', '\\', ':', ',', '9', '-', 'e'};
    auto pick = [&](qsizetype n) { return n <= 0 ? qsizetype(0) : qsizetype(rng() % quint64(n)); };
    const int edits = 1 + int(rng() % 4);
    for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
        const qsizetype at = pick(bytes.size());
        const qsizetype span = 1 + pick(qMin<qsizetype>(64, bytes.size() - at));
        switch (rng() % 6) {
        case 0: bytes[at] = char(bytes[at] ^ (1 << (rng() % 8))); break;
        case 1: bytes[at] = interesting[rng() % sizeof interesting]; break;
        case 2: bytes.remove(at, span); break;
        case 3: bytes.insert(pick(bytes.size()), bytes.mid(at, span)); break;
        case 4: bytes.truncate(at); break;
        default: {
            const QByteArray piece = bytes.mid(at, span);
            bytes.remove(at, span);
            bytes.insert(pick(bytes.size()), piece);
        }
        }
    }
    return bytes;
}

// Runs `runs` mutations of the seed file through `read`; every answer is
// scenarios or a message. Returns how many were refused.
int answerMutations(const QString &seedFile, int runs, const char *what,
                    const std::function<asirace::LoadResult(const QByteArray &)> &read)
{
    const QByteArray seed = readAll(kCorpus + seedFile);
    if (seed.isEmpty())
        qFatal("no seed %s", qPrintable(seedFile));
    std::mt19937 rng(13);
    QElapsedTimer timer;
    timer.start();
    int refused = 0;
    for (int i = 0; i < runs; ++i) {
        const auto result = read(mutate(seed, rng));
        if (result.ok() ? result.scenarios.empty() : result.message.empty())
            qFatal("mutation %d of %s: an answer without scenarios or message", i, what);
        refused += result.ok() ? 0 : 1;
    }
    qInfo("%d %s mutations, %d refused, %lld ms", runs, what, refused, timer.elapsed());
    return refused;
}

} // namespace

class TestFuzzReplay : public QObject
{
    Q_OBJECT
private slots:
    void corpusReplays_data();
    void corpusReplays();
    void freshJsonMutationsAreAnsweredWithAMessage();
    void freshDbMutationsAreAnsweredWithAMessage();
};

void TestFuzzReplay::corpusReplays_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");
    int files = 0;
    for (const QString kind : {"json", "db"}) {
        for (const QFileInfo &entry : QDir(kCorpus + "/" + kind).entryInfoList(QDir::Files, QDir::Name)) {
            QTest::addRow("%s", qPrintable(kind + "/" + entry.fileName())) << kind << entry.filePath();
            ++files;
        }
    }
    QVERIFY2(files >= 10, "the committed corpus is missing");
}

void TestFuzzReplay::corpusReplays()
{
    QFETCH(QString, kind);
    QFETCH(QString, path);
    QTemporaryDir dir;
    const auto run = kind == "json" ? runCli({"import-json", path, "--out", dir.filePath("out.db")})
                                    : runCli({"validate", path});
    if (QFileInfo(path).fileName().startsWith("seed-")) {
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        return;
    }
    QVERIFY2(run.exitCode == 1 || run.exitCode == 2, qPrintable(QString("exit %1: %2").arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.contains("asirace-cli "), qPrintable(run.err));
    QVERIFY2(!run.err.contains("json.exception"), qPrintable(run.err));
    QVERIFY(!QFile::exists(dir.filePath("out.db")));
}

void TestFuzzReplay::freshJsonMutationsAreAnsweredWithAMessage()
{
    const int runs = 2000;
    const int refused = answerMutations("/json/seed-baseline.json", runs, "JSON", [](const QByteArray &input) {
        return asirace::parseScenariosJson(input.toStdString(), "mutant.json");
    });
    QVERIFY(refused > runs / 2); // the mutations do reach the checks
}

void TestFuzzReplay::freshDbMutationsAreAnsweredWithAMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("mutant.db");
    const int refused = answerMutations("/db/seed-baseline.db", 1200, ".db", [&](const QByteArray &input) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(input) != input.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        return asirace::loadScenarioFile(path.toStdString());
    });
    QVERIFY(refused > 0);
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
