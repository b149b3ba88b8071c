#include "scene/CameraLimits.h"

#include <QtMath>
#include <algorithm>
#include <cmath>
#include <limits>

namespace showroom::scene {

namespace {

bool inside(const QVector3D &p, const QVector3D &mn, const QVector3D &mx)
{
    return p.x() > mn.x() && p.y() > mn.y() && p.z() > mn.z() && p.x() < mx.x() && p.y() < mx.y() &&
           p.z() < mx.z();
}

// Distance along the ray from `origin` in `dir` at which it leaves the box (origin inside or the ray
// passing through it).
qreal exitDistance(const QVector3D &origin, const QVector3D &dir, const QVector3D &mn, const QVector3D &mx)
{
    qreal t = std::numeric_limits<qreal>::max();
    for (int axis = 0; axis < 3; ++axis) {
        if (dir[axis] > 1e-6f)
            t = std::min(t, qreal(mx[axis] - origin[axis]) / dir[axis]);
        else if (dir[axis] < -1e-6f)
            t = std::min(t, qreal(mn[axis] - origin[axis]) / dir[axis]);
    }
    return t;
}

} // namespace

QVector3D OrbitView::direction() const
{
    const qreal y = qDegreesToRadians(yaw);
    const qreal p = qDegreesToRadians(pitch);
    return QVector3D(float(std::sin(y) * std::cos(p)), float(std::sin(p)), float(std::cos(y) * std::cos(p)));
}

QVector3D OrbitView::right() const
{
    const qreal y = qDegreesToRadians(yaw);
    return QVector3D(float(std::cos(y)), 0, float(-std::sin(y)));
}

bool CameraLimits::insideObstacle(const QVector3D &point, float margin) const
{
    const QVector3D grow(margin, margin, margin);
    return std::any_of(obstacles.cbegin(), obstacles.cend(),
                       [&](const auto &box) { return inside(point, box.first - grow, box.second + grow); });
}

OrbitView CameraLimits::apply(OrbitView view) const
{
    // Under the ground: steeper first (the view the buyer chose stays framed), further away if even the
    // steepest allowed pitch is not enough.
    const qreal eye = groundLevel + AboveGround;
    const qreal needed = eye - qreal(view.target.y());
    if (view.distance > 0 && qreal(view.position().y()) < eye - 1e-6) {
        const qreal sinNeeded = needed / view.distance;
        const qreal sinMax = std::sin(qDegreesToRadians(std::clamp(maxPitch, -89.0, 89.0)));
        if (sinNeeded <= sinMax) {
            view.pitch = std::max(view.pitch, qRadiansToDegrees(std::asin(std::clamp(sinNeeded, -1.0, 1.0))));
        } else if (sinMax > 0.01) {
            view.pitch = std::clamp(maxPitch, -89.0, 89.0);
            view.distance = needed / sinMax;
        }
    }
    // Inside a building: out along the line of sight, away from the target. Each push leaves one box;
    // landing in another pushes again (a row of buildings), at most once per box.
    const QVector3D grow(ObstacleMargin, ObstacleMargin, ObstacleMargin);
    const QVector3D dir = view.offset(); // position = target + dir * distance, shift included
    for (int pass = 0; pass <= obstacles.size(); ++pass) {
        bool moved = false;
        const QVector3D position = view.position();
        for (const auto &box : obstacles) {
            const QVector3D mn = box.first - grow, mx = box.second + grow;
            if (!inside(position, mn, mx))
                continue;
            view.distance = std::max(view.distance, exitDistance(view.target, dir, mn, mx) + 0.01);
            moved = true;
            break;
        }
        if (!moved)
            break;
    }
    return view;
}

} // namespace showroom::scene
