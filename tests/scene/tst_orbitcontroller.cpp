// The orbit camera's maths: gestures move the goal within the limits, the camera eases there, framing
// shows the whole box, and the camera always looks at its target.
#include "scene/OrbitController.h"

#include <QMatrix4x4>
#include <QSignalSpy>
#include <QTest>
#include <QtMath>

using showroom::scene::OrbitController;

class tst_OrbitController : public QObject
{
    Q_OBJECT

private slots:
    void cameraLooksAtTarget_data();
    void cameraLooksAtTarget();
    void pitchAndDistanceAreClamped();
    void dragDirection();
    void zoomIgnoresNonsense();
    void frameFitsTheBoxInView_data();
    void frameFitsTheBoxInView();
    void panFollowsTheFingerAndStaysOverTheSite();
    void dampingEasesAndSettles();
    void flightReachesItsGoalAfterItsDuration();
    void flightEasesInAndOut();
    void flightTakesTheShortWayRound();
    void flightToAViewMatchesTheView();
    void gestureMidFlightStopsItWhereItIs();
    void stopAndSettleEndAFlight();
    void frameFliesAndSetsTheDistanceLimits();
    void neverInsideABuilding();
    void neverUnderTheGround();
    void panelsOnTheSidesMoveTheViewIntoTheFreePart();
    void aShiftedCameraStaysOutOfBuildings();
};

void tst_OrbitController::cameraLooksAtTarget_data()
{
    QTest::addColumn<qreal>("yaw");
    QTest::addColumn<qreal>("pitch");
    QTest::newRow("front") << 0.0 << 20.0;
    QTest::newRow("three-quarter") << 35.0 << 17.0;
    QTest::newRow("behind, steep") << 200.0 << 80.0;
    QTest::newRow("negative yaw") << -120.0 << 5.0;
}

void tst_OrbitController::cameraLooksAtTarget()
{
    QFETCH(qreal, yaw);
    QFETCH(qreal, pitch);
    OrbitController orbit;
    orbit.setDamping(0);
    orbit.setView(yaw, pitch, 50);
    QCOMPARE(orbit.distance(), 50.0);
    QVERIFY(qAbs((orbit.position() - orbit.target()).length() - 50) < 1e-3);
    // The camera's forward (-Z rotated) points from its position to the target.
    const QVector3D forward = orbit.rotation().rotatedVector(QVector3D(0, 0, -1));
    const QVector3D toTarget = (orbit.target() - orbit.position()).normalized();
    QVERIFY2((forward - toTarget).length() < 1e-4, qPrintable(QStringLiteral("%1 %2 %3 vs %4 %5 %6")
                                                                  .arg(forward.x())
                                                                  .arg(forward.y())
                                                                  .arg(forward.z())
                                                                  .arg(toTarget.x())
                                                                  .arg(toTarget.y())
                                                                  .arg(toTarget.z())));
    // Above the ground for a positive pitch, and upright (no roll): its right vector is level.
    QVERIFY(orbit.position().y() > orbit.target().y());
    QVERIFY(qAbs(orbit.rotation().rotatedVector(QVector3D(1, 0, 0)).y()) < 1e-5);
}

void tst_OrbitController::pitchAndDistanceAreClamped()
{
    OrbitController orbit;
    orbit.setDamping(0);
    orbit.setMinPitch(5);
    orbit.setMaxPitch(80);
    orbit.setMinDistance(10);
    orbit.setMaxDistance(200);
    orbit.setView(0, 30, 100);
    orbit.orbit(0, 100000); // drag far down: at most straight-ish down
    QCOMPARE(orbit.pitch(), 80.0);
    orbit.orbit(0, -100000); // never under the ground
    QCOMPARE(orbit.pitch(), 5.0);
    orbit.zoom(1000);
    QCOMPARE(orbit.distance(), 10.0);
    orbit.zoom(0.0001);
    QCOMPARE(orbit.distance(), 200.0);
}

void tst_OrbitController::dragDirection()
{
    OrbitController orbit;
    orbit.setDamping(0);
    orbit.setDegreesPerPixel(0.25);
    orbit.setView(10, 30, 100);
    orbit.orbit(40, 0); // right: the site turns with the finger, the camera goes the other way
    QCOMPARE(orbit.yaw(), 0.0);
    orbit.orbit(0, 20); // down: look from higher up
    QCOMPARE(orbit.pitch(), 35.0);
}

void tst_OrbitController::zoomIgnoresNonsense()
{
    OrbitController orbit;
    orbit.setDamping(0);
    orbit.setView(0, 30, 100);
    orbit.zoom(0);
    orbit.zoom(-2);
    orbit.zoom(qQNaN());
    orbit.orbit(qInf(), 1);
    orbit.pan(qQNaN(), 0, 800);
    orbit.pan(10, 10, 0);
    QCOMPARE(orbit.distance(), 100.0);
    QCOMPARE(orbit.yaw(), 0.0);
    QCOMPARE(orbit.target(), QVector3D());
    orbit.zoom(2);
    QCOMPARE(orbit.distance(), 50.0);
}

void tst_OrbitController::frameFitsTheBoxInView_data()
{
    QTest::addColumn<qreal>("aspect");
    QTest::newRow("landscape 16:10") << 1.6;
    QTest::newRow("portrait kiosk") << 9.0 / 16.0;
}

void tst_OrbitController::frameFitsTheBoxInView()
{
    QFETCH(qreal, aspect);
    OrbitController orbit;
    orbit.setFieldOfView(40);
    orbit.setAspectRatio(aspect);
    const QVector3D min(-60, 0, -40), max(100, 30, 80);
    orbit.frame(min, max);
    QVERIFY(!orbit.moving()); // no animation asked: already there
    QCOMPARE(orbit.target(), (min + max) / 2);
    // Every corner of the box projects inside the view (|x|, |y| <= 1 in normalised device coordinates).
    QMatrix4x4 projection;
    projection.perspective(40, float(aspect), 0.1f, 10000);
    QMatrix4x4 view;
    view.lookAt(orbit.position(), orbit.target(), QVector3D(0, 1, 0));
    float extent = 0;
    for (int corner = 0; corner < 8; ++corner) {
        const QVector3D p(corner & 1 ? max.x() : min.x(), corner & 2 ? max.y() : min.y(),
                          corner & 4 ? max.z() : min.z());
        const QVector3D ndc = projection.map(view.map(p));
        QVERIFY2(qAbs(ndc.x()) <= 1.0f && qAbs(ndc.y()) <= 1.0f,
                 qPrintable(QStringLiteral("corner %1 at %2, %3").arg(corner).arg(ndc.x()).arg(ndc.y())));
        extent = std::max({extent, qAbs(ndc.x()), qAbs(ndc.y())});
    }
    // ...and the box is not a speck: it reaches close to the edge of the view.
    QVERIFY2(extent > 0.9f, qPrintable(QString::number(extent)));
    // The limits follow the site: zooming out stops, zooming in stops before entering the box.
    orbit.setDamping(0);
    orbit.zoom(0.001);
    QVERIFY(orbit.distance() <= orbit.maxDistance());
    orbit.zoom(1e6);
    QCOMPARE(orbit.distance(), orbit.minDistance());
    QVERIFY(orbit.minDistance() > 0);
}

void tst_OrbitController::panFollowsTheFingerAndStaysOverTheSite()
{
    OrbitController orbit;
    orbit.setDamping(0);
    orbit.frame(QVector3D(-50, 0, -50), QVector3D(50, 20, 50));
    orbit.setView(0, 30, 100); // looking down -Z
    const QVector3D start = orbit.target();
    orbit.pan(-100, 0, 800); // finger moves left: the ground under it moves left, the target right (+X)
    QVERIFY(orbit.target().x() > start.x());
    QCOMPARE(orbit.target().y(), start.y()); // panning slides along the ground
    orbit.pan(0, 1e6, 800);                  // a huge drag cannot take the camera off the site
    QVERIFY(orbit.target().z() >= -50 - 25 - 1e-3);
    QVERIFY(orbit.target().z() <= 50 + 25 + 1e-3);
}

void tst_OrbitController::dampingEasesAndSettles()
{
    OrbitController orbit;
    orbit.setDamping(0.1);
    orbit.setView(0, 30, 100);
    QSignalSpy moving(&orbit, &OrbitController::movingChanged);
    orbit.zoom(2);
    QVERIFY(orbit.moving());
    QCOMPARE(orbit.distance(), 100.0); // nothing jumps
    QCOMPARE(orbit.goalDistance(), 50.0);
    orbit.step(0.1); // one time constant: ~63 % of the way
    QVERIFY(qAbs(orbit.distance() - (100 - 50 * (1 - qExp(-1.0)))) < 1e-6);
    for (int i = 0; i < 100 && orbit.moving(); ++i)
        orbit.step(0.05);
    QVERIFY(!orbit.moving());
    QCOMPARE(orbit.distance(), 50.0);
    QCOMPARE(moving.count(), 2); // started, stopped
    // The internal timer does the same by itself.
    orbit.orbit(100, 0);
    QTRY_VERIFY(!orbit.moving());
    QCOMPARE(orbit.yaw(), orbit.goalYaw());
}

void tst_OrbitController::flightReachesItsGoalAfterItsDuration()
{
    OrbitController orbit;
    orbit.setView(0, 20, 100);
    QSignalSpy finished(&orbit, &OrbitController::flightFinished);
    QSignalSpy flying(&orbit, &OrbitController::flyingChanged);
    orbit.flyTo(QVector3D(10, 2, -5), 60, 35, 40, 1000);
    QVERIFY(orbit.flying());
    QVERIFY(orbit.moving());
    QCOMPARE(orbit.flightDurationMs(), 1000);
    QCOMPARE(orbit.distance(), 100.0); // nothing jumps
    for (int i = 0; i < 3; ++i)
        orbit.step(0.25);
    QVERIFY(orbit.flying()); // 750 ms of 1000
    QCOMPARE(finished.count(), 0);
    QVERIFY(orbit.yaw() > 0 && orbit.yaw() < 60);
    orbit.step(0.25);
    QVERIFY(!orbit.flying());
    QVERIFY(!orbit.moving());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(flying.count(), 2);
    QCOMPARE(orbit.target(), QVector3D(10, 2, -5));
    QCOMPARE(orbit.yaw(), 60.0);
    QCOMPARE(orbit.pitch(), 35.0);
    QCOMPARE(orbit.distance(), 40.0);

    // Without a duration the controller picks one from how far it goes: longer for a longer way.
    orbit.flyTo(QVector3D(12, 2, -5), 65, 35, 40);
    const int nearby = orbit.flightDurationMs();
    orbit.settle();
    orbit.flyTo(QVector3D(-200, 0, 300), 245, 60, 400);
    const int far = orbit.flightDurationMs();
    QVERIFY2(nearby >= 900 && nearby < far && far <= 2500,
             qPrintable(QStringLiteral("%1 %2").arg(nearby).arg(far)));
    // The internal timer flies by itself, in about the time it said.
    QSignalSpy done(&orbit, &OrbitController::flightFinished);
    QVERIFY(done.wait(far + 2000));
    QCOMPARE(orbit.target(), QVector3D(-200, 0, 300));
}

void tst_OrbitController::flightEasesInAndOut()
{
    OrbitController orbit;
    orbit.setView(0, 20, 100);
    orbit.flyTo(QVector3D(100, 0, 0), 0, 20, 100, 2000);
    // Metres the camera travels in the first, the middle and the last 40 ms.
    auto travel = [&] {
        const QVector3D a = orbit.position();
        orbit.step(0.04);
        return (orbit.position() - a).length();
    };
    const float start = travel();
    for (int i = 0; i < 24; ++i) // to 1.0 s
        orbit.step(0.04);
    const float middle = travel();
    for (int i = 0; i < 23; ++i) // to 1.96 s
        orbit.step(0.04);
    QVERIFY(orbit.flying());
    const float end = travel();
    QVERIFY(!orbit.flying());
    QVERIFY2(middle > 10 * start && middle > 10 * end,
             qPrintable(QStringLiteral("%1 %2 %3").arg(start).arg(middle).arg(end)));
    QVERIFY(start > 0);
}

void tst_OrbitController::flightTakesTheShortWayRound()
{
    OrbitController orbit;
    orbit.setView(170, 20, 100);
    orbit.flyTo(QVector3D(), -170, 20, 100, 1000);
    orbit.step(0.5);
    // Halfway from 170 to -170 the short way is 180 (behind), not 0 (the long way through the front).
    const qreal halfway = std::fmod(orbit.yaw() + 360, 360.0);
    QVERIFY2(qAbs(halfway - 180) < 1e-6, qPrintable(QString::number(orbit.yaw())));
    orbit.step(0.5);
    QCOMPARE(std::fmod(orbit.yaw() + 720, 360.0), 190.0); // -170
    QVERIFY(orbit.yaw() > 170);
}

void tst_OrbitController::flightToAViewMatchesTheView()
{
    // A camera preset is a position and a point to look at: the camera ends exactly there, looking there.
    OrbitController orbit;
    orbit.setMinPitch(-30);
    orbit.setGroundLevel(-100);
    const QVector3D position(125, 95, 140), lookAt(0, 8, -5);
    orbit.flyToView(position, lookAt, 500);
    orbit.settle();
    QVERIFY((orbit.position() - position).length() < 1e-3f);
    QVERIFY((orbit.target() - lookAt).length() < 1e-4f);
    const QVector3D forward = orbit.rotation().rotatedVector(QVector3D(0, 0, -1));
    QVERIFY((forward - (lookAt - position).normalized()).length() < 1e-4f);
    // From below the target too (a street view looking up at a facade).
    orbit.flyToView(QVector3D(-4, 1.7f, 66), QVector3D(-12, 6, 38), 500);
    orbit.settle();
    QVERIFY((orbit.position() - QVector3D(-4, 1.7f, 66)).length() < 1e-3f);
}

void tst_OrbitController::gestureMidFlightStopsItWhereItIs()
{
    OrbitController orbit;
    orbit.setDamping(0.1);
    orbit.setView(0, 20, 100);
    QSignalSpy interrupted(&orbit, &OrbitController::flightInterrupted);
    QSignalSpy finished(&orbit, &OrbitController::flightFinished);
    orbit.flyTo(QVector3D(50, 0, 0), 90, 40, 60, 1000);
    orbit.step(0.4);
    const QVector3D there = orbit.position();
    const qreal yaw = orbit.yaw();
    orbit.orbit(40, 0); // a finger on the screen
    QVERIFY(!orbit.flying());
    QCOMPARE(interrupted.count(), 1);
    QCOMPARE(orbit.position(), there);     // no jump
    QCOMPARE(orbit.goalYaw(), yaw - 10.0); // the drag acts from where the camera was
    orbit.step(0.016);
    QVERIFY((orbit.position() - there).length() < 2.0f); // eases on from there
    for (int i = 0; i < 200 && orbit.moving(); ++i)
        orbit.step(0.05);
    QCOMPARE(orbit.yaw(), yaw - 10.0);
    QCOMPARE(finished.count(), 0); // the flight never arrives
    QVERIFY(orbit.target() != QVector3D(50, 0, 0));

    // Pan and zoom stop a flight the same way.
    orbit.flyTo(QVector3D(), 0, 20, 100, 1000);
    orbit.step(0.3);
    orbit.zoom(1.1);
    QCOMPARE(interrupted.count(), 2);
    orbit.flyTo(QVector3D(), 0, 20, 100, 1000);
    orbit.step(0.3);
    orbit.pan(5, 5, 800);
    QCOMPARE(interrupted.count(), 3);
    QVERIFY(!orbit.flying());
}

void tst_OrbitController::stopAndSettleEndAFlight()
{
    OrbitController orbit;
    orbit.setView(0, 20, 100);
    QSignalSpy interrupted(&orbit, &OrbitController::flightInterrupted);
    QSignalSpy finished(&orbit, &OrbitController::flightFinished);
    orbit.flyTo(QVector3D(30, 0, 0), 45, 30, 50, 1000);
    orbit.step(0.5);
    const QVector3D there = orbit.position();
    orbit.stopFlight();
    QVERIFY(!orbit.flying());
    QVERIFY(!orbit.moving());
    QCOMPARE(orbit.position(), there);
    QCOMPARE(interrupted.count(), 1);
    orbit.step(0.5);
    QCOMPARE(orbit.position(), there); // stays stopped
    orbit.stopFlight();                // not flying: nothing
    QCOMPARE(interrupted.count(), 1);

    orbit.flyTo(QVector3D(30, 0, 0), 45, 30, 50, 1000);
    orbit.step(0.1);
    orbit.settle(); // screenshots: straight to the end
    QCOMPARE(finished.count(), 1);
    QCOMPARE(orbit.target(), QVector3D(30, 0, 0));
    QCOMPARE(orbit.distance(), 50.0);
    // A new flight replaces one in progress, which counts as interrupted.
    orbit.flyTo(QVector3D(), 0, 20, 100, 1000);
    orbit.step(0.1);
    orbit.flyTo(QVector3D(10, 0, 0), 0, 20, 100, 1000);
    QCOMPARE(interrupted.count(), 2);
    QVERIFY(orbit.flying());
}

void tst_OrbitController::frameFliesAndSetsTheDistanceLimits()
{
    OrbitController orbit;
    orbit.setView(0, 20, 1000);
    const QVector3D min(-60, 0, -40), max(100, 30, 80);
    QSignalSpy finished(&orbit, &OrbitController::flightFinished);
    orbit.frame(min, max, true);
    QVERIFY(orbit.flying());
    QCOMPARE(orbit.distance(), 1000.0);
    for (int i = 0; i < 100 && orbit.flying(); ++i)
        orbit.step(0.05);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(orbit.target(), (min + max) / 2);
    // A framed site can be zoomed to about 5 m and out to about 3x its diagonal, no further.
    const qreal diagonal = (max - min).length();
    QCOMPARE(orbit.minDistance(), 5.0);
    QVERIFY(orbit.maxDistance() >= 2.5 * diagonal && orbit.maxDistance() <= 3.5 * diagonal);
    orbit.setDamping(0);
    orbit.zoom(1e-6);
    QCOMPARE(orbit.distance(), orbit.maxDistance());
}

namespace {
bool insideGrown(const QVector3D &p, const QVector3D &min, const QVector3D &max, float grow)
{
    const QVector3D g(grow, grow, grow);
    const QVector3D mn = min - g, mx = max + g;
    return p.x() > mn.x() && p.y() > mn.y() && p.z() > mn.z() && p.x() < mx.x() && p.y() < mx.y() &&
           p.z() < mx.z();
}
} // namespace

void tst_OrbitController::neverInsideABuilding()
{
    // A building 20 x 30 x 20 m; the camera looks at a point in front of it and swings round behind.
    const QVector3D min(-10, 0, -10), max(10, 30, 10);
    OrbitController orbit;
    orbit.setDamping(0.1);
    orbit.setObstacles({{min, max}});
    orbit.setView(0, 10, 30);
    orbit.focus(QVector3D(0, 5, 25));
    orbit.settle();
    QVERIFY(!insideGrown(orbit.position(), min, max, 0.99f));
    bool wouldHaveEntered = false;
    for (int i = 0; i < 90; ++i) { // drag round by 180 degrees, easing as on screen
        orbit.orbit(-8, 0);
        orbit.step(0.016);
        QVERIFY2(!insideGrown(orbit.position(), min, max, 0.99f), qPrintable(QString::number(i)));
        wouldHaveEntered = wouldHaveEntered || orbit.distance() > 30.5;
    }
    orbit.settle();
    QVERIFY(!insideGrown(orbit.position(), min, max, 0.99f));
    QVERIFY(wouldHaveEntered); // the path did cross the building: the push-out was needed
    // It went out the far side along the line of sight (further from the target), not through it.
    QVERIFY(orbit.distance() > 30);
    QVERIFY2(orbit.position().z() < min.z() - 1, qPrintable(QString::number(orbit.position().z())));

    // Framing the building puts the target inside it: zooming in stops at its wall.
    orbit.frame(min, max);
    orbit.setDamping(0);
    orbit.zoom(1e6);
    QVERIFY(!insideGrown(orbit.position(), min, max, 0.99f));
    QVERIFY(orbit.distance() > orbit.minDistance());
    for (int i = 0; i < 36; ++i) {
        orbit.orbit(20, 3);
        QVERIFY(!insideGrown(orbit.position(), min, max, 0.99f));
    }
    // A flight whose end is inside the building ends outside it, as does every frame on the way.
    orbit.setDamping(0.1);
    orbit.flyTo(QVector3D(0, 10, 0), 200, 20, 6, 1000);
    for (int i = 0; i < 25 && orbit.flying(); ++i) {
        orbit.step(0.05);
        QVERIFY(!insideGrown(orbit.position(), min, max, 0.99f));
    }
    QVERIFY(!orbit.flying());
}

void tst_OrbitController::neverUnderTheGround()
{
    OrbitController orbit;
    orbit.setDamping(0);
    orbit.setMinPitch(-40); // allowed to look up, but the eye stays above the ground
    orbit.setGroundLevel(2);
    QCOMPARE(orbit.groundLevel(), 2.0);
    orbit.setView(0, 10, 50);
    orbit.focus(QVector3D(0, 2, 0));
    orbit.orbit(0, -1000); // tilt as far down as a finger can
    QVERIFY2(orbit.position().y() >= 3.5f - 1e-4f, qPrintable(QString::number(orbit.position().y())));
    orbit.zoom(1e6); // and in: steeper rather than under
    QVERIFY(orbit.position().y() >= 3.5f - 1e-4f);
    orbit.zoom(1e-6);
    QVERIFY(orbit.position().y() >= 3.5f - 1e-4f);
    // A flight to a view under the ground ends (and flies) above it.
    orbit.setDamping(0.1);
    orbit.flyTo(QVector3D(20, 2, 0), 90, -30, 40, 1000);
    for (int i = 0; i < 25 && orbit.flying(); ++i) {
        orbit.step(0.05);
        QVERIFY(orbit.position().y() >= 3.5f - 1e-4f);
    }
    QVERIFY(!orbit.flying());
    QVERIFY(orbit.position().y() >= 3.5f - 1e-4f);
    // Raising the ground lifts a camera that is already there.
    orbit.setGroundLevel(10);
    QVERIFY(orbit.position().y() >= 11.5f - 1e-4f);
}

// The finder's panels cover the left of the view and a card the right: what is framed is drawn in the
// middle of the rest, fits into it, stays there under gestures, and the target itself is not moved
// (so the pan area cannot clamp the shift away and orbiting turns around what was framed).
void tst_OrbitController::panelsOnTheSidesMoveTheViewIntoTheFreePart()
{
    OrbitController orbit;
    orbit.setDamping(0);
    orbit.setFieldOfView(40);
    orbit.setAspectRatio(1.6);
    orbit.setCoveredLeft(0.4);
    orbit.setCoveredRight(0.1);
    const QVector3D min(-60, 0, -40), max(100, 30, 80);
    orbit.frame(min, max);
    QCOMPARE(orbit.target(), (min + max) / 2);
    const auto across = [&](const QVector3D &p) { return orbit.viewPosition(p).x(); };
    QVERIFY2(qAbs(across(orbit.target()) - 0.65) < 1e-3, qPrintable(QString::number(across(orbit.target()))));
    qreal left = 1, right = 0;
    for (int corner = 0; corner < 8; ++corner) {
        const QVector3D p(corner & 1 ? max.x() : min.x(), corner & 2 ? max.y() : min.y(),
                          corner & 4 ? max.z() : min.z());
        const QPointF at = orbit.viewPosition(p);
        QVERIFY2(at.x() >= 0.4 - 1e-3 && at.x() <= 0.9 + 1e-3 && at.y() >= 0 && at.y() <= 1,
                 qPrintable(QStringLiteral("corner %1 at %2, %3").arg(corner).arg(at.x()).arg(at.y())));
        left = std::min(left, at.x());
        right = std::max(right, at.x());
    }
    // Not a speck in the free part either: it reaches (nearly) one of its sides.
    QVERIFY2(left < 0.43 || right > 0.87, qPrintable(QStringLiteral("%1 .. %2").arg(left).arg(right)));
    // The camera still looks straight along its orbit: the horizon stays level.
    QVERIFY(qAbs(orbit.rotation().rotatedVector(QVector3D(1, 0, 0)).y()) < 1e-5);
    // Orbiting and zooming keep the target where it is drawn.
    orbit.orbit(120, 40);
    orbit.zoom(1.5);
    QVERIFY(qAbs(across(orbit.target()) - 0.65) < 1e-3);
    // A target at the edge of the pan area is drawn beside the panels too (the shift is no pan).
    orbit.flyTo(QVector3D(-100, 0, 0), 0, 20, 60, 0);
    QCOMPARE(orbit.target(), QVector3D(-100, 0, 0));
    QVERIFY(qAbs(across(orbit.target()) - 0.65) < 1e-3);
    // A panel that closes: the view eases back (no jump) to the middle of what is free now.
    orbit.setDamping(0.1);
    orbit.setCoveredLeft(0);
    QVERIFY(orbit.moving());
    QVERIFY(qAbs(across(orbit.target()) - 0.65) < 1e-3);
    for (int i = 0; i < 100 && orbit.moving(); ++i)
        orbit.step(0.05);
    QVERIFY(!orbit.moving());
    QVERIFY2(qAbs(across(orbit.target()) - 0.45) < 1e-3, qPrintable(QString::number(across(orbit.target()))));
    // A flight under way when a panel opens ends beside it.
    orbit.flyTo(QVector3D(10, 0, 10), 90, 30, 80, 1000);
    orbit.step(0.3);
    orbit.setCoveredLeft(0.5);
    orbit.setCoveredRight(0);
    QVERIFY(orbit.flying());
    orbit.settle();
    QVERIFY(qAbs(across(QVector3D(10, 0, 10)) - 0.75) < 1e-3);
}

// The shifted camera is where the building rule looks: it is never inside a building either.
void tst_OrbitController::aShiftedCameraStaysOutOfBuildings()
{
    OrbitController orbit;
    orbit.setDamping(0);
    orbit.setCoveredLeft(0.6);
    // Looking down -Z at a target 40 m in front of a tall box that sits where the shifted camera would.
    orbit.flyTo(QVector3D(0, 10, 0), 0, 10, 40, 0);
    const QVector3D camera = orbit.position();
    QVERIFY2(camera.x() < -5, qPrintable(QString::number(camera.x()))); // it moved left of its orbit
    orbit.setObstacles({{camera - QVector3D(3, 20, 3), camera + QVector3D(3, 20, 3)}});
    const QVector3D p = orbit.position();
    const auto box = orbit.obstacles().first();
    QVERIFY2(!(p.x() > box.first.x() - 1 && p.x() < box.second.x() + 1 && p.z() > box.first.z() - 1 &&
               p.z() < box.second.z() + 1),
             qPrintable(QStringLiteral("%1 %2 %3").arg(p.x()).arg(p.y()).arg(p.z())));
    QVERIFY(qAbs(orbit.viewPosition(orbit.target()).x() - 0.8) < 1e-3);
}

QTEST_GUILESS_MAIN(tst_OrbitController)
#include "tst_orbitcontroller.moc"
