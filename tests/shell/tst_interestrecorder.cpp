// The interest recorder is the one place that turns what a visitor does into telemetry: whichever way a
// unit, building, floor, view or point of interest is chosen, the same event with a well-formed target
// lands in the SQLite file, and dwell clocks run only while the site is on screen.
#include "EventRows.h"
#include "shell/ShowroomServices.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;

class tst_InterestRecorder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void targetSchemes();
    void navigationSelectionRecordsTheUnitsFacts();
    void aSelectionMadeOutsideNavigationIsRecordedToo();
    void buildingFloorPresetAndPointOfInterest();
    void neverAnEmptyOrMalformedTarget();
    void dwellRunsOnlyWhileTheSiteIsShown();
    void theFilterAVisitorSettledOnNotEverySliderTick();
    void leavingTheFinderWritesThePendingFilter();
    void dwellInTheFinder();
    void stackingPlanViewedNamesTheBuildingAndTheWayIn();

private:
    using Row = testing::EventRow;
    QList<Row> rows(const QString &where = QStringLiteral("1"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<shell::ShowroomServices> m_services;
};

void tst_InterestRecorder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    telemetry::Telemetry::Options options;
    options.recorder.path = m_dir->filePath("telemetry.db");
    options.deviceId = "recorder-test";
    options.watchApplication = false;
    m_services = std::make_unique<shell::ShowroomServices>(options);
    QString error;
    QVERIFY2(m_services->loadDevelopment(QStringLiteral(SHOWROOM_DEMO_DIR), &error), qPrintable(error));
    QVERIFY2(m_services->startTelemetry(&error), qPrintable(error));
    m_services->interest().setSiteShown(true);
}

void tst_InterestRecorder::cleanup()
{
    m_services.reset();
    m_dir.reset();
}

QList<tst_InterestRecorder::Row> tst_InterestRecorder::rows(const QString &where)
{
    return testing::readEvents(m_services->telemetry(), m_dir->filePath("telemetry.db"), where);
}

void tst_InterestRecorder::targetSchemes()
{
    using namespace shell::targets;
    QCOMPARE(unit("A_0304"), QStringLiteral("unit:A_0304"));
    QCOMPARE(building("A"), QStringLiteral("building:A"));
    QCOMPARE(floor("A", 3), QStringLiteral("floor:A/3"));
    QCOMPARE(preset("entrance"), QStringLiteral("preset:entrance"));
    QCOMPARE(pointOfInterest("tram"), QStringLiteral("poi:tram"));
    QCOMPARE(finder(), QStringLiteral("finder"));
    QVERIFY(unit("").isEmpty());
    QVERIFY(floor("A", -1).isEmpty());
    QVERIFY(floor("", 2).isEmpty());
    for (const char *good : {"site", "tour", "finder", "unit:A_0304", "floor:A/3", "building:T"})
        QVERIFY2(isWellFormed(good), good);
    for (const char *bad : {"", "unit:", "unit", ":A", "floor:A/", "unit:A 1", "Unit:A", "floor:/3"})
        QVERIFY2(!isWellFormed(bad), bad);
}

void tst_InterestRecorder::navigationSelectionRecordsTheUnitsFacts()
{
    const core::Unit unit = m_services->development().data().units.at(5);
    QVERIFY(m_services->navigation().selectUnit(unit.id, "stacking_plan"));
    const auto selected = rows("name = 'unit_selected'");
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected[0].target, "unit:" + unit.id);
    const QVariantMap p = selected[0].properties;
    QCOMPARE(p.value("via").toString(), QStringLiteral("stacking_plan"));
    QCOMPARE(p.value("price").toDouble(), unit.price);
    QCOMPARE(p.value("status").toString(), core::statusKey(unit.status));
    QCOMPARE(p.value("typeId").toString(), unit.type);
    QCOMPARE(p.value("buildingId").toString(), unit.building);
    QCOMPARE(p.value("floor").toInt(), unit.floor);
}

void tst_InterestRecorder::aSelectionMadeOutsideNavigationIsRecordedToo()
{
    const QString id = m_services->development().data().units.at(7).id;
    QVERIFY(m_services->selection().select(id));
    const auto selected = rows("name = 'unit_selected'");
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected[0].target, "unit:" + id);
    QCOMPARE(selected[0].properties.value("via").toString(), QStringLiteral("api"));
}

void tst_InterestRecorder::buildingFloorPresetAndPointOfInterest()
{
    const core::DevelopmentData &d = m_services->development().data();
    QVERIFY(!d.cameraPresets.isEmpty() && !d.pointsOfInterest.isEmpty());
    auto &nav = m_services->navigation();
    QVERIFY(nav.showBuilding("A", "building_list"));
    QVERIFY(nav.showFloor("A", 2, "floor_list"));
    QVERIFY(nav.stepFloor(1));
    QVERIFY(nav.back());
    nav.goHome();
    QVERIFY(nav.showPreset(d.cameraPresets.first().id, "views_menu"));
    QVERIFY(nav.showPointOfInterest(d.pointsOfInterest.first().id, "marker"));

    QStringList seen;
    for (const Row &r : rows("name NOT IN ('enter', 'leave', 'session_start', 'camera')"))
        seen << r.name + " " + r.target + " " + r.properties.value("via").toString();
    const QStringList expected{
        "building_focused building:A building_list",
        "floor_focused floor:A/2 floor_list",
        "floor_focused floor:A/3 floor_stepper",
        "home_pressed site ",
        "preset_viewed preset:" + d.cameraPresets.first().id + " views_menu",
        "poi_viewed poi:" + d.pointsOfInterest.first().id + " marker",
    };
    QCOMPARE(seen, expected);
    // Time on the building and on each floor, closed when the visitor moved on.
    QVERIFY(!rows("name = 'leave' AND target = 'building:A'").isEmpty());
    QVERIFY(!rows("name = 'leave' AND target = 'floor:A/2'").isEmpty());
}

void tst_InterestRecorder::neverAnEmptyOrMalformedTarget()
{
    auto &nav = m_services->navigation();
    const QString unit = m_services->development().data().units.first().id;
    // Everything a visitor (or a buggy screen) can throw at it, valid and not.
    nav.selectUnit(QString(), "site");
    nav.selectUnit("Z_9999", "site");
    nav.selectUnit(unit, "site");
    nav.clearSelection();
    nav.clearSelection();
    m_services->selection().select(QString());
    nav.showBuilding(QString(), "x");
    nav.showFloor("A", 99, "x");
    nav.showFloor(QString(), 0, "x");
    nav.showPreset(QString(), "x");
    nav.showPointOfInterest(QString(), "x");
    nav.stepFloor(1); // not in building mode
    nav.back();
    nav.back();
    nav.goHome();
    const auto all = rows();
    QVERIFY(!all.isEmpty());
    for (const Row &r : all) {
        if (r.name == "session_start" || r.name == "session_end" || r.name == "camera")
            continue;
        QVERIFY2(shell::targets::isWellFormed(r.target), qPrintable(r.name + " '" + r.target + "'"));
    }
    QCOMPARE(m_services->interest().refusedEvents(), 0);
    QCOMPARE(rows("name = 'unit_selected'").size(), 1);
}

void tst_InterestRecorder::dwellRunsOnlyWhileTheSiteIsShown()
{
    m_services->interest().setSiteShown(false);
    const auto before = rows("name = 'enter'").size();
    QVERIFY(m_services->navigation().showBuilding("B", "building_list"));
    QCOMPARE(rows("name = 'enter'").size(), before);
    m_services->interest().setSiteShown(true);
    QVERIFY(!rows("name = 'enter' AND target = 'building:B'").isEmpty());
}

void tst_InterestRecorder::theFilterAVisitorSettledOnNotEverySliderTick()
{
    auto &finder = m_services->finder();
    m_services->interest().setFilterSettleMs(200);
    m_services->navigation().showFinder("nav_bar");
    // A price slider dragged down in steps, each 20 ms after the last: still moving, nothing settled.
    for (int price = 600000; price >= 400000; price -= 20000) {
        finder.setMaxPrice(price);
        QTest::qWait(20);
    }
    finder.setMinBedrooms(2);
    QVERIFY(rows("name = 'filter_settled'").isEmpty());
    // Then the visitor stops: one event with where they stopped and how many homes that leaves.
    QTRY_COMPARE_WITH_TIMEOUT(rows("name = 'filter_settled'").size(), 1, 1000);
    const auto settled = rows("name = 'filter_settled'");
    QCOMPARE(settled[0].target, QStringLiteral("finder"));
    QCOMPARE(settled[0].properties.value("filter").toString(), QStringLiteral("bedrooms>=2,price<=400000"));
    QCOMPARE(settled[0].properties.value("results").toInt(), finder.count());
    QVERIFY(finder.count() > 0);
    // Moved away and back to the same filter: nothing new settled.
    finder.setMinBedrooms(3);
    finder.setMinBedrooms(2);
    QTest::qWait(400);
    QCOMPARE(rows("name = 'filter_settled'").size(), 1);
    QCOMPARE(m_services->interest().refusedEvents(), 0);
}

void tst_InterestRecorder::leavingTheFinderWritesThePendingFilter()
{
    auto &finder = m_services->finder();
    m_services->interest().setFilterSettleMs(60000);
    m_services->navigation().showFinder("nav_bar");
    QVERIFY(finder.applyExpression("orientation=S|SW,status=any").isEmpty());
    QVERIFY(rows("name = 'filter_settled'").isEmpty());
    m_services->navigation().goHome();
    auto settled = rows("name = 'filter_settled'");
    QCOMPARE(settled.size(), 1);
    QCOMPARE(settled[0].properties.value("filter").toString(), QStringLiteral("orientation=S|SW,status=any"));
    QCOMPARE(settled[0].properties.value("results").toInt(), finder.count());
    // "Clear filters" is a settled filter too: the default, written as "".
    m_services->navigation().showFinder("nav_bar");
    finder.clear();
    QVERIFY(m_services->navigation().back());
    settled = rows("name = 'filter_settled'");
    QCOMPARE(settled.size(), 2);
    QCOMPARE(settled[1].properties.value("filter").toString(), QString());
}

void tst_InterestRecorder::dwellInTheFinder()
{
    m_services->navigation().showFinder("nav_bar");
    QCOMPARE(rows("name = 'enter' AND target = 'finder'").size(), 1);
    QVERIFY(rows("name = 'leave' AND target = 'finder'").isEmpty());
    // The overview's clock stops while the finder is on screen.
    QCOMPARE(rows("name = 'enter' AND target = 'site'").size(),
             rows("name = 'leave' AND target = 'site'").size());
    m_services->navigation().goHome();
    QCOMPARE(rows("name = 'leave' AND target = 'finder'").size(), 1);
}

// Opening a building's stacking plan is written once per plan shown, with the building and the way in;
// the time spent on the plan is time on that building.
void tst_InterestRecorder::stackingPlanViewedNamesTheBuildingAndTheWayIn()
{
    auto &nav = m_services->navigation();
    QVERIFY(nav.showStackingPlan("A", "building_page"));
    QVERIFY(nav.showStackingPlan("B", "stacking_plan"));        // the plan's building switcher
    QVERIFY(!nav.showStackingPlan("nowhere", "stacking_plan")); // unknown: nothing shown, nothing written
    const auto viewed = rows("name = 'stacking_plan_viewed'");
    QCOMPARE(viewed.size(), 2);
    QCOMPARE(viewed[0].target, QStringLiteral("building:A"));
    QCOMPARE(viewed[0].properties.value("via").toString(), QStringLiteral("building_page"));
    QCOMPARE(viewed[1].target, QStringLiteral("building:B"));
    QCOMPARE(viewed[1].properties.value("via").toString(), QStringLiteral("stacking_plan"));
    QCOMPARE(rows("name = 'leave' AND target = 'building:A'").size(), 1);
    QCOMPARE(rows("name = 'enter' AND target = 'building:B'").size(), 1);
    QVERIFY(rows("name = 'leave' AND target = 'building:B'").isEmpty());
    QCOMPARE(m_services->interest().refusedEvents(), 0);
}

QTEST_GUILESS_MAIN(tst_InterestRecorder)
#include "tst_interestrecorder.moc"
