// The kiosk's visitor cycle as a state machine on an injectable clock: Attract (the cinematic loop, no
// visitor) -> a touch -> Active (a visitor's session) -> no input for idleTimeoutMs -> StillThere ("Are
// you still there?", counting down stillThereMs; any touch keeps the session) -> the visit ends
// ("idle_timeout") -> Attract. It decides and announces; the composition (KioskMode) clears the screen
// and starts/ends the telemetry session. Published to QML as the singleton `Kiosk` (Showroom.Shell).
// Also carries the staff-visible notes (bad configuration values, a recreated database, a reloaded
// development): notes never reach the public screens.
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace showroom::kiosk {

class KioskSession : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS // published under the name Kiosk by the shell (QmlSingletons.h)
    // False on a desktop: the kiosk layer shows nothing and the guard is not installed.
    Q_PROPERTY(bool enabled READ isEnabled NOTIFY enabledChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool attract READ isAttract NOTIFY stateChanged)
    Q_PROPERTY(bool stillThere READ isStillThere NOTIFY stateChanged)
    // Whole seconds left on "Are you still there?" (rounded up), 0 outside it.
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(int idleTimeoutMs READ idleTimeoutMs NOTIFY timingChanged)
    Q_PROPERTY(int stillThereMs READ stillThereMs NOTIFY timingChanged)
    // Staff mode: the hidden gesture was made (staffRequested) and the PIN accepted; the idle path waits.
    Q_PROPERTY(bool staffOpen READ isStaffOpen NOTIFY staffOpenChanged)
    Q_PROPERTY(bool staffRequested READ isStaffRequested NOTIFY staffOpenChanged)
    Q_PROPERTY(QStringList notes READ notes NOTIFY notesChanged)
    Q_PROPERTY(int visits READ visits NOTIFY stateChanged)
    // Showroom.Staff's PinPad.qml when that module is in the build, else empty (the gate says so).
    Q_PROPERTY(QUrl pinPadUrl READ pinPadUrl CONSTANT)

public:
    enum State { Attract, Active, StillThere };
    Q_ENUM(State)
    using Clock = std::function<qint64()>; // monotonic ms

    // clock: empty = a steady clock. Starts disabled, in Attract.
    explicit KioskSession(QObject *parent = nullptr);

    void setClock(Clock clock);
    // Turns the cycle on (kiosk mode) and starts the tick timer (tickMs; 0 = no timer, tests call tick()).
    void setEnabled(bool enabled, int tickMs = 250);
    bool isEnabled() const { return m_enabled; }
    // Values below 1 s are clamped to 1 s (KioskConfig has already refused them with a note).
    void setTimeouts(int idleTimeoutMs, int stillThereMs);

    State state() const { return m_state; }
    bool isAttract() const { return m_state == Attract; }
    bool isStillThere() const { return m_state == StillThere; }
    int secondsLeft() const;
    int idleTimeoutMs() const { return m_idleMs; }
    int stillThereMs() const { return m_stillMs; }
    bool isStaffOpen() const { return m_staffOpen; }
    bool isStaffRequested() const { return m_staffRequested; }
    QStringList notes() const { return m_notes; }
    int visits() const { return m_visits; }
    static QUrl pinPadUrl();

    // Any input: Attract -> a new visit; StillThere -> Active again (the session is kept).
    Q_INVOKABLE void noteActivity();
    // Ends the visit now (the robot's "idling out" without waiting, a staff command): back to Attract.
    Q_INVOKABLE void endVisit(const QString &reason = QStringLiteral("idle_timeout"));
    // Moves the clock-driven states on; the timer calls it, tests call it after advancing their clock.
    void tick();
    // As if the idle timeout had just passed (stills, tests): Active -> StillThere now.
    void expireIdle();

    // The hidden gesture was recognised (KioskGuard): the PIN pad is wanted. cancelStaff() closes it.
    Q_INVOKABLE void requestStaff();
    Q_INVOKABLE void cancelStaff();
    // The PIN was accepted: staff mode (no idle path while staff work). closeStaff(): back to the public.
    Q_INVOKABLE void openStaff();
    Q_INVOKABLE void closeStaff();
    // Staff commands; the composition carries them out (KioskMode).
    Q_INVOKABLE void requestReload() { emit reloadRequested(); }
    Q_INVOKABLE void requestExit() { emit exitRequested(); }

    // A staff-visible note ("kiosk.conf: idle_timeout 'abc' is not a number; 90 s used"); also logged.
    Q_INVOKABLE void addNote(const QString &note);
    Q_INVOKABLE void clearNotes();

signals:
    void enabledChanged();
    void stateChanged();
    void secondsLeftChanged();
    void timingChanged();
    void staffOpenChanged();
    void notesChanged();
    void visitStarted();                    // Attract -> Active: a new anonymous visitor
    void visitEnding(const QString &reason); // before Attract: clear every trace of the visitor
    void attractStarted();                  // after visitEnding: the cinematic loop
    void reloadRequested();
    void exitRequested();

private:
    void setState(State state);
    qint64 now() const;

    Clock m_clock;
    QTimer m_timer;
    bool m_enabled = false;
    State m_state = Attract;
    int m_idleMs = 90'000;
    int m_stillMs = 10'000;
    qint64 m_lastActivity = 0;
    qint64 m_stillSince = 0;
    int m_secondsLeft = 0;
    bool m_staffOpen = false;
    bool m_staffRequested = false;
    QStringList m_notes;
    int m_visits = 0;
};

} // namespace showroom::kiosk
