// The attract-mode tour of a development: flies the orbit camera through the manifest's camera presets,
// then to each point of interest, holding at each stop with its caption, and stops for good at the
// first touch or key (the UI calls stop()) or when a gesture interrupts a flight. Drives an
// OrbitController; knows nothing of QML items, so it is tested by driving the controller's clock.
#pragma once

#include "core/Development.h"
#include "core/DevelopmentData.h"
#include "scene/OrbitController.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

namespace showroom::scene {

struct TourStop
{
    QString id;
    QString kind; // "preset" | "poi"
    QString title;
    QString description;
    QVector3D cameraPosition;
    QVector3D lookAt;
};

class GuidedTour : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(showroom::scene::OrbitController *controller READ controller WRITE setController NOTIFY
                   controllerChanged)
    // Optional: the tour's stops are stopsFrom() this development, refreshed when it changes.
    Q_PROPERTY(showroom::core::Development *development READ development WRITE setDevelopment NOTIFY
                   developmentChanged)
    Q_PROPERTY(int count READ count NOTIFY stopsChanged)
    // The stop being flown to or held at; -1 when the tour is not running.
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY currentIndexChanged)
    Q_PROPERTY(QString caption READ caption NOTIFY currentIndexChanged)
    Q_PROPERTY(QString description READ description NOTIFY currentIndexChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    // Pause at each stop, ms (default 3500).
    Q_PROPERTY(int holdMs READ holdMs WRITE setHoldMs NOTIFY holdMsChanged)
    // Length of each flight, ms; -1 = the controller's choice from how far it goes.
    Q_PROPERTY(int flightMs READ flightMs WRITE setFlightMs NOTIFY flightMsChanged)

public:
    explicit GuidedTour(QObject *parent = nullptr);
    ~GuidedTour() override;

    // Camera presets in manifest order, then the points of interest that have a position, each seen
    // from PoiViewDistance away, PoiViewPitch above, from its side that faces the site centre (the
    // mean of the presets' targets, else of the points). The overload takes the centre (e.g. the
    // middle of SiteModel's buildings).
    static QList<TourStop> stopsFrom(const core::DevelopmentData &data);
    static QList<TourStop> stopsFrom(const core::DevelopmentData &data, const QVector3D &siteCentre);
    static constexpr float PoiViewDistance = 40;
    static constexpr float PoiViewPitch = 30; // degrees

    OrbitController *controller() const { return m_controller; }
    void setController(OrbitController *controller);
    core::Development *development() const { return m_development; }
    void setDevelopment(core::Development *development);
    int count() const { return int(m_stops.size()); }
    int currentIndex() const { return m_index; }
    QString caption() const;
    QString description() const;
    bool running() const { return m_running; }
    int holdMs() const { return m_holdMs; }
    void setHoldMs(int ms);
    int flightMs() const { return m_flightMs; }
    void setFlightMs(int ms);
    // Replaces the stops (stops a running tour).
    void setStops(QList<TourStop> stops);
    QList<TourStop> stops() const { return m_stops; }

    // From the first stop; nothing without a controller or stops, or while running.
    Q_INVOKABLE void start();
    // Ends the tour where the camera is (finished(false)); nothing if not running.
    Q_INVOKABLE void stop();
    Q_INVOKABLE QString stopId(int index) const;

signals:
    void controllerChanged();
    void developmentChanged();
    void stopsChanged();
    void currentIndexChanged();
    void runningChanged();
    void holdMsChanged();
    void flightMsChanged();
    void started();
    void stopReached(int index);
    void finished(bool completed); // false: stopped early, or a gesture interrupted a flight

private:
    void flyTo(int index);
    void arrived();
    void interrupted();
    void holdOver();
    void end(bool completed);
    void setIndex(int index);

    QPointer<OrbitController> m_controller;
    QPointer<core::Development> m_development;
    QList<TourStop> m_stops;
    int m_index = -1;
    bool m_running = false;
    bool m_flying = false;  // a flight of ours is under way
    bool m_issuing = false; // inside flyTo(): the flight it replaces is not ours to mourn
    int m_holdMs = 3500;
    int m_flightMs = -1;
    QTimer m_hold;
};

} // namespace showroom::scene
