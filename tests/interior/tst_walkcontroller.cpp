// WalkController without a window: what a visitor notices while walking (eye height, speed, rooms,
// glides, storeys, the balcony's limits) and the camera pose under a placement, mirrored or not.
#include "WalkTestScenes.h"

#include "interior/WalkController.h"

#include <QSignalSpy>
#include <QtTest>
#include <cmath>

using showroom::interior::WalkController;
using showroom::interior::WalkPlan;
using namespace walktest;

namespace {

// Steps at 60 frames a second until the glide ends (at most `seconds`); checks the eye on every frame.
bool glideToEnd(WalkController &walker, double seconds = 30)
{
    for (int i = 0; i < int(seconds * 60) && walker.gliding(); ++i) {
        walker.step(1.0 / 60);
        const WalkPlan &plan = *walker.plan();
        if (walker.position().y() != float(plan.floorLevel(walker.storey()) + WalkController::kEyeHeight))
            return false;
        if (!plan.isWalkable(walker.storey(), walker.planPosition()))
            return false;
    }
    return !walker.gliding();
}

} // namespace

class TestWalkController : public QObject
{
    Q_OBJECT

private slots:
    void entersInsideTheEntranceFacingIn();
    void speedDoesNotDependOnTheFrameRate();
    void walkingIntoAWallStopsAndSlides();
    void scriptedPathThroughEveryRoomKeepsTheEyeAt1_6();
    void glideEndsAtTheNearestReachablePoint();
    void moveInputCancelsAGlide();
    void lookIsLimited();
    void standingOnTheBalconyOnlyLooks();
    void changingStoreyFadesAndMoves();
    void aSecondStoreyChangeDoesNotFlicker();
    void nonsenseInputIsIgnored();
    void aWalkAskedDuringAStoreyChangeStartsUpstairs();
    void worldPoseFollowsThePlacement_data();
    void worldPoseFollowsThePlacement();
    void activeRunsItsOwnClock();
};

void TestWalkController::entersInsideTheEntranceFacingIn()
{
    WalkController walker;
    QSignalSpy rooms(&walker, &WalkController::roomChanged);
    walker.setPlan(WalkPlan::fromScene(demoInterior("2B")));
    walker.enter();
    QCOMPARE(walker.mode(), WalkController::Walking);
    QCOMPARE(walker.storeyCount(), 1);
    QCOMPARE(walker.roomId(), QString("Hall"));
    QCOMPARE(walker.roomName(), QString("Hall"));
    QVERIFY(rooms.count() >= 1);
    QCOMPARE(walker.position().y(), 1.6f);
    QVERIFY(walker.plan()->isWalkable(0, walker.planPosition()));
    QVERIFY(qAbs(walker.yaw()) < 1e-6); // the entrance is in the back wall: into the home is +Z
    QCOMPARE(walker.pitch(), 0.0);
}

void TestWalkController::speedDoesNotDependOnTheFrameRate()
{
    const auto plan = WalkPlan::fromScene(boxRoom());
    auto walk = [&](int frames, double dt, bool running) {
        WalkController walker;
        walker.setPlan(plan);
        walker.setMoveForward(1);
        walker.setRunning(running);
        const QPointF start = walker.planPosition();
        for (int i = 0; i < frames; ++i)
            walker.step(dt);
        return distance(start, walker.planPosition());
    };
    // The box room's entry is its centre facing +Z: 1.9 - 0.2 m of room ahead, so one second at walking
    // speed fits, and half a second running.
    const double at60 = walk(60, 1.0 / 60, false), at20 = walk(20, 1.0 / 20, false);
    QVERIFY2(qAbs(at60 - at20) < 0.02, qPrintable(QString("%1 vs %2").arg(at60).arg(at20)));
    QVERIFY2(qAbs(at60 - WalkController::kWalkSpeed) < 0.02, qPrintable(QString::number(at60)));
    const double run = walk(30, 1.0 / 60, true);
    QVERIFY2(qAbs(run - WalkController::kRunSpeed / 2) < 0.02, qPrintable(QString::number(run)));
}

void TestWalkController::walkingIntoAWallStopsAndSlides()
{
    WalkController walker;
    walker.setPlan(WalkPlan::fromScene(boxRoom()));
    walker.setMoveForward(1); // towards the north wall, inner face at z = 1.9
    for (int i = 0; i < 180; ++i)
        walker.step(1.0 / 60);
    const double gap = 1.9 - walker.planPosition().y();
    QVERIFY2(gap >= WalkPlan::bodyRadius - 1e-6 && gap <= WalkPlan::bodyRadius + 0.05,
             qPrintable(QString::number(gap)));
    // Turn 60 degrees towards -X (30 degrees to the wall) and keep pushing: the visitor slides along it.
    walker.look(-60 / WalkController::kLookDegreesPerPixel, 0);
    QVERIFY(qAbs(walker.yaw() + 60) < 1e-9);
    const QPointF before = walker.planPosition();
    for (int i = 0; i < 60; ++i)
        walker.step(1.0 / 60);
    const double along = before.x() - walker.planPosition().x();
    QVERIFY2(along > 0.8 * WalkController::kWalkSpeed * std::sin(qDegreesToRadians(60.0)),
             qPrintable(QString::number(along)));
    QVERIFY(qAbs(walker.planPosition().y() - before.y()) < 0.05);
}

void TestWalkController::scriptedPathThroughEveryRoomKeepsTheEyeAt1_6()
{
    for (const char *type : {"1B", "2B", "3B"}) {
        WalkController walker;
        walker.setPlan(WalkPlan::fromScene(demoInterior(type), {{"Floor_Living", "Living / dining"}}));
        walker.enter();
        QSignalSpy rooms(&walker, &WalkController::roomChanged);
        QStringList seen;
        connect(&walker, &WalkController::roomChanged, &walker, [&] { seen << walker.roomName(); });
        for (const WalkPlan::Room &r : walker.plan()->rooms()) {
            QVERIFY2(walker.walkToPlan(r.centre), qPrintable(r.id));
            QVERIFY(walker.gliding());
            QVERIFY2(glideToEnd(walker), qPrintable(QString(type) + " to " + r.id));
            QVERIFY2(distance(walker.planPosition(), r.centre) < 0.01, qPrintable(r.id));
            QCOMPARE(walker.roomId(), r.id);
            QCOMPARE(walker.roomName(), r.name);
            QVERIFY(seen.contains(r.name) || r.id == "Hall");
            // The glide turned the view to where it went.
            QVERIFY(qAbs(walker.pitch()) < 1);
        }
        QVERIFY(seen.contains("Living / dining"));
        QVERIFY(seen.contains("Kitchen"));
    }
}

void TestWalkController::glideEndsAtTheNearestReachablePoint()
{
    WalkController walker;
    walker.setPlan(WalkPlan::fromScene(demoInterior("2B")));
    walker.enter();
    // A tap beyond the living room's glazed door (on the balcony): the glide stops inside the glass.
    const QVector<QPointF> path = walker.plan()->pathTo(0, walker.planPosition(), QPointF(-2.4, 5.0));
    QVERIFY(path.size() >= 3);
    QVERIFY(walker.walkToPlan(QPointF(-2.4, 5.0)));
    QVERIFY(glideToEnd(walker));
    const QPointF end = walker.planPosition();
    QCOMPARE(walker.roomId(), QString("Living"));
    QVERIFY2(qAbs(end.x() + 2.4) < 0.3 && end.y() > 3.75 - 0.012 - WalkPlan::bodyRadius - 0.08,
             qPrintable(QString("%1 %2").arg(end.x()).arg(end.y())));
    // The glide turned the visitor to face the way it went.
    const QPointF last = path.last() - path[path.size() - 2];
    const double heading = qRadiansToDegrees(std::atan2(last.x(), last.y()));
    QVERIFY2(qAbs(heading) > 20, "the last leg is not straight ahead of the entrance");
    QVERIFY2(qAbs(walker.yaw() - heading) < 5,
             qPrintable(QString("%1 vs %2").arg(walker.yaw()).arg(heading)));
}

void TestWalkController::moveInputCancelsAGlide()
{
    WalkController walker;
    walker.setPlan(WalkPlan::fromScene(demoInterior("2B")));
    walker.enter();
    QVERIFY(walker.walkToPlan(room(*walker.plan(), "Living").centre));
    walker.step(0.1);
    QVERIFY(walker.gliding());
    walker.setMoveRight(-1);
    walker.step(0.1);
    QVERIFY(!walker.gliding());
    walker.setMoveRight(0);
    const QPointF stopped = walker.planPosition();
    walker.step(0.5);
    QCOMPARE(walker.planPosition(), stopped);
}

void TestWalkController::lookIsLimited()
{
    WalkController walker;
    walker.setPlan(WalkPlan::fromScene(boxRoom()));
    QSignalSpy yaw(&walker, &WalkController::yawChanged);
    walker.look(100, 0); // 0.2 degrees per pixel
    QVERIFY(qAbs(walker.yaw() - 20) < 1e-9);
    QCOMPARE(yaw.count(), 1);
    walker.look(0, 1000);
    QCOMPARE(walker.pitch(), WalkController::kPitchLimit);
    walker.look(0, -5000);
    QCOMPARE(walker.pitch(), -WalkController::kPitchLimit);
    walker.look(900, 0); // yaw wraps
    QVERIFY(walker.yaw() > -180 && walker.yaw() <= 180);
    QVERIFY(qAbs(walker.yaw() - (20 + 180 - 360)) < 1e-9);
}

void TestWalkController::standingOnTheBalconyOnlyLooks()
{
    WalkController walker;
    walker.setPlan(WalkPlan::fromScene(demoInterior("2B")));
    QSignalSpy mode(&walker, &WalkController::modeChanged);
    const QVector3D balcony(-2.4f, 1.6f, 4.6f);
    walker.standAt(balcony, 0, 70, -30, 20);
    QCOMPARE(walker.mode(), WalkController::Standing);
    QCOMPARE(mode.count(), 1);
    QCOMPARE(walker.position(), balcony);
    QCOMPARE(walker.roomId(), QString()); // outside every room
    walker.setMoveForward(1);
    walker.step(0.5);
    QCOMPARE(walker.position(), balcony);
    QVERIFY(!walker.walkToPlan(QPointF(-2.4, 2)));
    walker.look(1000, 0);
    QVERIFY(qAbs(walker.yaw() - 70) < 1e-9);
    walker.look(-5000, 0);
    QVERIFY(qAbs(walker.yaw() + 70) < 1e-9);
    walker.look(0, 1000);
    QCOMPARE(walker.pitch(), 20.0);
    walker.look(0, -1000);
    QCOMPARE(walker.pitch(), -30.0);
    // At the living room window, on walkable floor, keys do not move the visitor either.
    QPointF window;
    double facing = 0;
    QVERIFY(walker.plan()->windowSpot(&window, &facing));
    const QVector3D atWindow(float(window.x()), 1.6f, float(window.y()));
    walker.standAt(atWindow, facing, 60, -30, 20);
    QCOMPARE(walker.roomId(), QString("Living"));
    walker.step(0.5);
    QCOMPARE(walker.position(), atWindow);
    walker.setMoveForward(0);
    walker.enter();
    QCOMPARE(walker.mode(), WalkController::Walking);
    QCOMPARE(walker.roomId(), QString("Hall"));
}

void TestWalkController::changingStoreyFadesAndMoves()
{
    WalkController walker;
    walker.setPlan(WalkPlan::fromScene(twoStoreys()));
    QCOMPARE(walker.storeyCount(), 2);
    walker.enter(); // no entrance door: the largest room's centre, the living room on the ground floor
    QCOMPARE(walker.storey(), 0);
    QCOMPARE(walker.roomId(), QString("Living"));
    QVERIFY(walker.walkToPlan(QPointF(1.5, 0.5)));
    QVERIFY(glideToEnd(walker));

    QSignalSpy storey(&walker, &WalkController::storeyChanged);
    qreal fadeWhenMoved = -1;
    connect(&walker, &WalkController::storeyChanged, &walker, [&] { fadeWhenMoved = walker.transition(); });
    walker.goToStorey(1);
    qreal peak = 0;
    int frames = 0;
    for (; frames < 120 && (frames == 0 || walker.transition() > 0); ++frames) {
        walker.step(1.0 / 60);
        peak = std::max(peak, walker.transition());
    }
    QVERIFY(peak > 0.95);
    QVERIFY2(fadeWhenMoved > 0.9, qPrintable(QString::number(fadeWhenMoved))); // dark when the view jumps
    QVERIFY2(frames >= 34 && frames <= 40, qPrintable(QString::number(frames)));
    QCOMPARE(walker.transition(), 0.0);
    QCOMPARE(walker.storey(), 1);
    QCOMPARE(storey.count(), 1);
    QVERIFY(qAbs(walker.position().y() - (2.9f + 1.6f)) < 1e-5f);
    QVERIFY(distance(walker.planPosition(), QPointF(1.5, 0.5)) < 1e-5); // walkable upstairs: the same spot
    QCOMPARE(walker.roomId(), QString("Landing"));

    // Down again where the wardrobe stands below the bed: the nearest free spot.
    QVERIFY(walker.walkToPlan(QPointF(2.4, -1.4)));
    QVERIFY(glideToEnd(walker));
    QVERIFY(distance(walker.planPosition(), QPointF(2.4, -1.4)) < 1e-5);
    walker.goToStorey(0);
    for (int i = 0; i < 60; ++i)
        walker.step(1.0 / 60);
    QCOMPARE(walker.storey(), 0);
    QCOMPARE(walker.position().y(), 1.6f);
    QVERIFY(walker.plan()->isWalkable(0, walker.planPosition()));
    QVERIFY(distance(walker.planPosition(), QPointF(2.4, -1.4)) < 0.7);
    QCOMPARE(walker.roomId(), QString("Living"));
}

void TestWalkController::aSecondStoreyChangeDoesNotFlicker()
{
    WalkController walker;
    walker.setPlan(WalkPlan::fromScene(twoStoreys()));
    walker.goToStorey(1);
    QVector<qreal> fades{0};
    for (int i = 0; i < 25; ++i) { // past the peak: upstairs and fading in
        walker.step(1.0 / 60);
        fades << walker.transition();
    }
    QCOMPARE(walker.storey(), 1);
    walker.goToStorey(0); // changed their mind: fade out again from here, not from black or clear
    for (int i = 0; i < 60 && (i == 0 || walker.transition() > 0); ++i) {
        walker.step(1.0 / 60);
        fades << walker.transition();
    }
    QCOMPARE(walker.storey(), 0);
    QCOMPARE(walker.transition(), 0.0);
    const qreal maxStep = 1.0 / 60 / (WalkController::kTransitionSeconds / 2) + 1e-6;
    for (int i = 1; i < fades.size(); ++i)
        QVERIFY2(qAbs(fades[i] - fades[i - 1]) <= maxStep,
                 qPrintable(QString("frame %1: %2 -> %3").arg(i).arg(fades[i - 1]).arg(fades[i])));
}

void TestWalkController::aWalkAskedDuringAStoreyChangeStartsUpstairs()
{
    WalkController walker;
    walker.setPlan(WalkPlan::fromScene(twoStoreys()));
    // "Go to the bedroom" from the ground floor: change storey, then walk; the glide waits for the fade.
    walker.goToStorey(1);
    QVERIFY(walker.walkToPlan(QPointF(-2.2, 1.5)));
    for (int i = 0; i < 30; ++i) {
        walker.step(1.0 / 60);
        QVERIFY(!walker.gliding());
    }
    for (int i = 0; i < 30 && !walker.gliding(); ++i)
        walker.step(1.0 / 60);
    QCOMPARE(walker.transition(), 0.0);
    QVERIFY(walker.gliding());
    QVERIFY(glideToEnd(walker));
    QCOMPARE(walker.storey(), 1);
    QVERIFY(distance(walker.planPosition(), QPointF(-2.2, 1.5)) < 1e-5);
    QCOMPARE(walker.roomId(), QString("Bedroom"));
}

void TestWalkController::nonsenseInputIsIgnored()
{
    WalkController walker;
    walker.setPlan(WalkPlan::fromScene(boxRoom()));
    QVERIFY(!walker.walkToPlan(QPointF(qQNaN(), 1)));
    walker.look(qInf(), qQNaN());
    QCOMPARE(walker.yaw(), 0.0);
    QCOMPARE(walker.pitch(), 0.0);
    walker.step(-1);
    walker.step(qQNaN());
    QCOMPARE(walker.planPosition(), QPointF(0, 0));
    walker.setPlan(nullptr);
    QCOMPARE(walker.roomId(), QString());
    walker.step(0.1);
    QVERIFY(!walker.walkToPlan(QPointF(1, 1)));
}

void TestWalkController::worldPoseFollowsThePlacement_data()
{
    QTest::addColumn<bool>("mirrored");
    QTest::newRow("as built") << false;
    QTest::newRow("mirrored") << true;
}

void TestWalkController::worldPoseFollowsThePlacement()
{
    QFETCH(bool, mirrored);
    WalkController walker;
    walker.setPlan(WalkPlan::fromScene(demoInterior("2B")));
    // A unit on floor 3, turned 90 degrees, maybe mirrored like the site's mirrored units.
    QMatrix4x4 placement;
    placement.translate(40, 9.6f, -12);
    placement.rotate(90, 0, 1, 0);
    if (mirrored)
        placement.scale(-1, 1, 1);
    walker.setPlacement(placement);
    walker.look(-150, 50); // yaw -30, pitch +10
    const QVector3D local = walker.position();
    QVERIFY((walker.worldPosition() - placement.map(local)).length() < 1e-4f);

    const QQuaternion r = walker.worldRotation();
    QVERIFY(qAbs(r.length() - 1) < 1e-5f);
    const QVector3D expectedForward = placement.mapVector(walker.forward()).normalized();
    QVERIFY2((r.rotatedVector(QVector3D(0, 0, -1)) - expectedForward).length() < 1e-4f,
             "looks the mapped way");
    const QVector3D up = r.rotatedVector(QVector3D(0, 1, 0));
    QVERIFY(up.y() > 0.9f);                                            // not upside down
    QVERIFY(qAbs(QVector3D::dotProduct(up, expectedForward)) < 1e-4f); // a proper camera frame
    // The camera's right is the right of the mapped view: right = forward x up (a rotation keeps that).
    const QVector3D right = r.rotatedVector(QVector3D(1, 0, 0));
    QVERIFY((right - QVector3D::crossProduct(expectedForward, up)).length() < 1e-4f);

    // A tap on the floor in the scene walks to the matching local spot.
    const QPointF target = room(*walker.plan(), "Kitchen").centre;
    QVERIFY(walker.walkToWorld(placement.map(QVector3D(float(target.x()), 0, float(target.y())))));
    QVERIFY(glideToEnd(walker));
    QVERIFY(distance(walker.planPosition(), target) < 0.01);
}

void TestWalkController::activeRunsItsOwnClock()
{
    WalkController walker;
    walker.setPlan(WalkPlan::fromScene(boxRoom()));
    walker.setMoveForward(1);
    QTest::qWait(100);
    QCOMPARE(walker.planPosition(), QPointF(0, 0)); // inactive: nothing moves
    QSignalSpy moved(&walker, &WalkController::positionChanged);
    walker.setActive(true);
    QTRY_VERIFY(walker.planPosition().y() > 0.3);
    walker.setActive(false);
    const QPointF stopped = walker.planPosition();
    QTest::qWait(100);
    QCOMPARE(walker.planPosition(), stopped);
    QVERIFY(moved.count() > 3);
}

QTEST_GUILESS_MAIN(TestWalkController)
#include "tst_walkcontroller.moc"
