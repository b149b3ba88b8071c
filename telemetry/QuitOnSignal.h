// SIGTERM/SIGINT end the app cleanly, so the session is closed and telemetry flushed (systemd stop,
// Ctrl-C, a kiosk shutdown script), instead of dying mid-batch.
#pragma once

#include <functional>

class QCoreApplication;

namespace showroom::telemetry {

// The handler only writes a byte to a self-pipe (async-signal-safe); a QSocketNotifier on the other end
// runs onSignal (if any) and then app->quit() on the GUI thread, where aboutToQuit flushes telemetry.
// A second signal while quitting kills the process the default way. Returns false if the pipe failed.
bool quitOnTerminationSignals(QCoreApplication *app, std::function<void(int signal)> onSignal = {});

} // namespace showroom::telemetry
