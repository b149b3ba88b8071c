#include "scene/GuidedTour.h"

#include <QtMath>
#include <algorithm>
#include <cmath>

namespace showroom::scene {

GuidedTour::GuidedTour(QObject *parent) : QObject(parent)
{
    m_hold.setSingleShot(true);
    connect(&m_hold, &QTimer::timeout, this, &GuidedTour::holdOver);
}

GuidedTour::~GuidedTour()
{
    if (m_controller)
        m_controller->disconnect(this);
}

QList<TourStop> GuidedTour::stopsFrom(const core::DevelopmentData &data)
{
    // The presets look at the site, so their targets say where its middle is.
    QVector3D sum;
    int n = 0;
    for (const core::CameraPreset &preset : data.cameraPresets) {
        sum += preset.target;
        ++n;
    }
    if (n == 0) {
        for (const core::PointOfInterest &poi : data.pointsOfInterest) {
            if (poi.hasPosition) {
                sum += poi.position;
                ++n;
            }
        }
    }
    return stopsFrom(data, n > 0 ? sum / float(n) : QVector3D());
}

QList<TourStop> GuidedTour::stopsFrom(const core::DevelopmentData &data, const QVector3D &siteCentre)
{
    QList<TourStop> stops;
    for (const core::CameraPreset &preset : data.cameraPresets)
        stops << TourStop{preset.id, QStringLiteral("preset"), preset.name,
                          {},        preset.position,          preset.target};
    const float pitch = qDegreesToRadians(PoiViewPitch);
    for (const core::PointOfInterest &poi : data.pointsOfInterest) {
        if (!poi.hasPosition)
            continue;
        // Stand on the point's side that faces the middle of the site (in the open between the
        // buildings and the point), a little above roof height of a townhouse.
        QVector3D towardsCentre(siteCentre.x() - poi.position.x(), 0, siteCentre.z() - poi.position.z());
        if (towardsCentre.length() < 1.0f)
            towardsCentre = QVector3D(0, 0, 1); // the point is the centre: any side will do
        towardsCentre.normalize();
        const QVector3D camera = poi.position + towardsCentre * (PoiViewDistance * std::cos(pitch)) +
                                 QVector3D(0, PoiViewDistance * std::sin(pitch), 0);
        stops << TourStop{poi.id, QStringLiteral("poi"), poi.name, poi.description, camera, poi.position};
    }
    return stops;
}

void GuidedTour::setController(OrbitController *controller)
{
    if (controller == m_controller)
        return;
    if (m_running)
        stop();
    if (m_controller)
        m_controller->disconnect(this);
    m_controller = controller;
    if (controller) {
        connect(controller, &OrbitController::flightFinished, this, &GuidedTour::arrived);
        connect(controller, &OrbitController::flightInterrupted, this, &GuidedTour::interrupted);
        connect(controller, &QObject::destroyed, this, [this] {
            if (m_running)
                end(false);
        });
    }
    emit controllerChanged();
}

void GuidedTour::setDevelopment(core::Development *development)
{
    if (development == m_development)
        return;
    if (m_development)
        m_development->disconnect(this);
    m_development = development;
    auto refresh = [this] {
        if (m_development)
            setStops(stopsFrom(m_development->data()));
    };
    if (development)
        connect(development, &core::Development::developmentChanged, this, refresh);
    refresh();
    emit developmentChanged();
}

QString GuidedTour::caption() const
{
    return m_index >= 0 && m_index < m_stops.size() ? m_stops[m_index].title : QString();
}

QString GuidedTour::description() const
{
    return m_index >= 0 && m_index < m_stops.size() ? m_stops[m_index].description : QString();
}

void GuidedTour::setHoldMs(int ms)
{
    ms = std::max(0, ms);
    if (ms == m_holdMs)
        return;
    m_holdMs = ms;
    emit holdMsChanged();
}

void GuidedTour::setFlightMs(int ms)
{
    ms = std::max(-1, ms);
    if (ms == m_flightMs)
        return;
    m_flightMs = ms;
    emit flightMsChanged();
}

void GuidedTour::setStops(QList<TourStop> stops)
{
    if (m_running)
        stop();
    m_stops = std::move(stops);
    emit stopsChanged();
}

QString GuidedTour::stopId(int index) const
{
    return index >= 0 && index < m_stops.size() ? m_stops[index].id : QString();
}

void GuidedTour::start()
{
    if (m_running || !m_controller || m_stops.isEmpty())
        return;
    m_running = true;
    emit runningChanged();
    emit started();
    flyTo(0);
}

void GuidedTour::stop()
{
    if (!m_running)
        return;
    const bool wasFlying = m_flying;
    end(false);
    if (wasFlying && m_controller)
        m_controller->stopFlight(); // the camera stays where the touch found it
}

void GuidedTour::flyTo(int index)
{
    setIndex(index);
    const TourStop &stop = m_stops[index];
    m_flying = true;
    m_issuing = true;
    // A flight of 0 ms finishes inside this call: arrived() runs before it returns.
    m_controller->flyToView(stop.cameraPosition, stop.lookAt, m_flightMs);
    m_issuing = false;
}

void GuidedTour::arrived()
{
    if (!m_running || !m_flying)
        return; // someone else's flight
    m_flying = false;
    emit stopReached(m_index);
    if (m_running) // a slot of stopReached may have stopped the tour
        m_hold.start(m_holdMs);
}

void GuidedTour::interrupted()
{
    if (!m_running || !m_flying || m_issuing)
        return;
    end(false); // a finger on the screen: the buyer takes over
}

void GuidedTour::holdOver()
{
    if (!m_running)
        return;
    if (m_index + 1 < m_stops.size())
        flyTo(m_index + 1);
    else
        end(true);
}

void GuidedTour::end(bool completed)
{
    m_hold.stop();
    m_flying = false;
    m_running = false;
    setIndex(-1);
    emit runningChanged();
    emit finished(completed);
}

void GuidedTour::setIndex(int index)
{
    if (index == m_index)
        return;
    m_index = index;
    emit currentIndexChanged();
}

} // namespace showroom::scene
