// The visitor's finishes on the demo development: choosing a palette per surface of the home on show,
// the price difference as the buyer reads it, back to standard, one choice per home, everything gone
// when the visitor's session ends, the materials the interior draws, and the events the interest
// recorder writes for the visitor's picks (and not for the command line's or the session's clearing).
#include "EventRows.h"
#include "shell/ShowroomServices.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;

class tst_FinishSelection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup();

    void rowsListTheSurfacesWithTheStandard();
    void choosingChangesTheRowsPriceAndSummary();
    void choosingTheStandardAgainIsNoChoice();
    void refusesWhatTheDevelopmentDoesNotOffer();
    void resetPutsTheHomeBackToStandard();
    void eachHomeKeepsItsOwnChoice();
    void interiorMaterialsFollowTheChoice();
    void clearedWhenTheSessionEnds();
    void visitorPicksAreRecorded();

private:
    void start(const QString &mode = QStringLiteral("desktop"));
    QList<testing::EventRow> rows(const QString &where)
    {
        return testing::readEvents(m_services->telemetry(), m_dir->filePath("telemetry.db"), where);
    }
    QString unitId(int i) const { return m_services->development().data().units.at(i).id; }
    int rowOf(const QString &surfaceClass) const
    {
        const shell::FinishSelection &f = m_services->finishes();
        for (int r = 0; r < f.rowCount(); ++r)
            if (f.get(r).value("surfaceClass").toString() == surfaceClass)
                return r;
        return -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<shell::ShowroomServices> m_services;
};

void tst_FinishSelection::start(const QString &mode)
{
    m_dir = std::make_unique<QTemporaryDir>();
    telemetry::Telemetry::Options options;
    options.recorder.path = m_dir->filePath("telemetry.db");
    options.deviceId = "finishes-test";
    options.watchApplication = false;
    options.mode = mode;
    options.language = QStringLiteral("en");
    m_services = std::make_unique<shell::ShowroomServices>(options);
    QString error;
    QVERIFY2(m_services->loadDevelopment(QStringLiteral(SHOWROOM_DEMO_DIR), &error), qPrintable(error));
    QVERIFY2(m_services->startTelemetry(&error), qPrintable(error));
    m_services->interest().setSiteShown(true);
}

void tst_FinishSelection::cleanup()
{
    m_services.reset();
    m_dir.reset();
}

void tst_FinishSelection::rowsListTheSurfacesWithTheStandard()
{
    start();
    shell::FinishSelection &finishes = m_services->finishes();
    QAbstractItemModelTester tester(&finishes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(finishes.available());
    QCOMPARE(finishes.rowCount(), 6);
    QCOMPARE(finishes.get(0).value("surfaceClass").toString(), QString("floor"));
    QCOMPARE(finishes.get(0).value("label").toString(), QString("Floor"));
    QCOMPARE(finishes.get(1).value("label").toString(), QString("Walls"));
    m_services->navigation().selectUnit(unitId(0), "api");
    const QVariantMap floor = finishes.get(0);
    QCOMPARE(floor.value("paletteId").toString(), QString("nordic"));
    QCOMPARE(floor.value("paletteName").toString(), QString("Nordic Light"));
    QCOMPARE(floor.value("surfaceName").toString(), QString("Light oak boards"));
    QCOMPARE(floor.value("standard").toBool(), true);
    const QVariantList options = floor.value("options").toList();
    QCOMPARE(options.size(), 3);
    QCOMPARE(options.at(1).toMap().value("paletteName").toString(), QString("Urban Walnut"));
    QCOMPARE(options.at(1).toMap().value("priceDeltaText").toString(), QString("+€2,800"));
    QCOMPARE(options.at(0).toMap().value("chosen").toBool(), true);
    QCOMPARE(finishes.summary(), QString("Nordic Light (standard)"));
    QCOMPARE(finishes.priceDeltaText(), QString());
}

void tst_FinishSelection::choosingChangesTheRowsPriceAndSummary()
{
    start();
    shell::FinishSelection &finishes = m_services->finishes();
    QAbstractItemModelTester tester(&finishes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString home = unitId(4);
    m_services->navigation().selectUnit(home, "api");
    QCOMPARE(finishes.unitId(), home);
    QSignalSpy changed(&finishes, &shell::FinishSelection::choiceChanged);
    QSignalSpy rowsChanged(&finishes, &QAbstractItemModel::dataChanged);

    QVERIFY(finishes.choose("floor", "urban"));
    QVERIFY(finishes.choose("kitchen", "sage"));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toString(), home);
    QVERIFY(rowsChanged.size() >= 2);
    QCOMPARE(finishes.choiceFor(home), (core::FinishChoice{{"floor", "urban"}, {"kitchen", "sage"}}));
    QCOMPARE(finishes.priceDelta(), 4200.0);
    QCOMPARE(finishes.priceDeltaText(), QString("+€4,200"));
    QCOMPARE(finishes.summary(), QString("Urban Walnut floor, Stone & Sage kitchen"));
    QCOMPARE(finishes.choiceText(), QString("floor=urban,kitchen=sage"));
    QCOMPARE(finishes.isStandard(), false);
    const QVariantMap floor = finishes.get(rowOf("floor"));
    QCOMPARE(floor.value("paletteName").toString(), QString("Urban Walnut"));
    QCOMPARE(floor.value("surfaceName").toString(), QString("Dark walnut boards"));
    QCOMPARE(floor.value("swatchColor").value<QColor>(), QColor("#7d5637"));
    QCOMPARE(floor.value("priceDeltaText").toString(), QString("+€2,800"));
    QCOMPARE(floor.value("standard").toBool(), false);
    // The price in the other language's locale, once the language changes.
    m_services->language().setCode("de");
    QCOMPARE(finishes.priceDeltaText(), QString::fromUtf8("+4.200\u00A0€"));
}

void tst_FinishSelection::choosingTheStandardAgainIsNoChoice()
{
    start();
    shell::FinishSelection &finishes = m_services->finishes();
    m_services->navigation().selectUnit(unitId(2), "api");
    QVERIFY(finishes.choose("wall", "sage"));
    QVERIFY(finishes.choose("wall", "nordic"));
    QVERIFY(finishes.isStandard());
    QCOMPARE(finishes.choiceFor(unitId(2)), core::FinishChoice{});
}

void tst_FinishSelection::refusesWhatTheDevelopmentDoesNotOffer()
{
    start();
    shell::FinishSelection &finishes = m_services->finishes();
    QVERIFY(!finishes.choose("floor", "urban")); // no home on show
    m_services->navigation().selectUnit(unitId(1), "api");
    QVERIFY(!finishes.choose("ceiling", "urban"));
    QVERIFY(!finishes.choose("floor", "marble"));
    QVERIFY(finishes.isStandard());
    finishes.setChoice("NO_SUCH_HOME", {{"floor", "urban"}});
    QCOMPARE(finishes.choiceFor("NO_SUCH_HOME"), core::FinishChoice{});
    finishes.setChoice(unitId(1), {{"floor", "urban"}, {"wall", "nordic"}, {"ceiling", "sage"}});
    QCOMPARE(finishes.choiceFor(unitId(1)), (core::FinishChoice{{"floor", "urban"}}));
}

void tst_FinishSelection::resetPutsTheHomeBackToStandard()
{
    start();
    shell::FinishSelection &finishes = m_services->finishes();
    m_services->navigation().selectUnit(unitId(3), "api");
    finishes.choose("floor", "urban");
    finishes.choose("bathroom", "sage");
    QSignalSpy reset(&finishes, &shell::FinishSelection::wasReset);
    finishes.resetToStandard();
    QCOMPARE(reset.size(), 1);
    QVERIFY(finishes.isStandard());
    QCOMPARE(finishes.priceDelta(), 0.0);
    QCOMPARE(finishes.get(rowOf("floor")).value("paletteId").toString(), QString("nordic"));
    finishes.resetToStandard(); // nothing to reset: not a second reset
    QCOMPARE(reset.size(), 1);
}

void tst_FinishSelection::eachHomeKeepsItsOwnChoice()
{
    start();
    shell::FinishSelection &finishes = m_services->finishes();
    m_services->navigation().selectUnit(unitId(0), "api");
    finishes.choose("floor", "urban");
    m_services->navigation().selectUnit(unitId(1), "api");
    QVERIFY(finishes.isStandard());
    QCOMPARE(finishes.get(rowOf("floor")).value("paletteId").toString(), QString("nordic"));
    finishes.choose("kitchen", "urban");
    m_services->navigation().selectUnit(unitId(0), "api");
    QCOMPARE(finishes.choiceText(), QString("floor=urban"));
    QCOMPARE(finishes.summaryFor(unitId(1)), QString("Urban Walnut kitchen"));
    QCOMPARE(finishes.priceDeltaTextFor(unitId(1)), QString("+€3,500"));
}

void tst_FinishSelection::interiorMaterialsFollowTheChoice()
{
    start();
    shell::FinishSelection &finishes = m_services->finishes();
    m_services->navigation().selectUnit(unitId(0), "api");
    QVariantMap floor = finishes.materials().value("Finish_floor").toMap();
    // The standard floor is textured oak: the texture carries the colour.
    QVERIFY(floor.value("texture").toUrl().toLocalFile().endsWith("textures/oak_light.png"));
    QCOMPARE(floor.value("baseColor").value<QColor>(), QColor(Qt::white));
    QCOMPARE(finishes.materials().size(), 6);
    QSignalSpy changed(&finishes, &shell::FinishSelection::changed);
    finishes.choose("floor", "urban");
    QVERIFY(changed.size() >= 1);
    floor = finishes.materials().value("Finish_floor").toMap();
    QCOMPARE(floor.value("baseColor").value<QColor>(), QColor("#7d5637"));
    QCOMPARE(floor.value("roughness").toDouble(), 0.5);
    QVERIFY(floor.value("texture").toUrl().isEmpty());
    QCOMPARE(finishes.materials().value("Finish_kitchen").toMap().value("baseColor").value<QColor>(),
             QColor("#f1efea"));
}

void tst_FinishSelection::clearedWhenTheSessionEnds()
{
    start(QStringLiteral("desktop")); // even the same visitor at the same desk starts again
    shell::FinishSelection &finishes = m_services->finishes();
    m_services->navigation().selectUnit(unitId(0), "api");
    finishes.choose("floor", "urban");
    finishes.setChoice(unitId(5), {{"wall", "sage"}});
    QSignalSpy changed(&finishes, &shell::FinishSelection::choiceChanged);
    m_services->telemetry().endSession("idle_timeout");
    QCOMPARE(changed.size(), 2);
    QCOMPARE(finishes.choiceFor(unitId(0)), core::FinishChoice{});
    QCOMPARE(finishes.choiceFor(unitId(5)), core::FinishChoice{});
    QVERIFY(finishes.isStandard());
    m_services->telemetry().startSession();
    QCOMPARE(finishes.choiceFor(unitId(0)), core::FinishChoice{});
}

void tst_FinishSelection::visitorPicksAreRecorded()
{
    start();
    shell::FinishSelection &finishes = m_services->finishes();
    const QString home = unitId(6);
    finishes.setChoice(unitId(7), {{"floor", "sage"}}); // the command line's: not the visitor's pick
    m_services->navigation().selectUnit(home, "api");
    finishes.choose("floor", "urban");
    finishes.choose("floor", "urban"); // already chosen: nothing new
    finishes.choose("kitchen", "sage");
    finishes.resetToStandard();
    m_services->telemetry().endSession("idle_timeout"); // clearing is not a reset by the visitor
    const auto events = rows("name IN ('finish_chosen', 'finishes_reset')");
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).name, QString("finish_chosen"));
    QCOMPARE(events.at(0).target, "unit:" + home);
    QCOMPARE(events.at(0).properties.value("surface").toString(), QString("floor"));
    QCOMPARE(events.at(0).properties.value("palette").toString(), QString("urban"));
    QCOMPARE(events.at(1).properties.value("surface").toString(), QString("kitchen"));
    QCOMPARE(events.at(1).properties.value("palette").toString(), QString("sage"));
    QCOMPARE(events.at(1).properties.value("finishes").toString(), QString("floor=urban,kitchen=sage"));
    QCOMPARE(events.at(1).properties.value("priceDelta").toDouble(), 4200.0);
    QCOMPARE(events.at(2).name, QString("finishes_reset"));
    QCOMPARE(events.at(2).target, "unit:" + home);
    QCOMPARE(m_services->interest().refusedEvents(), 0);
}

QTEST_GUILESS_MAIN(tst_FinishSelection)
#include "tst_finishselection.moc"
