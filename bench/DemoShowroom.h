// The application's own window for benchmarks: Main.qml with the services app/main.cpp wires (the
// development, the unit selection, the site model and, if given, a telemetry instance), so a benchmark
// measures what a visitor gets rather than a lookalike scene.
#pragma once

#include "core/Development.h"
#include "core/UnitSelection.h"
#include "scene/SiteModel.h"

#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QSize>
#include <QString>

#include <functional>
#include <memory>

class QQuickWindow;

namespace showroom {
namespace scene {
class OrbitController;
}
namespace telemetry {
class Telemetry;
}

class DemoShowroom
{
public:
    DemoShowroom() = default;
    ~DemoShowroom(); // un-provides the singletons before the services go
    DemoShowroom(const DemoShowroom &) = delete;
    DemoShowroom &operator=(const DemoShowroom &) = delete;

    // Loads the development's manifest, starts the site import into cacheDir, loads Main.qml and shows
    // it at size. telemetry may be null (QML then gets an in-memory instance). False + error on failure.
    bool open(const QString &developmentDir, const QString &cacheDir, QSize size,
              telemetry::Telemetry *telemetry, QString *error);
    // Waits until the site is on screen (Main.qml's `settled`) and one frame has been presented.
    bool waitUntilShown(int timeoutMs, QString *error);

    QQuickWindow *window() const { return m_window; }
    scene::OrbitController *orbit() const { return m_orbit; }
    scene::SiteModel &site() { return m_site; }
    const QElapsedTimer &sinceOpen() const { return m_sinceOpen; } // started when open() began loading

private:
    core::Development m_development;
    core::UnitSelection m_selection;
    scene::SiteModel m_site;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    scene::OrbitController *m_orbit = nullptr;
    QElapsedTimer m_sinceOpen;
};

// Runs the event loop until condition() holds; false after timeoutMs.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs);

} // namespace showroom
