// A save killed at any instant leaves the previous file or the new one, whole.
// A child process saves a large file of random scenarios and is killed with
// SIGKILL after a random delay, over and over; after every kill the file must
// open, validate, and hold exactly the old or the new scenarios.
#include "randomscenario.h"
#include "scenariojsonfile.h"
#include "scenariostore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <map>

using namespace asirace;

namespace {

constexpr int kScenarios = 250; // x 12+ organisations: a save takes long enough to be hit mid-way
constexpr int kKills = 60;

testing::RandomScenarioOptions options()
{
    testing::RandomScenarioOptions o;
    o.minOrganisations = 12;
    return o;
}

QByteArray contentHash(const std::vector<Scenario> &scenarios)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(scenariosJsonText(scenarios)),
                                    QCryptographicHash::Sha256);
}

} // namespace

class TestStoreCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedSavesLeaveOldOrNewFile();

private:
    QByteArray expectedHash(quint64 seed)
    {
        auto it = m_hashes.find(seed);
        if (it == m_hashes.end())
            it = m_hashes.emplace(seed, contentHash(testing::randomScenarios(seed, kScenarios, options()))).first;
        return it->second;
    }

    std::map<quint64, QByteArray> m_hashes;
};

void TestStoreCrash::killedSavesLeaveOldOrNewFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("race.db");
    const QString helper = QStringLiteral(ASIRACE_BIN_DIR "/store_crash_helper");
    quint64 current = 1;
    QVERIFY(saveScenarioFile(file.toStdString(), testing::randomScenarios(current, kScenarios, options())).ok);

    // Calibrate: how long does one whole save take on this machine?
    QProcess calibrate;
    calibrate.start(helper, {file, QString::number(2), QString::number(kScenarios)});
    QVERIFY(calibrate.waitForReadyRead(60000));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(calibrate.waitForFinished(60000));
    QCOMPARE(calibrate.exitCode(), 0);
    const qint64 saveMs = std::max<qint64>(timer.elapsed(), 5);
    current = 2;
    qInfo("one save of %d scenarios takes about %lld ms", kScenarios, static_cast<long long>(saveMs));

    int keptOld = 0, gotNew = 0;
    auto *random = QRandomGenerator::global();
    for (int kill = 0; kill < kKills; ++kill) {
        const quint64 next = 100 + static_cast<quint64>(kill);
        QProcess child;
        child.start(helper, {file, QString::number(next), QString::number(kScenarios)});
        QVERIFY(child.waitForStarted(10000));
        QVERIFY(child.waitForReadyRead(60000)); // "saving": the scenarios are built, the save begins
        QThread::usleep(static_cast<unsigned long>(random->bounded(saveMs * 1200)));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));

        const auto loaded = loadScenarioFile(file.toStdString());
        QVERIFY2(loaded.ok(), qPrintable(QString("after kill %1: %2").arg(kill).arg(QString::fromStdString(loaded.message))));
        const QByteArray hash = contentHash(loaded.scenarios);
        if (hash == expectedHash(current)) {
            ++keptOld;
        } else {
            QVERIFY2(hash == expectedHash(next), qPrintable(QString("after kill %1 the file holds neither the old "
                                                                    "nor the new scenarios").arg(kill)));
            ++gotNew;
            current = next;
        }
    }
    qInfo("%d kills: %d left the old file, %d the new one", kKills, keptOld, gotNew);
    QVERIFY2(keptOld > 0, "no kill landed during a save; the test did not test anything");
    // Only the file itself and temporary files of killed saves are in the folder.
    for (const QString &entry : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(entry == "race.db" || entry.startsWith(".race.db.tmp-"), qPrintable(entry));
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
