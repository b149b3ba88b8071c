#include "scene/OrbitController.h"

#include <QtMath>
#include <algorithm>
#include <cmath>

namespace showroom::scene {

OrbitController::OrbitController(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(16);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qreal dt = m_clock.isValid() ? m_clock.restart() / 1000.0 : 0.016;
        step(std::clamp(dt, 0.0, 0.1)); // a stalled frame must not fling the camera
    });
}

QVector3D OrbitController::position() const
{
    const qreal yaw = qDegreesToRadians(m_current.yaw);
    const qreal pitch = qDegreesToRadians(m_current.pitch);
    const QVector3D dir(float(std::sin(yaw) * std::cos(pitch)), float(std::sin(pitch)),
                        float(std::cos(yaw) * std::cos(pitch)));
    return m_current.target + dir * float(m_current.distance);
}

QQuaternion OrbitController::rotation() const
{
    // The camera looks down -Z; yaw turns it around Y, a positive pitch tilts it down at the target.
    return QQuaternion::fromEulerAngles(float(-m_current.pitch), float(m_current.yaw), 0);
}

void OrbitController::setMinPitch(qreal v)
{
    m_minPitch = std::clamp(v, -89.0, 89.0);
    clampGoal();
    emit limitsChanged();
    kick();
}

void OrbitController::setMaxPitch(qreal v)
{
    m_maxPitch = std::clamp(v, -89.0, 89.0);
    clampGoal();
    emit limitsChanged();
    kick();
}

void OrbitController::setMinDistance(qreal v)
{
    m_minDistance = std::max(0.01, v);
    clampGoal();
    emit limitsChanged();
    kick();
}

void OrbitController::setMaxDistance(qreal v)
{
    m_maxDistance = std::max(0.01, v);
    clampGoal();
    emit limitsChanged();
    kick();
}

void OrbitController::setFieldOfView(qreal v)
{
    m_fov = std::clamp(v, 1.0, 170.0);
    emit limitsChanged();
}

void OrbitController::setAspectRatio(qreal v)
{
    if (v > 0 && std::isfinite(v))
        m_aspect = v;
    emit limitsChanged();
}

void OrbitController::setDamping(qreal v)
{
    m_damping = std::max(0.0, v);
    emit limitsChanged();
}

void OrbitController::setDegreesPerPixel(qreal v)
{
    m_degreesPerPixel = v;
    emit limitsChanged();
}

void OrbitController::orbit(qreal dx, qreal dy)
{
    if (!std::isfinite(dx) || !std::isfinite(dy))
        return;
    // Dragging right pulls the site along with the finger, so the camera swings the other way.
    m_goal.yaw -= dx * m_degreesPerPixel;
    m_goal.pitch += dy * m_degreesPerPixel;
    clampGoal();
    kick();
}

void OrbitController::pan(qreal dx, qreal dy, qreal viewHeight)
{
    if (!std::isfinite(dx) || !std::isfinite(dy) || viewHeight <= 0)
        return;
    // World metres per pixel at the target's depth, so the ground under the finger stays under it.
    const qreal metresPerPixel = 2.0 * m_goal.distance * std::tan(qDegreesToRadians(m_fov) / 2) / viewHeight;
    const qreal yaw = qDegreesToRadians(m_goal.yaw);
    const QVector3D right(float(std::cos(yaw)), 0, float(-std::sin(yaw)));
    const QVector3D forward(float(-std::sin(yaw)), 0, float(-std::cos(yaw))); // along the ground
    m_goal.target += (right * float(-dx) + forward * float(dy)) * float(metresPerPixel);
    clampGoal();
    kick();
}

void OrbitController::zoom(qreal factor)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    m_goal.distance /= factor;
    clampGoal();
    kick();
}

void OrbitController::frame(QVector3D boundsMin, QVector3D boundsMax, bool animate)
{
    const QVector3D centre = (boundsMin + boundsMax) * 0.5f;
    const qreal radius = std::max(0.5, qreal((boundsMax - boundsMin).length()) * 0.5);

    m_minDistance = radius * 0.25;
    // Panning stays over the site: the target may leave the box by a quarter of its size at most.
    const QVector3D slack = (boundsMax - boundsMin) * 0.25f;
    m_panMin = QVector3D(boundsMin.x() - slack.x(), boundsMin.y(), boundsMin.z() - slack.z());
    m_panMax = QVector3D(boundsMax.x() + slack.x(), boundsMax.y(), boundsMax.z() + slack.z());

    m_goal.target = centre;
    m_goal.yaw = 35;   // a three-quarter view reads buildings better than a facade-on one
    m_goal.pitch = 17; // high enough to see the site plan, low enough to show facades and some sky

    // The closest distance at which every corner of the box is inside both fields of view, seen from
    // this yaw and pitch (tighter than a bounding sphere, which leaves the buildings small).
    const qreal tanV = std::tan(qDegreesToRadians(m_fov) / 2);
    const qreal tanH = tanV * m_aspect;
    const QQuaternion rot = QQuaternion::fromEulerAngles(float(-m_goal.pitch), float(m_goal.yaw), 0);
    const QVector3D right = rot.rotatedVector(QVector3D(1, 0, 0));
    const QVector3D up = rot.rotatedVector(QVector3D(0, 1, 0));
    const QVector3D back = rot.rotatedVector(QVector3D(0, 0, 1)); // from the target towards the camera
    qreal fit = 0;
    for (int corner = 0; corner < 8; ++corner) {
        const QVector3D p(corner & 1 ? boundsMax.x() : boundsMin.x(),
                          corner & 2 ? boundsMax.y() : boundsMin.y(),
                          corner & 4 ? boundsMax.z() : boundsMin.z());
        const QVector3D o = p - centre;
        const qreal z = QVector3D::dotProduct(o, back);
        fit = std::max({fit, z + std::abs(QVector3D::dotProduct(o, right)) / tanH,
                        z + std::abs(QVector3D::dotProduct(o, up)) / tanV});
    }
    fit *= 1.04; // a thin margin so nothing touches the edge
    m_maxDistance = std::max(fit * 2.5, m_minDistance * 2);
    m_goal.distance = fit;
    emit limitsChanged();
    clampGoal();
    if (animate)
        kick();
    else
        settle();
}

void OrbitController::focus(QVector3D point, qreal distance)
{
    m_goal.target = point;
    if (distance > 0)
        m_goal.distance = distance;
    clampGoal();
    kick();
}

void OrbitController::setView(qreal yaw, qreal pitch, qreal distance, bool animate)
{
    m_goal.yaw = yaw;
    m_goal.pitch = pitch;
    if (distance > 0)
        m_goal.distance = distance;
    clampGoal();
    if (animate)
        kick();
    else
        settle();
}

void OrbitController::settle()
{
    m_current = m_goal;
    m_timer.stop();
    m_clock.invalidate();
    emit cameraChanged();
    setMoving(false);
}

void OrbitController::step(qreal dt)
{
    if (m_damping <= 0 || dt <= 0) {
        if (m_damping <= 0)
            settle();
        return;
    }
    const qreal k = 1.0 - std::exp(-dt / m_damping);
    m_current.yaw += (m_goal.yaw - m_current.yaw) * k;
    m_current.pitch += (m_goal.pitch - m_current.pitch) * k;
    m_current.distance += (m_goal.distance - m_current.distance) * k;
    m_current.target += (m_goal.target - m_current.target) * float(k);
    const bool close = std::abs(m_goal.yaw - m_current.yaw) < 0.01 &&
                       std::abs(m_goal.pitch - m_current.pitch) < 0.01 &&
                       std::abs(m_goal.distance - m_current.distance) < 0.001 * m_goal.distance &&
                       (m_goal.target - m_current.target).length() < 0.001f * float(m_goal.distance);
    if (close) {
        settle();
        return;
    }
    emit cameraChanged();
}

void OrbitController::clampGoal()
{
    m_goal.pitch =
        std::clamp(m_goal.pitch, std::min(m_minPitch, m_maxPitch), std::max(m_minPitch, m_maxPitch));
    m_goal.distance = std::clamp(m_goal.distance, std::min(m_minDistance, m_maxDistance),
                                 std::max(m_minDistance, m_maxDistance));
    m_goal.target = QVector3D(std::clamp(m_goal.target.x(), m_panMin.x(), m_panMax.x()),
                              std::clamp(m_goal.target.y(), m_panMin.y(), m_panMax.y()),
                              std::clamp(m_goal.target.z(), m_panMin.z(), m_panMax.z()));
    // Keep yaw bounded; goal and current move by whole turns together so the easing never spins.
    while (m_goal.yaw > 540) {
        m_goal.yaw -= 360;
        m_current.yaw -= 360;
    }
    while (m_goal.yaw < -540) {
        m_goal.yaw += 360;
        m_current.yaw += 360;
    }
}

void OrbitController::kick()
{
    if (m_damping <= 0) {
        settle();
        return;
    }
    setMoving(true);
    if (!m_timer.isActive()) {
        m_clock.start();
        m_timer.start();
    }
}

void OrbitController::setMoving(bool moving)
{
    if (m_moving == moving)
        return;
    m_moving = moving;
    emit movingChanged();
}

} // namespace showroom::scene
