// The first-person visitor inside a home: position at eye height over the floor, look direction, walking
// (keys, pad), tap-to-walk glides, storey changes with a fade, and Standing mode (the balcony view: look
// only, within limits). Movement is in metres per second and collides against a WalkPlan; the camera's
// world pose goes through `placement` (interior-local -> scene, possibly mirrored in X).
#pragma once

#include "interior/WalkPlan.h"

#include <QElapsedTimer>
#include <QMatrix4x4>
#include <QObject>
#include <QPointF>
#include <QQuaternion>
#include <QTimer>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace showroom::interior {

class WalkController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QMatrix4x4 placement READ placement WRITE setPlacement NOTIFY placementChanged)
    Q_PROPERTY(QVector3D position READ position NOTIFY positionChanged)
    Q_PROPERTY(QVector3D worldPosition READ worldPosition NOTIFY worldPositionChanged)
    Q_PROPERTY(QQuaternion worldRotation READ worldRotation NOTIFY worldRotationChanged)
    Q_PROPERTY(qreal yaw READ yaw NOTIFY yawChanged)
    Q_PROPERTY(qreal pitch READ pitch NOTIFY pitchChanged)
    Q_PROPERTY(int storey READ storey NOTIFY storeyChanged)
    Q_PROPERTY(int storeyCount READ storeyCount NOTIFY storeyCountChanged)
    Q_PROPERTY(QString roomId READ roomId NOTIFY roomChanged)
    Q_PROPERTY(QString roomName READ roomName NOTIFY roomChanged)
    Q_PROPERTY(bool gliding READ gliding NOTIFY glidingChanged)
    Q_PROPERTY(qreal transition READ transition NOTIFY transitionChanged)
    Q_PROPERTY(Mode mode READ mode NOTIFY modeChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(qreal moveForward READ moveForward WRITE setMoveForward NOTIFY moveForwardChanged)
    Q_PROPERTY(qreal moveRight READ moveRight WRITE setMoveRight NOTIFY moveRightChanged)
    Q_PROPERTY(bool running READ running WRITE setRunning NOTIFY runningChanged)
    Q_PROPERTY(qreal eyeHeight READ eyeHeight CONSTANT)
    Q_PROPERTY(qreal walkSpeed READ walkSpeed CONSTANT)
    Q_PROPERTY(qreal runSpeed READ runSpeed CONSTANT)

public:
    enum Mode
    {
        Walking,
        Standing
    };
    Q_ENUM(Mode)

    static constexpr qreal kEyeHeight = 1.6; // metres above the floor under the visitor
    static constexpr qreal kWalkSpeed = 1.3; // m/s
    static constexpr qreal kRunSpeed = 2.6;  // m/s (Shift)
    static constexpr qreal kLookDegreesPerPixel = 0.2;
    static constexpr qreal kPitchLimit = 60;         // degrees up or down while walking
    static constexpr qreal kTransitionSeconds = 0.6; // storey change: fade out, move, fade in

    explicit WalkController(QObject *parent = nullptr);
    ~WalkController() override;

    void setPlan(std::shared_ptr<const WalkPlan> plan);
    std::shared_ptr<const WalkPlan> plan() const { return m_plan; }

    QMatrix4x4 placement() const { return m_placement; }
    void setPlacement(const QMatrix4x4 &placement);
    QVector3D position() const { return m_position; }
    QVector3D worldPosition() const;
    QQuaternion worldRotation() const;
    qreal yaw() const { return m_yaw; }
    qreal pitch() const { return m_pitch; }
    int storey() const { return m_storey; }
    int storeyCount() const;
    QString roomId() const { return m_roomId; }
    QString roomName() const { return m_roomName; }
    bool gliding() const { return m_gliding; }
    qreal transition() const { return m_transition; }
    Mode mode() const { return m_mode; }
    bool active() const { return m_active; }
    void setActive(bool active);
    qreal moveForward() const { return m_moveForward; }
    void setMoveForward(qreal v);
    qreal moveRight() const { return m_moveRight; }
    void setMoveRight(qreal v);
    bool running() const { return m_running; }
    void setRunning(bool running);
    qreal eyeHeight() const { return kEyeHeight; }
    qreal walkSpeed() const { return kWalkSpeed; }
    qreal runSpeed() const { return kRunSpeed; }

    // The look direction in interior-local space (unit vector; yaw 0 looks to +Z).
    QVector3D forward() const;

    Q_INVOKABLE void enter();
    Q_INVOKABLE void look(qreal dxPixels, qreal dyPixels);
    Q_INVOKABLE bool walkToWorld(QVector3D scenePoint);
    Q_INVOKABLE bool walkToPlan(QPointF planPoint);
    Q_INVOKABLE void goToStorey(int storey);
    Q_INVOKABLE void standAt(QVector3D localEye, qreal facingYaw, qreal yawHalfRange, qreal pitchMin,
                             qreal pitchMax);
    Q_INVOKABLE void standAtWorld(QVector3D worldEye, QVector3D worldFacing, qreal yawHalfRange);
    Q_INVOKABLE void step(qreal dt);
    Q_INVOKABLE QPointF planPosition() const { return {m_position.x(), m_position.z()}; }

signals:
    void planChanged();
    void placementChanged();
    void positionChanged();
    void worldPositionChanged();
    void worldRotationChanged();
    void yawChanged();
    void pitchChanged();
    void storeyChanged();
    void storeyCountChanged();
    void roomChanged();
    void glidingChanged();
    void transitionChanged();
    void modeChanged();
    void activeChanged();
    void moveForwardChanged();
    void moveRightChanged();
    void runningChanged();

private:
    void tick();
    void moveTo(int storey, QPointF plan);
    void setOrientation(qreal yaw, qreal pitch);
    void setMode(Mode mode);
    void setGliding(bool gliding);
    void setTransition(qreal t);
    void updateRoom();
    void stepWalking(qreal dt);
    void stepGlide(qreal dt);
    void stepTransition(qreal dt);
    qreal clampYaw(qreal yaw) const;

    std::shared_ptr<const WalkPlan> m_plan;
    QMatrix4x4 m_placement;
    QVector3D m_position{0, kEyeHeight, 0};
    qreal m_yaw = 0;
    qreal m_pitch = 0;
    int m_storey = 0;
    QString m_roomId;
    QString m_roomName;
    Mode m_mode = Walking;
    bool m_active = false;
    qreal m_moveForward = 0;
    qreal m_moveRight = 0;
    bool m_running = false;

    bool m_gliding = false;
    QVector<QPointF> m_glidePath;
    int m_glideNext = 0;
    bool m_hasPendingWalk = false; // a walkToPlan asked during a storey change
    QPointF m_pendingWalk;

    qreal m_transition = 0;
    int m_transitionTarget = -1;
    qreal m_transitionTime = 0;
    bool m_transitionSwitched = false;

    // Standing mode limits.
    qreal m_standYaw = 0;
    qreal m_standYawHalfRange = 180;
    qreal m_pitchMin = -kPitchLimit;
    qreal m_pitchMax = kPitchLimit;

    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace showroom::interior
