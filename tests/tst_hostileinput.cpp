// Inputs a hostile user crafts, driven through asirace-cli as a script would:
// each must end in exit 1 or 2 with a message on stderr, never a crash, a
// hang or a raw library exception (issue 13).
#include "clirunner.h"
#include "storetestutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using clitest::runCli;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray nested(const QByteArray &open, const QByteArray &close, int depth, const QByteArray &inner = {})
{
    return open.repeated(depth) + inner + close.repeated(depth);
}

} // namespace

#define VERIFY_EXIT(run, code)                                                                                      \
    QVERIFY2((run).exitCode == (code), qPrintable(QString("exit %1, stderr: %2").arg((run).exitCode).arg((run).err)))

class TestHostileInput : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_dir = new QTemporaryDir; }
    void cleanup() { delete m_dir; }

    void deeplyNestedJsonIsRefusedWithAShortMessage_data();
    void deeplyNestedJsonIsRefusedWithAShortMessage();

private:
    QString file(const char *name) const { return m_dir->filePath(name); }
    QTemporaryDir *m_dir = nullptr;
};

void TestHostileInput::deeplyNestedJsonIsRefusedWithAShortMessage_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("pointer");
    // 65k levels is the fuzzer's find; 400k overflows the stack of an optimised
    // build too, had the message been made by the recursive dump().
    for (int depth : {65536, 400000}) {
        const QByteArray deep = nested("[", "]", depth);
        QTest::addRow("name, %d deep", depth)
            << "{\"scenarios\": [{\"name\": " + deep + "}]}" << QStringLiteral("/scenarios/0/name");
        QTest::addRow("format, %d deep", depth) << "{\"format\": " + deep + ", \"scenarios\": []}" << "/format";
        QTest::addRow("mfu, %d deep", depth)
            << "{\"name\": \"x\", \"organisations\": [{\"mfu\": " + nested("{\"a\":", "}", depth / 4, "{}") + "}]}"
            << QStringLiteral("/organisations/0/mfu");
    }
}

void TestHostileInput::deeplyNestedJsonIsRefusedWithAShortMessage()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, pointer);
    QVERIFY(writeFile(file("deep.json"), document));
    const auto run = runCli({"import-json", file("deep.json"), "--out", file("deep.db")});
    VERIFY_EXIT(run, 1);
    QVERIFY2(run.err.contains(pointer), qPrintable(run.err.left(2000)));
    QVERIFY2(run.err.size() < 4000, qPrintable(QString::number(run.err.size())));
    QVERIFY(!QFile::exists(file("deep.db")));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
