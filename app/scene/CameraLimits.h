// Where an orbit camera may not be: under the ground, or inside a building. Pure functions on an orbit
// view (target, yaw, pitch, distance) so OrbitController applies the same rules to gestures, damping and
// flights, and tests can check them without a window.
#pragma once

#include <QList>
#include <QPair>
#include <QVector3D>

namespace showroom::scene {

struct OrbitView
{
    QVector3D target;
    qreal yaw = 30;   // degrees around +Y; 0 = camera on the +Z side of the target
    qreal pitch = 25; // degrees above the horizon
    qreal distance = 100;
    // The camera's sideways step, in distances, to the left of its orbit (a lens shift done by moving
    // the camera): the target is then drawn right of the view's centre, e.g. beside a panel on the left.
    // The camera keeps looking along -direction(), so the horizon and the orbit stay as they were.
    qreal shift = 0;

    // Unit vector from the target towards the camera's orbit position.
    QVector3D direction() const;
    // The camera's right, along the ground.
    QVector3D right() const;
    // From the target to the camera per metre of distance: direction() with the shift.
    QVector3D offset() const { return direction() - right() * float(shift); }
    QVector3D position() const { return target + offset() * float(distance); }
};

struct CameraLimits
{
    static constexpr qreal AboveGround = 1.5; // eye height over the ground, metres
    static constexpr float ObstacleMargin = 1.0f;

    qreal groundLevel = 0;
    qreal maxPitch = 85;                          // the ground rule tilts the camera up, never past this
    QList<QPair<QVector3D, QVector3D>> obstacles; // boxes (min, max), kept out of by ObstacleMargin

    // The view moved as little as possible to obey the rules: a camera under the ground is tilted up
    // (pitch, then distance if maxPitch is not enough); a camera inside a grown box is pushed out along
    // its line of sight, away from the target (a longer distance), so it never ends up in a building.
    OrbitView apply(OrbitView view) const;
    // True if the point is inside an obstacle grown by `margin`.
    bool insideObstacle(const QVector3D &point, float margin = ObstacleMargin) const;
};

} // namespace showroom::scene
