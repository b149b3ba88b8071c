// The dashboard's screen models without a window: the table model sorts every column the way a reader
// expects (and passes QAbstractItemModelTester), the charts draw marks for data and say so when there is
// none, and the Dashboard model reads a seeded database off the GUI thread, with the same figures the
// data side's queries give, and writes the audit row before a visitor's page is shown.
#include "DashboardSeed.h"

#include "core/Development.h"
#include "dashboard/ChartPainter.h"
#include "dashboard/DashboardModel.h"
#include "dashboard/DashboardTables.h"
#include "telemetry/Database.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;
using namespace showroom::dashboard;

namespace {

core::DevelopmentData fixture()
{
    return testing::dashboardFixture(4, 4);
}

int inkPixels(const QImage &image, QRgb background)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) != background;
    return n;
}

} // namespace

class tst_DashboardModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsSortByEveryColumnLikeAReader();
    void chartsDrawMarksForDataAndSayWhenThereIsNone();
    void heatGrowsDarkerWithInterest();
    void refreshReadsOffTheGuiThreadWithTheQueriesFigures();
    void everyUnitColumnSorts();
    void aNewerRefreshOvertakesAnOlderOne();
    void openingAVisitorWritesTheAuditLogFirst();
    void aMissingDatabaseIsSaidPlainly();

private:
    QTemporaryDir m_dir;
    QString m_db;
    core::Development m_development;
};

void tst_DashboardModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath("telemetry.db");
    m_development.setData(fixture());
    QString error;
    testing::DashboardSeed seed;
    seed.events = 8000;
    seed.visitors = 120;
    seed.hotSpots = {{0, 0}, {30, 10}};
    QVERIFY2(testing::seedDashboardDatabase(m_db, fixture(), seed, &error), qPrintable(error));
}

void tst_DashboardModels::rowsSortByEveryColumnLikeAReader()
{
    DashboardRowsModel model({"name", "views", "timeText"});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({{{"name", "b"}, {"views", 2.0}, {"timeText", "9 s"}},
                   {{"name", "a"}, {"views", 10.0}, {"timeText", "10 s"}},
                   {{"name", "c"}, {"views", 1.0}, {"timeText", "1 s"}}});
    QCOMPARE(model.count(), 3);
    QVERIFY(model.sortBy("views")); // numbers: most first, as numbers (10 > 2)
    QCOMPARE(model.get(0).value("views").toDouble(), 10.0);
    QCOMPARE(model.get(2).value("views").toDouble(), 1.0);
    QVERIFY(model.sortBy("views")); // again: reversed
    QVERIFY(!model.descending());
    QCOMPARE(model.get(0).value("views").toDouble(), 1.0);
    QVERIFY(model.sortBy("name")); // text: A to Z first
    QCOMPARE(model.get(0).value("name").toString(), QStringLiteral("a"));
    QVERIFY(!model.sortBy("nope"));
    QCOMPARE(model.sortKey(), QStringLiteral("name"));
    // New rows keep the sort.
    model.setRows({{{"name", "z"}}, {{"name", "m"}}});
    QCOMPARE(model.get(0).value("name").toString(), QStringLiteral("m"));
    QCOMPARE(model.data(model.index(1), Qt::UserRole + 1).toString(), QStringLiteral("z"));
    QCOMPARE(model.indexOf("name", "z"), 1);
}

void tst_DashboardModels::chartsDrawMarksForDataAndSayWhenThereIsNone()
{
    ChartStyle style;
    QImage image(800, 400, QImage::Format_RGB32);
    const QRgb paper = qRgb(255, 255, 255);
    QList<FunnelStage> funnel = {{"site", "Site", 100, 1, 1},
                                 {"building", "Building", 60, 0.6, 0.6},
                                 {"unit_card", "Unit card", 30, 0.5, 0.3},
                                 {"inside", "Inside", 12, 0.4, 0.12},
                                 {"brochure_or_lead", "Brochure / lead", 3, 0.25, 0.03}};
    image.fill(paper);
    {
        QPainter p(&image);
        QCOMPARE(paintFunnel(p, QRectF(0, 0, 800, 400), funnel, style).marks, 5);
    }
    const int drawn = inkPixels(image, paper);
    QVERIFY2(drawn > 800 * 400 / 10, qPrintable(QString::number(drawn)));
    // The first bar is as wide as the chart allows; the last, 3% of it.
    image.fill(paper);
    {
        QPainter p(&image);
        QCOMPARE(paintFunnel(p, QRectF(0, 0, 800, 400), {}, style).marks, 0);
    }
    const int empty = inkPixels(image, paper);
    QVERIFY2(empty > 0 && empty < drawn / 5, "an empty chart says so in words, no bars");

    QList<DayFigures> days;
    for (int i = 0; i < 30; ++i)
        days.append({qint64(i) * 86400000, i % 7 == 0 ? 0 : 10 + i, 10 + i, i % 5 == 0 ? 1 : 0});
    image.fill(paper);
    {
        QPainter p(&image);
        QCOMPARE(paintDaily(p, QRectF(0, 0, 800, 400), days, style).marks, 30 - 5);
    }
    HeatGrid grid;
    grid.columns = 4;
    grid.rows = 3;
    grid.area = QRectF(-10, -10, 20, 15);
    grid.cells = {0, 1, 2, 0, 0, 5, 0, 0, 9, 0, 0, 1};
    image.fill(paper);
    {
        QPainter p(&image);
        QCOMPARE(paintHeat(p, QRectF(0, 0, 800, 400), grid, QImage(), {QRectF(-5, -5, 4, 4)}, style).marks,
                 5);
    }
    // The hottest cell is the darkest red on the image.
    QVERIFY(inkPixels(image, paper) > 1000);
}

void tst_DashboardModels::heatGrowsDarkerWithInterest()
{
    double last = 2;
    for (int i = 0; i <= 10; ++i) {
        const double lightness = heatColour(i / 10.0).lightnessF();
        QVERIFY2(lightness < last, qPrintable(QStringLiteral("step %1").arg(i)));
        last = lightness;
    }
    QCOMPARE(heatColour(-1), heatColour(0));
    QCOMPARE(heatColour(qQNaN()), heatColour(0));
}

void tst_DashboardModels::refreshReadsOffTheGuiThreadWithTheQueriesFigures()
{
    DashboardModel model(nullptr);
    model.setDatabasePath(m_db);
    model.setDevelopment(&m_development);
    QSignalSpy refreshed(&model, &DashboardModel::refreshed);
    QElapsedTimer clock;
    clock.start();
    model.refresh();
    QVERIFY2(clock.elapsed() < 50, "refresh() returns at once");
    QVERIFY(model.busy());
    QVERIFY(refreshed.wait(20000));
    QVERIFY(!model.busy());
    QVERIFY2(model.hasData(), qPrintable(model.error()));
    QVERIFY(!model.asOfText().isEmpty());

    // The same figures as the data side's query over the same range.
    telemetry::sql::Connection db;
    QVERIFY(telemetry::openDatabase(db, m_db, {}).ok);
    Overview direct;
    QString error;
    QVERIFY2(overview(db, model.request().range, &direct, &error), qPrintable(error));
    QVERIFY(direct.total.visitors > 0);
    QCOMPARE(qint64(model.visitorCount()), direct.total.visitors);
    QCOMPARE(qint64(model.leadCount()), direct.total.leads);
    QCOMPARE(qint64(model.engagedSessions()), direct.total.engagedSessions);
    QCOMPARE(qint64(model.returningVisitors()), direct.total.returningVisitors);
    QCOMPARE(model.funnel()->count(), direct.total.funnel.size());
    QCOMPARE(model.funnel()->get(0).value("sessions").toDouble(),
             double(direct.total.funnel.first().sessions));
    QCOMPARE(model.units()->count(), 16);
    QVERIFY(model.visitors()->count() > 0);
    QAbstractItemModelTester units(model.units(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester visitors(model.visitors(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Heat for the plan: the most wanted home is 1, an unknown one 0.
    const QString top = model.units()->get(0).value("unitId").toString();
    QCOMPARE(model.heatOf(top), 1.0);
    QCOMPARE(model.heatOf("Z_9999"), 0.0);
    // Visitors: by lead score, or by last visit.
    const int firstScore = model.visitors()->get(0).value("leadScore").toInt();
    for (int i = 1; i < model.visitors()->count(); ++i)
        QVERIFY(model.visitors()->get(i).value("leadScore").toInt() <= firstScore);
    model.setVisitorSort("last");
    for (int i = 1; i < model.visitors()->count(); ++i)
        QVERIFY(model.visitors()->get(i).value("lastVisitUtcMs").toDouble() <=
                model.visitors()->get(i - 1).value("lastVisitUtcMs").toDouble());
    // A shorter period: fewer (or as many) visitors, read again.
    model.setRangeDays(7);
    QVERIFY(model.busy());
    QVERIFY(refreshed.wait(20000));
    QVERIFY(model.visitorCount() <= direct.total.visitors);
    QVERIFY(model.rangeText().contains(u'–'));
}

void tst_DashboardModels::everyUnitColumnSorts()
{
    DashboardModel model(nullptr);
    model.setDatabasePath(m_db);
    model.setDevelopment(&m_development);
    QSignalSpy refreshed(&model, &DashboardModel::refreshed);
    model.refresh();
    QVERIFY(refreshed.wait(20000));
    DashboardRowsModel *units = model.units();
    for (const char *key : {"views", "engagedMs", "insideMs", "favourites", "brochures", "leads"}) {
        if (units->sortKey() == QLatin1String(key) && !units->descending())
            units->sortBy(key);
        QVERIFY(units->sortBy(key));
        if (!units->descending())
            QVERIFY(units->sortBy(key));
        QVERIFY(units->descending());
        for (int i = 1; i < units->count(); ++i)
            QVERIFY2(units->get(i).value(key).toDouble() <= units->get(i - 1).value(key).toDouble(), key);
    }
}

void tst_DashboardModels::aNewerRefreshOvertakesAnOlderOne()
{
    DashboardModel model(nullptr);
    model.setDatabasePath(m_db);
    QSignalSpy refreshed(&model, &DashboardModel::refreshed);
    QSignalSpy changed(&model, &DashboardModel::snapshotChanged);
    model.refresh();
    model.refresh();
    QVERIFY(refreshed.wait(20000));
    QTest::qWait(300);
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(changed.count(), 1);
}

void tst_DashboardModels::openingAVisitorWritesTheAuditLogFirst()
{
    DashboardModel model(nullptr);
    model.setDatabasePath(m_db);
    model.setDevelopment(&m_development);
    QSignalSpy refreshed(&model, &DashboardModel::refreshed);
    model.refresh();
    QVERIFY(refreshed.wait(20000));
    const QString visitor = model.visitors()->get(0).value("visitor").toString();
    QVERIFY(!visitor.isEmpty());
    QSignalSpy opened(&model, &DashboardModel::visitorOpened);
    model.openVisitor(visitor, "visitor_list");
    QCOMPARE(model.page(), QStringLiteral("visitor"));
    QVERIFY(model.visitorLoading());
    QVERIFY(opened.wait(20000));
    QVERIFY(!model.visitorLoading());
    QCOMPARE(model.visitor().value("found").toBool(), true);
    QCOMPARE(model.visitor().value("visitor").toString(), visitor);
    QVERIFY(model.timeline()->count() > 0);
    QVERIFY(!model.timeline()->get(0).value("words").toString().isEmpty());

    telemetry::sql::Connection db;
    QVERIFY(telemetry::openDatabase(db, m_db, {}).ok);
    telemetry::sql::Statement q(
        db, "SELECT count(*) FROM staff_audit WHERE action = 'visitor_opened' AND subject = ?1");
    q.bind(1, visitor);
    QCOMPARE(q.step(), 100);
    QCOMPARE(q.int64(0), 1);
    // The audit view shows it after the next refresh.
    model.refresh();
    QVERIFY(refreshed.wait(20000));
    QVERIFY(model.audit()->count() >= 1);
    QCOMPARE(model.audit()->get(0).value("action").toString(), QStringLiteral("visitor_opened"));
    QCOMPARE(model.audit()->get(0).value("subject").toString(), visitor);
}

void tst_DashboardModels::aMissingDatabaseIsSaidPlainly()
{
    DashboardModel model(nullptr);
    model.setDatabasePath(m_dir.filePath("nothing-here.db"));
    QSignalSpy refreshed(&model, &DashboardModel::refreshed);
    model.refresh();
    QVERIFY(refreshed.wait(20000));
    QVERIFY(!model.hasData());
    QVERIFY(model.error().contains("nothing-here.db"));
    QVERIFY(!QFile::exists(m_dir.filePath("nothing-here.db"))); // never created by the dashboard
}

QTEST_MAIN(tst_DashboardModels)
#include "tst_dashboardmodels.moc"
