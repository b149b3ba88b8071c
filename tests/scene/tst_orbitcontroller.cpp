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

QTEST_GUILESS_MAIN(tst_OrbitController)
#include "tst_orbitcontroller.moc"
