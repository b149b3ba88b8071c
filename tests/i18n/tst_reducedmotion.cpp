// Reduced motion (shell::Preferences): with it on, a camera flight, whoever starts it, is a cut — the
// camera is at the flight's goal before the next frame and never shows a view in between; with it off,
// flights still ease (so the test can tell the two apart), and turning it on ends a flight under way.
#include "scene/OrbitController.h"
#include "shell/Preferences.h"
#include "shell/ShowroomServices.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace showroom;

class tst_ReducedMotion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void flightsEaseByDefault();
    void reducedMotionCutsFlights();
    void turningItOnEndsAFlightUnderWay();
    void theServicesCameraObeysIt();

private:
    static void prepare(scene::OrbitController &camera)
    {
        camera.frame(QVector3D(-60, 0, -60), QVector3D(60, 25, 60));
        camera.settle();
    }
};

void tst_ReducedMotion::flightsEaseByDefault()
{
    scene::OrbitController camera;
    shell::Preferences preferences(&camera);
    prepare(camera);
    QVERIFY(!preferences.reducedMotion());
    const qreal startYaw = camera.yaw();
    camera.flyTo(QVector3D(10, 0, 10), startYaw + 90, 30, 60);
    const qreal goalYaw = camera.goalYaw();
    QTest::qWait(150);
    QVERIFY(camera.flying());
    // Somewhere in between: an eased flight, not a jump.
    QVERIFY2(
        qAbs(camera.yaw() - startYaw) > 0.01 && qAbs(camera.yaw() - goalYaw) > 0.01,
        qPrintable(QStringLiteral("yaw %1 (from %2 to %3)").arg(camera.yaw()).arg(startYaw).arg(goalYaw)));
}

void tst_ReducedMotion::reducedMotionCutsFlights()
{
    scene::OrbitController camera;
    shell::Preferences preferences(&camera);
    prepare(camera);
    QSignalSpy setting(&preferences, &shell::Preferences::reducedMotionChanged);
    preferences.setReducedMotion(true);
    QCOMPARE(setting.count(), 1);

    const qreal startYaw = camera.yaw();
    QList<qreal> seen;
    connect(&camera, &scene::OrbitController::cameraChanged, this, [&] { seen << camera.yaw(); });
    camera.flyTo(QVector3D(10, 0, 10), startYaw + 90, 30, 60);
    const qreal goalYaw = camera.goalYaw();
    const QVector3D goalTarget = camera.goalTarget();
    QCoreApplication::processEvents(); // the cut comes before any frame of the flight
    QVERIFY(!camera.flying());
    QVERIFY(!camera.moving());
    QCOMPARE(camera.yaw(), goalYaw);
    QVERIFY(qFuzzyCompare(camera.target(), goalTarget));
    for (qreal yaw : std::as_const(seen))
        QVERIFY2(qFuzzyCompare(yaw, startYaw) || qFuzzyCompare(yaw, goalYaw),
                 qPrintable(QStringLiteral("a view in between: yaw %1").arg(yaw)));
    // Off again: flights ease again.
    preferences.setReducedMotion(false);
    camera.flyTo(QVector3D(-10, 0, -10), goalYaw - 90, 35, 70);
    QCoreApplication::processEvents();
    QVERIFY(camera.flying());
}

void tst_ReducedMotion::turningItOnEndsAFlightUnderWay()
{
    scene::OrbitController camera;
    shell::Preferences preferences(&camera);
    prepare(camera);
    camera.flyTo(QVector3D(10, 0, 10), camera.yaw() + 120, 30, 60);
    const qreal goalYaw = camera.goalYaw();
    QVERIFY(camera.flying());
    preferences.setReducedMotion(true);
    QVERIFY(!camera.flying());
    QCOMPARE(camera.yaw(), goalYaw);
}

void tst_ReducedMotion::theServicesCameraObeysIt()
{
    shell::ShowroomServices services;
    services.preferences().setReducedMotion(true);
    scene::OrbitController &camera = services.camera();
    prepare(camera);
    camera.flyToView(QVector3D(80, 40, 80), QVector3D(0, 0, 0));
    QCoreApplication::processEvents();
    QVERIFY(!camera.flying());
    QCOMPARE(services.preferences().reducedMotion(), true);
}

QTEST_GUILESS_MAIN(tst_ReducedMotion)
#include "tst_reducedmotion.moc"
