#include "shell/Preferences.h"

#include "scene/OrbitController.h"
#include "shell/QmlSingletons.h"

namespace showroom::shell {

Preferences *Preferences::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    return ProvidedInstance<Preferences>::create(engine, scriptEngine);
}

Preferences::Preferences(scene::OrbitController *camera, QObject *parent) : QObject(parent), m_camera(camera)
{
    // Whoever starts a flight (the camera director, the guided tour, QML), it ends at once: queued, so
    // the flight's own setup has finished first, and before its first eased frame (a timer tick later).
    if (m_camera)
        connect(m_camera, &scene::OrbitController::flyingChanged, this, &Preferences::cutFlight,
                Qt::QueuedConnection);
}

void Preferences::setReducedMotion(bool reduced)
{
    if (reduced == m_reducedMotion)
        return;
    m_reducedMotion = reduced;
    emit reducedMotionChanged();
    cutFlight(); // a flight already under way ends too
}

void Preferences::cutFlight()
{
    if (m_reducedMotion && m_camera && m_camera->flying())
        m_camera->settle(); // at the flight's goal, reported as finished (the tour goes on)
}

} // namespace showroom::shell
