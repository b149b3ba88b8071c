// Orbit camera math for the site view: yaw around the target, pitch above the horizon, distance, pan of
// the target within the site, and damping so a 55" touch screen never jerks. Gestures call orbit(), pan()
// and zoom(); the camera binds to position and rotation. Flights (flyTo, flyToView, frame) ease from
// view to view and stop where they are at the first gesture. The camera never goes under the ground nor
// into a building (CameraLimits). Kept out of QML so the clamps are unit-tested.
#pragma once

#include "scene/CameraLimits.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointF>
#include <QQuaternion>
#include <QTimer>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

namespace showroom::scene {

class OrbitController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // Where the camera looks and how it looks at it (the damped, current values).
    Q_PROPERTY(QVector3D target READ target NOTIFY cameraChanged)
    Q_PROPERTY(qreal yaw READ yaw NOTIFY cameraChanged)
    Q_PROPERTY(qreal pitch READ pitch NOTIFY cameraChanged)
    Q_PROPERTY(qreal distance READ distance NOTIFY cameraChanged)
    Q_PROPERTY(QVector3D position READ position NOTIFY cameraChanged)
    Q_PROPERTY(QQuaternion rotation READ rotation NOTIFY cameraChanged)
    // True while the camera is still easing towards where the gestures asked it to be, or flying.
    Q_PROPERTY(bool moving READ moving NOTIFY movingChanged)
    // True during a flight (flyTo, flyToView, frame with animate).
    Q_PROPERTY(bool flying READ flying NOTIFY flyingChanged)
    // The camera's position never goes below groundLevel + 1.5 m (default 0: the site datum).
    Q_PROPERTY(qreal groundLevel READ groundLevel WRITE setGroundLevel NOTIFY limitsChanged)

    Q_PROPERTY(qreal minPitch READ minPitch WRITE setMinPitch NOTIFY limitsChanged)
    Q_PROPERTY(qreal maxPitch READ maxPitch WRITE setMaxPitch NOTIFY limitsChanged)
    Q_PROPERTY(qreal minDistance READ minDistance WRITE setMinDistance NOTIFY limitsChanged)
    Q_PROPERTY(qreal maxDistance READ maxDistance WRITE setMaxDistance NOTIFY limitsChanged)
    // Vertical field of view (degrees) and width/height of the view: used to frame bounds.
    Q_PROPERTY(qreal fieldOfView READ fieldOfView WRITE setFieldOfView NOTIFY limitsChanged)
    Q_PROPERTY(qreal aspectRatio READ aspectRatio WRITE setAspectRatio NOTIFY limitsChanged)
    // Time constant of the easing in seconds; 0 = jump at once.
    Q_PROPERTY(qreal damping READ damping WRITE setDamping NOTIFY limitsChanged)
    // Degrees of yaw per pixel of horizontal drag (pitch uses the same rate).
    Q_PROPERTY(qreal degreesPerPixel READ degreesPerPixel WRITE setDegreesPerPixel NOTIFY limitsChanged)
    // Shares of the view's width (0..0.8) that panels cover on the left and on the right: the target is
    // drawn in the middle of the rest and frame() fits its box into the rest. Done by shifting the
    // camera sideways (OrbitView::shift, eased like any move), not the target, so the pan area never
    // clamps it away and gestures still turn around what was framed.
    Q_PROPERTY(qreal coveredLeft READ coveredLeft WRITE setCoveredLeft NOTIFY coverChanged)
    Q_PROPERTY(qreal coveredRight READ coveredRight WRITE setCoveredRight NOTIFY coverChanged)
    // The share of the stage's height that panels above and below cover together (the timeline page's
    // header and date bar, about even), 0..0.8: frame() fits the box into the rest of the height, and a
    // box just framed (the goal unchanged since) is framed again when it changes.
    Q_PROPERTY(qreal coveredHeight READ coveredHeight WRITE setCoveredHeight NOTIFY coverChanged)

public:
    explicit OrbitController(QObject *parent = nullptr);

    QVector3D target() const { return m_current.target; }
    qreal yaw() const { return m_current.yaw; }
    qreal pitch() const { return m_current.pitch; }
    qreal distance() const { return m_current.distance; }
    QVector3D position() const;
    QQuaternion rotation() const;
    bool moving() const { return m_moving; }
    bool flying() const { return m_flight.active; }
    qreal groundLevel() const { return m_limits.groundLevel; }
    void setGroundLevel(qreal level);
    // Buildings (min, max boxes, e.g. SiteModel::buildingBoxes()): the camera stays 1 m out of each,
    // pushed out along its line of sight away from the target when a gesture or flight would enter one.
    void setObstacles(const QList<QPair<QVector3D, QVector3D>> &boxes);
    QList<QPair<QVector3D, QVector3D>> obstacles() const { return m_limits.obstacles; }

    qreal minPitch() const { return m_minPitch; }
    qreal maxPitch() const { return m_maxPitch; }
    qreal minDistance() const { return m_minDistance; }
    qreal maxDistance() const { return m_maxDistance; }
    qreal fieldOfView() const { return m_fov; }
    qreal aspectRatio() const { return m_aspect; }
    qreal damping() const { return m_damping; }
    qreal degreesPerPixel() const { return m_degreesPerPixel; }
    qreal coveredLeft() const { return m_coveredLeft; }
    qreal coveredRight() const { return m_coveredRight; }
    void setCoveredLeft(qreal share);
    void setCoveredRight(qreal share);
    qreal coveredHeight() const { return m_coveredHeight; }
    void setCoveredHeight(qreal share);
    void setMinPitch(qreal v);
    void setMaxPitch(qreal v);
    void setMinDistance(qreal v);
    void setMaxDistance(qreal v);
    void setFieldOfView(qreal v);
    void setAspectRatio(qreal v);
    void setDamping(qreal v);
    void setDegreesPerPixel(qreal v);

    // Gestures stop a flight where the camera is (flightInterrupted) and act from there.
    // Drag by (dx, dy) pixels: right turns the site to the right, down tilts the view down.
    Q_INVOKABLE void orbit(qreal dx, qreal dy);
    // Moves the target across the ground so the site follows the finger; viewHeight is in pixels.
    Q_INVOKABLE void pan(qreal dx, qreal dy, qreal viewHeight);
    // factor > 1 moves closer (pinch out, wheel up); clamped to min/maxDistance.
    Q_INVOKABLE void zoom(qreal factor);
    // Looks at the centre of the box from a distance that shows all of it; also sets the pan area,
    // the distance limits (about 5 m to 3x the box's diagonal) and a pleasant default yaw/pitch.
    // animate = a flight there instead of a jump.
    Q_INVOKABLE void frame(QVector3D boundsMin, QVector3D boundsMax, bool animate = false);
    // An eased (smootherstep) flight of target, yaw (the short way round), pitch and distance, within
    // the limits. durationMs -1 = from how far it goes (0.9 to 2.5 s); 0 = at once. Replaces a flight
    // in progress (which reports flightInterrupted).
    Q_INVOKABLE void flyTo(QVector3D target, qreal yaw, qreal pitch, qreal distance, int durationMs = -1);
    // The same, to a camera position looking at a point (camera presets, tour stops).
    Q_INVOKABLE void flyToView(QVector3D cameraPosition, QVector3D lookAt, int durationMs = -1);
    // Stops a flight where the camera is now (flightInterrupted); nothing if not flying.
    Q_INVOKABLE void stopFlight();
    // Eases the target to a point (e.g. a selected unit) keeping yaw/pitch; distance <= 0 keeps it.
    Q_INVOKABLE void focus(QVector3D point, qreal distance = 0);
    Q_INVOKABLE void setView(qreal yaw, qreal pitch, qreal distance, bool animate = false);
    // Jumps to where the easing or the flight is heading (screenshots, tests); a flight finishes.
    Q_INVOKABLE void settle();
    // Advances the easing or the flight by dt seconds (called by the internal timer; public for tests).
    Q_INVOKABLE void step(qreal dt);

    // Goal values (where the camera is heading): what the tests assert on.
    Q_INVOKABLE qreal goalYaw() const { return m_goal.yaw; }
    Q_INVOKABLE qreal goalPitch() const { return m_goal.pitch; }
    Q_INVOKABLE qreal goalDistance() const { return m_goal.distance; }
    Q_INVOKABLE QVector3D goalTarget() const { return m_goal.target; }

    // Length in ms of the flight in progress (0 if none).
    Q_INVOKABLE int flightDurationMs() const;
    // Where the current camera draws a point, as shares of the view's width and height from its top
    // left corner (0..1 inside the view; NaN behind the camera).
    Q_INVOKABLE QPointF viewPosition(QVector3D point) const;

signals:
    void cameraChanged();
    void movingChanged();
    void limitsChanged();
    void flyingChanged();
    void coverChanged();
    void flightFinished();    // reached its end (also by settle())
    void flightInterrupted(); // stopped early: a gesture, stopFlight(), another flight or view change

private:
    using View = OrbitView;
    struct Flight
    {
        View from, to;
        qreal duration = 0; // seconds
        qreal elapsed = 0;
        bool active = false;
    };
    View clamped(View view) const; // pitch, distance, pan area, then ground and obstacles
    void clampGoal();
    void constrainCurrent();
    void interruptFlight();
    void endFlight(bool finished);
    void kick();
    void setMoving(bool moving);
    qreal wantedShift() const; // OrbitView::shift for the covered shares
    void updateShift();
    void setCovered(qreal &side, qreal share);

    View m_current;
    View m_goal;
    Flight m_flight;
    CameraLimits m_limits;
    qreal m_minPitch = 5;
    qreal m_maxPitch = 85;
    qreal m_minDistance = 1;
    qreal m_maxDistance = 10000;
    qreal m_fov = 40;
    qreal m_aspect = 16.0 / 10.0;
    qreal m_damping = 0.12;
    qreal m_degreesPerPixel = 0.25;
    qreal m_coveredLeft = 0;
    qreal m_coveredRight = 0;
    qreal m_coveredHeight = 0;
    // The last frame()'s box and the view it chose (refitted when coveredHeight changes).
    QVector3D m_framedMin, m_framedMax;
    View m_framedView;
    bool m_framed = false;
    QVector3D m_panMin{-1e6f, -1e6f, -1e6f};
    QVector3D m_panMax{1e6f, 1e6f, 1e6f};
    bool m_moving = false;
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace showroom::scene
