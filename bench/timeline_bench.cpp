// showroom-bench timeline: scrubbing the construction timeline, then the sun across a day, while the
// camera orbits (issue 12), against orbiting alone in the same window and run. The demo in the real
// Main.qml on the timeline page (the sun study: the stage's light follows the sun). Each presented frame
// turns the camera 6 px (the tour bench's method) and, in the scrub phases, moves the date one step along
// the axis (then the time of day 10 minutes); the GUI-thread time of each date change (the timeline's
// update: stages shown, rising heights, every binding on them) is timed.
// Last line: `timeline: fps_ratio <scrubbing fps / orbit fps> stage_switch_ms <p95 ms per date change>`.
#include "WalkScript.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace showroom;

namespace {

// Frames presented for `seconds` while each presented frame runs `perFrame` (queued after the swap).
Meter run(DemoShowroom &showroom, double seconds, const std::function<void()> &perFrame)
{
    Meter m;
    QElapsedTimer clock, sinceFrame;
    clock.start();
    sinceFrame.start();
    QObject receiver;
    QObject::connect(
        showroom.window(), &QQuickWindow::frameSwapped, &receiver,
        [&] {
            ++m.frames;
            m.longestMs = std::max(m.longestMs, sinceFrame.nsecsElapsed() / 1e6);
            sinceFrame.restart();
            perFrame();
        },
        Qt::QueuedConnection);
    perFrame();
    waitIdle([&] { return clock.elapsed() >= qint64(seconds * 1000) && m.frames >= 5; },
             int(seconds * 1000) + 120000);
    m.seconds = clock.nsecsElapsed() / 1e9;
    return m;
}

} // namespace

int bench_timeline(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Each phase."),
                                           QStringLiteral("S"), QStringLiteral("6"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    parser.addOptions({secondsOption, sizeOption});
    const char *usage = "usage: showroom-bench timeline [--seconds S (1..600)] [--size WxH]\n";
    bool ok = parser.parse(arguments) && parser.positionalArguments().isEmpty();
    const double seconds = parser.value(secondsOption).toDouble(&ok) * (ok ? 1 : 0);
    const QStringList wh = parser.value(sizeOption).split('x');
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    if (!ok || seconds < 1 || seconds > 600 || size.width() < 64 || size.height() < 64) {
        std::fprintf(stderr, "timeline: %s\n%s",
                     qPrintable(parser.errorText().isEmpty() ? QStringLiteral("bad arguments") : parser.errorText()),
                     usage);
        return 2;
    }

    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir cache;
    DemoShowroom showroom;
    QString error;
    if (!showroom.open(QStringLiteral(SHOWROOM_DEMO_DIR), cache.path(), size, nullptr, &error) ||
        !showroom.waitUntilShown(120000, &error)) {
        std::fprintf(stderr, "timeline: %s\n", qPrintable(error));
        return 1;
    }
    shell::ShowroomServices &services = showroom.services();
    scene::OrbitController &camera = services.camera();
    services.navigation().showTimeline(QStringLiteral("bench"));
    waitIdle([&] { return showroom.window()->property("settled").toBool(); }, 30000);
    pause(500);
    auto orbitOnly = [&] { camera.orbit(6, 0); };

    run(showroom, 2, orbitOnly); // untimed: pipelines compiled, shadows in place
    Meter orbit = run(showroom, seconds, orbitOnly);
    print(QStringLiteral("timeline: orbit %1").arg(orbit.text()));

    // The date across the whole axis and back, a step per frame; each change timed on the GUI thread.
    std::vector<double> switchMs;
    shell::ConstructionTimeline &timeline = services.timeline();
    double position = 0, direction = 1;
    const Meter scrub = run(showroom, seconds, [&] {
        camera.orbit(6, 0);
        position += direction * 0.01;
        if (position > 1 || position < 0)
            direction = -direction, position = std::clamp(position, 0.0, 1.0);
        QElapsedTimer t;
        t.start();
        timeline.setDatePosition(position);
        switchMs.push_back(t.nsecsElapsed() / 1e6);
    });
    print(QStringLiteral("timeline: scrubbing the date %1, %2 date changes").arg(scrub.text()).arg(switchMs.size()));
    timeline.showFinished();

    // The sun across a day, ten minutes a frame.
    shell::SunStudy &sun = services.sun();
    int minutes = 5 * 60;
    const Meter day = run(showroom, seconds, [&] {
        camera.orbit(6, 0);
        minutes = minutes >= 21 * 60 ? 5 * 60 : minutes + 10;
        sun.setMinutes(minutes);
    });
    print(QStringLiteral("timeline: the sun across a day %1").arg(day.text()));
    const Meter after = run(showroom, seconds, orbitOnly);
    print(QStringLiteral("timeline: orbit %1").arg(after.text()));
    orbit.add(after);

    Meter scrubbing = scrub;
    scrubbing.add(day);
    std::sort(switchMs.begin(), switchMs.end());
    const double p95 = switchMs.empty() ? 0 : switchMs[std::min(switchMs.size() - 1, size_t(switchMs.size() * 0.95))];
    const double p50 = switchMs.empty() ? 0 : switchMs[switchMs.size() / 2];
    print(QStringLiteral("timeline: date change on the GUI thread p50 %1 ms p95 %2 ms max %3 ms")
              .arg(p50, 0, 'f', 2)
              .arg(p95, 0, 'f', 2)
              .arg(switchMs.empty() ? 0 : switchMs.back(), 0, 'f', 2));
    print(QStringLiteral("timeline: site orbit (baseline) %1; scrubbing (date + sun) %2")
              .arg(orbit.text(), scrubbing.text()));
    print(QStringLiteral("timeline: fps_ratio %1 stage_switch_ms %2")
              .arg(orbit.fps() > 0 ? scrubbing.fps() / orbit.fps() : 0, 0, 'f', 2)
              .arg(p95, 0, 'f', 1));
    return 0;
}
