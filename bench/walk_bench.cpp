// showroom-bench walk: walking through a home (issue 10) against orbiting the site, in the same window
// and run. The demo in the real Main.qml; per unit: a timed "Walk inside" (Navigation::walkInside to the
// first frame swapped with the visit Ready and the window settled, the importer's cache warm), a glide
// to every room (the WalkController's own timer moves the visitor, storeys changed with its fade), then
// the balcony view turned across its range. Orbit phases (the tour bench's method: the damped orbit
// camera dragged 6 px per presented frame) before, between and after the walks are the baseline.
// Last line: `walk: fps_ratio <inside fps / orbit fps> enter_ms <slowest timed entry>`.
#include "DemoShowroom.h"
#include "core/ManifestLoader.h"
#include "interior/WalkController.h"
#include "interior/WalkPlan.h"
#include "scene/OrbitController.h"
#include "shell/CameraDirector.h"
#include "shell/Navigation.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <memory>

using namespace showroom;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Runs the event loop until condition() holds, sleeping between events as the app's GUI thread does
// (DemoShowroom's waitUntil spins, which takes a core from llvmpipe on this 2-core machine).
bool waitIdle(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QTimer wake; // re-checks the condition at least every 5 ms
    wake.start(5);
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void pause(int ms)
{
    QElapsedTimer t;
    t.start();
    waitIdle([&] { return t.elapsed() >= ms; }, ms + 1000);
}

// Frames presented and time spent in one kind of motion.
struct Meter
{
    int frames = 0;
    double seconds = 0;
    double fps() const { return seconds > 0 ? frames / seconds : 0; }
    void add(const Meter &m) { frames += m.frames, seconds += m.seconds; }
    QString text() const
    {
        return QStringLiteral("%1 fps (%2 frames in %3 s)")
            .arg(fps(), 0, 'f', 1)
            .arg(frames)
            .arg(seconds, 0, 'f', 2);
    }
};

class WalkBench
{
public:
    WalkBench(DemoShowroom &showroom, double seconds)
        : m_showroom(showroom), m_services(showroom.services()), m_nav(m_services.navigation()),
          m_visit(m_services.visit()), m_walker(*m_visit.walker()), m_seconds(seconds)
    {
        // Every presented frame counts for the meter running now (if any).
        QObject::connect(showroom.window(), &QQuickWindow::frameSwapped, showroom.window(), [this] {
            if (m_counting)
                ++m_counting->frames;
        });
    }

    bool settled() const { return m_showroom.window()->property("settled").toBool(); }

    // Orbit the site the way the tour bench does, from the overview's framing.
    Meter orbit()
    {
        scene::OrbitController &camera = m_services.camera();
        Meter m;
        const auto step = QObject::connect(
            m_showroom.window(), &QQuickWindow::frameSwapped, &camera, [&camera] { camera.orbit(6, 0); },
            Qt::QueuedConnection);
        QElapsedTimer clock;
        clock.start();
        m_counting = &m;
        camera.orbit(6, 0);
        waitIdle([&] { return clock.elapsed() >= qint64(m_seconds * 1000) && m.frames >= 5; },
                 int(m_seconds * 1000) + 120000);
        m.seconds = clock.nsecsElapsed() / 1e9;
        m_counting = nullptr;
        QObject::disconnect(step);
        camera.settle();
        pause(300); // the last frame of the phase goes
        return m;
    }

    // Navigation::walkInside to the first frame whose scene was synchronised after the visit was Ready
    // and the window settled (the page's cross-fade included). -1 on failure (error set).
    qint64 enter(const QString &unitId, QString *error)
    {
        struct Shared
        {
            std::atomic<bool> ready{false}, synced{false};
            std::atomic<qint64> frameNs{-1};
            QElapsedTimer clock;
        };
        auto s = std::make_shared<Shared>();
        QQuickWindow *window = m_showroom.window();
        // On the render thread: the state synchronised after `ready` is the one the next swap shows.
        const auto c1 = QObject::connect(
            window, &QQuickWindow::afterSynchronizing, window, [s] { s->synced = s->ready.load(); },
            Qt::DirectConnection);
        const auto c2 = QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [s] {
                if (s->synced && s->frameNs < 0)
                    s->frameNs = s->clock.nsecsElapsed();
            },
            Qt::DirectConnection);
        s->clock.start();
        if (!m_nav.walkInside(unitId, QStringLiteral("bench"))) {
            *error = QStringLiteral("%1 has no interior").arg(unitId);
            return -1;
        }
        waitIdle(
            [&] {
                if (!s->ready && m_visit.status() == shell::UnitVisit::Ready && settled()) {
                    s->ready = true;
                    window->update();
                }
                return s->frameNs >= 0 || m_visit.status() == shell::UnitVisit::Error;
            },
            120000);
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        if (m_visit.status() == shell::UnitVisit::Error)
            *error = QStringLiteral("%1: %2").arg(unitId, m_visit.errorString());
        else if (s->frameNs < 0)
            *error = QStringLiteral("%1: no frame inside after 120 s").arg(unitId);
        return s->frameNs < 0 || !error->isEmpty() ? -1 : s->frameNs / 1000000;
    }

    // Back to the overview, the camera at its framing (the orbit phases all start from it).
    void leave()
    {
        while (m_nav.mode() == shell::Navigation::Inside || m_nav.mode() == shell::Navigation::Balcony)
            if (!m_nav.back())
                break;
        m_nav.goHome();
        m_services.cameraDirector().showCurrent(false);
        waitIdle([&] { return settled() && !m_services.camera().flying(); }, 60000);
        pause(300);
    }

    // Glides to every room (storey by storey, in the plan's order), each leg started the moment the
    // previous one arrives, so the visitor never stands still. Returns the rooms reached.
    int walkRooms(const QString &unitId, Meter *walk, QString *error)
    {
        const auto plan = m_visit.plan();
        if (!plan || plan->rooms().isEmpty()) {
            *error = QStringLiteral("%1: the interior has no rooms").arg(unitId);
            return 0;
        }
        QVector<interior::WalkPlan::Room> rooms = plan->rooms();
        const int startStorey = m_walker.storey();
        std::stable_sort(rooms.begin(), rooms.end(), [&](const auto &a, const auto &b) {
            return (a.storey != startStorey) < (b.storey != startStorey) ||
                   ((a.storey != startStorey) == (b.storey != startStorey) && a.storey < b.storey);
        });
        int next = 0, reached = 0;
        bool done = false, changingStorey = false;
        QElapsedTimer leg, clock;
        int legFrames = 0;
        Meter m;
        auto arrive = [&] {
            const auto &room = rooms[next];
            const QPointF at = m_walker.planPosition();
            const double miss = std::hypot(at.x() - room.centre.x(), at.y() - room.centre.y());
            const bool inRoom = m_walker.roomId() == room.id && m_walker.storey() == room.storey;
            reached += inRoom ? 1 : 0;
            print(QStringLiteral("walk: %1 arrived in %2 (storey %3) after %4 s, %5 frames, %6 m from its "
                                 "centre%7")
                      .arg(unitId, room.name)
                      .arg(room.storey)
                      .arg(leg.elapsed() / 1000.0, 0, 'f', 2)
                      .arg(m.frames - legFrames)
                      .arg(miss, 0, 'f', 2)
                      .arg(inRoom ? QString()
                                  : QStringLiteral(" (NOT in it: in '%1')").arg(m_walker.roomId())));
            ++next;
        };
        std::function<void()> start = [&] {
            while (next < rooms.size()) {
                const auto &room = rooms[next];
                if (room.storey != m_walker.storey()) {
                    changingStorey = true; // resumed when the fade ends
                    leg.start();
                    legFrames = m.frames;
                    m_walker.goToStorey(room.storey);
                    return;
                }
                if (!changingStorey) {
                    leg.start();
                    legFrames = m.frames;
                }
                changingStorey = false;
                if (m_walker.walkToPlan(room.centre))
                    return;
                print(QStringLiteral("walk: %1 cannot glide to %2").arg(unitId, room.name));
                ++next;
            }
            done = true;
        };
        const auto glided = QObject::connect(&m_walker, &interior::WalkController::glidingChanged, [&] {
            if (!m_walker.gliding() && !done && !changingStorey) {
                arrive();
                start();
            }
        });
        const auto faded = QObject::connect(&m_walker, &interior::WalkController::transitionChanged, [&] {
            if (changingStorey && m_walker.transition() == 0 && m_walker.storey() == rooms[next].storey)
                start();
        });
        clock.start();
        m_counting = &m;
        start();
        waitIdle([&] { return done; }, 300000);
        m.seconds = clock.nsecsElapsed() / 1e9;
        m_counting = nullptr;
        QObject::disconnect(glided);
        QObject::disconnect(faded);
        walk->add(m);
        if (!done)
            *error = QStringLiteral("%1: the walk did not end within 300 s").arg(unitId);
        return reached;
    }

    // The balcony view, turned back and forth across its range as a dragging finger does (the stage's
    // lookDragging set, as LookArea sets it), 15 px per presented frame.
    Meter balcony(const QString &unitId, QString *error)
    {
        Meter m;
        if (!m_nav.showBalconyView(unitId, QStringLiteral("bench")) ||
            !waitIdle([&] { return m_visit.onBalcony() && settled(); }, 60000)) {
            *error = QStringLiteral("%1: no balcony view").arg(unitId);
            return m;
        }
        pause(300);
        QObject *stage = m_showroom.window()->property("stage").value<QObject *>();
        if (!stage) {
            *error = QStringLiteral("Main.qml has no stage");
            return m;
        }
        stage->setProperty("lookDragging", true);
        // Queued calls may still arrive after the disconnect: they share the sweep, not the stack.
        struct Sweep
        {
            double direction = 1, minYaw = 0, maxYaw = 0;
            int reversals = 0;
        };
        auto sweep = std::make_shared<Sweep>();
        sweep->minYaw = sweep->maxYaw = m_walker.yaw();
        interior::WalkController *walker = &m_walker;
        const auto step = QObject::connect(
            m_showroom.window(), &QQuickWindow::frameSwapped, walker,
            [sweep, walker] {
                const double before = walker->yaw();
                walker->look(15 * sweep->direction, 0);
                sweep->minYaw = std::min(sweep->minYaw, walker->yaw());
                sweep->maxYaw = std::max(sweep->maxYaw, walker->yaw());
                if (qFuzzyCompare(1 + before, 1 + walker->yaw()))
                    sweep->direction = -sweep->direction, ++sweep->reversals; // at the limit: turn back
            },
            Qt::QueuedConnection);
        QElapsedTimer clock;
        clock.start();
        m_counting = &m;
        m_walker.look(15, 0);
        waitIdle([&] { return clock.elapsed() >= qint64(m_seconds * 1000) && m.frames >= 5; },
                 int(m_seconds * 1000) + 120000);
        m.seconds = clock.nsecsElapsed() / 1e9;
        m_counting = nullptr;
        QObject::disconnect(step);
        grab(QStringLiteral("balcony"));
        stage->setProperty("lookDragging", false);
        print(QStringLiteral("walk: %1 on the %2: turned %3 degrees (%4 limits reached)")
                  .arg(unitId, m_visit.standingSpot())
                  .arg(sweep->maxYaw - sweep->minYaw, 0, 'f', 0)
                  .arg(sweep->reversals));
        return m;
    }

    // SHOWROOM_BENCH_GRAB=<prefix>: saves what the visitor sees (<prefix>-<what>.png), untimed.
    void grab(const QString &what)
    {
        if (qEnvironmentVariableIsSet("SHOWROOM_BENCH_GRAB"))
            m_showroom.window()->grabWindow().save(
                QStringLiteral("%1-%2.png").arg(qEnvironmentVariable("SHOWROOM_BENCH_GRAB"), what));
    }

private:
    DemoShowroom &m_showroom;
    shell::ShowroomServices &m_services;
    shell::Navigation &m_nav;
    shell::UnitVisit &m_visit;
    interior::WalkController &m_walker;
    double m_seconds;
    Meter *m_counting = nullptr;
};

} // namespace

int bench_walk(int argc, char **argv)
{
    // Arguments are checked before the window system is needed, so a typo exits 2 even without X.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("showroom-bench walk: inside a home vs orbiting the site"));
    const QCommandLineOption developmentOption(QStringLiteral("development"),
                                               QStringLiteral("Development package (default: the demo)."),
                                               QStringLiteral("DIR"), QStringLiteral(SHOWROOM_DEMO_DIR));
    const QCommandLineOption unitsOption(QStringLiteral("units"),
                                         QStringLiteral("Homes walked through, comma-separated."),
                                         QStringLiteral("IDS"), QStringLiteral("A_0304,T_0007"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Each orbit phase and each balcony view."),
                                           QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    parser.addOptions({developmentOption, unitsOption, secondsOption, sizeOption});
    const char *usage =
        "usage: showroom-bench walk [--units A_0304,T_0007] [--seconds S] [--size WxH] [--development DIR]\n";
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "walk: %s\n%s",
                     qPrintable(parser.errorText().isEmpty() ? QStringLiteral("unexpected argument")
                                                             : parser.errorText()),
                     usage);
        return 2;
    }
    bool secondsOk = false;
    const double seconds = parser.value(secondsOption).toDouble(&secondsOk);
    const QStringList wh = parser.value(sizeOption).split('x');
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    if (!secondsOk || seconds < 1 || seconds > 600 || size.width() < 64 || size.height() < 64) {
        std::fprintf(stderr, "walk: --seconds takes 1..600, --size WxH (at least 64x64)\n%s", usage);
        return 2;
    }

    const core::ManifestResult manifest = core::loadManifest(parser.value(developmentOption));
    if (!manifest.ok()) {
        std::fprintf(stderr, "walk: %s\n", qPrintable(manifest.errors.constFirst()));
        return 2;
    }
    auto interiorOf = [&](const QString &unitId) {
        const core::Unit *unit = manifest.data.unit(unitId);
        const core::UnitType *type = unit ? manifest.data.unitType(unit->type) : nullptr;
        return type ? type->interior : QString();
    };
    const QStringList units = parser.value(unitsOption).split(',', Qt::SkipEmptyParts);
    for (const QString &unitId : units) {
        if (interiorOf(unitId).isEmpty()) {
            QStringList valid;
            for (const core::Unit &u : manifest.data.units)
                if (!interiorOf(u.id).isEmpty())
                    valid << u.id;
            std::fprintf(stderr, "walk: '%s' is not a home with an interior; valid --units: %s\n%s",
                         qPrintable(unitId), qPrintable(valid.join(QLatin1Char(' '))), usage);
            return 2;
        }
    }
    if (units.isEmpty()) {
        std::fprintf(stderr, "walk: --units names no home\n%s", usage);
        return 2;
    }
    // A home of another type, entered untimed before a timed entry whose interior would otherwise still
    // be in memory (UnitVisit keeps the last one): the timed entry then reads the importer's warm cache.
    auto evictorFor = [&](const QString &unitId) {
        for (const core::Unit &u : manifest.data.units)
            if (!interiorOf(u.id).isEmpty() && interiorOf(u.id) != interiorOf(unitId))
                return u.id;
        return QString();
    };

    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's cache or database
    QTemporaryDir cache;                      // the untimed first visits warm it
    DemoShowroom showroom;
    QString error;
    if (!showroom.open(parser.value(developmentOption), cache.path(), size, nullptr, &error) ||
        !showroom.waitUntilShown(120000, &error)) {
        std::fprintf(stderr, "walk: %s\n", qPrintable(error));
        return 1;
    }
    WalkBench bench(showroom, seconds);
    auto fail = [&](const QString &why) {
        std::fprintf(stderr, "walk: %s\n", qPrintable(why));
        return 1;
    };
    print(QStringLiteral("walk: demo %1x%2, site %3 draw calls, %4 triangles")
              .arg(size.width())
              .arg(size.height())
              .arg(showroom.site().rowCount())
              .arg(showroom.site().triangleCount()));

    // Untimed first visits: the cold imports fill the importer's cache (their times printed as facts).
    QString lastEntered;
    auto untimedEntry = [&](const QString &unitId) {
        const qint64 ms = bench.enter(unitId, &error);
        if (ms < 0)
            return false;
        shell::UnitVisit &visit = showroom.services().visit();
        print(QStringLiteral("walk: %1 first entry %2 ms (untimed: cold import of %3, %4 draw calls, %5 "
                             "triangles, %6 rooms)")
                  .arg(unitId)
                  .arg(ms)
                  .arg(interiorOf(unitId))
                  .arg(visit.interior()->rowCount())
                  .arg(visit.interior()->triangleCount())
                  .arg(visit.roomIds().size()));
        lastEntered = unitId;
        bench.leave();
        return true;
    };
    bench.orbit(); // untimed: the first motion-quality frames compile their pipelines
    for (const QString &unitId : units)
        if (!untimedEntry(unitId))
            return fail(error);

    Meter orbit = bench.orbit(), inside, walkAll, balconyAll;
    print(QStringLiteral("walk: orbit %1").arg(orbit.text()));
    qint64 enterMs = 0;
    for (const QString &unitId : units) {
        if (interiorOf(lastEntered) == interiorOf(unitId) && !evictorFor(unitId).isEmpty() &&
            !untimedEntry(evictorFor(unitId)))
            return fail(error);
        const qint64 ms = bench.enter(unitId, &error);
        if (ms < 0)
            return fail(error);
        lastEntered = unitId;
        enterMs = std::max(enterMs, ms);
        print(QStringLiteral("walk: %1 enter_ms %2 (warm cache; the interior not yet in memory)")
                  .arg(unitId)
                  .arg(ms));
        Meter walk;
        const int rooms = showroom.services().visit().roomIds().size();
        const int reached = bench.walkRooms(unitId, &walk, &error);
        if (!error.isEmpty())
            return fail(error);
        bench.grab(QStringLiteral("inside-") + unitId);
        print(QStringLiteral("walk: %1 inside %2, %3 of %4 rooms reached")
                  .arg(unitId, walk.text())
                  .arg(reached)
                  .arg(rooms));
        const Meter balcony = bench.balcony(unitId, &error);
        if (!error.isEmpty())
            return fail(error);
        print(QStringLiteral("walk: %1 balcony %2").arg(unitId, balcony.text()));
        walkAll.add(walk);
        balconyAll.add(balcony);
        bench.leave();
        const Meter o = bench.orbit();
        print(QStringLiteral("walk: orbit %1").arg(o.text()));
        orbit.add(o);
    }
    // Walking back into the home just left: its interior is still in memory.
    const qint64 again = bench.enter(units.constLast(), &error);
    if (again < 0)
        return fail(error);
    print(QStringLiteral("walk: %1 re-entry %2 ms (interior kept in memory)")
              .arg(units.constLast())
              .arg(again));
    bench.leave();

    inside.add(walkAll);
    inside.add(balconyAll);
    print(QStringLiteral("walk: site orbit (baseline) %1").arg(orbit.text()));
    print(QStringLiteral("walk: walking %1; balcony %2").arg(walkAll.text(), balconyAll.text()));
    print(QStringLiteral("walk: inside (walk + balcony) %1").arg(inside.text()));
    print(QStringLiteral("walk: fps_ratio %1 enter_ms %2")
              .arg(orbit.fps() > 0 ? inside.fps() / orbit.fps() : 0, 0, 'f', 2)
              .arg(enterMs));
    return 0;
}
