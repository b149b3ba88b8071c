// The construction timeline on the real demo, without a window: visitors first see the finished
// development; any date shows the stages begun by then (the site model's visibleStages, no reload), the
// one under way rising storey by storey and never drawn finished; "today" and a stage's end; the dates a
// visitor settles on are recorded once, not on every step of a drag.
#include "EventRows.h"
#include "shell/ShowroomServices.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;

class tst_ConstructionTimeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void firstTheFinishedDevelopment();
    void aDateShowsTheStagesBegunByThen();
    void theStageUnderWayRisesAndIsNeverFinished();
    void todayAndAStagesEnd();
    void theAxis();
    void settledDatesAreRecordedOnce();
    void sunTimesSettledAreRecordedOnce();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<shell::ShowroomServices> m_services;
    shell::ConstructionTimeline &timeline() { return m_services->timeline(); }
};

void tst_ConstructionTimeline::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    telemetry::Telemetry::Options options;
    options.recorder.path = m_dir->filePath("telemetry.db");
    options.deviceId = "timeline-test";
    options.watchApplication = false;
    m_services = std::make_unique<shell::ShowroomServices>(options);
    QString error;
    QVERIFY2(m_services->loadDevelopment(QStringLiteral(SHOWROOM_DEMO_DIR), &error), qPrintable(error));
    QVERIFY2(m_services->startTelemetry(&error), qPrintable(error));
    m_services->loadSite(m_dir->filePath("cache"));
    QVERIFY(m_services->site().waitForFinished(60000));
    QTRY_COMPARE_WITH_TIMEOUT(m_services->site().status(), scene::SiteModel::Ready, 10000);
    m_services->interest().setSiteShown(true);
    timeline().setToday(QDate(2026, 11, 30));
}

void tst_ConstructionTimeline::cleanup()
{
    m_services.reset();
    m_dir.reset();
}

void tst_ConstructionTimeline::firstTheFinishedDevelopment()
{
    timeline().showFinished();
    QVERIFY(timeline().finished());
    QCOMPARE(timeline().shownStages().size(), m_services->development().data().stages.size());
    for (const core::Stage &stage : m_services->development().data().stages) {
        QVERIFY(m_services->site().isStageVisible(stage.id));
        QCOMPARE(timeline().riseHeightOf(stage.id), 1e9);
    }
    QVERIFY(timeline().date() >= timeline().completionDate());
    // A package may ask for the site as it is today first.
    core::DevelopmentData data = m_services->development().data();
    data.development.firstView = QStringLiteral("today");
    m_services->setDevelopmentData(data);
    QCOMPARE(timeline().date(), timeline().today());
    QVERIFY(timeline().showingToday());
}

void tst_ConstructionTimeline::aDateShowsTheStagesBegunByThen()
{
    timeline().setDate(QDate(2026, 3, 15)); // foundations done, structure under way
    QCOMPARE(timeline().shownStages(), (QStringList{"foundation", "structure"}));
    QVERIFY(m_services->site().isStageVisible("foundation"));
    QVERIFY(!m_services->site().isStageVisible("envelope"));
    QVERIFY(!m_services->site().isStageVisible("landscape"));
    QVERIFY(!timeline().finished());
    timeline().setDate(QDate(2025, 6, 1)); // before the first dig: no stage at all (not "every stage")
    QVERIFY(timeline().shownStages().isEmpty());
    QVERIFY(!m_services->site().isStageVisible("foundation"));
    QCOMPARE(timeline().riseHeightOf("foundation"), -1e9);
}

void tst_ConstructionTimeline::theStageUnderWayRisesAndIsNeverFinished()
{
    const float bottom = m_services->site().buildingsMin().y(), top = m_services->site().buildingsMax().y();
    double last = -1e9;
    int steps = 0;
    // Through the structure stage, day by day: its height climbs in whole storeys, below the top.
    for (QDate day(2026, 1, 12); day <= QDate(2026, 8, 21); day = day.addDays(7)) {
        timeline().setDate(day);
        const double rise = timeline().riseHeightOf("structure");
        QVERIFY2(rise > bottom && rise < top, qPrintable(day.toString(Qt::ISODate)));
        QVERIFY(rise >= last);
        if (rise > last)
            ++steps;
        last = rise;
        const QVariantMap structure = timeline().stages().at(1).toMap();
        QCOMPARE(structure.value("state").toString(), QStringLiteral("inProgress"));
    }
    QVERIFY2(steps >= 5, qPrintable(QString::number(steps))); // storey by storey
    timeline().setDate(QDate(2026, 8, 22)); // the day after its actual end: as built
    QCOMPARE(timeline().riseHeightOf("structure"), 1e9);
    QCOMPARE(timeline().riseHeightOf(""), 1e9); // geometry of no stage is always there
}

void tst_ConstructionTimeline::todayAndAStagesEnd()
{
    timeline().showToday();
    QVERIFY(timeline().showingToday());
    QCOMPARE(timeline().date(), QDate(2026, 11, 30));
    QVERIFY(timeline().shownStages().contains("envelope"));
    QVERIFY(!timeline().shownStages().contains("interior")); // planned from 1 December
    QVERIFY(timeline().showStageEnd("structure"));
    QCOMPARE(timeline().date(), QDate(2026, 8, 22));
    QVERIFY(!timeline().showStageEnd("roof"));
    // Late stages say so: the structure finished 21 days after its planned end.
    const QVariantMap structure = timeline().stages().at(1).toMap();
    QVERIFY(structure.value("late").toBool());
    QCOMPARE(structure.value("daysLate").toInt(), 21);
}

void tst_ConstructionTimeline::theAxis()
{
    QCOMPARE(timeline().positionOf(timeline().firstDate()), 0.0);
    QCOMPARE(timeline().positionOf(timeline().lastDate()), 1.0);
    QCOMPARE(timeline().dateAt(0), timeline().firstDate());
    QCOMPARE(timeline().dateAt(1), timeline().lastDate());
    const QDate mid = timeline().dateAt(0.5);
    QVERIFY(qAbs(timeline().positionOf(mid) - 0.5) < 0.002);
    timeline().setDatePosition(0.25);
    QCOMPARE(timeline().date(), timeline().dateAt(0.25));
    QVERIFY(!timeline().yearMarks().isEmpty());
    QVERIFY(!timeline().dateText().isEmpty());
}

void tst_ConstructionTimeline::settledDatesAreRecordedOnce()
{
    m_services->navigation().showTimeline("test");
    // A drag across the axis: forty dates in a row, then the visitor lets go.
    for (int i = 0; i <= 40; ++i)
        timeline().setDatePosition(0.2 + 0.01 * i);
    QTest::qWait(1700);
    m_services->navigation().back(); // leaving writes nothing new: the date has settled already
    const auto rows = testing::readEvents(m_services->telemetry(), m_dir->filePath("telemetry.db"),
                                          "target = 'timeline'");
    QStringList names;
    for (const auto &row : rows)
        names << row.name;
    QCOMPARE(names.count("timeline_opened"), 1);
    QCOMPARE(names.count("timeline_date_settled"), 1);
    const auto settled = *std::find_if(rows.cbegin(), rows.cend(),
                                       [](const auto &r) { return r.name == "timeline_date_settled"; });
    QCOMPARE(settled.properties.value("date").toString(), timeline().date().toString(Qt::ISODate));
    QVERIFY(names.contains("enter") && names.contains("leave")); // time spent on the timeline
    QCOMPARE(names.count("sun_time_settled"), 0); // the sun was not touched
    QCOMPARE(m_services->interest().refusedEvents(), 0);
}

void tst_ConstructionTimeline::sunTimesSettledAreRecordedOnce()
{
    m_services->navigation().showTimeline("test");
    m_services->sun().setDate(QDate(2026, 6, 21));
    for (int minutes = 9 * 60; minutes <= 18 * 60; minutes += 15) // a drag along the time slider
        m_services->sun().setMinutes(minutes);
    m_services->navigation().back(); // leaving writes the pending one at once
    const auto rows = testing::readEvents(m_services->telemetry(), m_dir->filePath("telemetry.db"),
                                          "name = 'sun_time_settled'");
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).properties.value("date").toString(), QStringLiteral("2026-06-21"));
    QCOMPARE(rows.at(0).properties.value("time").toString(), QStringLiteral("18:00"));
    QVERIFY(rows.at(0).properties.value("elevation").toDouble() > 10);
}

QTEST_MAIN(tst_ConstructionTimeline)
#include "tst_constructiontimeline.moc"
