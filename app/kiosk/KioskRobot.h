// The robot visitor (`showroom --kiosk --robot N --db FILE`): drives the real window through N random
// visitor sessions — the waking touch, taps and drags on the 3D view, the finder's filters, homes
// selected, hearted and compared, walking inside, the balcony, the timeline and the sun, finishes, the
// lead form typed in — then idles out through the real "Are you still there?" path (on the session's
// clock, advanced instead of waited). Afterwards it checks every event it caused is in the database
// under its own sessions (telemetry mode "robot": the dashboard leaves them out).
#pragma once

#include <QPointF>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>

class QQuickWindow;

namespace showroom::shell {
class ShowroomServices;
}

namespace showroom::kiosk {

class KioskMode;

struct RobotResult
{
    int sessions = 0;
    qint64 events = 0;       // events the robot's sessions caused (written + dropped)
    qint64 eventsStored = 0; // events found in the database under the robot's sessions
    // warm: after the first tenth of the sessions (50 of the soak's 500). The first visits fill what then
    // stays (every page built once, each home type's interior, text in two languages); growth after that
    // is what a leak shows (docs/benchmarks.md, Kiosk soak: +1.5 % from visit 50 to 500).
    qint64 rssStartKb = 0, rssWarmKb = 0, rssEndKb = 0;
    int qmlWarnings = 0;
    double seconds = 0;
    QString error; // empty when every event was found and nothing went wrong

    // "robot: sessions N events M rss_start_kb A rss_end_kb B"
    QString line() const;
};

// Resident memory of this process (Linux /proc/self/status VmRSS), 0 if unknown.
qint64 residentKb();

// main's --robot: waits for the site to be on screen, runs the robot, reports progress and QML warnings on
// stderr. The result's error is set when anything did not add up.
RobotResult runRobot(shell::ShowroomServices &services, KioskMode &kiosk, QQuickWindow *window, int sessions);

class KioskRobot
{
public:
    KioskRobot(shell::ShowroomServices &services, KioskMode &kiosk, QQuickWindow *window, quint32 seed = 0);

    // Runs `sessions` visits; progress on stderr every `reportEvery` sessions (0: none).
    RobotResult run(int sessions, int reportEvery = 50);

private:
    void visit();
    void act();
    void tap(QPointF at);
    void drag(QPointF from, QPointF to);
    void pause(int ms); // lets the UI react and draw
    QPointF somewhere();
    QString someUnit(bool withInterior = false);
    qint64 countStored(const QStringList &sessionIds, QString *error) const;

    shell::ShowroomServices &m_services;
    KioskMode &m_kiosk;
    QQuickWindow *m_window;
    QRandomGenerator m_random;
    qint64 m_clockOffset = 0;
    QStringList m_sessionIds;
};

} // namespace showroom::kiosk
