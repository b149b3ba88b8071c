// The visitor's comfort settings that are not a language: reduced motion replaces every camera flight
// (framing a building, flying to a home, a preset, the guided tour's stops) with a cut to where it was
// going, for visitors whom a moving picture makes unwell. Gestures still move the camera as before.
#pragma once

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace showroom::scene {
class OrbitController;
}

namespace showroom::shell {

class Preferences : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Preferences)
    // The application's instance (ShowroomServices::publish(), QmlSingletons.h).
    QML_SINGLETON
    Q_PROPERTY(bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY reducedMotionChanged)

public:
    static Preferences *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    // camera: the orbit camera whose flights become cuts (may be null: the setting is only kept).
    explicit Preferences(scene::OrbitController *camera, QObject *parent = nullptr);

    bool reducedMotion() const { return m_reducedMotion; }
    void setReducedMotion(bool reduced);

signals:
    void reducedMotionChanged();

private:
    void cutFlight();

    QPointer<scene::OrbitController> m_camera;
    bool m_reducedMotion = false;
};

} // namespace showroom::shell
