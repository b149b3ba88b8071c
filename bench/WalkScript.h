// showroom-bench walk's script (walk_bench.cpp runs it): the demo's own window driven the way a visitor
// drives it (Navigation, the WalkController's glides, a dragging finger on the balcony), with frames
// presented counted per kind of motion. Bench code only: it changes nothing in the app.
#pragma once

#include "DemoShowroom.h"

#include <QElapsedTimer>
#include <QQuickWindow>
#include <QString>
#include <QVariant>
#include <algorithm>
#include <functional>

namespace showroom {

void print(const QString &line);
// Runs the event loop until condition() holds, sleeping between events as the app's GUI thread does
// (DemoShowroom's waitUntil spins, which takes a core from llvmpipe on this 2-core machine).
bool waitIdle(const std::function<bool()> &condition, int timeoutMs);
void pause(int ms);

// Frames presented and time spent in one kind of motion.
struct Meter
{
    int frames = 0;
    double seconds = 0;
    double longestMs = 0; // the longest wait for a frame (from the start or the previous frame)
    double fps() const { return seconds > 0 ? frames / seconds : 0; }
    void add(const Meter &m)
    {
        frames += m.frames, seconds += m.seconds, longestMs = std::max(longestMs, m.longestMs);
    }
    QString text() const
    {
        return QStringLiteral("%1 fps (%2 frames in %3 s, longest frame %4 ms)")
            .arg(fps(), 0, 'f', 1)
            .arg(frames)
            .arg(seconds, 0, 'f', 2)
            .arg(longestMs, 0, 'f', 0);
    }
};

// One run's visitor: orbits the site, walks into homes, through their rooms, onto their balconies.
class WalkBench
{
public:
    WalkBench(DemoShowroom &showroom, double seconds, const QString &experiment);

    // Main.qml's SiteStage (its alias `stage`), found by object name: the alias reads as null until
    // QML has resolved it.
    QObject *stage() const { return m_showroom.window()->findChild<QObject *>(QStringLiteral("siteView")); }

    // --try: an experiment on the app's own scene, set from outside (inside the home only), to find out
    // what a frame inside costs. Called once the visitor is inside.
    void applyExperiment();

    bool settled() const { return m_showroom.window()->property("settled").toBool(); }

    // Orbit the site the way the tour bench does, from the overview's framing.
    Meter orbit();

    // Navigation::walkInside to the first frame whose scene was synchronised after the visit was Ready
    // and the window settled (the page's cross-fade included). -1 on failure (error set).
    qint64 enter(const QString &unitId, QString *error);

    // Back to the overview, the camera at its framing (the orbit phases all start from it).
    void leave();

    // Glides to every room (storey by storey, in the plan's order), each leg started the moment the
    // previous one arrives, so the visitor never stands still. Returns the rooms reached.
    int walkRooms(const QString &unitId, Meter *walk, QString *error);

    // The balcony view, turned back and forth across its range as a dragging finger does (the stage's
    // lookDragging set, as LookArea sets it), 15 px per presented frame.
    Meter balcony(const QString &unitId, QString *error);

    // SHOWROOM_BENCH_GRAB=<prefix>: saves what the visitor sees (<prefix>-<what>.png), untimed.
    void grab(const QString &what);

private:
    void count(Meter *m); // the frames presented from now on count for m

    DemoShowroom &m_showroom;
    shell::ShowroomServices &m_services;
    shell::Navigation &m_nav;
    shell::UnitVisit &m_visit;
    interior::WalkController &m_walker;
    double m_seconds;
    QString m_try;
    QVariant m_shadows, m_motionScale; // the stage's own, restored after an experiment
    Meter *m_counting = nullptr;
    QElapsedTimer m_frameClock;
    qint64 m_lastFrameNs = 0;
    double m_legLongestMs = 0; // walkRooms: the longest frame of the current leg
};

} // namespace showroom
