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
    return m_current.position();
}

QQuaternion OrbitController::rotation() const
{
    // The camera looks down -Z; yaw turns it around Y, a positive pitch tilts it down at the target.
    return QQuaternion::fromEulerAngles(float(-m_current.pitch), float(m_current.yaw), 0);
}

void OrbitController::setMinPitch(qreal v)
{
    m_minPitch = std::clamp(v, -89.0, 89.0);
    m_limits.maxPitch = std::max(m_minPitch, m_maxPitch);
    clampGoal();
    emit limitsChanged();
    kick();
}

void OrbitController::setMaxPitch(qreal v)
{
    m_maxPitch = std::clamp(v, -89.0, 89.0);
    m_limits.maxPitch = std::max(m_minPitch, m_maxPitch);
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

void OrbitController::setGroundLevel(qreal level)
{
    if (!std::isfinite(level) || level == m_limits.groundLevel)
        return;
    m_limits.groundLevel = level;
    clampGoal();
    constrainCurrent();
    emit limitsChanged();
    kick();
}

void OrbitController::setObstacles(const QList<QPair<QVector3D, QVector3D>> &boxes)
{
    m_limits.obstacles = boxes;
    clampGoal();
    constrainCurrent();
    kick();
}

void OrbitController::setFieldOfView(qreal v)
{
    m_fov = std::clamp(v, 1.0, 170.0);
    emit limitsChanged();
    updateShift();
}

void OrbitController::setAspectRatio(qreal v)
{
    if (v > 0 && std::isfinite(v))
        m_aspect = v;
    emit limitsChanged();
    updateShift();
}

void OrbitController::setCoveredLeft(qreal share)
{
    setCovered(m_coveredLeft, share);
}

void OrbitController::setCoveredRight(qreal share)
{
    setCovered(m_coveredRight, share);
}

void OrbitController::setCovered(qreal &side, qreal share)
{
    share = std::isfinite(share) ? std::clamp(share, 0.0, 0.8) : 0.0;
    if (share == side)
        return;
    side = share;
    emit coverChanged();
    updateShift();
}

void OrbitController::setCoveredHeight(qreal share)
{
    share = std::isfinite(share) ? std::clamp(share, 0.0, 0.8) : 0.0;
    if (share == m_coveredHeight)
        return;
    m_coveredHeight = share;
    emit coverChanged();
    // Still heading for (or at) what frame() chose: fit that box again, the same way it went there.
    const View &heading = m_flight.active ? m_flight.to : m_goal;
    if (m_framed && heading.target == m_framedView.target && heading.yaw == m_framedView.yaw &&
        heading.pitch == m_framedView.pitch && heading.distance == m_framedView.distance)
        frame(m_framedMin, m_framedMax, m_flight.active);
}

qreal OrbitController::wantedShift() const
{
    // The middle of the uncovered part is at x = left - right in normalised device coordinates; a camera
    // moved left by that times the half-width of the view at the target's depth draws the target there.
    const qreal tanH = std::tan(qDegreesToRadians(m_fov) / 2) * m_aspect;
    return (m_coveredLeft - m_coveredRight) * tanH;
}

void OrbitController::updateShift()
{
    const qreal shift = wantedShift();
    if (shift == m_goal.shift && (!m_flight.active || shift == m_flight.to.shift))
        return;
    // A flight under way ends beside the panels; otherwise the camera eases sideways.
    if (m_flight.active)
        m_flight.to = clamped(m_flight.to);
    clampGoal();
    if (m_current.shift != m_goal.shift)
        kick();
}

QPointF OrbitController::viewPosition(QVector3D point) const
{
    const QVector3D local = rotation().conjugated().rotatedVector(point - position());
    const qreal depth = -local.z();
    if (!(depth > 1e-6))
        return QPointF(qQNaN(), qQNaN());
    const qreal tanV = std::tan(qDegreesToRadians(m_fov) / 2), tanH = tanV * m_aspect;
    return QPointF((1 + local.x() / depth / tanH) / 2, (1 - local.y() / depth / tanV) / 2);
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
    interruptFlight();
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
    interruptFlight();
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
    interruptFlight();
    m_goal.distance /= factor;
    clampGoal();
    kick();
}

void OrbitController::frame(QVector3D boundsMin, QVector3D boundsMax, bool animate)
{
    const QVector3D centre = (boundsMin + boundsMax) * 0.5f;
    // Panning stays over the site: the target may leave the box by a quarter of its size at most.
    const QVector3D slack = (boundsMax - boundsMin) * 0.25f;
    m_panMin = QVector3D(boundsMin.x() - slack.x(), boundsMin.y(), boundsMin.z() - slack.z());
    m_panMax = QVector3D(boundsMax.x() + slack.x(), boundsMax.y(), boundsMax.z() + slack.z());

    View view;
    view.target = centre;
    view.yaw = 35;   // a three-quarter view reads buildings better than a facade-on one
    view.pitch = 17; // high enough to see the site plan, low enough to show facades and some sky

    // The closest distance at which every corner of the box is inside both fields of view, seen from
    // this yaw and pitch (tighter than a bounding sphere, which leaves the buildings small). Across, the
    // view is the part the panels leave: centred at x = s, half as wide as w (normalised device
    // coordinates), the camera shifted by s * tanH (wantedShift). A corner at o from the centre, z
    // towards the camera, is drawn at x = (o.right / tanH + s * z) / (distance - z) + s, so it is in
    // view when distance >= z + |o.right / tanH + s * z| / w.
    const qreal tanV = std::tan(qDegreesToRadians(m_fov) / 2);
    const qreal tanH = tanV * m_aspect;
    const qreal s = m_coveredLeft - m_coveredRight;
    const qreal w = std::max(0.2, 1 - m_coveredLeft - m_coveredRight);
    const qreal h = std::max(0.2, 1 - m_coveredHeight); // (up and down alike: centred)
    const QQuaternion rot = QQuaternion::fromEulerAngles(float(-view.pitch), float(view.yaw), 0);
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
        fit = std::max({fit, z + std::abs(QVector3D::dotProduct(o, right) / tanH + s * z) / w,
                        z + std::abs(QVector3D::dotProduct(o, up)) / tanV / h});
    }
    fit *= 1.04; // a thin margin so nothing touches the edge
    // Close enough to read a balcony, far enough to see the whole site with room around it, and no
    // further: past that the site is a speck and the buyer is lost in space.
    m_minDistance = std::min(5.0, fit);
    m_maxDistance = std::max(3.0 * qreal((boundsMax - boundsMin).length()), fit * 1.5);
    emit limitsChanged();
    view.distance = fit;
    m_framedMin = boundsMin;
    m_framedMax = boundsMax;
    m_framed = true;
    if (animate) {
        flyTo(view.target, view.yaw, view.pitch, view.distance);
        m_framedView = m_flight.active ? m_flight.to : m_goal;
        return;
    }
    interruptFlight();
    m_goal = view;
    clampGoal();
    settle();
    m_framedView = m_goal;
}

void OrbitController::focus(QVector3D point, qreal distance)
{
    interruptFlight();
    m_goal.target = point;
    if (distance > 0)
        m_goal.distance = distance;
    clampGoal();
    kick();
}

void OrbitController::setView(qreal yaw, qreal pitch, qreal distance, bool animate)
{
    interruptFlight();
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

namespace {

// Ease in and out with zero speed and zero acceleration at both ends: no jolt leaving, no bump arriving.
qreal smootherstep(qreal t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t * t * t * (t * (t * 6 - 15) + 10);
}

qreal shortestTurn(qreal from, qreal to)
{
    qreal d = std::fmod(to - from, 360.0);
    if (d > 180)
        d -= 360;
    else if (d <= -180)
        d += 360;
    return d;
}

} // namespace

void OrbitController::flyTo(QVector3D target, qreal yaw, qreal pitch, qreal distance, int durationMs)
{
    if (!std::isfinite(target.x()) || !std::isfinite(target.y()) || !std::isfinite(target.z()) ||
        !std::isfinite(yaw) || !std::isfinite(pitch) || !std::isfinite(distance))
        return;
    interruptFlight();
    View to;
    to.target = target;
    to.yaw = m_current.yaw + shortestTurn(m_current.yaw, yaw);
    to.pitch = pitch;
    to.distance = distance > 0 ? distance : m_current.distance;
    to = clamped(to);
    if (durationMs < 0) {
        // Longer for a longer way: across the site, round the building, or from far to near.
        const qreal scale = std::max(5.0, (m_current.distance + to.distance) / 2);
        const qreal effort =
            qreal((to.target - m_current.target).length()) / scale + std::abs(to.yaw - m_current.yaw) / 120 +
            std::abs(to.pitch - m_current.pitch) / 60 +
            std::abs(std::log(to.distance / std::max(0.01, m_current.distance))) / std::log(4.0);
        durationMs = int(std::lround(1000 * std::clamp(0.9 + 0.8 * effort, 0.9, 2.5)));
    }
    m_goal = to;
    if (durationMs == 0) {
        m_current = to;
        emit cameraChanged();
        setMoving(false);
        emit flightFinished();
        return;
    }
    m_flight = Flight{m_current, to, durationMs / 1000.0, 0, true};
    emit flyingChanged();
    kick();
}

void OrbitController::flyToView(QVector3D cameraPosition, QVector3D lookAt, int durationMs)
{
    const QVector3D offset = cameraPosition - lookAt;
    const qreal distance = offset.length();
    if (distance < 1e-3) {
        flyTo(lookAt, m_current.yaw, m_current.pitch, m_current.distance, durationMs);
        return;
    }
    // The inverse of OrbitView::direction(): (sin yaw cos pitch, sin pitch, cos yaw cos pitch).
    const QVector3D dir = offset / float(distance);
    const qreal pitch = qRadiansToDegrees(std::asin(std::clamp(qreal(dir.y()), -1.0, 1.0)));
    const qreal yaw = qRadiansToDegrees(std::atan2(qreal(dir.x()), qreal(dir.z())));
    flyTo(lookAt, yaw, pitch, distance, durationMs);
}

void OrbitController::stopFlight()
{
    if (!m_flight.active)
        return;
    interruptFlight();
    settle(); // goal is where the camera is: stay there
    // ...except for the shift beside the panels, which eases on to where it belongs.
    clampGoal();
    if (m_current.shift != m_goal.shift)
        kick();
}

int OrbitController::flightDurationMs() const
{
    return m_flight.active ? int(std::lround(m_flight.duration * 1000)) : 0;
}

void OrbitController::interruptFlight()
{
    if (!m_flight.active)
        return;
    m_goal = m_current; // from here on, gestures and damping act from where the camera is
    endFlight(false);
}

void OrbitController::endFlight(bool finished)
{
    m_flight.active = false;
    emit flyingChanged();
    if (finished)
        emit flightFinished();
    else
        emit flightInterrupted();
}

void OrbitController::settle()
{
    const bool flew = m_flight.active;
    if (flew)
        m_goal = m_flight.to;
    m_current = m_goal;
    m_timer.stop();
    m_clock.invalidate();
    emit cameraChanged();
    setMoving(false);
    if (flew)
        endFlight(true);
}

void OrbitController::step(qreal dt)
{
    if (m_flight.active) {
        if (!(dt > 0))
            return;
        m_flight.elapsed += dt;
        if (m_flight.elapsed >= m_flight.duration) {
            settle(); // exactly the goal, and flightFinished
            return;
        }
        const qreal s = smootherstep(m_flight.elapsed / m_flight.duration);
        const View &a = m_flight.from, &b = m_flight.to;
        m_current.target = a.target + (b.target - a.target) * float(s);
        m_current.yaw = a.yaw + (b.yaw - a.yaw) * s;
        m_current.pitch = a.pitch + (b.pitch - a.pitch) * s;
        m_current.shift = a.shift + (b.shift - a.shift) * s;
        // Distance in proportion (log space): a fly-in from 400 m to 40 m slows as it nears, as it looks.
        m_current.distance = std::exp(std::log(std::max(0.01, a.distance)) * (1 - s) +
                                      std::log(std::max(0.01, b.distance)) * s);
        constrainCurrent();
        emit cameraChanged();
        return;
    }
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
    m_current.shift += (m_goal.shift - m_current.shift) * k;
    constrainCurrent();
    const bool close = std::abs(m_goal.yaw - m_current.yaw) < 0.01 &&
                       std::abs(m_goal.pitch - m_current.pitch) < 0.01 &&
                       std::abs(m_goal.shift - m_current.shift) < 0.001 &&
                       std::abs(m_goal.distance - m_current.distance) < 0.001 * m_goal.distance &&
                       (m_goal.target - m_current.target).length() < 0.001f * float(m_goal.distance);
    if (close) {
        settle();
        return;
    }
    emit cameraChanged();
}

OrbitController::View OrbitController::clamped(View view) const
{
    view.shift = wantedShift();
    view.pitch = std::clamp(view.pitch, std::min(m_minPitch, m_maxPitch), std::max(m_minPitch, m_maxPitch));
    view.distance = std::clamp(view.distance, std::min(m_minDistance, m_maxDistance),
                               std::max(m_minDistance, m_maxDistance));
    view.target = QVector3D(std::clamp(view.target.x(), m_panMin.x(), m_panMax.x()),
                            std::clamp(view.target.y(), m_panMin.y(), m_panMax.y()),
                            std::clamp(view.target.z(), m_panMin.z(), m_panMax.z()));
    return m_limits.apply(view);
}

void OrbitController::clampGoal()
{
    m_goal = clamped(m_goal);
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

void OrbitController::constrainCurrent()
{
    // The eased path between two allowed views can dip under the ground or clip a building corner.
    m_current = m_limits.apply(m_current);
}

void OrbitController::kick()
{
    if (m_damping <= 0 && !m_flight.active) {
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
