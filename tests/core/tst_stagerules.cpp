// Stage assignment of model nodes by name pattern, and stage progress at a date.
#include "core/StageRules.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

using namespace showroom::core;

Q_DECLARE_METATYPE(showroom::core::Stage)

namespace {
Stage stage(const QString &id, const QStringList &patterns, QDate plannedStart = {}, QDate plannedEnd = {},
            QDate actualStart = {}, QDate actualEnd = {})
{
    Stage s;
    s.id = id;
    s.name = id;
    s.nodePatterns = patterns;
    s.plannedStart = plannedStart;
    s.plannedEnd = plannedEnd;
    s.actualStart = actualStart;
    s.actualEnd = actualEnd;
    return s;
}

// A few ms in a release build; sanitizers slow it down 20x, and CI shares 2 cores between jobs.
qint64 timeBudgetMs()
{
#if defined(__SANITIZE_ADDRESS__)
    return 3000;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return 3000;
#else
    return 250;
#endif
#else
    return 250;
#endif
}

QList<Stage> demoStages()
{
    return {stage("foundation", {"*_Foundation_*"}), stage("structure", {"*_Structure_*", "A_*"}),
            stage("envelope", {"*_Envelope_*", "Unit_*", "Building_?"}),
            stage("landscape", {"Site_Landscape_*", "Site_Ground"})};
}
} // namespace

class tst_StageRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void patterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("matches");
        QTest::newRow("star matches empty") << "*"
                                            << "" << true;
        QTest::newRow("star matches all") << "*"
                                          << "anything" << true;
        QTest::newRow("prefix") << "A_*"
                                << "A_Structure_Core" << true;
        QTest::newRow("prefix other") << "A_*"
                                      << "B_Structure_Core" << false;
        QTest::newRow("prefix exact length") << "A_*"
                                             << "A_" << true;
        QTest::newRow("infix") << "*_Foundation_*"
                               << "T_Foundation_Slab_02" << true;
        QTest::newRow("infix needs both underscores") << "*_Foundation_*"
                                                      << "A_Foundation" << false;
        QTest::newRow("suffix") << "*_Roof"
                                << "A_Envelope_Roof" << true;
        QTest::newRow("suffix not at end") << "*_Roof"
                                           << "A_Roof_Tile" << false;
        QTest::newRow("question one char") << "?_Foundation_*"
                                           << "A_Foundation_Slab" << true;
        QTest::newRow("question not two") << "?_Foundation_*"
                                          << "AB_Foundation_Slab" << false;
        QTest::newRow("question digits") << "Unit_A_??04"
                                         << "Unit_A_0304" << true;
        QTest::newRow("question too short") << "Unit_A_??04"
                                            << "Unit_A_304" << false;
        QTest::newRow("several stars") << "a*b*c"
                                       << "aXXbYYc" << true;
        QTest::newRow("several stars, missing end") << "a*b*c"
                                                    << "aXXbYY" << false;
        QTest::newRow("backtracking") << "*ab"
                                      << "aab" << true;
        QTest::newRow("exact") << "Site_Ground"
                               << "Site_Ground" << true;
        QTest::newRow("exact is not prefix") << "Site_Ground"
                                             << "Site_Ground_2" << false;
        QTest::newRow("case sensitive") << "unit_*"
                                        << "Unit_A_0101" << false;
        QTest::newRow("double star") << "**x"
                                     << "x" << true;
        QTest::newRow("pathological") << "*a*a*a*a*a*b" << QString(2000, 'a') << false;
    }

    void patterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, name);
        QFETCH(bool, matches);
        QCOMPARE(matchesNodePattern(pattern, name), matches);
        // The precompiled rules agree with the plain matcher.
        const StageRules rules({stage("s", {pattern})});
        QCOMPARE(rules.matchIndex(name) == 0, matches);
    }

    void firstStageInManifestOrderWins()
    {
        const StageRules rules(demoStages());
        QCOMPARE(rules.stageCount(), 4);
        QCOMPARE(rules.stageForNode("A_Foundation_Slab"), QString("foundation")); // also matches A_*
        QCOMPARE(rules.stageForNode("A_Envelope_Roof"), QString("structure"));    // A_* comes first
        QCOMPARE(rules.stageForNode("T_Envelope_Roof"), QString("envelope"));
        QCOMPARE(rules.stageForNode("Site_Ground"), QString("landscape"));
        QCOMPARE(rules.stageForNode("Building_T"), QString("envelope"));
        QCOMPARE(rules.stageForNode("Sky"), QString());

        // An exact name in a later stage does not beat a wildcard in an earlier one, and vice versa.
        const StageRules mixed({stage("one", {"X*"}), stage("two", {"Xylo", "Y*"}), stage("three", {"Yak"})});
        QCOMPARE(mixed.stageForNode("Xylo"), QString("one"));
        QCOMPARE(mixed.stageForNode("Yak"), QString("two"));
        const StageRules exactFirst({stage("one", {"Xylo"}), stage("two", {"X*"})});
        QCOMPARE(exactFirst.stageForNode("Xylo"), QString("one"));
        QCOMPARE(exactFirst.stageForNode("Xerox"), QString("two"));
    }

    void nodesInheritFromTheNearestMatchingAncestor()
    {
        const StageRules rules(demoStages());
        // A mesh under a unit takes the unit's stage.
        QCOMPARE(rules.stageForNode("Mesh_12", {"Glazing", "Unit_T_0001", "Building_T"}),
                 QString("envelope"));
        // Its own match wins over its ancestors'.
        QCOMPARE(rules.stageForNode("T_Structure_Core", {"Unit_T_0001"}), QString("structure"));
        // The nearest ancestor wins over farther ones.
        QCOMPARE(rules.stageForNode("Mesh", {"T_Foundation_Pad", "Building_T"}), QString("foundation"));
        QCOMPARE(rules.stageForNode("Mesh", {"Group", "Root"}), QString());

        // resolve() is the same rule for a top-down walk.
        const int building = rules.resolve(u"Building_T", -1);
        QCOMPARE(rules.stageId(building), QString("envelope"));
        const int child = rules.resolve(u"Group_7", building);
        QCOMPARE(child, building);
        QCOMPARE(rules.stageId(rules.resolve(u"T_Foundation_Pad", child)), QString("foundation"));
        QCOMPARE(rules.resolve(u"Group", -1), -1);
        QCOMPARE(rules.indexOf("landscape"), 3);
    }

    void noStagesMeansNoAssignment()
    {
        const StageRules rules;
        QCOMPARE(rules.stageForNode("Anything", {"Parent"}), QString());
        QCOMPARE(rules.matchIndex(u"Anything"), -1);
    }

    // ~10k nodes (a realistic demo site) must resolve in a few milliseconds.
    void tenThousandNodesAreFast()
    {
        QList<Stage> stages = demoStages();
        for (int i = 0; i < 8; ++i)
            stages << stage(QString("extra%1").arg(i),
                            {QString("*_Extra%1_*").arg(i), QString("Extra%1_??").arg(i)});
        const StageRules rules(stages);
        QStringList names;
        for (int b = 0; b < 10; ++b) {
            for (int i = 0; i < 1000; ++i) {
                switch (i % 4) {
                case 0:
                    names << QString("Unit_%1_%2").arg(b).arg(i, 4, 10, QChar('0'));
                    break;
                case 1:
                    names << QString("Mesh_%1_%2").arg(b).arg(i);
                    break;
                case 2:
                    names << QString("%1_Structure_Column_%2").arg(QChar('A' + b)).arg(i);
                    break;
                default:
                    names << QString("Site_Landscape_Tree_%1").arg(i);
                }
            }
        }
        QElapsedTimer timer;
        timer.start();
        int assigned = 0;
        int parent = -1;
        for (const QString &name : names) {
            const int s = rules.resolve(name, parent);
            if (s >= 0)
                ++assigned;
            parent = name.startsWith(QLatin1String("Unit_")) ? s : -1;
        }
        const qint64 ms = timer.elapsed();
        QCOMPARE(assigned, 10000); // meshes inherit from the unit before them
        QVERIFY2(ms < timeBudgetMs(), qPrintable(QString("10,000 nodes took %1 ms").arg(ms)));
        qDebug("10,000 nodes resolved in %lld ms", ms);
    }

    void progress_data()
    {
        QTest::addColumn<Stage>("s");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("expected");
        const QDate ps(2025, 3, 1), pe(2025, 6, 30);
        const Stage planned = stage("p", {}, ps, pe);
        QTest::newRow("before planned start") << planned << QDate(2025, 2, 28) << int(StageProgress::Planned);
        QTest::newRow("on planned start") << planned << ps << int(StageProgress::InProgress);
        QTest::newRow("on planned end") << planned << pe << int(StageProgress::InProgress);
        QTest::newRow("day after planned end") << planned << QDate(2025, 7, 1) << int(StageProgress::Done);
        const Stage late = stage("l", {}, ps, pe, QDate(2025, 4, 1), QDate(2025, 8, 31));
        QTest::newRow("actual start wins") << late << QDate(2025, 3, 15) << int(StageProgress::Planned);
        QTest::newRow("actual end wins") << late << QDate(2025, 7, 15) << int(StageProgress::InProgress);
        QTest::newRow("done after actual end") << late << QDate(2025, 9, 1) << int(StageProgress::Done);
        const Stage underway = stage("u", {}, ps, pe, QDate(2025, 3, 5));
        QTest::newRow("underway past its plan")
            << underway << QDate(2026, 1, 1) << int(StageProgress::InProgress);
        QTest::newRow("underway, before it started")
            << underway << QDate(2025, 3, 4) << int(StageProgress::Planned);
        const Stage early = stage("e", {}, ps, pe, QDate(2025, 2, 1), QDate(2025, 2, 20));
        QTest::newRow("finished early") << early << QDate(2025, 3, 1) << int(StageProgress::Done);
    }

    void progress()
    {
        QFETCH(Stage, s);
        QFETCH(QDate, date);
        QFETCH(int, expected);
        QCOMPARE(int(stageProgress(s, date)), expected);
    }

    void stagesByProgress()
    {
        const QList<Stage> stages{
            stage("foundation", {}, QDate(2025, 1, 1), QDate(2025, 3, 31), QDate(2025, 1, 5),
                  QDate(2025, 4, 2)),
            stage("structure", {}, QDate(2025, 4, 1), QDate(2025, 12, 31), QDate(2025, 4, 10)),
            stage("landscape", {}, QDate(2026, 6, 1), QDate(2026, 8, 31))};
        const QDate d(2025, 6, 1);
        QCOMPARE(stageIdsWith(stages, StageProgress::Done, d), QStringList{"foundation"});
        QCOMPARE(stageIdsWith(stages, StageProgress::InProgress, d), QStringList{"structure"});
        QCOMPARE(stageIdsWith(stages, StageProgress::Planned, d), QStringList{"landscape"});
    }
};

QTEST_GUILESS_MAIN(tst_StageRules)
#include "tst_stagerules.moc"
