// WalkPlan from the demo's interiors and synthetic scenes: where a visitor can stand, collisions and
// sliding, doorways, paths, rooms and storeys.
#include "WalkTestScenes.h"

#include "interior/WalkPlan.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>
#include <cmath>

using showroom::interior::WalkPlan;
using namespace walktest;

namespace {

// The plan projections (world XZ) of the triangles of nodes whose names start with one of `prefixes` and
// that reach between knee and head height: what the body must keep clear of.
QVector<QPolygonF> blockingTriangles(const ImportedScene &scene, const QStringList &prefixes)
{
    QVector<QPolygonF> tris;
    for (int n = 0; n < int(scene.nodes.size()); ++n) {
        const auto &node = scene.nodes[size_t(n)];
        bool match = false;
        for (const QString &p : prefixes)
            match = match || node.name.startsWith(p);
        if (!match)
            continue;
        const QMatrix4x4 world = scene.worldTransform(n);
        for (int m : node.meshes) {
            const auto &mesh = scene.meshes[size_t(m)];
            for (size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
                QPolygonF plan;
                float lo = 1e9f, hi = -1e9f;
                for (int k = 0; k < 3; ++k) {
                    const std::uint32_t v = mesh.indices[i + k];
                    const QVector3D p = world.map(QVector3D(mesh.positions[3 * v], mesh.positions[3 * v + 1],
                                                            mesh.positions[3 * v + 2]));
                    lo = std::min(lo, p.y());
                    hi = std::max(hi, p.y());
                    plan << QPointF(p.x(), p.z());
                }
                if (hi > 0.1f && lo < 1.9f)
                    tris << plan;
            }
        }
    }
    return tris;
}

// Plan boxes of single-box fixtures and furniture reaching between knee and head height: standing
// inside one (a tall cabinet's hollow middle) is as wrong as touching its sides.
QVector<QRectF> solidBoxes(const ImportedScene &scene)
{
    QVector<QRectF> boxes;
    for (int n = 0; n < int(scene.nodes.size()); ++n) {
        const auto &node = scene.nodes[size_t(n)];
        const bool solid = node.name.startsWith("Kitchen_") || node.name.startsWith("Furniture_") ||
                           (node.name.startsWith("Bathroom_") && !node.name.endsWith("Tiles"));
        if (!solid)
            continue;
        for (int m : node.meshes) {
            const auto &b = scene.meshes[size_t(m)].bounds;
            const QVector3D lo = scene.worldTransform(n).map(b.min), hi = scene.worldTransform(n).map(b.max);
            if (std::max(lo.y(), hi.y()) > 0.1f && std::min(lo.y(), hi.y()) < 1.9f)
                boxes << QRectF(QPointF(lo.x(), lo.z()), QPointF(hi.x(), hi.z())).normalized();
        }
    }
    return boxes;
}

double distanceToRect(QPointF p, const QRectF &r)
{
    const double dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
    const double dz = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
    return std::hypot(dx, dz);
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF q = a + ab * t;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

double distanceToTriangle(QPointF p, const QPolygonF &t)
{
    if (t.containsPoint(p, Qt::OddEvenFill))
        return 0;
    return std::min({distanceToSegment(p, t[0], t[1]), distanceToSegment(p, t[1], t[2]),
                     distanceToSegment(p, t[2], t[0])});
}

int roomIndex(const WalkPlan &plan, const QString &id)
{
    for (int i = 0; i < plan.rooms().size(); ++i)
        if (plan.rooms()[i].id == id)
            return i;
    return -1;
}

} // namespace

class TestWalkPlan : public QObject
{
    Q_OBJECT

private slots:
    void demoInteriorsHaveTheirRooms_data();
    void demoInteriorsHaveTheirRooms();
    void walkableCellsAreOverFloorsAndClearOfFurniture_data();
    void walkableCellsAreOverFloorsAndClearOfFurniture();
    void buildingThe3BPlanIsFast();
    void walkingStraightIntoAWallStopsAtIt();
    void walkingIntoAWallAtAnAngleSlidesAlongIt();
    void slidingAlongAWallAtAnyAngle();
    void everyDoorwayOf2BIsPassable();
    void pathsFromTheHallReachEveryRoom();
    void pathToAnUnreachablePointEndsAtTheNearestReachable();
    void randomWalksNeverLeaveTheUnit_data();
    void randomWalksNeverLeaveTheUnit();
    void lowAndOverheadThingsDoNotBlock();
    void storeysAreFoundAndWalkedSeparately();
    void townhouseStoreysAreEachWalkable();
    void entryAndWindowSpots();
};

void TestWalkPlan::demoInteriorsHaveTheirRooms_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("rooms");
    QTest::newRow("1B") << "1B" << QStringList{"Living", "Kitchen", "Hall", "Bedroom", "Bathroom"};
    QTest::newRow("2B") << "2B" << QStringList{"Living",   "Kitchen", "Hall",      "Hall_2",
                                               "Bathroom", "Storage", "Bedroom_1", "Bedroom_2"};
    QTest::newRow("3B") << "3B" << QStringList{"Living",     "Kitchen",   "Hall",      "Hall_2",   "Bathroom",
                                               "Bathroom_2", "Bedroom_1", "Bedroom_2", "Bedroom_3"};
}

void TestWalkPlan::demoInteriorsHaveTheirRooms()
{
    QFETCH(QString, type);
    QFETCH(QStringList, rooms);
    const auto plan = WalkPlan::fromScene(demoInterior(type), {{"Floor_Living", "Living / dining"}});
    QCOMPARE(plan->storeyCount(), 1);
    QCOMPARE(plan->floorLevel(0), 0.0);
    QStringList ids;
    for (const WalkPlan::Room &r : plan->rooms()) {
        ids << r.id;
        QCOMPARE(r.storey, 0);
        QVERIFY2(!r.floor.isEmpty() && r.bounds.width() > 0.9, qPrintable(r.id));
        QVERIFY2(plan->isWalkable(0, r.centre), qPrintable(r.id));
        QCOMPARE(plan->rooms()[plan->roomAt(0, r.centre)].id, r.id);
    }
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()), QSet<QString>(rooms.begin(), rooms.end()));
    QCOMPARE(plan->rooms()[roomIndex(*plan, "Living")].name, QString("Living / dining"));
    QCOMPARE(plan->rooms()[roomIndex(*plan, "Kitchen")].name, QString("Kitchen"));
    if (type != "1B")
        QCOMPARE(plan->rooms()[roomIndex(*plan, "Bedroom_1")].name, QString("Bedroom 1"));
}

void TestWalkPlan::walkableCellsAreOverFloorsAndClearOfFurniture_data()
{
    addApartmentTypes();
}

void TestWalkPlan::walkableCellsAreOverFloorsAndClearOfFurniture()
{
    QFETCH(QString, type);
    const ImportedScene scene = demoInterior(type);
    const auto plan = WalkPlan::fromScene(scene);
    // Open inner doors swing aside (see app/interior/README.md); the closed entrance door blocks.
    const QVector<QPolygonF> blocking = blockingTriangles(
        scene, {"Wall_", "Door_Entrance", "Window_", "Kitchen_", "Bathroom_", "Furniture_"});
    QVERIFY(blocking.size() > 200);
    const QVector<QRectF> solids = solidBoxes(scene);
    QVERIFY(solids.size() > 8);
    const QRectF bounds = plan->planBounds(0);
    const double spacing = 0.023;
    int walkable = 0;
    for (double z = bounds.top(); z < bounds.bottom(); z += spacing)
        for (double x = bounds.left(); x < bounds.right(); x += spacing) {
            const QPointF p(x, z);
            if (!plan->isWalkable(0, p))
                continue;
            ++walkable;
            QVERIFY(plan->roomAt(0, p) >= 0);
            const QRectF near(x - 0.25, z - 0.25, 0.5, 0.5);
            for (const QPolygonF &t : blocking) {
                if (!t.boundingRect().intersects(near) && !near.contains(t.boundingRect()))
                    continue;
                const double d = distanceToTriangle(p, t);
                QVERIFY2(d >= WalkPlan::bodyRadius - 1e-3,
                         qPrintable(QString("(%1, %2) is %3 m from an obstacle").arg(x).arg(z).arg(d)));
            }
            for (const QRectF &r : solids)
                QVERIFY2(distanceToRect(p, r) >= WalkPlan::bodyRadius - 1e-3,
                         qPrintable(QString("(%1, %2) is in or at a fixture").arg(x).arg(z)));
        }
    // Most of the floor is free to walk on: a plan that blocks everything passes the loop above.
    double floorArea = 0;
    for (const WalkPlan::Room &r : plan->rooms())
        floorArea += r.bounds.width() * r.bounds.height();
    QVERIFY2(walkable * spacing * spacing > 0.35 * floorArea, qPrintable(QString::number(walkable)));
}

void TestWalkPlan::buildingThe3BPlanIsFast()
{
#if defined(__SANITIZE_ADDRESS__) || !defined(NDEBUG)
    QSKIP("timed in optimised builds only (sanitizers and debug builds are 50 times slower)");
#endif
    const ImportedScene scene = demoInterior("3B");
    qint64 best = 1'000'000;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer clock;
        clock.start();
        const auto plan = WalkPlan::fromScene(scene);
        best = std::min(best, clock.elapsed());
        QVERIFY(plan->storeyCount() == 1);
    }
    qInfo("3B walk plan built in %lld ms", best);
    QVERIFY2(best < 100, qPrintable(QString::number(best)));
}

void TestWalkPlan::walkingStraightIntoAWallStopsAtIt()
{
    const auto plan = WalkPlan::fromScene(boxRoom());
    // Inner wall faces: z = 1.9 (north), x = -2.9 (west).
    const QPointF north = plan->slide(0, QPointF(0.3, 0), QPointF(0, 5));
    QVERIFY(plan->isWalkable(0, north));
    QCOMPARE(north.x(), 0.3);
    const double gapNorth = 1.9 - north.y();
    QVERIFY2(gapNorth >= WalkPlan::bodyRadius - 1e-6 && gapNorth <= WalkPlan::bodyRadius + 0.05,
             qPrintable(QString::number(gapNorth)));
    const QPointF west = plan->slide(0, QPointF(0, 0.7), QPointF(-8, 0));
    const double gapWest = west.x() + 2.9;
    QVERIFY2(gapWest >= WalkPlan::bodyRadius - 1e-6 && gapWest <= WalkPlan::bodyRadius + 0.05,
             qPrintable(QString::number(gapWest)));

    // The 2B's living room, walking towards the facade's glazed door: glass stops you like a wall.
    const auto demo = WalkPlan::fromScene(demoInterior("2B"));
    const QPointF atGlass = demo->slide(0, QPointF(-2.4, 1.5), QPointF(0, 6));
    const double gapGlass = 3.75 - 0.012 - atGlass.y();
    QVERIFY2(gapGlass >= WalkPlan::bodyRadius - 1e-6 && gapGlass <= 0.3 + WalkPlan::bodyRadius,
             qPrintable(QString::number(gapGlass)));
}

void TestWalkPlan::walkingIntoAWallAtAnAngleSlidesAlongIt()
{
    const auto plan = WalkPlan::fromScene(boxRoom());
    // 3 m at 30 degrees to the north wall, starting 0.5 m from where the body touches it.
    const QPointF from(-2.5, 1.9 - WalkPlan::bodyRadius - 0.5);
    const double angle = qDegreesToRadians(30.0);
    const QPointF delta(3 * std::cos(angle), 3 * std::sin(angle));
    QPointF p = from;
    for (int i = 0; i < 60; ++i) // as the controller does it: a frame at a time
        p = plan->slide(0, p, delta / 60);
    QVERIFY(plan->isWalkable(0, p));
    QVERIFY2(p.x() - from.x() > 0.8 * delta.x(), qPrintable(QString::number(p.x() - from.x())));
    QVERIFY(1.9 - p.y() <= WalkPlan::bodyRadius + 0.05);
    // In one call too.
    const QPointF once = plan->slide(0, from, delta);
    QVERIFY2(once.x() - from.x() > 0.8 * delta.x(), qPrintable(QString::number(once.x() - from.x())));
}

void TestWalkPlan::slidingAlongAWallAtAnyAngle()
{
    // The box room turned 45 degrees by its parent node: walls at 45 degrees to the grid.
    BoxScene b;
    b.scene.nodes[0].transform.rotate(45, 0, 1, 0);
    b.addFloor("Room", -3, -2, 3, 2);
    b.addWallX("Wall_South", -2, -3.1, 3.1);
    b.addWallX("Wall_North", 2, -3.1, 3.1);
    b.addWallZ("Wall_West", -3, -2, 2);
    b.addWallZ("Wall_East", 3, -2, 2);
    const QMatrix4x4 turn = b.scene.nodes[0].transform;
    auto toPlan = [&](QPointF local) {
        const QVector3D w = turn.map(QVector3D(float(local.x()), 0, float(local.y())));
        return QPointF(w.x(), w.z());
    };
    auto toLocal = [&](QPointF plan) {
        const QVector3D l = turn.inverted().map(QVector3D(float(plan.x()), 0, float(plan.y())));
        return QPointF(l.x(), l.z());
    };
    const auto plan = WalkPlan::fromScene(b.scene);
    QVERIFY(plan->isWalkable(0, toPlan({0, 0})));
    QVERIFY(!plan->isWalkable(0, toPlan({0, 1.8})));
    // 3 m at 30 degrees to the (turned) north wall, a frame at a time.
    const QPointF from = toPlan({-2.5, 1.2});
    const QPointF delta =
        toPlan({3 * std::cos(qDegreesToRadians(30.0)), 3 * std::sin(qDegreesToRadians(30.0))});
    QPointF p = from;
    for (int i = 0; i < 60; ++i)
        p = plan->slide(0, p, delta / 60);
    QVERIFY(plan->isWalkable(0, p));
    const QPointF moved = toLocal(p) - toLocal(from);
    // Not quite the 80 % of an axis-aligned wall: the cells along a slanted wall make a staircase.
    QVERIFY2(moved.x() > 0.65 * 3 * std::cos(qDegreesToRadians(30.0)),
             qPrintable(QString::number(moved.x())));
    const double gap = 1.9 - toLocal(p).y();
    QVERIFY2(gap >= WalkPlan::bodyRadius - 1e-6 && gap <= WalkPlan::bodyRadius + 0.1,
             qPrintable(QString::number(gap)));
}

void TestWalkPlan::everyDoorwayOf2BIsPassable()
{
    const auto plan = WalkPlan::fromScene(demoInterior("2B"));
    // The 2B's inner doors (assets/generator/Layouts.cpp): centre on the wall line, all in walls along X.
    const QVector<QPair<QString, QPointF>> doors = {{"Door_Living", {-1.3, -0.4}},
                                                    {"Door_Bedroom_1", {1.0, -0.4}},
                                                    {"Door_Bedroom_2", {3.3, -0.4}},
                                                    {"Door_Bathroom", {0.5, -1.4}},
                                                    {"Door_Storage", {3.6, -1.4}}};
    const QPointF across(0, 1);
    for (const auto &[door, centre] : doors) {
        // The nearest walkable spots on the door's centre line either side of the wall.
        auto spot = [&, centre = centre](double sign) {
            for (double d = 0.2; d <= 1.0; d += 0.01)
                if (plan->isWalkable(0, centre + across * (sign * d)))
                    return centre + across * (sign * d);
            return QPointF(qQNaN(), qQNaN());
        };
        const QPointF a = spot(-1), b = spot(1);
        QVERIFY2(plan->isWalkable(0, a) && plan->isWalkable(0, b), qPrintable(door));
        QVERIFY2(distance(a, b) < 1.2, qPrintable(door));
        // Straight along the door's centre line, both ways, without being deflected.
        const QPointF there = plan->slide(0, a, b - a), back = plan->slide(0, b, a - b);
        QVERIFY2(distance(there, b) < 0.01 && distance(back, a) < 0.01, qPrintable(door));
        QVERIFY2(plan->roomAt(0, a) != plan->roomAt(0, b), qPrintable(door));
    }
    // A wall without a door next to one does not let you through.
    const QPointF a(-0.5, -0.9), b(-0.5, 0.1);
    QVERIFY(plan->isWalkable(0, a) && plan->isWalkable(0, b));
    QVERIFY(plan->slide(0, a, b - a).y() < -0.4);
}

void TestWalkPlan::pathsFromTheHallReachEveryRoom()
{
    for (const char *type : {"1B", "2B", "3B"}) {
        const auto plan = WalkPlan::fromScene(demoInterior(type));
        const QPointF hall = plan->rooms()[roomIndex(*plan, "Hall")].centre;
        for (const WalkPlan::Room &room : plan->rooms()) {
            const QVector<QPointF> path = plan->pathTo(0, hall, room.centre);
            const QString what = QString(type) + " " + room.id;
            QVERIFY2(path.size() >= 2, qPrintable(what));
            QCOMPARE(path.first(), hall);
            QVERIFY2(distance(path.last(), room.centre) < 1e-9, qPrintable(what));
            double length = 0;
            for (int i = 1; i < path.size(); ++i) {
                QVERIFY2(plan->lineOfSight(0, path[i - 1], path[i]), qPrintable(what));
                length += distance(path[i - 1], path[i]);
            }
            // Smoothed: few corners, and not much longer than the crow flies plus a detour via doors.
            QVERIFY2(path.size() <= 8, qPrintable(what + " " + QString::number(path.size())));
            QVERIFY2(length < 3 * distance(hall, room.centre) + 3, qPrintable(what));
        }
    }
}

void TestWalkPlan::pathToAnUnreachablePointEndsAtTheNearestReachable()
{
    const auto plan = WalkPlan::fromScene(demoInterior("2B"));
    const QPointF living = plan->rooms()[roomIndex(*plan, "Living")].centre;
    // Inside the living/bedroom wall, inside the bed, in the kitchen's tall cabinet, outside the unit.
    for (const QPointF target :
         {QPointF(0.0, 1.5), QPointF(1.3, 2.2), QPointF(-4.3, -3.3), QPointF(20, 30), QPointF(-2.4, 5.0)}) {
        const QVector<QPointF> path = plan->pathTo(0, living, target);
        QVERIFY(path.size() >= 2);
        const QPointF end = path.last();
        QVERIFY(plan->isWalkable(0, end));
        // No reachable point (every walkable point of this unit is reachable) is nearer to the target.
        double nearest = 1e9;
        const QRectF b = plan->planBounds(0);
        for (double z = b.top(); z < b.bottom(); z += 0.01)
            for (double x = b.left(); x < b.right(); x += 0.01)
                if (plan->isWalkable(0, QPointF(x, z)))
                    nearest = std::min(nearest, distance(QPointF(x, z), target));
        QVERIFY2(distance(end, target) <= nearest + 0.015,
                 qPrintable(QString("%1 vs %2").arg(distance(end, target)).arg(nearest)));
    }
    // From where one cannot stand there is no path.
    QVERIFY(plan->pathTo(0, QPointF(0.0, 1.5), living).isEmpty());
}

void TestWalkPlan::randomWalksNeverLeaveTheUnit_data()
{
    addApartmentTypes();
}

void TestWalkPlan::randomWalksNeverLeaveTheUnit()
{
    QFETCH(QString, type);
    const auto plan = WalkPlan::fromScene(demoInterior(type));
    QRandomGenerator random(1234);
    int storey = 0;
    QPointF p = plan->entryPoint(&storey);
    QVERIFY(plan->isWalkable(storey, p));
    double travelled = 0;
    for (int i = 0; i < 10000; ++i) {
        const double angle = random.bounded(2 * M_PI), length = random.bounded(0.3);
        const QPointF next = plan->slide(storey, p, QPointF(std::cos(angle), std::sin(angle)) * length);
        QVERIFY2(plan->isWalkable(storey, next), qPrintable(QString("step %1").arg(i)));
        QVERIFY(plan->roomAt(storey, next) >= 0);
        QVERIFY(distance(p, next) <= length + 1e-9);
        travelled += distance(p, next);
        p = next;
    }
    QVERIFY2(travelled > 300, qPrintable(QString::number(travelled))); // it did walk
}

void TestWalkPlan::lowAndOverheadThingsDoNotBlock()
{
    BoxScene b;
    b.addFloor("Room", -3, -2, 3, 2);
    b.addBox("Threshold", QVector3D(-1, 0, -2), QVector3D(-0.8f, 0.05f, 2));          // step over it
    b.addBox("Shelf", QVector3D(0, 2.0f, -2), QVector3D(0.4f, 2.2f, 2));              // walk under it
    b.addBox("Furniture_Chest", QVector3D(1.5f, 0, -0.5f), QVector3D(2, 0.5f, 0.5f)); // blocks
    const auto plan = WalkPlan::fromScene(b.scene);
    QVERIFY(plan->isWalkable(0, QPointF(-0.9, 0)));
    QVERIFY(plan->isWalkable(0, QPointF(0.2, 0)));
    QVERIFY(!plan->isWalkable(0, QPointF(1.75, 0)));
    QVERIFY(!plan->isWalkable(0, QPointF(1.35, 0)));
    QVERIFY(!plan->isWalkable(0, QPointF(3.2, 0))); // off the floor
    const QPointF stopped = plan->slide(0, QPointF(0, 0), QPointF(3, 0));
    QVERIFY(stopped.x() >= 1.5 - WalkPlan::bodyRadius - 0.05 && stopped.x() <= 1.5 - WalkPlan::bodyRadius);
}

void TestWalkPlan::storeysAreFoundAndWalkedSeparately()
{
    const auto plan = WalkPlan::fromScene(twoStoreys());
    QCOMPARE(plan->storeyCount(), 2);
    QCOMPARE(plan->floorLevel(0), 0.0);
    QVERIFY(qAbs(plan->floorLevel(1) - 2.9) < 1e-5);
    QCOMPARE(plan->rooms()[roomIndex(*plan, "Living")].storey, 0);
    QCOMPARE(plan->rooms()[roomIndex(*plan, "Bedroom")].storey, 1);
    QCOMPARE(plan->rooms()[roomIndex(*plan, "Landing")].storey, 1);
    // The wardrobe blocks the ground floor only; the bed the upper floor only; the slab neither.
    QVERIFY(!plan->isWalkable(0, QPointF(2.4, -1.4)));
    QVERIFY(plan->isWalkable(1, QPointF(2.4, -1.4)));
    QVERIFY(plan->isWalkable(0, QPointF(-1.7, 0)));
    QVERIFY(!plan->isWalkable(1, QPointF(-1.7, 0)));
    QCOMPARE(plan->rooms()[plan->roomAt(1, QPointF(2, 1))].id, QString("Landing"));
    QCOMPARE(plan->rooms()[plan->roomAt(0, QPointF(2, 1))].id, QString("Living"));
    QCOMPARE(plan->storeyAtHeight(2.9 + 1.6), 1);
    QCOMPARE(plan->storeyAtHeight(1.6), 0);
}

void TestWalkPlan::townhouseStoreysAreEachWalkable()
{
    if (!QFile::exists(SHOWROOM_DEMO_DIR "/interiors/TH.glb"))
        QSKIP("this demo has no townhouse interior");
    const auto plan = WalkPlan::fromScene(demoInterior("TH"));
    QCOMPARE(plan->storeyCount(), 2);
    QCOMPARE(plan->floorLevel(0), 0.0);
    QVERIFY(plan->floorLevel(1) > 2.5 && plan->floorLevel(1) < 3.5);
    int storey = -1;
    const QPointF entry = plan->entryPoint(&storey);
    QCOMPARE(storey, 0);
    for (int s = 0; s < 2; ++s) {
        int rooms = 0;
        QPointF from = s == 0 ? entry : QPointF();
        for (const WalkPlan::Room &r : plan->rooms()) {
            if (r.storey != s)
                continue;
            ++rooms;
            if (from.isNull())
                from = r.centre;
            QVERIFY2(plan->isWalkable(s, r.centre), qPrintable(r.id));
            const QVector<QPointF> path = plan->pathTo(s, from, r.centre);
            QVERIFY2(!path.isEmpty() && distance(path.last(), r.centre) < 1e-9, qPrintable(r.id));
        }
        QVERIFY2(rooms >= 3, qPrintable(QString::number(rooms)));
    }
    // The entrance door is shut: walking out through it stops inside.
    const QPointF out = plan->slide(0, entry, QPointF(0, 3));
    QVERIFY2(plan->roomAt(0, out) >= 0 && out.y() < 5.0 - 0.02 - WalkPlan::bodyRadius + 0.01,
             qPrintable(QString::number(out.y())));
}

void TestWalkPlan::entryAndWindowSpots()
{
    const auto plan = WalkPlan::fromScene(demoInterior("2B"));
    int storey = -1;
    double yaw = 99;
    const QPointF entry = plan->entryPoint(&storey, &yaw);
    QCOMPARE(storey, 0);
    QVERIFY(plan->isWalkable(0, entry));
    QCOMPARE(plan->rooms()[plan->roomAt(0, entry)].id, QString("Hall"));
    QVERIFY(distance(entry, QPointF(-1.3, -3.75)) < 1.0); // just inside the entrance door
    QVERIFY(qAbs(yaw) < 1e-6);                            // facing into the home (+Z)

    QPointF inside;
    double facing = 99;
    QVERIFY(plan->windowSpot(&inside, &facing));
    QVERIFY(qAbs(facing) < 1e-6); // out through the facade (+Z)
    QVERIFY2(distance(inside, QPointF(-2.4, 3.75 - 0.7)) < 0.05,
             qPrintable(QString("%1 %2").arg(inside.x()).arg(inside.y())));
    QCOMPARE(plan->rooms()[plan->roomAt(0, inside)].id, QString("Living"));

    // Without an entrance door: the largest room's centre.
    const auto box = WalkPlan::fromScene(boxRoom());
    QVERIFY(distance(box->entryPoint(&storey), QPointF(0, 0)) < 0.05);
    QVERIFY(!box->windowSpot(&inside, &facing));
}

QTEST_GUILESS_MAIN(TestWalkPlan)
#include "tst_walkplan.moc"
