// showroom-bench render: the demo development in the real Main.qml at 1280x800, orbiting, against a
// baseline of plain Qt Quick 3D Models (#Cube, one Model each) with the same triangle count under the
// same lights, camera, motion-quality rule and window, measured in the same run. Reports frames per second
// while orbiting, the time to the first frame of the site, and the ratio. Needs a real frame: run under Xvfb
// (tests/with-xvfb.sh) or a display.
#include "DemoShowroom.h"
#include "core/ManifestLoader.h"
#include "scene/GuidedTour.h"
#include "scene/OrbitController.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace showroom;

namespace {

struct Figures
{
    qint64 firstFrameMs = -1; // from starting the load to the first frame with the scene in it
    double fps = 0;           // frames presented per second while the camera orbits
    int frames = 0;
    QString error;
};

// Waits for `ready`, notes the first frame presented after it, then turns the camera a little every
// frame for `seconds` and counts the frames presented.
Figures measure(QQuickWindow *window, scene::OrbitController *orbit, const QElapsedTimer &sinceLoad,
                const std::function<bool()> &ready, double seconds)
{
    Figures f;
    if (window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software) {
        f.error = QStringLiteral("the Software scene graph draws no 3D: run under X (tests/with-xvfb.sh)");
        return f;
    }
    bool isReady = false;
    int frames = 0;
    const auto connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (isReady && f.firstFrameMs < 0)
            f.firstFrameMs = sinceLoad.elapsed();
        ++frames;
    });
    if (!waitUntil([&] { return (isReady = ready()); }, 120000)) {
        f.error = QStringLiteral("the scene was not ready after 120 s");
        QObject::disconnect(connection);
        return f;
    }
    window->update();
    if (!waitUntil([&] { return f.firstFrameMs >= 0; }, 120000)) {
        f.error = QStringLiteral("no frame after 120 s");
        QObject::disconnect(connection);
        return f;
    }
    // Orbit the way a visitor's drag does (through the damped controller, so the view is "moving" and
    // drawn in its motion quality): each presented frame drags a few more pixels.
    QElapsedTimer clock;
    clock.start();
    frames = 0;
    // Each presented frame moves the camera on (queued to the GUI thread), which asks for the next.
    const auto step = QObject::connect(
        window, &QQuickWindow::frameSwapped, orbit, [orbit] { orbit->orbit(6, 0); }, Qt::QueuedConnection);
    orbit->orbit(6, 0);
    // At least `seconds` and at least 5 frames: a loaded machine may need seconds per frame.
    waitUntil([&] { return clock.elapsed() >= qint64(seconds * 1000) && frames >= 5; },
              int(seconds * 1000) + 120000);
    QObject::disconnect(step);
    // To look at what a visitor sees mid-drag (motion quality): SHOWROOM_BENCH_GRAB=<file.png>.
    static bool grabbed = false; // the demo's frame, not the baseline's
    if (qEnvironmentVariableIsSet("SHOWROOM_BENCH_GRAB") && orbit->moving() && !grabbed)
        grabbed = window->grabWindow().save(qEnvironmentVariable("SHOWROOM_BENCH_GRAB"));
    f.frames = frames;
    f.fps = frames / (clock.elapsed() / 1000.0);
    QObject::disconnect(connection);
    return f;
}

// Plain Qt Quick 3D: one #Cube Model (12 triangles) per box on a grid over the same footprint, with
// the same sky, lights, shadows, camera framing and window as SiteView.qml.
const char *BaselineQml = R"(
import QtQuick
import QtQuick3D
import Showroom.Scene

Window {
    id: window
    property alias orbit: orbit
    property int count: 0
    property vector3d boundsMin
    property vector3d boundsMax
    property bool ready: repeater.count === count
    visible: true
    color: "#e3e8e6"
    OrbitController { id: orbit; aspectRatio: window.width / window.height }
    View3D {
        anchors.fill: parent
        camera: camera
        environment: SceneEnvironment {
            backgroundMode: SceneEnvironment.Color
            clearColor: "#a9c6e0"
            antialiasingMode: orbit.moving ? SceneEnvironment.NoAA : SceneEnvironment.MSAA
            antialiasingQuality: SceneEnvironment.High
        }
        PerspectiveCamera {
            id: camera
            position: orbit.position
            rotation: orbit.rotation
            fieldOfView: orbit.fieldOfView
            clipNear: Math.max(0.2, orbit.distance * 0.01)
            clipFar: 1500
        }
        DirectionalLight {
            eulerRotation: Qt.vector3d(-48, -35, 0)
            brightness: 1.05
            ambientColor: "#4a5058"
            castsShadow: !orbit.moving // as SiteView.qml: no shadows while the camera moves
            shadowMapQuality: Light.ShadowMapQualityHigh
            shadowFactor: 55
            shadowFilter: 8
            shadowBias: 0.02
            shadowMapFar: 2000
        }
        DirectionalLight { eulerRotation: Qt.vector3d(-25, 150, 0); brightness: 0.35 }
        PrincipledMaterial { id: material; baseColor: "#d8d0c4"; roughness: 0.8 }
        Repeater3D {
            id: repeater
            model: window.count
            Model {
                readonly property int side: Math.ceil(Math.sqrt(window.count))
                source: "#Cube"
                pickable: true
                scale: Qt.vector3d(0.015, 0.015, 0.015)
                position: Qt.vector3d(
                    window.boundsMin.x + (index % side + 0.5) * (window.boundsMax.x - window.boundsMin.x) / side,
                    1 + (index % 7),
                    window.boundsMin.z + (Math.floor(index / side) + 0.5) * (window.boundsMax.z - window.boundsMin.z) / side)
                materials: material
            }
        }
    }
}
)";

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

struct TourFigures
{
    double orbitFps = 0, tourFps = 0;
    int orbitFrames = 0, tourFrames = 0, toursFlown = 0;
    double orbitSeconds = 0, tourSeconds = 0;
};

// The guided tour against orbiting, in the same window and run: alternating phases (orbit, tour, tour,
// orbit, …) so slow changes in machine load hit both alike. Tour frames and time count only while the
// camera is flying between stops (a stop's hold draws nothing new: a still scene is not redrawn).
TourFigures measureTour(DemoShowroom &showroom, int rounds, double phaseSeconds)
{
    TourFigures f;
    QQuickWindow *window = showroom.window();
    scene::OrbitController &camera = showroom.services().camera();
    scene::GuidedTour &tour = showroom.services().tour();
    tour.setHoldMs(150);
    enum Phase
    {
        Idle,
        Orbit,
        Tour
    } phase = Idle;
    QElapsedTimer flightClock;
    qint64 flownNs = 0;
    const auto counting = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (phase == Orbit) {
            ++f.orbitFrames;
            camera.orbit(6, 0); // keep turning, as under a visitor's finger
        } else if (phase == Tour && camera.flying()) {
            ++f.tourFrames;
        }
    });
    const auto flying = QObject::connect(&camera, &scene::OrbitController::flyingChanged, window, [&] {
        if (phase != Tour)
            return;
        if (camera.flying())
            flightClock.start();
        else if (flightClock.isValid())
            flownNs += flightClock.nsecsElapsed(), flightClock.invalidate();
    });
    const auto again = QObject::connect(&tour, &scene::GuidedTour::finished, window, [&] {
        if (phase == Tour) {
            ++f.toursFlown;
            QTimer::singleShot(0, &tour, [&] { tour.start(); });
        }
    });
    for (int round = 0; round < rounds; ++round) {
        for (Phase p : {round % 2 ? Tour : Orbit, round % 2 ? Orbit : Tour}) {
            QElapsedTimer clock;
            clock.start();
            phase = p;
            if (p == Tour) {
                flownNs = 0;
                tour.start();
            } else {
                camera.orbit(6, 0);
            }
            waitUntil([&] { return clock.elapsed() >= qint64(phaseSeconds * 1000); },
                      int(phaseSeconds * 1000) + 60000);
            if (p == Tour) {
                if (flightClock.isValid())
                    flownNs += flightClock.nsecsElapsed(), flightClock.invalidate();
                phase = Idle;
                tour.stop();
                f.tourSeconds += flownNs / 1e9;
            } else {
                phase = Idle;
                f.orbitSeconds += clock.elapsed() / 1000.0;
            }
            camera.settle();
            waitUntil([] { return false; }, 200); // let the last frame of the phase go
        }
    }
    QObject::disconnect(counting);
    QObject::disconnect(flying);
    QObject::disconnect(again);
    f.orbitFps = f.orbitSeconds > 0 ? f.orbitFrames / f.orbitSeconds : 0;
    f.tourFps = f.tourSeconds > 0 ? f.tourFrames / f.tourSeconds : 0;
    return f;
}

} // namespace

int bench_render(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("showroom-bench render: demo site vs plain Models"));
    parser.addHelpOption();
    const QCommandLineOption developmentOption(QStringLiteral("development"),
                                               QStringLiteral("Development package (default: the demo)."),
                                               QStringLiteral("DIR"), QStringLiteral(SHOWROOM_DEMO_DIR));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Orbit time per scene."),
                                           QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    parser.addOptions({developmentOption, secondsOption, sizeOption});
    parser.process(QCoreApplication::arguments());
    const double seconds = std::max(1.0, parser.value(secondsOption).toDouble());
    const QStringList wh = parser.value(sizeOption).split('x');
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    if (size.width() < 64 || size.height() < 64) {
        std::fprintf(stderr, "render: bad --size %s\n", qPrintable(parser.value(sizeOption)));
        return 2;
    }

    QStandardPaths::setTestModeEnabled(true); // never touch the user's cache or database
    QTemporaryDir cache;                      // a cold import: what a first start costs
    const core::ManifestResult manifest = core::loadManifest(parser.value(developmentOption));
    if (!manifest.ok()) {
        std::fprintf(stderr, "render: %s\n", qPrintable(manifest.errors.constFirst()));
        return 2;
    }

    // 1. The demo in the application's own UI.
    Figures demo;
    TourFigures tour;
    qint64 triangles = 0;
    QVector3D boundsMin, boundsMax;
    int drawCalls = 0;
    {
        DemoShowroom showroom;
        QString error;
        if (!showroom.open(parser.value(developmentOption), cache.path(), size, nullptr, &error)) {
            std::fprintf(stderr, "render: %s\n", qPrintable(error));
            return 1;
        }
        scene::SiteModel &site = showroom.site();
        demo = measure(
            showroom.window(), showroom.orbit(), showroom.sinceOpen(),
            [&] {
                if (site.status() == scene::SiteModel::Error)
                    return true;
                return showroom.window()->property("settled").toBool();
            },
            seconds);
        if (site.status() == scene::SiteModel::Error)
            demo.error = site.errorString();
        triangles = site.triangleCount();
        drawCalls = site.rowCount();
        if (demo.error.isEmpty())
            tour = measureTour(showroom, std::max(2, int(seconds / 2)), 4.0);
        boundsMin = site.buildingsMin();
        boundsMax = site.buildingsMax();
        print(QStringLiteral("render: demo %1x%2: %3 units, %4 draw calls, %5 triangles")
                  .arg(size.width())
                  .arg(size.height())
                  .arg(site.unitIds().size())
                  .arg(drawCalls)
                  .arg(triangles));
    }
    if (!demo.error.isEmpty()) {
        std::fprintf(stderr, "render: demo: %s\n", qPrintable(demo.error));
        return 1;
    }
    print(QStringLiteral("render: demo first_frame_ms %1 (cold import) fps %2 (%3 frames in %4 s of orbit)")
              .arg(demo.firstFrameMs)
              .arg(demo.fps, 0, 'f', 1)
              .arg(demo.frames)
              .arg(seconds));

    // 2. The baseline: as many plain Models as it takes to reach the same triangle count.
    const int cubes = int(std::ceil(triangles / 12.0));
    Figures baseline;
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(&engine);
        component.setData(BaselineQml,
                          QUrl::fromLocalFile(QDir::temp().filePath(QStringLiteral("Baseline.qml"))));
        waitUntil([&] { return !component.isLoading(); }, 30000);
        if (!component.isReady()) {
            std::fprintf(stderr, "render: baseline scene: %s\n", qPrintable(component.errorString()));
            return 1;
        }
        QElapsedTimer sinceLoad;
        sinceLoad.start();
        std::unique_ptr<QObject> root(component.createWithInitialProperties(
            {{"count", cubes}, {"boundsMin", boundsMin}, {"boundsMax", boundsMax}}));
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        if (!window) {
            std::fprintf(stderr, "render: baseline scene did not load: %s\n",
                         qPrintable(component.errorString()));
            return 1;
        }
        window->resize(size);
        window->show();
        auto *orbit = window->property("orbit").value<scene::OrbitController *>();
        if (!orbit) {
            std::fprintf(stderr, "render: baseline scene has no orbit controller\n");
            return 1;
        }
        orbit->frame(QVector3D(boundsMin.x(), 0, boundsMin.z()), QVector3D(boundsMax.x(), 8, boundsMax.z()));
        baseline = measure(
            window, orbit, sinceLoad, [&] { return window->property("ready").toBool(); }, seconds);
    }
    if (!baseline.error.isEmpty()) {
        std::fprintf(stderr, "render: baseline: %s\n", qPrintable(baseline.error));
        return 1;
    }
    print(QStringLiteral(
              "render: baseline %1 #Cube Models (%2 triangles): first_frame_ms %3 fps %4 (%5 frames)")
              .arg(cubes)
              .arg(qint64(cubes) * 12)
              .arg(baseline.firstFrameMs)
              .arg(baseline.fps, 0, 'f', 1)
              .arg(baseline.frames));
    const double ratio = baseline.fps > 0 ? demo.fps / baseline.fps : 0;
    print(QStringLiteral("render: first_frame_ratio %1 (baseline / demo)")
              .arg(demo.firstFrameMs > 0 ? double(baseline.firstFrameMs) / demo.firstFrameMs : 0, 0, 'f', 2));
    print(QStringLiteral("render: fps_ratio %1 first_frame_ms %2")
              .arg(ratio, 0, 'f', 2)
              .arg(demo.firstFrameMs));
    print(
        QStringLiteral("tour: orbit %1 fps (%2 frames in %3 s), tour %4 fps (%5 frames in %6 s of flight, %7 "
                       "tours flown)")
            .arg(tour.orbitFps, 0, 'f', 1)
            .arg(tour.orbitFrames)
            .arg(tour.orbitSeconds, 0, 'f', 1)
            .arg(tour.tourFps, 0, 'f', 1)
            .arg(tour.tourFrames)
            .arg(tour.tourSeconds, 0, 'f', 1)
            .arg(tour.toursFlown));
    print(QStringLiteral("tour: fps_ratio %1")
              .arg(tour.orbitFps > 0 ? tour.tourFps / tour.orbitFps : 0, 0, 'f', 2));
    return 0;
}
