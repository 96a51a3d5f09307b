// FieldPath is the one parser of input paths: the three kinds of owner, the
// text it reads back, organisation renames, and the messages resolve/set/read
// give for paths that name nothing.
#include "builtinscenarios.h"
#include "fieldpath.h"

#include <QTest>

using namespace asirace;

class TestFieldPath : public QObject
{
    Q_OBJECT
private slots:
    void parsesTheThreeOwners_data();
    void parsesTheThreeOwners();
    void refusesPathsWithoutOwnerOrField_data();
    void refusesPathsWithoutOwnerOrField();
    void mentionsAndRenamesOrganisations();
    void resolveNamesWhatIsMissing();
    void constResolveReadsWithoutChanging();
    void readReturnsWhatSetWrote();
};

void TestFieldPath::parsesTheThreeOwners_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("owner");
    QTest::addColumn<QString>("org");
    QTest::addColumn<QString>("orgB");
    QTest::addColumn<QString>("field");
    using O = FieldPath::Owner;
    QTest::newRow("assumption") << "assumptions.agi_log10_flop" << int(O::Assumptions) << "" << "" << "agi_log10_flop";
    QTest::newRow("organisation") << "OpenAI.mfu" << int(O::Organisation) << "OpenAI" << "" << "mfu";
    QTest::newRow("spaces in name") << "Google DeepMind.mfu" << int(O::Organisation) << "Google DeepMind" << ""
                                    << "mfu";
    QTest::newRow("partnership") << "Microsoft/OpenAI.compute_share" << int(O::Partnership) << "Microsoft"
                                 << "OpenAI" << "compute_share";
}

void TestFieldPath::parsesTheThreeOwners()
{
    QFETCH(QString, text);
    QFETCH(int, owner);
    QFETCH(QString, org);
    QFETCH(QString, orgB);
    QFETCH(QString, field);
    const auto path = FieldPath::parse(text.toStdString());
    QVERIFY(path);
    QCOMPARE(int(path->owner), owner);
    QCOMPARE(QString::fromStdString(path->org), org);
    QCOMPARE(QString::fromStdString(path->orgB), orgB);
    QCOMPARE(QString::fromStdString(path->field), field);
    QCOMPARE(QString::fromStdString(path->text()), text);
}

void TestFieldPath::refusesPathsWithoutOwnerOrField_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no dot") << "mfu";
    QTest::newRow("no owner") << ".mfu";
    QTest::newRow("no field") << "OpenAI.";
    QTest::newRow("empty") << "";
}

void TestFieldPath::refusesPathsWithoutOwnerOrField()
{
    QFETCH(QString, text);
    std::string error;
    QVERIFY(!FieldPath::parse(text.toStdString(), &error));
    QCOMPARE(QString::fromStdString(error),
             text + QStringLiteral(": expected assumptions.FIELD, ORG.FIELD or ORG_A/ORG_B.FIELD"));
}

void TestFieldPath::mentionsAndRenamesOrganisations()
{
    QVERIFY(pathMentionsOrganisation("OpenAI.mfu", "OpenAI"));
    QVERIFY(pathMentionsOrganisation("Microsoft/OpenAI.rofr", "OpenAI"));
    QVERIFY(pathMentionsOrganisation("Microsoft/OpenAI.rofr", "Microsoft"));
    QVERIFY(!pathMentionsOrganisation("Meta.mfu", "OpenAI"));
    QVERIFY(!pathMentionsOrganisation("assumptions.mfu", "assumptions"));
    QVERIFY(!pathMentionsOrganisation("OpenAI", "OpenAI"));
    QCOMPARE(renameOrganisationInPath("Microsoft/OpenAI.rofr", "OpenAI", "O"), std::string("Microsoft/O.rofr"));
    QCOMPARE(renameOrganisationInPath("OpenAI.mfu", "OpenAI", "O"), std::string("O.mfu"));
    QCOMPARE(renameOrganisationInPath("Meta.mfu", "OpenAI", "O"), std::string("Meta.mfu"));
    QCOMPARE(renameOrganisationInPath("assumptions.end_year", "assumptions", "x"), std::string("assumptions.end_year"));
    QCOMPARE(renameOrganisationInPath("not a path", "OpenAI", "O"), std::string("not a path"));
}

void TestFieldPath::resolveNamesWhatIsMissing()
{
    Scenario s = defaultScenario();
    FieldPathError error;
    QVERIFY(!resolveNumericPath(s, "Nobody.mfu", &error));
    QCOMPARE(error.message, std::string("Nobody.mfu: no organisation 'Nobody'"));
    QVERIFY(!resolveNumericPath(s, "OpenAI/Nobody.rofr", &error));
    QCOMPARE(error.message, std::string("OpenAI/Nobody.rofr: no partnership 'OpenAI/Nobody'"));
    QVERIFY(!resolveNumericPath(s, "OpenAI.colour", &error));
    QCOMPARE(error.message, std::string("OpenAI.colour: unknown numeric field 'colour'"));
    const auto set = setFieldPath(s, "OpenAI.no_such_field", "1");
    QVERIFY(set);
    QCOMPARE(set->message, std::string("OpenAI.no_such_field: unknown field 'no_such_field'"));
}

void TestFieldPath::constResolveReadsWithoutChanging()
{
    const Scenario s = defaultScenario();
    FieldPathError error;
    const auto ref = resolveNumericPath(s, "OpenAI.mfu", &error);
    QVERIFY2(ref, error.message.c_str());
    QCOMPARE(*ref->value, s.findOrganisation("OpenAI")->mfu);
    QCOMPARE(ref->value, &s.findOrganisation("OpenAI")->mfu);
    QCOMPARE(ref->name, std::string_view("mfu"));
    QVERIFY(!ref->description.empty());
    QVERIFY(ref->min < ref->max);
}

void TestFieldPath::readReturnsWhatSetWrote()
{
    Scenario s = defaultScenario();
    QVERIFY(!setFieldPath(s, "Microsoft/OpenAI.compute_supplied_h100e", "1000"));
    QCOMPARE(readFieldPath(s, "Microsoft/OpenAI.compute_supplied_h100e"), std::optional<std::string>("1000"));
    QVERIFY(!setFieldPath(s, "assumptions.scaling_law", "hoffmann2022"));
    QCOMPARE(readFieldPath(s, "assumptions.scaling_law"), std::optional<std::string>("hoffmann2022"));
    QCOMPARE(readFieldPath(s, "Nobody.mfu"), std::nullopt);
    QCOMPARE(readFieldPath(s, "OpenAI.nothing"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestFieldPath)
#include "tst_fieldpath.moc"
