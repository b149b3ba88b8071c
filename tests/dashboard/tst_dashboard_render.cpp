// The sales dashboard in real frames (1920x1080, the demo development, a month of seeded traffic): the
// PIN comes first; then each page is drawn with data — not blank, its charts draw marks, the key
// figures on the tiles are the model's — and a visitor's page shows their timeline and next action.
// Every frame is saved next to the test (dashboard-<page>.png) to be looked at.
#include "../render/SiteWindow.h"
#include "DashboardSeed.h"

#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace showroom;

class tst_DashboardRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void thePinComesFirst();
    void eachPageIsDrawnWithData_data();
    void eachPageIsDrawnWithData();
    void aVisitorsPageShowsTheirTimeline();

private:
    QImage settledFrame(const QString &name);
    QQuickItem *item(const QString &name) { return testing::itemNamed(m_w.window()->contentItem(), name); }
    dashboard::DashboardModel &board() { return m_w.services().dashboard(); }
    testing::SiteWindow m_w;
};

void tst_DashboardRender::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_w.open(QStringLiteral(SHOWROOM_DEMO_DIR), &error), qPrintable(error));
    // Camera time around the buildings (the seed puts every sample at one point).
    testing::DashboardSeed seed;
    for (const auto &box : m_w.services().site().buildingBoxes())
        seed.hotSpots << QPointF((box.first.x() + box.second.x()) / 2, (box.first.z() + box.second.z()) / 2);
    QVERIFY2(testing::seedDashboardDatabase(m_w.services().telemetry().recorder().options().path,
                                            m_w.services().development().data(), seed, &error),
             qPrintable(error));
    m_w.window()->resize(1920, 1080);
}

QImage tst_DashboardRender::settledFrame(const QString &name)
{
    if (!QTest::qWaitFor(
            [&] {
                return m_w.window()->property("settled").toBool() && !board().busy() &&
                       !board().visitorLoading();
            },
            30000))
        return {};
    QTest::qWait(400); // the charts repaint after the snapshot arrives
    const QImage frame = m_w.grab();
    frame.save(
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("dashboard-%1.png").arg(name)));
    return frame;
}

void tst_DashboardRender::thePinComesFirst()
{
    board().setStillWithoutPin(false);
    m_w.services().navigation().showDashboard("test");
    const QImage frame = settledFrame("pin");
    QVERIFY(!frame.isNull());
    QQuickItem *pad = item("dashboardPinPad");
    QVERIFY(pad);
    QVERIFY(pad->isVisible());
    QVERIFY2(!item("dashboardTabs")->isVisible(), "nothing of the dashboard before the PIN");
    QVERIFY2(!item("kpiVisitors")->isVisible(), "no figures before the PIN");
    // The visitor's screens step aside (no card, no legend over the PIN pad).
    m_w.services().navigation().back();
    QTRY_COMPARE(m_w.services().navigation().mode(), shell::Navigation::Site);
}

void tst_DashboardRender::eachPageIsDrawnWithData_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QStringList>("charts");
    QTest::newRow("overview") << "overview" << QStringList{"funnelChart", "dailyChart"};
    QTest::newRow("units") << "units" << QStringList{};
    QTest::newRow("heatmaps") << "heatmaps" << QStringList{"siteHeatChart", "planHeatChart"};
    QTest::newRow("visitors") << "visitors" << QStringList{};
    QTest::newRow("audit") << "audit" << QStringList{};
}

void tst_DashboardRender::eachPageIsDrawnWithData()
{
    QFETCH(QString, page);
    QFETCH(QStringList, charts);
    board().setStillWithoutPin(true);
    m_w.services().navigation().showDashboard("test");
    if (!board().hasData()) {
        QSignalSpy refreshed(&board(), &dashboard::DashboardModel::refreshed);
        board().refresh();
        QVERIFY(refreshed.wait(30000));
    }
    QVERIFY2(board().hasData(), qPrintable(board().error()));
    board().setPage(page);
    const QImage frame = settledFrame(page);
    QVERIFY(!frame.isNull());
    QCOMPARE(frame.size(), QSize(1920, 1080));

    // Not blank: plenty of the frame is ink, charts or heat, not paper.
    const QRgb paper = qRgb(0xf7, 0xf5, 0xf0), white = qRgb(255, 255, 255);
    int ink = 0, all = 0;
    for (int y = 0; y < frame.height(); y += 4)
        for (int x = 0; x < frame.width(); x += 4, ++all)
            ink += frame.pixel(x, y) != paper && frame.pixel(x, y) != white;
    QVERIFY2(ink > all / 20, qPrintable(QStringLiteral("only %1 of %2 pixels drawn").arg(ink).arg(all)));
    QVERIFY(item("asOf")->property("text").toString().startsWith("As of"));

    for (const QString &name : charts) {
        QQuickItem *chart = item(name);
        QVERIFY2(chart && chart->isVisible(), qPrintable(name));
        QTRY_VERIFY2(chart->property("marks").toInt() > 0, qPrintable(name + " drew no marks"));
    }
    if (page == QLatin1String("overview")) {
        // The key figures as the model holds them, on the tiles a salesperson reads.
        QVERIFY(board().visitorCount() > 0);
        const QString visitors =
            item("kpiVisitors")->findChild<QQuickItem *>("kpiValue")->property("text").toString();
        QCOMPARE(visitors, QLocale().toString(qint64(board().visitorCount())));
        const QString leads =
            item("kpiLeads")->findChild<QQuickItem *>("kpiValue")->property("text").toString();
        QCOMPARE(leads, QLocale().toString(qint64(board().leadCount())));
    }
    if (page == QLatin1String("units")) {
        QVERIFY(board().units()->count() > 0);
        QVERIFY(!testing::itemsNamedLike(m_w.window()->contentItem(), "heatCell_").isEmpty());
    }
    if (page == QLatin1String("visitors"))
        QVERIFY(!testing::itemsNamedLike(m_w.window()->contentItem(), "visitorRow_").isEmpty());
}

void tst_DashboardRender::aVisitorsPageShowsTheirTimeline()
{
    board().setStillWithoutPin(true);
    m_w.services().navigation().showDashboard("test");
    if (!board().hasData()) {
        QSignalSpy refreshed(&board(), &dashboard::DashboardModel::refreshed);
        board().refresh();
        QVERIFY(refreshed.wait(30000));
    }
    board().setVisitorSort("score");
    const QString visitor = board().visitors()->get(0).value("visitor").toString();
    QSignalSpy opened(&board(), &dashboard::DashboardModel::visitorOpened);
    board().openVisitor(visitor, "test");
    QVERIFY(opened.wait(30000));
    const QImage frame = settledFrame("visitor");
    QVERIFY(!frame.isNull());
    QVERIFY(item("visitorView")->isVisible());
    QVERIFY(board().timeline()->count() > 0);
    QVERIFY(item("visitorName")->property("text").toString().length() > 0);
    QCOMPARE(item("visitorScore")->property("text").toString(),
             QString::number(board().visitor().value("leadScore").toInt()));
}

QTEST_MAIN(tst_DashboardRender)
#include "tst_dashboard_render.moc"
