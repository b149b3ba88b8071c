#include "interior/WalkController.h"

#include <QtMath>
#include <algorithm>
#include <cmath>

namespace showroom::interior {

namespace {

constexpr qreal kMaxFrameSeconds = 0.25; // a stalled frame moves at most this much time's worth
constexpr qreal kGlideTurnRate = 6;      // 1/s: how fast a glide turns the view to its direction

qreal normalisedAngle(qreal deg)
{
    deg = std::fmod(deg, 360.0);
    if (deg > 180)
        deg -= 360;
    if (deg <= -180)
        deg += 360;
    return deg;
}

QPointF planForward(qreal yawDeg)
{
    const qreal r = qDegreesToRadians(yawDeg);
    return {std::sin(r), std::cos(r)};
}

} // namespace

WalkController::WalkController(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(16);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &WalkController::tick);
}

WalkController::~WalkController() = default;

void WalkController::setPlan(std::shared_ptr<const WalkPlan> plan)
{
    m_plan = std::move(plan);
    m_transitionTarget = -1;
    setTransition(0);
    setGliding(false);
    emit planChanged();
    emit storeyCountChanged();
    if (m_plan && m_plan->storeyCount() > 0) {
        enter();
    } else if (!m_roomId.isEmpty() || !m_roomName.isEmpty()) {
        m_roomId.clear();
        m_roomName.clear();
        emit roomChanged();
    }
}

void WalkController::setPlacement(const QMatrix4x4 &placement)
{
    if (placement == m_placement)
        return;
    m_placement = placement;
    emit placementChanged();
    emit worldPositionChanged();
    emit worldRotationChanged();
}

QVector3D WalkController::worldPosition() const
{
    return m_placement.map(m_position);
}

QVector3D WalkController::forward() const
{
    const qreal y = qDegreesToRadians(m_yaw), p = qDegreesToRadians(m_pitch);
    return QVector3D(float(std::sin(y) * std::cos(p)), float(std::sin(p)), float(std::cos(y) * std::cos(p)));
}

QQuaternion WalkController::worldRotation() const
{
    // Map the look direction and the camera's up through the placement, then build a proper rotation
    // from them: under a mirroring placement the camera looks along the mirrored forward without
    // itself being mirrored. A camera looks along its local -Z.
    const qreal y = qDegreesToRadians(m_yaw), p = qDegreesToRadians(m_pitch);
    const QVector3D up(float(-std::sin(p) * std::sin(y)), float(std::cos(p)),
                       float(-std::sin(p) * std::cos(y)));
    const QVector3D worldForward = m_placement.mapVector(forward()).normalized();
    const QVector3D worldUp = m_placement.mapVector(up).normalized();
    return QQuaternion::fromDirection(-worldForward, worldUp);
}

int WalkController::storeyCount() const
{
    return m_plan ? m_plan->storeyCount() : 0;
}

void WalkController::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        m_clock.start();
        m_timer.start();
    } else {
        m_timer.stop();
    }
    emit activeChanged();
}

void WalkController::setMoveForward(qreal v)
{
    v = std::clamp<qreal>(v, -1, 1);
    if (v == m_moveForward)
        return;
    m_moveForward = v;
    emit moveForwardChanged();
}

void WalkController::setMoveRight(qreal v)
{
    v = std::clamp<qreal>(v, -1, 1);
    if (v == m_moveRight)
        return;
    m_moveRight = v;
    emit moveRightChanged();
}

void WalkController::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    emit runningChanged();
}

void WalkController::enter()
{
    if (!m_plan || m_plan->storeyCount() == 0)
        return;
    m_transitionTarget = -1;
    setTransition(0);
    setGliding(false);
    setMode(Walking);
    int storey = 0;
    double yaw = 0;
    const QPointF p = m_plan->entryPoint(&storey, &yaw);
    m_pitchMin = -kPitchLimit;
    m_pitchMax = kPitchLimit;
    moveTo(storey, p);
    setOrientation(yaw, 0);
}

qreal WalkController::clampYaw(qreal yaw) const
{
    yaw = normalisedAngle(yaw);
    if (m_mode != Standing || m_standYawHalfRange >= 180)
        return yaw;
    const qreal off =
        std::clamp(normalisedAngle(yaw - m_standYaw), -m_standYawHalfRange, m_standYawHalfRange);
    return normalisedAngle(m_standYaw + off);
}

void WalkController::look(qreal dxPixels, qreal dyPixels)
{
    // The scene follows the pointer: dragging right turns the view left, dragging down looks up.
    if (!std::isfinite(dxPixels) || !std::isfinite(dyPixels))
        return;
    const qreal dYaw = dxPixels * kLookDegreesPerPixel, dPitch = dyPixels * kLookDegreesPerPixel;
    qreal yaw = m_yaw + dYaw;
    // Measured from the facing direction, so a big drag cannot wrap past the limit.
    if (m_mode == Standing && m_standYawHalfRange < 180)
        yaw = m_standYaw + std::clamp(normalisedAngle(m_yaw - m_standYaw) + dYaw, -m_standYawHalfRange,
                                      m_standYawHalfRange);
    setOrientation(yaw, m_pitch + dPitch);
}

void WalkController::setOrientation(qreal yaw, qreal pitch)
{
    yaw = clampYaw(yaw);
    pitch = std::clamp(pitch, m_pitchMin, m_pitchMax);
    const bool yawMoved = !qFuzzyCompare(1 + yaw, 1 + m_yaw),
               pitchMoved = !qFuzzyCompare(1 + pitch, 1 + m_pitch);
    m_yaw = yaw;
    m_pitch = pitch;
    if (yawMoved)
        emit yawChanged();
    if (pitchMoved)
        emit pitchChanged();
    if (yawMoved || pitchMoved)
        emit worldRotationChanged();
}

bool WalkController::walkToWorld(QVector3D scenePoint)
{
    if (!m_plan)
        return false;
    const QVector3D local = m_placement.inverted().map(scenePoint);
    if (m_plan->storeyAtHeight(local.y()) != m_storey)
        return false; // a point on another storey: goToStorey first
    return walkToPlan(QPointF(local.x(), local.z()));
}

bool WalkController::walkToPlan(QPointF planPoint)
{
    if (!m_plan || !std::isfinite(planPoint.x()) || !std::isfinite(planPoint.y()))
        return false;
    if (m_transitionTarget >= 0) {
        // Changing storey: the glide starts on the destination storey once the fade is over.
        bool found = false;
        m_plan->nearestWalkable(m_transitionTarget, planPoint, &found);
        m_pendingWalk = planPoint;
        m_hasPendingWalk = found;
        return found;
    }
    if (m_mode != Walking)
        return false;
    const QVector<QPointF> path = m_plan->pathTo(m_storey, planPosition(), planPoint);
    if (path.size() < 2)
        return false;
    m_glidePath = path;
    m_glideNext = 1;
    setGliding(true);
    return true;
}

void WalkController::goToStorey(int storey)
{
    if (!m_plan || storey < 0 || storey >= m_plan->storeyCount())
        return;
    if (storey == m_storey && m_transitionTarget < 0 && m_mode == Walking)
        return;
    setGliding(false);
    if (m_transitionTarget >= 0 && m_transitionSwitched) // fading in: fade out again from where it is
        m_transitionTime = kTransitionSeconds - m_transitionTime;
    else if (m_transitionTarget < 0)
        m_transitionTime = 0;
    m_transitionTarget = storey; // while still fading out, only the destination changes
    m_transitionSwitched = false;
}

void WalkController::standAt(QVector3D localEye, qreal facingYaw, qreal yawHalfRange, qreal pitchMin,
                             qreal pitchMax)
{
    m_transitionTarget = -1;
    setTransition(0);
    setGliding(false);
    setMode(Standing);
    m_standYaw = normalisedAngle(facingYaw);
    m_standYawHalfRange = std::clamp<qreal>(yawHalfRange, 0, 180);
    m_pitchMin = std::min(pitchMin, pitchMax);
    m_pitchMax = std::max(pitchMin, pitchMax);
    const int storey = m_plan ? m_plan->storeyAtHeight(localEye.y() - kEyeHeight) : 0;
    const bool storeyMoved = storey != m_storey;
    m_storey = storey;
    m_position = localEye;
    emit positionChanged();
    emit worldPositionChanged();
    if (storeyMoved)
        emit storeyChanged();
    updateRoom();
    setOrientation(facingYaw, std::clamp<qreal>(0, m_pitchMin, m_pitchMax));
}

void WalkController::standAtWorld(QVector3D worldEye, QVector3D worldFacing, qreal yawHalfRange)
{
    const QMatrix4x4 toLocal = m_placement.inverted();
    const QVector3D eye = toLocal.map(worldEye), facing = toLocal.mapVector(worldFacing);
    const qreal yaw = qRadiansToDegrees(std::atan2(qreal(facing.x()), qreal(facing.z())));
    standAt(eye, yaw, yawHalfRange, -35, 25);
}

void WalkController::tick()
{
    step(m_clock.restart() / 1000.0);
}

void WalkController::step(qreal dt)
{
    if (!m_plan || !(dt > 0))
        return;
    dt = std::min(dt, kMaxFrameSeconds);
    if (m_transitionTarget >= 0) {
        stepTransition(dt);
        return;
    }
    if (m_mode != Walking)
        return;
    if (std::fabs(m_moveForward) > 0.01 || std::fabs(m_moveRight) > 0.01)
        stepWalking(dt);
    else if (m_gliding)
        stepGlide(dt);
}

void WalkController::stepWalking(qreal dt)
{
    setGliding(false); // any move input takes over from a glide
    const QPointF f = planForward(m_yaw), right(-f.y(), f.x());
    QPointF dir = f * m_moveForward + right * m_moveRight;
    const qreal length = std::hypot(dir.x(), dir.y());
    if (length > 1)
        dir /= length;
    const qreal speed = m_running ? kRunSpeed : kWalkSpeed;
    moveTo(m_storey, m_plan->slide(m_storey, planPosition(), dir * speed * dt));
}

void WalkController::stepGlide(qreal dt)
{
    qreal budget = kWalkSpeed * dt;
    QPointF p = planPosition();
    QPointF heading;
    while (budget > 1e-9 && m_glideNext < m_glidePath.size()) {
        const QPointF d = m_glidePath[m_glideNext] - p;
        const qreal dist = std::hypot(d.x(), d.y());
        if (dist < 1e-6) {
            ++m_glideNext;
            continue;
        }
        heading = d / dist;
        const qreal move = std::min(dist, budget);
        const QPointF want = p + heading * move;
        const QPointF got = m_plan->slide(m_storey, p, heading * move);
        if (std::hypot(got.x() - want.x(), got.y() - want.y()) > 0.02) {
            p = got; // the path no longer fits (it should): stop where the body is
            m_glideNext = m_glidePath.size();
            break;
        }
        p = got;
        budget -= move;
        if (move >= dist)
            ++m_glideNext;
    }
    moveTo(m_storey, p);
    if (!heading.isNull()) {
        const qreal target = qRadiansToDegrees(std::atan2(heading.x(), heading.y()));
        const qreal k = 1 - std::exp(-kGlideTurnRate * dt);
        setOrientation(m_yaw + normalisedAngle(target - m_yaw) * k, m_pitch * (1 - k));
    }
    if (m_glideNext >= m_glidePath.size())
        setGliding(false);
}

void WalkController::stepTransition(qreal dt)
{
    const qreal half = kTransitionSeconds / 2;
    m_transitionTime += dt;
    if (m_transitionTime >= half && !m_transitionSwitched) {
        // At the darkest moment: the same plan spot on the other storey when walkable there, else the
        // walkable point nearest to it, else (nothing walkable there?) that storey's entrance.
        m_transitionSwitched = true;
        const int target = m_transitionTarget;
        bool found = false;
        QPointF p = m_plan->nearestWalkable(target, planPosition(), &found);
        int entryStorey = 0;
        const QPointF entry = m_plan->entryPoint(&entryStorey);
        if (!found && entryStorey == target)
            p = entry;
        if (m_mode != Walking) {
            setMode(Walking);
            m_pitchMin = -kPitchLimit;
            m_pitchMax = kPitchLimit;
        }
        moveTo(target, p);
    }
    if (m_transitionTime >= kTransitionSeconds) {
        m_transitionTarget = -1;
        setTransition(0);
        if (m_hasPendingWalk) {
            m_hasPendingWalk = false;
            walkToPlan(m_pendingWalk);
        }
        return;
    }
    setTransition(m_transitionTime < half ? m_transitionTime / half : 1 - (m_transitionTime - half) / half);
}

void WalkController::moveTo(int storey, QPointF plan)
{
    const QVector3D position(float(plan.x()), float(m_plan->floorLevel(storey) + kEyeHeight),
                             float(plan.y()));
    const bool storeyMoved = storey != m_storey;
    m_storey = storey;
    if (position != m_position) {
        m_position = position;
        emit positionChanged();
        emit worldPositionChanged();
    }
    if (storeyMoved)
        emit storeyChanged();
    updateRoom();
}

void WalkController::updateRoom()
{
    const int index = m_plan ? m_plan->roomAt(m_storey, planPosition()) : -1;
    QString id, name;
    if (index >= 0) {
        id = m_plan->rooms()[index].id;
        name = m_plan->rooms()[index].name;
    } else if (m_mode == Walking) {
        return; // between floors' edges: still in the room we were in
    }
    if (id == m_roomId && name == m_roomName)
        return;
    m_roomId = id;
    m_roomName = name;
    emit roomChanged();
}

void WalkController::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    emit modeChanged();
}

void WalkController::setGliding(bool gliding)
{
    if (!gliding) {
        m_glidePath.clear();
        m_glideNext = 0;
        m_hasPendingWalk = false;
    }
    if (gliding == m_gliding)
        return;
    m_gliding = gliding;
    emit glidingChanged();
}

void WalkController::setTransition(qreal t)
{
    if (qFuzzyCompare(1 + t, 1 + m_transition))
        return;
    m_transition = t;
    emit transitionChanged();
}

} // namespace showroom::interior
