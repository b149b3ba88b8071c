#include "WalkScript.h"
#include "interior/WalkController.h"
#include "interior/WalkPlan.h"
#include "scene/OrbitController.h"
#include "shell/CameraDirector.h"
#include "shell/Navigation.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QTimer>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <memory>

namespace showroom {

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

WalkBench::WalkBench(DemoShowroom &showroom, double seconds, const QString &experiment)
    : m_showroom(showroom), m_services(showroom.services()), m_nav(m_services.navigation()),
      m_visit(m_services.visit()), m_walker(*m_visit.walker()), m_seconds(seconds), m_try(experiment)
{
    m_shadows = stage()->property("shadows");
    m_motionScale = stage()->property("motionScale");
    // Every presented frame counts for the meter running now (if any).
    m_frameClock.start();
    QObject::connect(showroom.window(), &QQuickWindow::frameSwapped, showroom.window(), [this] {
        if (!m_counting)
            return;
        const qint64 now = m_frameClock.nsecsElapsed();
        const double gapMs = (now - m_lastFrameNs) / 1e6;
        m_lastFrameNs = now;
        ++m_counting->frames;
        m_counting->longestMs = std::max(m_counting->longestMs, gapMs);
        m_legLongestMs = std::max(m_legLongestMs, gapMs);
    });
}

void WalkBench::count(Meter *m)
{
    m_counting = m;
    m_lastFrameNs = m_frameClock.nsecsElapsed();
    m_legLongestMs = 0;
}

void WalkBench::applyExperiment()
{
    if (m_try == QLatin1String("no-shadows"))
        stage()->setProperty("shadows", false);
    else if (m_try == QLatin1String("full-resolution"))
        stage()->setProperty("motionScale", 1.0);
    if (m_try != QLatin1String("no-point-light"))
        return;
    int hidden = 0;
    for (QObject *o : m_showroom.window()->findChildren<QObject *>())
        if (o->inherits("QQuick3DPointLight"))
            hidden += o->setProperty("visible", false) ? 1 : 0;
    print(QStringLiteral("walk: EXPERIMENT %1 point light(s) hidden").arg(hidden));
}

Meter WalkBench::orbit()
{
    scene::OrbitController &camera = m_services.camera();
    Meter m;
    const auto step = QObject::connect(
        m_showroom.window(), &QQuickWindow::frameSwapped, &camera, [&camera] { camera.orbit(6, 0); },
        Qt::QueuedConnection);
    QElapsedTimer clock;
    clock.start();
    count(&m);
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

qint64 WalkBench::enter(const QString &unitId, QString *error)
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
    Meter frames; // what the entry draws, and its longest frame
    qint64 readyMs = -1, settledMs = -1;
    count(&frames);
    s->clock.start();
    if (!m_nav.walkInside(unitId, QStringLiteral("bench"))) {
        *error = QStringLiteral("%1 has no interior").arg(unitId);
        m_counting = nullptr;
        return -1;
    }
    waitIdle(
        [&] {
            if (readyMs < 0 && m_visit.status() == shell::UnitVisit::Ready)
                readyMs = s->clock.elapsed();
            if (!s->ready && m_visit.status() == shell::UnitVisit::Ready && settled()) {
                settledMs = s->clock.elapsed();
                s->ready = true;
                window->update();
            }
            return s->frameNs >= 0 || m_visit.status() == shell::UnitVisit::Error;
        },
        120000);
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    m_counting = nullptr;
    print(QStringLiteral("walk: %1 entry: visit Ready at %2 ms, window settled at %3 ms, first frame after "
                         "it at %4 ms; %5 frames, longest %6 ms")
              .arg(unitId)
              .arg(readyMs)
              .arg(settledMs)
              .arg(s->frameNs / 1000000)
              .arg(frames.frames)
              .arg(frames.longestMs, 0, 'f', 0));
    if (m_visit.status() == shell::UnitVisit::Error)
        *error = QStringLiteral("%1: %2").arg(unitId, m_visit.errorString());
    else if (s->frameNs < 0)
        *error = QStringLiteral("%1: no frame inside after 120 s").arg(unitId);
    return s->frameNs < 0 || !error->isEmpty() ? -1 : s->frameNs / 1000000;
}

void WalkBench::leave()
{
    while (m_nav.mode() == shell::Navigation::Inside || m_nav.mode() == shell::Navigation::Balcony)
        if (!m_nav.back())
            break;
    if (!m_try.isEmpty()) { // the orbit phases see the app as shipped
        stage()->setProperty("shadows", m_shadows);
        stage()->setProperty("motionScale", m_motionScale);
    }
    m_nav.goHome();
    m_services.cameraDirector().showCurrent(false);
    waitIdle([&] { return settled() && !m_services.camera().flying(); }, 60000);
    pause(300);
}

int WalkBench::walkRooms(const QString &unitId, Meter *walk, QString *error)
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
        print(QStringLiteral("walk: %1 arrived in %2 (storey %3) after %4 s, %5 frames (longest %8 ms), "
                             "%6 m from its centre%7")
                  .arg(unitId, room.name)
                  .arg(room.storey)
                  .arg(leg.elapsed() / 1000.0, 0, 'f', 2)
                  .arg(m.frames - legFrames)
                  .arg(miss, 0, 'f', 2)
                  .arg(inRoom ? QString() : QStringLiteral(" (NOT in it: in '%1')").arg(m_walker.roomId()))
                  .arg(m_legLongestMs, 0, 'f', 0));
        ++next;
    };
    std::function<void()> start = [&] {
        while (next < rooms.size()) {
            const auto &room = rooms[next];
            leg.start();
            legFrames = m.frames;
            m_legLongestMs = 0;
            if (room.storey != m_walker.storey()) {
                changingStorey = true; // resumed when the fade ends
                m_walker.goToStorey(room.storey);
                if (m_try == QLatin1String("transition-motion"))
                    stage()->setProperty("lookDragging", true);
                return;
            }
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
        if (changingStorey && m_walker.transition() == 0 && m_walker.storey() == rooms[next].storey) {
            changingStorey = false;
            if (m_try == QLatin1String("transition-motion"))
                stage()->setProperty("lookDragging", false);
            print(QStringLiteral("walk: %1 storey change to %2: %3 s, %4 frames (longest %5 ms)")
                      .arg(unitId)
                      .arg(m_walker.storey())
                      .arg(leg.elapsed() / 1000.0, 0, 'f', 2)
                      .arg(m.frames - legFrames)
                      .arg(m_legLongestMs, 0, 'f', 0));
            start();
        }
    });
    clock.start();
    count(&m);
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

Meter WalkBench::balcony(const QString &unitId, QString *error)
{
    Meter m;
    if (!m_nav.showBalconyView(unitId, QStringLiteral("bench")) ||
        !waitIdle([&] { return m_visit.onBalcony() && settled(); }, 60000)) {
        *error = QStringLiteral("%1: no balcony view").arg(unitId);
        return m;
    }
    pause(300);
    QObject *stage = this->stage();
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
    count(&m);
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

void WalkBench::grab(const QString &what)
{
    if (qEnvironmentVariableIsSet("SHOWROOM_BENCH_GRAB"))
        m_showroom.window()->grabWindow().save(
            QStringLiteral("%1-%2.png").arg(qEnvironmentVariable("SHOWROOM_BENCH_GRAB"), what));
}

} // namespace showroom
