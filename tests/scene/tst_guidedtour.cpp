// The guided tour a kiosk plays while nobody touches it: the development's camera presets, then its
// points of interest, in order, with their captions; it ends with the camera at the last stop, and the
// first touch (a gesture, or stop() from any key or tap) ends it where the camera is.
#include "core/ManifestLoader.h"
#include "scene/GuidedTour.h"
#include "scene/OrbitController.h"

#include <QSignalSpy>
#include <QTest>
#include <QtMath>

using namespace showroom;
using scene::GuidedTour;
using scene::OrbitController;

class tst_GuidedTour : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stopsFromTheManifest();
    void fullRunVisitsEachStopInOrder();
    void gestureMidFlightEndsIt();
    void stopEndsIt_data();
    void stopEndsIt();
    void startsWhileTheCameraIsStillFlying();
    void followsTheDevelopment();

private:
    core::DevelopmentData m_demo;
};

void tst_GuidedTour::initTestCase()
{
    const core::ManifestResult manifest = core::loadManifest(QStringLiteral(SHOWROOM_DEMO_DIR));
    QVERIFY2(manifest.ok(), qPrintable(manifest.errors.join('\n')));
    m_demo = manifest.data;
    QVERIFY(m_demo.cameraPresets.size() >= 2);
    QVERIFY(m_demo.pointsOfInterest.size() >= 2);
}

void tst_GuidedTour::stopsFromTheManifest()
{
    const QList<scene::TourStop> stops = GuidedTour::stopsFrom(m_demo);
    QStringList expected;
    for (const core::CameraPreset &preset : m_demo.cameraPresets)
        expected << "preset:" + preset.id;
    for (const core::PointOfInterest &poi : m_demo.pointsOfInterest) {
        if (poi.hasPosition)
            expected << "poi:" + poi.id;
    }
    QStringList ids;
    for (const scene::TourStop &stop : stops)
        ids << stop.kind + ':' + stop.id;
    QCOMPARE(ids, expected);
    QCOMPARE(ids.first(), QStringLiteral("preset:overview"));
    QCOMPARE(ids.last(), QStringLiteral("poi:bikes"));

    // A preset is flown to exactly as the manifest says.
    const core::CameraPreset &first = m_demo.cameraPresets.first();
    QCOMPARE(stops.first().title, first.name);
    QCOMPARE(stops.first().cameraPosition, first.position);
    QCOMPARE(stops.first().lookAt, first.target);

    // A point of interest is looked at from 40 m, 30 degrees above, from its side facing the site centre.
    QVector3D centre;
    for (const core::CameraPreset &preset : m_demo.cameraPresets)
        centre += preset.target / float(m_demo.cameraPresets.size());
    for (const scene::TourStop &stop : stops) {
        if (stop.kind != "poi")
            continue;
        const core::PointOfInterest *poi = nullptr;
        for (const core::PointOfInterest &p : m_demo.pointsOfInterest)
            poi = p.id == stop.id ? &p : poi;
        QVERIFY(poi);
        QCOMPARE(stop.title, poi->name);
        QCOMPARE(stop.description, poi->description);
        QCOMPARE(stop.lookAt, poi->position);
        const QVector3D offset = stop.cameraPosition - stop.lookAt;
        QVERIFY(qAbs(offset.length() - 40) < 1e-3f);
        QVERIFY(qAbs(qRadiansToDegrees(std::asin(offset.y() / offset.length())) - 30) < 1e-3);
        auto flat = [](QVector3D v) { return QVector3D(v.x(), 0, v.z()).normalized(); };
        const float facing = QVector3D::dotProduct(flat(offset), flat(centre - poi->position));
        QVERIFY2(facing > 0.999f, qPrintable(stop.id));
    }
}

void tst_GuidedTour::fullRunVisitsEachStopInOrder()
{
    OrbitController controller;
    GuidedTour tour;
    tour.setController(&controller);
    tour.setStops(GuidedTour::stopsFrom(m_demo));
    tour.setHoldMs(20);
    tour.setFlightMs(60);
    QCOMPARE(tour.count(), m_demo.cameraPresets.size() + m_demo.pointsOfInterest.size());
    QCOMPARE(tour.currentIndex(), -1);
    QSignalSpy started(&tour, &GuidedTour::started);
    QSignalSpy finished(&tour, &GuidedTour::finished);
    QList<int> reached;
    QStringList captions;
    connect(&tour, &GuidedTour::stopReached, this, [&](int index) {
        reached << index;
        captions << tour.caption();
        // Arrived: the camera is where the stop says, looking at its point.
        const scene::TourStop stop = tour.stops().at(index);
        QVERIFY((controller.target() - stop.lookAt).length() < 1e-3f);
    });
    tour.start();
    QVERIFY(tour.running());
    QCOMPARE(started.count(), 1);
    QCOMPARE(tour.currentIndex(), 0);
    QCOMPARE(tour.caption(), m_demo.cameraPresets.first().name); // shown while flying there
    QVERIFY(controller.flying());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().first().toBool(), true);
    QList<int> order;
    QStringList titles;
    for (int i = 0; i < tour.count(); ++i) {
        order << i;
        titles << tour.stops().at(i).title;
    }
    QCOMPARE(reached, order);
    QCOMPARE(captions, titles);
    QVERIFY(!tour.running());
    QCOMPARE(tour.currentIndex(), -1);
    QCOMPARE(tour.caption(), QString());
    // The camera stays at the last stop.
    const scene::TourStop last = tour.stops().last();
    QVERIFY((controller.position() - last.cameraPosition).length() < 1e-2f);
    QVERIFY((controller.target() - last.lookAt).length() < 1e-3f);
}

void tst_GuidedTour::gestureMidFlightEndsIt()
{
    OrbitController controller;
    GuidedTour tour;
    tour.setController(&controller);
    tour.setStops(GuidedTour::stopsFrom(m_demo));
    tour.setHoldMs(10);
    tour.setFlightMs(5000);
    QSignalSpy finished(&tour, &GuidedTour::finished);
    QSignalSpy reached(&tour, &GuidedTour::stopReached);
    tour.start();
    controller.step(1.0); // a fifth of the way to the first stop
    QVERIFY(controller.flying());
    const QVector3D there = controller.position();
    controller.orbit(30, 0); // a finger on the screen
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!tour.running());
    QCOMPARE(tour.currentIndex(), -1);
    QCOMPARE(controller.position(), there); // the buyer takes over from where the camera was
    QTest::qWait(50);
    QCOMPARE(reached.count(), 0); // and the tour does not come back
    QCOMPARE(finished.count(), 1);
}

void tst_GuidedTour::stopEndsIt_data()
{
    QTest::addColumn<bool>("whileFlying"); // else while holding at a stop
    QTest::newRow("mid-flight") << true;
    QTest::newRow("holding at a stop") << false;
}

void tst_GuidedTour::stopEndsIt()
{
    QFETCH(bool, whileFlying);
    OrbitController controller;
    GuidedTour tour;
    tour.setController(&controller);
    tour.setStops(GuidedTour::stopsFrom(m_demo));
    tour.setHoldMs(whileFlying ? 10 : 60000);
    tour.setFlightMs(whileFlying ? 5000 : 0);
    QSignalSpy finished(&tour, &GuidedTour::finished);
    QSignalSpy reached(&tour, &GuidedTour::stopReached);
    tour.start();
    controller.step(0.5);
    QCOMPARE(reached.count(), whileFlying ? 0 : 1);
    const QVector3D there = controller.position();
    tour.stop();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!tour.running());
    QVERIFY(!controller.flying());
    QCOMPARE(controller.position(), there);
    tour.stop(); // again: nothing
    QCOMPARE(finished.count(), 1);
    QTest::qWait(50);
    QCOMPARE(reached.count(), whileFlying ? 0 : 1);
}

void tst_GuidedTour::startsWhileTheCameraIsStillFlying()
{
    // The app's own framing flight is still under way when the kiosk goes idle: the tour replaces it
    // and carries on (only a flight of the tour's own, interrupted, ends it).
    OrbitController controller;
    controller.frame(QVector3D(-50, 0, -50), QVector3D(50, 25, 50), true);
    QVERIFY(controller.flying());
    GuidedTour tour;
    tour.setController(&controller);
    tour.setStops(GuidedTour::stopsFrom(m_demo));
    tour.setFlightMs(1000);
    QSignalSpy finished(&tour, &GuidedTour::finished);
    QSignalSpy reached(&tour, &GuidedTour::stopReached);
    tour.start();
    QVERIFY(tour.running());
    QCOMPARE(finished.count(), 0);
    controller.step(1.0);
    QCOMPARE(reached.count(), 1);
    tour.stop();
}

void tst_GuidedTour::followsTheDevelopment()
{
    core::Development development;
    GuidedTour tour;
    tour.setDevelopment(&development);
    QCOMPARE(tour.count(), 0);
    QSignalSpy changed(&tour, &GuidedTour::stopsChanged);
    development.setData(m_demo);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(tour.count(), GuidedTour::stopsFrom(m_demo).size());
    QCOMPARE(tour.stopId(0), m_demo.cameraPresets.first().id);
    QCOMPARE(tour.stopId(tour.count()), QString());
    QCOMPARE(tour.stopId(-1), QString());
    tour.start(); // no controller: nothing to fly
    QVERIFY(!tour.running());
}

QTEST_GUILESS_MAIN(tst_GuidedTour)
#include "tst_guidedtour.moc"
