#include "telemetry/Attention.h"

#include <QElapsedTimer>

namespace showroom::telemetry {

MonotonicClock steadyClock()
{
    QElapsedTimer timer;
    timer.start();
    return [timer] { return timer.elapsed(); };
}

Attention::Attention(MonotonicClock clock, qint64 engagementWindowMs)
    : m_clock(std::move(clock)), m_window(engagementWindowMs), m_last(m_clock())
{
}

void Attention::setEngagementWindowMs(qint64 ms)
{
    advance(now());
    m_window = qMax<qint64>(0, ms);
}

qint64 Attention::engagedBetween(qint64 from, qint64 to) const
{
    if (m_paused || !m_hadActivity || to <= from)
        return 0;
    const qint64 end = qMin(to, m_lastActivity + m_window);
    return qMax<qint64>(0, end - qMax(from, m_lastActivity));
}

void Attention::advance(qint64 t)
{
    if (t < m_last)
        t = m_last; // a fake clock going backwards must not produce negative durations
    if (!m_paused)
        m_elapsed += t - m_last;
    m_engaged += engagedBetween(m_last, t);
    m_last = t;
}

void Attention::noteActivity()
{
    const qint64 t = now();
    advance(t);
    if (m_paused)
        return; // input while minimised is not attention on what we show
    m_lastActivity = t;
    m_hadActivity = true;
}

void Attention::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    advance(now());
    m_paused = paused;
    // Coming back needs new input to count as engaged: the visitor may have walked away meanwhile.
    m_hadActivity = false;
}

bool Attention::isEngaged() const
{
    return !m_paused && m_hadActivity && now() < m_lastActivity + m_window;
}

qint64 Attention::elapsedTotal() const
{
    const qint64 t = qMax(now(), m_last);
    return m_elapsed + (m_paused ? 0 : t - m_last);
}

qint64 Attention::engagedTotal() const
{
    return m_engaged + engagedBetween(m_last, qMax(now(), m_last));
}

void DwellClock::start()
{
    m_running = true;
    m_elapsedAtStart = m_attention->elapsedTotal();
    m_engagedAtStart = m_attention->engagedTotal();
    m_elapsed = m_engaged = 0;
}

void DwellClock::stop()
{
    if (!m_running)
        return;
    m_elapsed = elapsedMs();
    m_engaged = engagedMs();
    m_running = false;
}

qint64 DwellClock::elapsedMs() const
{
    return m_running ? m_attention->elapsedTotal() - m_elapsedAtStart : m_elapsed;
}

qint64 DwellClock::engagedMs() const
{
    return m_running ? m_attention->engagedTotal() - m_engagedAtStart : m_engaged;
}

} // namespace showroom::telemetry
