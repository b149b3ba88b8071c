// The sales dashboard in real frames (1920x1080, the demo development, a month of seeded traffic): the
// PIN comes first; then each page is drawn with data — not blank, its charts draw marks, the key
// figures on the tiles are the model's — and a visitor's page shows their timeline and next action.
// Every frame is saved next to the test (dashboard-<page>.png) to be looked at.
#include "../render/SiteWindow.h"
#include "DashboardSeed.h"
#include "staff/AuditLog.h"
#include "telemetry/Database.h"

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
    void interestTintsTheHomesOnTheSite();

private:
    bool openWithData();
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
    // Staff actions for the audit log's page (a salesperson exported leads, erased a visitor, ...).
    {
        telemetry::sql::Connection db;
        QVERIFY(telemetry::openDatabase(db, m_w.services().telemetry().recorder().options().path, {}).ok);
        const QStringList actions{"export-leads", "forget", "set-pin", "report"};
        for (const QString &action : actions)
            QVERIFY2(staff::AuditLog::record(db, action, action == "forget" ? "sha256:0f3a9c1e2b4d5f60" : "",
                                             "from the render test", &error),
                     qPrintable(error));
    }
    m_w.window()->resize(1920, 1080);
}

// The dashboard on screen without the PIN (as a still shows it), its figures read.
bool tst_DashboardRender::openWithData()
{
    board().setStillWithoutPin(true);
    m_w.services().navigation().showDashboard("test");
    if (!board().hasData()) {
        QSignalSpy refreshed(&board(), &dashboard::DashboardModel::refreshed);
        board().refresh();
        if (!refreshed.wait(30000))
            return false;
    }
    return board().hasData();
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
    QVERIFY2(openWithData(), qPrintable(board().error()));
    board().setPage(page);
    const QImage frame = settledFrame(page);
    QVERIFY(!frame.isNull());
    QCOMPARE(frame.size(), QSize(1920, 1080));

    // Not blank: plenty of the frame is ink, charts or heat, not paper (the audit log is lines of text:
    // its rows are counted instead, below).
    const QRgb paper = qRgb(0xf7, 0xf5, 0xf0), white = qRgb(255, 255, 255);
    int ink = 0, all = 0;
    for (int y = 0; y < frame.height(); y += 4)
        for (int x = 0; x < frame.width(); x += 4, ++all)
            ink += frame.pixel(x, y) != paper && frame.pixel(x, y) != white;
    if (page != QLatin1String("audit"))
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
    if (page == QLatin1String("audit")) {
        QVERIFY(board().audit()->count() >= 4);
        QCOMPARE(item("auditList")->property("count").toInt(), board().audit()->count());
    }
    if (page == QLatin1String("visitors"))
        QVERIFY(!testing::itemsNamedLike(m_w.window()->contentItem(), "visitorRow_").isEmpty());
}

void tst_DashboardRender::aVisitorsPageShowsTheirTimeline()
{
    QVERIFY2(openWithData(), qPrintable(board().error()));
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

// The Homes page's "On the site": the app's own 3D stage through a window in the paper, every home in
// its heat colour. Where a home is seen (the pick there finds it), the most wanted one is redder than
// one nobody looks at; leaving the dashboard gives the homes their status colours back.
void tst_DashboardRender::interestTintsTheHomesOnTheSite()
{
    QVERIFY2(openWithData(), qPrintable(board().error()));
    board().setPage("units");
    QQuickItem *units = item("unitsView");
    QVERIFY(units);
    units->setProperty("heatOnSite", true);
    QImage frame = settledFrame("units-site");
    QVERIFY(!frame.isNull());
    QQuickItem *window = item("siteHeatWindow");
    QVERIFY(window && window->isVisible());
    QTRY_VERIFY(window->property("active").toBool());
    QTest::qWait(300); // the camera's framing lands on the next frames
    frame = settledFrame("units-site");
    const QRectF hole = window->mapRectToScene(QRectF(0, 0, window->width(), window->height()));

    // Spots inside the window where a home is drawn (and 3 px around it), by home.
    QHash<QString, QList<QPoint>> spots;
    for (int y = int(hole.top()) + 12; y < hole.bottom() - 12; y += 14)
        for (int x = int(hole.left()) + 12; x < hole.right() - 12; x += 14) {
            const QString id = m_w.call("unitAt", x, y).toString();
            if (id.isEmpty() || m_w.call("unitAt", x + 3, y).toString() != id ||
                m_w.call("unitAt", x, y + 3).toString() != id)
                continue;
            spots[id].append(QPoint(x, y));
        }
    QVERIFY2(spots.size() >= 4, qPrintable(QStringLiteral("%1 homes seen in the window").arg(spots.size())));
    QString hot, cold;
    // Homes seen well (a few spots, not one pixel in a corner of shade) are compared.
    for (auto it = spots.cbegin(); it != spots.cend(); ++it) {
        if (it.value().size() < 3)
            continue;
        const double heat = board().heatOf(it.key());
        if (hot.isEmpty() || heat > board().heatOf(hot))
            hot = it.key();
        if (cold.isEmpty() || heat < board().heatOf(cold))
            cold = it.key();
    }
    QVERIFY2(board().heatOf(hot) >= 0.5 && board().heatOf(cold) <= 0.25,
             qPrintable(QStringLiteral("hot %1 (%2), cold %3 (%4)").arg(hot).arg(board().heatOf(hot)).arg(cold)
                            .arg(board().heatOf(cold))));
    // Where the home is painted (saturated pixels: not its glass, rails or roof), the hue of its paint:
    // the heat ramp runs from pale yellow (about 45 degrees) to dark red (0), and a dark red in shade is
    // darker, not less red (an absolute red-minus-rest rated a pale townhouse redder than the hottest flat).
    auto paintHue = [&](const QImage &image, const QString &id, int *painted) {
        double sum = 0;
        *painted = 0;
        for (const QPoint &p : spots.value(id)) {
            const QColor c = image.pixelColor(p);
            if (c.hsvSaturation() < 60 || c.value() < 30)
                continue;
            const int hue = c.hsvHue();
            sum += hue > 300 ? hue - 360 : hue;
            ++*painted;
        }
        return *painted ? sum / *painted : 999.0;
    };
    int hotPainted = 0, coldPainted = 0;
    const double hotHue = paintHue(frame, hot, &hotPainted), coldHue = paintHue(frame, cold, &coldPainted);
    qInfo("hottest seen %s: hue %.1f over %d painted spots; coldest %s: hue %.1f over %d", qPrintable(hot), hotHue,
          hotPainted, qPrintable(cold), coldHue, coldPainted);
    QVERIFY2(hotPainted > 0 && coldPainted > 0 && hotHue < coldHue - 10,
             qPrintable(QStringLiteral("%1 (heat %2) hue %3, %4 (heat %5) hue %6")
                            .arg(hot).arg(board().heatOf(hot)).arg(hotHue)
                            .arg(cold).arg(board().heatOf(cold)).arg(coldHue)));
    // The tint follows the Homes page only: the status colours come back on the site.
    QVERIFY(!m_w.stage()->property("heatColours").toMap().isEmpty());
    m_w.services().navigation().back();
    QTRY_VERIFY(m_w.stage()->property("heatColours").toMap().isEmpty());
}

QTEST_MAIN(tst_DashboardRender)
#include "tst_dashboard_render.moc"
