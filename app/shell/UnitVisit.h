// A visit to one home: walking through its interior (Navigation mode Inside) or standing on its balcony
// (mode Balcony). Loads the unit type's interior model off the GUI thread (the importer's cache makes a
// second visit instant), derives its walkable floor from the same import, places it where the unit
// stands on the site (mirrored for mirrored units) and hands both to the first-person walker. QML draws
// `interior`'s rows under a Node at `interiorPosition/Rotation/Scale` and looks through `walker`.
#pragma once

#include "interior/WalkController.h"
#include "scene/SiteModel.h"
#include "shell/InteriorShelf.h"

#include <QMatrix4x4>
#include <QObject>
#include <QPointer>
#include <QQuaternion>
#include <QString>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace showroom::core {
class Development;
}

namespace showroom::shell {

class Navigation;

class UnitVisit : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Visit)
    // The application's instance (ShowroomServices::publish(), QmlSingletons.h).
    QML_SINGLETON
    Q_PROPERTY(QString unitId READ unitId NOTIFY changed)
    Q_PROPERTY(Status status READ status NOTIFY changed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY changed)
    // True while Navigation shows the inside or the balcony and the interior is ready to be drawn.
    Q_PROPERTY(bool inside READ inside NOTIFY changed)
    Q_PROPERTY(bool onBalcony READ onBalcony NOTIFY changed)
    // Where the balcony view stands: "balcony", "terrace", "window" (no balcony: the living-room
    // window) or "facade" (neither: in front of the unit's facade).
    Q_PROPERTY(QString standingSpot READ standingSpot NOTIFY changed)
    // The interior of the home being visited (an empty model before it loads or without one).
    Q_PROPERTY(showroom::scene::SiteModel *interior READ interior NOTIFY changed)
    // Every interior loaded so far (InteriorShelf: roles parts, shown): QML keeps their 3D parts.
    Q_PROPERTY(QAbstractItemModel *interiors READ interiors CONSTANT)
    Q_PROPERTY(showroom::interior::WalkController *walker READ walker CONSTANT)
    Q_PROPERTY(QVector3D interiorPosition READ interiorPosition NOTIFY changed)
    Q_PROPERTY(QQuaternion interiorRotation READ interiorRotation NOTIFY changed)
    Q_PROPERTY(QVector3D interiorScale READ interiorScale NOTIFY changed)
    // The visited unit's own exterior is not drawn over its interior: its number in the site's merged
    // units (0: none) and the world box, around the interior, where its parts are left out. Its
    // balcony, outside that box, stays.
    Q_PROPERTY(int hiddenUnitNumber READ hiddenUnitNumber NOTIFY changed)
    Q_PROPERTY(QVector3D hiddenBoxMin READ hiddenBoxMin NOTIFY changed)
    Q_PROPERTY(QVector3D hiddenBoxMax READ hiddenBoxMax NOTIFY changed)

public:
    enum Status
    {
        Idle,    // not visiting
        Loading, // the interior is being imported
        Ready,
        Error // the interior could not be loaded (errorString); the balcony view still works
    };
    Q_ENUM(Status)

    static UnitVisit *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    UnitVisit(core::Development *development, scene::SiteModel *site, Navigation *navigation,
              QObject *parent = nullptr);
    ~UnitVisit() override;

    // Where cold imports cache and which child process runs them (as for the site).
    void setImportOptions(const QString &cacheDir, const QString &isolatedWorker);

    QString unitId() const { return m_unitId; }
    Status status() const { return m_status; }
    QString errorString() const { return m_error; }
    bool inside() const;
    bool onBalcony() const;
    QString standingSpot() const { return m_spot; }
    scene::SiteModel *interior();
    QAbstractItemModel *interiors() { return &m_interiors; }
    interior::WalkController *walker() { return m_walkerOwned.get(); }
    QVector3D interiorPosition() const { return m_position; }
    QQuaternion interiorRotation() const { return m_rotation; }
    QVector3D interiorScale() const { return m_scale; }
    int hiddenUnitNumber() const { return m_hiddenUnit; }
    QVector3D hiddenBoxMin() const { return m_hiddenMin; }
    QVector3D hiddenBoxMax() const { return m_hiddenMax; }
    // The interior-local -> world transform of the visited unit's interior.
    QMatrix4x4 placement() const { return m_placement; }
    // The plan of the loaded interior (null before it loads or without an interior).
    std::shared_ptr<const interior::WalkPlan> plan() const { return m_plan; }

    // Tests, stills and the bench: blocks until the interior has loaded (or failed). False on timeout.
    bool waitForInterior(int timeoutMs);
    // Inside: walk to a room by id or visible name ("Bedroom_1", "Bedroom 1"); false if there is none.
    Q_INVOKABLE bool goToRoom(const QString &room);
    // Stills (--inside UNIT --room NAME): walks there at once and frames the room as a photographer
    // would: from its far corner, across the room, eyes slightly down. False if there is no such room.
    bool standInRoom(const QString &room);
    // The rooms of the loaded interior: ids, and the names a visitor sees (same order).
    Q_INVOKABLE QStringList roomIds() const;
    Q_INVOKABLE QStringList roomNames() const;

signals:
    void changed();
    // The visit's interior is placed and the walker stands in it (inside) or on the balcony.
    void ready();

private:
    void follow();
    void startVisit(const QString &unitId);
    void endVisit();
    void onInteriorLoaded(const QString &file);
    void arrive(); // Ready: placed, the walker inside or on the balcony, `ready` emitted
    // Puts the interior where the unit stands; reposition: and the walker at the entrance (inside) or on
    // the balcony, as on arrival.
    void place(bool reposition = true);
    void setStatus(Status status, const QString &error = {});

    QPointer<core::Development> m_development;
    QPointer<scene::SiteModel> m_site;
    QPointer<Navigation> m_navigation;
    InteriorShelf m_interiors;
    scene::SiteModel m_noInterior; // what `interior` is while no interior is shown
    // Owned through a pointer: the walker's own layout stays its library's business.
    std::unique_ptr<interior::WalkController> m_walkerOwned;
    interior::WalkController &m_walker;
    QString m_cacheDir, m_isolatedWorker;

    QString m_unitId;
    QString m_interiorFile; // the visited home's interior model (its row in m_interiors)
    bool m_developmentReplaced = false; // the kept interiors go when the visit ends
    const void *m_dataSeen = nullptr;   // the development's data they were loaded from
    std::shared_ptr<const interior::WalkPlan> m_plan;
    Status m_status = Idle;
    QString m_error;
    QString m_spot;
    QMatrix4x4 m_placement;
    QVector3D m_position, m_scale{1, 1, 1};
    QQuaternion m_rotation;
    int m_hiddenUnit = 0;
    QVector3D m_hiddenMin, m_hiddenMax;
};

} // namespace showroom::shell
