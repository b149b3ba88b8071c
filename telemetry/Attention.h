// Engaged versus elapsed time, as analytics people distinguish them, on an injectable monotonic clock.
#pragma once

#include <QtGlobal>

#include <functional>

namespace showroom::telemetry {

// Milliseconds from a clock that never jumps (QElapsedTimer / steady_clock in production, a fake in
// tests). Durations never come from the wall clock, so a clock change cannot bend them.
using MonotonicClock = std::function<qint64()>;
MonotonicClock steadyClock();

// The visitor's attention for the whole application: engaged while there was input or movement within
// the last window ms; nothing counts while paused (focus lost, minimised). It keeps two running totals,
// so any number of DwellClocks read their durations as differences in O(1).
class Attention
{
public:
    explicit Attention(MonotonicClock clock = steadyClock(), qint64 engagementWindowMs = 30000);

    qint64 now() const { return m_clock(); }
    qint64 engagementWindowMs() const { return m_window; }
    void setEngagementWindowMs(qint64 ms);

    void noteActivity();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isEngaged() const;
    // Monotonic time of the last input, or -1 if none since construction or the last pause.
    qint64 lastActivity() const { return m_hadActivity ? m_lastActivity : -1; }

    qint64 elapsedTotal() const; // unpaused ms since construction
    qint64 engagedTotal() const; // engaged ms since construction

private:
    void advance(qint64 t);
    qint64 engagedBetween(qint64 from, qint64 to) const;

    MonotonicClock m_clock;
    qint64 m_window;
    qint64 m_last; // time the totals were brought up to
    qint64 m_lastActivity = 0;
    bool m_hadActivity = false;
    bool m_paused = false;
    qint64 m_elapsed = 0;
    qint64 m_engaged = 0;
};

// Time spent on one target ("unit:A_0304"): elapsed and engaged since start(), paused with Attention.
class DwellClock
{
public:
    explicit DwellClock(const Attention &attention) : m_attention(&attention) {}

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    qint64 elapsedMs() const;
    qint64 engagedMs() const;

private:
    const Attention *m_attention;
    bool m_running = false;
    qint64 m_elapsedAtStart = 0, m_engagedAtStart = 0;
    qint64 m_elapsed = 0, m_engaged = 0; // frozen values after stop()
};

} // namespace showroom::telemetry
