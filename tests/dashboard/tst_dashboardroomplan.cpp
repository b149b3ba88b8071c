// Where visitors walked and lingered inside each type of home, on its floor plan (issue 15): the demo's
// interiors give each type's rooms with the ids walk events name (room:<unit>/<id>), and painted, the
// room visitors lingered in most is drawn redder than one nobody stayed in, with the most walked step
// between rooms drawn as a line. A type without an interior model has no room plan (the plan image
// stays); a model that cannot be read is left out, never a crash.
#include "core/ManifestLoader.h"
#include "dashboard/DashboardRoomPlan.h"

#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;
using namespace showroom::dashboard;

class tst_DashboardRoomPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachTypeHasTheRoomsWalkEventsName();
    void theRoomLingeredInMostIsRedder();
    void noInteriorNoPlan();

private:
    static double redness(const QImage &image, QPointF at);
    QTemporaryDir m_cache;
    core::DevelopmentData m_demo;
};

void tst_DashboardRoomPlan::initTestCase()
{
    const core::ManifestResult manifest = core::loadManifest(QStringLiteral(SHOWROOM_DEMO_DIR));
    QVERIFY2(manifest.ok(), "the demo development loads");
    m_demo = manifest.data;
}

// Red above the other two channels, averaged over a 5x5 patch.
double tst_DashboardRoomPlan::redness(const QImage &image, QPointF at)
{
    double sum = 0;
    int n = 0;
    for (int dy = -2; dy <= 2; ++dy)
        for (int dx = -2; dx <= 2; ++dx, ++n) {
            const QColor c = image.pixelColor(int(at.x()) + dx, int(at.y()) + dy);
            sum += c.red() - (c.green() + c.blue()) / 2.0;
        }
    return sum / n;
}

void tst_DashboardRoomPlan::eachTypeHasTheRoomsWalkEventsName()
{
    QStringList types;
    for (const core::UnitType &t : m_demo.unitTypes)
        if (!t.interior.isEmpty())
            types << t.id;
    QVERIFY2(!types.isEmpty(), "the demo's types have interiors");
    const QHash<QString, RoomPlan> plans = readRoomPlans(m_demo, types, {m_cache.path(), {}});
    QCOMPARE(plans.size(), types.size());
    for (const core::UnitType &t : m_demo.unitTypes) {
        if (t.interior.isEmpty())
            continue;
        const RoomPlan &plan = plans.value(t.id);
        QVERIFY2(plan.rooms.size() >= 3, qPrintable(t.id));
        QVERIFY(plan.storeys >= 1);
        QStringList ids;
        for (const RoomShape &room : plan.rooms) {
            QVERIFY2(!room.floor.isEmpty() && room.floor.first().size() >= 3, qPrintable(room.id));
            ids << room.id;
        }
        // The manifest's named rooms are the walk events' ids (Floor_<id>): each is on the plan.
        for (const core::RoomName &named : t.rooms)
            QVERIFY2(ids.contains(QString(named.node).remove(QStringLiteral("Floor_"))),
                     qPrintable(QStringLiteral("%1: %2 not among %3").arg(t.id, named.node, ids.join(", "))));
    }
    // Read again: the same plan, from memory (no second import).
    const QHash<QString, RoomPlan> again = readRoomPlans(m_demo, types, {m_cache.path(), {}});
    QCOMPARE(again.value(types.first()).rooms.size(), plans.value(types.first()).rooms.size());
}

void tst_DashboardRoomPlan::theRoomLingeredInMostIsRedder()
{
    // Two rooms side by side and a hall below them; visitors stayed in the living room, hardly in the
    // bedroom, never in the hall; they walked hall -> living most.
    RoomPlan plan;
    plan.storeys = 1;
    auto square = [](qreal x, qreal z, qreal w, qreal h) {
        return QVector<QPolygonF>{QPolygonF(QRectF(x, z, w, h))};
    };
    plan.rooms = {{"Living", "Living / dining", 0, square(0, 0, 5, 4), {2.5, 2}},
                  {"Bedroom_1", "Bedroom 1", 0, square(5, 0, 4, 4), {7, 2}},
                  {"Hall", "Hall", 0, square(0, 4, 9, 2), {4.5, 5}}};
    UnitTypeHeatmap type;
    type.type = "2B";
    type.rooms = {{"Living", 40, 600000, 1.0}, {"Bedroom_1", 10, 30000, 0.05}};
    type.steps = {{"Hall", "Living", 30}, {"Living", "Bedroom_1", 4}};
    QImage image(900, 600, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    ChartStyle style;
    style.textPx = 16;
    const QRectF area(0, 0, 900, 600);
    const PaintStats stats = paintRoomPlan(p, area, type, plan, style);
    p.end();
    QCOMPARE(stats.marks, 2); // the rooms with time in them
    image.save(QDir(QCoreApplication::applicationDirPath()).filePath("dashboard-roomplan.png"));
    // Where each room is on the image: the plan (9 m x 6 m) fitted into 900 x 600 at 100 px/m.
    const QPointF living(100, 300), bedroom(800, 300), hall(850, 500);
    QVERIFY2(redness(image, living) > redness(image, bedroom) + 40,
             qPrintable(QStringLiteral("living %1, bedroom %2").arg(redness(image, living)).arg(redness(image, bedroom))));
    QVERIFY2(redness(image, bedroom) >= redness(image, hall), "a room nobody stayed in is the palest");
    // The step hall -> living is drawn: dark ink between their centres (450, 500) and (250, 200).
    const QColor onStep = image.pixelColor(350, 350);
    QVERIFY2(onStep.value() < 140, qPrintable(onStep.name()));
}

void tst_DashboardRoomPlan::noInteriorNoPlan()
{
    core::DevelopmentData development = m_demo;
    QStringList types;
    for (core::UnitType &t : development.unitTypes) {
        t.interior = QStringLiteral("missing/%1.glb").arg(t.id);
        types << t.id;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("dashboard: no room plan for .*"));
    }
    QVERIFY(readRoomPlans(development, types, {m_cache.path(), {}}).isEmpty());
    // Nothing painted without rooms.
    QImage image(100, 100, QImage::Format_RGB32);
    QPainter p(&image);
    QCOMPARE(paintRoomPlan(p, image.rect(), UnitTypeHeatmap(), RoomPlan(), ChartStyle()).marks, 0);
}

QTEST_MAIN(tst_DashboardRoomPlan)
#include "tst_dashboardroomplan.moc"
