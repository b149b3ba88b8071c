// The application's own window for benchmarks: Main.qml with the shell's services (the same
// ShowroomServices app/main.cpp composes), so a benchmark measures what a visitor gets rather than a
// lookalike scene.
#pragma once

#include "shell/ShowroomServices.h"

#include <QElapsedTimer>
#include <QSize>
#include <QString>

#include <functional>
#include <memory>

class QQuickWindow;

namespace showroom {

class DemoShowroom
{
public:
    DemoShowroom() = default;
    DemoShowroom(const DemoShowroom &) = delete;
    DemoShowroom &operator=(const DemoShowroom &) = delete;

    // Loads the development's manifest, starts the site import into cacheDir, loads Main.qml and shows
    // it at size. telemetry: the options of the app's telemetry (opened, session started); null: in
    // memory. False + error on failure.
    bool open(const QString &developmentDir, const QString &cacheDir, QSize size,
              const telemetry::Telemetry::Options *telemetry, QString *error);
    // Waits until the site is on screen (Main.qml's `settled`) and one frame has been presented.
    bool waitUntilShown(int timeoutMs, QString *error);

    QQuickWindow *window() const { return m_services->window(); }
    scene::OrbitController *orbit() const { return &m_services->camera(); }
    scene::SiteModel &site() { return m_services->site(); }
    telemetry::Telemetry &telemetry() { return m_services->telemetry(); }
    shell::ShowroomServices &services() { return *m_services; }
    const QElapsedTimer &sinceOpen() const { return m_sinceOpen; } // started when open() began loading

private:
    std::unique_ptr<shell::ShowroomServices> m_services;
    QElapsedTimer m_sinceOpen;
};

// Runs the event loop until condition() holds; false after timeoutMs.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs);

} // namespace showroom
