#include "telemetry/DwellTracker.h"

#include "telemetry/Telemetry.h"

#include <QQmlEngine>

namespace showroom::telemetry {

DwellTracker::DwellTracker(QObject *parent) : QObject(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &DwellTracker::durationsChanged);
}

DwellTracker::~DwellTracker()
{
    leave(QStringLiteral("destroyed"));
}

void DwellTracker::setTelemetry(Telemetry *telemetry)
{
    if (m_telemetry == telemetry)
        return;
    leave();
    if (m_telemetry)
        disconnect(m_telemetry, nullptr, this, nullptr);
    m_telemetry = telemetry;
    m_clock.reset(telemetry ? new DwellClock(telemetry->attention()) : nullptr);
    if (telemetry) {
        // A session boundary splits a dwell: the visitor who leaves is not the one who arrives.
        connect(telemetry, &Telemetry::sessionEnding, this, [this] {
            if (!m_runningTarget.isEmpty())
                m_heldForSession = true;
            leave(QStringLiteral("session_end"));
        });
        connect(telemetry, &Telemetry::sessionChanged, this, [this] {
            if (m_telemetry && !m_telemetry->sessionId().isEmpty())
                m_heldForSession = false;
            sync();
        });
        connect(telemetry, &QObject::destroyed, this, [this] {
            m_clock.reset();
            m_runningTarget.clear();
            m_tick.stop();
        });
    }
    sync();
}

void DwellTracker::componentComplete()
{
    m_complete = true;
    if (!m_telemetry) {
        if (QQmlEngine *engine = qmlEngine(this)) {
            const int typeId = qmlTypeId("Showroom.Telemetry", 1, 0, "Telemetry");
            setTelemetry(engine->singletonInstance<Telemetry *>(typeId));
        }
    }
    sync();
}

void DwellTracker::setTarget(const QString &target)
{
    if (m_target == target)
        return;
    m_target = target;
    emit targetChanged();
    sync();
}

void DwellTracker::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    emit activeChanged();
    sync();
}

void DwellTracker::setProperties(const QVariantMap &properties)
{
    if (m_properties == properties)
        return;
    m_properties = properties;
    emit propertiesChanged();
}

qint64 DwellTracker::engagedMs() const
{
    return m_clock ? m_clock->engagedMs() : 0;
}

qint64 DwellTracker::elapsedMs() const
{
    return m_clock ? m_clock->elapsedMs() : 0;
}

void DwellTracker::sync()
{
    const bool want = m_complete && m_active && !m_target.isEmpty() && m_clock && !m_heldForSession;
    if (!m_runningTarget.isEmpty() && (!want || m_runningTarget != m_target))
        leave();
    if (want && m_runningTarget.isEmpty())
        enter();
}

void DwellTracker::enter()
{
    m_runningTarget = m_target;
    m_clock->start();
    m_telemetry->recordDwell(QStringLiteral("enter"), m_runningTarget, -1, -1, m_properties);
    m_tick.start();
    emit durationsChanged();
    emit entered(m_runningTarget);
}

void DwellTracker::leave(const QString &reason)
{
    if (m_runningTarget.isEmpty() || !m_clock)
        return;
    m_clock->stop();
    m_tick.stop();
    const QString target = std::exchange(m_runningTarget, QString());
    QVariantMap props = m_properties;
    if (!reason.isEmpty())
        props.insert(QStringLiteral("reason"), reason);
    if (m_telemetry)
        m_telemetry->recordDwell(QStringLiteral("leave"), target, m_clock->engagedMs(), m_clock->elapsedMs(),
                                 props);
    emit durationsChanged();
    emit left(target, m_clock->engagedMs(), m_clock->elapsedMs());
}

} // namespace showroom::telemetry
